import { boardDateAfter, formatLocalDate, instantToWallClock, resolveTimeZone } from '@mutualis/domain';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../clock/clock';
import type { DemoDirectory } from './demo-premises.seed';

const HOUR_MS = 3_600_000;

interface DemoPost {
  key: string;
  organisation: keyof DemoDirectory['organisations'];
  author: string | null;
  kind: 'offer' | 'need';
  category: 'premises' | 'equipment' | 'transport' | 'storage' | 'expertise' | 'other';
  title: string;
  description: string;
  quantity?: string;
  hoursPerWeek?: number;
  recurrenceText?: string;
  municipality: string;
  visibility?: 'network' | 'instance';
  site?: boolean;
  /** Days from today until it expires (default 60). */
  expiresIn?: number;
}

const POSTS: DemoPost[] = [
  {
    key: 'bureau',
    organisation: 'culture',
    author: 'admin@culture.demo.test',
    kind: 'offer',
    category: 'premises',
    title: 'Bureau fermé libre les mardis',
    description: 'Un bureau fermé avec deux postes de travail, libre tous les mardis. Idéal pour des rencontres individuelles.',
    quantity: '1 bureau, 2 postes',
    recurrenceText: 'Tous les mardis, de 9 h à 17 h',
    municipality: 'Saint-Jérôme',
    site: true,
  },
  {
    key: 'camion',
    organisation: 'banque',
    author: null,
    kind: 'need',
    category: 'transport',
    title: 'Besoin d’une camionnette pour la collecte du samedi',
    description: 'Nous cherchons une camionnette réfrigérée ou non pour la collecte des dons, un samedi sur deux.',
    recurrenceText: 'Un samedi sur deux, de 8 h à 12 h',
    municipality: 'Sainte-Agathe-des-Monts',
  },
  {
    key: 'sono',
    organisation: 'culture',
    author: 'admin@culture.demo.test',
    kind: 'offer',
    category: 'equipment',
    title: 'Équipement de sonorisation à prêter',
    description: 'Deux haut-parleurs, une console huit pistes et trois micros sans fil. Transport non inclus.',
    quantity: '1 ensemble',
    municipality: 'Saint-Jérôme',
    visibility: 'instance',
  },
  {
    key: 'comptable',
    organisation: 'famille',
    author: 'admin@famille.demo.test',
    kind: 'need',
    category: 'expertise',
    title: 'Quatre heures de tenue de livres par semaine',
    description: 'Nous cherchons une personne comptable pour la saisie des dépenses et la conciliation bancaire.',
    hoursPerWeek: 4,
    municipality: 'Saint-Jérôme',
  },
  {
    key: 'entrepot',
    organisation: 'banque',
    author: null,
    kind: 'offer',
    category: 'storage',
    title: 'Espace d’entreposage sec disponible',
    description: 'Une dizaine de palettes d’espace sec et chauffé, accès par quai de chargement.',
    quantity: '10 palettes',
    municipality: 'Sainte-Agathe-des-Monts',
  },
  {
    key: 'salle',
    organisation: 'famille',
    author: 'membre@famille.demo.test',
    kind: 'need',
    category: 'premises',
    title: 'Salle pour un atelier parents-enfants',
    description: 'Une salle d’au moins 15 places, accessible en poussette, pour un atelier le jeudi matin.',
    recurrenceText: 'Les jeudis de 9 h 30 à 11 h 30',
    municipality: 'Prévost',
  },
  {
    key: 'tables',
    organisation: 'culture',
    author: 'admin@culture.demo.test',
    kind: 'offer',
    category: 'equipment',
    title: 'Tables pliantes et chaises',
    description: 'Vingt tables pliantes et cent chaises, à récupérer sur place.',
    quantity: '20 tables, 100 chaises',
    municipality: 'Saint-Jérôme',
  },
  {
    key: 'graphisme',
    organisation: 'culture',
    author: 'admin@culture.demo.test',
    kind: 'offer',
    category: 'expertise',
    title: 'Quelques heures de graphisme',
    description: 'Notre graphiste a trois heures par semaine à partager : affiches, dépliants, publications.',
    hoursPerWeek: 3,
    municipality: 'Saint-Jérôme',
  },
  {
    key: 'frigo',
    organisation: 'famille',
    author: 'admin@famille.demo.test',
    kind: 'need',
    category: 'storage',
    title: 'Place dans un réfrigérateur commercial',
    description: 'Pour conserver les collations de la halte-garderie pendant l’été.',
    municipality: 'Saint-Jérôme',
  },
  {
    key: 'velo',
    organisation: 'banque',
    author: null,
    kind: 'offer',
    category: 'transport',
    title: 'Vélo-cargo pour les livraisons en ville',
    description: 'Un vélo-cargo électrique, disponible en semaine.',
    municipality: 'Sainte-Agathe-des-Monts',
  },
  {
    key: 'traduction',
    organisation: 'famille',
    author: 'admin@famille.demo.test',
    kind: 'need',
    category: 'other',
    title: 'Bénévole pour traduire un dépliant',
    description: 'Un dépliant de deux pages à traduire du français vers l’anglais et l’espagnol.',
    municipality: 'Saint-Jérôme',
  },
  {
    key: 'projecteur',
    organisation: 'culture',
    author: 'admin@culture.demo.test',
    kind: 'offer',
    category: 'equipment',
    title: 'Projecteur et écran portatif',
    description: 'Projecteur HD et écran sur trépied, prêtés à la journée.',
    municipality: 'Saint-Jérôme',
    expiresIn: 10,
  },
];

/**
 * The « babillard »: a dozen posts across categories, two conversations, and one match that became a
 * shared room (the Centre culturel's office on Tuesdays, now carried by it and bookable by the network).
 */
export async function seedDemoBoard(manager: EntityManager, directory: DemoDirectory, clock: Clock): Promise<void> {
  const nowMs = clock.nowMs();
  const today = formatLocalDate(
    instantToWallClock(nowMs, resolveTimeZone('America/Toronto') as NonNullable<ReturnType<typeof resolveTimeZone>>),
  );
  const [site] = await manager.query('SELECT id, time_zone FROM site WHERE network_id = $1 ORDER BY name LIMIT 1', [
    directory.networkId,
  ]);
  const ids: Record<string, string> = {};
  for (const [index, post] of POSTS.entries()) {
    // Older posts first: the list shows the newest on top.
    const createdMs = nowMs - (POSTS.length - index) * 5 * HOUR_MS;
    const [row] = await manager.query(
      `INSERT INTO board_post (network_id, organisation_id, author_user_id, kind, category, title, description, quantity,
                               hours_per_week, recurrence_text, site_id, municipality, visibility, expires_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, to_timestamp($15 / 1000.0), to_timestamp($15 / 1000.0))
       RETURNING id`,
      [
        directory.networkId,
        directory.organisations[post.organisation],
        post.author ? directory.users[post.author] : null,
        post.kind,
        post.category,
        post.title,
        post.description,
        post.quantity ?? '',
        post.hoursPerWeek ?? null,
        post.recurrenceText ?? '',
        post.site && site ? site.id : null,
        post.municipality,
        post.visibility ?? 'network',
        boardDateAfter(today, post.expiresIn ?? 60),
        createdMs,
      ],
    );
    ids[post.key] = row.id;
  }

  const conversation = async (
    postKey: string,
    organisation: keyof DemoDirectory['organisations'],
    messages: Array<[string, keyof DemoDirectory['organisations'], string]>,
  ) => {
    const startedMs = nowMs - 3 * HOUR_MS;
    const [row] = await manager.query(
      `INSERT INTO board_conversation (post_id, organisation_id, started_by, created_at)
       VALUES ($1, $2, $3, to_timestamp($4 / 1000.0)) RETURNING id`,
      [ids[postKey], directory.organisations[organisation], directory.users[messages[0][0]], startedMs],
    );
    for (const [index, [author, side, body]] of messages.entries()) {
      await manager.query(
        `INSERT INTO board_message (conversation_id, author_user_id, organisation_id, body, created_at)
         VALUES ($1, $2, $3, $4, to_timestamp($5 / 1000.0))`,
        [row.id, directory.users[author], directory.organisations[side], body, startedMs + (index + 1) * 20 * 60_000],
      );
    }
  };
  await conversation('bureau', 'famille', [
    [
      'admin@famille.demo.test',
      'famille',
      'Bonjour ! Le bureau du mardi nous serait très utile pour nos rencontres individuelles.',
    ],
    ['admin@culture.demo.test', 'culture', 'Avec plaisir. Je le rends réservable pour le réseau dès aujourd’hui.'],
  ]);
  await conversation('camion', 'culture', [
    ['admin@culture.demo.test', 'culture', 'Notre camion est libre le samedi matin. Quel secteur couvrez-vous ?'],
  ]);

  // The match: the office becomes a shared room carried by the Centre culturel, bookable by the network.
  if (site) {
    const [resource] = await manager.query(
      `INSERT INTO resource (network_id, type, name, time_zone, carrier_organisation_id, min_lead_minutes)
       VALUES ($1, 'space', 'Bureau du mardi (Centre culturel)', $2, $3, 0) RETURNING id`,
      [directory.networkId, site.time_zone, directory.organisations.culture],
    );
    await manager.query('INSERT INTO space (resource_id, site_id, capacity) VALUES ($1, $2, 2)', [resource.id, site.id]);
    await manager.query(
      `UPDATE board_post SET status = 'matched', matched_organisation_id = $2, matched_at = to_timestamp($3 / 1000.0),
              created_resource_id = $4 WHERE id = $1`,
      [ids['bureau'], directory.organisations.famille, nowMs - HOUR_MS, resource.id],
    );
  }
  await manager.query(`INSERT INTO board_category_follow (user_id, category) VALUES ($1, 'equipment'), ($1, 'premises')`, [
    directory.users['membre@famille.demo.test'],
  ]);
}
