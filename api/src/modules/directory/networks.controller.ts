import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NetworkView, OrganisationView } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { DirectoryService } from './directory.service';
import { AddCoordinatorDto, CreateNetworkDto, CreateOrganisationDto, UpdateNetworkDto } from './dto/directory.dto';

@ApiTags('networks')
@Controller('networks')
export class NetworksController {
  constructor(private readonly directory: DirectoryService) {}

  @ApiOperation({ summary: 'My networks' })
  @Get()
  list(@CurrentActor() actor: Actor): Promise<NetworkView[]> {
    return this.directory.listNetworks(actor);
  }

  @ApiOperation({ summary: 'Create a network' })
  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateNetworkDto): Promise<NetworkView> {
    return this.directory.createNetwork(actor, body);
  }

  @ApiOperation({ summary: 'Rename or configure a network' })
  @Patch(':networkId')
  update(
    @CurrentActor() actor: Actor,
    @Param('networkId', ParseUUIDPipe) networkId: string,
    @Body() body: UpdateNetworkDto,
  ): Promise<NetworkView> {
    return this.directory.updateNetwork(actor, networkId, body);
  }

  @ApiOperation({ summary: 'Coordinators of a network' })
  @Get(':networkId/coordinators')
  coordinators(
    @CurrentActor() actor: Actor,
    @Param('networkId', ParseUUIDPipe) networkId: string,
  ): Promise<Array<{ userId: string; name: string; email: string }>> {
    return this.directory.listCoordinators(actor, networkId);
  }

  @ApiOperation({ summary: 'Remove a coordinator' })
  @Delete(':networkId/coordinators/:userId')
  @HttpCode(204)
  removeCoordinator(
    @CurrentActor() actor: Actor,
    @Param('networkId', ParseUUIDPipe) networkId: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    return this.directory.removeCoordinator(actor, networkId, userId);
  }

  @ApiOperation({ summary: 'Make an existing account a coordinator' })
  @Post(':networkId/coordinators')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Adds a co-coordinator by e-mail',
    description:
      'Answers 204 whether or not an account has this e-mail, so that the answer does not tell who has an account. ' +
      'An existing account coordinates the network at once; an unknown e-mail changes nothing (there is no pending ' +
      'coordinator invitation): invite the person to an organisation first, then add them. The coordinators list ' +
      '(GET …/coordinators) shows the result to the coordinators of this network.',
  })
  addCoordinator(
    @CurrentActor() actor: Actor,
    @Param('networkId', ParseUUIDPipe) networkId: string,
    @Body() body: AddCoordinatorDto,
  ): Promise<void> {
    return this.directory.addCoordinator(actor, networkId, body.email);
  }

  @ApiOperation({ summary: 'Add an organisation to a network' })
  @Post(':networkId/organisations')
  createOrganisation(
    @CurrentActor() actor: Actor,
    @Param('networkId', ParseUUIDPipe) networkId: string,
    @Body() body: CreateOrganisationDto,
  ): Promise<OrganisationView> {
    return this.directory.createOrganisation(actor, networkId, body.name);
  }

  /** The organisation leaves the network (its membership ends today; past reports keep it). */
  @ApiOperation({ summary: 'An organisation leaves the network' })
  @Delete(':networkId/organisations/:organisationId')
  @HttpCode(204)
  removeOrganisation(
    @CurrentActor() actor: Actor,
    @Param('networkId', ParseUUIDPipe) networkId: string,
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
  ): Promise<void> {
    return this.directory.removeOrganisation(actor, networkId, organisationId);
  }
}
