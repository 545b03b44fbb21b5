import type { IndicatorMetric, IndicatorStage, StandAloneRateKind } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsAfter, IsLocalDate } from '../../validation/dates';
import { IsDecimal } from '../../validation/decimal';
import { IsOptionalNotNull } from '../../validation/optional';

export class ImpactQueryDto {
  @ApiProperty() @IsUUID() networkId: string;
  @ApiProperty({ example: '2026-04-01', description: 'First day, inclusive' })
  @IsLocalDate()
  from: string;
  @ApiProperty({ example: '2027-04-01', description: 'Day after the last, exclusive' })
  @IsLocalDate()
  to: string;
  @ApiPropertyOptional({ description: "One organisation's figures; members always get their own" })
  @IsOptionalNotNull()
  @IsUUID()
  organisationId?: string;
}

export class StandAloneRatesQueryDto {
  @ApiProperty() @IsUUID() networkId: string;
}

export class SetStandAloneRateDto {
  @ApiProperty({ enum: ['per_hour', 'per_m2_month'] }) @IsIn(['per_hour', 'per_m2_month']) kind: StandAloneRateKind;
  @ApiProperty({ description: 'Cents per hour, or per m² and month' }) @IsInt() @Min(0) @Max(100_000_000) rateCents: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(500) note?: string;
}

/** What numeric(14, 2) holds: a larger target or value would overflow the column (a 500, not a 400). */
const MAX_FIGURE = 999_999_999_999.99;

const STAGES: IndicatorStage[] = ['activity', 'output', 'effect'];
const METRICS: IndicatorMetric[] = [
  'entered',
  'occupancy_percent',
  'hours_booked',
  'hours_delivered',
  'delivery_percent',
  'organisations_served',
  'bookings',
  'hour_requests',
  'board_posts',
  'board_matches',
  'people',
  'savings_cents',
  'shared_m2_hours',
];

export class UpdateIndicatorDto {
  @ApiPropertyOptional({ enum: STAGES }) @IsOptionalNotNull() @IsIn(STAGES) stage?: IndicatorStage;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MinLength(1) @MaxLength(200) nameFr?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MinLength(1) @MaxLength(200) nameEn?: string;
  @ApiPropertyOptional({ enum: METRICS }) @IsOptionalNotNull() @IsIn(METRICS) metric?: IndicatorMetric;
  @ApiPropertyOptional({ nullable: true, description: 'The default target: for any period without a target of its own' })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_FIGURE)
  target?: number | null;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(0) @Max(1000) position?: number;
}

export class CreateIndicatorDto extends UpdateIndicatorDto {
  @ApiProperty() @IsUUID() networkId: string;
  @ApiProperty({ enum: STAGES }) @IsIn(STAGES) declare stage: IndicatorStage;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) declare nameFr: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) declare nameEn: string;
  @ApiProperty({ enum: METRICS }) @IsIn(METRICS) declare metric: IndicatorMetric;
}

export class IndicatorValueDto {
  @ApiProperty({ example: '2026-11-01' }) @IsLocalDate() from: string;
  @ApiProperty({ example: '2026-12-01' }) @IsLocalDate() @IsAfter('from') to: string;
  @ApiProperty() @IsDecimal(2) @Min(0) @Max(MAX_FIGURE) value: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(500) note?: string;
}

/** A reporting period: a month, a calendar quarter, a calendar year or a fiscal year (April–March). */
export class IndicatorPeriodDto {
  @ApiProperty({ example: '2026-04-01', description: 'First day of the period' }) @IsLocalDate() from: string;
  @ApiProperty({ example: '2027-04-01', description: 'Day after its last, exclusive' })
  @IsLocalDate()
  @IsAfter('from')
  to: string;
}

export class IndicatorTargetDto extends IndicatorPeriodDto {
  @ApiProperty({ example: 1440, description: "The period's target, in the indicator's unit (cents for savings)" })
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_FIGURE)
  target: number;
}
