import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CostPoolView } from '@mutualis/contracts';
import type { Actor } from '../access/authenticated-user';
import { CurrentActor } from '../access/current-actor.decorator';
import { CostPoolsQueryDto, CreateCostPoolDto, UpdateCostPoolDto } from './cost-pools.dto';
import { CostPoolsService } from './cost-pools.service';

@ApiTags('cost pools')
@Controller('cost-pools')
export class CostPoolsController {
  constructor(private readonly pools: CostPoolsService) {}

  @ApiOperation({ summary: 'Cost pools of a network' })
  @Get()
  list(@CurrentActor() actor: Actor, @Query() q: CostPoolsQueryDto): Promise<CostPoolView[]> {
    return this.pools.list(actor.user, q.networkId);
  }

  @ApiOperation({ summary: 'Create a cost pool' })
  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateCostPoolDto): Promise<CostPoolView> {
    return this.pools.create(actor, body);
  }

  @ApiOperation({ summary: 'Change a cost pool' })
  @Patch(':poolId')
  update(
    @CurrentActor() actor: Actor,
    @Param('poolId', ParseUUIDPipe) id: string,
    @Body() body: UpdateCostPoolDto,
  ): Promise<CostPoolView> {
    return this.pools.update(actor, id, body);
  }

  @ApiOperation({ summary: 'Delete a cost pool' })
  @Delete(':poolId')
  @HttpCode(204)
  delete(@CurrentActor() actor: Actor, @Param('poolId', ParseUUIDPipe) id: string): Promise<void> {
    return this.pools.delete(actor, id);
  }
}
