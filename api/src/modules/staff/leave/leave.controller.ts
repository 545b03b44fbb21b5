import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../access/authenticated-user';
import { CurrentActor } from '../../access/current-actor.decorator';
import type { LeaveView } from '@mutualis/contracts';
import { CreateLeaveDto } from './dto/leave.dto';
import { WindowQueryDto } from '../availability/dto/availability.dto';
import { LeaveService } from './leave.service';

@ApiTags('staff')
@Controller()
export class LeaveController {
  constructor(private readonly leaves: LeaveService) {}

  @ApiOperation({ summary: 'Leave of a pooled employee' })
  @Get('staff/:resourceId/leave')
  leave(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) id: string,
    @Query() q: WindowQueryDto,
  ): Promise<LeaveView[]> {
    return this.leaves.listLeave(actor.user, id, q.from, q.to);
  }

  @ApiOperation({ summary: 'Record leave' })
  @Post('staff/:resourceId/leave')
  addLeave(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) id: string,
    @Body() body: CreateLeaveDto,
  ): Promise<LeaveView> {
    return this.leaves.addLeave(actor, id, body);
  }

  @ApiOperation({ summary: 'Cancel leave' })
  @Delete('staff/:resourceId/leave/:leaveId')
  @HttpCode(204)
  deleteLeave(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) id: string,
    @Param('leaveId', ParseUUIDPipe) leaveId: string,
  ): Promise<void> {
    return this.leaves.deleteLeave(actor, id, leaveId);
  }
}
