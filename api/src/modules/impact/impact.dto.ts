import type { StandAloneRateKind } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ImpactQueryDto {
  @ApiProperty() @IsUUID() networkId: string;
  @ApiProperty({ example: '2026-04-01', description: 'First day, inclusive' })
  @Matches(DATE, { message: "from must be 'YYYY-MM-DD'" })
  from: string;
  @ApiProperty({ example: '2027-04-01', description: 'Day after the last, exclusive' })
  @Matches(DATE, { message: "to must be 'YYYY-MM-DD'" })
  to: string;
  @ApiPropertyOptional({ description: "One organisation's figures; members always get their own" })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class StandAloneRatesQueryDto {
  @ApiProperty() @IsUUID() networkId: string;
}

export class SetStandAloneRateDto {
  @ApiProperty({ enum: ['per_hour', 'per_m2_month'] }) @IsIn(['per_hour', 'per_m2_month']) kind: StandAloneRateKind;
  @ApiProperty({ description: 'Cents per hour, or per m² and month' }) @IsInt() @Min(0) @Max(100_000_000) rateCents: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;
}
