import type { SaveTimesheetEntryRequest, TimesheetWeekRequest } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsLocalDate, IsNotBefore } from '../../../validation/dates';
import { IsOptionalNotNull } from '../../../validation/optional';

export class TimesheetQueryDto {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiProperty({ example: '2026-11-23' }) @IsLocalDate() from: string;
  @ApiProperty({ example: '2026-11-30' }) @IsLocalDate() @IsNotBefore('from') to: string;
}

export class SaveTimesheetEntryDto implements SaveTimesheetEntryRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiProperty() @IsUUID() organisationId: string;
  @ApiProperty({ example: '2026-11-24' }) @IsLocalDate() workDate: string;
  @ApiProperty({ example: 180 }) @IsInt() @Min(0) @Max(1440) minutes: number;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(2000) note?: string;
}

export class TimesheetWeekDto implements TimesheetWeekRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiProperty({ description: 'The Monday of the week', example: '2026-11-23' }) @IsLocalDate() weekStart: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() organisationId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(2000) comment?: string;
}

/** Confirming or disputing is the receiving organisation's decision: which one is required. */
export class TimesheetDecisionDto implements TimesheetWeekRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiProperty({ description: 'The Monday of the week', example: '2026-11-23' }) @IsLocalDate() weekStart: string;
  @ApiProperty({ description: 'The receiving organisation' }) @IsUUID() organisationId: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(2000) comment?: string;
}
