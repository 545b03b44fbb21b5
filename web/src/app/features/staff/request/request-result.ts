import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BookingSeriesView } from '@mutualis/contracts';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { QuotaOverruns } from './quota-overruns';

const SHOWN = 10;

/**
 * What a sent request holds: its occurrences (pending until the employee answers), the
 * occurrences skipped for a holiday, and, visibly, the periods it goes over the agreement
 * when the agreement only warns.
 */
@Component({
  selector: 'app-request-result',
  imports: [QuotaOverruns, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = series();
    <div class="sent">
      <p role="status" class="summary">
        {{ 'staff.request.result.sent' | transloco: { title: current.title, name: current.resourceName } }}
        @if (pendingCount() > 0) {
          {{ 'staff.request.result.pending' | transloco: { count: pendingCount() } }}
        }
        @if (confirmedCount() > 0) {
          {{ 'staff.request.result.confirmed' | transloco: { count: confirmedCount() } }}
        }
      </p>
      <ul>
        @for (occurrence of shown(); track occurrence.id) {
          <li>{{ range(occurrence.start, occurrence.end) }} · {{ 'staff.status.' + occurrence.status | transloco }}</li>
        }
      </ul>
      @if (current.occurrences.length > shown().length) {
        <p>{{ 'staff.request.errors.andMore' | transloco: { count: current.occurrences.length - shown().length } }}</p>
      }
      @if (current.skipped.length > 0) {
        <p>{{ 'staff.request.result.skipped' | transloco: { count: current.skipped.length } }}</p>
      }
    </div>
    @if (current.warnings?.length) {
      <div class="warnings" role="alert">
        <p>{{ 'staff.request.result.overQuota' | transloco }}</p>
        <app-quota-overruns [overruns]="current.warnings ?? []" />
      </div>
    }
  `,
  styles: `
    .sent,
    .warnings {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-small);
    }
    .sent {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .warnings {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-inline-start: 4px solid var(--mat-sys-tertiary);
    }
    p {
      margin: 0;
    }
    ul {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
    }
  `,
})
export class RequestResult {
  private readonly format = inject(LocaleFormat);

  readonly series = input.required<BookingSeriesView>();

  protected readonly pendingCount = computed(() => this.series().occurrences.filter((each) => each.status === 'pending').length);
  protected readonly confirmedCount = computed(
    () => this.series().occurrences.filter((each) => each.status === 'confirmed').length,
  );
  protected readonly shown = computed(() => this.series().occurrences.slice(0, SHOWN));

  protected range(start: string, end: string): string {
    const timeZone = this.series().timeZone;
    return `${this.format.formatDateTime(start, timeZone)} – ${this.format.formatTime(end, timeZone)}`;
  }
}
