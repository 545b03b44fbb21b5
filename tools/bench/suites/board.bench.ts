import type { BenchCase, BenchSuite } from '../bench-suite';
import { startBenchEnvironment, type BenchEnvironment } from '../bench-environment';
import { generateBookingsDataset, type Dataset } from '../bookings-dataset';

const quick = process.argv.includes('--quick');
const flag = (name: string, fallback: number): number => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
};

let env: BenchEnvironment;
let data: Dataset;

async function search(query: string): Promise<{ items: unknown[]; total: number }> {
  const res = await fetch(`${env.baseUrl}/api/board/posts?${query}`, { headers: { cookie: data.cookie } });
  if (res.status !== 200) throw new Error(`search answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { items: unknown[]; total: number };
}

/**
 * 100,000 posts (a tenth with --quick) in the benchmark's network and in ten others, a fifth of those
 * instance-wide, titles and descriptions drawn from the words of real posts, a sixth of them expired.
 */
async function createPosts(count: number): Promise<void> {
  const [{ ids: otherNetworks }] = (
    await env.pool.query(
      `WITH n AS (INSERT INTO network (name) SELECT 'Other network ' || g FROM generate_series(1, 10) g RETURNING id)
       SELECT array_agg(id) AS ids FROM n`,
    )
  ).rows;
  const [{ ids: otherOrganisations }] = (
    await env.pool.query(
      `WITH o AS (INSERT INTO organisation (name) SELECT 'Other organisation ' || g FROM generate_series(1, 10) g RETURNING id),
            m AS (INSERT INTO network_membership (network_id, organisation_id)
                  SELECT ($1::uuid[])[row_number() OVER ()], id FROM o RETURNING organisation_id)
       SELECT array_agg(organisation_id) AS ids FROM m`,
      [otherNetworks],
    )
  ).rows;
  const organisations = (
    await env.pool.query('SELECT organisation_id FROM network_membership WHERE network_id = $1', [data.networkId])
  ).rows.map((r) => r.organisation_id as string);
  await env.pool.query(
    `INSERT INTO board_post (network_id, organisation_id, kind, category, title, description, municipality, visibility,
                             expires_on, created_at, updated_at)
     SELECT CASE WHEN g % 2 = 0 THEN $1::uuid ELSE ($3::uuid[])[1 + g % 10] END,
            CASE WHEN g % 2 = 0 THEN ($2::uuid[])[1 + g % array_length($2::uuid[], 1)] ELSE ($4::uuid[])[1 + g % 10] END,
            CASE WHEN g % 3 = 0 THEN 'need' ELSE 'offer' END,
            (ARRAY['premises', 'equipment', 'transport', 'storage', 'expertise', 'other'])[1 + g % 6],
            (ARRAY['Salle', 'Bureau', 'Camion', 'Équipement', 'Entrepôt', 'Comptable', 'Projecteur', 'Tables', 'Chaises',
                   'Cuisine', 'Vélo-cargo', 'Graphiste', 'Local', 'Fourgonnette', 'Congélateur', 'Traductrice', 'Imprimante',
                   'Sonorisation', 'Gymnase', 'Atelier'])[1 + g % 20]
              || ' ' || (ARRAY['disponible', 'recherché', 'à partager', 'libre', 'à prêter', 'demandé', 'partagé'])[1 + (g / 20) % 7]
              || ' ' || (ARRAY['le mardi', 'le samedi', 'en été', 'la fin de semaine', 'en soirée', 'chaque mois', 'ce printemps',
                               'le matin', 'pour un atelier', 'pour la collecte'])[1 + (g / 140) % 10]
              || ' #' || g,
            (ARRAY['Une grande pièce avec projecteur et tableau blanc.', 'Quatre heures par semaine de tenue de livres.',
                   'Transport des denrées vers les points de service.', 'Espace sec et chauffé, accès par quai de chargement.',
                   'Matériel en bon état, à récupérer sur place.', 'Pour nos rencontres avec les familles du quartier.',
                   'Réfrigéré, idéal pour la banque alimentaire.', 'Expertise en communication et en graphisme.'])[1 + (g / 7) % 8],
            (ARRAY['Saint-Jérôme', 'Prévost', 'Sainte-Agathe-des-Monts', 'Mirabel', 'Blainville', 'Rimouski'])[1 + g % 6],
            CASE WHEN g % 5 = 0 THEN 'instance' ELSE 'network' END,
            current_date + (g % 72) - 12,
            now() - g * interval '1 minute', now() - g * interval '1 minute'
       FROM generate_series(1, $5) g`,
    [data.networkId, organisations, otherNetworks, otherOrganisations, count],
  );
  await env.pool.query('ANALYZE board_post');
}

const cases: BenchCase[] = [
  {
    name: 'board search, a common word (HTTP)',
    iterations: 50,
    targetP95Ms: 50,
    floor: 'board search, a common word (raw SQL floor)',
    run: async () => {
      const page = await search('q=salle');
      if (page.items.length === 0) throw new Error('nothing found');
    },
  },
  {
    name: 'board search, a common word (raw SQL floor)',
    iterations: 50,
    run: () =>
      env.pool.query(
        // The first page of the same ranking by hand: the newest open posts whose title holds the word.
        `SELECT id, title FROM board_post
          WHERE to_tsvector('board_french'::regconfig, title) @@ websearch_to_tsquery('board_french', 'salle')
            AND status = 'open' AND hidden_at IS NULL AND expires_on >= current_date
            AND (network_id = $1 OR visibility = 'instance')
          ORDER BY created_at DESC, id LIMIT 20`,
        [data.networkId],
      ),
  },
  {
    name: 'board search, two words without accents (HTTP)',
    iterations: 50,
    targetP95Ms: 50,
    run: async () => {
      const page = await search('q=entrepot%20libre');
      if (page.items.length === 0) throw new Error('nothing found');
    },
  },
  {
    name: 'board search, word + category + kind (HTTP)',
    iterations: 50,
    targetP95Ms: 50,
    run: () => search('q=camion&category=transport&kind=offer'),
  },
  {
    name: 'board, newest posts (HTTP)',
    iterations: 50,
    targetP95Ms: 50,
    run: async () => {
      const page = await search('');
      if (page.items.length === 0) throw new Error('the board is empty');
    },
  },
];

export const boardSuite: BenchSuite = {
  name: 'board',
  async setup() {
    env = await startBenchEnvironment('mutualis_bench_board');
    const started = Date.now();
    data = await generateBookingsDataset(env.pool, { organisations: 20, spaces: 1, weeks: 1, seriesPerSpace: 1, freeSpaces: 0 });
    const posts = flag('board-posts', quick ? 10_000 : 100_000);
    await createPosts(posts);
    console.log(
      `  dataset: ${posts.toLocaleString('en')} posts over 11 networks, in ${Math.round((Date.now() - started) / 1000)} s`,
    );
  },
  teardown: () => env?.close(),
  cases,
};
