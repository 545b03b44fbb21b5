import { baseCalendarOptions, dayHeaderOf } from './calendar-options';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');
type Formatter = (arg: object) => string;

describe('calendar options', () => {
  it('opens a week on a laptop and the list (agenda) on a phone, with toolbars that fit', () => {
    expect(baseCalendarOptions('fr', 'America/Toronto', null).initialView).toBe('timeGridWeek');
    const phone = baseCalendarOptions('fr', 'America/Toronto', null, true);
    expect(phone.initialView).toBe('listWeek');
    expect(phone.headerToolbar).toEqual({ left: 'prev,next', center: '', right: 'today' });
  });

  it('writes the hours with the app’s one time formatter, in each language', () => {
    const french = baseCalendarOptions('fr', 'America/Toronto', null);
    const english = baseCalendarOptions('en', 'America/Toronto', null);
    const slot = { date: { hour: 6, minute: 0 } };
    const range = { start: { hour: 9, minute: 30 }, end: { hour: 13, minute: 0 } };

    expect(plain((french.slotLabelFormat as Formatter)(slot))).toBe('6 h');
    expect(plain((french.eventTimeFormat as Formatter)(range))).toBe('9 h 30 – 13 h');
    expect(plain((english.eventTimeFormat as Formatter)(range))).toBe('9:30 a.m. – 1:00 p.m.');
  });

  it('names each day by its weekday and date, « 1er » for the first', () => {
    expect(plain(dayHeaderOf(new Date(Date.UTC(2026, 11, 1)), 'fr-CA'))).toBe('mar. 1er déc.');
    expect(plain(dayHeaderOf(new Date(Date.UTC(2026, 10, 30)), 'fr-CA'))).toBe('lun. 30 nov.');
    expect(dayHeaderOf(new Date(Date.UTC(2026, 10, 30)), 'en-CA')).toBe('Mon, Nov 30');
  });
});
