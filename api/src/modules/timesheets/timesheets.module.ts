import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TimesheetsController } from './timesheets.controller';
import { TimesheetRepository } from './timesheets.repository';
import { TimesheetsService } from './timesheets.service';

@Module({ imports: [AuditModule], controllers: [TimesheetsController], providers: [TimesheetsService, TimesheetRepository] })
export class TimesheetsModule {}
