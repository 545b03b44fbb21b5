/** « Babillard de la mutualisation »: offers and needs, conversations, matches (issue #17). */

export const BOARD_CATEGORIES = ['premises', 'equipment', 'transport', 'storage', 'expertise', 'other'] as const;
export type BoardCategory = (typeof BOARD_CATEGORIES)[number];
export type BoardPostKind = 'offer' | 'need';
export type BoardVisibility = 'network' | 'instance';
export type BoardPostStatus = 'open' | 'matched' | 'withdrawn';
/** What a match turns into: a shared room or equipment, an agreement for a pooled employee's hours, a booking. */
export type BoardMatchCreation = 'resource' | 'agreement' | 'booking';

export interface BoardPostView {
  id: string;
  networkId: string;
  networkName: string;
  organisationId: string;
  organisationName: string;
  authorName: string | null;
  kind: BoardPostKind;
  category: BoardCategory;
  title: string;
  description: string;
  quantity: string;
  hoursPerWeek: number | null;
  startsOn: string | null;
  endsOn: string | null;
  recurrenceText: string;
  rrule: string | null;
  siteId: string | null;
  siteName: string | null;
  municipality: string;
  resourceId: string | null;
  visibility: BoardVisibility;
  expiresOn: string;
  expired: boolean;
  status: BoardPostStatus;
  matchedOrganisationId: string | null;
  matchedOrganisationName: string | null;
  matchedAt: string | null;
  createdResourceId: string | null;
  createdAgreementId: string | null;
  createdBookingSeriesId: string | null;
  hidden: boolean;
  hiddenReason: string | null;
  hasPhoto: boolean;
  createdAt: string;
  updatedAt: string;
  /** The caller belongs to the posting organisation (or coordinates its network): may edit, match. */
  isMine: boolean;
  /** Coordinators of the post's network only; 0 for others. */
  reportCount: number;
  /** The caller's organisation's conversation about this post, when there is one. */
  myConversationId: string | null;
  /** One post only (GET /api/board/posts/:id): the conversations the caller may read. */
  conversations?: BoardConversationSummary[];
}

export interface BoardConversationSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  messageCount: number;
  lastMessageAt: string | null;
}

/** A search counts its matches up to this many: the count is then « 200 or more ». */
export const BOARD_COUNT_CAP = 200;

export interface BoardPostPage {
  items: BoardPostView[];
  /** How many posts match, counted up to BOARD_COUNT_CAP (which then means « that many or more »). */
  total: number;
}

export interface BoardPostQuery {
  q?: string;
  category?: BoardCategory;
  kind?: BoardPostKind;
  networkId?: string;
  municipality?: string;
  /** Posts whose dates include this day (or have none). */
  on?: string;
  /** « Mes annonces »: the caller's organisations' posts, expired and matched ones included. */
  mine?: boolean;
  /** Coordinators: reported posts of their networks, hidden ones included. */
  reported?: boolean;
  limit?: number;
  offset?: number;
}

export interface CreateBoardPostRequest {
  organisationId?: string;
  networkId?: string;
  kind: BoardPostKind;
  category: BoardCategory;
  title: string;
  description?: string;
  quantity?: string;
  hoursPerWeek?: number;
  startsOn?: string;
  endsOn?: string;
  recurrenceText?: string;
  rrule?: string;
  siteId?: string;
  municipality?: string;
  resourceId?: string;
  visibility?: BoardVisibility;
  /** Defaults to 60 days from today. */
  expiresOn?: string;
}

/** The facts a change may clear (null); the others are left out to stay as they are. */
export type ClearableBoardPostField = 'hoursPerWeek' | 'startsOn' | 'endsOn' | 'rrule' | 'siteId' | 'resourceId';

export type UpdateBoardPostRequest = Partial<
  Omit<CreateBoardPostRequest, 'organisationId' | 'networkId' | ClearableBoardPostField>
> & {
  [K in ClearableBoardPostField]?: CreateBoardPostRequest[K] | null;
} & {
  status?: 'open' | 'withdrawn';
};

export interface BoardConversationView {
  id: string;
  postId: string;
  postTitle: string;
  /** The organisation that said « Ça m'intéresse ». */
  organisationId: string;
  organisationName: string;
  /** The posting organisation. */
  postOrganisationId: string;
  postOrganisationName: string;
  createdAt: string;
  messages: BoardMessageView[];
}

export interface BoardMessageView {
  id: string;
  authorName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  body: string;
  createdAt: string;
  mine: boolean;
}

export interface StartBoardConversationRequest {
  organisationId?: string;
  message?: string;
}

export interface PostBoardMessageRequest {
  body: string;
}

export interface BoardMatchRequest {
  organisationId: string;
  create?: BoardMatchCreation;
  /** 'resource': the site of a room (defaults to the post's site); without a site, equipment. */
  siteId?: string;
  /** 'agreement': the pooled employee; 'booking': the resource booked (defaults to the post's or the one created). */
  resourceId?: string;
  /** 'booking': local wall-clock 'YYYY-MM-DDTHH:mm' and duration. */
  start?: string;
  durationMinutes?: number;
}

export interface BoardReportRequest {
  reason: string;
}

export interface BoardModerationRequest {
  hidden: boolean;
  reason?: string;
}

export interface BoardFollowsView {
  categories: BoardCategory[];
}
