import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../access/authenticated-user';
import { CurrentActor } from '../../access/current-actor.decorator';
import type { StaffView, StaffWriteResult } from '@mutualis/contracts';
import { CreateStaffDto, UpdateStaffDto } from './dto/staff.dto';
import { StaffService } from './staff.service';

@ApiTags('staff')
@Controller()
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @ApiOperation({ summary: 'Pooled employees' })
  @Get('staff')
  list(@CurrentActor() actor: Actor): Promise<StaffView[]> {
    return this.staff.list(actor.user);
  }

  @ApiOperation({ summary: 'Add a pooled employee' })
  @Post('staff')
  create(@CurrentActor() actor: Actor, @Body() body: CreateStaffDto): Promise<StaffWriteResult> {
    return this.staff.create(actor, body);
  }

  @ApiOperation({ summary: 'One pooled employee' })
  @Get('staff/:resourceId')
  get(@CurrentActor() actor: Actor, @Param('resourceId', ParseUUIDPipe) id: string): Promise<StaffView> {
    return this.staff.get(actor.user, id);
  }

  @ApiOperation({ summary: 'Change a pooled employee' })
  @Patch('staff/:resourceId')
  update(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) id: string,
    @Body() body: UpdateStaffDto,
  ): Promise<StaffWriteResult> {
    return this.staff.update(actor, id, body);
  }
}
