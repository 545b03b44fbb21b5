import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PeriodView } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { ClosePeriodDto, PeriodsQueryDto, ReopenPeriodDto } from './dto/periods.dto';
import { PeriodsService } from './periods.service';

@ApiTags('periods')
@Controller('periods')
export class PeriodsController {
  constructor(private readonly periods: PeriodsService) {}

  @ApiOperation({ summary: 'Closed periods of a network' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: PeriodsQueryDto): Promise<PeriodView[]> {
    return this.periods.list(actor.user, q.networkId);
  }

  @ApiOperation({ summary: 'Close a period: its figures stop changing' })
  @Post('close')
  @HttpCode(201)
  close(@CurrentActor() actor: Actor, @Body() body: ClosePeriodDto): Promise<PeriodView> {
    return this.periods.close(actor, body);
  }

  @ApiOperation({ summary: 'Reopen a closed period, with a reason' })
  @Post('reopen')
  @HttpCode(200)
  reopen(@CurrentActor() actor: Actor, @Body() body: ReopenPeriodDto): Promise<PeriodView> {
    return this.periods.reopen(actor, body);
  }
}
