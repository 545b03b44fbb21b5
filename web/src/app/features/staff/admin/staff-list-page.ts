import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { OrganisationView, StaffView } from '@mutualis/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { Session } from '../../../core/auth/session';
import { StaffApi } from '../staff-api';

/** The pooled employees of the networks the coordinator runs, with a way to add and edit them. */
@Component({
  selector: 'app-staff-list-page',
  imports: [MatButtonModule, MatProgressBarModule, MatTableModule, RouterLink, TranslocoPipe],
  providers: [provideTranslocoScope('staff')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="section-bar">
      <h2>{{ 'staff.admin.title' | transloco }}</h2>
      <a mat-flat-button routerLink="/staff/admin/new">{{ 'staff.admin.add' | transloco }}</a>
    </div>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'staff.loading' | transloco" />
    } @else if (staff().length === 0) {
      <p class="empty-state">{{ 'staff.admin.empty' | transloco }}</p>
    } @else {
      <div class="table-scroll">
        <table mat-table [dataSource]="staff()">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef>{{ 'staff.admin.fields.name' | transloco }}</th>
            <td mat-cell *matCellDef="let member">{{ member.name }}</td>
          </ng-container>
          <ng-container matColumnDef="jobTitle">
            <th mat-header-cell *matHeaderCellDef>{{ 'staff.admin.fields.jobTitle' | transloco }}</th>
            <td mat-cell *matCellDef="let member">{{ member.jobTitle }}</td>
          </ng-container>
          <ng-container matColumnDef="carrier">
            <th mat-header-cell *matHeaderCellDef>{{ 'staff.admin.fields.carrier' | transloco }}</th>
            <td mat-cell *matCellDef="let member">{{ organisationName(member.carrierOrganisationId) }}</td>
          </ng-container>
          <ng-container matColumnDef="account">
            <th mat-header-cell *matHeaderCellDef>{{ 'staff.admin.account' | transloco }}</th>
            <td mat-cell *matCellDef="let member">
              {{ (member.userId ? 'staff.admin.accountLinked' : 'staff.admin.accountNone') | transloco }}
            </td>
          </ng-container>
          <ng-container matColumnDef="state">
            <th mat-header-cell *matHeaderCellDef>{{ 'staff.admin.state' | transloco }}</th>
            <td mat-cell *matCellDef="let member">
              {{ (member.active ? 'staff.admin.active' : 'staff.admin.inactive') | transloco }}
            </td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef>
              <span class="visually-hidden">{{ 'staff.admin.actions' | transloco }}</span>
            </th>
            <td mat-cell *matCellDef="let member" class="actions">
              <a
                mat-button
                [routerLink]="['/staff/admin', member.id]"
                [attr.aria-label]="'staff.admin.editLabel' | transloco: { name: member.name }"
                >{{ 'staff.admin.edit' | transloco }}</a
              >
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let member; columns: columns"></tr>
        </table>
      </div>
    }
  `,
  styleUrl: './staff-admin.scss',
})
export class StaffListPage {
  private readonly api = inject(StaffApi);
  private readonly session = inject(Session);

  protected readonly columns = ['name', 'jobTitle', 'carrier', 'account', 'state', 'actions'];
  protected readonly loading = signal(true);
  private readonly allStaff = signal<readonly StaffView[]>([]);
  private readonly organisations = signal<readonly OrganisationView[]>([]);
  /** Only the networks the user coordinates: members of other networks cannot change them. */
  protected readonly staff = computed(() =>
    this.allStaff()
      .filter((member) => this.session.coordinates(member.networkId))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );

  constructor() {
    void this.load();
  }

  protected organisationName(id: string | null): string {
    return (id && this.organisations().find((organisation) => organisation.id === id)?.name) || '—';
  }

  private async load(): Promise<void> {
    try {
      const { staff, organisations } = await firstValueFrom(
        forkJoin({ staff: this.api.list(), organisations: this.api.organisations() }),
      );
      this.allStaff.set(staff);
      this.organisations.set(organisations);
    } catch {
      // The error snack bar explained it.
    } finally {
      this.loading.set(false);
    }
  }
}
