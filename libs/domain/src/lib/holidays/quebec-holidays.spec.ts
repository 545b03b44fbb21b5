import { quebecHolidayOn, quebecHolidays } from './quebec-holidays';

describe('quebecHolidays', () => {
  it('lists the eight Quebec statutory holidays of 2025 in date order', () => {
    expect(quebecHolidays(2025).map(({ date, name }) => [date, name])).toEqual([
      ['2025-01-01', "Jour de l'An"],
      ['2025-04-18', 'Vendredi saint'],
      ['2025-05-19', 'Journée nationale des patriotes'],
      ['2025-06-24', 'Fête nationale du Québec'],
      ['2025-07-01', 'Fête du Canada'],
      ['2025-09-01', 'Fête du Travail'],
      ['2025-10-13', 'Action de grâce'],
      ['2025-12-25', 'Noël'],
    ]);
  });

  it('puts the 2026 holidays on their dates (Patriotes on May 18, the Monday before Monday May 25)', () => {
    expect(quebecHolidays(2026).map((holiday) => holiday.date)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-05-18',
      '2026-06-24',
      '2026-07-01',
      '2026-09-07',
      '2026-10-12',
      '2026-12-25',
    ]);
  });

  it('puts the 2027 holidays on their dates (Good Friday in March)', () => {
    expect(quebecHolidays(2027).map((holiday) => holiday.date)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-05-24',
      '2027-06-24',
      '2027-07-01',
      '2027-09-06',
      '2027-10-11',
      '2027-12-25',
    ]);
  });

  it('moves Canada Day to July 2 when July 1 is a Sunday', () => {
    expect(quebecHolidays(2029).find((holiday) => holiday.name === 'Fête du Canada')?.date).toBe('2029-07-02');
    expect(quebecHolidays(2018).find((holiday) => holiday.name === 'Fête du Canada')?.date).toBe('2018-07-02');
  });

  it('does not list the National Day for Truth and Reconciliation, which is federal only', () => {
    expect(quebecHolidays(2026).map((holiday) => holiday.date)).not.toContain('2026-09-30');
  });

  it('gives English names for the English UI', () => {
    expect(quebecHolidays(2026).map((holiday) => holiday.nameEn)).toContain('Labour Day');
  });

  it('refuses a year that is not a Gregorian year', () => {
    expect(() => quebecHolidays(2026.5)).toThrow(RangeError);
  });
});

describe('quebecHolidayOn', () => {
  it('names the holiday of a date', () => {
    expect(quebecHolidayOn('2026-06-24')).toEqual({
      date: '2026-06-24',
      name: 'Fête nationale du Québec',
      nameEn: "Quebec's National Holiday",
    });
  });

  it('returns undefined on an ordinary day', () => {
    expect(quebecHolidayOn('2026-06-23')).toBeUndefined();
  });

  it('refuses a malformed date', () => {
    expect(() => quebecHolidayOn('24/06/2026')).toThrow(RangeError);
  });
});
