// Counts records that differ between two output folders (matched by source path): the record diff a
// commit message states when a change is meant to move figures. Usage: node dist/bench/record-diff.js A B
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

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

const [a, b] = process.argv.slice(2).map(records);
let changed = 0;
const fields = new Map<string, number>();
for (const [k, ta] of a) {
  const tb = b.get(k);
  if (tb === ta) continue;
  changed++;
  if (tb === undefined) continue;
  const fm = (t: string) => new Map(t.split('\n---\n')[0].split('\n').filter((l) => /^[a-z_]+:/u.test(l)).map((l) => [l.split(':')[0], l] as const));
  const fa = fm(ta);
  const fb = fm(tb);
  for (const [key, line] of fa) if (fb.get(key) !== line) fields.set(key, (fields.get(key) ?? 0) + 1);
  if (ta.split('\n---\n').slice(1).join() !== tb.split('\n---\n').slice(1).join()) fields.set('body', (fields.get('body') ?? 0) + 1);
}
console.log(`${changed} of ${a.size} records differ (${b.size} in the second); by field: ${[...fields].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
