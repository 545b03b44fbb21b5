import type { LoanActionRequest } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsInstant, IsNotBefore } from '../../../../validation/dates';
import { IsOptionalNotNull } from '../../../../validation/optional';
import { trim } from '../../../../validation/string-transforms';

export class LoanActionDto implements LoanActionRequest {
  @ApiProperty() @IsUUID() occurrenceId: string;
  @ApiPropertyOptional({ example: 48213, description: "A vehicle's odometer (required for vehicles)" })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  odometerKm?: number;
  @ApiPropertyOptional({ example: 'Marie Tremblay', description: 'Who drives (vehicles, at check-out: required)' })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  driverName?: string;
  @ApiPropertyOptional({ description: 'Condition, fuel, cleaning' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class LoanQueryDto {
  @ApiProperty({ example: '2026-12-01T00:00:00-05:00' }) @IsInstant() from: string;
  @ApiProperty({ example: '2027-01-01T00:00:00-05:00' }) @IsInstant() @IsNotBefore('from') to: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() siteId?: string;
}
