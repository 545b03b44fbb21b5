import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The part of esbuild's metafile (the web build's `stats.json`) that says which chunk imports which. */
interface Metafile {
  readonly outputs: Readonly<Record<string, MetafileOutput>>;
}

interface MetafileOutput {
  readonly imports?: readonly { readonly path: string; readonly kind: string }[];
  readonly inputs?: Readonly<Record<string, unknown>>;
}

/** The login page's source, as the build names it. */
const LOGIN_PAGE_SOURCE = /(^|\/)features\/login\/login-page\.ts$/;
const ENTRY_SCRIPT = /<script src="([^"]+\.js)" type="module">/;

/**
 * index.html as sent for `/login`, with every script the page needs announced at the top. Without
 * it, on a slow line (1.6 Mbps, 150 ms) the browser discovers them in waves, a round trip each:
 * Angular announces at most ten of main.js's chunks (not its two largest), the login page is a lazy
 * route whose chunk is asked for only once main.js has run, and that chunk's own imports only once
 * it has arrived. The web build's `stats.json` (esbuild's metafile, next to `browser/`) names them
 * all: main.js's static imports and the login page's, transitively, are announced as
 * `modulepreload` and download together. (Not the translations: they are asked for at the same
 * moment as `/api/auth/me`, which no hint can fetch early, and a `preload` of them was measured
 * travelling twice in the throttled browser test.)
 *
 * Returns null when there is nothing to add (no stats.json, or a build that names no login chunk):
 * index.html is then sent as it is.
 */
export function loginPageHtml(webDist: string): string | null {
  const index = readFileSync(join(webDist, 'index.html'), 'utf8');
  const statsPath = join(webDist, '..', 'stats.json');
  const entry = ENTRY_SCRIPT.exec(index)?.[1];
  if (!entry || !existsSync(statsPath)) return null;
  const chunks = loginPageScripts(JSON.parse(readFileSync(statsPath, 'utf8')) as Metafile, entry).filter(
    // What index.html names already (main.js, Angular's ten hints) is fetched anyway.
    (chunk) => !index.includes(`"${chunk}"`) && existsSync(join(webDist, chunk)),
  );
  if (chunks.length === 0) return null;
  const hints = chunks.map((chunk) => `<link rel="modulepreload" href="${chunk}">`).join('');
  return index.replace('</head>', `${hints}</head>`);
}

/**
 * Every script the login page runs, by file name: the entry's static imports, then the login
 * page's chunk and its static imports, transitively. An empty list when no chunk holds the page.
 */
export function loginPageScripts(metafile: Metafile, entry: string): string[] {
  const outputs = Object.entries(metafile.outputs);
  const login = outputs.find(
    ([path, output]) => path.endsWith('.js') && Object.keys(output.inputs ?? {}).some((input) => LOGIN_PAGE_SOURCE.test(input)),
  );
  if (!login) return [];
  const byName = new Map(outputs.map(([path, output]) => [basename(path), output]));
  const found = new Set<string>();
  const pending = [basename(entry), basename(login[0])];
  while (pending.length > 0) {
    const name = pending.shift() as string;
    if (found.has(name) || !name.endsWith('.js')) continue;
    found.add(name);
    for (const imported of byName.get(name)?.imports ?? []) {
      if (imported.kind === 'import-statement') pending.push(basename(imported.path));
    }
  }
  return [...found];
}
