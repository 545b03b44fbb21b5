import {
  PASSWORD_MIN_LENGTH,
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type CreateApiTokenRequest,
  type Locale,
  type LoginRequest,
  type UpdateMeRequest,
} from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { trim } from '../../../validation/string-transforms';
import { IsOptionalNotNull } from '../../../validation/optional';

const STRONG_PASSWORD = `At least ${PASSWORD_MIN_LENGTH} characters; not a common password, nor containing the e-mail or the name (else 400 WEAK_PASSWORD with details.reason).`;

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'coordination@demo.test' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

export class UpdateMeDto implements UpdateMeRequest {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ['fr', 'en'] })
  @IsOptionalNotNull()
  @IsIn(['fr', 'en'])
  locale?: Locale;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, description: STRONG_PASSWORD })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

export class CreateApiTokenDto implements CreateApiTokenRequest {
  @ApiProperty({ example: 'Export script' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiProperty({ description: `For a new account: ${STRONG_PASSWORD} For an existing account: its password.` })
  @IsString()
  @MaxLength(200)
  password: string;
}
