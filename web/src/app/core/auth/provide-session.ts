import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { Session } from './session';

/** Learns who is signed in before the first navigation, so that the route guards know. */
export function provideSession(): EnvironmentProviders {
  return provideAppInitializer(() => inject(Session).load());
}
