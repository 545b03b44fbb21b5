import type {
  BookingRules,
  CreateBlackoutRequest,
  CreateSiteRequest,
  CreateSpaceRequest,
  WeeklyHours,
} from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../../app/validation/string-transforms';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export class WeeklyHoursDto implements WeeklyHours {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @ApiProperty({ example: '07:00' })
  @Matches(HH_MM, { message: "opens must be 'HH:mm'" })
  opens: string;

  @ApiProperty({ example: '22:00' })
  @Matches(HH_MM, { message: "closes must be 'HH:mm'" })
  closes: string;
}

export class CreateSiteDto implements CreateSiteRequest {
  @ApiProperty() @IsUUID() networkId: string;

  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500) address?: string;

  @ApiPropertyOptional({ example: 'America/Toronto' }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string;

  @ApiPropertyOptional({ type: [WeeklyHoursDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursDto)
  openingHours?: WeeklyHoursDto[];
}

export class UpdateSiteDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500) address?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) timeZone?: string;

  @ApiPropertyOptional({ type: [WeeklyHoursDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursDto)
  openingHours?: WeeklyHoursDto[];
}

export class BookingRulesDto implements Partial<BookingRules> {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() approvalRequired?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(1440) minDurationMinutes?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(1440) maxDurationMinutes?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(1440) granularityMinutes?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(525600) minLeadMinutes?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(1830) maxAdvanceDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(240) bufferBeforeMinutes?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(240) bufferAfterMinutes?: number;
  @ApiPropertyOptional({ enum: ['network', 'list'] }) @IsOptional() @IsIn(['network', 'list']) bookableBy?: 'network' | 'list';
  @ApiPropertyOptional() @IsOptional() @IsArray() @IsUUID('all', { each: true }) bookableOrganisationIds?: string[];
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) weeklyMinutesPerOrganisation?: number | null;
}

export class CreateSpaceDto implements CreateSpaceRequest {
  @ApiProperty() @IsUUID() siteId: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(10000) capacity?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(1000000) floorAreaM2?: number;
  @ApiPropertyOptional({
    nullable: true,
    description: 'The organisation this space is given over to (floor-area key); null: shared',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  dedicatedOrganisationId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) equipment?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) accessibilityNotes?: string;
  @ApiPropertyOptional({ description: 'Integer cents per hour' }) @IsOptional() @IsInt() @Min(0) hourlyRateCents?: number;
  @ApiPropertyOptional() @IsOptional() @IsUUID() carrierOrganisationId?: string;

  @ApiPropertyOptional({ type: BookingRulesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BookingRulesDto)
  rules?: BookingRulesDto;
}

export class UpdateSpaceDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(10000) capacity?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(1000000) floorAreaM2?: number;
  @ApiPropertyOptional({
    nullable: true,
    description: 'The organisation this space is given over to (floor-area key); null: shared',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  dedicatedOrganisationId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) equipment?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) accessibilityNotes?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) hourlyRateCents?: number;
  @ApiPropertyOptional() @IsOptional() @IsUUID() carrierOrganisationId?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;

  @ApiPropertyOptional({ type: BookingRulesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BookingRulesDto)
  rules?: BookingRulesDto;
}

export class ResourceQueryDto {
  @ApiPropertyOptional({ enum: ['space', 'staff', 'equipment'] })
  @IsOptional()
  @IsIn(['space', 'staff', 'equipment'])
  type?: 'space' | 'staff' | 'equipment';

  @ApiPropertyOptional() @IsOptional() @IsUUID() siteId?: string;
}

export class CreateBlackoutDto implements CreateBlackoutRequest {
  @ApiPropertyOptional() @IsOptional() @IsUUID() siteId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() resourceId?: string;
  @ApiProperty({ example: '2026-12-24T00:00:00-05:00' }) @IsISO8601({ strict: true }) start: string;
  @ApiProperty({ example: '2026-12-27T00:00:00-05:00' }) @IsISO8601({ strict: true }) end: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class BlackoutQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() siteId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() resourceId?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601({ strict: true }) to?: string;
}
