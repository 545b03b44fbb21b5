import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { AppLanguage } from '../i18n/app-language';
import { LocaleFormat } from './locale-format';

describe('LocaleFormat', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [translocoTesting()] });
  });

  it('formats money and dates in Quebec French until the user switches to English', async () => {
    const format = TestBed.inject(LocaleFormat);

    expect(format.formatMoney(123456)).toBe('1\u00a0234,56\u00a0$');
    expect(format.formatDateTime('2026-03-03T14:00:00Z')).toBe('mar. 3\u00a0mars 2026, 9\u00a0h');

    await TestBed.inject(AppLanguage).use('en');

    expect(format.formatMoney(123456)).toBe('$1,234.56');
    expect(format.formatDate('2026-03-03T14:00:00Z')).toBe('Mar 3, 2026');
    expect(format.formatTime('2026-03-03T14:00:00Z', 'America/Halifax')).toBe('10:00\u00a0a.m.');
  });
});
