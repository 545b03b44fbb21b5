import type {
  CreateAgreementRequest,
  CreateLeaveRequest,
  CreateStaffRequest,
  LeaveKind,
  QuotaPeriodUnit,
  UpdateStaffRequest,
  WorkingHoursEntry,
  WorkingWeek,
} from '@mutualis/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
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
import { trim, trimLowerCase } from '../../../app/validation/string-transforms';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class WorkingHoursDto implements WorkingHoursEntry {
  @ApiProperty({ enum: ['every', 'A', 'B'] }) @IsIn(['every', 'A', 'B']) week: WorkingWeek;
  @ApiProperty() @IsInt() @Min(1) @Max(7) weekday: number;
  @ApiProperty({ example: '08:30' }) @Matches(HH_MM, { message: "start must be 'HH:mm'" }) start: string;
  @ApiProperty({ example: '16:30' }) @Matches(HH_MM, { message: "end must be 'HH:mm'" }) end: string;
}

/** Fields a change may clear with null: validated when given, skipped when absent or null. */
const Clearable = {
  carrierOrganisationId: () => applyDecorators(IsOptional(), IsUUID()),
  hourlyCostCents: () => applyDecorators(IsOptional(), IsInt(), Min(0)),
  maxMinutesPerDay: () => applyDecorators(IsOptional(), IsInt(), Min(1), Max(1440)),
  maxMinutesPerWeek: () => applyDecorators(IsOptional(), IsInt(), Min(1), Max(10080)),
  alternatingWeeksAnchor: () =>
    applyDecorators(IsOptional(), Matches(DATE, { message: "alternatingWeeksAnchor must be 'YYYY-MM-DD'" })),
};
const ANCHOR = 'The Monday of a week A';

class StaffFieldsDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(200) jobTitle?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimLowerCase)
  @IsEmail()
  userEmail?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) timeZone?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() holidaysOff?: boolean;

  @ApiPropertyOptional({ type: [WorkingHoursDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WorkingHoursDto)
  workingHours?: WorkingHoursDto[];
}

export class CreateStaffDto extends StaffFieldsDto implements CreateStaffRequest {
  @ApiProperty() @IsUUID() networkId: string;
  @ApiProperty({ example: 'Comptable partagé·e' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name: string;
  @ApiPropertyOptional() @Clearable.carrierOrganisationId() carrierOrganisationId?: string;
  @ApiPropertyOptional() @Clearable.hourlyCostCents() hourlyCostCents?: number;
  @ApiPropertyOptional() @Clearable.maxMinutesPerDay() maxMinutesPerDay?: number;
  @ApiPropertyOptional() @Clearable.maxMinutesPerWeek() maxMinutesPerWeek?: number;
  @ApiPropertyOptional({ description: ANCHOR }) @Clearable.alternatingWeeksAnchor() alternatingWeeksAnchor?: string;
}

/** Absent fields stay as they are; null clears the clearable ones. */
export class UpdateStaffDto extends StaffFieldsDto implements UpdateStaffRequest {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ nullable: true }) @Clearable.carrierOrganisationId() carrierOrganisationId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @Clearable.hourlyCostCents() hourlyCostCents?: number | null;
  @ApiPropertyOptional({ nullable: true }) @Clearable.maxMinutesPerDay() maxMinutesPerDay?: number | null;
  @ApiPropertyOptional({ nullable: true }) @Clearable.maxMinutesPerWeek() maxMinutesPerWeek?: number | null;
  @ApiPropertyOptional({ nullable: true, description: ANCHOR })
  @Clearable.alternatingWeeksAnchor()
  alternatingWeeksAnchor?: string | null;
}

export class CreateLeaveDto implements CreateLeaveRequest {
  @ApiProperty({ enum: ['vacation', 'sick', 'training', 'other'] })
  @IsIn(['vacation', 'sick', 'training', 'other'])
  kind: LeaveKind;
  @ApiProperty() @IsISO8601({ strict: true }) start: string;
  @ApiProperty() @IsISO8601({ strict: true }) end: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class WindowQueryDto {
  @ApiProperty() @IsISO8601({ strict: true }) from: string;
  @ApiProperty() @IsISO8601({ strict: true }) to: string;
  @ApiPropertyOptional({ description: 'With it, free slots of this length are suggested' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(15)
  @Max(720)
  durationMinutes?: number;
}

export class CreateAgreementDto implements CreateAgreementRequest {
  @ApiProperty() @IsUUID() organisationId: string;
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) minutesPerPeriod?:
    | number
    | null;
  @ApiPropertyOptional({ enum: ['week', 'month', 'year'] })
  @IsOptional()
  @IsIn(['week', 'month', 'year'])
  periodUnit?: QuotaPeriodUnit;
  @ApiProperty({ example: '2026-01-01' }) @Matches(DATE) startsOn: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @Matches(DATE) endsOn?: string | null;
  @ApiPropertyOptional({ enum: ['refuse', 'warn'] }) @IsOptional() @IsIn(['refuse', 'warn']) overQuota?: 'refuse' | 'warn';
  @ApiPropertyOptional({ enum: ['none', 'next'] }) @IsOptional() @IsIn(['none', 'next']) rollover?: 'none' | 'next';
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) rolloverCapMinutes?:
    | number
    | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  fixedSharePercent?: number | null;
}

export class UpdateAgreementDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) minutesPerPeriod?:
    | number
    | null;
  @ApiPropertyOptional({ enum: ['week', 'month', 'year'] })
  @IsOptional()
  @IsIn(['week', 'month', 'year'])
  periodUnit?: QuotaPeriodUnit;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE) startsOn?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @Matches(DATE) endsOn?: string | null;
  @ApiPropertyOptional({ enum: ['refuse', 'warn'] }) @IsOptional() @IsIn(['refuse', 'warn']) overQuota?: 'refuse' | 'warn';
  @ApiPropertyOptional({ enum: ['none', 'next'] }) @IsOptional() @IsIn(['none', 'next']) rollover?: 'none' | 'next';
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) rolloverCapMinutes?:
    | number
    | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  fixedSharePercent?: number | null;
}

export class AgreementQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() resourceId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
}

export class HourBankQueryDto {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiProperty() @IsUUID() organisationId: string;
  @ApiProperty({ example: '2026-01-01' }) @Matches(DATE) from: string;
  @ApiProperty({ example: '2027-01-01' }) @Matches(DATE) to: string;
}
