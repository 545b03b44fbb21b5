import { aStaffOccurrence } from '../staff-testing';
import { pendingRequestsOf } from './pending-requests';

describe('pendingRequestsOf', () => {
  it('makes one request per series with its first pending occurrence and how many wait, the soonest first', () => {
    const requests = pendingRequestsOf([
      aStaffOccurrence({
        id: 'b2',
        seriesId: 'b',
        title: 'Bilan',
        start: '2026-03-12T09:00:00-04:00',
        end: '2026-03-12T10:00:00-04:00',
      }),
      aStaffOccurrence({
        id: 'a1',
        seriesId: 'a',
        title: 'Paie',
        start: '2026-03-06T09:00:00-05:00',
        end: '2026-03-06T10:00:00-05:00',
      }),
      aStaffOccurrence({
        id: 'b1',
        seriesId: 'b',
        title: 'Bilan',
        start: '2026-03-05T09:00:00-05:00',
        end: '2026-03-05T10:00:00-05:00',
      }),
      aStaffOccurrence({ id: 'c1', seriesId: 'c', status: 'confirmed' }),
    ]);

    expect(requests.map(({ seriesId, occurrenceId, start, count }) => ({ seriesId, occurrenceId, start, count }))).toEqual([
      { seriesId: 'b', occurrenceId: 'b1', start: '2026-03-05T09:00:00-05:00', count: 2 },
      { seriesId: 'a', occurrenceId: 'a1', start: '2026-03-06T09:00:00-05:00', count: 1 },
    ]);
  });

  it('carries the other time already proposed for the first pending occurrence, when the list says so', () => {
    const [request] = pendingRequestsOf([
      {
        ...aStaffOccurrence(),
        proposedStart: '2026-03-06T14:00:00-05:00',
        proposedEnd: '2026-03-06T17:00:00-05:00',
      },
    ]);
    expect(request.proposal).toEqual({ start: '2026-03-06T14:00:00-05:00', end: '2026-03-06T17:00:00-05:00' });
    expect(pendingRequestsOf([aStaffOccurrence()])[0].proposal).toBeNull();
  });
});
