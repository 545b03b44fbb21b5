import { textParts } from './board-labels';

describe('textParts', () => {
  it('separates links from the rest of the text, keeping every character', () => {
    const text = 'Voir https://exemple.org/salle?x=1 ou <b>écrire</b>';
    const parts = textParts(text);
    expect(parts).toEqual([
      { text: 'Voir ', link: false },
      { text: 'https://exemple.org/salle?x=1', link: true },
      { text: ' ou <b>écrire</b>', link: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('does not treat javascript: as a link', () => {
    expect(textParts('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)', link: false }]);
  });
});
