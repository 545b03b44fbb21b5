import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type {
  BoardConversationView,
  BoardFollowsView,
  BoardMessageView,
  BoardPostPage,
  BoardPostView,
} from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { ImageBody } from '../../app/image-body.decorator';
import { CurrentActor } from '../access/current-actor.decorator';
import { THUMBNAIL_SIDE } from './board-photo';
import { BoardService } from './board.service';
import {
  BoardFollowsDto,
  BoardMatchDto,
  BoardModerationDto,
  BoardPostQueryDto,
  BoardReportDto,
  CreateBoardPostDto,
  PostBoardMessageDto,
  StartBoardConversationDto,
  UpdateBoardPostDto,
} from './dto/board.dto';

@ApiTags('board')
@Controller('board')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @ApiOperation({ summary: 'Search the board (French full text, filters), or « Mes annonces » with mine=true' })
  @Get('posts')
  posts(@CurrentActor() actor: Actor, @Query() query: BoardPostQueryDto): Promise<BoardPostPage> {
    return this.board.search(actor.user, { ...query, mine: query.mine === 'true', reported: query.reported === 'true' });
  }

  @ApiOperation({ summary: 'Post an offer or a need' })
  @Post('posts')
  create(@CurrentActor() actor: Actor, @Body() body: CreateBoardPostDto): Promise<BoardPostView> {
    return this.board.create(actor, body);
  }

  @ApiOperation({ summary: 'One post' })
  @Get('posts/:id')
  post(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<BoardPostView> {
    return this.board.get(actor.user, id);
  }

  @ApiOperation({ summary: 'Change a post' })
  @Patch('posts/:id')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateBoardPostDto,
  ): Promise<BoardPostView> {
    return this.board.update(actor, id, body);
  }

  @ApiOperation({ summary: 'Withdraw a post (kept in the organisation’s history)' })
  @Delete('posts/:id')
  @HttpCode(204)
  withdraw(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.board.withdraw(actor, id);
  }

  @ApiOperation({
    summary: 'Set or replace the post’s photo (the image’s bytes, ≤ 1 MB)',
    description:
      'JPEG, PNG, WebP or GIF, checked by content whatever the declared type; stored re-encoded as WebP without metadata.',
  })
  @ApiConsumes('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @Put('posts/:id/photo')
  setPhoto(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @ImageBody() bytes: Buffer,
  ): Promise<BoardPostView> {
    return this.board.setPhoto(actor, id, bytes);
  }

  @ApiOperation({ summary: 'Remove the post’s photo' })
  @Delete('posts/:id/photo')
  @HttpCode(204)
  removePhoto(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.board.removePhoto(actor, id);
  }

  @ApiOperation({ summary: 'The post’s photo, for those who may read the post' })
  @ApiProduces('image/webp')
  @Get('posts/:id/photo')
  async photo(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const photo = await this.board.photo(actor.user, id);
    // Served as an image and nothing else: no sniffing, no script if opened on its own, a name we chose.
    // Cache-Control stays the guard's no-store, like every authenticated answer.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(photo.data, {
      type: photo.type,
      length: photo.data.length,
      disposition: `inline; filename="annonce-${id}.${photo.type === 'image/jpeg' ? 'jpg' : 'webp'}"`,
    });
  }

  @ApiOperation({
    summary: 'The post’s photo as a small square thumbnail, for the board’s list',
    description: `A WebP of ${THUMBNAIL_SIDE} × ${THUMBNAIL_SIDE} px. ETag and If-None-Match (304); cached privately, checked again on every use.`,
  })
  @ApiProduces('image/webp')
  @Get('posts/:id/thumbnail')
  async thumbnail(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | undefined> {
    const { data, etag } = await this.board.thumbnail(actor.user, id, ifNoneMatch);
    // The browser may keep it (a page of the board shows twenty), but asks again each time it shows it,
    // so whoever can no longer read the post no longer sees it; unchanged, the answer is a 304 without body.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('ETag', etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    if (!data) {
      res.status(304);
      return undefined;
    }
    return new StreamableFile(data, {
      type: 'image/webp',
      length: data.length,
      disposition: `inline; filename="annonce-${id}-vignette.webp"`,
    });
  }

  @ApiOperation({ summary: '« Ça m’intéresse »: open the conversation with the post’s organisation' })
  @Post('posts/:id/conversations')
  startConversation(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: StartBoardConversationDto,
  ): Promise<BoardConversationView> {
    return this.board.startConversation(actor, id, body);
  }

  @ApiOperation({ summary: 'Mark the post matched with an organisation, and create what comes out of it' })
  @Post('posts/:id/match')
  @HttpCode(200)
  match(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: BoardMatchDto,
  ): Promise<BoardPostView> {
    return this.board.match(actor, id, body);
  }

  @ApiOperation({ summary: 'Report a post to the coordinators' })
  @Post('posts/:id/report')
  @HttpCode(204)
  report(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: BoardReportDto): Promise<void> {
    return this.board.report(actor, id, body.reason);
  }

  @ApiOperation({ summary: 'Hide (with a reason) or show again a post (coordinators)' })
  @Post('posts/:id/moderation')
  @HttpCode(200)
  moderate(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: BoardModerationDto,
  ): Promise<BoardPostView> {
    return this.board.moderate(actor, id, body);
  }

  @ApiOperation({ summary: 'A conversation with its messages' })
  @Get('conversations/:id')
  conversation(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<BoardConversationView> {
    return this.board.conversation(actor.user, id);
  }

  @ApiOperation({ summary: 'Messages of a conversation' })
  @Get('conversations/:id/messages')
  messages(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<BoardMessageView[]> {
    return this.board.messages(actor.user, id);
  }

  @ApiOperation({ summary: 'Write in a conversation' })
  @Post('conversations/:id/messages')
  postMessage(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PostBoardMessageDto,
  ): Promise<BoardMessageView> {
    return this.board.postMessage(actor, id, body.body);
  }

  @ApiOperation({ summary: 'Categories the caller follows' })
  @Get('follows')
  follows(@CurrentActor() actor: Actor): Promise<BoardFollowsView> {
    return this.board.follows(actor.user);
  }

  @ApiOperation({ summary: 'Set the categories the caller follows' })
  @Put('follows')
  setFollows(@CurrentActor() actor: Actor, @Body() body: BoardFollowsDto): Promise<BoardFollowsView> {
    return this.board.setFollows(actor, body.categories);
  }
}
