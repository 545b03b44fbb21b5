import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BlackoutView, ResourceView, SiteView } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import {
  BlackoutQueryDto,
  CreateBlackoutDto,
  CreateResourceDto,
  CreateSiteDto,
  CreateSpaceDto,
  ResourceQueryDto,
  UpdateResourceDto,
  UpdateSiteDto,
  UpdateSpaceDto,
} from './dto/premises.dto';
import { PremisesService } from './premises.service';

@ApiTags('premises')
@Controller()
export class PremisesController {
  constructor(private readonly premises: PremisesService) {}

  @ApiOperation({ summary: 'Sites' })
  @Get('sites')
  sites(@CurrentActor() actor: Actor): Promise<SiteView[]> {
    return this.premises.listSites(actor.user);
  }

  @ApiOperation({ summary: 'Create a site' })
  @Post('sites')
  createSite(@CurrentActor() actor: Actor, @Body() body: CreateSiteDto): Promise<SiteView> {
    return this.premises.createSite(actor, body);
  }

  @ApiOperation({ summary: 'Change a site' })
  @Patch('sites/:siteId')
  updateSite(
    @CurrentActor() actor: Actor,
    @Param('siteId', ParseUUIDPipe) siteId: string,
    @Body() body: UpdateSiteDto,
  ): Promise<SiteView> {
    return this.premises.updateSite(actor, siteId, body);
  }

  @ApiOperation({ summary: 'Bookable resources' })
  @Get('resources')
  resources(@CurrentActor() actor: Actor, @Query() query: ResourceQueryDto): Promise<ResourceView[]> {
    return this.premises.listResources(actor.user, query);
  }

  @ApiOperation({ summary: 'One resource' })
  @Get('resources/:resourceId')
  resource(@CurrentActor() actor: Actor, @Param('resourceId', ParseUUIDPipe) resourceId: string): Promise<ResourceView> {
    return this.premises.getResource(actor.user, resourceId);
  }

  @ApiOperation({
    summary: 'Create equipment, a vehicle or storage units at a site',
    description: 'Rooms are created with `POST /api/spaces`; this creates the kinds booked by the unit (`quantity`).',
  })
  @Post('resources')
  createResource(@CurrentActor() actor: Actor, @Body() body: CreateResourceDto): Promise<ResourceView> {
    return this.premises.createResource(actor, body);
  }

  @ApiOperation({
    summary: 'Change equipment, a vehicle or storage units',
    description:
      'A quantity below the units booked at an instant still ahead: 409 QUANTITY_BELOW_BOOKINGS listing those bookings.',
  })
  @Patch('resources/:resourceId')
  updateResource(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) resourceId: string,
    @Body() body: UpdateResourceDto,
  ): Promise<ResourceView> {
    return this.premises.updateResource(actor, resourceId, body);
  }

  @ApiOperation({ summary: 'Create a room' })
  @Post('spaces')
  createSpace(@CurrentActor() actor: Actor, @Body() body: CreateSpaceDto): Promise<ResourceView> {
    return this.premises.createSpace(actor, body);
  }

  @ApiOperation({ summary: 'Change a room' })
  @Patch('spaces/:resourceId')
  updateSpace(
    @CurrentActor() actor: Actor,
    @Param('resourceId', ParseUUIDPipe) resourceId: string,
    @Body() body: UpdateSpaceDto,
  ): Promise<ResourceView> {
    return this.premises.updateSpace(actor, resourceId, body);
  }

  @ApiOperation({ summary: 'Closures (blackouts)' })
  @Get('blackouts')
  blackouts(@CurrentActor() actor: Actor, @Query() query: BlackoutQueryDto): Promise<BlackoutView[]> {
    return this.premises.listBlackouts(actor.user, query);
  }

  @ApiOperation({ summary: 'Close a site or resource for a while' })
  @Post('blackouts')
  createBlackout(@CurrentActor() actor: Actor, @Body() body: CreateBlackoutDto): Promise<BlackoutView> {
    return this.premises.createBlackout(actor, body);
  }

  @ApiOperation({ summary: 'Delete a closure' })
  @Delete('blackouts/:blackoutId')
  @HttpCode(204)
  deleteBlackout(@CurrentActor() actor: Actor, @Param('blackoutId', ParseUUIDPipe) blackoutId: string): Promise<void> {
    return this.premises.deleteBlackout(actor, blackoutId);
  }
}
