import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, loadEnvFile } from './app-config';

describe('loadConfig', () => {
  it('uses port 3000 and the embedded database when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.seedDemo).toBe(true);
  });

  it('refuses a PORT that is not a number and names the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be an integer/);
  });

  it('refuses a PORT out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(ConfigError);
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL and names the variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root@localhost/db' })).toThrow(/DATABASE_URL must start with postgres/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL is not a valid URL/);
  });

  it('reports every wrong variable at once', () => {
    try {
      loadConfig({ PORT: '-1', SEED_DEMO: 'maybe', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(3);
    }
  });

  it('accepts a valid external database and turns the demo seed off', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', SEED_DEMO: 'false' });
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(config.seedDemo).toBe(false);
  });

  it('trusts no proxy unless TRUST_PROXY says so', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, 2001:db8::/32' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '2001:db8::/32',
    ]);
  });

  it('refuses a TRUST_PROXY that Express would not understand and names the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'my-proxy' })).toThrow(/TRUST_PROXY must be/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(/TRUST_PROXY must be/);
  });

  it('keeps the origin of PUBLIC_URL and refuses one that is not an http(s) address', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://mutualis.example/app/' }).publicUrl).toBe('https://mutualis.example');
    expect(loadConfig({}).publicUrl).toBeNull();
    expect(() => loadConfig({ PUBLIC_URL: 'mutualis.example' })).toThrow(/PUBLIC_URL must be an http/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://mutualis.example' })).toThrow(/PUBLIC_URL must be an http/);
  });

  it('refuses a HOST that is not an address or a host name, and names the variable', () => {
    expect(() => loadConfig({ HOST: 'http://localhost:3000' })).toThrow(/HOST must be/);
    expect(() => loadConfig({ HOST: '0.0.0.0:3000' })).toThrow(/HOST must be/);
    expect(() => loadConfig({ HOST: '256.1.1.1' })).toThrow(/HOST must be/);
  });

  it('accepts IPv4, IPv6 and host names as HOST', () => {
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
    expect(loadConfig({}).host).toBe('0.0.0.0');
  });

  it('reads the database pool size and wait, within bounds', () => {
    expect(loadConfig({}).databasePool).toEqual({ size: 10, waitMs: 5000 });
    expect(loadConfig({ DATABASE_POOL_SIZE: '4', DATABASE_POOL_WAIT_MS: '250' }).databasePool).toEqual({ size: 4, waitMs: 250 });
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });
});

describe('loadEnvFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mutualis-env-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the variables of .env that the environment does not set; the real environment wins', () => {
    writeFileSync(join(dir, '.env'), '# a comment\nPORT=4100\nHOST=127.0.0.1\nLOG_LEVEL="debug"\n');
    const env: NodeJS.ProcessEnv = { HOST: '::1' };

    expect(loadEnvFile(join(dir, '.env'), env)).toBe(true);

    expect(env['PORT']).toBe('4100');
    expect(env['LOG_LEVEL']).toBe('debug');
    expect(env['HOST']).toBe('::1');
    expect(loadConfig(env).port).toBe(4100);
  });

  it('does nothing without a .env file', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadEnvFile(join(dir, '.env'), env)).toBe(false);
    expect(env).toEqual({});
  });
});
