import { hoursToMinutes, minutesToHoursField } from './hours-format';

describe('hoursToMinutes', () => {
  it('reads decimal hours with a comma or a dot, exactly', () => {
    expect(hoursToMinutes('7')).toBe(420);
    expect(hoursToMinutes('7,5')).toBe(450);
    expect(hoursToMinutes('7.25')).toBe(435);
    expect(hoursToMinutes(' 35 ')).toBe(2100);
  });

  it('reads hours and minutes as people write them', () => {
    expect(hoursToMinutes('7 h 30')).toBe(450);
    expect(hoursToMinutes('7h30')).toBe(450);
    expect(hoursToMinutes('7:30')).toBe(450);
    expect(hoursToMinutes('6 h 40 min')).toBe(400);
    expect(hoursToMinutes('8 h')).toBe(480);
  });

  it('refuses what is not a whole number of minutes or not a duration', () => {
    expect(hoursToMinutes('0,01')).toBeNull();
    expect(hoursToMinutes('7 h 75')).toBeNull();
    expect(hoursToMinutes('-2')).toBeNull();
    expect(hoursToMinutes('sept')).toBeNull();
    expect(hoursToMinutes('')).toBeNull();
  });
});

describe('minutesToHoursField', () => {
  it('shows minutes in a form the field reads back exactly', () => {
    expect(minutesToHoursField(420, 'fr')).toBe('7');
    expect(minutesToHoursField(450, 'fr')).toBe('7,5');
    expect(minutesToHoursField(435, 'en')).toBe('7.25');
    expect(minutesToHoursField(400, 'fr')).toBe('6 h 40');
    expect(minutesToHoursField(null, 'fr')).toBe('');
    for (const minutes of [1, 45, 400, 435, 450, 2100, 10080]) {
      expect(hoursToMinutes(minutesToHoursField(minutes, 'fr'))).toBe(minutes);
      expect(hoursToMinutes(minutesToHoursField(minutes, 'en'))).toBe(minutes);
    }
  });
});
