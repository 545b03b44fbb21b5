import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { translocoTesting } from '../../../testing/transloco-testing';
import { AppLanguage } from '../i18n/app-language';
import { LocaleDateTimeInput } from './locale-date-time-input';

@Component({
  imports: [ReactiveFormsModule, LocaleDateTimeInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <input class="date" type="date" formControlName="date" />
      <input class="time" type="time" formControlName="time" />
    </form>
  `,
})
class BookingTimes {
  readonly form = inject(NonNullableFormBuilder).group({ date: '2026-12-07', time: '13:30' });
}

describe('LocaleDateTimeInput', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [BookingTimes, translocoTesting()] });
  });

  async function render() {
    const fixture = TestBed.createComponent(BookingTimes);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    return {
      fixture,
      date: root.querySelector<HTMLInputElement>('.date')!,
      time: root.querySelector<HTMLInputElement>('.time')!,
    };
  }

  function type(field: HTMLInputElement, text: string): void {
    field.value = text;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
  }

  it('shows the form’s date and time in French, whatever the browser, and switches with the language', async () => {
    const { fixture, date, time } = await render();
    expect(date.type).toBe('text');
    expect(date.value).toBe('2026-12-07');
    expect(time.value).toBe('13 h 30');
    expect(time.placeholder).toBe('hh h mm');

    await TestBed.inject(AppLanguage).use('en');
    await fixture.whenStable();
    expect(time.value).toBe('1:30 p.m.');
    expect(date.placeholder).toBe('yyyy-mm-dd');
    expect(fixture.componentInstance.form.getRawValue()).toEqual({ date: '2026-12-07', time: '13:30' });
  });

  it('gives the form what was typed, in the form’s shape, and writes it back the app’s way', async () => {
    const { fixture, time } = await render();
    type(time, '930');
    expect(fixture.componentInstance.form.controls.time.value).toBe('09:30');
    expect(time.value).toBe('9 h 30');

    await TestBed.inject(AppLanguage).use('en');
    await fixture.whenStable();
    type(time, '2:15 pm');
    expect(fixture.componentInstance.form.controls.time.value).toBe('14:15');
    expect(time.value).toBe('2:15 p.m.');
  });

  it('keeps what cannot be read as typed, and the control invalid until it can', async () => {
    const { fixture, date } = await render();
    type(date, '12/07/2026');
    const control = fixture.componentInstance.form.controls.date;
    expect(date.value).toBe('12/07/2026');
    expect(control.errors).toEqual({ fieldFormat: { pattern: 'aaaa-mm-jj' } });

    type(date, '2026-12-08');
    expect(control.valid).toBe(true);
    expect(control.value).toBe('2026-12-08');
  });
});
