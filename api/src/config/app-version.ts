declare const __APP_VERSION__: string | undefined;

/** Injected by webpack from package.json; tests run from source and read it from the environment. */
export const APP_VERSION: string =
  typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : (process.env['npm_package_version'] ?? '0.0.0-dev');
