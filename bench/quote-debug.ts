// Prints, for one polnear-dev article, every quote find with its source phrase, mention and speaker
// (for reading cases; stdout only). Usage: node dist/bench/quote-debug.js FILE [FROM-OFFSET]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { createProcessor, processArticle } from '../pipeline/article/process.js';
import { loadConfig } from '../pipeline/registry.js';
import { emptyBatch } from '../pipeline/stages/options.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [f, from] = process.argv.slice(2);
const config = await loadConfig(path.join(root, 'config'));
const processor = createProcessor({ config, batch: emptyBatch() });
const text = readFileSync(path.resolve(root, '../shared/corpora/polnear-dev/docs', f), 'utf8').replace(/^[ \t]+/gm, '');
const file = Object.assign(new VFile({ path: f, value: text }), { data: { trusted: {}, kind: 'txt' as const } });
processArticle(processor, file);
const prepared = file.data.quoteBlocks ?? [];
for (const q of file.data.quoteFinds ?? []) {
  const at = prepared[q.block].block.start + q.span.start;
  if (from && at < Number(from) - 400) continue;
  console.log(`${at}\t${JSON.stringify(q.text.slice(0, 40))}\tsrc=${JSON.stringify(q.source)}\tmention=${q.mention ? `${q.mention.kind}:${q.mention.text}` : '-'}\tspeaker=${q.speaker?.name ?? 'null'}\tby=${q.speakerBy ?? q.attributedBy ?? ''}`);
}
if (process.argv.includes('--ranked')) {
  for (const c of file.data.speakerChoices ?? []) {
    console.log('ranked', c.offset, c.context);
    for (const k of c.candidates.slice(0, 4)) console.log(`  ${k.score.toFixed(2)} ${k.name || '(nobody)'} ${Object.entries(k.features).map(([n, x]) => `${n}=${+x.toFixed(2)}`).join(' ')}`);
  }
}
if (process.argv.includes('--subjects')) for (const s of file.data.quoteNames?.subjects ?? []) console.log('subject', s.at, s.name, s.nominal ? 'nominal' : '', s.tail ?? '');
for (const m of file.messages) if (String(m.ruleId).startsWith('speaker') || String(m.ruleId).startsWith('quote')) console.log('msg', m.ruleId, m.reason.slice(0, 120));
