import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { IsInstant, IsNotBefore } from '../../../../validation/dates';
import { IsOptionalNotNull } from '../../../../validation/optional';

const KINDS = ['equipment', 'vehicle', 'storage'] as const;

export class AvailabilityQueryDto {
  @ApiProperty({ example: '2026-12-08T00:00:00-05:00' }) @IsInstant() from: string;
  @ApiProperty({ example: '2026-12-09T00:00:00-05:00' }) @IsInstant() @IsNotBefore('from') to: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() siteId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() resourceId?: string;
  @ApiPropertyOptional({ enum: KINDS }) @IsOptionalNotNull() @IsIn(KINDS) type?: (typeof KINDS)[number];
}

export class StoragePlanQueryDto {
  @ApiProperty() @IsUUID() siteId: string;
  @ApiProperty({ example: '2026-12-01T00:00:00-05:00' }) @IsInstant() from: string;
  @ApiProperty({ example: '2027-01-01T00:00:00-05:00' }) @IsInstant() @IsNotBefore('from') to: string;
}
