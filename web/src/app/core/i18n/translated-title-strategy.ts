import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest, map } from 'rxjs';

/**
 * Route `title`s are translation keys (e.g. `nav.calendar`); the document title is
 * « Calendrier · Mutualis » and follows language switches.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly pageKey = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    // A root singleton: the subscription lives as long as the app.
    combineLatest([this.pageKey, this.transloco.selectTranslation()])
      .pipe(map(([key]) => this.compose(key)))
      .subscribe((text) => this.title.setTitle(text));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.next(this.buildTitle(snapshot));
  }

  private compose(key: string | undefined): string {
    const appName = this.transloco.translate('app.name');
    if (!key) return appName;
    return this.transloco.translate('app.documentTitle', { page: this.transloco.translate(key) });
  }
}
