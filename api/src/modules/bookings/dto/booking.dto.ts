import type { CancelBookingRequest, CreateBookingRequest, EditScope, UpdateBookingRequest } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../../app/validation/string-transforms';
import { IsInstant, IsLocalDateTime, IsNotBefore } from '../../../app/validation/dates';
import { IsOptionalNotNull } from '../../../app/validation/optional';

const SCOPES: EditScope[] = ['one', 'following', 'all'];

export class CreateBookingDto implements CreateBookingRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() organisationId?: string;
  @ApiProperty({ example: 'Conseil d’administration' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title: string;

  @ApiProperty({ example: '2026-12-01T09:00', description: "Local wall clock 'YYYY-MM-DDTHH:mm'" })
  @IsLocalDateTime()
  start: string;

  @ApiPropertyOptional({ example: 'America/Toronto' }) @IsOptionalNotNull() @IsString() @MaxLength(64) timeZone?: string;
  @ApiProperty({ example: 90 }) @IsInt() @Min(1) @Max(1440) durationMinutes: number;
  @ApiPropertyOptional({ example: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(500)
  rrule?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsArray() @ArrayMaxSize(500) @IsString({ each: true }) exdates?: string[];
  @ApiPropertyOptional({ enum: ['QC'] }) @IsOptionalNotNull() @IsIn(['QC']) skipHolidays?: 'QC';
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() skipConflicts?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() private?: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(5000) notes?: string;
}

export class BookingChangesDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(5000) notes?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsBoolean() private?: boolean;

  @ApiPropertyOptional({ example: '2026-12-01T10:00' })
  @IsOptionalNotNull()
  @IsLocalDateTime()
  start?: string;

  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1) @Max(1440) durationMinutes?: number;

  @ApiPropertyOptional({ nullable: true, description: 'null makes the booking a one-off' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(500)
  rrule?: string | null;
}

export class UpdateBookingDto implements UpdateBookingRequest {
  @ApiProperty({ enum: SCOPES }) @IsIn(SCOPES) scope: EditScope;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() occurrenceId?: string;

  @ApiProperty({ type: BookingChangesDto })
  @ValidateNested()
  @Type(() => BookingChangesDto)
  changes: BookingChangesDto;
}

export class CancelBookingDto implements CancelBookingRequest {
  @ApiProperty({ enum: SCOPES }) @IsIn(SCOPES) scope: EditScope;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() occurrenceId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(1000) reason?: string;
}

export class ApproveBookingDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() occurrenceId?: string;
}

export class DeclineBookingDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() occurrenceId?: string;
}

export class BookingQueryDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() resourceId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() organisationId?: string;
  @ApiProperty({ example: '2026-12-01T00:00:00-05:00' }) @IsInstant() from: string;
  @ApiProperty({ example: '2027-01-01T00:00:00-05:00' }) @IsInstant() @IsNotBefore('from') to: string;
}

export class ProposeTimeDto {
  @ApiProperty() @IsUUID() occurrenceId: string;
  @ApiProperty({ example: '2027-01-12T13:00' })
  @IsLocalDateTime()
  start: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1) @Max(1440) durationMinutes?: number;
}

export class ProposalAnswerDto {
  @ApiProperty() @IsUUID() occurrenceId: string;
}
