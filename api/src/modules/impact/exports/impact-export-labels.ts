import type { IndicatorStage } from '@mutualis/contracts';
import type { ExportLocale } from '../../reports/exports/export-labels';

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
  progress: 'Achieved',
  hoursUnit: 'h',
  sheets: { summary: 'Summary', rooms: 'Rooms', staff: 'Expertise', savings: 'Savings', indicators: 'Indicators' },
  occupancyChart: 'Occupancy by room',
  staffChart: 'Hours planned and delivered per organisation',
};

export function impactExportLabels(locale: ExportLocale): ImpactExportLabels {
  return locale === 'fr' ? FR : EN;
}
