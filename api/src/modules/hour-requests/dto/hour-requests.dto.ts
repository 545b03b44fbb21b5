import type { CreateHourRequestRequest, ScheduleHourRequestRequest } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { trim } from '../../../validation/string-transforms';
import { IsLocalDate, IsLocalDateTime, IsNotBefore } from '../../../validation/dates';
import { IsOptionalNotNull } from '../../../validation/optional';

export class CreateHourRequestDto implements CreateHourRequestRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() organisationId?: string;
  @ApiProperty({ example: 'Rapport annuel' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(5000) notes?: string;
  @ApiProperty({ example: 600 }) @IsInt() @Min(15) @Max(100000) minutes: number;
  @ApiProperty({ example: '2027-03-01' }) @IsLocalDate() from: string;
  @ApiProperty({ example: '2027-03-31', description: 'inclusive' }) @IsLocalDate() @IsNotBefore('from') to: string;
}

export class ScheduleHourRequestDto implements ScheduleHourRequestRequest {
  @ApiProperty({ example: '2027-03-02T09:00' }) @IsLocalDateTime() start: string;
  @ApiProperty({ example: 180 }) @IsInt() @Min(15) @Max(1440) durationMinutes: number;
}

export class HourRequestQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() resourceId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() organisationId?: string;
}
