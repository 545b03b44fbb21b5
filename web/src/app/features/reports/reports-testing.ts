import { EnvironmentProviders, makeEnvironmentProviders, ModuleWithProviders } from '@angular/core';
import type { TranslocoTestingModule } from '@jsverse/transloco';
import type { ChartConfiguration } from 'chart.js';
import type { AllocationLine, AllocationReport, CostPoolView } from '@mutualis/contracts';
import reportsEn from '../../../../public/i18n/reports/en.json';
import reportsFr from '../../../../public/i18n/reports/fr.json';
import { provideAppIcons } from '../../core/shell/app-icons';
import { CHART_RENDERER } from './chart-canvas';
import { SAVE_FILE } from './report-exports';
import { REPORTS_NOW } from './reports-clock';
import { translocoTesting } from '../../../testing/transloco-testing';
import { fieldLabelled as controlLabelled } from '../../../testing/dom-testing';

// The shared DOM helpers, under the names the reports specs use (web/src/testing/dom-testing.ts).
export { chooseOption, fieldLabelled as controlLabelled } from '../../../testing/dom-testing';

/** For specs: Transloco with the app's and the `reports` files, French active. */
export function reportsTranslocoTesting(): ModuleWithProviders<TranslocoTestingModule> {
  return translocoTesting({ reports: { fr: reportsFr, en: reportsEn } });
}

/** Thursday 26 November 2026, 10:00 in Montréal: « now » in the reports specs. */
export const NOW = Date.parse('2026-11-26T15:00:00Z');

/** What the pages drew (jsdom has no canvas) and saved (no real downloads). */
export interface ReportsTestDoubles {
  readonly charts: ChartConfiguration[];
  readonly saved: Array<{ blob: Blob; fileName: string }>;
}

export function reportsTestProviders(doubles: ReportsTestDoubles): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: REPORTS_NOW, useValue: () => NOW },
    {
      provide: CHART_RENDERER,
      useValue: (_canvas: HTMLCanvasElement, config: ChartConfiguration) => {
        doubles.charts.push(config);
        return { destroy: () => undefined };
      },
    },
    { provide: SAVE_FILE, useValue: (blob: Blob, fileName: string) => doubles.saved.push({ blob, fileName }) },
    provideAppIcons(),
  ]);
}

export function aLine(overrides: Partial<AllocationLine> = {}): AllocationLine {
  return {
    poolId: 'pool-rent',
    organisationId: 'org-1',
    organisationName: 'Maison des jeunes',
    minutes: 870,
    sharePercent: 25,
    amountCents: 130000,
    explanation: '14 h 30 sur 58 h réservées = 25,00 % de 5 200,00 $',
    ...overrides,
  };
}

/**
 * November 2026 in « Réseau de l’Estrie »: a 5 200 $ rent shared by usage and a 2 000 $ accountant
 * split equally, among « Maison des jeunes » (org-1) and « Centre des femmes » (org-2).
 */
export function aReport(overrides: Partial<AllocationReport> = {}): AllocationReport {
  return {
    currency: 'CAD',
    networkId: 'network-1',
    networkName: 'Réseau de l’Estrie',
    from: '2026-11-01',
    to: '2026-12-01',
    basis: 'planned',
    closed: false,
    periodId: null,
    pools: [
      {
        id: 'pool-rent',
        name: 'Loyer',
        amountCents: 520000,
        key: 'usage_share',
        carrierOrganisationId: 'org-carrier',
        carrierOrganisationName: 'CDC de l’Estrie',
        totalMinutes: 3480,
      },
      {
        id: 'pool-accountant',
        name: 'Comptable',
        amountCents: 200000,
        key: 'equal_split',
        carrierOrganisationId: null,
        carrierOrganisationName: null,
        fallbackApplied: undefined,
        totalMinutes: 0,
      },
    ],
    lines: [
      aLine(),
      aLine({
        organisationId: 'org-2',
        organisationName: 'Centre des femmes',
        minutes: 2610,
        sharePercent: 75,
        amountCents: 390000,
        explanation: '43 h 30 sur 58 h réservées = 75,00 % de 5 200,00 $',
      }),
      aLine({ poolId: 'pool-accountant', minutes: 0, sharePercent: 50, amountCents: 100000, explanation: '1 organisme sur 2' }),
      aLine({
        poolId: 'pool-accountant',
        organisationId: 'org-2',
        organisationName: 'Centre des femmes',
        minutes: 0,
        sharePercent: 50,
        amountCents: 100000,
        explanation: '1 organisme sur 2',
      }),
    ],
    totals: {
      byOrganisation: [
        { organisationId: 'org-1', organisationName: 'Maison des jeunes', amountCents: 230000 },
        { organisationId: 'org-2', organisationName: 'Centre des femmes', amountCents: 490000 },
      ],
      byPool: [
        { poolId: 'pool-rent', amountCents: 520000 },
        { poolId: 'pool-accountant', amountCents: 200000 },
      ],
      grandCents: 720000,
    },
    generatedAt: '2026-11-26T15:00:00Z',
    ...overrides,
  };
}

export function aCostPool(overrides: Partial<CostPoolView> = {}): CostPoolView {
  return {
    id: 'pool-rent',
    networkId: 'network-1',
    name: 'Loyer',
    description: 'Loyer et services de la maison communautaire',
    carrierOrganisationId: 'org-carrier',
    resourceIds: ['room-1'],
    siteId: null,
    key: { kind: 'usage_share', fallback: 'equal_split', minChargeCents: null, capCents: null },
    amounts: [
      { id: 'amount-1', from: '2026-01-01', to: '2026-02-01', amountCents: 520000 },
      { id: 'amount-2', from: '2026-02-01', to: '2026-03-01', amountCents: 520000 },
    ],
    createdAt: '2026-01-05T15:00:00Z',
    updatedAt: '2026-01-05T15:00:00Z',
    ...overrides,
  };
}

/** The error shown under the form field labelled `label`. */
export function fieldErrorOf(root: ParentNode, label: string): string {
  const field = controlLabelled<HTMLElement>(root, label).closest('mat-form-field');
  return (field?.querySelector('mat-error')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
