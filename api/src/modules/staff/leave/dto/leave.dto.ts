import type { CreateLeaveRequest, LeaveKind } from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsAfter, IsInstant } from '../../../../validation/dates';
import { IsOptionalNotNull } from '../../../../validation/optional';

export class CreateLeaveDto implements CreateLeaveRequest {
  @ApiProperty({ enum: ['vacation', 'sick', 'training', 'other'] })
  @IsIn(['vacation', 'sick', 'training', 'other'])
  kind: LeaveKind;
  @ApiProperty() @IsInstant() start: string;
  @ApiProperty() @IsInstant() @IsAfter('start') end: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(1000) note?: string;
}
