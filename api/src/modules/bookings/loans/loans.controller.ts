import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LoanView } from '@mutualis/contracts';
import type { Actor } from '../../access/authenticated-user';
import { CurrentActor } from '../../access/current-actor.decorator';
import { LoanActionDto, LoanQueryDto } from './dto/loan.dto';
import { LoansService } from './loans.service';

@ApiTags('loans')
@Controller()
export class LoansController {
  constructor(private readonly loans: LoansService) {}

  @ApiOperation({ summary: '« Emprunt »: check out a booked occurrence of equipment, a vehicle or storage' })
  @Post('bookings/:seriesId/checkout')
  @HttpCode(200)
  checkout(
    @CurrentActor() actor: Actor,
    @Param('seriesId', ParseUUIDPipe) seriesId: string,
    @Body() body: LoanActionDto,
  ): Promise<LoanView> {
    return this.loans.checkout(actor, seriesId, body);
  }

  @ApiOperation({ summary: '« Retour »: return a loan (a late loan frees its units)' })
  @Post('bookings/:seriesId/return')
  @HttpCode(200)
  return(
    @CurrentActor() actor: Actor,
    @Param('seriesId', ParseUUIDPipe) seriesId: string,
    @Body() body: LoanActionDto,
  ): Promise<LoanView> {
    return this.loans.return(actor, seriesId, body);
  }

  @ApiOperation({ summary: 'The loan desk: loans over a window and every loan still out' })
  @Get('loans')
  list(@CurrentActor() actor: Actor, @Query() query: LoanQueryDto): Promise<LoanView[]> {
    return this.loans.list(actor.user, query);
  }
}
