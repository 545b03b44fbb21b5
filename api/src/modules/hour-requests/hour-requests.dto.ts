import type { CreateHourRequestRequest, ScheduleHourRequestRequest } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { trim } from '../../app/validation/string-transforms';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateHourRequestDto implements CreateHourRequestRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
  @ApiProperty({ example: 'Rapport annuel' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) notes?: string;
  @ApiProperty({ example: 600 }) @IsInt() @Min(15) @Max(100000) minutes: number;
  @ApiProperty({ example: '2027-03-01' }) @Matches(DATE) from: string;
  @ApiProperty({ example: '2027-03-31', description: 'inclusive' }) @Matches(DATE) to: string;
}

export class ScheduleHourRequestDto implements ScheduleHourRequestRequest {
  @ApiProperty({ example: '2027-03-02T09:00' }) @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/) start: string;
  @ApiProperty({ example: 180 }) @IsInt() @Min(15) @Max(1440) durationMinutes: number;
}

export class HourRequestQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() resourceId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
}
