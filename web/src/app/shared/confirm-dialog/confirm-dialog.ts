import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import type { TranslationParams } from '../../core/i18n/translation-params';
import { firstValueFrom } from 'rxjs';

export interface ConfirmDialogData {
  /** Translation keys, with `params` for both. */
  readonly titleKey: string;
  readonly messageKey: string;
  readonly confirmKey: string;
  readonly params?: TranslationParams;
}

/** Asks before a destructive action; the safe choice (cancel, the first button) has the initial focus. */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | transloco: data.params }}</h2>
    <mat-dialog-content>
      <p>{{ data.messageKey | transloco: data.params }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'dialog.cancel' | transloco }}</button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true">
        {{ data.confirmKey | transloco: data.params }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens the confirmation dialog; resolves true only when the user confirmed. */
export async function confirmAction(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
    data,
    role: 'alertdialog',
    width: '28rem',
  });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
