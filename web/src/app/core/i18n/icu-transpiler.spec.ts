import { TestBed } from '@angular/core/testing';
import { provideTranslocoTranspiler, TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { IcuTranspiler } from './icu-transpiler';

describe('IcuTranspiler', () => {
  let transloco: TranslocoService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            fr: {
              booked: '« {title} » : {count, plural, one {# occurrence réservée} other {# occurrences réservées}}.',
              plain: 'L’atelier {{ name }} d’aujourd’hui',
            },
            en: { booked: '“{title}”: {count, plural, one {# occurrence booked} other {# occurrences booked}}.' },
          },
          translocoConfig: { availableLangs: ['fr', 'en'], defaultLang: 'fr' },
          preloadLangs: true,
        }),
      ],
      providers: [provideTranslocoTranspiler(IcuTranspiler)],
    });
    transloco = TestBed.inject(TranslocoService);
  });

  it('chooses the plural form of the active language, with French grouping', () => {
    expect(transloco.translate('booked', { title: 'Atelier', count: 1 })).toBe('« Atelier » : 1 occurrence réservée.');
    expect(transloco.translate('booked', { title: 'Atelier', count: 0 })).toBe('« Atelier » : 0 occurrence réservée.');
    expect(transloco.translate('booked', { title: 'Atelier', count: 1234 })).toBe(
      '« Atelier » : 1\u202f234 occurrences réservées.',
    );
    transloco.setActiveLang('en');
    expect(transloco.translate('booked', { title: 'Workshop', count: 0 })).toBe('“Workshop”: 0 occurrences booked.');
  });

  it('never reads a value as ICU syntax, and leaves plain messages to Transloco', () => {
    expect(transloco.translate('booked', { title: "L'atelier {de} #2", count: 2 })).toBe(
      "« L'atelier {de} #2 » : 2 occurrences réservées.",
    );
    expect(transloco.translate('plain', { name: '{x}' })).toBe('L’atelier {x} d’aujourd’hui');
  });
});
