import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CreatedInvitation, InvitationView, MemberView, OrganisationView } from '@mutualis/contracts';
import { AcceptLanguage } from '../../validation/accept-language.decorator';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { DirectoryService } from './directory.service';
import { invitationLocale } from './invitation-locale';
import { CreateInvitationDto, UpdateMemberDto, UpdateOrganisationDto } from './dto/directory.dto';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly directory: DirectoryService) {}

  @ApiOperation({ summary: 'My organisations' })
  @Get()
  list(@CurrentActor() actor: Actor): Promise<OrganisationView[]> {
    return this.directory.listOrganisations(actor);
  }

  @ApiOperation({ summary: 'One organisation' })
  @Get(':organisationId')
  get(@CurrentActor() actor: Actor, @Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<OrganisationView> {
    return this.directory.getOrganisation(actor, organisationId);
  }

  @ApiOperation({ summary: 'Rename an organisation' })
  @Patch(':organisationId')
  update(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.directory.updateOrganisation(actor, organisationId, body);
  }

  @ApiOperation({ summary: 'Members of an organisation' })
  @Get(':organisationId/members')
  members(@CurrentActor() actor: Actor, @Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<MemberView[]> {
    return this.directory.listMembers(actor, organisationId);
  }

  @ApiOperation({ summary: "Change a member's role" })
  @Patch(':organisationId/members/:userId')
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: UpdateMemberDto,
  ): Promise<MemberView[]> {
    return this.directory.changeRole(actor, organisationId, userId, body.role);
  }

  @ApiOperation({ summary: 'Remove a member' })
  @Delete(':organisationId/members/:userId')
  @HttpCode(204)
  removeMember(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    return this.directory.removeMember(actor, organisationId, userId);
  }

  @ApiOperation({ summary: 'Pending invitations' })
  @Get(':organisationId/invitations')
  invitations(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
  ): Promise<InvitationView[]> {
    return this.directory.listInvitations(actor, organisationId);
  }

  @ApiOperation({ summary: 'Invite someone by e-mail' })
  @ApiHeader({
    name: 'accept-language',
    required: false,
    description: "The invitation e-mail's language when the body names none (then the inviter's own).",
  })
  @Post(':organisationId/invitations')
  invite(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() body: CreateInvitationDto,
    @AcceptLanguage() acceptLanguage?: string,
  ): Promise<CreatedInvitation> {
    const locale = invitationLocale(body.locale, acceptLanguage, actor.user.locale);
    return this.directory.invite(actor, organisationId, body.email, body.role, locale);
  }

  @ApiOperation({ summary: 'Withdraw an invitation' })
  @Delete(':organisationId/invitations/:invitationId')
  @HttpCode(204)
  revokeInvitation(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
  ): Promise<void> {
    return this.directory.revokeInvitation(actor, organisationId, invitationId);
  }
}
