import { isIP } from 'node:net';

/**
 * Express's `trust proxy` setting: `false` (the default: X-Forwarded-* are ignored, the client is the
 * socket's peer), `true` (trust every hop: only when the app is reachable through the proxy alone),
 * a hop count, or the proxies' addresses and subnets (`10.0.0.0/8`, `loopback`, `uniquelocal`…).
 */
export type TrustProxy = boolean | number | string[];

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

export function parseTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || ['false', '0', 'no'].includes(value.toLowerCase())) return false;
  if (['true', 'yes'].includes(value.toLowerCase())) return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 0 && hops <= 10) return hops;
  }
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const wrong = entries.filter((entry) => !isAddressOrSubnet(entry));
  if (entries.length === 0 || wrong.length > 0) {
    problems.push(
      `TRUST_PROXY must be false, true, a hop count from 1 to 10, or comma-separated addresses/subnets ` +
        `(e.g. "loopback" or "10.0.0.0/8"); got "${raw}"`,
    );
    return false;
  }
  return entries;
}

function isAddressOrSubnet(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d+$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}
