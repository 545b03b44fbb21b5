/**
 * The part of ICU MessageFormat the app's translations use — `{name}`, `{n, plural, =0 {…} one {…}
 * other {…}}` with `#` and `offset:`, `{x, select, a {…} other {…}}`, apostrophe quoting — in a
 * few hundred bytes instead of @messageformat/core's 20 kB (compressed) on every page.
 * Plural categories come from `Intl.PluralRules`, `#` from `Intl.NumberFormat`, both in the
 * message's locale.
 */
export type IcuParams = Readonly<Record<string, unknown>>;
type Part = string | { readonly arg: string } | Branching | { readonly hash: true };
interface Branching {
  readonly arg: string;
  readonly kind: 'plural' | 'selectordinal' | 'select';
  readonly offset: number;
  readonly cases: ReadonlyMap<string, readonly Part[]>;
}

export class IcuSyntaxError extends Error {}

export function compileIcu(message: string, locale: string): (params: IcuParams) => string {
  const parser = new Parser(message);
  const parts = parser.parts(false);
  if (parser.position < message.length) throw new IcuSyntaxError(`Unexpected « } » at ${parser.position} in: ${message}`);
  const cardinal = new Intl.PluralRules(locale);
  const ordinal = new Intl.PluralRules(locale, { type: 'ordinal' });
  const numbers = new Intl.NumberFormat(locale);
  const render = (list: readonly Part[], params: IcuParams, hash: number | undefined): string =>
    list
      .map((part) => {
        if (typeof part === 'string') return part;
        if ('hash' in part) return hash === undefined ? '#' : numbers.format(hash);
        if (!('kind' in part)) return String(params[part.arg] ?? '');
        const value = params[part.arg];
        if (part.kind === 'select') {
          return render(part.cases.get(String(value)) ?? part.cases.get('other') ?? [], params, hash);
        }
        const count = Number(value) - part.offset;
        const rules = part.kind === 'plural' ? cardinal : ordinal;
        const chosen = part.cases.get(`=${Number(value)}`) ?? part.cases.get(rules.select(count)) ?? part.cases.get('other');
        return render(chosen ?? [], params, count);
      })
      .join('');
  return (params) => render(parts, params, undefined);
}

class Parser {
  position = 0;
  constructor(private readonly text: string) {}

  /** Parts until an unmatched « } » or the end; `#` is special inside plural cases only. */
  parts(inPlural: boolean): Part[] {
    const parts: Part[] = [];
    let literal = '';
    while (this.position < this.text.length) {
      const char = this.text[this.position];
      if (char === '}') break;
      if (char === '{') {
        if (literal) parts.push(literal);
        literal = '';
        parts.push(this.argument());
        continue;
      }
      if (char === '#' && inPlural) {
        if (literal) parts.push(literal);
        literal = '';
        parts.push({ hash: true });
        this.position++;
        continue;
      }
      if (char === "'") {
        literal += this.quoted(inPlural);
        continue;
      }
      literal += char;
      this.position++;
    }
    if (literal) parts.push(literal);
    return parts;
  }

  /** `''` is an apostrophe; `'{…}'` quotes syntax characters; any other apostrophe is itself. */
  private quoted(inPlural: boolean): string {
    const next = this.text[this.position + 1];
    if (next === "'") {
      this.position += 2;
      return "'";
    }
    if (next === '{' || next === '}' || (inPlural && next === '#')) {
      const end = this.text.indexOf("'", this.position + 1);
      const stop = end === -1 ? this.text.length : end;
      const content = this.text.slice(this.position + 1, stop);
      this.position = stop + 1;
      return content;
    }
    this.position++;
    return "'";
  }

  private argument(): Part {
    this.position++; // {
    const arg = this.word();
    this.skipSpaces();
    if (this.text[this.position] === '}') {
      this.position++;
      return { arg };
    }
    this.expect(',');
    const kind = this.word();
    if (kind !== 'plural' && kind !== 'select' && kind !== 'selectordinal') {
      throw new IcuSyntaxError(`Unsupported argument type « ${kind} » in: ${this.text}`);
    }
    this.expect(',');
    let offset = 0;
    const cases = new Map<string, readonly Part[]>();
    for (;;) {
      this.skipSpaces();
      if (this.text[this.position] === '}') break;
      const key = this.word();
      if (key.startsWith('offset:')) {
        offset = Number(key.slice('offset:'.length) || this.word());
        continue;
      }
      this.skipSpaces();
      this.expect('{');
      cases.set(key, this.parts(kind !== 'select'));
      this.expect('}');
    }
    this.position++;
    if (!cases.has('other')) throw new IcuSyntaxError(`No « other » case in: ${this.text}`);
    return { arg, kind, offset, cases };
  }

  private word(): string {
    this.skipSpaces();
    const match = /^[^\s{},]+/.exec(this.text.slice(this.position));
    if (!match) throw new IcuSyntaxError(`Expected a name at ${this.position} in: ${this.text}`);
    this.position += match[0].length;
    return match[0];
  }

  private expect(char: string): void {
    this.skipSpaces();
    if (this.text[this.position] !== char) throw new IcuSyntaxError(`Expected « ${char} » at ${this.position} in: ${this.text}`);
    this.position++;
  }

  private skipSpaces(): void {
    while (/\s/.test(this.text[this.position] ?? '')) this.position++;
  }
}
