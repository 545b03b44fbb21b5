import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AgreementView, OrganisationView, StaffView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../../core/feedback/notice';
import { AppLanguage } from '../../../core/i18n/app-language';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { confirmAction } from '../../../shared/confirm-dialog/confirm-dialog';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { AgreementsApi } from '../agreements-api';
import { HoursPipe } from '../hours.pipe';
import { addDays, dateAsInstant, localDateOf } from '../staff-time';
import { openAgreementDialog } from './agreement-dialog';
import { fixedShareTotalOn } from './fixed-shares';
import { Clock } from '../../../core/clock/clock';

/**
 * The agreements between organisations and one employee: hours per period, dates, over-quota
 * and rollover policies, fixed shares, and the sum of the fixed shares in force today (which
 * should reach 100 % when the cost is shared by fixed shares).
 */
@Component({
  selector: 'app-agreements-panel',
  imports: [HoursPipe, InlineErrorMessage, MatButtonModule, MatProgressBarModule, MatTableModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agreements-panel.html',
  styleUrl: './staff-admin.scss',
})
export class AgreementsPanel {
  private readonly api = inject(AgreementsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly format = inject(LocaleFormat);
  private readonly clock = inject(Clock);
  protected readonly lang = inject(AppLanguage).lang;

  readonly staff = input.required<StaffView>();
  /** The organisations of the employee's network. */
  readonly organisations = input.required<readonly OrganisationView[]>();

  protected readonly columns = ['organisation', 'hours', 'dates', 'overQuota', 'rollover', 'fixedShare', 'actions'];
  protected readonly agreements = signal<AgreementView[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly today = computed(() => localDateOf(this.clock.nowMs(), this.staff().timeZone));
  protected readonly shares = computed(() => fixedShareTotalOn(this.agreements(), this.today()));

  constructor() {
    // A saved employee is a new object with the same id: its agreements stay as they are.
    const staffId = computed(() => this.staff().id);
    effect(() => {
      const id = staffId();
      untracked(() => void this.load(id));
    });
  }

  protected async add(): Promise<void> {
    const saved = await openAgreementDialog(this.dialog, {
      staff: this.staff(),
      agreement: null,
      organisations: this.organisations(),
      startsOn: this.today(),
    });
    if (!saved) return;
    this.agreements.update((list) => sortAgreements([...list, saved]));
    this.notice.show('staff.admin.agreements.created', { organisation: saved.organisationName });
  }

  protected async edit(agreement: AgreementView): Promise<void> {
    const saved = await openAgreementDialog(this.dialog, {
      staff: this.staff(),
      agreement,
      organisations: this.organisations(),
      startsOn: agreement.startsOn,
    });
    if (!saved) return;
    this.agreements.update((list) => sortAgreements(list.map((each) => (each.id === saved.id ? saved : each))));
    this.notice.show('staff.admin.agreements.saved', { organisation: saved.organisationName });
  }

  protected async remove(agreement: AgreementView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'staff.admin.agreements.deleteTitle',
      messageKey: 'staff.admin.agreements.deleteMessage',
      confirmKey: 'staff.admin.agreements.delete',
      params: { organisation: agreement.organisationName },
    });
    if (!confirmed) return;
    this.error.set(null);
    try {
      await firstValueFrom(this.api.delete(agreement.id));
      this.agreements.update((list) => list.filter((each) => each.id !== agreement.id));
      this.notice.show('staff.admin.agreements.deleted', { organisation: agreement.organisationName });
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    }
  }

  /** « 1 mars 2026 – 31 déc. 2026 », or « depuis le 1 mars 2026 » without an end; `endsOn` is the day after the last. */
  protected dates(agreement: AgreementView): { key: string; params: Record<string, string> } {
    const day = (date: string) => this.format.formatDate(dateAsInstant(date), 'UTC');
    return agreement.endsOn
      ? {
          key: 'staff.admin.agreements.between',
          params: { from: day(agreement.startsOn), to: day(addDays(agreement.endsOn, -1)) },
        }
      : { key: 'staff.admin.agreements.since', params: { from: day(agreement.startsOn) } };
  }

  protected percent(value: number): string {
    return new Intl.NumberFormat(this.format.locale(), { maximumFractionDigits: 2 }).format(value);
  }

  private async load(staffId: string): Promise<void> {
    this.loading.set(true);
    try {
      this.agreements.set(sortAgreements(await firstValueFrom(this.api.list({ resourceId: staffId }))));
    } catch {
      // The error snack bar explained it.
    } finally {
      this.loading.set(false);
    }
  }
}

function sortAgreements(list: AgreementView[]): AgreementView[] {
  return [...list].sort((a, b) => a.organisationName.localeCompare(b.organisationName) || a.startsOn.localeCompare(b.startsOn));
}
