import { BOARD_CATEGORIES } from '@mutualis/contracts';

/** The choices of the board's filters and form, in display order; their words are in the `board` translations. */
export const CATEGORY_OPTIONS = BOARD_CATEGORIES;
export const KIND_OPTIONS = ['offer', 'need'] as const;

/** Links inside a post's text, shown as text to copy, never followed automatically: the parts of the text, in order. */
export function textParts(text: string): Array<{ text: string; link: boolean }> {
  const parts: Array<{ text: string; link: boolean }> = [];
  const pattern = /\bhttps?:\/\/[^\s<>"']+/gi;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: text.slice(last, index), link: false });
    parts.push({ text: match[0], link: true });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), link: false });
  return parts;
}
