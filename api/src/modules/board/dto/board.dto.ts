import {
  BOARD_CATEGORIES,
  type BoardCategory,
  type BoardMatchCreation,
  type BoardMatchRequest,
  type BoardModerationRequest,
  type BoardPostKind,
  type BoardReportRequest,
  type BoardVisibility,
  type CreateBoardPostRequest,
  type PostBoardMessageRequest,
  type StartBoardConversationRequest,
  type UpdateBoardPostRequest,
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
} from 'class-validator';
import { IsDecimal } from '../../../validation/decimal';
import { IsLocalDate, IsLocalDateTime, IsNotBefore } from '../../../validation/dates';
import { IsOptionalNotNull } from '../../../validation/optional';
import { trim } from '../../../validation/string-transforms';

const KINDS: BoardPostKind[] = ['offer', 'need'];
const VISIBILITIES: BoardVisibility[] = ['network', 'instance'];
const CREATIONS: BoardMatchCreation[] = ['resource', 'agreement', 'booking'];

export class BoardPostQueryDto {
  @ApiPropertyOptional({ description: 'Full-text search (French, accents ignored)' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: BOARD_CATEGORIES }) @IsOptionalNotNull() @IsIn(BOARD_CATEGORIES) category?: BoardCategory;
  @ApiPropertyOptional({ enum: KINDS }) @IsOptionalNotNull() @IsIn(KINDS) kind?: BoardPostKind;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() networkId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(200) municipality?: string;
  @ApiPropertyOptional({ example: '2026-12-01' }) @IsOptionalNotNull() @IsLocalDate() on?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptionalNotNull() @IsIn(['true', 'false']) mine?: 'true' | 'false';
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptionalNotNull() @IsIn(['true', 'false']) reported?: 'true' | 'false';

  @ApiPropertyOptional({ minimum: 1, maximum: 100 })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10000 })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10000)
  offset?: number;
}

class BoardPostFieldsDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(5000) description?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(200) quantity?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(500) recurrenceText?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(200) municipality?: string;
  @ApiPropertyOptional({ enum: VISIBILITIES }) @IsOptionalNotNull() @IsIn(VISIBILITIES) visibility?: BoardVisibility;
  @ApiPropertyOptional({ example: '2027-01-31' }) @IsOptionalNotNull() @IsLocalDate() expiresOn?: string;
}

export class CreateBoardPostDto extends BoardPostFieldsDto implements CreateBoardPostRequest {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsDecimal(2) @Min(0.25) @Max(168) hoursPerWeek?: number;
  @ApiPropertyOptional({ example: '2026-12-01' }) @IsOptionalNotNull() @IsLocalDate() startsOn?: string;
  @ApiPropertyOptional({ example: '2027-06-30' }) @IsOptionalNotNull() @IsLocalDate() @IsNotBefore('startsOn') endsOn?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @MaxLength(500) rrule?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() siteId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() resourceId?: string;

  @ApiPropertyOptional({ description: "Defaults to the caller's only organisation" })
  @IsOptionalNotNull()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ description: "Defaults to the organisation's only network" })
  @IsOptionalNotNull()
  @IsUUID()
  networkId?: string;

  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind: BoardPostKind;
  @ApiProperty({ enum: BOARD_CATEGORIES }) @IsIn(BOARD_CATEGORIES) category: BoardCategory;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
}

/** A change: the optional facts may be cleared with null. */
export class UpdateBoardPostDto extends BoardPostFieldsDto implements UpdateBoardPostRequest {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsDecimal(2) @Min(0.25) @Max(168) hoursPerWeek?: number | null;
  @ApiPropertyOptional({ example: '2026-12-01', nullable: true }) @IsOptional() @IsLocalDate() startsOn?: string | null;
  @ApiPropertyOptional({ example: '2027-06-30', nullable: true })
  @IsOptional()
  @IsLocalDate()
  @IsNotBefore('startsOn')
  endsOn?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(500) rrule?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() siteId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() resourceId?: string | null;
  @ApiPropertyOptional({ enum: KINDS }) @IsOptionalNotNull() @IsIn(KINDS) kind?: BoardPostKind;
  @ApiPropertyOptional({ enum: BOARD_CATEGORIES }) @IsOptionalNotNull() @IsIn(BOARD_CATEGORIES) category?: BoardCategory;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @ApiPropertyOptional({ enum: ['open', 'withdrawn'] }) @IsOptionalNotNull() @IsIn(['open', 'withdrawn']) status?:
    | 'open'
    | 'withdrawn';
}

export class StartBoardConversationDto implements StartBoardConversationRequest {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() organisationId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) message?: string;
}

export class PostBoardMessageDto implements PostBoardMessageRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000) body: string;
}

export class BoardMatchDto implements BoardMatchRequest {
  @ApiProperty() @IsUUID() organisationId: string;
  @ApiPropertyOptional({ enum: CREATIONS }) @IsOptionalNotNull() @IsIn(CREATIONS) create?: BoardMatchCreation;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() siteId?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsUUID() resourceId?: string;
  @ApiPropertyOptional({ example: '2026-12-01T09:00' }) @IsOptionalNotNull() @IsLocalDateTime() start?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsInt() @Min(1) @Max(1440) durationMinutes?: number;
}

export class BoardReportDto implements BoardReportRequest {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class BoardModerationDto implements BoardModerationRequest {
  @ApiProperty() @IsBoolean() hidden: boolean;
  @ApiPropertyOptional() @IsOptionalNotNull() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason?: string;
}

export class BoardFollowsDto {
  @ApiProperty({ enum: BOARD_CATEGORIES, isArray: true })
  @IsArray()
  @ArrayMaxSize(BOARD_CATEGORIES.length)
  @IsIn(BOARD_CATEGORIES, { each: true })
  categories: BoardCategory[];
}
