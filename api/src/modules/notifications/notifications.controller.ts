import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FailedNotification, NotificationInbox } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { MarkReadDto, NotificationQueryDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ApiOperation({ summary: 'My notifications and the unread count' })
  @Get()
  inbox(@CurrentActor() actor: Actor, @Query() query: NotificationQueryDto): Promise<NotificationInbox> {
    return this.notifications.inbox(actor.user, query.unread === 'true');
  }

  @ApiOperation({ summary: 'Mark notifications read' })
  @Post('read')
  @HttpCode(200)
  markRead(@CurrentActor() actor: Actor, @Body() body: MarkReadDto): Promise<{ unreadCount: number }> {
    return this.notifications.markRead(actor.user, body);
  }

  @ApiOperation({ summary: 'Messages that could not be delivered (coordinators)' })
  @Get('failed')
  failed(@CurrentActor() actor: Actor): Promise<FailedNotification[]> {
    return this.notifications.failed(actor.user);
  }

  @ApiOperation({ summary: 'Send a failed message again' })
  @Post('failed/:id/retry')
  @HttpCode(202)
  async retry(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.notifications.retry(actor, id);
  }
}
