import type { RecurrencePreviewRequest } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsLocalDateTime } from '../../validation/dates';
import { IsOptionalNotNull } from '../../validation/optional';

export class RecurrencePreviewDto implements RecurrencePreviewRequest {
  @ApiProperty({ example: '2026-03-03T09:00', description: "Local wall-clock start 'YYYY-MM-DDTHH:mm'" })
  @IsString()
  @IsLocalDateTime()
  start: string;

  @ApiProperty({ example: 'America/Toronto' })
  @IsString()
  @MaxLength(64)
  timeZone: string;

  @ApiProperty({ example: 60 })
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  durationMinutes: number;

  @ApiPropertyOptional({ example: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(500)
  rrule?: string;

  @ApiPropertyOptional({ example: ['2026-03-17T09:00'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  exdates?: string[];

  @ApiPropertyOptional({ enum: ['QC'] })
  @IsOptionalNotNull()
  @IsIn(['QC'])
  skipHolidays?: 'QC';

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
