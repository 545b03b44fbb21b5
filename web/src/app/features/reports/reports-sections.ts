import { inject } from '@angular/core';
import { CanMatchFn } from '@angular/router';
import { Session } from '../../core/auth/session';
import type { SectionTab } from '../../shared/section-layout/section-layout';

/**
 * The sections of « Rapports »: coordinators get the allocation report and the cost pools, plus
 * « Ce que nous devons » when they also belong to an organisation; members get only the latter,
 * at `/reports` itself.
 */
export function reportsTabsOf(session: Session): SectionTab[] {
  // `/reports` itself must not stay active on `/reports/pools`.
  if (!session.isCoordinator()) return [{ path: '/reports', labelKey: 'reports.tabs.mine', exact: true }];
  const tabs: SectionTab[] = [{ path: '/reports', labelKey: 'reports.tabs.allocation', exact: true }];
  if (session.memberships().length > 0) tabs.push({ path: '/reports/mine', labelKey: 'reports.tabs.mine' });
  tabs.push({ path: '/reports/pools', labelKey: 'reports.tabs.pools' });
  return tabs;
}

/** `/reports` is the allocation report for coordinators, « Ce que nous devons » for everyone else. */
export const coordinatorMatch: CanMatchFn = () => inject(Session).isCoordinator();
