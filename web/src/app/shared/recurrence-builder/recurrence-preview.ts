import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { AppLanguage } from '../../core/i18n/app-language';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { LocaleFormat } from '../../core/locale/locale-format';
import type { PreviewLine, SeriesPreview } from './preview-series';

let nextId = 0;

/** Rule parts with a translated name; others are shown as written (WKST…). */
const KNOWN_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'EXDATE']);

/**
 * The next occurrences of a series as the builder computed them, with the holidays it skips
 * (struck through, named) and the rule's error, announced as soon as it appears.
 */
@Component({
  selector: 'app-recurrence-preview',
  imports: [TranslocoPipe],
  providers: [provideTranslocoScope('recurrence')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = preview();
    <section class="preview" [attr.aria-labelledby]="titleId">
      <h3 [id]="titleId">{{ 'recurrence.preview.title' | transloco }}</h3>
      <div role="alert" class="error" [class.shown]="current?.kind === 'error'">
        @if (current?.kind === 'error') {
          @let error = errorOf(current);
          {{
            'recurrence.errors.' + error.code
              | transloco: { part: knownPart(error.part) ? (partKey(error.part) | transloco) : error.part }
          }}
        }
      </div>
      @if (current?.kind === 'occurrences') {
        @if (lines().length === 0) {
          <p class="none">{{ 'recurrence.preview.none' | transloco }}</p>
        } @else {
          <ol class="lines">
            @for (line of lines(); track line.start) {
              @if (line.kind === 'occurrence') {
                <li class="occurrence">{{ when(line) }}</li>
              } @else {
                <li class="skipped">
                  <s>{{ format.formatDateTime(line.start, timeZone()) }}</s>
                  <span class="reason">
                    @if (line.holiday) {
                      {{ 'recurrence.preview.skipped' | transloco: { holiday: holidayName(line) } }}
                    } @else {
                      {{ 'recurrence.preview.excluded' | transloco }}
                    }
                  </span>
                </li>
              }
            }
          </ol>
          @if (truncated()) {
            <p class="more">{{ 'recurrence.preview.more' | transloco }}</p>
          }
        }
      }
    </section>
  `,
  styles: `
    h3 {
      font: var(--mat-sys-title-small);
      margin: 0.5rem 0;
    }
    .lines {
      margin: 0;
      padding-inline-start: 1.25rem;
      font: var(--mat-sys-body-medium);
    }
    .skipped {
      color: var(--mat-sys-on-surface-variant);
    }
    .reason {
      margin-inline-start: 0.5rem;
      font-style: italic;
    }
    .more,
    .none {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .error.shown {
      padding: 0.5rem 0.75rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class RecurrencePreview {
  protected readonly format = inject(LocaleFormat);
  private readonly lang = inject(AppLanguage).lang;

  /** Null while the start is not known yet. */
  readonly preview = input<SeriesPreview | null>(null);
  readonly timeZone = input(DEFAULT_TIME_ZONE);
  /** Days only, for what has no time of day (a board post). */
  readonly datesOnly = input(false);

  protected readonly titleId = `recurrence-preview-${nextId++}`;
  protected readonly lines = computed(() => {
    const preview = this.preview();
    return preview?.kind === 'occurrences' ? preview.lines : [];
  });
  protected readonly truncated = computed(() => {
    const preview = this.preview();
    return preview?.kind === 'occurrences' && preview.truncated;
  });

  protected when(line: PreviewLine): string {
    if (line.kind !== 'occurrence') return '';
    if (this.datesOnly()) return this.format.formatDate(line.start, this.timeZone());
    return `${this.format.formatDateTime(line.start, this.timeZone())} – ${this.format.formatTime(line.end, this.timeZone())}`;
  }

  protected holidayName(line: PreviewLine): string {
    return line.kind === 'skipped' && line.holiday ? line.holiday[this.lang()] : '';
  }

  protected errorOf(preview: SeriesPreview | null): { code: string; part?: string } {
    return preview?.kind === 'error' ? preview : { code: 'INVALID_START' };
  }

  protected knownPart(part: string | undefined): boolean {
    return part !== undefined && KNOWN_PARTS.has(part);
  }

  protected partKey(part: string | undefined): string {
    return `recurrence.parts.${part}`;
  }
}
