import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsLocalDate, IsNotBefore } from '../../../../validation/dates';

export class HourBankQueryDto {
  @ApiProperty() @IsUUID() resourceId: string;
  @ApiProperty() @IsUUID() organisationId: string;
  @ApiProperty({ example: '2026-01-01' }) @IsLocalDate() from: string;
  @ApiProperty({ example: '2027-01-01' }) @IsLocalDate() @IsNotBefore('from') to: string;
}
