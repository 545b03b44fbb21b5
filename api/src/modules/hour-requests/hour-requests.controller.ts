import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BookingSeriesView, HourRequestView } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { CreateHourRequestDto, HourRequestQueryDto, ScheduleHourRequestDto } from './dto/hour-requests.dto';
import { HourRequestsService } from './hour-requests.service';

@ApiTags('hour-requests')
@Controller('hour-requests')
export class HourRequestsController {
  constructor(private readonly requests: HourRequestsService) {}

  @ApiOperation({ summary: 'Requests for hours of pooled employees' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: HourRequestQueryDto): Promise<HourRequestView[]> {
    return this.requests.list(actor.user, q);
  }

  @ApiOperation({ summary: 'Request hours of a pooled employee' })
  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateHourRequestDto): Promise<HourRequestView> {
    return this.requests.create(actor, body);
  }

  @ApiOperation({ summary: 'Schedule hours of a request' })
  @Post(':requestId/schedule')
  schedule(
    @CurrentActor() actor: Actor,
    @Param('requestId', ParseUUIDPipe) id: string,
    @Body() body: ScheduleHourRequestDto,
  ): Promise<BookingSeriesView> {
    return this.requests.schedule(actor, id, body);
  }
}
