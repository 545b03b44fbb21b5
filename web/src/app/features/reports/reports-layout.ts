import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { provideTranslocoScope } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';
import { SectionLayout } from '../../shared/section-layout/section-layout';
import { reportsTabsOf } from './reports-sections';

/** « Rapports » and its sections as tabs, according to who is signed in. */
@Component({
  selector: 'app-reports-layout',
  imports: [SectionLayout],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-section-layout titleKey="reports.title" navLabelKey="reports.tabs.label" [tabs]="tabs()" />`,
})
export class ReportsLayout {
  private readonly session = inject(Session);
  protected readonly tabs = computed(() => reportsTabsOf(this.session));
}
