import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IsInstant, IsNotBefore } from '../../../../validation/dates';
import { IsOptionalNotNull } from '../../../../validation/optional';

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
