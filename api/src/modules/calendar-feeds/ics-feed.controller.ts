import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/public.decorator';
import { CalendarFeedsService } from './calendar-feeds.service';

/** `GET /ics/<token>.ics`: no session, the unguessable token is the credential. */
@ApiExcludeController()
@Public()
@Controller('ics')
export class IcsFeedController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get(':file')
  async feed(
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string | undefined> {
    const { body, etag } = await this.feeds.render(file, ifNoneMatch);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'private, max-age=300');
    if (body === null) {
      res.status(304);
      return undefined;
    }
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="mutualis.ics"');
    return body;
  }
}
