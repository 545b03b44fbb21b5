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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../validation/string-transforms';
import { IsAfter, IsLocalDate, IsLocalMonth } from '../../validation/dates';
import { IsOptionalNotNull, Nullable } from '../../validation/optional';

/** Ten billion dollars: far above any pool, far below what integers hold exactly. */
const MAX_CENTS = 1_000_000_000_000;

export const KEY_KINDS: AllocationKeyKind[] = [
  'hourly_rate',
  'usage_share',
  'fixed_share',
  'equal_split',
  'floor_area',
  'unit_days',
  'kilometres',
  'storage_area',
  'hybrid',
];
const BASE_KINDS: BaseAllocationKeyKind[] = [
  'usage_share',
  'fixed_share',
  'equal_split',
  'floor_area',
  'unit_days',
  'kilometres',
  'storage_area',
];
const FALLBACK_KINDS: FallbackKeyKind[] = ['equal_split', 'fixed_share', 'floor_area'];

export class HybridPartDto implements HybridPart {
  @ApiProperty({ enum: BASE_KINDS }) @IsIn(BASE_KINDS) key: BaseAllocationKeyKind;
  @ApiProperty({ minimum: 1, maximum: 99 }) @IsInt() @Min(1) @Max(99) percent: number;
}

export class AllocationKeyDto implements AllocationKey {
  @ApiProperty({ enum: KEY_KINDS }) @IsIn(KEY_KINDS) kind: AllocationKeyKind;
  @ApiPropertyOptional({ type: [HybridPartDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => HybridPartDto)
  parts?: HybridPartDto[];
  @ApiPropertyOptional({ enum: FALLBACK_KINDS, default: 'equal_split' })
  @IsOptionalNotNull()
  @IsIn(FALLBACK_KINDS)
  fallback?: FallbackKeyKind;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) minChargeCents?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) capCents?: number | null;
}

export class PoolAmountDto {
  @ApiProperty({ example: '2026-11-01' }) @IsLocalDate() from: string;
  @ApiProperty({ example: '2026-12-01', description: 'exclusive' })
  @IsLocalDate()
  @IsAfter('from')
  to: string;
  @ApiPropertyOptional({ description: 'Integer cents; null for hourly_rate pools' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_CENTS)
  amountCents: number | null;
}

export class RecurringAmountDto {
  @ApiProperty({ example: '2026-01' }) @IsLocalMonth() fromMonth: string;
  @ApiProperty({ minimum: 1, maximum: 60 }) @IsInt() @Min(1) @Max(60) months: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) amountCents: number | null;
}

class CostPoolFieldsDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(2000) description?: string;
  @Nullable() @IsUUID() carrierOrganisationId?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  resourceIds?: string[];
  @Nullable() @IsUUID() siteId?: string | null;
  @ApiPropertyOptional({ type: [PoolAmountDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => PoolAmountDto)
  amounts?: PoolAmountDto[];
  @ApiPropertyOptional({ type: RecurringAmountDto })
  @IsOptionalNotNull()
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
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ type: AllocationKeyDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => AllocationKeyDto)
  key?: AllocationKeyDto;
}

export class CostPoolsQueryDto {
  @ApiProperty() @IsUUID() networkId: string;
}
