export * from './lib/errors/api-error';
export * from './lib/health/health-response';
export * from './lib/identity/identity-contracts';
export * from './lib/audit/audit-contracts';
export * from './lib/recurrence/recurrence-contracts';
export * from './lib/premises/premises-contracts';
export * from './lib/bookings/booking-contracts';
export * from './lib/staff/staff-contracts';
