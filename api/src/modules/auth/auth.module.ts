import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { CredentialsModule } from '../credentials/credentials.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AuthenticatedUserRepository } from './authenticated-user.repository';
import { LoginAttemptRepository } from './login-attempt.repository';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [AuditModule, CredentialsModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    AuthenticatedUserRepository,
    LoginThrottle,
    LoginAttemptRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AuthModule {}
