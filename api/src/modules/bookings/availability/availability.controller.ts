import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ItemAvailability, StoragePlanView } from '@mutualis/contracts';
import type { Actor } from '../../access/authenticated-user';
import { CurrentActor } from '../../access/current-actor.decorator';
import { AvailabilityService } from './availability.service';
import { AvailabilityQueryDto, StoragePlanQueryDto } from './dto/availability.dto';

@ApiTags('equipment')
@Controller()
export class AvailabilityController {
  constructor(private readonly availability: AvailabilityService) {}

  @ApiOperation({
    summary: 'Free units of equipment, vehicles and storage over a window',
    description: 'For each active item: its quantity, the units in use at the busiest instant of the window, and what is free.',
  })
  @Get('availability')
  items(@CurrentActor() actor: Actor, @Query() query: AvailabilityQueryDto): Promise<ItemAvailability[]> {
    return this.availability.items(actor.user, query);
  }

  @ApiOperation({
    summary: "A site's storage plan over a window",
    description: 'Each kind of storage unit with its area, the units free, and which organisation holds how many (m²).',
  })
  @Get('storage-plan')
  storagePlan(@CurrentActor() actor: Actor, @Query() query: StoragePlanQueryDto): Promise<StoragePlanView> {
    return this.availability.storagePlan(actor.user, query);
  }
}
