import { computed, DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Locale } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';

/** The languages of the interface: the contracts' `Locale`, the one declaration of it. */
export type AppLang = Locale;
export const APP_LANGS = ['fr', 'en'] as const satisfies readonly AppLang[];
export type AppLocale = 'fr-CA' | 'en-CA';

/** French first: Quebec's Charter of the French language makes it the default, whatever the browser says. */
export const DEFAULT_LANG: AppLang = 'fr';
export const LANG_STORAGE_KEY = 'mutualis.lang';

const LOCALE_OF: Record<AppLang, AppLocale> = { fr: 'fr-CA', en: 'en-CA' };

export function isAppLang(value: unknown): value is AppLang {
  return typeof value === 'string' && (APP_LANGS as readonly string[]).includes(value);
}

export function localeOf(lang: AppLang): AppLocale {
  return LOCALE_OF[lang];
}

/**
 * The language the user chose: the single source of truth for Transloco's active language,
 * `<html lang>`, the stored preference and the locale used to format numbers and dates.
 */
@Injectable({ providedIn: 'root' })
export class AppLanguage {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<AppLang>(this.readStoredLang() ?? DEFAULT_LANG);
  /** Counts activation requests: when two overlap (start-up and the account's language), the last one wins. */
  private activations = 0;

  readonly lang = this.current.asReadonly();
  readonly locale = computed(() => localeOf(this.current()));
  readonly otherLang = computed<AppLang>(() => (this.current() === 'fr' ? 'en' : 'fr'));

  /** Activates the stored (or default) language; run once before the first render. */
  init(): Promise<void> {
    return this.activate(this.current());
  }

  /** Switches the whole UI to `lang` and remembers the choice on this device. */
  use(lang: AppLang): Promise<void> {
    this.storeLang(lang);
    return this.activate(lang);
  }

  toggle(): Promise<void> {
    return this.use(this.otherLang());
  }

  private async activate(lang: AppLang): Promise<void> {
    const activation = ++this.activations;
    try {
      // Load first so the UI switches in one go instead of flashing translation keys.
      await firstValueFrom(this.transloco.load(lang));
    } catch {
      // Transloco falls back to the fallback language; the app must still start.
    }
    if (activation !== this.activations) return;
    this.transloco.setActiveLang(lang);
    this.current.set(lang);
    this.document.documentElement.lang = localeOf(lang);
  }

  private readStoredLang(): AppLang | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANG_STORAGE_KEY);
      return isAppLang(stored) ? stored : null;
    } catch {
      return null; // storage can be disabled (privacy settings); the default applies
    }
  }

  private storeLang(lang: AppLang): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Not persisted this time; the choice still applies to the current visit.
    }
  }
}
