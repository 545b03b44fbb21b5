process.env['NODE_ENV'] = 'test';
process.env['TZ'] = process.env['TZ'] ?? 'UTC';
