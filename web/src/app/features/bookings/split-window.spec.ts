import { splitWindow } from './split-window';

const DAY_MS = 86_400_000;
const JUNE_1 = Date.parse('2026-06-01T04:00:00Z');

describe('splitWindow', () => {
  it('asks a month view in one window', () => {
    expect(splitWindow(JUNE_1, JUNE_1 + 42 * DAY_MS)).toEqual([
      { from: '2026-06-01T04:00:00.000Z', to: '2026-07-13T04:00:00.000Z' },
    ]);
  });

  it('cuts a long window into consecutive windows of at most 92 days', () => {
    const windows = splitWindow(JUNE_1, JUNE_1 + 200 * DAY_MS);

    expect(windows).toHaveLength(3);
    expect(windows.map((window) => (Date.parse(window.to) - Date.parse(window.from)) / DAY_MS)).toEqual([92, 92, 16]);
    expect(windows[1].from).toBe(windows[0].to);
    expect(windows[2].to).toBe(new Date(JUNE_1 + 200 * DAY_MS).toISOString());
  });

  it('asks nothing for an empty or reversed window', () => {
    expect(splitWindow(JUNE_1, JUNE_1)).toEqual([]);
    expect(splitWindow(JUNE_1, JUNE_1 - DAY_MS)).toEqual([]);
    expect(splitWindow(Number.NaN, JUNE_1)).toEqual([]);
  });
});
