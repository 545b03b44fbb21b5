import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';
import { IcsFeedController } from './ics-feed.controller';

@Module({
  imports: [AuditModule],
  controllers: [CalendarFeedsController, IcsFeedController],
  providers: [CalendarFeedsService, CalendarFeedRepository],
})
export class CalendarFeedsModule {}
