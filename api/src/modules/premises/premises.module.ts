import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PremisesController } from './premises.controller';
import { PremisesRepository } from './premises.repository';
import { PremisesService } from './premises.service';

@Module({
  imports: [AuditModule],
  controllers: [PremisesController],
  providers: [PremisesService, PremisesRepository],
  exports: [PremisesRepository],
})
export class PremisesModule {}
