import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loginPageHtml } from './login-page-hints';

/** A web build as Angular writes it: `browser/` served, `stats.json` (esbuild's metafile) beside it. */
function webBuild(stats: object | null): string {
  const root = mkdtempSync(join(tmpdir(), 'web-build-'));
  const browser = join(root, 'browser');
  mkdirSync(browser);
  writeFileSync(
    join(browser, 'index.html'),
    '<html><head><link rel="modulepreload" href="chunk-SHARED01.js"><script src="main-MAIN0001.js" type="module"></script></head><body></body></html>',
  );
  for (const chunk of [
    'main-MAIN0001.js',
    'chunk-SHARED01.js',
    'chunk-BIGINIT1.js',
    'chunk-LOGIN001.js',
    'chunk-FORMS001.js',
    'chunk-CDK00001.js',
    'chunk-CALENDAR.js',
  ]) {
    writeFileSync(join(browser, chunk), '');
  }
  if (stats) writeFileSync(join(root, 'stats.json'), JSON.stringify(stats));
  return browser;
}

const stats = {
  outputs: {
    'main-MAIN0001.js': {
      imports: [
        { path: 'chunk-SHARED01.js', kind: 'import-statement' },
        { path: 'chunk-LOGIN001.js', kind: 'dynamic-import' },
        { path: 'chunk-CALENDAR.js', kind: 'dynamic-import' },
      ],
      inputs: { 'web/src/main.ts': {} },
    },
    // An initial chunk beyond Angular's ten hints: index.html does not name it.
    'chunk-SHARED01.js': {
      imports: [{ path: 'chunk-BIGINIT1.js', kind: 'import-statement' }],
      inputs: {},
    },
    'chunk-BIGINIT1.js': { imports: [], inputs: {} },
    // Reached by no static import: never announced.
    'chunk-UNUSED01.js': { imports: [{ path: 'chunk-LOGIN001.js', kind: 'import-statement' }], inputs: {} },
    // The page's styles come out of the same source: not a script.
    'login-page-STYLES01.css': { imports: [], inputs: { 'web/src/app/features/login/login-page.ts': {} } },
    'chunk-LOGIN001.js': {
      imports: [
        { path: 'chunk-FORMS001.js', kind: 'import-statement' },
        { path: 'chunk-SHARED01.js', kind: 'import-statement' },
        { path: 'chunk-CALENDAR.js', kind: 'dynamic-import' },
      ],
      inputs: { 'web/src/app/features/login/login-page.ts': {}, 'web/src/app/features/login/login-error.ts': {} },
    },
    'chunk-FORMS001.js': { imports: [{ path: 'chunk-CDK00001.js', kind: 'import-statement' }], inputs: {} },
    'chunk-CDK00001.js': { imports: [], inputs: {} },
    'chunk-CALENDAR.js': { imports: [{ path: 'chunk-FORMS001.js', kind: 'import-statement' }], inputs: {} },
  },
};

describe('login page hints', () => {
  const builds: string[] = [];
  afterAll(() => builds.forEach((browser) => rmSync(join(browser, '..'), { recursive: true, force: true })));
  const build = (metafile: object | null) => {
    const browser = webBuild(metafile);
    builds.push(browser);
    return browser;
  };

  it('announces every script main.js and the login page import, however deep, but not what is loaded later', () => {
    const html = loginPageHtml(build(stats)) ?? '';
    const preloaded = [...html.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((match) => match[1]);
    expect(preloaded.sort()).toEqual([
      'chunk-BIGINIT1.js',
      'chunk-CDK00001.js',
      'chunk-FORMS001.js',
      'chunk-LOGIN001.js',
      'chunk-SHARED01.js',
    ]);
    // chunk-SHARED01 and main only once: index.html already names them.
    expect(html.match(/chunk-SHARED01/g)).toHaveLength(1);
    expect(html.match(/main-MAIN0001/g)).toHaveLength(1);
    expect(html.indexOf('chunk-LOGIN001')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves index.html as it is without stats.json or a login chunk', () => {
    expect(loginPageHtml(build(null))).toBeNull();
    expect(loginPageHtml(build({ outputs: { 'main-MAIN0001.js': { imports: [], inputs: {} } } }))).toBeNull();
  });
});
