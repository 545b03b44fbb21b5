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
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** E-mail at once (the default), one e-mail a day at 07:00, in the app only, or (reminders) not at all. */
export type NotificationDelivery = 'immediate' | 'digest' | 'in_app' | 'off';

export interface NotificationPreferences {
  preferences: Array<{ category: NotificationCategory; delivery: NotificationDelivery }>;
}
