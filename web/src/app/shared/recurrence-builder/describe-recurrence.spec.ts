import { RecurrenceError } from '@mutualis/domain';
import { describeRecurrence } from './describe-recurrence';

describe('describeRecurrence', () => {
  describe('in French', () => {
    it.each([
      [null, 'Ne se répète pas'],
      ['FREQ=DAILY', 'Tous les jours'],
      ['FREQ=DAILY;INTERVAL=3', 'Tous les 3 jours'],
      ['FREQ=WEEKLY;BYDAY=WE', 'Toutes les semaines le mercredi'],
      ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10', 'Toutes les 2 semaines le mardi et le jeudi, 10 fois'],
      ['FREQ=WEEKLY;BYDAY=MO,WE,FR', 'Toutes les semaines le lundi, le mercredi et le vendredi'],
      ['FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630', "Tous les mois le 2e mardi, jusqu'au 30 juin 2027"],
      ['FREQ=MONTHLY;BYDAY=1MO', 'Tous les mois le 1er lundi'],
      ['FREQ=MONTHLY;BYDAY=-1FR', 'Tous les mois le dernier vendredi'],
      ['FREQ=MONTHLY;BYMONTHDAY=15', 'Tous les mois le 15'],
      ['FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1;UNTIL=20270701', "Tous les 2 mois le 1er, jusqu'au 1er juillet 2027"],
      ['FREQ=YEARLY', 'Tous les ans'],
      ['FREQ=DAILY;COUNT=1', 'Tous les jours, 1 fois'],
    ])('describes %s as « %s »', (rrule, summary) => {
      expect(describeRecurrence(rrule, 'fr')).toBe(summary);
    });

    it('flags the parts a sentence cannot say', () => {
      expect(describeRecurrence('FREQ=YEARLY;BYMONTH=6;BYDAY=1MO', 'fr')).toBe('Tous les ans le 1er lundi (règle personnalisée)');
    });
  });

  describe('in English', () => {
    it.each([
      [null, 'Does not repeat'],
      ['FREQ=DAILY', 'Every day'],
      ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10', 'Every 2 weeks on Tuesday and Thursday, 10 times'],
      ['FREQ=WEEKLY;BYDAY=MO,WE,FR', 'Every week on Monday, Wednesday and Friday'],
      ['FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630', 'Every month on the 2nd Tuesday, until June 30, 2027'],
      ['FREQ=MONTHLY;BYDAY=-1FR', 'Every month on the last Friday'],
      ['FREQ=MONTHLY;BYMONTHDAY=22', 'Every month on the 22nd'],
      ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=11', 'Every 3 months on the 11th'],
      ['FREQ=DAILY;COUNT=1', 'Every day, once'],
    ])('describes %s as “%s”', (rrule, summary) => {
      expect(describeRecurrence(rrule, 'en')).toBe(summary);
    });
  });

  it('refuses an invalid rule with the domain’s error, naming the part', () => {
    expect(() => describeRecurrence('FREQ=WEEKLY;BYDAY=XX', 'fr')).toThrow(RecurrenceError);
    try {
      describeRecurrence('FREQ=WEEKLY;BYDAY=XX', 'fr');
    } catch (error) {
      expect((error as RecurrenceError).details?.['part']).toBe('BYDAY');
    }
  });
});
