import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TimesheetEntryView } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { SaveTimesheetEntryDto, TimesheetDecisionDto, TimesheetQueryDto, TimesheetWeekDto } from './dto/timesheets.dto';
import { TimesheetsService } from './timesheets.service';

@ApiTags('timesheets')
@Controller('timesheets')
export class TimesheetsController {
  constructor(private readonly timesheets: TimesheetsService) {}

  @ApiOperation({ summary: 'Timesheet of a pooled employee over a window' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: TimesheetQueryDto): Promise<TimesheetEntryView[]> {
    return this.timesheets.list(actor.user, q.resourceId, q.from, q.to);
  }

  @ApiOperation({ summary: 'Record the minutes worked for an organisation on a day' })
  @Put('entries')
  @HttpCode(204)
  save(@CurrentActor() actor: Actor, @Body() body: SaveTimesheetEntryDto): Promise<void> {
    return this.timesheets.save(actor, body);
  }

  @ApiOperation({ summary: 'Submit a week for confirmation' })
  @Post('submit')
  submit(@CurrentActor() actor: Actor, @Body() body: TimesheetWeekDto): Promise<{ entries: number }> {
    return this.timesheets.submitWeek(actor, body.resourceId, body.weekStart).then((entries) => ({ entries }));
  }

  @ApiOperation({ summary: 'Confirm a submitted week for my organisation' })
  @Post('confirm')
  confirm(@CurrentActor() actor: Actor, @Body() body: TimesheetDecisionDto): Promise<{ entries: number }> {
    return this.timesheets
      .confirmWeek(actor, body.resourceId, body.weekStart, body.organisationId)
      .then((entries) => ({ entries }));
  }

  @ApiOperation({ summary: 'Dispute a submitted week' })
  @Post('dispute')
  dispute(@CurrentActor() actor: Actor, @Body() body: TimesheetDecisionDto): Promise<{ entries: number }> {
    return this.timesheets
      .disputeWeek(actor, body.resourceId, body.weekStart, body.organisationId, body.comment ?? '')
      .then((entries) => ({ entries }));
  }

  @ApiOperation({ summary: 'Lock a confirmed week' })
  @Post('lock')
  lock(@CurrentActor() actor: Actor, @Body() body: TimesheetWeekDto): Promise<{ entries: number }> {
    return this.timesheets.lockWeek(actor, body.resourceId, body.weekStart).then((entries) => ({ entries }));
  }
}
