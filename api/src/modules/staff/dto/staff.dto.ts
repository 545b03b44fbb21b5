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
  IsNotEmpty,
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
import { IsAfter, IsInstant, IsLocalDate, IsNotBefore } from '../../../app/validation/dates';
import { IsOptionalNotNull } from '../../../app/validation/optional';
import { IsDecimal } from '../../../app/validation/decimal';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

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
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) minutesPerPeriod?:
    | number
    | null;
  @ApiPropertyOptional({ enum: ['week', 'month', 'year'] })
  @IsOptionalNotNull()
  @IsIn(['week', 'month', 'year'])
  periodUnit?: QuotaPeriodUnit;
  @ApiProperty({ example: '2026-01-01' }) @IsLocalDate() startsOn: string;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsLocalDate()
  @IsAfter('startsOn')
  endsOn?: string | null;
  @ApiPropertyOptional({ enum: ['refuse', 'warn'] }) @IsOptionalNotNull() @IsIn(['refuse', 'warn']) overQuota?: 'refuse' | 'warn';
  @ApiPropertyOptional({ enum: ['none', 'next'] }) @IsOptionalNotNull() @IsIn(['none', 'next']) rollover?: 'none' | 'next';
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) rolloverCapMinutes?:
    | number
    | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDecimal(2)
  @Min(0)
  @Max(100)
  fixedSharePercent?: number | null;
}

export class UpdateAgreementDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) minutesPerPeriod?:
    | number
    | null;
  @ApiPropertyOptional({ enum: ['week', 'month', 'year'] })
  @IsOptionalNotNull()
  @IsIn(['week', 'month', 'year'])
  periodUnit?: QuotaPeriodUnit;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsLocalDate() startsOn?: string;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsLocalDate()
  @IsAfter('startsOn')
  endsOn?: string | null;
  @ApiPropertyOptional({ enum: ['refuse', 'warn'] }) @IsOptionalNotNull() @IsIn(['refuse', 'warn']) overQuota?: 'refuse' | 'warn';
  @ApiPropertyOptional({ enum: ['none', 'next'] }) @IsOptionalNotNull() @IsIn(['none', 'next']) rollover?: 'none' | 'next';
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(0) rolloverCapMinutes?:
    | number
    | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDecimal(2)
  @Min(0)
  @Max(100)
  fixedSharePercent?: number | null;
}

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
