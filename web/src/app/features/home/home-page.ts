import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { HomeBooking, HomeHourBank } from '@mutualis/contracts';
import { Session } from '../../core/auth/session';
import { Clock } from '../../core/clock/clock';
import { HomeSummary } from '../../core/home/home-summary';
import { homeTodosOf, pluralCategory } from '../../core/home/home-todos';
import { LocaleFormat } from '../../core/locale/locale-format';
import { MoneyPipe } from '../../core/locale/money.pipe';
import { formatHours } from '@mutualis/domain';
import { bankPeriod, bankProgress, bookingWhen, longDate, monthLabel } from './home-format';

/**
 * « Accueil »: what needs the person now (counts linked to where each is handled), their next
 * bookings, their organisations' hour banks and what those owe this month — one request, shared
 * with the navigation's badges.
 */
@Component({
  selector: 'app-home-page',
  imports: [MatButtonModule, MatProgressBarModule, MoneyPipe, RouterLink, TranslocoPipe],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage implements OnInit {
  private readonly summary = inject(HomeSummary);
  private readonly session = inject(Session);
  private readonly clock = inject(Clock);
  protected readonly locale = inject(LocaleFormat).locale;
  protected readonly lang = computed(() => (this.locale() === 'fr-CA' ? 'fr' : 'en'));

  protected readonly view = this.summary.view;
  protected readonly loading = this.summary.loading;
  protected readonly failed = this.summary.failed;
  protected readonly firstName = computed(() => this.session.me()?.name.split(' ')[0] ?? '');
  protected readonly today = computed(() => longDate(this.view()?.now ?? this.clock.nowIso(), this.locale()));
  protected readonly todos = computed(() => {
    const view = this.view();
    return view ? homeTodosOf(view.counts, { reviewsTimesheets: this.session.canAdminister() }) : [];
  });
  /** Coordinators who belong to no organisation and are no employee have no bookings of their own to list. */
  protected readonly showsBookings = computed(
    () => this.session.memberships().length > 0 || !!this.session.me()?.staffResourceId,
  );
  protected readonly statementLink = computed(() => (this.session.isCoordinator() ? '/reports/mine' : '/reports'));

  ngOnInit(): void {
    this.summary.refresh();
  }

  protected retry(): void {
    this.summary.refresh();
  }

  protected todoLabelKey(kind: string, count: number): string {
    return `home.todo.${kind}.${pluralCategory(count, this.locale())}`;
  }

  protected when(booking: HomeBooking): string {
    return bookingWhen(booking.start, booking.end, this.locale(), booking.timeZone);
  }

  protected hours(minutes: number): string {
    return formatHours(minutes, this.lang());
  }

  protected progress(bank: HomeHourBank): ReturnType<typeof bankProgress> {
    return bankProgress(bank);
  }

  protected period(bank: HomeHourBank): ReturnType<typeof bankPeriod> {
    return bankPeriod(bank.period, this.locale());
  }

  protected month(day: string): string {
    return monthLabel(day, this.locale());
  }
}
