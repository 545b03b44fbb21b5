import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../auth/session';
import { AppLanguage } from '../i18n/app-language';

/**
 * One button naming the other language in that language: « English » in French, « Français » in
 * English. When signed in, the choice also becomes the account's language.
 */
@Component({
  selector: 'app-language-switch',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-stroked-button
      type="button"
      class="language-switch"
      [attr.lang]="language.otherLang()"
      (click)="switchLanguage()"
    >
      {{ 'shell.languageSwitch' | transloco }}
    </button>
  `,
})
export class LanguageSwitch {
  protected readonly language = inject(AppLanguage);
  private readonly session = inject(Session);

  protected switchLanguage(): void {
    void this.session.useLanguage(this.language.otherLang());
  }
}
