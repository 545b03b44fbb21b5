/** What the API records (`entity` and `action` of an audit event), with their translation keys. */
const ENTITY_KEYS: Readonly<Record<string, string>> = {
  user: 'user',
  network: 'network',
  network_coordinator: 'networkCoordinator',
  organisation: 'organisation',
  organisation_membership: 'organisationMembership',
  invitation: 'invitation',
  api_token: 'apiToken',
  site: 'site',
  resource: 'resource',
  blackout: 'blackout',
  booking_series: 'bookingSeries',
  booking_occurrence: 'bookingOccurrence',
  hour_request: 'hourRequest',
  staff: 'staff',
  staff_leave: 'staffLeave',
  agreement: 'agreement',
  timesheet_entry: 'timesheetEntry',
  timesheet_week: 'timesheetWeek',
  cost_pool: 'costPool',
  period: 'period',
  board_post: 'boardPost',
  board_conversation: 'boardConversation',
  board_message: 'boardMessage',
  calendar_feed: 'calendarFeed',
  impact_indicator: 'impactIndicator',
  impact_indicator_target: 'impactIndicatorTarget',
  impact_indicator_value: 'impactIndicatorValue',
  loan: 'loan',
  network_membership: 'networkMembership',
  notification: 'notification',
  notification_preference: 'notificationPreference',
  stand_alone_rate: 'standAloneRate',
};

const ACTION_KEYS: Readonly<Record<string, string>> = {
  create: 'create',
  update: 'update',
  add: 'add',
  remove: 'remove',
  accept: 'accept',
  revoke: 'revoke',
  login: 'login',
  logout: 'logout',
  deactivate: 'deactivate',
  reactivate: 'reactivate',
  'change-role': 'changeRole',
  'change-password': 'changePassword',
  'set-temporary-password': 'setTemporaryPassword',
  delete: 'delete',
  save: 'save',
  close: 'close',
  reopen: 'reopen',
  approve: 'approve',
  decline: 'decline',
  propose: 'propose',
  'accept-proposal': 'acceptProposal',
  'decline-proposal': 'declineProposal',
  schedule: 'schedule',
  cancel: 'cancel',
  'seed-demo': 'seedDemo',
  // A timesheet week records the status it moved to.
  draft: 'reopenWeek',
  submitted: 'submit',
  confirmed: 'confirm',
  disputed: 'dispute',
  locked: 'lock',
  checkout: 'checkout',
  return: 'return',
  leave: 'leave',
  report: 'report',
  'request-password-reset': 'requestPasswordReset',
  'reset-password': 'resetPassword',
  retry: 'retry',
  set: 'set',
  withdraw: 'withdraw',
  'photo-add': 'photoAdd',
  'photo-replace': 'photoReplace',
  'photo-remove': 'photoRemove',
  hide: 'hide',
  unhide: 'unhide',
  match: 'match',
  'match-create': 'matchCreate',
};

/** Booking changes record their scope after the verb: `cancel:following`; `cancel:bundle`, equipment with its room. */
const SCOPE_KEYS: Readonly<Record<string, string>> = { one: 'one', following: 'following', all: 'all', bundle: 'bundle' };

/** The entities offered in the journal's filter. */
export const AUDIT_ENTITIES: readonly string[] = Object.keys(ENTITY_KEYS);

/** The translation key of an entity, or null for one this version of the app does not know (shown as is). */
export function entityLabelKey(entity: string): string | null {
  const key = ENTITY_KEYS[entity];
  return key ? `admin.journal.entities.${key}` : null;
}

/** An action's label: its key, and for a booking change the scope's key (« Annulation · cette occurrence et les suivantes »). */
export interface ActionLabel {
  readonly key: string;
  readonly scopeKey: string | null;
}

export function actionLabelOf(action: string): ActionLabel | null {
  const [verb, scope] = action.split(':');
  const key = ACTION_KEYS[verb];
  if (!key) return null;
  const scopeKey = scope === undefined ? null : SCOPE_KEYS[scope];
  if (scopeKey === undefined) return null;
  return { key: `admin.journal.actions.${key}`, scopeKey: scopeKey && `admin.journal.scopes.${scopeKey}` };
}
