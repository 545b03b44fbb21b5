import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HomeView } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { HomeService } from './home.service';

@ApiTags('home')
@Controller('home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  /** The caller's to-dos, next bookings, hour banks and amounts owed this month, in one request. */
  @ApiOperation({ summary: 'What needs me now: to-dos, next bookings, hour banks, amounts owed' })
  @Get()
  view(@CurrentActor() actor: Actor): Promise<HomeView> {
    return this.home.view(actor.user);
  }
}
