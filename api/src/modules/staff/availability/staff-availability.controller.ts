import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../access/authenticated-user';
import { CurrentActor } from '../../access/current-actor.decorator';
import type { StaffAvailabilityView } from '@mutualis/contracts';
import { AvailabilityQueryDto } from './dto/availability.dto';
import { StaffAvailabilityService } from './staff-availability.service';

@ApiTags('staff')
@Controller()
export class StaffAvailabilityController {
  constructor(private readonly staff: StaffAvailabilityService) {}

  @ApiOperation({ summary: 'Availability and free slots of a pooled employee' })
  @Get('staff/:resourceId/availability')
  availability(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) id: string,
    @Query() q: AvailabilityQueryDto,
  ): Promise<StaffAvailabilityView> {
    return this.staff.availability(actor.user, id, q.from, q.to, q.durationMinutes);
  }
}
