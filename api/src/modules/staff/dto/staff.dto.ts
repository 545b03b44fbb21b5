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
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
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
import { trim, trimLowerCase } from '../../../validation/string-transforms';
import { IsAfter, IsInstant, IsLocalDate, IsNotBefore, IsTimeOfDay } from '../../../validation/dates';
import { IsOptionalNotNull, Nullable } from '../../../validation/optional';
import { IsDecimal } from '../../../validation/decimal';

export class WorkingHoursDto implements WorkingHoursEntry {
  @ApiProperty({ enum: ['every', 'A', 'B'] }) @IsIn(['every', 'A', 'B']) week: WorkingWeek;
  @ApiProperty() @IsInt() @Min(1) @Max(7) weekday: number;
  @ApiProperty({ example: '08:30' }) @IsTimeOfDay() start: string;
  @ApiProperty({ example: '16:30' }) @IsTimeOfDay() end: string;
}

/** Fields a change may clear with null: validated when given, skipped when absent or null. */
const Clearable = {
  carrierOrganisationId: () => applyDecorators(IsOptional(), IsUUID()),
  hourlyCostCents: () => applyDecorators(IsOptional(), IsInt(), Min(0)),
  maxMinutesPerDay: () => applyDecorators(IsOptional(), IsInt(), Min(1), Max(1440)),
  maxMinutesPerWeek: () => applyDecorators(IsOptional(), IsInt(), Min(1), Max(10080)),
  alternatingWeeksAnchor: () => applyDecorators(IsOptional(), IsLocalDate()),
};
const ANCHOR = 'The Monday of a week A';

class StaffFieldsDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(200) jobTitle?: string;
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Transform(trimLowerCase)
  @IsEmail()
  userEmail?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(64) timeZone?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() holidaysOff?: boolean;

  @ApiPropertyOptional({ type: [WorkingHoursDto] })
  @IsOptionalNotNull()
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
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() active?: boolean;
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
  @ApiProperty() @IsInstant() start: string;
  @ApiProperty() @IsInstant() @IsAfter('start') end: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(1000) note?: string;
}

export class WindowQueryDto {
  @ApiProperty() @IsInstant() from: string;
  @ApiProperty() @IsInstant() @IsNotBefore('from') to: string;
}

export class AvailabilityQueryDto extends WindowQueryDto {
  @ApiPropertyOptional({ description: 'With it, free slots of this length are suggested' })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(15)
  @Max(720)
  durationMinutes?: number;
}

export class CreateAgreementDto implements CreateAgreementRequest {
  @ApiProperty() @IsUUID() organisationId: string;
  @ApiProperty() @IsUUID() resourceId: string;
  @Nullable() @IsInt() @Min(0) minutesPerPeriod?: number | null;
  @ApiPropertyOptional({ enum: ['week', 'month', 'year'] })
  @IsOptionalNotNull()
  @IsIn(['week', 'month', 'year'])
  periodUnit?: QuotaPeriodUnit;
  @ApiProperty({ example: '2026-01-01' }) @IsLocalDate() startsOn: string;
  @Nullable() @IsLocalDate() @IsAfter('startsOn') endsOn?: string | null;
  @ApiPropertyOptional({ enum: ['refuse', 'warn'] }) @IsOptionalNotNull() @IsIn(['refuse', 'warn']) overQuota?: 'refuse' | 'warn';
  @ApiPropertyOptional({ enum: ['none', 'next'] }) @IsOptionalNotNull() @IsIn(['none', 'next']) rollover?: 'none' | 'next';
  @Nullable() @IsInt() @Min(0) rolloverCapMinutes?: number | null;
  @Nullable() @IsDecimal(2) @Min(0) @Max(100) fixedSharePercent?: number | null;
}

/** Every field of a creation but the parties, each optional; null only where a creation takes it. */
export class UpdateAgreementDto extends PartialType(OmitType(CreateAgreementDto, ['organisationId', 'resourceId'] as const), {
  skipNullProperties: false,
}) {}

export class AgreementQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() resourceId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() organisationId?: string;
}

export class HourBankQueryDto {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiProperty() @IsUUID() organisationId: string;
  @ApiProperty({ example: '2026-01-01' }) @IsLocalDate() from: string;
  @ApiProperty({ example: '2027-01-01' }) @IsLocalDate() @IsNotBefore('from') to: string;
}
