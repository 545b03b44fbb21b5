import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ApiTokenView, CreatedApiToken, InvitationPreview, MeResponse } from '@mutualis/contracts';
import type { Request, Response } from 'express';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor, type AuthenticatedRequest } from '../access/current-actor.decorator';
import { Public } from '../access/public.decorator';
import { toMeResponse } from './auth.mapper';
import { AuthService, type ClientInfo } from './auth.service';
import { AcceptInvitationDto, ChangePasswordDto, CreateApiTokenDto, LoginDto, UpdateMeDto } from './dto/auth.dto';
import { AllowedBeforePasswordChange } from './password-change.decorator';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeResponse> {
    const { sessionToken, me } = await this.auth.login(body.email, body.password, clientOf(req));
    setSessionCookie(req, res, sessionToken);
    return me;
  }

  @ApiOperation({ summary: 'Sign out (ends this session)' })
  @Post('logout')
  @HttpCode(204)
  @AllowedBeforePasswordChange()
  async logout(@CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(actor.user, actor.requestId);
    clearSessionCookie(req, res);
  }

  @ApiOperation({ summary: 'The signed-in user' })
  @Get('me')
  @AllowedBeforePasswordChange()
  me(@CurrentActor() actor: Actor): MeResponse {
    return toMeResponse(actor.user);
  }

  // The language switch must work on the forced password-change page too.
  @ApiOperation({ summary: 'Change my name or language' })
  @Patch('me')
  @AllowedBeforePasswordChange()
  updateMe(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto): Promise<MeResponse> {
    return this.auth.updateMe(actor, body);
  }

  @ApiOperation({ summary: 'Change my password' })
  @Post('password')
  @HttpCode(204)
  @AllowedBeforePasswordChange()
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto, @Req() req: Request): Promise<void> {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword, clientOf(req));
  }

  @ApiOperation({ summary: 'My personal API tokens' })
  @Get('tokens')
  listTokens(@CurrentActor() actor: Actor): Promise<ApiTokenView[]> {
    return this.auth.listTokens(actor.user);
  }

  @ApiOperation({ summary: 'Create a personal API token (shown once)' })
  @Post('tokens')
  createToken(@CurrentActor() actor: Actor, @Body() body: CreateApiTokenDto): Promise<CreatedApiToken> {
    return this.auth.createToken(actor, body.name);
  }

  @ApiOperation({ summary: 'Revoke a personal API token' })
  @Delete('tokens/:id')
  @HttpCode(204)
  revokeToken(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.auth.revokeToken(actor, id);
  }

  @Public()
  @ApiOperation({ summary: 'What an invitation link invites to' })
  @Get('invitations/:token')
  previewInvitation(@Param('token') token: string): Promise<InvitationPreview> {
    return this.auth.previewInvitation(token);
  }

  @Public()
  @ApiOperation({ summary: 'Accept an invitation and create or join the account' })
  @Post('invitations/:token/accept')
  async acceptInvitation(
    @Param('token') token: string,
    @Body() body: AcceptInvitationDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeResponse> {
    const { sessionToken, me } = await this.auth.acceptInvitation(token, body, clientOf(req));
    setSessionCookie(req, res, sessionToken);
    return me;
  }
}

function clientOf(req: AuthenticatedRequest): ClientInfo {
  return {
    ip: req.ip ?? null,
    userAgent: req.headers['user-agent'] ?? null,
    requestId: req.id === undefined ? null : String(req.id),
  };
}
