import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { CalendarOccurrence, ResourceView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../core/feedback/notice';
import { LocaleFormat } from '../../core/locale/locale-format';
import { DECLINE_REASON } from '../../shared/reason-dialog/decline-reason';
import { askReason } from '../../shared/reason-dialog/reason-dialog';
import { bookingProblemOf, type BookingProblem } from './booking-problem';
import { BookingProblemMessage } from './booking-problem-message';
import { BookingsApi } from './bookings-api';
import { pendingApprovalsOf, type PendingApproval } from './pending-approvals';
import { ResourcesApi } from './resources-api';

/** « Approbations » (coordinators): the bookings awaiting approval, approved or declined with a reason. */
@Component({
  selector: 'app-approvals-page',
  imports: [BookingProblemMessage, MatButtonModule, MatProgressBarModule, MatTableModule, TranslocoPipe],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './approvals-page.html',
  styleUrl: './bookings-page.scss',
})
export class ApprovalsPage {
  private readonly api = inject(BookingsApi);
  private readonly resourcesApi = inject(ResourcesApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly transloco = inject(TranslocoService);
  protected readonly format = inject(LocaleFormat);

  protected readonly columns = ['when', 'room', 'organisation', 'title', 'pending', 'actions'];
  private readonly pending = signal<CalendarOccurrence[]>([]);
  private readonly resources = signal<ResourceView[]>([]);
  protected readonly approvals = computed(() => pendingApprovalsOf(this.pending()));
  protected readonly loading = signal(true);
  protected readonly busy = signal<string | null>(null);
  protected readonly problem = signal<BookingProblem | null>(null);
  private readonly resourcesById = computed(() => new Map(this.resources().map((resource) => [resource.id, resource])));

  constructor() {
    void this.load();
    void this.loadResources();
  }

  protected resourceName(approval: PendingApproval): string {
    return this.resourcesById().get(approval.first.resourceId)?.name ?? '';
  }

  protected when(approval: PendingApproval): string {
    const timeZone = this.resourcesById().get(approval.first.resourceId)?.timeZone;
    const { start, end } = approval.first;
    return `${this.format.formatDateTime(start, timeZone)} – ${this.format.formatTime(end, timeZone)}`;
  }

  protected titleOf(approval: PendingApproval): string {
    return approval.first.title ?? this.transloco.translate('bookings.private');
  }

  protected organisationOf(approval: PendingApproval): string {
    return approval.first.organisationName ?? '';
  }

  protected async approve(approval: PendingApproval): Promise<void> {
    await this.decide(approval, async () => {
      await firstValueFrom(this.api.approve(approval.seriesId));
      this.notice.show('bookings.approvals.approved', { title: this.titleOf(approval) });
    });
  }

  protected async decline(approval: PendingApproval): Promise<void> {
    const reason = await askReason(this.dialog, {
      ...DECLINE_REASON,
      titleParams: { title: this.titleOf(approval), organisationName: this.organisationOf(approval) },
    });
    if (!reason) return;
    await this.decide(approval, async () => {
      await firstValueFrom(this.api.decline(approval.seriesId, { reason }));
      this.notice.show('bookings.approvals.declined', { title: this.titleOf(approval) });
    });
  }

  /** Runs a decision; the request leaves the list once decided. */
  private async decide(approval: PendingApproval, decision: () => Promise<void>): Promise<void> {
    this.busy.set(approval.seriesId);
    this.problem.set(null);
    try {
      await decision();
      this.pending.update((pending) => pending.filter((occurrence) => occurrence.seriesId !== approval.seriesId));
    } catch (error) {
      this.problem.set(bookingProblemOf(error));
    } finally {
      this.busy.set(null);
    }
  }

  private async load(): Promise<void> {
    try {
      this.pending.set(await firstValueFrom(this.api.approvals()));
    } catch (error) {
      this.problem.set(bookingProblemOf(error));
    } finally {
      this.loading.set(false);
    }
  }

  private async loadResources(): Promise<void> {
    try {
      // Pooled staff's requests can wait for a coordinator too: name every kind of resource.
      this.resources.set(await firstValueFrom(this.resourcesApi.resources()));
    } catch {
      // The snack bar said why; resources show without names.
    }
  }
}
