import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { provideTranslocoScope } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';
import { SectionLayout, type SectionTab } from '../../shared/section-layout/section-layout';

// `/bookings` itself must not stay active on `/bookings/approvals`.
const MINE: SectionTab = { path: '/bookings', labelKey: 'bookings.tabs.mine', exact: true };
const APPROVALS: SectionTab = { path: '/bookings/approvals', labelKey: 'bookings.tabs.approvals' };

/** « Réservations »: « Mes réservations » and, for coordinators, « Approbations », as tabs. */
@Component({
  selector: 'app-bookings-layout',
  imports: [SectionLayout],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-section-layout titleKey="bookings.title" navLabelKey="bookings.page.sections" [tabs]="tabs()" />`,
})
export class BookingsLayout {
  private readonly session = inject(Session);
  protected readonly tabs = computed(() => (this.session.isCoordinator() ? [MINE, APPROVALS] : [MINE]));
}
