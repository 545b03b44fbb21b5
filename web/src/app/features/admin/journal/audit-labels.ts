/** What the API records (`entity` and `action` of an audit event), with their translation keys. */
const ENTITY_KEYS: Readonly<Record<string, string>> = {
  user: 'user',
  network: 'network',
  network_coordinator: 'networkCoordinator',
  organisation: 'organisation',
  organisation_membership: 'organisationMembership',
  invitation: 'invitation',
  api_token: 'apiToken',
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
};

/** The entities offered in the journal's filter. */
export const AUDIT_ENTITIES: readonly string[] = Object.keys(ENTITY_KEYS);

/** The translation key of an entity, or null for one this version of the app does not know (shown as is). */
export function entityLabelKey(entity: string): string | null {
  const key = ENTITY_KEYS[entity];
  return key ? `admin.journal.entities.${key}` : null;
}

export function actionLabelKey(action: string): string | null {
  const key = ACTION_KEYS[action];
  return key ? `admin.journal.actions.${key}` : null;
}
