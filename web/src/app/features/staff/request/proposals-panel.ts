import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import type { StaffView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../../core/feedback/notice';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { confirmAction } from '../../../shared/confirm-dialog/confirm-dialog';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { StaffBookingsApi } from '../staff-bookings-api';
import { localDateOf } from '../staff-time';
import { type ProposalToAnswer, proposalsOf } from './proposals';
import { Clock } from '../../../core/clock/clock';

const DAY_MS = 86_400_000;
/** The API lists at most 92 days of bookings at once. */
const WINDOW_DAYS = 92;
const ANSWER_ERRORS = { INVALID_STATE: 'staff.proposals.errors.gone', NOT_FOUND: 'staff.proposals.errors.gone' };

/**
 * « Autres moments proposés »: the organisation's pending requests whose employee proposed
 * another time, to accept (the request moves there, confirmed) or decline (the request is
 * declined). Shows nothing while there is none.
 */
@Component({
  selector: 'app-proposals-panel',
  imports: [InlineErrorMessage, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (proposals().length > 0) {
      <section class="proposals" aria-labelledby="proposals-title">
        <h2 id="proposals-title">{{ 'staff.proposals.title' | transloco }}</h2>
        <app-inline-error-message [error]="error()" />
        <ul>
          @for (proposal of proposals(); track proposal.occurrenceId) {
            @let title = proposal.title ?? proposal.staffName;
            <li class="proposal">
              <div class="what">
                <strong>{{ title }}</strong> · {{ proposal.staffName }}
              </div>
              <div class="when">
                {{ 'staff.proposals.requested' | transloco: { range: range(proposal.start, proposal.end, proposal.timeZone) } }}
              </div>
              <div class="when proposed">
                {{
                  'staff.proposals.proposed'
                    | transloco: { range: range(proposal.proposedStart, proposal.proposedEnd, proposal.timeZone) }
                }}
              </div>
              <div class="actions">
                <button
                  mat-flat-button
                  type="button"
                  [disabled]="answering() !== null"
                  [attr.aria-label]="'staff.proposals.acceptLabel' | transloco: { title: title }"
                  (click)="accept(proposal)"
                >
                  {{ 'staff.proposals.accept' | transloco }}
                </button>
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="answering() !== null"
                  [attr.aria-label]="'staff.proposals.declineLabel' | transloco: { title: title }"
                  (click)="decline(proposal)"
                >
                  {{ 'staff.proposals.decline' | transloco }}
                </button>
              </div>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.75rem;
    }
    .proposals {
      margin-bottom: 2rem;
    }
    ul {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .proposal {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.25rem 1rem;
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
    }
    .when {
      grid-column: 1;
      color: var(--mat-sys-on-surface-variant);
    }
    .proposed {
      color: var(--mat-sys-primary);
    }
    .actions {
      grid-column: 2;
      grid-row: 1 / span 3;
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
  `,
})
export class ProposalsPanel {
  private readonly api = inject(StaffBookingsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly format = inject(LocaleFormat);
  private readonly clock = inject(Clock);

  readonly organisationId = input.required<string>();
  /** The pooled employees: only requests to them count, named after them. */
  readonly staff = input.required<readonly StaffView[]>();
  /** After an answer: the hour bank changes. */
  readonly answered = output<void>();

  protected readonly proposals = signal<readonly ProposalToAnswer[]>([]);
  protected readonly answering = signal<string | null>(null);
  protected readonly error = signal<InlineError | null>(null);
  private loads = 0;

  constructor() {
    effect(() => {
      const organisationId = this.organisationId();
      const staff = this.staff();
      untracked(() => void this.load(organisationId, staff));
    });
  }

  /** « 5 mars 2026, 09 h 00 – 12 h 00 » within a day, both dates otherwise, in the employee's zone. */
  protected range(start: string, end: string, timeZone: string): string {
    const sameDay = localDateOf(start, timeZone) === localDateOf(end, timeZone);
    const last = sameDay ? this.format.formatTime(end, timeZone) : this.format.formatDateTime(end, timeZone);
    return `${this.format.formatDateTime(start, timeZone)} – ${last}`;
  }

  protected async accept(proposal: ProposalToAnswer): Promise<void> {
    await this.answer(proposal, async () => {
      await firstValueFrom(this.api.acceptProposal(proposal.seriesId, proposal.occurrenceId));
      this.notice.show('staff.proposals.accepted', { title: proposal.title ?? proposal.staffName });
    });
  }

  protected async decline(proposal: ProposalToAnswer): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'staff.proposals.declineTitle',
      messageKey: 'staff.proposals.declineMessage',
      confirmKey: 'staff.proposals.decline',
      params: { title: proposal.title ?? proposal.staffName, name: proposal.staffName },
    });
    if (!confirmed) return;
    await this.answer(proposal, async () => {
      await firstValueFrom(this.api.declineProposal(proposal.seriesId, proposal.occurrenceId));
      this.notice.show('staff.proposals.declined', { title: proposal.title ?? proposal.staffName });
    });
  }

  private async answer(proposal: ProposalToAnswer, action: () => Promise<void>): Promise<void> {
    if (this.answering()) return;
    this.answering.set(proposal.occurrenceId);
    this.error.set(null);
    try {
      await action();
      this.proposals.update((list) => list.filter((each) => each.occurrenceId !== proposal.occurrenceId));
      this.answered.emit();
    } catch (error) {
      // A conflict since the proposal, or the time has passed: the API's message says which.
      this.error.set(inlineErrorOf(error, ANSWER_ERRORS));
    } finally {
      this.answering.set(null);
    }
  }

  private async load(organisationId: string, staff: readonly StaffView[]): Promise<void> {
    const load = ++this.loads;
    const from = this.clock.nowMs();
    const window = { from: new Date(from).toISOString(), to: new Date(from + WINDOW_DAYS * DAY_MS).toISOString() };
    try {
      const occurrences = await firstValueFrom(this.api.ofOrganisation(organisationId, window));
      if (load === this.loads) this.proposals.set(proposalsOf(occurrences, staff));
    } catch {
      if (load === this.loads) this.proposals.set([]);
    }
  }
}
