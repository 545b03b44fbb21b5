import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { OrganisationView, StaffInvitation, StaffView } from '@mutualis/contracts';
import { firstValueFrom, map } from 'rxjs';
import { Session } from '../../../core/auth/session';
import { Notice } from '../../../core/feedback/notice';
import { AppLanguage } from '../../../core/i18n/app-language';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { CopyField } from '../../../shared/copy-field/copy-field';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { WeeklyHoursEditor } from '../../../shared/weekly-hours/weekly-hours-editor';
import { HoursPipe } from '../hours.pipe';
import { StaffApi } from '../staff-api';
import { AgreementsPanel } from './agreements-panel';
import { createStaffRequestOf, fillStaffForm, staffFormOf, updateStaffRequestOf, workingRangeGroupOf } from './staff-form';
import { weeklyMinutes, type WorkingRange, workingRangeAfter } from './working-hours';
import { LocaleDateTimeInput } from '../../../core/locale/locale-date-time-input';

const STAFF_ERRORS = {
  CONFLICT: 'staff.admin.errors.alreadyStaff',
  INVALID_TIME_ZONE: 'staff.admin.errors.timeZone',
} as const;

/**
 * Adds or edits a pooled employee: who they are, their carrier organisation and account, their
 * cost, caps and working hours (weeks A/B); then the agreements organisations have with them.
 */
@Component({
  selector: 'app-staff-edit-page',
  imports: [
    LocaleDateTimeInput,
    AgreementsPanel,
    CopyField,
    HoursPipe,
    InlineErrorMessage,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    WeeklyHoursEditor,
  ],
  providers: [provideTranslocoScope('staff')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './staff-edit-page.html',
  styleUrl: './staff-edit-page.scss',
})
export class StaffEditPage {
  private readonly api = inject(StaffApi);
  private readonly router = inject(Router);
  private readonly notice = inject(Notice);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly session = inject(Session);
  protected readonly lang = inject(AppLanguage).lang;

  /** From the route `/staff/admin/:staffId`; absent for `/staff/admin/new`. */
  readonly staffId = input<string | undefined>(undefined);

  protected readonly networks = computed(() => this.session.me()?.coordinatorOf ?? []);
  protected readonly form = staffFormOf(this.fb);
  protected readonly newRange = (previous: WorkingRange | undefined) => workingRangeGroupOf(this.fb, workingRangeAfter(previous));
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly alternating = computed(() => this.value().alternating);
  protected readonly weekA = computed(() => weeklyMinutes(this.value().workingDays, 'A', this.alternating()));
  protected readonly weekB = computed(() => weeklyMinutes(this.value().workingDays, 'B', this.alternating()));

  protected readonly staff = signal<StaffView | null>(null);
  private readonly allOrganisations = signal<readonly OrganisationView[]>([]);
  /** The organisations of the employee's network: carriers and parties to agreements. */
  protected readonly organisations = computed(() => {
    const networkId = this.value().networkId;
    return this.allOrganisations()
      .filter((organisation) => organisation.networkIds.includes(networkId))
      .sort((a, b) => a.name.localeCompare(b.name));
  });
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  private readonly origin = inject(DOCUMENT).location.origin;
  /**
   * The invitation the last save made: the account is linked only once its owner accepts it, so the
   * coordinator passes the link on (kept across the move from « new » to the employee's page).
   */
  protected readonly invitationLink = signal<{ email: string; url: string } | null>(
    this.linkOf(this.router.getCurrentNavigation()?.extras.state?.['invitation'] as StaffInvitation | undefined),
  );

  constructor() {
    effect(() => {
      const staffId = this.staffId();
      untracked(() => void this.load(staffId));
    });
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const existing = this.staff();
    this.saving.set(true);
    this.error.set(null);
    try {
      if (existing) {
        const { invitation, ...saved } = await firstValueFrom(this.api.update(existing.id, updateStaffRequestOf(value)));
        this.staff.set(saved);
        fillStaffForm(this.form, this.fb, saved, saved.networkId, this.lang());
        this.invitationLink.set(this.linkOf(invitation));
        this.notice.show('staff.admin.saved', { name: saved.name });
      } else {
        const { invitation, ...created } = await firstValueFrom(this.api.create(createStaffRequestOf(value)));
        this.notice.show('staff.admin.created', { name: created.name });
        this.invitationLink.set(this.linkOf(invitation));
        await this.router.navigate(['/staff/admin', created.id], { state: { invitation } });
      }
    } catch (error) {
      this.error.set(inlineErrorOf(error, STAFF_ERRORS));
    } finally {
      this.saving.set(false);
    }
  }

  private linkOf(invitation: StaffInvitation | undefined): { email: string; url: string } | null {
    return invitation ? { email: invitation.email, url: this.origin + invitation.acceptUrl } : null;
  }

  private async load(staffId: string | undefined): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [organisations, staff] = await Promise.all([
        firstValueFrom(this.api.organisations()),
        staffId ? firstValueFrom(this.api.get(staffId)) : Promise.resolve(null),
      ]);
      this.allOrganisations.set(organisations);
      this.staff.set(staff);
      const networks = this.networks();
      fillStaffForm(this.form, this.fb, staff, networks.length === 1 ? networks[0].networkId : '', this.lang());
    } catch {
      // The error snack bar explained it.
    } finally {
      this.loading.set(false);
    }
  }
}
