import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'mutualis:isPublic';

/** Marks a route that anonymous callers may use (health, docs, login, ICS feeds). Everything else needs a user. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
