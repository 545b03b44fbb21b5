import type { AllocationBasis } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AllocationQueryDto {
  @ApiProperty() @IsUUID() networkId: string;
  @ApiProperty({ example: '2026-11-01', description: 'First day, inclusive' })
  @Matches(DATE, { message: "from must be 'YYYY-MM-DD'" })
  from: string;
  @ApiProperty({ example: '2026-12-01', description: 'Day after the last, exclusive' })
  @Matches(DATE, { message: "to must be 'YYYY-MM-DD'" })
  to: string;
  @ApiPropertyOptional({ enum: ['planned', 'actual'], default: 'planned' })
  @IsOptional()
  @IsIn(['planned', 'actual'])
  basis?: AllocationBasis;
}

export class StatementQueryDto extends AllocationQueryDto {
  @ApiPropertyOptional({
    description: "The organisation whose statement this is; without it, the network's whole report (coordinators)",
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
