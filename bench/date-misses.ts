// Lists the pages of a labelled corpus whose date a run got wrong or left out, with the date candidates
// the rules scored (stages/date/score.ts) and where the labelled day is written in the dump, if anywhere,
// in any of the common ways (so that a format the finder misses shows). For reading failures by class.
//
// With --why, each miss is put in one class (whyMissed below) and the classes are counted at the end: how
// many misses are the label's (a year or a UTC day the page does not print, the page's update stamp) and
// how many the rules' (the labelled day was a candidate, or is printed where the finder does not look).
//
// Usage: node dist/bench/date-misses.js CORPUS RUNDIR [--all] [--tally] [--why]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import parseDump from '../pipeline/article/parse.js';
import chrome from '../pipeline/stages/chrome.js';
import { dateCandidatesOf } from '../pipeline/stages/date.js';
import headline from '../pipeline/stages/headline.js';
import outlet, { outletRank } from '../pipeline/stages/outlet.js';
import { zoneOffset, type ZoneTable } from '../pipeline/text/dates.js';
import { unglue } from '../pipeline/text/names.js';
import { records as readRecords } from './check-lib.js';
import { corpusBatch } from './corpus-batch.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(root, '../shared');
const [corpus, run] = process.argv.slice(2);
const all = process.argv.includes('--all');
const tally = process.argv.includes('--tally');
const why = process.argv.includes('--why');
const classes: Record<string, string[]> = {};
const counts: Record<string, { right: number; wrong: number }> = {};

// Month names from the platform's English calendar (not a word list written out here).
const MON = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2000, m, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }).toLowerCase());

/** Patterns that write the day `iso` with its year: the numeric ones of writings(), and its month named with the year after. */
function withYear(iso: string): RegExp[] {
  const w = writings(iso);
  const [y, m, d] = iso.split('-').map(Number);
  const mon = MON[m - 1];
  const monRe = `(?:${mon}|${mon.slice(0, 3)}\\.?${mon === 'september' ? '|sept\\.?' : ''})`;
  const day = `0?${d}(?:st|nd|rd|th)?`;
  return [w[0], w[1], w[2], w[5], new RegExp(`\\b${monRe}\\s+${day},?\\s+${y}`, 'i'), new RegExp(`(?<!\\d)${day}\\s+(?:of\\s+)?${monRe},?\\s+${y}`, 'i')];
}

/**
 * Whether `gold` may be the UTC day of the stamp on `line`, printed for the day `got` in the site's own zone:
 * the line prints a time of day; with a zone the finder knows, its UTC day is `gold`; with none, some zone
 * (UTC-12 to UTC+14) puts that time on `gold` (the next day from noon on, the day before until 14:00).
 */
function otherZoneDay(line: string, got: string, gold: string, zones: ZoneTable): boolean {
  const m = /(?<![\d:])(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap])?\.?m?\.?\s*([A-Z]{1,4}\b)?/iu.exec(line);
  if (!m) return false;
  const h = m[3] ? (+m[1] % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0) : +m[1];
  if (h > 23 || +m[2] > 59) return false;
  const local = `${got}T${String(h).padStart(2, '0')}:${m[2]}:00`;
  const offset = m[4] ? zoneOffset(m[4], zones, undefined, local) : undefined;
  if (offset) return new Date(Date.parse(local + offset)).toISOString().slice(0, 10) === gold;
  const step = Math.round((Date.parse(gold) - Date.parse(got)) / 864e5);
  return (step === 1 && h >= 12) || (step === -1 && h < 14);
}

type Cand = ReturnType<typeof dateCandidatesOf>['cands'][number];
/**
 * Why a page's date was missed, the first class that fits:
 * - other-zone-day: the record's stamp prints a time that falls on the labelled day in UTC, or in some zone
 *   when it names none (the label gives the day of the stamp's instant elsewhere, not the page's own day);
 * - label-is-update: the labelled day is a candidate that the page marks as its update stamp;
 * - gold-in-cands: another candidate carries the labelled day (the rules or the ranker could pick it);
 * - year: the record's month and day are the label's, the year another, and the page prints the labelled
 *   day with its year nowhere;
 * - update-only: the record's day is an "Updated" stamp on a page that labels no date "Published";
 * - yearless: the labelled month and day are printed, never with the year;
 * - not-on-page: the labelled day is printed nowhere, in any of the usual writings;
 * - printed-not-found: the labelled day is printed with its year, but the finder or the rules left it out.
 * A page without a record's date (none) gets the same classes but the first three.
 */
function whyMissed(gold: string, got: string, cands: Cand[], text: string, zones: ZoneTable): string {
  const pick = cands.find((c) => c.rule);
  const goldCands = cands.filter((c) => c.names[0] === gold);
  const printedFull = withYear(gold).some((r) => r.test(text));
  const printed = writings(gold).some((r) => r.test(text));
  if (got) {
    if (pick && pick.names[0] === got && otherZoneDay(unglue(pick.cand.line.text), got, gold, zones)) return 'other-zone-day';
    if (goldCands.some((c) => c.cand.cues.updated)) return 'label-is-update';
    if (goldCands.length) return 'gold-in-cands';
    if (got.slice(4) === gold.slice(4) && !printedFull) return 'year';
    if (pick?.cand.cues.updated && !cands.some((c) => c.cand.cues.label)) return 'update-only';
  } else if (goldCands.length) return 'none:gold-in-cands';
  const k = printedFull ? 'printed-not-found' : printed ? 'yearless' : 'not-on-page';
  return got ? k : `none:${k}`;
}

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
  if (why) {
    const k = whyMissed(gold, got, cands, String(file.value), options.config.metadata.date.zones);
    (classes[k] ??= []).push(`${l.file} ${gold} ${got || '-'}`);
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
if (why) for (const [k, v] of Object.entries(classes).sort()) console.log(`${k.padEnd(26)} ${String(v.length).padStart(3)}  ${v.join('; ')}`);
