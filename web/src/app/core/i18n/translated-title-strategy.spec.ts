import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, TitleStrategy } from '@angular/router';
import { translocoTesting } from '../../../testing/transloco-testing';
import { AppLanguage } from './app-language';
import { TranslatedTitleStrategy } from './translated-title-strategy';

@Component({ template: '' })
class StubPage {}

describe('TranslatedTitleStrategy', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([{ path: 'calendar', title: 'nav.calendar', component: StubPage }]),
        { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
      ],
    });
  });

  it('names the browser tab after the page, in the active language', async () => {
    await TestBed.inject(Router).navigateByUrl('/calendar');

    expect(document.title).toBe('Calendrier · Mutualis');

    await TestBed.inject(AppLanguage).use('en');

    expect(document.title).toBe('Calendar · Mutualis');
  });
});
