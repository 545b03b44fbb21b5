#!/usr/bin/env node
// `node tools/bench/profile-summary.mjs <file.cpuprofile> [top]`: where a V8 CPU profile spent its
// time, by self time: per package or source folder, then per function. See docs/benchmarks.md.
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tools/bench/profile-summary.mjs <file.cpuprofile> [top]');
  process.exit(1);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function areaOf(url) {
  if (!url) return '(native / idle / gc)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node core';
  const src = /(api\/src\/[^/]+\/[^/]+|libs\/[^/]+\/src\/lib\/[^/]+|tools\/bench)/.exec(url);
  return src ? src[1] : url;
}

const areas = new Map();
const functions = new Map();
for (const [id, us] of selfUs) {
  const { callFrame } = byId.get(id);
  const area = areaOf(callFrame.url);
  areas.set(area, (areas.get(area) ?? 0) + us);
  const name = `${callFrame.functionName || '(anonymous)'} ${area}:${callFrame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + us);
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
  }
};
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
print('Self time by package or source folder', areas);
print('Self time by function', functions);
