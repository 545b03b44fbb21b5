import { Controller, Get, Headers, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AllocationReport } from '@mutualis/contracts';
import type { Response } from 'express';
import { prefersFrench } from '../../errors/french-messages';
import { notFound } from '../access/access-policy';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { AllocationReportService, type ReportLocale } from './allocation-report.service';
import { renderAllocationCsv } from './exports/allocation-csv';
import { renderAllocationStatementPdf } from './exports/allocation-pdf';
import { renderAllocationXlsx } from './exports/allocation-xlsx';
import { AllocationQueryDto, StatementQueryDto } from './report-query.dto';

/** The allocation report as JSON, and the same figures as CSV, Excel and a PDF statement. */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: AllocationReportService) {}

  @Get('allocation')
  allocation(
    @CurrentActor() actor: Actor,
    @Query() q: AllocationQueryDto,
    @Headers('accept-language') language?: string,
  ): Promise<AllocationReport> {
    return this.reports.report(actor.user, { ...q, basis: q.basis ?? 'planned' }, localeOf(language));
  }

  @Get('allocation.csv')
  @ApiProduces('text/csv')
  async csv(
    @CurrentActor() actor: Actor,
    @Query() q: AllocationQueryDto,
    @Res({ passthrough: true }) res: Response,
    @Headers('accept-language') language?: string,
  ): Promise<StreamableFile> {
    const locale = localeOf(language);
    const report = await this.reports.report(actor.user, { ...q, basis: q.basis ?? 'planned' }, locale);
    return download(res, renderAllocationCsv(report, locale), 'text/csv; charset=utf-8', fileName(report, locale, 'csv'));
  }

  @Get('allocation.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async xlsx(
    @CurrentActor() actor: Actor,
    @Query() q: AllocationQueryDto,
    @Res({ passthrough: true }) res: Response,
    @Headers('accept-language') language?: string,
  ): Promise<StreamableFile> {
    const locale = localeOf(language);
    const report = await this.reports.report(actor.user, { ...q, basis: q.basis ?? 'planned' }, locale);
    return download(
      res,
      await renderAllocationXlsx(report, locale),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName(report, locale, 'xlsx'),
    );
  }

  @Get('allocation.pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentActor() actor: Actor,
    @Query() q: StatementQueryDto,
    @Res({ passthrough: true }) res: Response,
    @Headers('accept-language') language?: string,
  ): Promise<StreamableFile> {
    const locale = localeOf(language);
    const report = await this.reports.report(actor.user, { ...q, basis: q.basis ?? 'planned' }, locale);
    // Members only ever receive their own lines: another organisation's statement does not exist for them.
    if (!report.lines.some((line) => line.organisationId === q.organisationId)) {
      throw notFound('statement for organisation', q.organisationId);
    }
    return download(
      res,
      await renderAllocationStatementPdf(report, q.organisationId, locale),
      'application/pdf',
      fileName(report, locale, 'pdf'),
    );
  }
}

function localeOf(acceptLanguage: string | undefined): ReportLocale {
  return prefersFrench(acceptLanguage) ? 'fr' : 'en';
}

function fileName(report: AllocationReport, locale: ReportLocale, extension: string): string {
  return `${locale === 'fr' ? 'repartition' : 'allocation'}-${report.from}_${report.to}-${report.basis}.${extension}`;
}

function download(res: Response, body: Buffer, contentType: string, name: string): StreamableFile {
  res.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(body, { type: contentType, disposition: `attachment; filename="${name}"`, length: body.length });
}
