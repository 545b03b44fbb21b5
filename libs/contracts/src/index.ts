export * from './lib/errors/api-error';
export * from './lib/health/health-response';
