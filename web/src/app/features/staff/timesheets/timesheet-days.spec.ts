import { timesheetDayLabel } from './timesheet-days';

describe('timesheetDayLabel', () => {
  it('names a day of the employee’s week in French and in English, whatever the browser’s zone', () => {
    expect(timesheetDayLabel('2026-03-03', 'fr-CA')).toBe('mardi 3 mars');
    expect(timesheetDayLabel('2026-03-03', 'fr-CA', 'short')).toBe('mar. 3');
    expect(timesheetDayLabel('2026-03-03', 'en-CA')).toBe('Tuesday, March 3');
    expect(timesheetDayLabel('2026-03-08', 'fr-CA')).toBe('dimanche 8 mars');
  });
});
