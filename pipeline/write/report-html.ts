// report.html: the run report for the desk, one self-contained page (inline style, no script, and a
// Content-Security-Policy that forbids loading anything). Built from what report.json holds and the
// combined feed's items (titles, versions, outlets). Every text from input is escaped.
import type { CorpusStore } from '../corpus/store.js';
import type { DeliveryReport } from '../push/index.js';
import { STYLE } from './report-style.js';

/** Stories, copies, refused inputs and examples per rule shown at most: the page stays readable and
 * small on a run of a million dumps; report-inputs.jsonl has every input. */
const MAX_ROWS = 2000;
const EXAMPLES_PER_RULE = 20;

interface Message {
  rule: string;
  reason: string;
  line?: number;
  cause?: string;
}
export interface ReportInput {
  path: string;
  status: string;
  record?: string;
  story?: string;
  duplicate_of?: string;
  error?: { rule: string; reason: string };
  warnings?: string[];
  messages?: Message[];
}
export interface RunReport {
  started: string;
  seconds: number;
  input: string;
  output: string;
  counts: object;
  deliveries?: DeliveryReport;
  /** Every input's entry, in path order: read a line at a time from report-inputs.jsonl (run-report.ts). */
  inputs: Iterable<ReportInput>;
}
interface Version {
  id: string;
  outlet: string | null;
  headline: string | null;
  date: string | null;
  duplicate_of: string | null;
  source: string;
}
export interface StoryItem {
  id: string;
  title?: string;
  _copydesk?: { canonical?: string; outlets?: string[]; versions?: Version[] };
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => ESC[c]);
const td = (label: string, html: string, cls = '') => `<td data-label="${esc(label)}"${cls ? ` class="${cls}"` : ''}>${html}</td>`;
const table = (cls: string, head: string[], rows: string[]) =>
  rows.length ? `<table class="${cls}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table>` : '<p class="none">None.</p>';
const more = (shown: number, total: number, what: string) => (total > shown ? `<p class="more">${total - shown} more ${what} in report-inputs.jsonl.</p>` : '');
const recLink = (id: string, onPage: Set<string>) => (onPage.has(id) ? `<a href="#rec-${esc(id)}"><code>${esc(id)}</code></a>` : `<code>${esc(id)}</code>`);

/** The feed items of the stories a run's inputs belong to, from the store (before it closes). */
export async function reportStories(store: Pick<CorpusStore, 'stories'>, inputs: Iterable<{ story?: string }>): Promise<StoryItem[]> {
  const seen = new Set<string>();
  for (const i of inputs) {
    if (i.story) seen.add(i.story);
    if (seen.size >= MAX_ROWS) break;
  }
  const ids = [...seen];
  const out: StoryItem[] = [];
  // A slice at a time, each item cut to what the page shows (not the bodies): up to MAX_ROWS stories.
  for (let i = 0; i < ids.length; i += 256) for (const s of (await store.stories(ids.slice(i, i + 256))).values()) if (s.item) out.push(shownOf(JSON.parse(s.item) as StoryItem));
  return out;
}

function shownOf(i: StoryItem): StoryItem {
  const cd = i._copydesk;
  const versions = cd?.versions?.map((v) => ({ id: v.id, outlet: v.outlet, headline: v.headline, date: v.date, duplicate_of: v.duplicate_of, source: v.source }));
  return { id: i.id, ...(i.title !== undefined ? { title: i.title } : {}), ...(cd ? { _copydesk: { canonical: cd.canonical, outlets: cd.outlets, versions } } : {}) };
}

export function reportHtml(report: RunReport, items: StoryItem[]): string {
  const page = new ReportPage(items);
  for (const i of report.inputs) page.add(i);
  return page.html(report);
}

type Example = { path: string; line?: number; reason: string };

/** report.html built as the report's inputs go by, one at a time (the run streams them from disk):
 * it keeps only what the page shows, so its memory is bounded by MAX_ROWS, not by the batch. */
export class ReportPage {
  private readonly itemById: Map<string, StoryItem>;
  /** Status of the records the page can show (the versions of the stories it has items for). */
  private readonly statusOf = new Map<string, string>();
  private readonly shownRecords: Set<string>;
  private readonly sourceOf: Map<string, string>;
  private readonly storyIds = new Set<string>();
  private readonly copies: ReportInput[] = [];
  private copyCount = 0;
  private readonly refused: ReportInput[] = [];
  private refusedCount = 0;
  private readonly byRule = new Map<string, { n: number; examples: Example[] }>();

  constructor(items: StoryItem[]) {
    this.itemById = new Map(items.map((i) => [i.id, i]));
    this.shownRecords = new Set(items.flatMap((i) => i._copydesk?.versions?.map((v) => v.id) ?? []));
    this.sourceOf = new Map(items.flatMap((i) => i._copydesk?.versions?.map((v) => [v.id, v.source] as const) ?? []));
  }

  /** One input of the report, in the report's order. */
  add(i: ReportInput): void {
    if (i.record && this.shownRecords.has(i.record)) this.statusOf.set(i.record, i.status);
    if (i.story) this.storyIds.add(i.story);
    if (i.duplicate_of && this.copyCount++ < MAX_ROWS) this.copies.push({ path: i.path, status: i.status, record: i.record, duplicate_of: i.duplicate_of });
    if (i.status === 'failed' && this.refusedCount++ < MAX_ROWS) this.refused.push({ path: i.path, status: i.status, error: i.error });
    for (const w of i.warnings ?? []) this.example('read', { path: i.path, reason: w });
    for (const m of i.messages ?? []) this.example(m.rule, { path: i.path, line: m.line, reason: m.reason });
  }

  private example(rule: string, x: Example): void {
    const r = this.byRule.get(rule) ?? this.byRule.set(rule, { n: 0, examples: [] }).get(rule)!;
    if (r.n++ < EXAMPLES_PER_RULE) r.examples.push(x);
  }

  html(report: Omit<RunReport, 'inputs'>): string {
    const { itemById, statusOf, sourceOf } = this;
    // This run's stories, the most told first.
    const stories = [...this.storyIds].map((id) => itemById.get(id) ?? { id }).sort((a, b) => (b._copydesk?.versions?.length ?? 0) - (a._copydesk?.versions?.length ?? 0) || a.id.localeCompare(b.id));
    const shownStories = stories.slice(0, MAX_ROWS);
    const onPage = new Set(shownStories.flatMap((s) => s._copydesk?.versions?.map((v) => v.id) ?? []));
    const copies = this.copies;
    const refused = this.refused;

    const sections = [
      section('counts', 'Counts', countsHtml(report)),
      section('deliveries', 'Deliveries', deliveriesHtml(report.deliveries, itemById, new Set(shownStories.map((s) => s.id)))),
      section('stories', `Stories (${stories.length})`, storiesHtml(shownStories, statusOf) + more(shownStories.length, stories.length, 'stories')),
      section(
        'copies',
        `Copies (${this.copyCount})`,
        table('stack', ['copy', 'dump', 'original', 'its dump'], copies.map((c) => `<tr>${td('copy', `<code>${esc(c.record)}</code>`)}${td('dump', esc(c.path), 'path')}${td('original', recLink(c.duplicate_of!, onPage))}${td('its dump', esc(sourceOf.get(c.duplicate_of!) ?? ''), 'path')}</tr>`)) +
          more(copies.length, this.copyCount, 'copies'),
      ),
      section('refused', `Refused inputs (${this.refusedCount})`, table('stack', ['dump', 'rule', 'reason'], refused.map((r) => `<tr>${td('dump', esc(r.path), 'path')}${td('rule', `<code>${esc(r.error?.rule)}</code>`)}${td('reason', esc(r.error?.reason))}</tr>`)) + more(refused.length, this.refusedCount, 'refused inputs')),
      section('warnings', 'Warnings and notes by rule', rulesHtml(this.byRule)),
    ];
    const nav = sections.map((s) => s.nav).join('');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Copydesk run ${esc(report.started)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Copydesk run</h1><p>Started <time>${esc(report.started)}</time>, ${esc(report.seconds)} s. Input <code>${esc(report.input)}</code>, output <code>${esc(report.output)}</code>.</p><nav>${nav}</nav></header>
<main>
${sections.map((s) => s.html).join('\n')}
</main>
</body>
</html>
`;
  }
}

function section(id: string, title: string, body: string) {
  return { nav: `<a href="#${id}">${esc(title)}</a>`, html: `<section id="${id}"><h2>${esc(title)}</h2>\n${body}\n</section>` };
}

function countsHtml(r: Pick<RunReport, 'counts'>): string {
  const cells = Object.entries(r.counts as Record<string, number>).map(([k, v]) => `<div class="count"><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`);
  return `<dl class="counts">${cells.join('')}</dl>`;
}

function deliveriesHtml(d: DeliveryReport | undefined, items: Map<string, StoryItem>, onPage: Set<string>): string {
  if (!d) return '<p class="none">Not pushed: no CMS configured (push.url or --push URL).</p>';
  const figures: [string, number | string][] = [
    ['sent', d.delivered],
    ['retried', d.retried],
    ['pending', d.pending],
    ['refused', d.failed],
    ['requests', d.requests],
    ['retries', d.retries],
    ['seconds', d.seconds],
  ];
  const counts = `<dl class="counts">${figures.map(([k, v]) => `<div class="count${(k === 'pending' || k === 'refused') && v ? ' bad' : ''}"><dt>${k}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`;
  // What needs the desk's eye: stories not delivered, and those that took retries.
  const listed = d.stories.filter((s) => s.state !== 'delivered' || s.attempts > 1);
  const rows = listed.map(
    (s) =>
      `<tr class="${s.state}">${td('story', onPage.has(s.story) ? `<a href="#${esc(s.story)}">${esc(items.get(s.story)?.title ?? s.story)}</a>` : esc(items.get(s.story)?.title ?? ''))}${td('id', `<code>${esc(s.story)}</code>`)}${td('state', esc(s.state === 'failed' ? 'refused' : s.state), 'state')}${td('requests', esc(s.attempts))}${td('last status', esc(s.status ?? '—'))}${td('answer', esc(s.detail ?? ''))}</tr>`,
  );
  return (
    `<p>To <code>${esc(d.url)}</code>: ${esc(d.owed)} stories owed (new or changed since their last delivery, or left over).${d.stopped ? ` <strong>Stopped early: ${esc(d.stopped)}; more may wait.</strong>` : ''}</p>` +
    counts +
    table('stack deliveries', ['story', 'id', 'state', 'requests', 'last status', 'answer'], rows) +
    (d.delivered - d.retried > 0 ? `<p class="more">${d.delivered - d.retried} stories delivered at the first request are not listed.</p>` : '')
  );
}

/** Stories told by several versions as blocks, a row per version; those told once in one table. */
function storiesHtml(stories: StoryItem[], statusOf: Map<string, string>): string {
  const several = stories.filter((s) => (s._copydesk?.versions?.length ?? 0) > 1);
  const single = stories.filter((s) => (s._copydesk?.versions?.length ?? 0) <= 1);
  const rows = single.map((s) => {
    const v = s._copydesk?.versions?.[0];
    const title = `${esc(s.title ?? s.id)}<br><code class="id">${esc(s.id)}</code>`;
    return `<tr id="${esc(s.id)}">${v ? `<td data-label="title" id="rec-${esc(v.id)}">${title}</td>` : td('title', title)}${td('outlet', esc(v?.outlet ?? '—'))}${td('date', esc(v?.date ?? '—'), 'date')}${td('this run', esc(v ? (statusOf.get(v.id) ?? 'earlier run') : ''))}${td('dump', esc(v?.source ?? ''), 'path')}</tr>`;
  });
  return several.map((s) => storyHtml(s, statusOf)).join('\n') + (single.length ? `<h3 class="single">Told once (${single.length})</h3>` + table('stack single', ['title', 'outlet', 'date', 'this run', 'dump'], rows) : '');
}

function storyHtml(s: StoryItem, statusOf: Map<string, string>): string {
  const cd = s._copydesk ?? {};
  const versions = cd.versions ?? [];
  const rows = versions.map((v) => {
    const role = v.id === cd.canonical ? 'canonical' : v.duplicate_of ? `copy of <a href="#rec-${esc(v.duplicate_of)}"><code>${esc(v.duplicate_of)}</code></a>` : 'version';
    const st = statusOf.get(v.id);
    return `<tr id="rec-${esc(v.id)}">${td('outlet', esc(v.outlet ?? '—'))}${td('headline', esc(v.headline ?? '—'))}${td('date', esc(v.date ?? '—'), 'date')}${td('role', role)}${td('this run', esc(st ?? 'earlier run'))}${td('dump', esc(v.source), 'path')}</tr>`;
  });
  return `<article class="story" id="${esc(s.id)}"><h3>${esc(s.title ?? s.id)}</h3><p class="meta"><code>${esc(s.id)}</code> · ${versions.length} version${versions.length === 1 ? '' : 's'} · ${esc((cd.outlets ?? []).join(', ') || 'no outlet known')}</p>${table('stack', ['outlet', 'headline', 'date', 'role', 'this run', 'dump'], rows)}</article>`;
}

function rulesHtml(byRule: Map<string, { n: number; examples: Example[] }>): string {
  if (!byRule.size) return '<p class="none">None.</p>';
  const rules = [...byRule].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  return rules
    .map(([rule, { n, examples }]) => {
      const list = examples.map((x) => `<li><span class="path">${esc(x.path)}${x.line ? `:${x.line}` : ''}</span> ${esc(x.reason)}</li>`);
      return `<details class="rule"><summary><code>${esc(rule)}</code> <span class="n">${n}</span></summary><ul>${list.join('')}</ul>${more(list.length, n, 'of this rule')}</details>`;
    })
    .join('\n');
}
