import { formatHours } from './format-hours';

describe('formatHours', () => {
  it('says whole hours as « 12 h » in both languages', () => {
    expect(formatHours(720, 'fr')).toBe('12 h');
    expect(formatHours(720, 'en')).toBe('12 h');
    expect(formatHours(0, 'fr')).toBe('0 h');
  });

  it('says hours and minutes as « 7 h 30 » in French and "7 h 30 min" in English', () => {
    expect(formatHours(450, 'fr')).toBe('7 h 30');
    expect(formatHours(425, 'fr')).toBe('7 h 05');
    expect(formatHours(450, 'en')).toBe('7 h 30 min');
    expect(formatHours(425, 'en')).toBe('7 h 5 min');
  });

  it('says less than an hour in minutes', () => {
    expect(formatHours(45, 'fr')).toBe('45 min');
    expect(formatHours(45, 'en')).toBe('45 min');
  });

  it('keeps the sign of an overrun', () => {
    expect(formatHours(-150, 'fr')).toBe('-2 h 30');
    expect(formatHours(-30, 'en')).toBe('-30 min');
  });
});
