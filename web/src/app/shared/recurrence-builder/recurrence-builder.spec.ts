import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { inputLabelled, settle, textOf, typeInto } from '../../../testing/dom-testing';
import { AppLanguage } from '../../core/i18n/app-language';
import { RecurrenceBuilder } from './recurrence-builder';
import { NO_RECURRENCE, type RecurrenceValue } from './recurrence-pattern';
import { recurrenceTranslocoTesting } from './recurrence-transloco-testing';

@Component({
  imports: [RecurrenceBuilder, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-recurrence-builder
    [formControl]="recurrence"
    [start]="start()"
    timeZone="America/Toronto"
    [durationMinutes]="60"
  />`,
})
class Host {
  readonly recurrence = new FormControl<RecurrenceValue>(NO_RECURRENCE, { nonNullable: true });
  readonly start = signal('2026-06-17T10:00');
}

describe('RecurrenceBuilder', () => {
  let fixture: ComponentFixture<Host>;
  let host: Host;
  let root: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [Host, recurrenceTranslocoTesting()],
    });
    fixture = TestBed.createComponent(Host);
    host = fixture.componentInstance;
    root = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  });

  async function chooseRepeat(option: string): Promise<void> {
    const select = root.querySelector<HTMLElement>('mat-select')!;
    select.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await settle(fixture);
    const choice = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((each) => textOf(each) === option);
    if (!choice) throw new Error(`No option « ${option} »`);
    choice.click();
    await settle(fixture);
  }

  async function clickLabel(text: string): Promise<void> {
    const label = Array.from(root.querySelectorAll<HTMLElement>('label')).find((each) => textOf(each) === text);
    if (!label) throw new Error(`No label « ${text} »`);
    label.click();
    await settle(fixture);
  }

  function previewLines(): string[] {
    return Array.from(root.querySelectorAll('app-recurrence-preview li')).map((line) => textOf(line));
  }

  it('starts as a one-off showing its single occurrence', () => {
    expect(textOf(root.querySelector('.summary'))).toBe('Résumé : Ne se répète pas');
    expect(previewLines()).toEqual(['mer. 17 juin 2026, 10 h – 11 h']);
    expect(host.recurrence.value).toEqual(NO_RECURRENCE);
  });

  it('names the monthly choices after the start date', async () => {
    await chooseRepeat('Tous les mois le 3e mercredi');

    expect(host.recurrence.value).toEqual({ rrule: 'FREQ=MONTHLY;BYDAY=3WE', skipHolidays: false });
    expect(textOf(root.querySelector('mat-select'))).toBe('Tous les mois le 3e mercredi');

    host.start.set('2026-06-15T10:00');
    await settle(fixture);

    expect(host.recurrence.value).toEqual({ rrule: 'FREQ=MONTHLY;BYDAY=3MO', skipHolidays: false });
  });

  it('builds a weekly rule with a count, skips Quebec holidays and shows them named in the preview', async () => {
    await chooseRepeat('Toutes les semaines le…');
    await clickLabel('Après');
    typeInto(inputLabelled(root, 'Nombre d’occurrences'), '4');
    await settle(fixture);
    await clickLabel('Sauter les jours fériés du Québec');

    expect(host.recurrence.value).toEqual({ rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=4', skipHolidays: true });
    expect(textOf(root.querySelector('.summary'))).toBe(
      'Résumé : Toutes les semaines le mercredi, 4 fois, sauf les jours fériés du Québec',
    );
    expect(previewLines()).toEqual([
      'mer. 17 juin 2026, 10 h – 11 h',
      'mer. 24 juin 2026, 10 h Sautée : Fête nationale du Québec',
      'mer. 1er juill. 2026, 10 h Sautée : Fête du Canada',
      'mer. 8 juill. 2026, 10 h – 11 h',
    ]);
    expect(root.querySelectorAll('app-recurrence-preview li.skipped s')).toHaveLength(2);
  });

  it('starts a weekly rule on the start’s weekday, adds weekdays with the chips and says “…and more”', async () => {
    await chooseRepeat('Toutes les semaines le…');
    expect(host.recurrence.value.rrule).toBe('FREQ=WEEKLY;BYDAY=WE');

    const friday = Array.from(root.querySelectorAll<HTMLElement>('mat-chip-option')).find((chip) => textOf(chip) === 'ven.')!;
    friday.querySelector<HTMLElement>('button')!.click();
    await settle(fixture);

    expect(host.recurrence.value.rrule).toBe('FREQ=WEEKLY;BYDAY=WE,FR');
    expect(textOf(root.querySelector('.summary'))).toBe('Résumé : Toutes les semaines le mercredi et le vendredi');
    expect(previewLines()).toHaveLength(10);
    expect(previewLines().slice(0, 2)).toEqual(['mer. 17 juin 2026, 10 h – 11 h', 'ven. 19 juin 2026, 10 h – 11 h']);
    expect(textOf(root.querySelector('.more'))).toBe('… et d’autres');
  });

  it('builds a custom rule every 2 weeks', async () => {
    await chooseRepeat('Personnalisé…');
    typeInto(inputLabelled(root, 'Répéter tous les'), '2');
    await settle(fixture);

    expect(host.recurrence.value.rrule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE');
    expect(textOf(root.querySelector('.summary'))).toBe('Résumé : Toutes les 2 semaines le mercredi');
  });

  it('shows an existing rule again, and an invalid one as an alert naming the part at fault', async () => {
    host.recurrence.setValue({ rrule: 'FREQ=WEEKLY;BYDAY=XX', skipHolidays: false });
    await settle(fixture);

    expect(textOf(root.querySelector('[role="alert"]'))).toBe('La règle de récurrence est invalide : jours de la semaine.');
    expect(host.recurrence.hasError('recurrence')).toBe(true);

    host.recurrence.setValue({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10', skipHolidays: false });
    await settle(fixture);

    expect(textOf(root.querySelector('.summary'))).toBe('Résumé : Toutes les 2 semaines le mardi et le jeudi, 10 fois');
    expect(host.recurrence.valid).toBe(true);
  });

  it('refuses an end date before the start', async () => {
    await chooseRepeat('Tous les jours');
    await clickLabel('Le');
    typeInto(inputLabelled(root, 'Date de fin'), '2026-06-01');
    await settle(fixture);

    expect(host.recurrence.invalid).toBe(true);
    expect(textOf(root.querySelector('mat-error'))).toBe('La date de fin doit suivre la date de début.');
  });

  it('speaks English when the user chose English', async () => {
    await TestBed.inject(AppLanguage).use('en');
    host.recurrence.setValue({ rrule: 'FREQ=MONTHLY;BYDAY=3WE;UNTIL=20270630', skipHolidays: false });
    await settle(fixture);

    expect(textOf(root.querySelector('.summary'))).toBe('Summary: Every month on the 3rd Wednesday, until June 30, 2027');
    expect(textOf(root.querySelector('mat-label'))).toBe('Repeat');
  });
});
