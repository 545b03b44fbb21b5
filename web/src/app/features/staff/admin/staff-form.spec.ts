import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { aStaff } from '../staff-testing';
import { createStaffRequestOf, fillStaffForm, staffFormOf, updateStaffRequestOf } from './staff-form';

describe('staff form', () => {
  let fb: NonNullableFormBuilder;

  beforeEach(() => (fb = TestBed.inject(NonNullableFormBuilder)));

  it('shows the hourly cost in dollars and the caps in hours, in the language’s format', () => {
    const form = staffFormOf(fb);
    fillStaffForm(form, fb, aStaff({ hourlyCostCents: 4550, maxMinutesPerDay: 450, maxMinutesPerWeek: 2100 }), '', 'fr');
    expect(form.getRawValue()).toMatchObject({ hourlyCost: '45,50', maxHoursPerDay: '7,5', maxHoursPerWeek: '35' });

    fillStaffForm(form, fb, aStaff({ hourlyCostCents: 4550, maxMinutesPerDay: 400 }), '', 'en');
    expect(form.getRawValue()).toMatchObject({ hourlyCost: '45.50', maxHoursPerDay: '6 h 40' });
  });

  it('sends cents and minutes, and leaves out what was left empty', () => {
    const form = staffFormOf(fb);
    fillStaffForm(form, fb, null, 'network-1', 'fr');
    form.patchValue({ name: '  Julie Comptable ', hourlyCost: '1 234,5', maxHoursPerDay: '7 h 30', maxHoursPerWeek: '' });

    expect(createStaffRequestOf(form.getRawValue())).toEqual({
      networkId: 'network-1',
      name: 'Julie Comptable',
      jobTitle: '',
      timeZone: 'America/Toronto',
      hourlyCostCents: 123450,
      maxMinutesPerDay: 450,
      holidaysOff: true,
      workingHours: [],
    });
  });

  it('refuses amounts and hours that are not, and caps beyond a day or a week', () => {
    const form = staffFormOf(fb);
    fillStaffForm(form, fb, null, 'network-1', 'fr');
    form.patchValue({ name: 'Julie', hourlyCost: '45,505', maxHoursPerDay: '25', maxHoursPerWeek: '169' });
    expect(form.controls.hourlyCost.hasError('dollars')).toBe(true);
    expect(form.controls.maxHoursPerDay.hasError('hours')).toBe(true);
    expect(form.controls.maxHoursPerWeek.hasError('hours')).toBe(true);

    form.patchValue({ hourlyCost: '45,50', maxHoursPerDay: '24', maxHoursPerWeek: '168' });
    expect(form.valid).toBe(true);
  });

  it('needs a Monday as the anchor of week A only when weeks alternate, and keeps A/B ranges then', () => {
    const form = staffFormOf(fb);
    const alternating = aStaff({
      alternatingWeeksAnchor: '2026-03-02',
      workingHours: [
        { week: 'A', weekday: 1, start: '09:00', end: '12:00' },
        { week: 'B', weekday: 1, start: '10:00', end: '13:00' },
      ],
    });
    fillStaffForm(form, fb, alternating, '', 'fr');
    expect(form.controls.alternating.value).toBe(true);
    expect(form.valid).toBe(true);
    expect(updateStaffRequestOf(form.getRawValue())).toMatchObject({
      alternatingWeeksAnchor: '2026-03-02',
      workingHours: [
        { week: 'A', weekday: 1, start: '09:00', end: '12:00' },
        { week: 'B', weekday: 1, start: '10:00', end: '13:00' },
      ],
      active: true,
    });

    form.controls.alternatingWeeksAnchor.setValue('2026-03-04');
    expect(form.controls.alternatingWeeksAnchor.hasError('notMonday')).toBe(true);

    // Without alternation the two ranges become weekly, and overlap.
    form.controls.alternating.setValue(false);
    expect(form.controls.alternatingWeeksAnchor.valid).toBe(true);
    expect(form.controls.workingDays.at(0).errors).toEqual({ hours: 'overlap' });
  });
});
