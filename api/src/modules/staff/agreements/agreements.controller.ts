import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../access/authenticated-user';
import { CurrentActor } from '../../access/current-actor.decorator';
import type { AgreementView } from '@mutualis/contracts';
import { AgreementQueryDto, CreateAgreementDto, UpdateAgreementDto } from './dto/agreement.dto';
import { AgreementsService } from './agreements.service';

@ApiTags('staff')
@Controller()
export class AgreementsController {
  constructor(private readonly service: AgreementsService) {}

  @ApiOperation({ summary: 'Service agreements' })
  @Get('agreements')
  agreements(@CurrentActor() actor: Actor, @Query() q: AgreementQueryDto): Promise<AgreementView[]> {
    return this.service.list(actor.user, q);
  }

  @ApiOperation({ summary: 'Create a service agreement' })
  @Post('agreements')
  createAgreement(@CurrentActor() actor: Actor, @Body() body: CreateAgreementDto): Promise<AgreementView> {
    return this.service.create(actor, body);
  }

  @ApiOperation({ summary: 'Change a service agreement' })
  @Patch('agreements/:agreementId')
  updateAgreement(
    @CurrentActor() actor: Actor,
    @Param('agreementId', ParseUUIDPipe) id: string,
    @Body() body: UpdateAgreementDto,
  ): Promise<AgreementView> {
    return this.service.update(actor, id, body);
  }

  @ApiOperation({ summary: 'Delete a service agreement' })
  @Delete('agreements/:agreementId')
  @HttpCode(204)
  deleteAgreement(@CurrentActor() actor: Actor, @Param('agreementId', ParseUUIDPipe) id: string): Promise<void> {
    return this.service.delete(actor, id);
  }
}
