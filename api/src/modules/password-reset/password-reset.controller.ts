import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { Public } from '../access/public.decorator';
import { PasswordResetService } from './password-reset.service';

export class PasswordResetRequestDto {
  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(320)
  email!: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  token!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password!: string;
}

@ApiTags('auth')
@Public()
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  /** Always 202: the answer never tells whether the address has an account. */
  @ApiOperation({ summary: 'E-mail a password reset link (always 202)' })
  @Post()
  @HttpCode(202)
  async request(@Body() body: PasswordResetRequestDto, @Ip() ip: string): Promise<void> {
    await this.resets.request(body.email, ip ?? null);
  }

  @ApiOperation({ summary: 'Set a new password with a reset link' })
  @Post('confirm')
  @HttpCode(204)
  async confirm(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.resets.confirm(body.token, body.password);
  }
}
