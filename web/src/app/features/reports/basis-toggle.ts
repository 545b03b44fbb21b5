import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { AllocationBasis } from '@mutualis/contracts';

/** « Prévu » (confirmed bookings) or « Réel » (timesheets): the basis the report is computed on. */
@Component({
  selector: 'app-basis-toggle',
  imports: [MatButtonToggleModule, TranslocoPipe],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      [value]="basis()"
      (change)="basis.set($event.value)"
      [attr.aria-label]="'reports.basis.label' | transloco"
      hideSingleSelectionIndicator
    >
      <mat-button-toggle value="planned" [title]="'reports.basis.plannedHint' | transloco">
        {{ 'reports.basis.planned' | transloco }}
      </mat-button-toggle>
      <mat-button-toggle value="actual" [title]="'reports.basis.actualHint' | transloco">
        {{ 'reports.basis.actual' | transloco }}
      </mat-button-toggle>
    </mat-button-toggle-group>
  `,
})
export class BasisToggle {
  readonly basis = model.required<AllocationBasis>();
}
