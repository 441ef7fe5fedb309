// Lists the pages of a labelled corpus whose date a run got wrong or left out, with the date candidates
// the rules scored (stages/date/score.ts) and where the labelled day is written in the dump, if anywhere,
// in any of the common ways (so that a format the finder misses shows). For reading failures by class.
//
// Usage: node dist/bench/date-misses.js CORPUS RUNDIR [--all]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import parseDump from '../pipeline/article/parse.js';
import chrome from '../pipeline/stages/chrome.js';
import { dateCandidatesOf } from '../pipeline/stages/date.js';
import headline from '../pipeline/stages/headline.js';
import outlet, { outletRank } from '../pipeline/stages/outlet.js';
import { records as readRecords } from './check-lib.js';
import { corpusBatch } from './corpus-batch.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const [corpus, run] = process.argv.slice(2);
const all = process.argv.includes('--all');
const tally = process.argv.includes('--tally');
const counts: Record<string, { right: number; wrong: number }> = {};

// Month names from the platform's English calendar (not a word list written out here).
const MON = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2000, m, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }).toLowerCase());

/** Patterns that write the day `iso` in the usual ways, with or without its year. */
function writings(iso: string): RegExp[] {
  const [y, m, d] = iso.split('-').map(Number);
  const mon = MON[m - 1];
  const ab = mon.slice(0, 3);
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const yy = String(y).slice(2);
  const monRe = `(?:${mon}|${ab}\\.?${mon === 'september' ? '|sept\\.?' : ''})`;
  const day = `0?${d}(?:st|nd|rd|th)?`;
  return [
    new RegExp(`${y}[-/.年]\\s?0?${m}[-/.月]\\s?0?${d}(?!\\d)`, 'i'),
    new RegExp(`(?<!\\d)0?${d}[-/.]\\s?0?${m}[-/.]\\s?(?:${y}|${yy})(?!\\d)`, 'i'),
    new RegExp(`(?<!\\d)0?${m}[-/.]\\s?0?${d}[-/.]\\s?(?:${y}|${yy})(?!\\d)`, 'i'),
    new RegExp(`\\b${monRe}\\s+${day}\\b`, 'i'),
    new RegExp(`(?<!\\d)${day}\\s+(?:of\\s+)?${monRe}\\b`, 'i'),
    new RegExp(`${y}${mm}${dd}`),
  ];
}

const records = new Map<string, string>();
for (const fm of readRecords(run).values()) {
  const d = fm.date instanceof Date ? fm.date.toISOString() : fm.date ? String(fm.date) : '';
  records.set(path.basename(String((fm.source as { path: string }).path)), d.slice(0, 10));
}
const { labels, names, read, options } = await corpusBatch(root, shared, corpus);
const proc = unified().use(parseDump).use(outlet, options).use(chrome, options).use(outletRank, options).use(headline, options).freeze();
const shift = (iso: string, k: number) => new Date(Date.parse(iso) + k * 864e5).toISOString().slice(0, 10);
for (const l of labels) {
  const gold = typeof l.date === 'string' ? l.date.slice(0, 10) : '';
  if (!gold || !names.includes(l.file)) continue;
  const got = records.get(l.file) ?? '';
  if (got === gold && !all && !tally) continue;
  const file = read(l.file);
  proc.runSync(proc.parse(file), file);
  const { rule, cands } = dateCandidatesOf(file, options);
  if (tally) {
    const pick = cands.find((c) => c.rule);
    const key = !got ? 'none' : `${pick ? Object.entries(pick.cand.cues).filter(([k, v]) => v && ['label', 'updated', 'byline', 'listed', 'timed', 'above_headline'].includes(k)).map(([k]) => k).join('+') || '-' : 'no-pick'} ${pick?.features.page_labelled ? 'page_labelled' : ''}`;
    const t = (counts[key] ??= { right: 0, wrong: 0 });
    if (got) t[got === gold ? 'right' : 'wrong']++;
    continue;
  }
  const text = String(file.value).split('\n');
  const where = (iso: string) => {
    const res = writings(iso);
    const out: string[] = [];
    text.forEach((t, i) => {
      if (res.some((r) => r.test(t)) && out.length < 4) out.push(`${i + 1}: ${t.trim().slice(0, 110)}`);
    });
    return out;
  };
  const days = new Set(cands.map((c) => c.names[0]));
  const kind = got === gold ? 'right' : got ? (Math.abs(Date.parse(got) - Date.parse(gold)) <= 864e5 ? 'wrong±1' : 'wrong') : 'none';
  const found = days.has(gold) ? 'gold-in-cands' : days.has(shift(gold, 1)) || days.has(shift(gold, -1)) ? 'gold±1-in-cands' : 'gold-not-in-cands';
  const flags = ((l.flags as string[] | undefined) ?? []).filter((f) => f.startsWith('date')).join(',');
  console.log(`=== ${l.file} fold ${l.site ?? ''} label ${gold} record ${got || '-'} ${kind} ${found} rule ${rule?.[0] ?? '-'} ${flags} ${(l as { url?: string }).url ?? ''}`);
  for (const c of cands.slice(0, 14)) {
    const cu = Object.entries(c.cand.cues).filter(([, v]) => v).map(([k, v]) => (v === 1 ? k : `${k}=${(+v).toFixed(1)}`)).join(' ');
    console.log(`  ${c.names[0] === gold ? '*' : ' '} ${c.cand.iso.padEnd(25)} s${String(c.cand.score).padStart(3)} L${String(c.cand.line.n + 1).padStart(4)} [${cu}] ${c.cand.line.text.trim().slice(0, 90)}`);
  }
  if (cands.length > 14) console.log(`    ... ${cands.length - 14} more`);
  if (!days.has(gold)) for (const w of where(gold)) console.log(`  @ ${w}`);
}
if (tally) for (const [k, v] of Object.entries(counts).sort()) console.log(`${k.padEnd(50)} right ${v.right} wrong ${v.wrong}`);
