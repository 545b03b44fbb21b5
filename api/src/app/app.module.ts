import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule, type Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { dataSourceOptions } from '../database/data-source-options';
import { logStream, requestLogOptions } from './log-stream';
import { AuditModule } from '../modules/audit/audit.module';
import { AuthModule } from '../modules/auth/auth.module';
import { DirectoryModule } from '../modules/directory/directory.module';
import { BookingsModule } from '../modules/bookings/bookings.module';
import { HealthModule } from '../modules/health/health.module';
import { HourRequestsModule } from '../modules/hour-requests/hour-requests.module';
import { PremisesModule } from '../modules/premises/premises.module';
import { RecurrenceModule } from '../modules/recurrence/recurrence.module';
import { StaffModule } from '../modules/staff/staff.module';
import { TimesheetsModule } from '../modules/timesheets/timesheets.module';
import { CostPoolsModule } from '../modules/cost-pools/cost-pools.module';
import { PeriodsModule } from '../modules/periods/periods.module';
import { ReportsModule } from '../modules/reports/reports.module';
import { ClockModule } from '../clock/clock.module';
import { HomeModule } from '../modules/home/home.module';
import { ImpactModule } from '../modules/impact/impact.module';
import { NotificationsModule } from '../modules/notifications/notifications.module';
import { CalendarFeedsModule } from '../modules/calendar-feeds/calendar-feeds.module';
import { PasswordResetModule } from '../modules/password-reset/password-reset.module';
import { BoardModule } from '../modules/board/board.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: withStream(
            {
              ...requestLogOptions(config),
              genReqId: requestIdOf,
              autoLogging: { ignore: (req) => req.url === '/api/health' },
              redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            },
            logStream(config),
          ),
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl, config.databasePool)),
        ClockModule,
        NotificationsModule,
        CalendarFeedsModule,
        PasswordResetModule,
        HealthModule,
        AuthModule,
        DirectoryModule,
        AuditModule,
        RecurrenceModule,
        PremisesModule,
        BookingsModule,
        StaffModule,
        TimesheetsModule,
        HourRequestsModule,
        ReportsModule,
        CostPoolsModule,
        PeriodsModule,
        HomeModule,
        ImpactModule,
        BoardModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

function withStream(options: PinoHttpOptions, stream: DestinationStream | undefined): Params['pinoHttp'] {
  return stream ? [options, stream] : options;
}

/** Keeps a caller's request id (a load balancer's) when it looks sane, otherwise makes one. */
function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
}
