import type { CreateStaffRequest, UpdateStaffRequest, WorkingHoursEntry, WorkingWeek } from '@mutualis/contracts';
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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim, trimLowerCase } from '../../../../validation/string-transforms';
import { IsLocalDate, IsTimeOfDay } from '../../../../validation/dates';
import { IsOptionalNotNull } from '../../../../validation/optional';

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
