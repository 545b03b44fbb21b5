import { TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MeResponse } from '@mutualis/contracts';
import { Session } from '../app/core/auth/session';

/** A signed-in account: a member of one organisation, French, coordinating nothing. */
export function aMe(overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    id: 'user-1',
    email: 'marie@cdc-exemple.org',
    name: 'Marie Tremblay',
    locale: 'fr',
    mustChangePassword: false,
    memberships: [{ organisationId: 'org-1', organisationName: 'Maison des jeunes', role: 'member' }],
    coordinatorOf: [],
    ...overrides,
  };
}

/** Signs `me` in without asking the API, as if `GET /api/auth/me` had answered at start-up. */
export function signInAs(me: MeResponse = aMe()): MeResponse {
  TestBed.inject(Session).setMe(me);
  return me;
}

/** Answers a pending request with an API error body, as the API sends it. */
export function flushApiError(request: TestRequest, status: number, code: string, message = code, details?: unknown): void {
  request.flush({ code, message, ...(details === undefined ? {} : { details }) }, { status, statusText: 'Error' });
}
