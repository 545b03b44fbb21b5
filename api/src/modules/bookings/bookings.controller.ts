import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BookingSeriesView, CalendarOccurrence } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { BookingApprovalsService } from './booking-approvals.service';
import { BookingBundles } from './booking-bundles.service';
import { BookingChangesService } from './booking-changes.service';
import { BookingDecisionsService } from './booking-decisions.service';
import { BookingsService } from './bookings.service';
import {
  ApproveBookingDto,
  BookingQueryDto,
  CancelBookingDto,
  CreateBookingDto,
  DeclineBookingDto,
  ProposalAnswerDto,
  ProposeTimeDto,
  UpdateBookingDto,
} from './dto/booking.dto';

@ApiTags('bookings')
@Controller('bookings')
export class BookingsController {
  constructor(
    private readonly bookings: BookingsService,
    private readonly changes: BookingChangesService,
    private readonly decisions: BookingDecisionsService,
    private readonly approvals: BookingApprovalsService,
    private readonly bundles: BookingBundles,
  ) {}

  @ApiOperation({
    summary: 'Book a resource, once or recurring (with `equipment`: all or nothing)',
    description: 'A room booked with equipment (`equipment`) is written all or nothing; a refused part is named.',
  })
  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateBookingDto): Promise<BookingSeriesView> {
    return body.equipment?.length ? this.bundles.create(actor, body) : this.bookings.create(actor, body);
  }

  @ApiOperation({ summary: 'Bookings over a window' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: BookingQueryDto): Promise<CalendarOccurrence[]> {
    return this.bookings.list(actor.user, query);
  }

  @ApiOperation({ summary: 'Bookings awaiting my approval' })
  @Get('approvals')
  pending(@CurrentActor() actor: Actor): Promise<CalendarOccurrence[]> {
    return this.approvals.pending(actor.user);
  }

  @ApiOperation({ summary: 'One booking series' })
  @Get(':seriesId')
  get(@CurrentActor() actor: Actor, @Param('seriesId', ParseUUIDPipe) seriesId: string): Promise<BookingSeriesView> {
    return this.bookings.get(actor.user, seriesId);
  }

  @ApiOperation({ summary: 'Change one, the following or all occurrences' })
  @Patch(':seriesId')
  update(
    @CurrentActor() actor: Actor,
    @Param('seriesId', ParseUUIDPipe) seriesId: string,
    @Body() body: UpdateBookingDto,
  ): Promise<BookingSeriesView> {
    return this.changes.update(actor, seriesId, body);
  }

  @ApiOperation({ summary: 'Cancel one, the following or all occurrences' })
  @Post(':seriesId/cancel')
  @HttpCode(200)
  cancel(
    @CurrentActor() actor: Actor,
    @Param('seriesId', ParseUUIDPipe) seriesId: string,
    @Body() body: CancelBookingDto,
  ): Promise<BookingSeriesView> {
    return this.changes.cancel(actor, seriesId, body);
  }

  @ApiOperation({ summary: 'Cancel a whole booking series' })
  @Delete(':seriesId')
  remove(@CurrentActor() actor: Actor, @Param('seriesId', ParseUUIDPipe) seriesId: string): Promise<BookingSeriesView> {
    return this.changes.cancel(actor, seriesId, { scope: 'all' });
  }

  @ApiOperation({ summary: 'Approve a pending booking' })
  @Post(':seriesId/approve')
  @HttpCode(200)
  approve(
    @CurrentActor() actor: Actor,
    @Param('seriesId', ParseUUIDPipe) seriesId: string,
    @Body() body: ApproveBookingDto,
  ): Promise<BookingSeriesView> {
    return this.decisions.decide(actor, seriesId, 'confirmed', body);
  }

  @ApiOperation({ summary: 'Propose another time' })
  @Post(':seriesId/propose')
  @HttpCode(200)
  propose(
    @CurrentActor() actor: Actor,
    @Param('seriesId', ParseUUIDPipe) seriesId: string,
    @Body() body: ProposeTimeDto,
  ): Promise<BookingSeriesView> {
    return this.decisions.propose(actor, seriesId, body);
  }

  @ApiOperation({ summary: 'Accept a proposed time' })
  @Post(':seriesId/accept-proposal')
  @HttpCode(200)
  acceptProposal(
    @CurrentActor() actor: Actor,
    @Param('seriesId', ParseUUIDPipe) seriesId: string,
    @Body() body: ProposalAnswerDto,
  ): Promise<BookingSeriesView> {
    return this.decisions.answerProposal(actor, seriesId, body.occurrenceId, true);
  }

  @ApiOperation({ summary: 'Decline a proposed time' })
  @Post(':seriesId/decline-proposal')
  @HttpCode(200)
  declineProposal(
    @CurrentActor() actor: Actor,
    @Param('seriesId', ParseUUIDPipe) seriesId: string,
    @Body() body: ProposalAnswerDto,
  ): Promise<BookingSeriesView> {
    return this.decisions.answerProposal(actor, seriesId, body.occurrenceId, false);
  }

  @ApiOperation({ summary: 'Decline a pending booking' })
  @Post(':seriesId/decline')
  @HttpCode(200)
  decline(
    @CurrentActor() actor: Actor,
    @Param('seriesId', ParseUUIDPipe) seriesId: string,
    @Body() body: DeclineBookingDto,
  ): Promise<BookingSeriesView> {
    return this.decisions.decide(actor, seriesId, 'declined', body);
  }
}
