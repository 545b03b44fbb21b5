import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { AppLanguage } from '../i18n/app-language';
import { LocalDateTimePipe } from './local-date-time.pipe';
import { LocaleFormat } from './locale-format';
import { MoneyPipe } from './money.pipe';

@Component({
  imports: [MoneyPipe, LocalDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="amount">{{ 123456 | money: locale() }}</p>
    <p class="starts">{{ '2026-03-03T14:00:00Z' | localDateTime: locale() }}</p>
    <p class="time">{{ '2026-03-03T14:00:00Z' | localDateTime: locale() : 'time' : 'America/Vancouver' }}</p>
    <p class="empty">{{ null | money: locale() }}</p>
  `,
})
class InvoiceLine {
  protected readonly locale = inject(LocaleFormat).locale;
}

describe('money and localDateTime pipes', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [InvoiceLine, translocoTesting()] });
  });

  function text(root: HTMLElement, selector: string): string | undefined {
    return root.querySelector(selector)?.textContent?.trim();
  }

  it('show amounts and dates in French, then in English after a language switch', async () => {
    const fixture = TestBed.createComponent(InvoiceLine);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    expect(text(root, '.amount')).toBe('1\u00a0234,56\u00a0$');
    expect(text(root, '.starts')).toBe('mar. 3\u00a0mars 2026, 9\u00a0h');
    expect(text(root, '.time')).toBe('6\u00a0h');
    expect(text(root, '.empty')).toBe('');

    await TestBed.inject(AppLanguage).use('en');
    await fixture.whenStable();

    expect(text(root, '.amount')).toBe('$1,234.56');
    expect(text(root, '.starts')).toBe('Tue, Mar 3, 2026, 9:00\u00a0a.m.');
    expect(text(root, '.time')).toBe('6:00\u00a0a.m.');
  });
});
