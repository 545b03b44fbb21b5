export * from './lib/errors/api-error';
export * from './lib/health/health-response';
export * from './lib/identity/identity-contracts';
export * from './lib/audit/audit-contracts';
