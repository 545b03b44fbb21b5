import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BookingsModule } from '../bookings/bookings.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PremisesModule } from '../premises/premises.module';
import { BoardController } from './board.controller';
import { BoardNotices } from './board-notices';
import { BoardRepository } from './board.repository';
import { BoardService } from './board.service';

@Module({
  imports: [AuditModule, BookingsModule, NotificationsModule, PremisesModule],
  controllers: [BoardController],
  providers: [BoardService, BoardRepository, BoardNotices],
})
export class BoardModule {}
