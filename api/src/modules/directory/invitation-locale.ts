import type { Locale } from '@mutualis/contracts';
/**
 * The language an invitation is written in: the inviter's explicit choice; else the first of French or
 * English in the request's Accept-Language (by q-value, then order); else the inviter's own language.
 */
export function invitationLocale(
  requested: Locale | undefined,
  acceptLanguage: string | undefined,
  inviterLocale: Locale,
): Locale {
  if (requested) return requested;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
      return { language: tag.trim().split('-')[0], q: q ? Number(q[1]) : 1, index };
    })
    .filter((l): l is { language: Locale; q: number; index: number } => (l.language === 'fr' || l.language === 'en') && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.language ?? inviterLocale;
}
