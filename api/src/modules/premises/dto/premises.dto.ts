import type {
  BookingRules,
  CreateBlackoutRequest,
  CreateResourceRequest,
  CreateSiteRequest,
  PooledResourceType,
  CreateSpaceRequest,
  UpdateResourceRequest,
  WeeklyHours,
} from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
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
import { trim } from '../../../validation/string-transforms';
import { IsAfter, IsInstant, IsNotBefore, IsTimeOfDay } from '../../../validation/dates';
import { IsOptionalNotNull, Nullable } from '../../../validation/optional';
import { IsDecimal } from '../../../validation/decimal';

export class WeeklyHoursDto implements WeeklyHours {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @ApiProperty({ example: '07:00' })
  @IsTimeOfDay()
  opens: string;

  @ApiProperty({ example: '22:00' })
  @IsTimeOfDay()
  closes: string;
}

export class CreateSiteDto implements CreateSiteRequest {
  @ApiProperty() @IsUUID() networkId: string;

  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name: string;

  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(500) address?: string;

  @ApiPropertyOptional({ example: 'America/Toronto' }) @IsOptionalNotNull() @IsString() @MaxLength(64) timeZone?: string;

  @ApiPropertyOptional({ type: [WeeklyHoursDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursDto)
  openingHours?: WeeklyHoursDto[];
}

export class UpdateSiteDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(500) address?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(64) timeZone?: string;

  @ApiPropertyOptional({ type: [WeeklyHoursDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursDto)
  openingHours?: WeeklyHoursDto[];
}

export class BookingRulesDto implements Partial<BookingRules> {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() approvalRequired?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1) @Max(1440) minDurationMinutes?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1) @Max(1440) maxDurationMinutes?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1) @Max(1440) granularityMinutes?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(0) @Max(525600) minLeadMinutes?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1) @Max(1830) maxAdvanceDays?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(0) @Max(240) bufferBeforeMinutes?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(0) @Max(240) bufferAfterMinutes?: number;
  @ApiPropertyOptional({ enum: ['network', 'list'] }) @IsOptionalNotNull() @IsIn(['network', 'list']) bookableBy?:
    | 'network'
    | 'list';
  @ApiPropertyOptional() @IsOptionalNotNull() @IsArray() @IsUUID('all', { each: true }) bookableOrganisationIds?: string[];
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) weeklyMinutesPerOrganisation?: number | null;
}

export class CreateSpaceDto implements CreateSpaceRequest {
  @ApiProperty() @IsUUID() siteId: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1) @Max(10000) capacity?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsDecimal(2) @Min(0) @Max(1000000) floorAreaM2?: number;
  @Nullable({ description: 'The organisation this space is given over to (floor-area key); null: shared' })
  @IsUUID()
  dedicatedOrganisationId?: string | null;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) equipment?: string[];
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(2000) accessibilityNotes?: string;
  @ApiPropertyOptional({ description: 'Integer cents per hour' }) @IsOptionalNotNull() @IsInt() @Min(0) hourlyRateCents?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() carrierOrganisationId?: string;

  @ApiPropertyOptional({ type: BookingRulesDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => BookingRulesDto)
  rules?: BookingRulesDto;
}

/**
 * Every field of a creation but the site, each optional (null clears only what a creation may leave null);
 * the hourly rate may be removed with null; `active`.
 */
export class UpdateSpaceDto extends PartialType(OmitType(CreateSpaceDto, ['siteId', 'hourlyRateCents'] as const), {
  skipNullProperties: false,
}) {
  @Nullable({ description: 'Integer cents per hour; null: no rate' }) @IsInt() @Min(0) hourlyRateCents?: number | null;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() active?: boolean;
}

const POOLED_TYPES: PooledResourceType[] = ['equipment', 'vehicle', 'storage'];

export class CreateResourceDto implements CreateResourceRequest {
  @ApiProperty({ enum: POOLED_TYPES }) @IsIn(POOLED_TYPES) type: PooledResourceType;
  @ApiProperty() @IsUUID() siteId: string;
  @ApiProperty({ example: 'Tables pliantes' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiPropertyOptional({ example: 40, description: 'Interchangeable units; 1 when omitted' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity?: number;
  @ApiPropertyOptional({ example: 'table' }) @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(60) unitLabel?: string;
  @ApiPropertyOptional({ description: 'Storage: floor area of one unit' })
  @IsOptionalNotNull()
  @IsDecimal(2)
  @Min(0)
  @Max(1000000)
  unitAreaM2?: number;
  @ApiPropertyOptional({ description: 'Integer cents per hour' }) @IsOptionalNotNull() @IsInt() @Min(0) hourlyRateCents?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() carrierOrganisationId?: string;

  @ApiPropertyOptional({ type: BookingRulesDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => BookingRulesDto)
  rules?: BookingRulesDto;
}

export class UpdateResourceDto implements UpdateResourceRequest {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional({
    example: 36,
    description: 'Below the units booked at an instant still ahead: 409 QUANTITY_BELOW_BOOKINGS listing those bookings',
  })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(60) unitLabel?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsDecimal(2) @Min(0) @Max(1000000) unitAreaM2?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(0) hourlyRateCents?: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() carrierOrganisationId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() active?: boolean;

  @ApiPropertyOptional({ type: BookingRulesDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => BookingRulesDto)
  rules?: BookingRulesDto;
}

export class ResourceQueryDto {
  @ApiPropertyOptional({ enum: ['space', 'staff', 'equipment', 'vehicle', 'storage'] })
  @IsOptionalNotNull()
  @IsIn(['space', 'staff', 'equipment', 'vehicle', 'storage'])
  type?: 'space' | 'staff' | 'equipment' | 'vehicle' | 'storage';

  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() siteId?: string;
}

export class CreateBlackoutDto implements CreateBlackoutRequest {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() siteId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() resourceId?: string;
  @ApiProperty({ example: '2026-12-24T00:00:00-05:00' }) @IsInstant() start: string;
  @ApiProperty({ example: '2026-12-27T00:00:00-05:00' }) @IsInstant() @IsAfter('start') end: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class BlackoutQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() siteId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() resourceId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInstant() from?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInstant() @IsNotBefore('from') to?: string;
}
