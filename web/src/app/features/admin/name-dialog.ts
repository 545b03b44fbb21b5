import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

export interface NameDialogData {
  /** Translation key of the title, e.g. `admin.networks.renameTitle`. */
  readonly titleKey: string;
  readonly name: string;
}

/** Renames a network or an organisation; closes with the new name, or nothing when cancelled. */
@Component({
  selector: 'app-name-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <h2 mat-dialog-title>{{ data.titleKey | transloco: { name: data.name } }}</h2>
      <mat-dialog-content>
        <mat-form-field class="field">
          <mat-label>{{ 'admin.name' | transloco }}</mat-label>
          <input matInput formControlName="name" required />
          @if (form.controls.name.hasError('required')) {
            <mat-error>{{ 'admin.nameRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'dialog.save' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
      min-width: min(22rem, 70vw);
    }
  `,
})
export class NameDialog {
  protected readonly data = inject<NameDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<NameDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.name, [Validators.required, Validators.maxLength(200)]],
  });

  protected save(): void {
    const name = this.form.getRawValue().name.trim();
    if (this.form.invalid || !name) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(name);
  }
}
