import { Module } from '@nestjs/common';
import { CredentialRepository } from './credential.repository';
import { PasswordHasher } from './password-hasher';

/**
 * Passwords, secret tokens and the end of credentials: shared by sign-in (auth), account management
 * (directory) and password reset, so that none of them imports another.
 */
@Module({ providers: [PasswordHasher, CredentialRepository], exports: [PasswordHasher, CredentialRepository] })
export class CredentialsModule {}
