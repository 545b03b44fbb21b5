import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEventView, Page } from '@mutualis/contracts';
import { AccessPolicy } from '../access/access-policy';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { AuditQueryDto } from './audit-query.dto';
import { AuditRepository } from './audit.repository';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly events: AuditRepository) {}

  /** Coordinators see their networks' events; organisation admins their organisation's. */
  @ApiOperation({ summary: 'Audit trail, newest first' })
  @Get()
  list(@CurrentActor() { user }: Actor, @Query() query: AuditQueryDto): Promise<Page<AuditEventView>> {
    return this.events.find({ ...query, ...AccessPolicy.auditScope(user) });
  }
}
