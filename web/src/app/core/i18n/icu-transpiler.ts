import { Injectable } from '@angular/core';
import { DefaultTranspiler, type TranspileParams } from '@jsverse/transloco';
import { compileIcu, type IcuParams } from './icu-message';

/** A message with an ICU plural or select: « {count, plural, one {# occurrence} other {# occurrences}} ». */
const ICU_MESSAGE = /\{\s*[\w.]+\s*,\s*(plural|select|selectordinal)\s*,/;

/**
 * Transloco's transpiler, plus ICU plurals and selects for the messages that use them.
 * Only messages with an ICU `plural`/`select` go through `compileIcu`, and they take their
 * values as ICU arguments (`{title}`), never `{{ title }}`: a value is then never parsed as
 * ICU syntax, so a title with « { » or an apostrophe cannot break the message. Every other
 * message is transpiled exactly as before.
 */
@Injectable()
export class IcuTranspiler extends DefaultTranspiler {
  private readonly compiled = new Map<string, (params: IcuParams) => string>();
  private locale = 'fr';

  override transpile(params: TranspileParams): unknown {
    const { value } = params;
    if (typeof value !== 'string' || !ICU_MESSAGE.test(value)) return super.transpile(params);
    return this.compile(value)((params.params ?? {}) as IcuParams);
  }

  onLangChanged(lang: string): void {
    this.locale = lang;
  }

  private compile(message: string): (params: IcuParams) => string {
    const cacheKey = `${this.locale}|${message}`;
    let compiled = this.compiled.get(cacheKey);
    if (!compiled) {
      compiled = compileIcu(message, this.locale);
      this.compiled.set(cacheKey, compiled);
    }
    return compiled;
  }
}
