import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import type { AuditEventView } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LocalDateTimePipe } from '../../../core/locale/local-date-time.pipe';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { AuditApi } from './audit-api';
import { actionLabelOf, AUDIT_ENTITIES, entityLabelKey } from './audit-labels';
import { isBackwardsRange, JournalFilters, prettyJson, toAuditQuery } from './journal-query';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';
import { LocaleDateTimeInput } from '../../../core/locale/locale-date-time-input';

/** « Journal »: who changed what and when, newest first, filtered by entity and days. */
@Component({
  selector: 'app-journal-page',
  imports: [
    LocaleDateTimeInput,
    LocalDateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './journal-page.html',
  styleUrl: './journal-page.scss',
})
export class JournalPage {
  private readonly api = inject(AuditApi);
  protected readonly locale = inject(LocaleFormat).locale;

  protected readonly entities = AUDIT_ENTITIES;
  protected readonly entityLabelKey = entityLabelKey;
  protected readonly actionLabelOf = actionLabelOf;
  protected readonly prettyJson = prettyJson;
  protected readonly columns = ['at', 'actor', 'entity', 'action', 'details'];
  protected readonly pageSizes = [25, 50, 100];

  protected readonly form = inject(NonNullableFormBuilder).group({ entity: [''], fromDay: [''], toDay: [''] });
  protected readonly backwardsRange = signal(false);
  protected readonly loading = signal(true);
  protected readonly events = signal<AuditEventView[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);
  protected readonly expandedId = signal<string | null>(null);
  private applied: JournalFilters = { entity: '', fromDay: '', toDay: '' };
  private requests = 0;

  constructor() {
    void this.load();
  }

  protected applyFilters(): void {
    const filters = this.form.getRawValue();
    this.backwardsRange.set(isBackwardsRange(filters));
    if (this.backwardsRange()) return;
    this.applied = filters;
    this.pageIndex.set(0);
    void this.load();
  }

  protected clearFilters(): void {
    this.form.reset();
    this.applyFilters();
  }

  protected changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    void this.load();
  }

  protected toggle(event: AuditEventView): void {
    this.expandedId.update((id) => (id === event.id ? null : event.id));
  }

  private async load(): Promise<void> {
    const request = ++this.requests;
    this.loading.set(true);
    try {
      const page = await firstValueFrom(this.api.find(toAuditQuery(this.applied, this.pageIndex(), this.pageSize())));
      if (request !== this.requests) return; // a newer page or filter was asked for meanwhile
      this.events.set(page.items);
      this.total.set(page.total);
      this.expandedId.set(null);
    } catch {
      // the error snack bar explained it
    } finally {
      if (request === this.requests) this.loading.set(false);
    }
  }
}
