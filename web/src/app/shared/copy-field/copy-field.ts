import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Notice } from '../../core/feedback/notice';

let nextId = 0;

/** A read-only value (a secret token, a link to pass on) with a button copying it to the clipboard. */
@Component({
  selector: 'app-copy-field',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="value" subscriptSizing="dynamic">
      <mat-label>{{ labelKey() | transloco }}</mat-label>
      <input matInput readonly [id]="inputId" [value]="value()" (focus)="selectAll($event)" />
    </mat-form-field>
    <button mat-stroked-button type="button" (click)="copy()">{{ 'copy.button' | transloco }}</button>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .value {
      flex: 1 1 20rem;
    }
    input {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    }
  `,
})
export class CopyField {
  private readonly clipboard = inject(Clipboard);
  private readonly notice = inject(Notice);

  readonly value = input.required<string>();
  /** Translation key of the field's label. */
  readonly labelKey = input.required<string>();
  protected readonly inputId = `copy-field-${nextId++}`;

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected copy(): void {
    this.notice.show(this.clipboard.copy(this.value()) ? 'copy.done' : 'copy.failed');
  }
}
