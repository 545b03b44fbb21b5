import { Injectable } from '@nestjs/common';
import type { AuditEventView, Page } from '@mutualis/contracts';
import { AccessPolicy } from '../access/access-policy';
import type { AuthenticatedUser } from '../access/authenticated-user';
import type { AuditQueryDto } from './dto/audit-query.dto';
import { AuditRepository } from './audit.repository';

@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  /** Coordinators see their networks' events; organisation admins their organisation's. */
  list(user: AuthenticatedUser, query: AuditQueryDto): Promise<Page<AuditEventView>> {
    return this.events.find({ ...query, ...AccessPolicy.auditScope(user) });
  }
}
