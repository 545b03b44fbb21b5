import type {
  CreateInvitationRequest,
  CreateNetworkRequest,
  CreateOrganisationRequest,
  OrganisationRole,
  SetTemporaryPasswordRequest,
  UpdateMemberRequest,
  Locale,
} from '@mutualis/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { trim, trimLowerCase } from '../../../validation/string-transforms';
import { IsOptionalNotNull } from '../../../validation/optional';

const ROLES: OrganisationRole[] = ['admin', 'member'];

export class CreateNetworkDto implements CreateNetworkRequest {
  @ApiProperty({ example: 'Réseau Laurentides' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ default: true })
  @IsOptionalNotNull()
  @IsBoolean()
  showOrganisationNames?: boolean;
}

export class UpdateNetworkDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  showOrganisationNames?: boolean;
}

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @ApiProperty({ example: 'Maison de la famille' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
}

export class UpdateMemberDto implements UpdateMemberRequest {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: OrganisationRole;
}

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty()
  @Transform(trimLowerCase)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: OrganisationRole;

  @ApiPropertyOptional({ enum: ['fr', 'en'], description: 'Default: the Accept-Language header, else the inviter’s language' })
  @IsOptionalNotNull()
  @IsIn(['fr', 'en'])
  locale?: Locale;
}

export class AddCoordinatorDto {
  @ApiProperty({ description: 'E-mail of an existing account' })
  @Transform(trimLowerCase)
  @IsEmail()
  email: string;
}

export class SetTemporaryPasswordDto implements SetTemporaryPasswordRequest {
  @ApiProperty({
    minLength: 10,
    description: 'Same rule as a chosen password (WEAK_PASSWORD with details.reason); to be changed at next sign-in.',
  })
  @IsString()
  @MaxLength(200)
  password: string;
}
