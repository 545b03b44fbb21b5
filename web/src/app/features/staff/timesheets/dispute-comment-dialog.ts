import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export interface DisputeCommentData {
  readonly staffName: string;
  /** « 2 mars 2026 ». */
  readonly week: string;
  readonly organisationName: string;
}

/**
 * « Contester »: what the organisation disputes in a submitted week (required: the employee reads
 * it and corrects the days). Closes with the comment, or nothing. Same pattern as the shared
 * decline-reason dialog, with a timesheet's wording.
 */
@Component({
  selector: 'app-dispute-comment-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  providers: [provideTranslocoScope('staff')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="dispute()" novalidate>
      <h2 mat-dialog-title>{{ 'staff.review.disputeDialog.title' | transloco: data }}</h2>
      <mat-dialog-content>
        <mat-form-field class="comment">
          <mat-label>{{ 'staff.review.disputeDialog.comment' | transloco }}</mat-label>
          <textarea matInput formControlName="comment" rows="3" maxlength="2000" required></textarea>
          @if (form.controls.comment.invalid) {
            <mat-error>{{ 'staff.review.disputeDialog.commentRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'staff.review.disputeDialog.submit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .comment {
      width: 100%;
      min-width: min(24rem, 70vw);
    }
  `,
})
export class DisputeCommentDialog {
  protected readonly data = inject<DisputeCommentData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<DisputeCommentDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    comment: ['', [Validators.required, Validators.maxLength(2000), Validators.pattern(/\S/)]],
  });

  protected dispute(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(this.form.getRawValue().comment.trim());
  }
}

/** Resolves the comment, or undefined when the admin backs out. */
export async function askDisputeComment(dialog: MatDialog, data: DisputeCommentData): Promise<string | undefined> {
  const ref = dialog.open<DisputeCommentDialog, DisputeCommentData, string>(DisputeCommentDialog, { data, width: '30rem' });
  return firstValueFrom(ref.afterClosed());
}
