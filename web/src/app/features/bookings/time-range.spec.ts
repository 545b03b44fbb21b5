import { FormControl } from '@angular/forms';
import { wellFormedDate } from './time-range';

describe('wellFormedDate', () => {
  const errorsOf = (value: string) => wellFormedDate(new FormControl(value, { nonNullable: true }));

  it('accepts a complete date, and leaves an empty one to `required`', () => {
    expect(errorsOf('2026-12-11')).toBeNull();
    expect(errorsOf('')).toBeNull();
  });

  it('refuses what a native field typed in the wrong order holds: a six-digit year', () => {
    expect(errorsOf('61211-02-02')).toEqual({ dateInvalid: true });
    expect(errorsOf('2026-12')).toEqual({ dateInvalid: true });
  });

  it('refuses a day the month does not have', () => {
    expect(errorsOf('2026-02-30')).toEqual({ dateInvalid: true });
    expect(errorsOf('2028-02-29')).toBeNull();
  });
});
