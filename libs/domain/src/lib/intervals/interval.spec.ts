import {
  clipToWindow,
  coveredMilliseconds,
  intersectIntervals,
  mergeIntervals,
  overlaps,
  subtractIntervals,
  withBuffers,
} from './interval';

const span = (start: number, end: number) => ({ start, end });

describe('overlaps', () => {
  it('is true when two intervals share time', () => {
    expect(overlaps(span(0, 10), span(5, 15))).toBe(true);
    expect(overlaps(span(0, 10), span(2, 3))).toBe(true);
  });

  it('is false for back-to-back intervals (10:00–11:00 then 11:00–12:00)', () => {
    expect(overlaps(span(0, 10), span(10, 20))).toBe(false);
  });

  it('is false for an empty interval, even inside another', () => {
    expect(overlaps(span(5, 5), span(0, 10))).toBe(false);
  });
});

describe('mergeIntervals', () => {
  it('sorts and merges overlapping and touching intervals, dropping empty ones', () => {
    expect(mergeIntervals([span(20, 30), span(0, 10), span(10, 12), span(25, 40), span(50, 50)])).toEqual([
      span(0, 12),
      span(20, 40),
    ]);
  });

  it('does not modify its input', () => {
    const input = [span(0, 10), span(5, 20)];
    mergeIntervals(input);
    expect(input).toEqual([span(0, 10), span(5, 20)]);
  });
});

describe('subtractIntervals', () => {
  it('cuts busy time out of availability', () => {
    expect(subtractIntervals([span(0, 100)], [span(10, 20), span(50, 60)])).toEqual([span(0, 10), span(20, 50), span(60, 100)]);
  });

  it('removes intervals that are fully covered and keeps untouched ones', () => {
    expect(subtractIntervals([span(0, 10), span(20, 30), span(40, 50)], [span(15, 35)])).toEqual([span(0, 10), span(40, 50)]);
  });

  it('handles one removal spanning several intervals and removals before and after', () => {
    expect(subtractIntervals([span(10, 20), span(30, 40)], [span(0, 5), span(15, 35), span(45, 50)])).toEqual([
      span(10, 15),
      span(35, 40),
    ]);
  });
});

describe('intersectIntervals', () => {
  it('keeps what both lists cover', () => {
    expect(intersectIntervals([span(0, 10), span(20, 30)], [span(5, 25)])).toEqual([span(5, 10), span(20, 25)]);
  });

  it('is empty when nothing is shared', () => {
    expect(intersectIntervals([span(0, 10)], [span(10, 20)])).toEqual([]);
  });
});

describe('clipToWindow', () => {
  it('cuts each interval to the window, keeps extra fields and drops those outside', () => {
    const bookings = [
      { id: 'a', ...span(0, 10) },
      { id: 'b', ...span(8, 30) },
      { id: 'c', ...span(40, 50) },
    ];
    expect(clipToWindow(bookings, span(5, 20))).toEqual([
      { id: 'a', ...span(5, 10) },
      { id: 'b', ...span(8, 20) },
    ]);
  });
});

describe('withBuffers', () => {
  it('adds set-up minutes before and clean-up minutes after', () => {
    expect(withBuffers(span(3_600_000, 7_200_000), 15, 30)).toEqual(span(2_700_000, 9_000_000));
  });

  it('refuses negative buffers', () => {
    expect(() => withBuffers(span(0, 1), -5, 0)).toThrow(RangeError);
  });
});

describe('coveredMilliseconds', () => {
  it('counts overlapping time once', () => {
    expect(coveredMilliseconds([span(0, 10), span(5, 15), span(20, 25)])).toBe(20);
  });
});
