import { anAgreement } from '../staff-testing';
import { agreementFormValueOf, agreementTermsOf, createAgreementRequestOf, percentField, percentOf } from './agreement-form';

describe('agreement form', () => {
  it('shows an agreement in hours, with its last day rather than the API’s exclusive end', () => {
    const value = agreementFormValueOf(
      anAgreement({
        minutesPerPeriod: 450,
        endsOn: '2027-01-01',
        rollover: 'next',
        rolloverCapMinutes: 120,
        fixedSharePercent: 33.5,
      }),
      '2026-03-04',
      'fr',
    );

    expect(value).toMatchObject({
      hoursPerPeriod: '7,5',
      startsOn: '2026-01-01',
      lastDay: '2026-12-31',
      rolloverCapHours: '2',
      fixedSharePercent: '33,5',
    });
  });

  it('sends minutes, the exclusive end and nulls for the terms left empty', () => {
    const value = {
      ...agreementFormValueOf(null, '2026-03-04', 'fr'),
      organisationId: 'org-2',
      hoursPerPeriod: '12',
      periodUnit: 'week' as const,
      lastDay: '2026-06-30',
      overQuota: 'warn' as const,
      rollover: 'next' as const,
      rolloverCapHours: '3,5',
      fixedSharePercent: '25',
    };

    expect(createAgreementRequestOf(value, 'staff-1')).toEqual({
      organisationId: 'org-2',
      resourceId: 'staff-1',
      minutesPerPeriod: 720,
      periodUnit: 'week',
      startsOn: '2026-03-04',
      endsOn: '2026-07-01',
      overQuota: 'warn',
      rollover: 'next',
      rolloverCapMinutes: 210,
      fixedSharePercent: 25,
    });
    expect(
      agreementTermsOf({ ...value, hoursPerPeriod: '', lastDay: '', rollover: 'none', fixedSharePercent: '' }),
    ).toMatchObject({
      minutesPerPeriod: null,
      endsOn: null,
      rolloverCapMinutes: null,
      fixedSharePercent: null,
    });
  });

  it('reads percentages from 0 to 100 with two decimals at most', () => {
    expect(percentOf('33,33')).toBe(33.33);
    expect(percentOf('25 %')).toBe(25);
    expect(percentOf('100')).toBe(100);
    expect(percentOf('100,01')).toBeNull();
    expect(percentOf('12,345')).toBeNull();
    expect(percentField(33.33, 'en')).toBe('33.33');
    expect(percentField(null, 'fr')).toBe('');
  });
});
