import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MeResponse } from '@mutualis/contracts';
import { textOf } from '../../../testing/dom-testing';
import { aMe, signInAs } from '../../../testing/session-testing';
import { Session } from '../../core/auth/session';
import { defaultStaffPath, staffSectionsOf } from './staff-sections';
import { NOW, staffTranslocoTesting } from './staff-testing';
import { staffRoutes } from './staff.routes';
import { provideFixedClock } from '../../../testing/clock-testing';

const EMPLOYEE = aMe({ staffResourceId: 'staff-1' });
const MEMBER = aMe();
const COORDINATOR = aMe({ memberships: [], coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }] });
const ADMIN = aMe({ memberships: [{ organisationId: 'org-1', organisationName: 'Maison des jeunes', role: 'admin' }] });
const EVERYTHING = aMe({
  staffResourceId: 'staff-1',
  coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau de l’Estrie' }],
});

describe('staff sections', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [staffTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'staff', loadChildren: () => staffRoutes },
          { path: 'access-denied', children: [] },
        ]),
        provideFixedClock(NOW),
      ],
    });
  });

  function sectionsFor(me: MeResponse): string[] {
    signInAs(me);
    return staffSectionsOf(TestBed.inject(Session));
  }

  it('gives each person the sections of their roles: schedule for employees, requests for members, administration for coordinators, timesheets for admins and coordinators', () => {
    expect(sectionsFor(EMPLOYEE)).toEqual(['my-schedule', 'request']);
    expect(sectionsFor(MEMBER)).toEqual(['request']);
    expect(sectionsFor(ADMIN)).toEqual(['request', 'timesheets']);
    expect(sectionsFor(COORDINATOR)).toEqual(['admin', 'timesheets']);
    expect(sectionsFor(EVERYTHING)).toEqual(['my-schedule', 'request', 'admin', 'timesheets']);
  });

  it('opens the employee’s schedule by default, else the request page, else administration', () => {
    signInAs(EMPLOYEE);
    expect(defaultStaffPath(TestBed.inject(Session))).toBe('/staff/my-schedule');
    signInAs(MEMBER);
    expect(defaultStaffPath(TestBed.inject(Session))).toBe('/staff/request');
    signInAs(COORDINATOR);
    expect(defaultStaffPath(TestBed.inject(Session))).toBe('/staff/admin');
  });

  it('sends /staff to the default section and shows the tabs of the person’s roles', async () => {
    signInAs(EVERYTHING);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/staff');

    expect(TestBed.inject(Router).url).toBe('/staff/my-schedule');
    expect(Array.from(harness.routeNativeElement!.querySelectorAll('nav a')).map((link) => textOf(link))).toEqual([
      'Mon horaire',
      'Demander des heures',
      'Administration du personnel',
      'Feuilles de temps',
    ]);
  });

  it('keeps people who are not pooled employees out of « Mon horaire » and non-coordinators out of administration', async () => {
    signInAs(MEMBER);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/staff/my-schedule');
    expect(TestBed.inject(Router).url).toBe('/staff/request');
    expect(harness.routeNativeElement!.querySelector('nav')).toBeNull();

    await harness.navigateByUrl('/staff/admin');
    expect(TestBed.inject(Router).url).toBe('/access-denied');

    await harness.navigateByUrl('/staff/timesheets');
    expect(TestBed.inject(Router).url).toBe('/access-denied');
  });

  it('opens the timesheets to review for an organisation’s admin', async () => {
    signInAs(ADMIN);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/staff/timesheets');

    expect(TestBed.inject(Router).url).toBe('/staff/timesheets');
    expect(Array.from(harness.routeNativeElement!.querySelectorAll('nav a')).map((link) => textOf(link))).toEqual([
      'Demander des heures',
      'Feuilles de temps',
    ]);
  });
});
