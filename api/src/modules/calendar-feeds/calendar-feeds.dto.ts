import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CalendarFeedKind } from '@mutualis/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class CreateCalendarFeedDto {
  @ApiProperty({ enum: ['me', 'room', 'staff', 'organisation'] })
  @IsIn(['me', 'room', 'staff', 'organisation'])
  kind!: CalendarFeedKind;

  @ApiPropertyOptional({ description: 'The room, pooled employee (resource id) or organisation; absent for me.' })
  @IsOptional()
  @IsUUID()
  targetId?: string;
}
