import type {
  BundledItemRequest,
  CancelBookingRequest,
  CreateBookingRequest,
  EditScope,
  UpdateBookingRequest,
} from '@mutualis/contracts';
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
import { trim } from '../../../validation/string-transforms';
import { IsInstant, IsLocalDate, IsLocalDateTime, IsNotBefore } from '../../../validation/dates';
import { IsOptionalNotNull } from '../../../validation/optional';

const SCOPES: EditScope[] = ['one', 'following', 'all'];
/** A storage allocation may run a year; each resource's `maxDurationMinutes` rule bounds it further. */
const MAX_LOAN_MINUTES = 366 * 1440;
/** At most this many items ride with one room booking. */
const MAX_BUNDLED_ITEMS = 20;

export class BundledItemDto implements BundledItemRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiPropertyOptional({ example: 1, description: 'Units taken; 1 when omitted' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity?: number;
}

export class CreateBookingDto implements CreateBookingRequest {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() organisationId?: string;
  @ApiProperty({ example: 'Conseil d’administration' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title: string;

  @ApiPropertyOptional({
    example: '2026-12-01T09:00',
    description: "Local wall clock 'YYYY-MM-DDTHH:mm'; required unless `startDate` is given (a day loan)",
  })
  @ValidateIf((o: CreateBookingDto) => o.startDate === undefined || o.start !== undefined)
  @IsLocalDateTime()
  start?: string;

  @ApiPropertyOptional({ example: 'America/Toronto' }) @IsOptionalNotNull() @IsString() @MaxLength(64) timeZone?: string;
  @ApiPropertyOptional({
    example: 90,
    description: 'Required with `start`; equipment, vehicles and storage may be booked for several days',
  })
  @ValidateIf((o: CreateBookingDto) => o.startDate === undefined || o.durationMinutes !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_LOAN_MINUTES)
  durationMinutes?: number;

  @ApiPropertyOptional({
    example: '2026-12-04',
    description: 'A day loan (equipment, vehicles, storage): picked up when the site opens on this day',
  })
  @IsOptionalNotNull()
  @IsLocalDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2026-12-07', description: 'Last day of a day loan (returned when the site closes)' })
  @IsOptionalNotNull()
  @IsLocalDate()
  @IsNotBefore('startDate')
  endDate?: string;

  @ApiPropertyOptional({ example: 5, description: 'Units taken (equipment, vehicles, storage); 1 when omitted' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(100000)
  quantity?: number;
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

  @ApiPropertyOptional({
    type: [BundledItemDto],
    description:
      'A room booking with equipment, all or nothing: every part passes every check in one transaction, and a ' +
      'refusal names its part in `details.part`. Changes and cancellations of the room carry the equipment along.',
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_BUNDLED_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => BundledItemDto)
  equipment?: BundledItemDto[];
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
