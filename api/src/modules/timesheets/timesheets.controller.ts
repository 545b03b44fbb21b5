import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { TimesheetEntryView } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { SaveTimesheetEntryDto, TimesheetDecisionDto, TimesheetQueryDto, TimesheetWeekDto } from './timesheets.dto';
import { TimesheetsService } from './timesheets.service';

@ApiTags('timesheets')
@Controller('timesheets')
export class TimesheetsController {
  constructor(private readonly timesheets: TimesheetsService) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: TimesheetQueryDto): Promise<TimesheetEntryView[]> {
    return this.timesheets.list(actor.user, q.resourceId, q.from, q.to);
  }

  @Put('entries')
  @HttpCode(204)
  save(@CurrentActor() actor: Actor, @Body() body: SaveTimesheetEntryDto): Promise<void> {
    return this.timesheets.save(actor, body);
  }

  @Post('submit')
  submit(@CurrentActor() actor: Actor, @Body() body: TimesheetWeekDto): Promise<{ entries: number }> {
    return this.timesheets.submitWeek(actor, body.resourceId, body.weekStart).then((entries) => ({ entries }));
  }

  @Post('confirm')
  confirm(@CurrentActor() actor: Actor, @Body() body: TimesheetDecisionDto): Promise<{ entries: number }> {
    return this.timesheets
      .confirmWeek(actor, body.resourceId, body.weekStart, body.organisationId)
      .then((entries) => ({ entries }));
  }

  @Post('dispute')
  dispute(@CurrentActor() actor: Actor, @Body() body: TimesheetDecisionDto): Promise<{ entries: number }> {
    return this.timesheets
      .disputeWeek(actor, body.resourceId, body.weekStart, body.organisationId, body.comment ?? '')
      .then((entries) => ({ entries }));
  }

  @Post('lock')
  lock(@CurrentActor() actor: Actor, @Body() body: TimesheetWeekDto): Promise<{ entries: number }> {
    return this.timesheets.lockWeek(actor, body.resourceId, body.weekStart).then((entries) => ({ entries }));
  }
}
