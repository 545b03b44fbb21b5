import fc from 'fast-check';
import { invitationLocale } from './invitation-locale';

describe('invitationLocale', () => {
  it('takes the inviter’s choice first', () => {
    expect(invitationLocale('en', 'fr-CA,fr;q=0.9', 'fr')).toBe('en');
  });

  it('else the preferred of French or English in Accept-Language', () => {
    expect(invitationLocale(undefined, 'en-CA,en;q=0.9,fr;q=0.8', 'fr')).toBe('en');
    expect(invitationLocale(undefined, 'de-DE, en;q=0.5, fr-CA;q=0.7', 'en')).toBe('fr');
    expect(invitationLocale(undefined, 'es, en;q=0', 'fr')).toBe('fr');
  });

  it('else the inviter’s language', () => {
    expect(invitationLocale(undefined, undefined, 'en')).toBe('en');
    expect(invitationLocale(undefined, '*', 'fr')).toBe('fr');
  });

  it('answers fr or en whatever the header', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('fr' as const, 'en' as const), (header, inviter) => {
        expect(['fr', 'en']).toContain(invitationLocale(undefined, header, inviter));
      }),
    );
  });
});
