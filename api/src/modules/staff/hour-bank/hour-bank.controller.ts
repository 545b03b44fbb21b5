import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../access/authenticated-user';
import { CurrentActor } from '../../access/current-actor.decorator';
import type { HourBankView } from '@mutualis/contracts';
import { HourBankQueryDto } from './dto/hour-bank.dto';
import { HourBankService } from './hour-bank.service';

@ApiTags('staff')
@Controller()
export class HourBankController {
  constructor(private readonly hourBanks: HourBankService) {}

  @ApiOperation({ summary: 'Hour bank of an organisation with a pooled employee' })
  @Get('hour-bank')
  hourBank(@CurrentActor() actor: Actor, @Query() q: HourBankQueryDto): Promise<HourBankView> {
    return this.hourBanks.view(actor.user, q);
  }
}
