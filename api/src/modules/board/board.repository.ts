import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BOARD_COUNT_CAP,
  type BoardCategory,
  type BoardConversationSummary,
  type BoardConversationView,
  type BoardMessageView,
  type BoardPostView,
  type CreateBoardPostRequest,
  type UpdateBoardPostRequest,
} from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/** Who reads: the networks they see, those they coordinate, their organisations, and today (local date). */
export interface BoardReader {
  userId: string;
  networkIds: string[];
  coordinatedNetworkIds: string[];
  organisationIds: string[];
  today: string;
}

export interface BoardSearch {
  q?: string;
  category?: string;
  kind?: string;
  networkId?: string;
  municipality?: string;
  on?: string;
  mine?: boolean;
  reported?: boolean;
  limit: number;
  offset: number;
}

export interface PostRecord {
  id: string;
  networkId: string;
  organisationId: string;
  kind: 'offer' | 'need';
  category: BoardCategory;
  title: string;
  description: string;
  quantity: string;
  hoursPerWeek: number | null;
  startsOn: string | null;
  siteId: string | null;
  resourceId: string | null;
  visibility: 'network' | 'instance';
  status: 'open' | 'matched' | 'withdrawn';
  hidden: boolean;
  matchedOrganisationId: string | null;
  createdResourceId: string | null;
  createdAgreementId: string | null;
  createdBookingSeriesId: string | null;
}

// $1 networks seen, $2 networks coordinated, $3 the reader's organisations, $4 today, $5 the reader
const POST_SELECT = `
  SELECT p.id, p.network_id, n.name AS network_name, p.organisation_id, o.name AS organisation_name, u.name AS author_name,
         p.kind, p.category, p.title, p.description, p.quantity, p.hours_per_week, to_char(p.starts_on, 'YYYY-MM-DD') AS starts_on,
         to_char(p.ends_on, 'YYYY-MM-DD') AS ends_on, p.recurrence_text, p.rrule, p.site_id, s.name AS site_name, p.municipality,
         p.resource_id, p.visibility, to_char(p.expires_on, 'YYYY-MM-DD') AS expires_on, p.expires_on < $4::date AS expired,
         p.status, p.matched_organisation_id, mo.name AS matched_organisation_name, p.matched_at, p.created_resource_id,
         p.created_agreement_id, p.created_booking_series_id, p.hidden_at IS NOT NULL AS hidden, p.hidden_reason,
         p.photo_type IS NOT NULL AS has_photo, p.created_at, p.updated_at,
         (p.organisation_id = ANY($3::uuid[]) OR p.network_id = ANY($2::uuid[])) AS is_mine,
         CASE WHEN p.network_id = ANY($2::uuid[]) THEN (SELECT count(*) FROM board_report r WHERE r.post_id = p.id) ELSE 0 END
           AS report_count,
         (SELECT c.id FROM board_conversation c WHERE c.post_id = p.id AND c.organisation_id = ANY($3::uuid[])
           ORDER BY c.created_at LIMIT 1) AS my_conversation_id`;
const POST_FROM = `
    FROM board_post p
    JOIN network n ON n.id = p.network_id
    JOIN organisation o ON o.id = p.organisation_id
    LEFT JOIN app_user u ON u.id = p.author_user_id
    LEFT JOIN site s ON s.id = p.site_id
    LEFT JOIN organisation mo ON mo.id = p.matched_organisation_id`;
/** The search counts its matches up to this many (« 200 annonces et plus »). */
const COUNT_CAP = BOARD_COUNT_CAP;

/** What any reader may see: their networks' posts and instance-wide ones; hidden ones only by their organisation and coordinators. */
const READABLE = `(p.network_id = ANY($1::uuid[]) OR p.visibility = 'instance')
  AND (p.hidden_at IS NULL OR p.organisation_id = ANY($3::uuid[]) OR p.network_id = ANY($2::uuid[]))
  AND $4::date IS NOT NULL AND $5::uuid IS NOT NULL`;

/** Every query of the board. Reads are always limited to what the reader may see. */
@Injectable()
export class BoardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async search(reader: BoardReader, search: BoardSearch): Promise<{ items: BoardPostView[]; total: number }> {
    const params: unknown[] = readerParams(reader);
    const where: string[] = [READABLE];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (search.mine) {
      where.push('p.organisation_id = ANY($3::uuid[])');
    } else if (search.reported) {
      where.push('p.network_id = ANY($2::uuid[]) AND EXISTS (SELECT 1 FROM board_report r WHERE r.post_id = p.id)');
    } else {
      where.push(`p.status = 'open' AND p.hidden_at IS NULL AND p.expires_on >= $4::date`);
    }
    if (search.category) add((n) => `p.category = ${n}`, search.category);
    if (search.kind) add((n) => `p.kind = ${n}`, search.kind);
    if (search.networkId) add((n) => `p.network_id = ${n}::uuid`, search.networkId);
    if (search.municipality)
      add((n) => `unaccent(p.municipality) ILIKE '%' || unaccent(${n}) || '%'`, escapeLike(search.municipality));
    if (search.on) {
      add(
        (n) => `(p.starts_on IS NULL OR p.starts_on <= ${n}::date) AND (p.ends_on IS NULL OR p.ends_on >= ${n}::date)`,
        search.on,
      );
    }
    const q = search.q?.trim();
    let query: string | null = null;
    if (q) {
      params.push(q);
      query = `websearch_to_tsquery('board_french', $${params.length})`;
    }
    // Without the words: each read adds the full-text condition it needs (the title's alone, which
    // implies the whole post's, or the whole post's), so the planner never ANDs two correlated ones.
    const filter = `FROM board_post p WHERE ${where.join(' AND ')}`;
    const matching = query ? ` AND p.search_vector @@ ${query}` : '';
    const count = async (manager: EntityManager): Promise<number> =>
      (await manager.query(`SELECT count(*)::int AS n FROM (SELECT 1 ${filter}${matching} LIMIT ${COUNT_CAP}) c`, params))[0].n;
    let total: number;
    let ids: string[];
    if (query) {
      // The matches, up to COUNT_CAP, read through the full-text index only: never by a scan that proves
      // emptiness post by post. Fewer than that, they are the whole result, ranked here; with more, the
      // matches are dense enough that walking the newest posts finds a page at once.
      const matches: Array<{ id: string; in_title: boolean; created_at: Date }> = await this.dataSource.transaction(
        async (manager) => {
          await manager.query(`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`);
          return manager.query(
            `SELECT p.id, to_tsvector('board_french'::regconfig, p.title) @@ ${query} AS in_title, p.created_at
             ${filter}${matching} LIMIT ${COUNT_CAP}`,
            params,
          );
        },
      );
      total = matches.length;
      ids =
        total < COUNT_CAP
          ? matches
              .sort(byRelevance)
              .slice(search.offset, search.offset + search.limit)
              .map((m) => m.id)
          : await this.pageIds(this.dataSource.manager, filter, query, params, search);
    } else {
      [ids, total] = await Promise.all([
        this.pageIds(this.dataSource.manager, filter, null, params, search),
        count(this.dataSource.manager),
      ]);
    }
    if (ids.length === 0) return { items: [], total };
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `${POST_SELECT} ${POST_FROM} WHERE p.id = ANY($6::uuid[]) AND ${READABLE}`,
      [...readerParams(reader), ids],
    );
    const byId = new Map(rows.map((row) => [row['id'] as string, row]));
    const items = ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toPostView(row)] : [];
    });
    return { items, total };
  }

  /**
   * The page's ids, newest first; with search words, relevance first: the posts whose title holds every
   * word, then the others that match. Each part is read newest first with a limit, so a common word
   * walks the recent-posts index and stops, and a rare one uses the full-text indexes
   * (docs/decisions/0009-board-search-and-matches.md).
   */
  private async pageIds(
    manager: EntityManager,
    filter: string,
    query: string | null,
    params: unknown[],
    search: BoardSearch,
  ): Promise<string[]> {
    const wanted = search.offset + search.limit;
    const newest = async (extra: string): Promise<string[]> => {
      const rows: Array<{ id: string }> = await manager.query(
        `SELECT p.id ${filter}${extra} ORDER BY p.created_at DESC, p.id LIMIT $${params.length + 1}`,
        [...params, wanted],
      );
      return rows.map((row) => row.id);
    };
    if (!query) return (await newest('')).slice(search.offset);
    const inTitle = await newest(` AND to_tsvector('board_french'::regconfig, p.title) @@ ${query}`);
    if (inTitle.length >= wanted) return inTitle.slice(search.offset);
    const seen = new Set(inTitle);
    const elsewhere = (await newest(` AND p.search_vector @@ ${query}`)).filter((id) => !seen.has(id));
    return [...inTitle, ...elsewhere].slice(search.offset, wanted);
  }

  async readable(manager: EntityManager, reader: BoardReader, id: string): Promise<BoardPostView | null> {
    const rows = await manager.query(`${POST_SELECT} ${POST_FROM} WHERE p.id = $6 AND ${READABLE}`, [
      ...readerParams(reader),
      id,
    ]);
    return rows[0] ? toPostView(rows[0]) : null;
  }

  /** The post as stored, locked for a change. */
  async record(manager: EntityManager, id: string): Promise<PostRecord | null> {
    const rows = await manager.query(
      `SELECT id, network_id, organisation_id, kind, category, title, description, quantity, hours_per_week,
              to_char(starts_on, 'YYYY-MM-DD') AS starts_on, site_id, resource_id, visibility, status, hidden_at IS NOT NULL AS hidden,
              matched_organisation_id, created_resource_id, created_agreement_id, created_booking_series_id
         FROM board_post WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      networkId: r.network_id,
      organisationId: r.organisation_id,
      kind: r.kind,
      category: r.category,
      title: r.title,
      description: r.description,
      quantity: r.quantity,
      hoursPerWeek: r.hours_per_week === null ? null : Number(r.hours_per_week),
      startsOn: r.starts_on,
      siteId: r.site_id,
      resourceId: r.resource_id,
      visibility: r.visibility,
      status: r.status,
      hidden: r.hidden,
      matchedOrganisationId: r.matched_organisation_id,
      createdResourceId: r.created_resource_id,
      createdAgreementId: r.created_agreement_id,
      createdBookingSeriesId: r.created_booking_series_id,
    };
  }

  async insert(
    manager: EntityManager,
    post: Required<Pick<CreateBoardPostRequest, 'kind' | 'category' | 'title' | 'visibility' | 'expiresOn'>> &
      CreateBoardPostRequest & { networkId: string; organisationId: string; authorUserId: string; nowMs: number },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO board_post (network_id, organisation_id, author_user_id, kind, category, title, description, quantity,
                               hours_per_week, starts_on, ends_on, recurrence_text, rrule, site_id, municipality, resource_id,
                               visibility, expires_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, to_timestamp($19 / 1000.0), to_timestamp($19 / 1000.0))
       RETURNING id`,
      [
        post.networkId,
        post.organisationId,
        post.authorUserId,
        post.kind,
        post.category,
        post.title,
        post.description ?? '',
        post.quantity ?? '',
        post.hoursPerWeek ?? null,
        post.startsOn ?? null,
        post.endsOn ?? null,
        post.recurrenceText ?? '',
        post.rrule || null,
        post.siteId ?? null,
        post.municipality ?? '',
        post.resourceId ?? null,
        post.visibility,
        post.expiresOn,
        post.nowMs,
      ],
    );
    return row.id;
  }

  async update(manager: EntityManager, id: string, changes: UpdateBoardPostRequest, nowMs: number): Promise<void> {
    const columns: Record<string, string> = {
      kind: 'kind',
      category: 'category',
      title: 'title',
      description: 'description',
      quantity: 'quantity',
      hoursPerWeek: 'hours_per_week',
      startsOn: 'starts_on',
      endsOn: 'ends_on',
      recurrenceText: 'recurrence_text',
      rrule: 'rrule',
      siteId: 'site_id',
      municipality: 'municipality',
      resourceId: 'resource_id',
      visibility: 'visibility',
      expiresOn: 'expires_on',
      status: 'status',
    };
    const params: unknown[] = [id, nowMs];
    const sets: string[] = [];
    for (const [key, column] of Object.entries(columns)) {
      const value = (changes as Record<string, unknown>)[key];
      if (value === undefined) continue;
      // An empty rule is no rule.
      params.push(key === 'rrule' && value === '' ? null : value);
      sets.push(`${column} = $${params.length}`);
    }
    await manager.query(
      `UPDATE board_post SET ${[...sets, 'updated_at = to_timestamp($2 / 1000.0)'].join(', ')} WHERE id = $1`,
      params,
    );
  }

  /** Sets (or with null removes) the post's photo, already re-encoded, and its thumbnail. */
  async setPhoto(
    manager: EntityManager,
    id: string,
    photo: { data: Buffer; type: string; thumbnail: Buffer } | null,
    nowMs: number,
  ): Promise<void> {
    await manager.query(
      `UPDATE board_post SET photo = $2, photo_type = $3, photo_thumbnail = $4, updated_at = to_timestamp($5 / 1000.0) WHERE id = $1`,
      [id, photo?.data ?? null, photo?.type ?? null, photo?.thumbnail ?? null, nowMs],
    );
  }

  /** The photo of a post the reader may see; null when there is none or the reader may not see the post. */
  async photo(reader: BoardReader, id: string): Promise<{ data: Buffer; type: string } | null> {
    const [row] = await this.dataSource.query(
      `SELECT p.photo, p.photo_type FROM board_post p WHERE p.id = $6 AND p.photo IS NOT NULL AND ${READABLE}`,
      [...readerParams(reader), id],
    );
    return row ? { data: row.photo as Buffer, type: row.photo_type as string } : null;
  }

  /**
   * The thumbnail of a post the reader may see, or, for a photo stored before thumbnails were, the photo
   * itself (to be made smaller); null when there is no photo or the reader may not see the post.
   */
  async thumbnail(reader: BoardReader, id: string): Promise<{ thumbnail: Buffer } | { photo: Buffer } | null> {
    const [row] = await this.dataSource.query(
      `SELECT p.photo_thumbnail, CASE WHEN p.photo_thumbnail IS NULL THEN p.photo END AS photo
         FROM board_post p WHERE p.id = $6 AND p.photo IS NOT NULL AND ${READABLE}`,
      [...readerParams(reader), id],
    );
    if (!row) return null;
    return row.photo_thumbnail ? { thumbnail: row.photo_thumbnail as Buffer } : { photo: row.photo as Buffer };
  }

  async setMatch(manager: EntityManager, id: string, organisationId: string, nowMs: number): Promise<void> {
    await manager.query(
      `UPDATE board_post SET status = 'matched', matched_organisation_id = $2, matched_at = to_timestamp($3 / 1000.0),
              updated_at = to_timestamp($3 / 1000.0) WHERE id = $1`,
      [id, organisationId, nowMs],
    );
  }

  async setCreated(
    manager: EntityManager,
    id: string,
    created: { resourceId?: string; agreementId?: string; seriesId?: string },
  ) {
    await manager.query(
      `UPDATE board_post SET created_resource_id = COALESCE($2, created_resource_id),
              created_agreement_id = COALESCE($3, created_agreement_id),
              created_booking_series_id = COALESCE($4, created_booking_series_id) WHERE id = $1`,
      [id, created.resourceId ?? null, created.agreementId ?? null, created.seriesId ?? null],
    );
  }

  async setHidden(manager: EntityManager, id: string, hidden: { reason: string; by: string } | null, nowMs: number) {
    await manager.query(
      `UPDATE board_post SET hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE to_timestamp($4 / 1000.0) END,
              hidden_reason = $2, hidden_by = $3 WHERE id = $1`,
      [id, hidden?.reason ?? null, hidden?.by ?? null, nowMs],
    );
  }

  async report(manager: EntityManager, postId: string, userId: string, reason: string, nowMs: number): Promise<void> {
    await manager.query(
      `INSERT INTO board_report (post_id, user_id, reason, created_at) VALUES ($1, $2, $3, to_timestamp($4 / 1000.0))
       ON CONFLICT (post_id, user_id) DO UPDATE SET reason = EXCLUDED.reason`,
      [postId, userId, reason, nowMs],
    );
  }

  /** Which of these organisations currently belong to the network. */
  async organisationsInNetwork(manager: EntityManager, networkId: string, organisationIds: string[]): Promise<string[]> {
    const rows = await manager.query(
      'SELECT organisation_id FROM network_membership WHERE network_id = $1 AND organisation_id = ANY($2::uuid[])',
      [networkId, organisationIds],
    );
    return rows.map((r: { organisation_id: string }) => r.organisation_id);
  }

  async networksOf(manager: EntityManager, organisationId: string): Promise<string[]> {
    const rows = await manager.query('SELECT network_id FROM network_membership WHERE organisation_id = $1 ORDER BY network_id', [
      organisationId,
    ]);
    return rows.map((r: { network_id: string }) => r.network_id);
  }

  async organisationName(manager: EntityManager, organisationId: string): Promise<string | null> {
    const [row] = await manager.query('SELECT name FROM organisation WHERE id = $1', [organisationId]);
    return row?.name ?? null;
  }

  async siteNetwork(manager: EntityManager, siteId: string): Promise<{ networkId: string; timeZone: string } | null> {
    const [row] = await manager.query('SELECT network_id, time_zone FROM site WHERE id = $1', [siteId]);
    return row ? { networkId: row.network_id, timeZone: row.time_zone } : null;
  }

  async resourceNetwork(manager: EntityManager, resourceId: string): Promise<{ networkId: string; type: string } | null> {
    const [row] = await manager.query('SELECT network_id, type FROM resource WHERE id = $1', [resourceId]);
    return row ? { networkId: row.network_id, type: row.type } : null;
  }

  async insertEquipment(
    manager: EntityManager,
    equipment: { networkId: string; name: string; carrierOrganisationId: string },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO resource (network_id, type, name, carrier_organisation_id) VALUES ($1, 'equipment', $2, $3) RETURNING id`,
      [equipment.networkId, equipment.name, equipment.carrierOrganisationId],
    );
    return row.id;
  }

  async insertAgreement(
    manager: EntityManager,
    agreement: { organisationId: string; resourceId: string; minutesPerWeek: number | null; startsOn: string },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO agreement (organisation_id, resource_id, minutes_per_period, period_unit, starts_on)
       VALUES ($1, $2, $3, 'week', $4) RETURNING id`,
      [agreement.organisationId, agreement.resourceId, agreement.minutesPerWeek, agreement.startsOn],
    );
    return row.id;
  }

  // Conversations -------------------------------------------------------------------------------

  async conversationFor(manager: EntityManager, postId: string, organisationId: string): Promise<string | null> {
    const [row] = await manager.query('SELECT id FROM board_conversation WHERE post_id = $1 AND organisation_id = $2', [
      postId,
      organisationId,
    ]);
    return row?.id ?? null;
  }

  async insertConversation(
    manager: EntityManager,
    conversation: { postId: string; organisationId: string; userId: string; nowMs: number },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO board_conversation (post_id, organisation_id, started_by, created_at) VALUES ($1, $2, $3, to_timestamp($4 / 1000.0))
       ON CONFLICT (post_id, organisation_id) DO UPDATE SET post_id = EXCLUDED.post_id RETURNING id`,
      [conversation.postId, conversation.organisationId, conversation.userId, conversation.nowMs],
    );
    return row.id;
  }

  /** The conversation's two sides and the post's network; null when it does not exist. */
  async conversationParties(
    manager: EntityManager,
    id: string,
  ): Promise<{
    postId: string;
    organisationId: string;
    postOrganisationId: string;
    networkId: string;
    postTitle: string;
  } | null> {
    const [row] = await manager.query(
      `SELECT c.post_id, c.organisation_id, p.organisation_id AS post_organisation_id, p.network_id, p.title
         FROM board_conversation c JOIN board_post p ON p.id = c.post_id WHERE c.id = $1`,
      [id],
    );
    return row
      ? {
          postId: row.post_id,
          organisationId: row.organisation_id,
          postOrganisationId: row.post_organisation_id,
          networkId: row.network_id,
          postTitle: row.title,
        }
      : null;
  }

  async conversation(manager: EntityManager, id: string, userId: string): Promise<BoardConversationView | null> {
    const [row] = await manager.query(
      `SELECT c.id, c.post_id, p.title AS post_title, c.organisation_id, o.name AS organisation_name,
              p.organisation_id AS post_organisation_id, po.name AS post_organisation_name, c.created_at
         FROM board_conversation c JOIN board_post p ON p.id = c.post_id
         JOIN organisation o ON o.id = c.organisation_id JOIN organisation po ON po.id = p.organisation_id
        WHERE c.id = $1`,
      [id],
    );
    if (!row) return null;
    return {
      id: row.id,
      postId: row.post_id,
      postTitle: row.post_title,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      postOrganisationId: row.post_organisation_id,
      postOrganisationName: row.post_organisation_name,
      createdAt: new Date(row.created_at).toISOString(),
      messages: await this.messages(manager, id, userId),
    };
  }

  /** The post's conversations: all of them for its organisation and coordinators, else the reader's organisations' own. */
  async conversationsOf(
    manager: EntityManager,
    postId: string,
    organisationIds: string[] | 'all',
  ): Promise<BoardConversationSummary[]> {
    const rows = await manager.query(
      `SELECT c.id, c.organisation_id, o.name AS organisation_name,
              (SELECT count(*) FROM board_message m WHERE m.conversation_id = c.id) AS message_count,
              (SELECT max(m.created_at) FROM board_message m WHERE m.conversation_id = c.id) AS last_message_at
         FROM board_conversation c JOIN organisation o ON o.id = c.organisation_id
        WHERE c.post_id = $1 AND ($2::uuid[] IS NULL OR c.organisation_id = ANY($2::uuid[]))
        ORDER BY c.created_at, c.id`,
      [postId, organisationIds === 'all' ? null : organisationIds],
    );
    return rows.map(
      (r: Record<string, unknown>): BoardConversationSummary => ({
        id: r['id'] as string,
        organisationId: r['organisation_id'] as string,
        organisationName: r['organisation_name'] as string,
        messageCount: Number(r['message_count']),
        lastMessageAt: iso(r['last_message_at']),
      }),
    );
  }

  async messages(manager: EntityManager, conversationId: string, userId: string): Promise<BoardMessageView[]> {
    const rows = await manager.query(
      `SELECT m.id, u.name AS author_name, m.organisation_id, o.name AS organisation_name, m.body, m.created_at,
              m.author_user_id = $2 AS mine
         FROM board_message m LEFT JOIN app_user u ON u.id = m.author_user_id LEFT JOIN organisation o ON o.id = m.organisation_id
        WHERE m.conversation_id = $1 ORDER BY m.seq LIMIT 1000`,
      [conversationId, userId],
    );
    return rows.map(
      (r: Record<string, unknown>): BoardMessageView => ({
        id: r['id'] as string,
        authorName: (r['author_name'] as string | null) ?? null,
        organisationId: (r['organisation_id'] as string | null) ?? null,
        organisationName: (r['organisation_name'] as string | null) ?? null,
        body: r['body'] as string,
        createdAt: new Date(r['created_at'] as string).toISOString(),
        mine: r['mine'] === true,
      }),
    );
  }

  async insertMessage(
    manager: EntityManager,
    message: { conversationId: string; userId: string; organisationId: string | null; body: string; nowMs: number },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO board_message (conversation_id, author_user_id, organisation_id, body, created_at)
       VALUES ($1, $2, $3, $4, to_timestamp($5 / 1000.0)) RETURNING id`,
      [message.conversationId, message.userId, message.organisationId, message.body, message.nowMs],
    );
    return row.id;
  }

  async userName(manager: EntityManager, userId: string): Promise<string | null> {
    const [row] = await manager.query('SELECT name FROM app_user WHERE id = $1', [userId]);
    return row?.name ?? null;
  }

  async coordinatorsOf(manager: EntityManager, networkId: string): Promise<string[]> {
    const rows = await manager.query('SELECT user_id FROM network_coordinator WHERE network_id = $1', [networkId]);
    return rows.map((r: { user_id: string }) => r.user_id);
  }

  /** The people of these organisations (active accounts). */
  async membersOf(manager: EntityManager, organisationIds: string[]): Promise<string[]> {
    const rows = await manager.query(
      `SELECT DISTINCT m.user_id FROM organisation_membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organisation_id = ANY($1::uuid[]) AND u.active`,
      [organisationIds],
    );
    return rows.map((r: { user_id: string }) => r.user_id);
  }

  /** People following the category who may read a post of this network and visibility, except the author's organisation. */
  async followers(
    manager: EntityManager,
    post: { category: string; networkId: string; visibility: string; organisationId: string },
  ): Promise<string[]> {
    const rows = await manager.query(
      `SELECT f.user_id FROM board_category_follow f JOIN app_user u ON u.id = f.user_id AND u.active
        WHERE f.category = $1
          AND NOT EXISTS (SELECT 1 FROM organisation_membership m WHERE m.user_id = f.user_id AND m.organisation_id = $4)
          AND ($3 = 'instance'
               OR EXISTS (SELECT 1 FROM network_coordinator c WHERE c.user_id = f.user_id AND c.network_id = $2)
               OR EXISTS (SELECT 1 FROM organisation_membership m JOIN network_membership nm ON nm.organisation_id = m.organisation_id
                           WHERE m.user_id = f.user_id AND nm.network_id = $2))`,
      [post.category, post.networkId, post.visibility, post.organisationId],
    );
    return rows.map((r: { user_id: string }) => r.user_id);
  }

  async follows(userId: string): Promise<BoardCategory[]> {
    const rows = await this.dataSource.query('SELECT category FROM board_category_follow WHERE user_id = $1 ORDER BY category', [
      userId,
    ]);
    return rows.map((r: { category: BoardCategory }) => r.category);
  }

  async replaceFollows(manager: EntityManager, userId: string, categories: string[]): Promise<void> {
    await manager.query('DELETE FROM board_category_follow WHERE user_id = $1', [userId]);
    await manager.query('INSERT INTO board_category_follow (user_id, category) SELECT $1, unnest($2::text[])', [
      userId,
      [...new Set(categories)],
    ]);
  }
}

function readerParams(reader: BoardReader): unknown[] {
  return [reader.networkIds, reader.coordinatedNetworkIds, reader.organisationIds, reader.today, reader.userId];
}

/** The title's matches first, then the newest, as `pageIds` reads them. */
function byRelevance(
  a: { id: string; in_title: boolean; created_at: Date },
  b: { id: string; in_title: boolean; created_at: Date },
): number {
  return (
    Number(b.in_title) - Number(a.in_title) ||
    b.created_at.getTime() - a.created_at.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

function toPostView(r: Record<string, unknown>): BoardPostView {
  return {
    id: r['id'] as string,
    networkId: r['network_id'] as string,
    networkName: r['network_name'] as string,
    organisationId: r['organisation_id'] as string,
    organisationName: r['organisation_name'] as string,
    authorName: (r['author_name'] as string | null) ?? null,
    kind: r['kind'] as BoardPostView['kind'],
    category: r['category'] as BoardCategory,
    title: r['title'] as string,
    description: r['description'] as string,
    quantity: r['quantity'] as string,
    hoursPerWeek: r['hours_per_week'] === null ? null : Number(r['hours_per_week']),
    startsOn: (r['starts_on'] as string | null) ?? null,
    endsOn: (r['ends_on'] as string | null) ?? null,
    recurrenceText: r['recurrence_text'] as string,
    rrule: (r['rrule'] as string | null) ?? null,
    siteId: (r['site_id'] as string | null) ?? null,
    siteName: (r['site_name'] as string | null) ?? null,
    municipality: r['municipality'] as string,
    resourceId: (r['resource_id'] as string | null) ?? null,
    visibility: r['visibility'] as BoardPostView['visibility'],
    expiresOn: r['expires_on'] as string,
    expired: r['expired'] === true,
    status: r['status'] as BoardPostView['status'],
    matchedOrganisationId: (r['matched_organisation_id'] as string | null) ?? null,
    matchedOrganisationName: (r['matched_organisation_name'] as string | null) ?? null,
    matchedAt: iso(r['matched_at']),
    createdResourceId: (r['created_resource_id'] as string | null) ?? null,
    createdAgreementId: (r['created_agreement_id'] as string | null) ?? null,
    createdBookingSeriesId: (r['created_booking_series_id'] as string | null) ?? null,
    hidden: r['hidden'] === true,
    hiddenReason: (r['hidden_reason'] as string | null) ?? null,
    hasPhoto: r['has_photo'] === true,
    createdAt: iso(r['created_at']) as string,
    updatedAt: iso(r['updated_at']) as string,
    isMine: r['is_mine'] === true,
    reportCount: Number(r['report_count'] ?? 0),
    myConversationId: (r['my_conversation_id'] as string | null) ?? null,
  };
}
