import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsInstant, IsNotBefore } from '../../../validation/dates';
import { IsOptionalNotNull } from '../../../validation/optional';

export class AuditQueryDto {
  @ApiPropertyOptional({ example: 'organisation' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(100)
  entity?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ description: 'ISO-8601 instant, inclusive' })
  @IsOptionalNotNull()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'ISO-8601 instant, exclusive' })
  @IsOptionalNotNull()
  @IsInstant()
  @IsNotBefore('from')
  to?: string;

  @ApiPropertyOptional({ default: 1, maximum: 1_000_000 })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  // Past this the offset overflows PostgreSQL's bigint; no audit trail is that long.
  @Max(1_000_000)
  page = 1;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 50;
}
