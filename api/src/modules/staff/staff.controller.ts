import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  AgreementView,
  HourBankView,
  LeaveView,
  StaffAvailabilityView,
  StaffView,
  StaffWriteResult,
} from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import {
  AgreementQueryDto,
  AvailabilityQueryDto,
  CreateAgreementDto,
  CreateLeaveDto,
  CreateStaffDto,
  HourBankQueryDto,
  UpdateAgreementDto,
  UpdateStaffDto,
  WindowQueryDto,
} from './dto/staff.dto';
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

  @ApiOperation({ summary: 'Availability and free slots of a pooled employee' })
  @Get('staff/:resourceId/availability')
  availability(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) id: string,
    @Query() q: AvailabilityQueryDto,
  ): Promise<StaffAvailabilityView> {
    return this.staff.availability(actor.user, id, q.from, q.to, q.durationMinutes);
  }

  @ApiOperation({ summary: 'Leave of a pooled employee' })
  @Get('staff/:resourceId/leave')
  leave(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) id: string,
    @Query() q: WindowQueryDto,
  ): Promise<LeaveView[]> {
    return this.staff.listLeave(actor.user, id, q.from, q.to);
  }

  @ApiOperation({ summary: 'Record leave' })
  @Post('staff/:resourceId/leave')
  addLeave(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) id: string,
    @Body() body: CreateLeaveDto,
  ): Promise<LeaveView> {
    return this.staff.addLeave(actor, id, body);
  }

  @ApiOperation({ summary: 'Cancel leave' })
  @Delete('staff/:resourceId/leave/:leaveId')
  @HttpCode(204)
  deleteLeave(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) id: string,
    @Param('leaveId', ParseUUIDPipe) leaveId: string,
  ): Promise<void> {
    return this.staff.deleteLeave(actor, id, leaveId);
  }

  @ApiOperation({ summary: 'Service agreements' })
  @Get('agreements')
  agreements(@CurrentActor() actor: Actor, @Query() q: AgreementQueryDto): Promise<AgreementView[]> {
    return this.staff.agreements(actor.user, q);
  }

  @ApiOperation({ summary: 'Create a service agreement' })
  @Post('agreements')
  createAgreement(@CurrentActor() actor: Actor, @Body() body: CreateAgreementDto): Promise<AgreementView> {
    return this.staff.createAgreement(actor, body);
  }

  @ApiOperation({ summary: 'Change a service agreement' })
  @Patch('agreements/:agreementId')
  updateAgreement(
    @CurrentActor() actor: Actor,
    @Param('agreementId', ParseUUIDPipe) id: string,
    @Body() body: UpdateAgreementDto,
  ): Promise<AgreementView> {
    return this.staff.updateAgreement(actor, id, body);
  }

  @ApiOperation({ summary: 'Delete a service agreement' })
  @Delete('agreements/:agreementId')
  @HttpCode(204)
  deleteAgreement(@CurrentActor() actor: Actor, @Param('agreementId', ParseUUIDPipe) id: string): Promise<void> {
    return this.staff.deleteAgreement(actor, id);
  }

  @ApiOperation({ summary: 'Hour bank of an organisation with a pooled employee' })
  @Get('hour-bank')
  hourBank(@CurrentActor() actor: Actor, @Query() q: HourBankQueryDto): Promise<HourBankView> {
    return this.staff.hourBank(actor.user, q);
  }
}
