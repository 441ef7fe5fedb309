// Counts records that differ between two output folders (matched by source path): the record diff a
// commit message states when a change is meant to move figures. Usage: node dist/bench/record-diff.js A B
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

function records(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.md')) {
        const text = readFileSync(p, 'utf8');
        const src = /^ {2}path: (.*)$/mu.exec(text)?.[1] ?? n;
        out.set(src, text);
      }
    }
  };
  walk(path.join(dir, 'records'));
  return out;
}

const dirs = process.argv.slice(2);
if (dirs.length !== 2) {
  console.error('usage: node dist/bench/record-diff.js OUTPUT_A OUTPUT_B (two output folders, each holding records/)');
  process.exit(2);
}
const [a, b] = dirs.map(records);
let changed = 0;
const fields = new Map<string, number>();
for (const [k, ta] of a) {
  const tb = b.get(k);
  if (tb === ta) continue;
  changed++;
  if (tb === undefined) continue;
  // Each key's whole value (a list or a map spans many lines: comparing a key's first line missed a
  // changed quote or byline name), as parsed YAML.
  const fm = (t: string) => (YAML.parse(t.split('\n---\n')[0].replace(/^---\n/u, '')) ?? {}) as Record<string, unknown>;
  const fa = fm(ta);
  const fb = fm(tb);
  for (const key of new Set([...Object.keys(fa), ...Object.keys(fb)])) {
    if (JSON.stringify(fa[key]) !== JSON.stringify(fb[key])) fields.set(key, (fields.get(key) ?? 0) + 1);
  }
  if (ta.split('\n---\n').slice(1).join() !== tb.split('\n---\n').slice(1).join()) fields.set('body', (fields.get('body') ?? 0) + 1);
}
console.log(`${changed} of ${a.size} records differ (${b.size} in the second); by field: ${[...fields].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
