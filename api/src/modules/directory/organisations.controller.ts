import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CreatedInvitation, InvitationView, MemberView, OrganisationView } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { DirectoryService } from './directory.service';
import { CreateInvitationDto, UpdateMemberDto, UpdateOrganisationDto } from './dto/directory.dto';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<OrganisationView[]> {
    return this.directory.listOrganisations(actor);
  }

  @Get(':organisationId')
  get(@CurrentActor() actor: Actor, @Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<OrganisationView> {
    return this.directory.getOrganisation(actor, organisationId);
  }

  @Patch(':organisationId')
  update(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.directory.updateOrganisation(actor, organisationId, body);
  }

  @Get(':organisationId/members')
  members(@CurrentActor() actor: Actor, @Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<MemberView[]> {
    return this.directory.listMembers(actor, organisationId);
  }

  @Patch(':organisationId/members/:userId')
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: UpdateMemberDto,
  ): Promise<MemberView[]> {
    return this.directory.changeRole(actor, organisationId, userId, body.role);
  }

  @Delete(':organisationId/members/:userId')
  @HttpCode(204)
  removeMember(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    return this.directory.removeMember(actor, organisationId, userId);
  }

  @Get(':organisationId/invitations')
  invitations(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
  ): Promise<InvitationView[]> {
    return this.directory.listInvitations(actor, organisationId);
  }

  @Post(':organisationId/invitations')
  invite(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Body() body: CreateInvitationDto,
  ): Promise<CreatedInvitation> {
    return this.directory.invite(actor, organisationId, body.email, body.role);
  }

  @Delete(':organisationId/invitations/:invitationId')
  @HttpCode(204)
  revokeInvitation(
    @CurrentActor() actor: Actor,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Param('invitationId', ParseUUIDPipe) invitationId: string,
  ): Promise<void> {
    return this.directory.revokeInvitation(actor, organisationId, invitationId);
  }
}
