import { Injectable } from '@angular/core';
import { DefaultTranspiler, type TranspileParams } from '@jsverse/transloco';
import MessageFormat from '@messageformat/core';

/** A message with an ICU plural or select: « {count, plural, one {# occurrence} other {# occurrences}} ». */
const ICU_MESSAGE = /\{\s*[\w.]+\s*,\s*(plural|select|selectordinal)\s*,/;

/**
 * Transloco's transpiler, plus ICU plurals and selects for the messages that use them.
 * Only messages with an ICU `plural`/`select` go through MessageFormat, and they take their
 * values as ICU arguments (`{title}`), never `{{ title }}`: a value is then never parsed as
 * ICU syntax, so a title with « { » or an apostrophe cannot break the message. Every other
 * message is transpiled exactly as before.
 */
@Injectable()
export class IcuTranspiler extends DefaultTranspiler {
  private readonly formats = new Map<string, MessageFormat>();
  private readonly compiled = new Map<string, (params: Record<string, unknown>) => string>();
  private locale = 'fr';

  override transpile(params: TranspileParams): unknown {
    const { value } = params;
    if (typeof value !== 'string' || !ICU_MESSAGE.test(value)) return super.transpile(params);
    return this.compile(value)((params.params ?? {}) as Record<string, unknown>);
  }

  onLangChanged(lang: string): void {
    this.locale = lang;
  }

  private compile(message: string): (params: Record<string, unknown>) => string {
    const cacheKey = `${this.locale}|${message}`;
    let compiled = this.compiled.get(cacheKey);
    if (!compiled) {
      let format = this.formats.get(this.locale);
      if (!format) {
        format = new MessageFormat(this.locale);
        this.formats.set(this.locale, format);
      }
      compiled = format.compile(message) as (params: Record<string, unknown>) => string;
      this.compiled.set(cacheKey, compiled);
    }
    return compiled;
  }
}
