import { SetMetadata } from '@nestjs/common';

export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'mutualis:allowedBeforePasswordChange';

/**
 * Marks the few routes a user signed in with a temporary password may use (who am I, change the
 * password, sign out). Every other route answers 403 PASSWORD_CHANGE_REQUIRED until the change.
 */
export const AllowedBeforePasswordChange = (): MethodDecorator => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);
