import type { AllocationBasis } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { IsLocalDate } from '../../validation/dates';
import { IsOptionalNotNull } from '../../validation/optional';

export class AllocationQueryDto {
  @ApiProperty() @IsUUID() networkId: string;
  @ApiProperty({ example: '2026-11-01', description: 'First day, inclusive' })
  @IsLocalDate()
  from: string;
  @ApiProperty({ example: '2026-12-01', description: 'Day after the last, exclusive' })
  @IsLocalDate()
  to: string;
  @ApiPropertyOptional({ enum: ['planned', 'actual'], default: 'planned' })
  @IsOptionalNotNull()
  @IsIn(['planned', 'actual'])
  basis?: AllocationBasis;
}

export class StatementQueryDto extends AllocationQueryDto {
  @ApiPropertyOptional({
    description: "The organisation whose statement this is; without it, the network's whole report (coordinators)",
  })
  @IsOptionalNotNull()
  @IsUUID()
  organisationId?: string;
}
