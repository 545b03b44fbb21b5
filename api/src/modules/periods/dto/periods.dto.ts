import type { ClosePeriodRequest, ReopenPeriodRequest } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../../validation/string-transforms';
import { IsAfter, IsLocalDate } from '../../../validation/dates';

export class PeriodsQueryDto {
  @ApiProperty() @IsUUID() networkId: string;
}

class PeriodWindowDto {
  @ApiProperty() @IsUUID() networkId: string;
  @ApiProperty({ example: '2026-11-01' }) @IsLocalDate() from: string;
  @ApiProperty({ example: '2026-12-01', description: 'exclusive' })
  @IsLocalDate()
  @IsAfter('from')
  to: string;
}

export class ClosePeriodDto extends PeriodWindowDto implements ClosePeriodRequest {
  @ApiPropertyOptional({
    description: 'Close a period that has not ended, knowing that it blocks every booking inside it until its end',
  })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}

export class ReopenPeriodDto extends PeriodWindowDto implements ReopenPeriodRequest {
  @ApiProperty({ description: 'Why the figures must change (kept in the audit trail)' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}
