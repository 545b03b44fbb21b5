import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { InlineError } from '../../core/http/inline-error';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import type { ActiveDownload } from './report-exports';

/** The download under way (a bar, with its percent when the file's length is known) and its error. */
@Component({
  selector: 'app-export-progress',
  imports: [InlineErrorMessage, MatProgressBarModule, TranslocoPipe],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="status" role="status">
      @if (active(); as download) {
        {{
          download.percent === null
            ? ('reports.exports.downloading' | transloco)
            : ('reports.exports.downloadingPercent' | transloco: { percent: download.percent })
        }}
      }
    </div>
    @if (active(); as download) {
      <mat-progress-bar
        class="download-progress"
        [mode]="download.percent === null ? 'indeterminate' : 'determinate'"
        [value]="download.percent ?? 0"
        [attr.aria-label]="'reports.exports.downloading' | transloco"
      />
    }
    <app-inline-error-message [error]="error()" />
  `,
  styles: `
    .status {
      min-height: 1.25rem;
      margin-top: 0.5rem;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ExportProgress {
  readonly active = input<ActiveDownload | null>(null);
  readonly error = input<InlineError | null>(null);
}
