/** One notification in the caller's inbox: its title is already in the caller's language. */
export interface NotificationItem {
  id: string;
  kind: string;
  createdAt: string;
  readAt: string | null;
  title: string;
  /** A path in the web app ('/bookings'), or null. */
  link: string | null;
}

export interface NotificationInbox {
  unreadCount: number;
  items: NotificationItem[];
}

/** `{ ids }` marks those read; `{ all: true }` marks everything read. */
export interface MarkNotificationsReadRequest {
  ids?: string[];
  all?: boolean;
}

/** A message that could not be delivered after every retry (« Envois en échec »). */
export interface FailedNotification {
  id: string;
  kind: string;
  title: string;
  createdAt: string;
  attempts: number;
  lastError: string | null;
  recipientName: string;
  recipientEmail: string;
}

/** What a person hears about, each with its own choice (account messages always go by e-mail). */
export const NOTIFICATION_CATEGORIES = [
  'bookings',
  'approvals',
  'timesheets',
  'reminder.booking-upcoming',
  'reminder.approvals-waiting',
  'reminder.timesheet-week',
  'reminder.timesheets-unconfirmed',
  'board',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** E-mail at once (the default), one e-mail a day at 07:00, in the app only, or (reminders) not at all. */
export type NotificationDelivery = 'immediate' | 'digest' | 'in_app' | 'off';

export interface NotificationPreferences {
  preferences: Array<{ category: NotificationCategory; delivery: NotificationDelivery }>;
}

export type CalendarFeedKind = 'me' | 'room' | 'staff' | 'organisation';

export interface CreateCalendarFeedRequest {
  kind: CalendarFeedKind;
  /** The room, the pooled employee (resource id) or the organisation; absent for 'me'. */
  targetId?: string;
}

/** A feed as listed: its secret address is shown once, at creation. */
export interface CalendarFeedView {
  id: string;
  kind: CalendarFeedKind;
  targetId: string | null;
  targetName: string | null;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CreatedCalendarFeed extends CalendarFeedView {
  /** https://…/ics/<token>.ics; subscribe with webcal:// in Outlook or Google Calendar. */
  url: string;
}
