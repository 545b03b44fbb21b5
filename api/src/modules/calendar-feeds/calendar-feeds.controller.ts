import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CalendarFeedView, CreatedCalendarFeed } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { CreateCalendarFeedDto } from './calendar-feeds.dto';
import { CalendarFeedsService } from './calendar-feeds.service';

@ApiTags('calendar feeds')
@Controller('calendar-feeds')
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @ApiOperation({ summary: 'Create a secret calendar feed address' })
  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateCalendarFeedDto): Promise<CreatedCalendarFeed> {
    return this.feeds.create(actor, body);
  }

  @ApiOperation({ summary: 'My calendar feeds' })
  @Get()
  list(@CurrentActor() actor: Actor): Promise<CalendarFeedView[]> {
    return this.feeds.list(actor.user);
  }

  @ApiOperation({ summary: 'Revoke a calendar feed' })
  @Delete(':id')
  @HttpCode(204)
  async revoke(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.feeds.revoke(actor, id);
  }
}
