import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CredentialsModule } from '../credentials/credentials.module';
import { DirectoryRepository } from './directory.repository';
import { DirectoryService } from './directory.service';
import { NetworksController } from './networks.controller';
import { OrganisationsController } from './organisations.controller';
import { UsersController } from './users.controller';

@Module({
  imports: [AuditModule, CredentialsModule],
  controllers: [NetworksController, OrganisationsController, UsersController],
  providers: [DirectoryService, DirectoryRepository],
})
export class DirectoryModule {}
