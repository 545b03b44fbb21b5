import type { SaveTimesheetEntryRequest, TimesheetWeekRequest } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class TimesheetQueryDto {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiProperty({ example: '2026-11-23' }) @Matches(DATE) from: string;
  @ApiProperty({ example: '2026-11-30' }) @Matches(DATE) to: string;
}

export class SaveTimesheetEntryDto implements SaveTimesheetEntryRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiProperty() @IsUUID() organisationId: string;
  @ApiProperty({ example: '2026-11-24' }) @Matches(DATE) workDate: string;
  @ApiProperty({ example: 180 }) @IsInt() @Min(0) @Max(1440) minutes: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class TimesheetWeekDto implements TimesheetWeekRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiProperty({ description: 'The Monday of the week', example: '2026-11-23' }) @Matches(DATE) weekStart: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

/** Confirming or disputing is the receiving organisation's decision: which one is required. */
export class TimesheetDecisionDto implements TimesheetWeekRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiProperty({ description: 'The Monday of the week', example: '2026-11-23' }) @Matches(DATE) weekStart: string;
  @ApiProperty({ description: 'The receiving organisation' }) @IsUUID() organisationId: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}
