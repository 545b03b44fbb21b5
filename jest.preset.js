const { join } = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = { ...nxPreset, globalTeardown: join(__dirname, 'tools/jest/exit-watchdog.js') };
