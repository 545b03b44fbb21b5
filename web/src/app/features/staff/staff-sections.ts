import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Session } from '../../core/auth/session';
import type { SectionTab } from '../../shared/section-layout/section-layout';

export type StaffSection = 'my-schedule' | 'request' | 'admin' | 'timesheets';

export interface StaffTab extends SectionTab {
  readonly section: StaffSection;
}

const TABS: readonly StaffTab[] = [
  { section: 'my-schedule', path: '/staff/my-schedule', labelKey: 'staff.tabs.mySchedule' },
  { section: 'request', path: '/staff/request', labelKey: 'staff.tabs.request' },
  { section: 'admin', path: '/staff/admin', labelKey: 'staff.tabs.admin' },
  { section: 'timesheets', path: '/staff/timesheets', labelKey: 'staff.tabs.timesheets' },
];

/**
 * The sections of « Personnel partagé » a person sees: their own schedule when they are a pooled
 * employee, requesting hours when they belong to an organisation, administration for coordinators,
 * and the timesheets sent to review for organisation admins (confirm, dispute) and coordinators (lock).
 */
export function staffSectionsOf(session: Session): StaffSection[] {
  const sections: StaffSection[] = [];
  if (session.me()?.staffResourceId) sections.push('my-schedule');
  if (session.memberships().length > 0) sections.push('request');
  if (session.isCoordinator()) sections.push('admin');
  if (session.canAdminister()) sections.push('timesheets');
  return sections;
}

export function staffTabsOf(session: Session): StaffTab[] {
  const sections = staffSectionsOf(session);
  return TABS.filter((tab) => sections.includes(tab.section));
}

/** `/staff` opens the employee's schedule, else the request page, else administration (timesheets come last). */
export function defaultStaffPath(session: Session): string {
  return `/staff/${staffSectionsOf(session)[0] ?? 'request'}`;
}

/** « Mon horaire » is for pooled employees; anyone else goes to their default section. */
export const employeeGuard: CanActivateFn = () => {
  const session = inject(Session);
  return !!session.me()?.staffResourceId || inject(Router).parseUrl(defaultStaffPath(session));
};
