import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CalendarOccurrence } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { BookingsApi } from './bookings-api';
import { anOccurrence } from './bookings-testing';

describe('BookingsApi', () => {
  let api: BookingsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(BookingsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks a window longer than 92 days in pieces and merges them, each occurrence once', async () => {
    const result = firstValueFrom(api.list({ resourceId: 'room-1', from: '2026-06-01T04:00:00Z', to: '2026-12-01T05:00:00Z' }));

    const requests = backend.match((request) => request.url === '/api/bookings');
    expect(requests).toHaveLength(2);
    expect(requests.map((request) => request.request.params.get('resourceId'))).toEqual(['room-1', 'room-1']);
    expect(requests[1].request.params.get('from')).toBe(requests[0].request.params.get('to'));
    const spanning = anOccurrence({ id: 'occ-2', start: '2026-08-31T23:00:00-04:00', end: '2026-09-01T01:00:00-04:00' });
    requests[0].flush([anOccurrence(), spanning]);
    requests[1].flush([spanning, anOccurrence({ id: 'occ-3', start: '2026-10-01T10:00:00-04:00' })]);

    expect((await result).map((occurrence: CalendarOccurrence) => occurrence.id)).toEqual(['occ-1', 'occ-2', 'occ-3']);
  });
});
