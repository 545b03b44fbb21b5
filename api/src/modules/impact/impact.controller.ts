import {
  Body,
  Controller,
  Delete,
  Get,
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
import { ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AcceptLanguage } from '../../validation/accept-language.decorator';
import type { Response } from 'express';
import type { ImpactReport, StandAloneRateView, Locale } from '@mutualis/contracts';
import { prefersFrench } from '../../errors/french-messages';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import {
  CreateIndicatorDto,
  ImpactQueryDto,
  IndicatorPeriodDto,
  IndicatorTargetDto,
  IndicatorValueDto,
  SetStandAloneRateDto,
  StandAloneRatesQueryDto,
  UpdateIndicatorDto,
} from './impact.dto';
import { ImpactIndicatorsService } from './impact-indicators.service';
import { ImpactService } from './impact.service';
import { renderImpactPdf } from './exports/impact-pdf';
import { renderImpactXlsx } from './exports/impact-xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = 'application/pdf';

@ApiTags('impact')
@ApiHeader({
  name: 'Accept-Language',
  required: false,
  description: 'fr (default) or en: the language of labels and explanations',
})
@Controller()
export class ImpactController {
  constructor(
    private readonly impact: ImpactService,
    private readonly indicators: ImpactIndicatorsService,
  ) {}

  @ApiOperation({ summary: 'Add an indicator to the logic model' })
  @Post('impact/indicators')
  createIndicator(@CurrentActor() actor: Actor, @Body() body: CreateIndicatorDto): Promise<{ id: string }> {
    return this.indicators.create(actor, body);
  }

  @ApiOperation({ summary: 'Change an indicator' })
  @Patch('impact/indicators/:indicatorId')
  @HttpCode(204)
  updateIndicator(
    @CurrentActor() actor: Actor,
    @Param('indicatorId', ParseUUIDPipe) id: string,
    @Body() body: UpdateIndicatorDto,
  ): Promise<void> {
    return this.indicators.update(actor, id, body);
  }

  @ApiOperation({ summary: 'Remove an indicator' })
  @Delete('impact/indicators/:indicatorId')
  @HttpCode(204)
  deleteIndicator(@CurrentActor() actor: Actor, @Param('indicatorId', ParseUUIDPipe) id: string): Promise<void> {
    return this.indicators.delete(actor, id);
  }

  /** The value of an entered indicator for one period (replaces the one entered for exactly that period). */
  @ApiOperation({ summary: "Enter an indicator's value for a period" })
  @Put('impact/indicators/:indicatorId/values')
  @HttpCode(204)
  saveIndicatorValue(
    @CurrentActor() actor: Actor,
    @Param('indicatorId', ParseUUIDPipe) id: string,
    @Body() body: IndicatorValueDto,
  ): Promise<void> {
    return this.indicators.saveValue(actor, id, body);
  }

  @ApiOperation({
    summary: 'Remove the value entered for a period',
    description: 'For exactly that period; nothing to remove is not an error.',
  })
  @Delete('impact/indicators/:indicatorId/values')
  @HttpCode(204)
  deleteIndicatorValue(
    @CurrentActor() actor: Actor,
    @Param('indicatorId', ParseUUIDPipe) id: string,
    @Query() period: IndicatorPeriodDto,
  ): Promise<void> {
    return this.indicators.deleteValue(actor, id, period);
  }

  /** The target of a month, quarter, calendar year or fiscal year (April–March); replaces the one set for that period. */
  @ApiOperation({ summary: "Set an indicator's target for a reporting period" })
  @Put('impact/indicators/:indicatorId/targets')
  @HttpCode(204)
  saveIndicatorTarget(
    @CurrentActor() actor: Actor,
    @Param('indicatorId', ParseUUIDPipe) id: string,
    @Body() body: IndicatorTargetDto,
  ): Promise<void> {
    return this.indicators.saveTarget(actor, id, body);
  }

  @ApiOperation({
    summary: "Remove an indicator's target for a reporting period",
    description: "The period then falls back to a longer period's target or the default.",
  })
  @Delete('impact/indicators/:indicatorId/targets')
  @HttpCode(204)
  deleteIndicatorTarget(
    @CurrentActor() actor: Actor,
    @Param('indicatorId', ParseUUIDPipe) id: string,
    @Query() period: IndicatorPeriodDto,
  ): Promise<void> {
    return this.indicators.deleteTarget(actor, id, period);
  }

  @ApiOperation({ summary: 'The impact figures of a network or an organisation' })
  @Get('impact')
  report(@CurrentActor() actor: Actor, @Query() q: ImpactQueryDto, @AcceptLanguage() language?: string): Promise<ImpactReport> {
    return this.impact.report(actor.user, q, prefersFrench(language) ? 'fr' : 'en');
  }

  /** The funder report: a one-page summary with charts, then the details, in the language asked for. */
  @ApiOperation({ summary: 'The funder report as PDF' })
  @Get('impact.pdf')
  @ApiProduces(PDF)
  pdf(
    @CurrentActor() actor: Actor,
    @Query() q: ImpactQueryDto,
    @Res({ passthrough: true }) res: Response,
    @AcceptLanguage() language?: string,
  ): Promise<StreamableFile> {
    return this.download(actor, q, language, res, 'pdf', PDF, (report, locale) =>
      renderImpactPdf(report, report.organisationName, locale),
    );
  }

  /** Every figure, as numbers in a workbook. */
  @ApiOperation({ summary: 'Every impact figure as a workbook' })
  @Get('impact.xlsx')
  @ApiProduces(XLSX)
  xlsx(
    @CurrentActor() actor: Actor,
    @Query() q: ImpactQueryDto,
    @Res({ passthrough: true }) res: Response,
    @AcceptLanguage() language?: string,
  ): Promise<StreamableFile> {
    return this.download(actor, q, language, res, 'xlsx', XLSX, (report, locale) =>
      renderImpactXlsx(report, report.organisationName, locale),
    );
  }

  @ApiOperation({ summary: 'What each resource would cost an organisation alone' })
  @Get('impact/stand-alone-rates')
  rates(@CurrentActor() actor: Actor, @Query() q: StandAloneRatesQueryDto): Promise<StandAloneRateView[]> {
    return this.impact.rates(actor.user, q.networkId);
  }

  @ApiOperation({ summary: "Set a resource's stand-alone rate" })
  @Put('impact/stand-alone-rates/:resourceId')
  @HttpCode(204)
  setRate(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) resourceId: string,
    @Body() body: SetStandAloneRateDto,
  ): Promise<void> {
    return this.impact.setRate(actor, resourceId, body);
  }

  private async download(
    actor: Actor,
    q: ImpactQueryDto,
    language: string | undefined,
    res: Response,
    extension: string,
    contentType: string,
    render: (report: ImpactReport, locale: Locale) => Promise<Buffer>,
  ): Promise<StreamableFile> {
    const locale = prefersFrench(language) ? 'fr' : 'en';
    const report = await this.impact.report(actor.user, q, locale);
    const body = await render(report, locale);
    const name = `${locale === 'fr' ? 'rapport-impact' : 'impact-report'}-${report.from}_${report.to}.${extension}`;
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(body, { type: contentType, disposition: `attachment; filename="${name}"`, length: body.length });
  }
}
