export interface AuditEventView {
  id: string;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  organisationId: string | null;
  networkId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
