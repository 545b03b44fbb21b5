import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import type { NotificationCategory, NotificationDelivery, NotificationPreferences } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../core/feedback/notice';
import { errorsInline } from '../../core/http/errors-inline';
import { InlineError, inlineErrorOf } from '../../core/http/inline-error';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';

const DELIVERIES: NotificationDelivery[] = ['immediate', 'digest', 'in_app'];

/** How the person hears about each kind of event: e-mail at once, a daily digest, the app only, or (reminders) never. */
@Component({
  selector: 'app-notification-preferences-page',
  imports: [FormsModule, InlineErrorMessage, MatButtonModule, MatProgressBarModule, MatRadioModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'account.notifications.title' | transloco }}</h2>
    <p class="intro">{{ 'account.notifications.intro' | transloco }}</p>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'account.notifications.loading' | transloco" />
    } @else {
      <form (ngSubmit)="save()">
        <app-inline-error-message [error]="error()" />
        @for (choice of choices(); track choice.category) {
          <fieldset>
            <legend>{{ 'account.notifications.categories.' + choice.category | transloco }}</legend>
            <mat-radio-group
              [name]="choice.category"
              [ngModel]="choice.delivery"
              (ngModelChange)="choose(choice.category, $event)"
              class="options"
            >
              @for (delivery of deliveriesFor(choice.category); track delivery) {
                <mat-radio-button [value]="delivery">{{
                  'account.notifications.deliveries.' + delivery | transloco
                }}</mat-radio-button>
              }
            </mat-radio-group>
          </fieldset>
        }
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'account.notifications.save' | transloco }}</button>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'account.saving' | transloco" />
        }
      </form>
    }
  `,
  styles: `
    fieldset {
      border: 0;
      margin: 0 0 1rem;
      padding: 0;
    }
    legend {
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
  `,
})
export class NotificationPreferencesPage {
  private readonly http = inject(HttpClient);
  private readonly notice = inject(Notice);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly choices = signal<NotificationPreferences['preferences']>([]);

  constructor() {
    void this.load();
  }

  protected deliveriesFor(category: NotificationCategory): NotificationDelivery[] {
    return category.startsWith('reminder.') ? [...DELIVERIES, 'off'] : DELIVERIES;
  }

  protected choose(category: NotificationCategory, delivery: NotificationDelivery): void {
    this.choices.update((all) => all.map((c) => (c.category === category ? { ...c, delivery } : c)));
  }

  protected async save(): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    try {
      const saved = await firstValueFrom(
        this.http.put<NotificationPreferences>('/api/notification-preferences', { preferences: this.choices() }, errorsInline()),
      );
      this.choices.set(saved.preferences);
      this.notice.show('account.notifications.saved');
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.choices.set(
        (await firstValueFrom(this.http.get<NotificationPreferences>('/api/notification-preferences'))).preferences,
      );
    } finally {
      this.loading.set(false);
    }
  }
}
