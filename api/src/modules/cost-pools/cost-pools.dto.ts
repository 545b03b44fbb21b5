import type {
  AllocationKey,
  AllocationKeyKind,
  BaseAllocationKeyKind,
  CreateCostPoolRequest,
  FallbackKeyKind,
  HybridPart,
  UpdateCostPoolRequest,
} from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../app/validation/string-transforms';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Ten billion dollars: far above any pool, far below what integers hold exactly. */
const MAX_CENTS = 1_000_000_000_000;

export const KEY_KINDS: AllocationKeyKind[] = [
  'hourly_rate',
  'usage_share',
  'fixed_share',
  'equal_split',
  'floor_area',
  'hybrid',
];
const BASE_KINDS: BaseAllocationKeyKind[] = ['usage_share', 'fixed_share', 'equal_split', 'floor_area'];
const FALLBACK_KINDS: FallbackKeyKind[] = ['equal_split', 'fixed_share', 'floor_area'];

export class HybridPartDto implements HybridPart {
  @ApiProperty({ enum: BASE_KINDS }) @IsIn(BASE_KINDS) key: BaseAllocationKeyKind;
  @ApiProperty({ minimum: 1, maximum: 99 }) @IsInt() @Min(1) @Max(99) percent: number;
}

export class AllocationKeyDto implements AllocationKey {
  @ApiProperty({ enum: KEY_KINDS }) @IsIn(KEY_KINDS) kind: AllocationKeyKind;
  @ApiPropertyOptional({ type: [HybridPartDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => HybridPartDto)
  parts?: HybridPartDto[];
  @ApiPropertyOptional({ enum: FALLBACK_KINDS, default: 'equal_split' })
  @IsOptional()
  @IsIn(FALLBACK_KINDS)
  fallback?: FallbackKeyKind;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) minChargeCents?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) capCents?: number | null;
}

export class PoolAmountDto {
  @ApiProperty({ example: '2026-11-01' }) @Matches(DATE, { message: "from must be 'YYYY-MM-DD'" }) from: string;
  @ApiProperty({ example: '2026-12-01', description: 'exclusive' })
  @Matches(DATE, { message: "to must be 'YYYY-MM-DD'" })
  to: string;
  @ApiPropertyOptional({ description: 'Integer cents; null for hourly_rate pools' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  amountCents: number | null;
}

export class RecurringAmountDto {
  @ApiProperty({ example: '2026-01' }) @Matches(MONTH, { message: "fromMonth must be 'YYYY-MM'" }) fromMonth: string;
  @ApiProperty({ minimum: 1, maximum: 60 }) @IsInt() @Min(1) @Max(60) months: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) amountCents: number | null;
}

class CostPoolFieldsDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) description?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() carrierOrganisationId?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  resourceIds?: string[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() siteId?: string | null;
  @ApiPropertyOptional({ type: [PoolAmountDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => PoolAmountDto)
  amounts?: PoolAmountDto[];
  @ApiPropertyOptional({ type: RecurringAmountDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurringAmountDto)
  recurring?: RecurringAmountDto;
}

export class CreateCostPoolDto extends CostPoolFieldsDto implements CreateCostPoolRequest {
  @ApiProperty() @IsUUID() networkId: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiProperty({ type: AllocationKeyDto }) @ValidateNested() @Type(() => AllocationKeyDto) key: AllocationKeyDto;
}

export class UpdateCostPoolDto extends CostPoolFieldsDto implements UpdateCostPoolRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ type: AllocationKeyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AllocationKeyDto)
  key?: AllocationKeyDto;
}

export class CostPoolsQueryDto {
  @ApiProperty() @IsUUID() networkId: string;
}
