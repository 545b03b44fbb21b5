import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AllocationReport, Locale } from '@mutualis/contracts';
import type { Response } from 'express';
import { prefersFrench } from '../../errors/french-messages';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { AcceptLanguage } from '../../validation/accept-language.decorator';
import { AllocationReportService } from './allocation-report.service';
import { renderAllocationCsv } from './exports/allocation-csv';
import { renderAllocationNetworkPdf } from './exports/allocation-network-pdf';
import { renderAllocationStatementPdf } from './exports/allocation-pdf';
import { renderAllocationXlsx } from './exports/allocation-xlsx';
import { AllocationQueryDto, StatementQueryDto } from './report-query.dto';

const CSV = 'text/csv; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = 'application/pdf';

/** The allocation report as JSON, and the same figures as CSV, Excel and a PDF statement. */
@ApiTags('reports')
@ApiHeader({
  name: 'accept-language',
  required: false,
  description: 'fr or fr-CA for French labels and numbers; English otherwise',
})
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: AllocationReportService) {}

  @ApiOperation({ summary: 'Cost allocation report' })
  @Get('allocation')
  allocation(
    @CurrentActor() actor: Actor,
    @Query() q: AllocationQueryDto,
    @AcceptLanguage() language?: string,
  ): Promise<AllocationReport> {
    return this.reports.report(actor.user, { ...q, basis: q.basis ?? 'planned' }, localeOf(language));
  }

  @ApiOperation({ summary: 'Cost allocation report as CSV' })
  @Get('allocation.csv')
  @ApiProduces(CSV)
  csv(
    @CurrentActor() actor: Actor,
    @Query() q: AllocationQueryDto,
    @Res({ passthrough: true }) res: Response,
    @AcceptLanguage() language?: string,
  ): Promise<StreamableFile> {
    return this.download(actor, q, language, res, 'csv', CSV, (report, locale) => renderAllocationCsv(report, locale));
  }

  @ApiOperation({ summary: 'Cost allocation report as Excel' })
  @Get('allocation.xlsx')
  @ApiProduces(XLSX)
  xlsx(
    @CurrentActor() actor: Actor,
    @Query() q: AllocationQueryDto,
    @Res({ passthrough: true }) res: Response,
    @AcceptLanguage() language?: string,
  ): Promise<StreamableFile> {
    return this.download(actor, q, language, res, 'xlsx', XLSX, renderAllocationXlsx);
  }

  @ApiOperation({ summary: 'Cost allocation statement of one organisation as PDF' })
  @Get('allocation.pdf')
  @ApiProduces(PDF)
  pdf(
    @CurrentActor() actor: Actor,
    @Query() q: StatementQueryDto,
    @Res({ passthrough: true }) res: Response,
    @AcceptLanguage() language?: string,
  ): Promise<StreamableFile> {
    const organisationId = q.organisationId;
    if (!organisationId) {
      // The whole network's report, as the CSV and Excel files: only coordinators see every line.
      AccessPolicy.assertCoordinatorOf(actor.user, q.networkId);
      return this.download(actor, q, language, res, 'pdf', PDF, renderAllocationNetworkPdf);
    }
    return this.download(actor, q, language, res, 'pdf', PDF, (report, locale) => {
      // Members only ever receive their own lines: another organisation's statement does not exist for them.
      if (!report.lines.some((line) => line.organisationId === organisationId)) {
        throw notFound('statement for organisation', organisationId);
      }
      return renderAllocationStatementPdf(report, organisationId, locale);
    });
  }

  /** The report the caller may see, rendered as a file to download, named for the period and basis. */
  private async download(
    actor: Actor,
    q: AllocationQueryDto,
    language: string | undefined,
    res: Response,
    extension: string,
    contentType: string,
    render: (report: AllocationReport, locale: Locale) => Buffer | Promise<Buffer>,
  ): Promise<StreamableFile> {
    const locale = localeOf(language);
    const report = await this.reports.report(actor.user, { ...q, basis: q.basis ?? 'planned' }, locale);
    const body = await render(report, locale);
    const name = `${locale === 'fr' ? 'repartition' : 'allocation'}-${report.from}_${report.to}-${report.basis}.${extension}`;
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(body, { type: contentType, disposition: `attachment; filename="${name}"`, length: body.length });
  }
}

function localeOf(acceptLanguage: string | undefined): Locale {
  return prefersFrench(acceptLanguage) ? 'fr' : 'en';
}
