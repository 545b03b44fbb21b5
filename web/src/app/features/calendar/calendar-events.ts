import type { EventInput } from '@fullcalendar/core';
import type { CalendarOccurrence } from '@mutualis/contracts';
import { organisationColour } from './organisation-colour';

/** Words an event shows, in the active language: « Réservé », « En attente ». */
export interface CalendarEventLabels {
  readonly booked: string;
  readonly pending: string;
}

/** What the calendar keeps on each event to open its details. */
export interface BookingEventProps {
  readonly occurrence: CalendarOccurrence;
}

/**
 * One occurrence as a FullCalendar event, saying what, where and for whom: « Atelier · Salle
 * Bouleau · Maison des jeunes » (the room, or the pooled employee, then the organisation when the
 * network shows it). Titled « Réservé » when it is another organisation's
 * private booking, coloured by organisation, the user's own with a thick border (`booking--mine`),
 * pending ones lighter and striped (`booking--pending`) with « En attente » in their title. Only
 * the person's changeable bookings still to come can be dragged (`editable`).
 */
export function toCalendarEvent(
  occurrence: CalendarOccurrence,
  labels: CalendarEventLabels,
  resourceName = '',
  /** Bookings starting after this instant, that the person may change, can be dragged and resized. */
  movableAfterMs = Number.POSITIVE_INFINITY,
): EventInput {
  const colour = organisationColour(occurrence.organisationId);
  const pending = occurrence.status === 'pending';
  const title = [occurrence.title ?? labels.booked, resourceName, occurrence.organisationName]
    .filter((part) => !!part)
    .join(' · ');
  const props: BookingEventProps = { occurrence };
  return {
    id: occurrence.id,
    groupId: occurrence.seriesId,
    title: pending ? `${title} · ${labels.pending}` : title,
    start: occurrence.start,
    end: occurrence.end,
    backgroundColor: pending ? colour.pending : colour.background,
    borderColor: occurrence.isMine ? colour.border : colour.background,
    textColor: pending ? '#000000' : colour.text,
    classNames: [
      'booking',
      occurrence.isMine ? 'booking--mine' : 'booking--other',
      pending ? 'booking--pending' : 'booking--confirmed',
      ...(occurrence.title === null ? ['booking--private'] : []),
    ],
    editable: occurrence.canEdit && Date.parse(occurrence.start) > movableAfterMs,
    extendedProps: props,
  };
}
