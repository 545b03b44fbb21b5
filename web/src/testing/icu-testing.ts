import type { ModuleWithProviders } from '@angular/core';
import { provideTranslocoTranspiler, type TranslocoTestingModule } from '@jsverse/transloco';
import { IcuTranspiler } from '../app/core/i18n/icu-transpiler';

/** The testing module with the app's transpiler, so specs read the ICU plurals as people do. */
export function withIcuMessages(
  module: ModuleWithProviders<TranslocoTestingModule>,
): ModuleWithProviders<TranslocoTestingModule> {
  return { ...module, providers: [...(module.providers ?? []), provideTranslocoTranspiler(IcuTranspiler)] };
}
