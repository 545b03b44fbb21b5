import { TestBed } from '@angular/core/testing';
import { provideTranslocoTranspiler, TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { compileIcu, IcuSyntaxError } from './icu-message';
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

describe('compileIcu', () => {
  it('prefers an exact =N case, then the plural category, and formats # in the locale', () => {
    const taken = compileIcu(
      '{count, plural, =0 {Ce créneau est déjà réservé.} one {Ce créneau :} other {Ces # créneaux :}}',
      'fr',
    );
    expect(taken({ count: 0 })).toBe('Ce créneau est déjà réservé.');
    expect(taken({ count: 1 })).toBe('Ce créneau :');
    expect(taken({ count: 2500 })).toBe('Ces 2\u202f500 créneaux :');
  });

  it('handles select, offset, nesting and apostrophe quoting', () => {
    expect(compileIcu("{who, select, me {moi} other {{name}}} a '{'dit'}' l''heure", 'fr')({ who: 'x', name: 'Ana' })).toBe(
      "Ana a {dit} l'heure",
    );
    expect(compileIcu('{n, plural, offset:1 one {toi et # autre} other {toi et # autres}}', 'fr')({ n: 3 })).toBe(
      'toi et 2 autres',
    );
    expect(compileIcu('{n, plural, one {#e} other {#es}}', 'en')({ n: 1 })).toBe('1e');
  });

  it('refuses a message it cannot read', () => {
    expect(() => compileIcu('{n, plural, one {x}}', 'fr')).toThrow(IcuSyntaxError);
    expect(() => compileIcu('{n, number}', 'fr')).toThrow(IcuSyntaxError);
  });
});

describe('the translation files', () => {
  it('hold only ICU messages that compileIcu reads', () => {
    const { readdirSync, readFileSync, statSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const { join } = jest.requireActual<typeof import('node:path')>('node:path');
    const files = (directory: string): string[] =>
      readdirSync(directory).flatMap((name) => {
        const path = join(directory, name);
        return statSync(path).isDirectory() ? files(path) : name.endsWith('.json') ? [path] : [];
      });
    const messages = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(messages) : [];
    let icu = 0;
    for (const file of files(join(__dirname, '../../../../public/i18n'))) {
      for (const message of messages(JSON.parse(readFileSync(file, 'utf8')))) {
        if (!/\{\s*[\w.]+\s*,\s*(plural|select|selectordinal)\s*,/.test(message)) continue;
        icu++;
        expect(() => compileIcu(message, file.endsWith('en.json') ? 'en' : 'fr')({ count: 2 })).not.toThrow();
      }
    }
    expect(icu).toBeGreaterThan(20);
  });
});
