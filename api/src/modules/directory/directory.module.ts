import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { DirectoryRepository } from './directory.repository';
import { DirectoryService } from './directory.service';
import { NetworksController } from './networks.controller';
import { OrganisationsController } from './organisations.controller';
import { UsersController } from './users.controller';

@Module({
  imports: [AuditModule, AuthModule],
  controllers: [NetworksController, OrganisationsController, UsersController],
  providers: [DirectoryService, DirectoryRepository],
})
export class DirectoryModule {}
