import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditTrail } from './audit-trail';

@Module({ controllers: [AuditController], providers: [AuditService, AuditTrail, AuditRepository], exports: [AuditTrail] })
export class AuditModule {}
