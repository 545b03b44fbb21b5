import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { EditScope } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';

export interface ScopeDialogData {
  readonly action: 'cancel' | 'edit';
  readonly recurring: boolean;
  /** The booking's title (« Réservé » for another organisation's private one) and the occurrence's date and time. */
  readonly title: string;
  readonly when: string;
}

export interface ScopeChoice {
  readonly scope: EditScope;
  /** Cancellations only, when given. */
  readonly reason?: string;
}

/**
 * Asks which occurrences a change or a cancellation applies to: « Cette occurrence »,
 * « Cette occurrence et les suivantes » or « Toute la série » (a one-off has no choice), with an
 * optional reason for a cancellation. The safe button comes first and has the initial focus.
 */
@Component({
  selector: 'app-scope-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <h2 mat-dialog-title>{{ 'bookings.scope.' + data.action + '.title' | transloco: { title: data.title } }}</h2>
      <mat-dialog-content>
        <p>{{ 'bookings.scope.occurrence' | transloco: { when: data.when } }}</p>
        @if (data.recurring) {
          <span class="legend" id="scope-legend">{{ 'bookings.scope.which' | transloco }}</span>
          <mat-radio-group formControlName="scope" aria-labelledby="scope-legend" class="scopes">
            @for (scope of scopes; track scope) {
              <mat-radio-button [value]="scope">{{ 'bookings.scope.' + scope | transloco }}</mat-radio-button>
            }
          </mat-radio-group>
        }
        @if (data.action === 'cancel') {
          <mat-form-field class="reason">
            <mat-label>{{ 'bookings.scope.reason' | transloco }}</mat-label>
            <textarea matInput formControlName="reason" rows="2" maxlength="1000"></textarea>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'bookings.scope.back' | transloco }}</button>
        <button mat-flat-button type="submit" [class.danger]="data.action === 'cancel'">
          {{ 'bookings.scope.' + data.action + '.confirm' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .legend {
      display: block;
      margin: 0.5rem 0 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .scopes {
      display: flex;
      flex-direction: column;
    }
    .reason {
      width: 100%;
      margin-top: 0.75rem;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ScopeDialog {
  protected readonly data = inject<ScopeDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ScopeDialog, ScopeChoice>>(MatDialogRef);
  protected readonly scopes: readonly EditScope[] = ['one', 'following', 'all'];
  protected readonly form = inject(NonNullableFormBuilder).group({
    scope: [(this.data.recurring ? 'one' : 'all') as EditScope, Validators.required],
    reason: [''],
  });

  protected confirm(): void {
    const { scope, reason } = this.form.getRawValue();
    const trimmed = reason.trim();
    this.ref.close({ scope, ...(this.data.action === 'cancel' && trimmed ? { reason: trimmed } : {}) });
  }
}

/** Asks the scope; resolves undefined when the person backs out. */
export async function chooseScope(dialog: MatDialog, data: ScopeDialogData): Promise<ScopeChoice | undefined> {
  const ref = dialog.open<ScopeDialog, ScopeDialogData, ScopeChoice>(ScopeDialog, { data, width: '30rem', role: 'alertdialog' });
  return firstValueFrom(ref.afterClosed());
}
