import { HttpErrorResponse, HttpEventType, HttpResponse } from '@angular/common/http';
import { DOCUMENT, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { isApiError } from '@mutualis/contracts';
import { lastValueFrom, tap } from 'rxjs';
import { type InlineError, inlineErrorOf } from '../../core/http/inline-error';
import { periodSlug, type ReportPeriod } from './report-period';
import { type ExportFormat, ReportsApi, type ReportQuery } from './reports-api';

/** What to download: the report of `query` as CSV, Excel or PDF, or one organisation's PDF statement. */
export interface ExportRequest {
  readonly format: ExportFormat;
  readonly query: ReportQuery;
  readonly period: ReportPeriod;
  /** One organisation's PDF statement; a PDF without it is the whole network's report. */
  readonly organisation?: { readonly id: string; readonly name: string };
}

/** The words of a file name, in the UI's language (`reports.files.*`). */
export interface FileNameWords {
  readonly allocation: string;
  readonly statement: string;
  readonly actual: string;
  readonly quarter: string;
}

/** « Maison des Jeunes d’Iberville » → `maison-des-jeunes-d-iberville`. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `repartition-2026-11.csv`, `repartition-2026-T4-reel.xlsx`, `releve-maison-des-jeunes-2026-11.pdf`
 * (English: `allocation-…`, `statement-…`, `-actual`): the period, and the basis when it is actual.
 */
export function exportFileName(request: ExportRequest, words: FileNameWords): string {
  const parts = [
    request.format === 'pdf' && request.organisation ? words.statement : words.allocation,
    request.organisation ? fileSlug(request.organisation.name) : '',
    periodSlug(request.period, words.quarter),
    request.query.basis === 'actual' ? words.actual : '',
  ];
  return `${parts.filter(Boolean).join('-')}.${request.format}`;
}

/** Saves a downloaded file under `fileName`. A token so specs can see what was saved. */
export const SAVE_FILE = new InjectionToken<(blob: Blob, fileName: string) => void>('SAVE_FILE', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    return (blob, fileName) => saveWithLink(document, blob, fileName);
  },
});

/** The browser's own download: an object URL behind a temporary `<a download>`. */
export function saveWithLink(document: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers start reading the URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** The error of a file request: its body is a Blob, which may hold the API's JSON error. */
export async function exportErrorOf(error: unknown): Promise<InlineError> {
  if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
    try {
      const body: unknown = JSON.parse(await textOf(error.error));
      if (isApiError(body)) return { text: body.message };
    } catch {
      // Not JSON: the generic message below.
    }
    return inlineErrorOf(
      new HttpErrorResponse({ status: error.status, statusText: error.statusText, url: error.url ?? undefined }),
    );
  }
  return inlineErrorOf(error);
}

export interface ActiveDownload {
  /** `csv`, `xlsx`, or `pdf:<organisationId>`: which button started it. */
  readonly id: string;
  /** 0–100 when the server sent the file's length, else null (indeterminate). */
  readonly percent: number | null;
}

export function downloadIdOf(format: ExportFormat, organisationId?: string): string {
  return organisationId ? `${format}:${organisationId}` : format;
}

/** One page's downloads: one at a time, with its progress and its error. Provided by each page. */
@Injectable()
export class ReportExports {
  private readonly api = inject(ReportsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly saveFile = inject(SAVE_FILE);

  readonly active = signal<ActiveDownload | null>(null);
  readonly error = signal<InlineError | null>(null);

  async download(request: ExportRequest): Promise<void> {
    if (this.active()) return;
    const id = downloadIdOf(request.format, request.organisation?.id);
    this.active.set({ id, percent: null });
    this.error.set(null);
    try {
      const events = this.api.download(request.format, request.query, request.organisation?.id).pipe(
        tap((event) => {
          if (event.type === HttpEventType.DownloadProgress && event.total) {
            this.active.set({ id, percent: Math.min(100, Math.round((event.loaded * 100) / event.total)) });
          }
        }),
      );
      const last = await lastValueFrom(events);
      if (last instanceof HttpResponse && last.body) this.saveFile(last.body, exportFileName(request, this.words()));
    } catch (error) {
      this.error.set(await exportErrorOf(error));
    } finally {
      this.active.set(null);
    }
  }

  private words(): FileNameWords {
    const word = (key: keyof FileNameWords) => this.transloco.translate(`reports.files.${key}`);
    return { allocation: word('allocation'), statement: word('statement'), actual: word('actual'), quarter: word('quarter') };
  }
}
