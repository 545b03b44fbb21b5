import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BookingsModule } from '../bookings/bookings.module';
import { HourRequestsController } from './hour-requests.controller';
import { HourRequestRepository } from './hour-requests.repository';
import { HourRequestsService } from './hour-requests.service';

@Module({
  imports: [AuditModule, BookingsModule],
  controllers: [HourRequestsController],
  providers: [HourRequestsService, HourRequestRepository],
})
export class HourRequestsModule {}
