import { renderCalendar, vtimezone } from './icalendar';

const ICAL: typeof import('ical.js').default = require('ical.js');

describe('iCalendar rendering', () => {
  it("describes Montréal's zone with its yearly DST rules", () => {
    const lines = vtimezone('America/Toronto', 2026);
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:DAYLIGHT',
        'DTSTART:19700308T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
        'TZOFFSETFROM:-0500',
        'TZOFFSETTO:-0400',
        'BEGIN:STANDARD',
        'DTSTART:19701101T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      ]),
    );
  });

  it('keeps a weekly 09:00 at 09:00 across the DST change, as a calendar expands it', () => {
    const text = renderCalendar({
      method: 'REQUEST',
      stampMs: Date.UTC(2026, 10, 16),
      events: [
        {
          uid: 's@mutualis',
          sequence: 0,
          summary: 'Atelier, « Café » ; suivi',
          start: '2027-03-02T09:00',
          end: '2027-03-02T10:00',
          timeZone: 'America/Toronto',
          rrule: 'FREQ=WEEKLY;COUNT=4',
          exdates: ['2027-03-09T09:00'],
          status: 'CONFIRMED',
        },
      ],
    });
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    // The zone of the document itself (not ical.js's), registered before the events are read.
    const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone')!);
    ICAL.TimezoneService.register(zone, 'America/Toronto');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Atelier, « Café » ; suivi');
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (!event.component.getAllProperties('exdate').some((p) => String(p.getFirstValue()) === next!.toString())) {
        starts.push(next.toJSDate().toISOString());
      }
    }
    ICAL.TimezoneService.remove('America/Toronto');
    // 09:00 EST is 14:00Z; from March 14, 09:00 EDT is 13:00Z.
    expect(starts).toEqual(['2027-03-02T14:00:00.000Z', '2027-03-16T13:00:00.000Z', '2027-03-23T13:00:00.000Z']);
  });
});
