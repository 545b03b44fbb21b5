import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AllocationKey, CostPoolView, OrganisationView, ResourceView, SiteView, StaffView } from '@mutualis/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { Session } from '../../../core/auth/session';
import { Notice } from '../../../core/feedback/notice';
import { AppLanguage } from '../../../core/i18n/app-language';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { DEFAULT_TIME_ZONE } from '../../../core/locale/date-time-format';
import { confirmAction } from '../../../shared/confirm-dialog/confirm-dialog';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { formatDay } from '../report-format';
import { lastDayOf, todayIn } from '../report-period';
import { ReportsApi } from '../reports-api';
import { REPORTS_NOW } from '../reports-clock';
import { openCostPoolDialog } from './cost-pool-dialog';

interface Directory {
  readonly organisations: OrganisationView[];
  readonly staff: StaffView[];
  readonly spaces: ResourceView[];
  readonly sites: SiteView[];
}

/** « Enveloppes de coûts »: the cost pools of a network the coordinator runs, to add, change and delete. */
@Component({
  selector: 'app-cost-pools-page',
  imports: [InlineErrorMessage, MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, TranslocoPipe],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cost-pools-page.html',
  styleUrl: '../reports.scss',
})
export class CostPoolsPage {
  private readonly api = inject(ReportsApi);
  private readonly session = inject(Session);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(AppLanguage).locale;
  private readonly today = todayIn(DEFAULT_TIME_ZONE, inject(REPORTS_NOW)());

  protected readonly networks = computed(() => this.session.me()?.coordinatorOf ?? []);
  protected readonly networkId = linkedSignal(() => this.networks()[0]?.networkId ?? '');
  protected readonly loading = signal(true);
  protected readonly error = signal<InlineError | null>(null);
  private readonly allPools = signal<readonly CostPoolView[]>([]);
  private readonly directory = signal<Directory>({ organisations: [], staff: [], spaces: [], sites: [] });

  protected readonly pools = computed(() => [...this.allPools()].sort((a, b) => a.name.localeCompare(b.name, 'fr-CA')));
  /** What the network holds: the dialog offers only these. */
  private readonly networkDirectory = computed<Directory>(() => {
    const networkId = this.networkId();
    const { organisations, staff, spaces, sites } = this.directory();
    return {
      organisations: organisations.filter((each) => each.networkIds.includes(networkId)),
      staff: staff.filter((each) => each.networkId === networkId),
      spaces: spaces.filter((each) => each.networkId === networkId),
      sites: sites.filter((each) => each.networkId === networkId),
    };
  });

  constructor() {
    void this.loadDirectory();
    effect(() => {
      const networkId = this.networkId();
      untracked(() => void this.loadPools(networkId));
    });
  }

  protected organisationName(id: string | null): string {
    return (id && this.directory().organisations.find((each) => each.id === id)?.name) || '—';
  }

  /** « Comptable partagé·e, Salle polyvalente », or « Tout le lieu : Maison communautaire ». */
  protected coverage(pool: CostPoolView): string {
    const { staff, spaces, sites } = this.directory();
    if (pool.siteId) {
      const site = sites.find((each) => each.id === pool.siteId)?.name ?? pool.siteId;
      return this.transloco.translate('reports.poolList.wholeSite', { site });
    }
    if (pool.resourceIds.length === 0) return this.transloco.translate('reports.poolList.noResources');
    const names = new Map<string, string>([...staff, ...spaces].map((each) => [each.id, each.name]));
    return pool.resourceIds.map((id) => names.get(id) ?? id).join(', ');
  }

  /** « Hybride : 40 % Part fixe + 60 % Part d’utilisation ». */
  protected keyLabel(key: AllocationKey): string {
    const name = (kind: string) => this.transloco.translate(`reports.keys.${kind}`);
    if (key.kind !== 'hybrid' || !key.parts?.length) return name(key.kind);
    const parts = key.parts.map((part) =>
      this.transloco.translate('reports.poolList.part', { percent: part.percent, key: name(part.key) }),
    );
    return this.transloco.translate('reports.poolList.hybrid', { parts: parts.join(' + ') });
  }

  /** « 12 montants, du 1 janv. 2026 au 31 déc. 2026 ». */
  protected amountsLabel(pool: CostPoolView): string {
    if (pool.amounts.length === 0) return this.transloco.translate('reports.poolList.noAmounts');
    const from = pool.amounts.reduce((first, each) => (each.from < first ? each.from : first), pool.amounts[0].from);
    const to = pool.amounts.reduce((last, each) => (each.to > last ? each.to : last), pool.amounts[0].to);
    return this.transloco.translate('reports.poolList.amounts', {
      count: pool.amounts.length,
      from: formatDay(from, this.locale()),
      to: formatDay(lastDayOf({ to }), this.locale()),
    });
  }

  protected async add(): Promise<void> {
    const saved = await openCostPoolDialog(this.dialog, this.dialogData(null));
    if (!saved) return;
    this.allPools.update((pools) => [...pools, saved]);
    this.notice.show('reports.poolList.created', { name: saved.name });
  }

  protected async edit(pool: CostPoolView): Promise<void> {
    const saved = await openCostPoolDialog(this.dialog, this.dialogData(pool));
    if (!saved) return;
    this.allPools.update((pools) => pools.map((each) => (each.id === saved.id ? saved : each)));
    this.notice.show('reports.poolList.saved', { name: saved.name });
  }

  protected async remove(pool: CostPoolView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'reports.poolList.deleteTitle',
      messageKey: 'reports.poolList.deleteMessage',
      confirmKey: 'reports.poolList.delete',
      params: { name: pool.name },
    });
    if (!confirmed) return;
    this.error.set(null);
    try {
      await firstValueFrom(this.api.deletePool(pool.id));
      this.allPools.update((pools) => pools.filter((each) => each.id !== pool.id));
      this.notice.show('reports.poolList.deleted', { name: pool.name });
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    }
  }

  private dialogData(pool: CostPoolView | null) {
    return { networkId: this.networkId(), pool, month: this.today.slice(0, 7), ...this.networkDirectory() };
  }

  private async loadDirectory(): Promise<void> {
    try {
      this.directory.set(
        await firstValueFrom(
          forkJoin({
            organisations: this.api.organisations(),
            staff: this.api.staff(),
            spaces: this.api.spaces(),
            sites: this.api.sites(),
          }),
        ),
      );
    } catch {
      // The error snack bar explained it; pools still list, with ids for names.
    }
  }

  private async loadPools(networkId: string): Promise<void> {
    if (!networkId) return;
    this.loading.set(true);
    try {
      this.allPools.set(await firstValueFrom(this.api.pools(networkId)));
    } catch {
      this.allPools.set([]);
    } finally {
      this.loading.set(false);
    }
  }
}
