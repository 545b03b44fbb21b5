import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { provideTranslocoScope } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';
import { SectionLayout } from '../../shared/section-layout/section-layout';
import { staffTabsOf } from './staff-sections';

/** « Personnel partagé » and its sections as tabs, according to who is signed in. */
@Component({
  selector: 'app-staff-layout',
  imports: [SectionLayout],
  providers: [provideTranslocoScope('staff')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-section-layout titleKey="staff.title" navLabelKey="staff.tabs.label" [tabs]="tabs()" />`,
})
export class StaffLayout {
  private readonly session = inject(Session);
  protected readonly tabs = computed(() => staffTabsOf(this.session));
}
