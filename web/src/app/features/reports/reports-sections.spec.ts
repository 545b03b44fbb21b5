import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Session } from '../../core/auth/session';
import { aMe, signInAs } from '../../../testing/session-testing';
import { reportsTabsOf } from './reports-sections';
import { reportsTranslocoTesting } from './reports-testing';

describe('reports sections', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [reportsTranslocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });

  const tabs = () => reportsTabsOf(TestBed.inject(Session)).map((tab) => tab.path);

  it('gives a member only « Ce que nous devons », at /reports', () => {
    signInAs(aMe());
    expect(tabs()).toEqual(['/reports']);
  });

  it('gives a coordinator the report and the cost pools', () => {
    signInAs(aMe({ memberships: [], coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau' }] }));
    expect(tabs()).toEqual(['/reports', '/reports/pools']);
  });

  it('adds « Ce que nous devons » for a coordinator who also belongs to an organisation', () => {
    signInAs(aMe({ coordinatorOf: [{ networkId: 'network-1', networkName: 'Réseau' }] }));
    expect(tabs()).toEqual(['/reports', '/reports/mine', '/reports/pools']);
  });
});
