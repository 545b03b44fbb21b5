import { expandSeries } from './expand-series';

/**
 * The recurrence examples of RFC 5545 §3.8.5.3 within DAILY/WEEKLY/MONTHLY/YEARLY. They start
 * at 09:00 America/New_York; the expected lists are the RFC's, written as local wall clocks.
 */

interface RfcExample {
  title: string;
  start: string;
  rrule: string;
  exdates?: string[];
  /** Window end (local New York midnight) for rules that go on forever. */
  until?: string;
  expected: string[];
}

/** '1997-09', [2, 3] → ['1997-09-02T09:00', '1997-09-03T09:00'] */
function at9(yearMonth: string, days: number[]): string[] {
  return days.map((day) => `${yearMonth}-${String(day).padStart(2, '0')}T09:00`);
}

function daysFrom(first: number, last: number, step = 1): number[] {
  const days: number[] = [];
  for (let day = first; day <= last; day += step) days.push(day);
  return days;
}

function localStarts(example: RfcExample): string[] {
  const result = expandSeries({
    start: example.start,
    timeZone: 'America/New_York',
    durationMinutes: 60,
    rrule: example.rrule,
    exdates: example.exdates,
    window: { from: '1990-01-01T00:00:00Z', to: example.until ? `${example.until}T00:00:00-05:00` : '2030-01-01T00:00:00Z' },
  });
  return result.occurrences.map((occurrence) => occurrence.localStart);
}

const examples: RfcExample[] = [
  {
    title: 'Daily for 10 occurrences',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=DAILY;COUNT=10',
    expected: at9('1997-09', daysFrom(2, 11)),
  },
  {
    title: 'Daily until December 24, 1997',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=DAILY;UNTIL=19971224T000000Z',
    expected: [
      ...at9('1997-09', daysFrom(2, 30)),
      ...at9('1997-10', daysFrom(1, 31)),
      ...at9('1997-11', daysFrom(1, 30)),
      ...at9('1997-12', daysFrom(1, 23)),
    ],
  },
  {
    title: 'Every other day - forever',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=DAILY;INTERVAL=2',
    until: '1997-12-04',
    expected: [
      ...at9('1997-09', daysFrom(2, 30, 2)),
      ...at9('1997-10', daysFrom(2, 30, 2)),
      ...at9('1997-11', daysFrom(1, 29, 2)),
      ...at9('1997-12', [1, 3]),
    ],
  },
  {
    title: 'Every 10 days, 5 occurrences',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=DAILY;INTERVAL=10;COUNT=5',
    expected: [...at9('1997-09', [2, 12, 22]), ...at9('1997-10', [2, 12])],
  },
  {
    title: 'Every day in January, for 3 years (YEARLY with BYMONTH and BYDAY)',
    start: '1998-01-01T09:00',
    rrule: 'FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA',
    expected: [...at9('1998-01', daysFrom(1, 31)), ...at9('1999-01', daysFrom(1, 31)), ...at9('2000-01', daysFrom(1, 31))],
  },
  {
    title: 'Every day in January, for 3 years (DAILY with BYMONTH)',
    start: '1998-01-01T09:00',
    rrule: 'FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1',
    expected: [...at9('1998-01', daysFrom(1, 31)), ...at9('1999-01', daysFrom(1, 31)), ...at9('2000-01', daysFrom(1, 31))],
  },
  {
    title: 'Weekly for 10 occurrences',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=WEEKLY;COUNT=10',
    expected: [...at9('1997-09', [2, 9, 16, 23, 30]), ...at9('1997-10', [7, 14, 21, 28]), ...at9('1997-11', [4])],
  },
  {
    title: 'Weekly until December 24, 1997',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=WEEKLY;UNTIL=19971224T000000Z',
    expected: [
      ...at9('1997-09', [2, 9, 16, 23, 30]),
      ...at9('1997-10', [7, 14, 21, 28]),
      ...at9('1997-11', [4, 11, 18, 25]),
      ...at9('1997-12', [2, 9, 16, 23]),
    ],
  },
  {
    title: 'Every other week - forever',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;WKST=SU',
    until: '1998-02-18',
    expected: [
      ...at9('1997-09', [2, 16, 30]),
      ...at9('1997-10', [14, 28]),
      ...at9('1997-11', [11, 25]),
      ...at9('1997-12', [9, 23]),
      ...at9('1998-01', [6, 20]),
      ...at9('1998-02', [3, 17]),
    ],
  },
  {
    title: 'Weekly on Tuesday and Thursday for five weeks (with UNTIL)',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH',
    expected: [...at9('1997-09', [2, 4, 9, 11, 16, 18, 23, 25, 30]), ...at9('1997-10', [2])],
  },
  {
    title: 'Weekly on Tuesday and Thursday for five weeks (with COUNT)',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH',
    expected: [...at9('1997-09', [2, 4, 9, 11, 16, 18, 23, 25, 30]), ...at9('1997-10', [2])],
  },
  {
    title: 'Every other week on Monday, Wednesday, and Friday until December 24, 1997',
    start: '1997-09-01T09:00',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR',
    expected: [
      ...at9('1997-09', [1, 3, 5, 15, 17, 19, 29]),
      ...at9('1997-10', [1, 3, 13, 15, 17, 27, 29, 31]),
      ...at9('1997-11', [10, 12, 14, 24, 26, 28]),
      ...at9('1997-12', [8, 10, 12, 22]),
    ],
  },
  {
    title: 'Every other week on Tuesday and Thursday, for 8 occurrences',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH',
    expected: [...at9('1997-09', [2, 4, 16, 18, 30]), ...at9('1997-10', [2, 14, 16])],
  },
  {
    title: 'Monthly on the first Friday for 10 occurrences',
    start: '1997-09-05T09:00',
    rrule: 'FREQ=MONTHLY;COUNT=10;BYDAY=1FR',
    expected: [
      ...at9('1997-09', [5]),
      ...at9('1997-10', [3]),
      ...at9('1997-11', [7]),
      ...at9('1997-12', [5]),
      ...at9('1998-01', [2]),
      ...at9('1998-02', [6]),
      ...at9('1998-03', [6]),
      ...at9('1998-04', [3]),
      ...at9('1998-05', [1]),
      ...at9('1998-06', [5]),
    ],
  },
  {
    title: 'Monthly on the first and last Sunday of the month for 10 occurrences',
    start: '1997-09-07T09:00',
    rrule: 'FREQ=MONTHLY;COUNT=10;BYDAY=1SU,-1SU',
    expected: [
      ...at9('1997-09', [7, 28]),
      ...at9('1997-10', [5, 26]),
      ...at9('1997-11', [2, 30]),
      ...at9('1997-12', [7, 28]),
      ...at9('1998-01', [4, 25]),
    ],
  },
  {
    title: 'Every other month on the first and last Sunday of the month for 10 occurrences',
    start: '1997-09-07T09:00',
    rrule: 'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU',
    expected: [
      ...at9('1997-09', [7, 28]),
      ...at9('1997-11', [2, 30]),
      ...at9('1998-01', [4, 25]),
      ...at9('1998-03', [1, 29]),
      ...at9('1998-05', [3, 31]),
    ],
  },
  {
    title: 'Monthly on the second-to-last Monday of the month for 6 months',
    start: '1997-09-22T09:00',
    rrule: 'FREQ=MONTHLY;COUNT=6;BYDAY=-2MO',
    expected: [
      ...at9('1997-09', [22]),
      ...at9('1997-10', [20]),
      ...at9('1997-11', [17]),
      ...at9('1997-12', [22]),
      ...at9('1998-01', [19]),
      ...at9('1998-02', [16]),
    ],
  },
  {
    title: 'Monthly on the third-to-the-last day of the month, forever',
    start: '1997-09-28T09:00',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=-3',
    until: '1998-03-01',
    expected: [
      ...at9('1997-09', [28]),
      ...at9('1997-10', [29]),
      ...at9('1997-11', [28]),
      ...at9('1997-12', [29]),
      ...at9('1998-01', [29]),
      ...at9('1998-02', [26]),
    ],
  },
  {
    title: 'Monthly on the 2nd and 15th of the month for 10 occurrences',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15',
    expected: [
      ...at9('1997-09', [2, 15]),
      ...at9('1997-10', [2, 15]),
      ...at9('1997-11', [2, 15]),
      ...at9('1997-12', [2, 15]),
      ...at9('1998-01', [2, 15]),
    ],
  },
  {
    title: 'Monthly on the first and last day of the month for 10 occurrences',
    start: '1997-09-30T09:00',
    rrule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1',
    expected: [
      ...at9('1997-09', [30]),
      ...at9('1997-10', [1, 31]),
      ...at9('1997-11', [1, 30]),
      ...at9('1997-12', [1, 31]),
      ...at9('1998-01', [1, 31]),
      ...at9('1998-02', [1]),
    ],
  },
  {
    title: 'Every 18 months on the 10th thru 15th of the month for 10 occurrences',
    start: '1997-09-10T09:00',
    rrule: 'FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15',
    expected: [...at9('1997-09', daysFrom(10, 15)), ...at9('1999-03', daysFrom(10, 13))],
  },
  {
    title: 'Every Tuesday, every other month',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=TU',
    until: '1998-04-01',
    expected: [
      ...at9('1997-09', [2, 9, 16, 23, 30]),
      ...at9('1997-11', [4, 11, 18, 25]),
      ...at9('1998-01', [6, 13, 20, 27]),
      ...at9('1998-03', [3, 10, 17, 24, 31]),
    ],
  },
  {
    title: 'Yearly in June and July for 10 occurrences',
    start: '1997-06-10T09:00',
    rrule: 'FREQ=YEARLY;COUNT=10;BYMONTH=6,7',
    expected: ['1997', '1998', '1999', '2000', '2001'].flatMap((year) => [
      ...at9(`${year}-06`, [10]),
      ...at9(`${year}-07`, [10]),
    ]),
  },
  {
    title: 'Every other year on January, February, and March for 10 occurrences',
    start: '1997-03-10T09:00',
    rrule: 'FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3',
    expected: [
      ...at9('1997-03', [10]),
      ...['1999', '2001', '2003'].flatMap((year) => ['01', '02', '03'].flatMap((month) => at9(`${year}-${month}`, [10]))),
    ],
  },
  {
    title: 'Every third year on the 1st, 100th, and 200th day for 10 occurrences',
    start: '1997-01-01T09:00',
    rrule: 'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200',
    expected: [
      ...at9('1997-01', [1]),
      ...at9('1997-04', [10]),
      ...at9('1997-07', [19]),
      ...at9('2000-01', [1]),
      ...at9('2000-04', [9]),
      ...at9('2000-07', [18]),
      ...at9('2003-01', [1]),
      ...at9('2003-04', [10]),
      ...at9('2003-07', [19]),
      ...at9('2006-01', [1]),
    ],
  },
  {
    title: 'Every 20th Monday of the year, forever',
    start: '1997-05-19T09:00',
    rrule: 'FREQ=YEARLY;BYDAY=20MO',
    until: '2000-01-01',
    expected: [...at9('1997-05', [19]), ...at9('1998-05', [18]), ...at9('1999-05', [17])],
  },
  {
    title: 'Monday of week number 20 (where the default start of the week is Monday), forever',
    start: '1997-05-12T09:00',
    rrule: 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
    until: '2000-01-01',
    expected: [...at9('1997-05', [12]), ...at9('1998-05', [11]), ...at9('1999-05', [17])],
  },
  {
    title: 'Every Thursday in March, forever',
    start: '1997-03-13T09:00',
    rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=TH',
    until: '2000-01-01',
    expected: [...at9('1997-03', [13, 20, 27]), ...at9('1998-03', [5, 12, 19, 26]), ...at9('1999-03', [4, 11, 18, 25])],
  },
  {
    title: 'Every Thursday, but only during June, July, and August, forever',
    start: '1997-06-05T09:00',
    rrule: 'FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8',
    until: '2000-01-01',
    expected: [
      ...at9('1997-06', [5, 12, 19, 26]),
      ...at9('1997-07', [3, 10, 17, 24, 31]),
      ...at9('1997-08', [7, 14, 21, 28]),
      ...at9('1998-06', [4, 11, 18, 25]),
      ...at9('1998-07', [2, 9, 16, 23, 30]),
      ...at9('1998-08', [6, 13, 20, 27]),
      ...at9('1999-06', [3, 10, 17, 24]),
      ...at9('1999-07', [1, 8, 15, 22, 29]),
      ...at9('1999-08', [5, 12, 19, 26]),
    ],
  },
  {
    title: 'Every Friday the 13th, forever (with the EXDATE of the start)',
    start: '1997-09-02T09:00',
    rrule: 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
    exdates: ['1997-09-02T09:00'],
    until: '2001-01-01',
    expected: [
      ...at9('1998-02', [13]),
      ...at9('1998-03', [13]),
      ...at9('1998-11', [13]),
      ...at9('1999-08', [13]),
      ...at9('2000-10', [13]),
    ],
  },
  {
    title: 'The first Saturday that follows the first Sunday of the month, forever',
    start: '1997-09-13T09:00',
    rrule: 'FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13',
    until: '1998-06-14',
    expected: [
      ...at9('1997-09', [13]),
      ...at9('1997-10', [11]),
      ...at9('1997-11', [8]),
      ...at9('1997-12', [13]),
      ...at9('1998-01', [10]),
      ...at9('1998-02', [7]),
      ...at9('1998-03', [7]),
      ...at9('1998-04', [11]),
      ...at9('1998-05', [9]),
      ...at9('1998-06', [13]),
    ],
  },
  {
    title: 'Every 4 years, the first Tuesday after a Monday in November, forever (U.S. Presidential Election day)',
    start: '1996-11-05T09:00',
    rrule: 'FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8',
    until: '2005-01-01',
    expected: [...at9('1996-11', [5]), ...at9('2000-11', [7]), ...at9('2004-11', [2])],
  },
  {
    title: 'The third instance into the month of one of Tuesday, Wednesday, or Thursday, for the next 3 months',
    start: '1997-09-04T09:00',
    rrule: 'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3',
    expected: [...at9('1997-09', [4]), ...at9('1997-10', [7]), ...at9('1997-11', [6])],
  },
  {
    title: 'The second-to-last weekday of the month',
    start: '1997-09-29T09:00',
    rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
    until: '1998-04-01',
    expected: [
      ...at9('1997-09', [29]),
      ...at9('1997-10', [30]),
      ...at9('1997-11', [27]),
      ...at9('1997-12', [30]),
      ...at9('1998-01', [29]),
      ...at9('1998-02', [26]),
      ...at9('1998-03', [30]),
    ],
  },
  {
    title: 'An example where the days generated makes a difference because of WKST (WKST=MO)',
    start: '1997-08-05T09:00',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO',
    expected: at9('1997-08', [5, 10, 19, 24]),
  },
  {
    title: 'An example where the days generated makes a difference because of WKST (WKST=SU)',
    start: '1997-08-05T09:00',
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU',
    expected: at9('1997-08', [5, 17, 19, 31]),
  },
  {
    title: 'An example where an invalid date (i.e., February 30) is ignored',
    start: '2007-01-15T09:00',
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5',
    expected: [...at9('2007-01', [15, 30]), ...at9('2007-02', [15]), ...at9('2007-03', [15, 30])],
  },
];

describe('expandSeries on the RFC 5545 §3.8.5.3 examples', () => {
  it.each(examples.map((example) => [example.title, example] as const))('%s', (_title, example) => {
    expect(localStarts(example)).toEqual(example.expected);
  });

  it('keeps 09:00 New York time across the 1997 change from EDT to EST (October 26)', () => {
    const result = expandSeries({
      start: '1997-09-02T09:00',
      timeZone: 'America/New_York',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;UNTIL=19971224T000000Z',
      window: { from: '1997-01-01T00:00:00Z', to: '1998-01-01T00:00:00Z' },
    });
    const starts = result.occurrences.map((occurrence) => occurrence.start);
    expect(starts).toContain('1997-10-21T09:00:00-04:00');
    expect(starts).toContain('1997-10-28T09:00:00-05:00');
    expect(starts.every((start) => start.slice(11, 19) === '09:00:00')).toBe(true);
  });

  it('includes the last occurrence when UNTIL falls exactly on it', () => {
    const example = examples.find((candidate) => candidate.title.startsWith('Every day in January'))!;
    expect(localStarts(example).at(-1)).toBe('2000-01-31T09:00');
  });
});
