import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CostPoolsController } from './cost-pools.controller';
import { CostPoolsRepository } from './cost-pools.repository';
import { CostPoolsService } from './cost-pools.service';

@Module({
  imports: [AuditModule],
  controllers: [CostPoolsController],
  providers: [CostPoolsService, CostPoolsRepository],
})
export class CostPoolsModule {}
