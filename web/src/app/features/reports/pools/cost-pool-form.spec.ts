import { HttpErrorResponse } from '@angular/common/http';
import { FormBuilder } from '@angular/forms';
import type { AppLang } from '../../../core/i18n/app-language';
import { aCostPool } from '../reports-testing';
import {
  costPoolFormOf,
  costPoolFormValueOf,
  createCostPoolRequestOf,
  fieldErrorsOf,
  revalidate,
  showFieldErrors,
  updateCostPoolRequestOf,
} from './cost-pool-form';

function aForm(lang: AppLang = 'fr', patch: Record<string, unknown> = {}) {
  const form = costPoolFormOf(new FormBuilder().nonNullable, () => lang);
  form.setValue(costPoolFormValueOf(null, '2026-11', lang));
  form.patchValue({ name: 'Loyer', amount: '5 200', ...patch });
  revalidate(form);
  return form;
}

const errorNames = (form: ReturnType<typeof aForm>) =>
  Object.fromEntries(
    Object.entries(form.controls)
      .filter(([, control]) => control.errors)
      .map(([name, control]) => [name, Object.keys(control.errors ?? {})]),
  );

describe('cost pool form', () => {
  it('creates a monthly pool in one step, amounts in integer cents', () => {
    const form = aForm('fr', {
      carrierOrganisationId: 'org-carrier',
      resourceIds: ['staff-1'],
      amount: '5 200,50',
      minCharge: '100',
      cap: '2 500',
    });

    expect(form.valid).toBe(true);
    expect(createCostPoolRequestOf(form.getRawValue(), 'network-1', 'fr')).toEqual({
      networkId: 'network-1',
      name: 'Loyer',
      description: '',
      carrierOrganisationId: 'org-carrier',
      resourceIds: ['staff-1'],
      siteId: null,
      key: { kind: 'usage_share', fallback: 'equal_split', minChargeCents: 10000, capCents: 250000 },
      recurring: { fromMonth: '2026-11', months: 12, amountCents: 520050 },
    });
  });

  it('sends one amount for a stretch of days, the last day typed becoming the exclusive end', () => {
    const form = aForm('en', { amountMode: 'single', from: '2026-04-01', lastDay: '2027-03-31', amount: '$62,400.00' });

    expect(form.valid).toBe(true);
    expect(createCostPoolRequestOf(form.getRawValue(), 'network-1', 'en').amounts).toEqual([
      { from: '2026-04-01', to: '2027-04-01', amountCents: 6240000 },
    ]);
  });

  it('requires hybrid parts adding up to 100 %, each a whole percent from 1 to 99', () => {
    const form = aForm('fr', {
      keyKind: 'hybrid',
      parts: [
        { key: 'equal_split', percent: '30' },
        { key: 'usage_share', percent: '60' },
      ],
    });
    expect(form.controls.parts.errors).toEqual({ sum: { sum: 90 } });

    form.controls.parts.at(1).patchValue({ percent: '100' });
    revalidate(form);
    expect(form.controls.parts.at(1).controls.percent.errors).toEqual({ percent: true });

    form.controls.parts.at(1).patchValue({ percent: '70' });
    revalidate(form);
    expect(form.valid).toBe(true);
    expect(createCostPoolRequestOf(form.getRawValue(), 'network-1', 'fr').key).toEqual({
      kind: 'hybrid',
      parts: [
        { key: 'equal_split', percent: 30 },
        { key: 'usage_share', percent: 70 },
      ],
      fallback: 'equal_split',
      minChargeCents: null,
      capCents: null,
    });
  });

  it('ignores the hybrid parts of other keys', () => {
    const form = aForm('fr', {
      keyKind: 'equal_split',
      parts: [
        { key: 'equal_split', percent: '30' },
        { key: 'usage_share', percent: '60' },
      ],
    });

    expect(form.valid).toBe(true);
    expect(createCostPoolRequestOf(form.getRawValue(), 'network-1', 'fr').key).not.toHaveProperty('parts');
  });

  it('asks no amount of an hourly-rate pool (hours × rate), and sends none', () => {
    const form = aForm('fr', { keyKind: 'hourly_rate', amount: '' });

    expect(form.valid).toBe(true);
    expect(createCostPoolRequestOf(form.getRawValue(), 'network-1', 'fr').recurring).toEqual({
      fromMonth: '2026-11',
      months: 12,
      amountCents: null,
    });
  });

  it('says what is missing or wrong before anything is sent', () => {
    const form = aForm('fr', {
      name: '   ',
      amount: '12,345',
      months: '61',
      fromMonth: '',
      coverage: 'site',
      minCharge: '500',
      cap: '100',
    });

    expect(errorNames(form)).toEqual({
      name: ['pattern'],
      siteId: ['required'],
      cap: ['belowMinimum'],
      amount: ['dollars'],
      fromMonth: ['required'],
      months: ['months'],
    });

    form.patchValue({ amountMode: 'single', from: '2026-05-01', lastDay: '2026-04-30' });
    revalidate(form);
    expect(errorNames(form)['lastDay']).toEqual(['beforeStart']);
    expect(errorNames(form)['months']).toBeUndefined();
  });

  it('covers a whole site instead of resources when asked', () => {
    const form = aForm('fr', { coverage: 'site', siteId: 'site-1', resourceIds: ['room-1'] });

    const request = createCostPoolRequestOf(form.getRawValue(), 'network-1', 'fr');
    expect([request.siteId, request.resourceIds]).toEqual(['site-1', []]);
  });

  it('fills the form with an existing pool and changes it without adding amounts', () => {
    const pool = aCostPool({
      carrierOrganisationId: null,
      key: {
        kind: 'hybrid',
        parts: [
          { key: 'fixed_share', percent: 40 },
          { key: 'usage_share', percent: 60 },
        ],
        fallback: 'floor_area',
        capCents: 99950,
      },
    });
    const form = costPoolFormOf(new FormBuilder().nonNullable, () => 'fr');
    form.setValue(costPoolFormValueOf(pool, '2026-11', 'fr'));
    revalidate(form);

    const value = form.getRawValue();
    expect([value.amountMode, value.cap, value.amount, value.fromMonth]).toEqual(['none', '999,50', '5200,00', '2026-03']);
    expect(form.valid).toBe(true);
    expect(updateCostPoolRequestOf(value, 'fr')).toEqual({
      name: 'Loyer',
      description: 'Loyer et services de la maison communautaire',
      carrierOrganisationId: null,
      resourceIds: ['room-1'],
      siteId: null,
      key: {
        kind: 'hybrid',
        parts: [
          { key: 'fixed_share', percent: 40 },
          { key: 'usage_share', percent: 60 },
        ],
        fallback: 'floor_area',
        minChargeCents: null,
        capCents: 99950,
      },
    });
  });

  it('puts the API’s validation messages on their fields', () => {
    const form = aForm();
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Invalid fields: name, key.capCents, recurring.months, color.',
        details: {
          fields: [
            { field: 'name', messages: ['name must be shorter than or equal to 200 characters'] },
            { field: 'key.capCents', messages: ['capCents must not be less than 0'] },
            { field: 'recurring.months', messages: ['months must not be greater than 60'] },
            { field: 'color', messages: ['property color should not exist'] },
          ],
        },
      },
    });

    expect(showFieldErrors(form, fieldErrorsOf(error))).toBe(3);
    expect(form.controls.name.errors).toEqual({ api: 'name must be shorter than or equal to 200 characters' });
    expect(form.controls.cap.errors).toEqual({ api: 'capCents must not be less than 0' });
    expect(form.controls.months.touched).toBe(true);

    form.controls.name.setValue('Loyer 2027');
    expect(form.controls.name.errors).toBeNull();
  });

  it('reads field errors sent as a bare list too', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Invalid.',
        details: [{ field: 'key.parts', messages: ['parts must sum to 100'] }],
      },
    });

    expect(fieldErrorsOf(error)).toEqual([{ field: 'key.parts', messages: ['parts must sum to 100'] }]);
  });
  it('adds one stretch of days to an existing pool by sending the amounts it has with the new one', () => {
    const pool = aCostPool({ amounts: [{ id: 'a1', from: '2026-11-01', to: '2026-12-01', amountCents: 100 }] });
    const form = costPoolFormOf(new FormBuilder().nonNullable, () => 'fr');
    form.setValue({
      ...costPoolFormValueOf(pool, '2026-11', 'fr'),
      amountMode: 'single',
      from: '2026-12-01',
      lastDay: '2026-12-31',
      amount: '12,50',
    });
    expect(updateCostPoolRequestOf(form.getRawValue(), 'fr', pool.amounts).amounts).toEqual([
      { from: '2026-11-01', to: '2026-12-01', amountCents: 100 },
      { from: '2026-12-01', to: '2027-01-01', amountCents: 1250 },
    ]);
  });
});
