import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import type { TranslationParams } from '../i18n/translation-params';

/** A short confirmation that something worked (« Profil enregistré. »), in a snack bar. */
@Injectable({ providedIn: 'root' })
export class Notice {
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  show(key: string, params?: TranslationParams): void {
    this.snackBar.open(this.transloco.translate(key, params), this.transloco.translate('errors.dismiss'), {
      duration: 5000,
      politeness: 'polite',
    });
  }
}
