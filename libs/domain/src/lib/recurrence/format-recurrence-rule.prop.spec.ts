import fc from 'fast-check';
import { formatRecurrenceRule, simpleRule } from './format-recurrence-rule';
import { parseRecurrenceRule } from './parse-recurrence-rule';
import { RecurrenceError } from './recurrence-error';
import { WEEKDAY_CODES, type ParsedRule } from './recurrence-rule';

const weekday = fc.constantFrom(...WEEKDAY_CODES);
const signed = (max: number) => fc.integer({ min: -max, max }).filter((n) => n !== 0);
const list = (item: fc.Arbitrary<number | string>) =>
  fc.uniqueArray(item, { minLength: 1, maxLength: 4 }).map((xs) => xs.join(','));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const date = fc.record({
  y: fc.integer({ min: 2000, max: 2040 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
});
const until = fc.oneof(
  date.map(({ y, m, d }) => `${y}${pad(m)}${pad(d)}`),
  fc
    .tuple(date, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.boolean())
    .map(([{ y, m, d }, h, min, s, utc]) => `${y}${pad(m)}${pad(d)}T${pad(h)}${pad(min)}${pad(s)}${utc ? 'Z' : ''}`),
);

/** RRULE texts made of every part the parser knows; many are refused, the rest are the rules under test. */
const ruleText = fc
  .record(
    {
      INTERVAL: fc.integer({ min: 1, max: 12 }).map(String),
      COUNT: fc.integer({ min: 1, max: 500 }).map(String),
      UNTIL: until,
      BYDAY: list(fc.tuple(fc.option(signed(5), { nil: undefined }), weekday).map(([n, w]) => `${n ?? ''}${w}`)),
      BYMONTHDAY: list(signed(31)),
      BYMONTH: list(fc.integer({ min: 1, max: 12 })),
      BYYEARDAY: list(signed(366)),
      BYWEEKNO: list(signed(53)),
      BYSETPOS: list(signed(10)),
      WKST: weekday,
    },
    { requiredKeys: [] },
  )
  .chain((parts) =>
    fc
      .constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY')
      .map((freq) => [`FREQ=${freq}`, ...Object.entries(parts).map(([name, value]) => `${name}=${value}`)].join(';')),
  );

function parsedOrNull(text: string): ParsedRule | null {
  try {
    return parseRecurrenceRule(text);
  } catch (error) {
    if (error instanceof RecurrenceError) return null;
    throw error;
  }
}

describe('formatRecurrenceRule', () => {
  it('writes a rule that parses back to the same rule', () => {
    fc.assert(
      fc.property(ruleText, (text) => {
        const rule = parsedOrNull(text);
        fc.pre(rule !== null);
        expect(parseRecurrenceRule(formatRecurrenceRule(rule!))).toEqual(rule);
      }),
      { numRuns: 200 },
    );
  });

  it('writes the same text for a rule it wrote', () => {
    fc.assert(
      fc.property(ruleText, (text) => {
        const rule = parsedOrNull(text);
        fc.pre(rule !== null);
        const written = formatRecurrenceRule(rule!);
        expect(formatRecurrenceRule(parseRecurrenceRule(written))).toBe(written);
      }),
      { numRuns: 100 },
    );
  });

  it('leaves out the defaults and ends with COUNT or UNTIL', () => {
    expect(formatRecurrenceRule({ ...simpleRule('WEEKLY'), byDay: [{ weekday: 'TU' }, { weekday: 'TH' }], count: 10 })).toBe(
      'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10',
    );
    expect(formatRecurrenceRule(parseRecurrenceRule('RRULE:FREQ=MONTHLY;INTERVAL=1;WKST=MO;UNTIL=20270101;BYDAY=2TU'))).toBe(
      'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270101',
    );
    expect(formatRecurrenceRule(parseRecurrenceRule('FREQ=DAILY;UNTIL=20261231T045959Z'))).toBe(
      'FREQ=DAILY;UNTIL=20261231T045959Z',
    );
  });
});
