import type { CancelBookingRequest, CreateBookingRequest, EditScope, UpdateBookingRequest } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../../app/validation/string-transforms';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const SCOPES: EditScope[] = ['one', 'following', 'all'];

export class CreateBookingDto implements CreateBookingRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
  @ApiProperty({ example: 'Conseil d’administration' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title: string;

  @ApiProperty({ example: '2026-12-01T09:00', description: "Local wall clock 'YYYY-MM-DDTHH:mm'" })
  @Matches(LOCAL_DATE_TIME, { message: "start must be a local date and time 'YYYY-MM-DDTHH:mm'" })
  start: string;

  @ApiPropertyOptional({ example: 'America/Toronto' }) @IsOptional() @IsString() @MaxLength(64) timeZone?: string;
  @ApiProperty({ example: 90 }) @IsInt() @Min(1) @Max(1440) durationMinutes: number;
  @ApiPropertyOptional({ example: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10' }) @IsOptional() @IsString() @MaxLength(500) rrule?: string;
  @ApiPropertyOptional() @IsOptional() @IsArray() @ArrayMaxSize(500) @IsString({ each: true }) exdates?: string[];
  @ApiPropertyOptional({ enum: ['QC'] }) @IsOptional() @IsIn(['QC']) skipHolidays?: 'QC';
  @ApiPropertyOptional() @IsOptional() @IsBoolean() skipConflicts?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() private?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

export class BookingChangesDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) notes?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() private?: boolean;

  @ApiPropertyOptional({ example: '2026-12-01T10:00' })
  @IsOptional()
  @Matches(LOCAL_DATE_TIME, { message: "start must be a local date and time 'YYYY-MM-DDTHH:mm'" })
  start?: string;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(1440) durationMinutes?: number;

  @ApiPropertyOptional({ nullable: true, description: 'null makes the booking a one-off' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(500)
  rrule?: string | null;
}

export class UpdateBookingDto implements UpdateBookingRequest {
  @ApiProperty({ enum: SCOPES }) @IsIn(SCOPES) scope: EditScope;
  @ApiPropertyOptional() @IsOptional() @IsUUID() occurrenceId?: string;

  @ApiProperty({ type: BookingChangesDto })
  @ValidateNested()
  @Type(() => BookingChangesDto)
  changes: BookingChangesDto;
}

export class CancelBookingDto implements CancelBookingRequest {
  @ApiProperty({ enum: SCOPES }) @IsIn(SCOPES) scope: EditScope;
  @ApiPropertyOptional() @IsOptional() @IsUUID() occurrenceId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

export class ApproveBookingDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() occurrenceId?: string;
}

export class DeclineBookingDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() occurrenceId?: string;
}

export class BookingQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() resourceId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
  @ApiProperty({ example: '2026-12-01T00:00:00-05:00' }) @IsISO8601({ strict: true }) from: string;
  @ApiProperty({ example: '2027-01-01T00:00:00-05:00' }) @IsISO8601({ strict: true }) to: string;
}

export class ProposeTimeDto {
  @ApiProperty() @IsUUID() occurrenceId: string;
  @ApiProperty({ example: '2027-01-12T13:00' })
  @Matches(LOCAL_DATE_TIME, { message: "start must be a local date and time 'YYYY-MM-DDTHH:mm'" })
  start: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(1440) durationMinutes?: number;
}

export class ProposalAnswerDto {
  @ApiProperty() @IsUUID() occurrenceId: string;
}
