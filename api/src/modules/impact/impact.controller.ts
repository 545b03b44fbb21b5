import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ImpactReport, StandAloneRateView } from '@mutualis/contracts';
import { prefersFrench } from '../../errors/french-messages';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { ImpactQueryDto, SetStandAloneRateDto, StandAloneRatesQueryDto } from './impact.dto';
import { ImpactService } from './impact.service';

@ApiTags('impact')
@Controller('impact')
export class ImpactController {
  constructor(private readonly impact: ImpactService) {}

  @Get()
  report(
    @CurrentActor() actor: Actor,
    @Query() q: ImpactQueryDto,
    @Headers('accept-language') language?: string,
  ): Promise<ImpactReport> {
    return this.impact.report(actor.user, q, prefersFrench(language) ? 'fr' : 'en');
  }

  @Get('stand-alone-rates')
  rates(@CurrentActor() actor: Actor, @Query() q: StandAloneRatesQueryDto): Promise<StandAloneRateView[]> {
    return this.impact.rates(actor.user, q.networkId);
  }

  @Put('stand-alone-rates/:resourceId')
  @HttpCode(204)
  setRate(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) resourceId: string,
    @Body() body: SetStandAloneRateDto,
  ): Promise<void> {
    return this.impact.setRate(actor, resourceId, body);
  }
}
