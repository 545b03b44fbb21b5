import type { CreateAgreementRequest, QuotaPeriodUnit } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { IsAfter, IsLocalDate } from '../../../../validation/dates';
import { IsOptionalNotNull, Nullable } from '../../../../validation/optional';
import { IsDecimal } from '../../../../validation/decimal';

export class CreateAgreementDto implements CreateAgreementRequest {
  @ApiProperty() @IsUUID() organisationId: string;
  @ApiProperty() @IsUUID() resourceId: string;
  @Nullable() @IsInt() @Min(0) minutesPerPeriod?: number | null;
  @ApiPropertyOptional({ enum: ['week', 'month', 'year'] })
  @IsOptionalNotNull()
  @IsIn(['week', 'month', 'year'])
  periodUnit?: QuotaPeriodUnit;
  @ApiProperty({ example: '2026-01-01' }) @IsLocalDate() startsOn: string;
  @Nullable() @IsLocalDate() @IsAfter('startsOn') endsOn?: string | null;
  @ApiPropertyOptional({ enum: ['refuse', 'warn'] }) @IsOptionalNotNull() @IsIn(['refuse', 'warn']) overQuota?: 'refuse' | 'warn';
  @ApiPropertyOptional({ enum: ['none', 'next'] }) @IsOptionalNotNull() @IsIn(['none', 'next']) rollover?: 'none' | 'next';
  @Nullable() @IsInt() @Min(0) rolloverCapMinutes?: number | null;
  @Nullable() @IsDecimal(2) @Min(0) @Max(100) fixedSharePercent?: number | null;
}

/** Every field of a creation but the parties, each optional; null only where a creation takes it. */
export class UpdateAgreementDto extends PartialType(OmitType(CreateAgreementDto, ['organisationId', 'resourceId'] as const), {
  skipNullProperties: false,
}) {}

export class AgreementQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() resourceId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() organisationId?: string;
}
