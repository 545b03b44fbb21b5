import type { ImpactIndicatorView, IndicatorStage, Locale } from '@mutualis/contracts';
import { reportingPeriodKind } from '@mutualis/domain';

/** Every word of the impact exports, in French and in English. */
export interface ImpactExportLabels {
  title: string;
  period: (period: string) => string;
  organisation: (name: string) => string;
  wholeNetwork: string;
  organisationColumn: string;
  summary: string;
  occupancy: string;
  delivered: string;
  served: string;
  saved: string;
  shared: string;
  previous: string;
  lastYear: string;
  change: string;
  occupancyTitle: string;
  room: string;
  month: string;
  site: string;
  booked: string;
  open: string;
  rate: string;
  rarelyUsed: string;
  staffTitle: string;
  employee: string;
  role: string;
  planned: string;
  deliveredColumn: string;
  contracted: string;
  worked: string;
  utilisation: string;
  reachTitle: string;
  reach: { organisations: string; bookings: string; requests: string; people: string; boardPosts: string; boardMatches: string };
  savingsTitle: string;
  standAlone: string;
  charged: string;
  savedColumn: string;
  explanation: string;
  total: string;
  environmentTitle: string;
  environment: (value: string) => string;
  modelTitle: string;
  stages: Record<IndicatorStage, string>;
  indicator: string;
  value: string;
  target: string;
  targetBasisColumn: string;
  /** Where the window's target comes from, when it is not set for the period itself. */
  targetBasis: { prorated: (periods: string) => string; enclosing: (period: string) => string; default: string };
  and: string;
  quarter: (quarter: number, year: number) => string;
  progress: string;
  hoursUnit: string;
  sheets: { summary: string; rooms: string; staff: string; savings: string; indicators: string };
  occupancyChart: string;
  staffChart: string;
}

const FR: ImpactExportLabels = {
  title: 'Rapport d’impact de la mutualisation',
  period: (period) => `Période : ${period}`,
  organisation: (name) => `Organisme : ${name}`,
  wholeNetwork: 'Tout le réseau',
  organisationColumn: 'Organisme',
  summary: 'En bref',
  occupancy: 'Taux d’occupation des salles',
  delivered: 'Heures d’expertise partagée livrées',
  served: 'Organismes rejoints',
  saved: 'Économies par rapport à l’achat en solo',
  shared: 'Mètres carrés · heures partagés',
  previous: 'Période précédente',
  lastYear: 'Même période l’an dernier',
  change: 'Variation',
  occupancyTitle: 'Occupation des locaux',
  room: 'Salle',
  month: 'Mois',
  site: 'Lieu',
  booked: 'Heures réservées',
  open: 'Heures d’ouverture',
  rate: 'Taux d’occupation',
  rarelyUsed: 'peu utilisée',
  staffTitle: 'Expertise partagée',
  employee: 'Ressource partagée',
  role: 'Rôle',
  planned: 'Heures prévues',
  deliveredColumn: 'Heures livrées',
  contracted: 'Heures au contrat',
  worked: 'Heures travaillées',
  utilisation: 'Taux d’utilisation',
  reachTitle: 'Portée',
  reach: {
    organisations: 'Organismes rejoints',
    bookings: 'Réservations de salles',
    requests: 'Demandes d’heures',
    people: 'Personnes',
    boardPosts: 'Annonces au babillard',
    boardMatches: 'Jumelages du babillard',
  },
  savingsTitle: 'Économies par rapport à l’achat en solo',
  standAlone: 'Coût en solo',
  charged: 'Répartition',
  savedColumn: 'Économie',
  explanation: 'Explication',
  total: 'Total',
  environmentTitle: 'Environnement',
  environment: (value) =>
    `${value} m²·heures de locaux partagés plutôt que dupliqués : la superficie des salles multipliée par les heures où d’autres organismes les ont utilisées.`,
  modelTitle: 'Modèle logique',
  stages: { activity: 'Activités', output: 'Réalisations', effect: 'Effets' },
  indicator: 'Indicateur',
  value: 'Valeur',
  target: 'Cible',
  targetBasisColumn: 'Origine de la cible',
  targetBasis: {
    prorated: (periods) => `au prorata de la cible de ${periods}`,
    enclosing: (period) => `cible de ${period}`,
    default: 'cible par défaut',
  },
  and: 'et',
  quarter: (quarter, year) => `T${quarter} ${year}`,
  progress: 'Atteinte',
  hoursUnit: 'h',
  sheets: { summary: 'Sommaire', rooms: 'Salles', staff: 'Expertise', savings: 'Économies', indicators: 'Indicateurs' },
  occupancyChart: 'Taux d’occupation par salle',
  staffChart: 'Heures prévues et livrées par organisme',
};

const EN: ImpactExportLabels = {
  title: 'Impact report of pooling',
  period: (period) => `Period: ${period}`,
  organisation: (name) => `Organisation: ${name}`,
  wholeNetwork: 'Whole network',
  organisationColumn: 'Organisation',
  summary: 'At a glance',
  occupancy: 'Room occupancy',
  delivered: 'Hours of shared expertise delivered',
  served: 'Organisations reached',
  saved: 'Savings against buying alone',
  shared: 'Square metres · hours shared',
  previous: 'Previous period',
  lastYear: 'Same period last year',
  change: 'Change',
  occupancyTitle: 'Occupancy of the premises',
  room: 'Room',
  month: 'Month',
  site: 'Site',
  booked: 'Hours booked',
  open: 'Opening hours',
  rate: 'Occupancy',
  rarelyUsed: 'rarely used',
  staffTitle: 'Shared expertise',
  employee: 'Shared employee',
  role: 'Role',
  planned: 'Hours planned',
  deliveredColumn: 'Hours delivered',
  contracted: 'Contracted hours',
  worked: 'Hours worked',
  utilisation: 'Utilisation',
  reachTitle: 'Reach',
  reach: {
    organisations: 'Organisations reached',
    bookings: 'Room bookings',
    requests: 'Hour requests',
    people: 'People',
    boardPosts: 'Board posts',
    boardMatches: 'Board matches',
  },
  savingsTitle: 'Savings against buying alone',
  standAlone: 'Stand-alone cost',
  charged: 'Allocation',
  savedColumn: 'Saving',
  explanation: 'Explanation',
  total: 'Total',
  environmentTitle: 'Environment',
  environment: (value) =>
    `${value} m²·hours of premises shared rather than duplicated: the rooms' floor area times the hours other organisations used them.`,
  modelTitle: 'Logic model',
  stages: { activity: 'Activities', output: 'Outputs', effect: 'Effects' },
  indicator: 'Indicator',
  value: 'Value',
  target: 'Target',
  targetBasisColumn: 'Target from',
  targetBasis: {
    prorated: (periods) => `prorated from the target of ${periods}`,
    enclosing: (period) => `target for ${period}`,
    default: 'default target',
  },
  and: 'and',
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  progress: 'Achieved',
  hoursUnit: 'h',
  sheets: { summary: 'Summary', rooms: 'Rooms', staff: 'Expertise', savings: 'Savings', indicators: 'Indicators' },
  occupancyChart: 'Occupancy by room',
  staffChart: 'Hours planned and delivered per organisation',
};

export function impactExportLabels(locale: Locale): ImpactExportLabels {
  return locale === 'fr' ? FR : EN;
}

/** « novembre 2026 », « T4 2026 », « 2026 », « 2026-2027 » (fiscal year), as people name reporting periods. */
export function reportingPeriodName(period: { from: string; to: string }, locale: Locale): string {
  const kind = reportingPeriodKind(period);
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  switch (kind) {
    case 'month':
      return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${period.from}T00:00:00Z`));
    case 'quarter':
      return impactExportLabels(locale).quarter((month + 2) / 3, year);
    case 'year':
      return String(year);
    case 'fiscal_year':
      return `${year}-${year + 1}`;
    case null:
      return `${period.from} – ${period.to}`;
  }
}

/** Where an indicator's target for the window comes from; empty when it is set for the period itself (or there is none). */
export function targetBasisText(indicator: ImpactIndicatorView, locale: Locale): string {
  const l = impactExportLabels(locale);
  const names = indicator.targetSources.map((source) => reportingPeriodName(source, locale));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${l.and} ${names[names.length - 1]}` : (names[0] ?? '');
  switch (indicator.targetBasis) {
    case 'prorated':
      return l.targetBasis.prorated(list);
    case 'enclosing':
      return l.targetBasis.enclosing(list);
    case 'default':
      return l.targetBasis.default;
    case 'period':
    case null:
      return '';
  }
}
