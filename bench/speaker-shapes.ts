// Counts, per corpus run, the speakers a record names that are no person, organization or description
// (pipeline/stages/quotes/filters/speaker-shape.ts), and one-word speakers that are a common word the
// record's body never writes as a name inside a sentence (filters/common-word.ts, judged here from the
// written record alone, not from the stage's own People), and lists a few. Usage after `npm run eval`:
//   node dist/bench/speaker-shapes.js .eval/naeb-dev .eval/polnear-dev ...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { loadConfig } from '../pipeline/registry.js';
import { badShape, vocabOf } from '../pipeline/stages/quotes/index.js';
import { commonWordSpeaker, writtenAsName } from '../pipeline/stages/quotes/filters/common-word.js';
import type { People } from '../pipeline/stages/quotes/names/people.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const v = vocabOf(await loadConfig(path.join(root, 'config')));
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : f.endsWith('.md') ? [path.join(d, f)] : []));
for (const dir of process.argv.slice(2)) {
  let n = 0;
  const bad: string[] = [];
  for (const f of walk(path.join(dir, 'records'))) {
    const text = readFileSync(f, 'utf8');
    const m = /^---\n([\s\S]*?)\n---/u.exec(text);
    const body = m ? text.slice(m[0].length) : text;
    // Written as a name: inside a sentence (after a word or a comma, not after a sentence's end), after
    // a title, or as the subject of "said" (common-word.ts writtenAsName).
    const people = { knows: (w: string) => writtenAsName(body, w, v) } as unknown as People;
    for (const q of (m ? YAML.parse(m[1])?.quotes : null) ?? []) {
      const s = q.speaker_name ?? q.speaker;
      if (!s) continue;
      n++;
      const why = badShape(String(s), v) ?? commonWordSpeaker(String(s), people, v);
      if (why) bad.push(`${s} (${why})`);
    }
  }
  console.log(`${path.basename(dir)}: ${bad.length} of ${n} speakers rejected${bad.length ? ': ' + bad.slice(0, Number(process.env.SHAPES_LIST ?? 12)).join('; ') : ''}`);
}
