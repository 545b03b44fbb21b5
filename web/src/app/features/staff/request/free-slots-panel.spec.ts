import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { settle as settleFixture, textOf } from '../../../../testing/dom-testing';
import { aStaff, NOW, staffTranslocoTesting } from '../staff-testing';
import { FreeSlotsPanel } from './free-slots-panel';
import type { QuotaWindow } from './hour-bank';
import { provideFixedClock } from '../../../../testing/clock-testing';

describe('FreeSlotsPanel', () => {
  let fixture: ComponentFixture<FreeSlotsPanel>;
  let backend: HttpTestingController;
  const settle = () => settleFixture(fixture);

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [FreeSlotsPanel, staffTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideFixedClock(NOW)],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FreeSlotsPanel);
    fixture.componentRef.setInput('staff', aStaff());
  });

  afterEach(() => backend.verify());

  async function show(quota: readonly QuotaWindow[] | null): Promise<string | null> {
    fixture.componentRef.setInput('quota', quota);
    await settle();
    const request = backend.expectOne((each) => each.url === '/api/staff/staff-1/availability');
    request.flush({
      resourceId: 'staff-1',
      timeZone: 'America/Toronto',
      workingTime: [],
      busy: [],
      leave: [],
      freeSlots: [
        { start: '2026-03-05T09:00:00-05:00', end: '2026-03-05T10:00:00-05:00' },
        { start: '2026-04-02T09:00:00-04:00', end: '2026-04-02T10:00:00-04:00' },
      ],
    });
    await settle();
    return request.request.params.get('durationMinutes');
  }

  async function offeredDurations(): Promise<string[]> {
    fixture.nativeElement.querySelector('mat-select').click();
    await settle();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).map((option) => textOf(option));
    document.querySelector<HTMLElement>('.cdk-overlay-backdrop')?.click();
    await settle();
    return options;
  }

  it('offers only the lengths and the days the agreement still allows', async () => {
    const asked = await show([
      { start: '2026-03-01', end: '2026-04-01', remainingMinutes: 30 },
      { start: '2026-04-01', end: '2026-05-01', remainingMinutes: 60 },
    ]);

    expect(asked).toBe('60');
    expect(await offeredDurations()).toEqual(['30 min', '1 h']);
    // March has 30 minutes left: its 1 h slot is not offered; April's is.
    expect(Array.from(fixture.nativeElement.querySelectorAll('.day-choice')).map((day) => textOf(day as HTMLElement))).toEqual([
      'jeudi 2 avr. 2026 (1)',
    ]);
  });

  it('says so when nothing is left, instead of offering slots that would go over', async () => {
    fixture.componentRef.setInput('quota', [{ start: '2026-03-01', end: '2026-04-01', remainingMinutes: 0 }]);
    await settle();
    backend.match(() => true).forEach((request) => request.flush({ freeSlots: [] }));
    await settle();

    expect(textOf(fixture.nativeElement)).toContain('L’entente de votre organisme n’a plus d’heures disponibles');
    expect(fixture.nativeElement.querySelector('.day-choice')).toBeNull();
  });
});
