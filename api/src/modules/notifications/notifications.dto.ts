import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_CATEGORIES, type NotificationCategory, type NotificationDelivery } from '@mutualis/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';

export class NotificationQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

export class MarkReadDto {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

export class PreferenceChoiceDto {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES })
  @IsIn(NOTIFICATION_CATEGORIES as unknown as string[])
  category!: NotificationCategory;

  @ApiProperty({ enum: ['immediate', 'digest', 'in_app', 'off'] })
  @IsIn(['immediate', 'digest', 'in_app', 'off'])
  delivery!: NotificationDelivery;
}

export class NotificationPreferencesDto {
  @ApiProperty({ type: [PreferenceChoiceDto] })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_CATEGORIES.length)
  // An array inside the array would pass ValidateNested untouched (and fail in SQL).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PreferenceChoiceDto)
  preferences!: PreferenceChoiceDto[];
}
