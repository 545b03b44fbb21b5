import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { settle, textOf } from '../../../testing/dom-testing';
import { aMe, signInAs } from '../../../testing/session-testing';
import { BookingsLayout } from './bookings-layout';
import { bookingsTranslocoTesting } from './bookings-testing';

@Component({ selector: 'app-section-stub', template: '<p>Section</p>' })
class SectionStub {}

describe('BookingsLayout', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [bookingsTranslocoTesting()],
      providers: [
        provideRouter([
          {
            path: 'bookings',
            component: BookingsLayout,
            children: [
              { path: '', component: SectionStub },
              { path: 'approvals', component: SectionStub },
            ],
          },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
  });

  async function visit(url: string): Promise<HTMLElement> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await settle(harness.fixture);
    return harness.fixture.nativeElement as HTMLElement;
  }

  const tabs = (page: HTMLElement) => Array.from(page.querySelectorAll('nav a')).map((link) => textOf(link));

  it('gives coordinators « Mes réservations » and « Approbations » as tabs', async () => {
    signInAs(aMe({ coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }] }));

    const page = await visit('/bookings/approvals');

    expect(textOf(page.querySelector('h1'))).toBe('Réservations');
    expect(page.querySelector('nav')?.getAttribute('aria-label')).toBe('Sections des réservations');
    expect(tabs(page)).toEqual(['Mes réservations', 'Approbations']);
  });

  it('shows members their bookings without tabs', async () => {
    signInAs(aMe());

    const page = await visit('/bookings');

    expect(textOf(page.querySelector('h1'))).toBe('Réservations');
    expect(page.querySelector('nav')).toBeNull();
    expect(textOf(page.querySelector('p'))).toBe('Section');
  });
});
