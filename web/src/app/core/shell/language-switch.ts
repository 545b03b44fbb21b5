import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../auth/session';
import { AppLanguage } from '../i18n/app-language';

/**
 * One button naming the other language in that language: « English » in French, « Français » in
 * English. When signed in, the choice also becomes the account's language.
 */
@Component({
  selector: 'app-language-switch',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="language-switch" [attr.lang]="language.otherLang()" (click)="switchLanguage()">
      {{ 'shell.languageSwitch' | transloco }}
    </button>
  `,
  // Material's outlined button, drawn with its theme's tokens: the switch is on the login page,
  // where Material's button code would be the heaviest script.
  styles: `
    .language-switch {
      height: 40px;
      padding: 0 24px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-full);
      background: transparent;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .language-switch:hover {
      background: color-mix(in srgb, var(--mat-sys-primary) 8%, transparent);
    }
  `,
})
export class LanguageSwitch {
  protected readonly language = inject(AppLanguage);
  private readonly session = inject(Session);

  protected switchLanguage(): void {
    void this.session.useLanguage(this.language.otherLang());
  }
}
