import type { HomeCounts } from '@mutualis/contracts';

export type HomeTodoKind = keyof HomeCounts;

/** A count on « Accueil »: what it is, how many, where it is handled, and which navigation entry holds that page. */
export interface HomeTodo {
  readonly kind: HomeTodoKind;
  readonly count: number;
  readonly link: string;
  readonly navPath: string;
}

/** In the order people act on them: decisions others wait for first, housekeeping last. */
const ORDER: readonly HomeTodoKind[] = [
  'approvalsWaiting',
  'hourRequestsWaiting',
  'timesheetsToConfirm',
  'disputes',
  'timesheetsToSubmit',
  'invitationsPending',
  'periodsToClose',
];

/**
 * The to-dos with something waiting, each linked to its page. Disputes are answered by the
 * employee on « Mon horaire », and reviewed by admins and coordinators in « Feuilles de temps ».
 */
export function homeTodosOf(counts: HomeCounts, roles: { reviewsTimesheets: boolean }): HomeTodo[] {
  const links: Record<HomeTodoKind, string> = {
    approvalsWaiting: '/bookings/approvals',
    hourRequestsWaiting: '/staff/my-schedule',
    timesheetsToSubmit: '/staff/my-schedule',
    timesheetsToConfirm: '/staff/timesheets',
    disputes: roles.reviewsTimesheets ? '/staff/timesheets' : '/staff/my-schedule',
    invitationsPending: '/admin/organisations',
    periodsToClose: '/reports',
  };
  return ORDER.filter((kind) => counts[kind] > 0).map((kind) => ({
    kind,
    count: counts[kind],
    link: links[kind],
    navPath: `/${links[kind].split('/')[1]}`,
  }));
}

/** The badge of each navigation entry: the sum of the to-dos handled in its section. */
export function navBadgesOf(todos: readonly HomeTodo[]): ReadonlyMap<string, number> {
  const badges = new Map<string, number>();
  for (const todo of todos) badges.set(todo.navPath, (badges.get(todo.navPath) ?? 0) + todo.count);
  return badges;
}

/** The CLDR plural category of a count (French: 0 and 1 are "one"), for keys ending in `.one` / `.other`. */
export function pluralCategory(count: number, locale: string): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
