import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CredentialsModule } from '../credentials/credentials.module';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordResetService } from './password-reset.service';

@Module({
  imports: [AuditModule, CredentialsModule],
  controllers: [PasswordResetController],
  providers: [PasswordResetService, PasswordResetRepository],
})
export class PasswordResetModule {}
