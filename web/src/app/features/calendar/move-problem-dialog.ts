import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { BookingProblemMessage } from '../bookings/booking-problem-message';
import type { BookingProblem } from '../bookings/booking-problem';

export interface MoveProblemDialogData {
  readonly problem: BookingProblem;
  readonly timeZone: string;
  /** « Atelier » could not be moved / could not be put back. */
  readonly titleKey: 'calendar.move.refused' | 'calendar.move.undoRefused';
  readonly title: string;
}

/**
 * Why a booking dropped in the calendar stayed where it was (taken, closed, outside the hours, a
 * rule…), opened beside the place where it was let go; the booking is already back in its slot.
 */
@Component({
  selector: 'app-move-problem-dialog',
  imports: [BookingProblemMessage, MatButtonModule, MatDialogModule, TranslocoPipe],
  providers: [provideTranslocoScope('calendar')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | transloco: { title: data.title } }}</h2>
    <mat-dialog-content>
      <app-booking-problem-message [problem]="data.problem" [timeZone]="data.timeZone" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close>{{ 'calendar.move.close' | transloco }}</button>
    </mat-dialog-actions>
  `,
})
export class MoveProblemDialog {
  protected readonly data = inject<MoveProblemDialogData>(MAT_DIALOG_DATA);
}
