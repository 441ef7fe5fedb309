// Issue 12 check 1: "A brief syndicated to five sites: five records that keep its text and headline,
// four marked as copies." Two invented briefs (a wire brief with a credit line; three short lines under a
// short headline), each as five dumps inside their sites' chrome, run by the CLI into a fresh output.
// `node dist/bench/check-syndicated.js`
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, records, report, temp, verdict } from './check-lib.js';

interface Brief {
  name: string;
  headline: string;
  paras: string[];
  dump: (site: string, i: number) => string;
}
const SITES = ['Harbor Gazette', 'Valley Courier', 'Coast Daily', 'Metro Ledger', 'Island Times'];
const menu = (site: string) => ['Home', 'News', 'Sport', 'Opinion', 'Weather'].map((m) => `  • ${m}`).concat(site.length % 2 ? [] : [`  • ${site} TV`]);
const wire: Brief = {
  name: 'a two-paragraph wire brief with a credit line',
  headline: 'Ferry service resumes after two-day storm closure',
  paras: [
    'Ferries between the mainland and the outer islands ran again on Thursday morning after a storm kept every boat in port for two days, the island transport board said.',
    'The board said the first crossing left at 6:40 a.m. and that extra sailings would run through the weekend for travelers stranded by the closure.',
  ],
  dump: (site, i) => [`${site} ${['Home', 'Latest', 'Front page', 'News', 'Today'][i]}`, '', ...menu(site), '', wire.headline, '', `Posted by ${site} wire desk`, '', ...wire.paras.flatMap((p) => [p, '']), 'Share this story', '', `© 2026 ${site}. All rights reserved.`, ''].join('\n'),
};
const short: Brief = {
  name: 'a three-line brief under a short headline (paragraphs under 160 characters)',
  headline: 'Bridge reopens after repairs',
  paras: ['The river bridge on Mill Road opened to traffic again on Monday after six weeks of repairs.', 'Buses return to the route on Wednesday.', 'Cyclists keep the new lane.'],
  dump: (site) => [`${site} Home`, '', `• ${site} News`, `• ${site} Sport`, '', short.headline, '', ...short.paras.flatMap((p) => [p, '']), `About ${site}`, ''].join('\n'),
};

const flat = (s: string) => s.replace(/\s+/g, ' ');
for (const brief of [wire, short]) {
  console.log(`# ${brief.name}`);
  const input = temp('syndicated-in');
  SITES.forEach((s, i) => writeFileSync(path.join(input, `${String(i + 1).padStart(2, '0')}-${s.toLowerCase().replace(/ /g, '-')}.txt`), brief.dump(s, i)));
  const output = temp('syndicated-out');
  const r = cli(['--input', input, '--output', output]);
  console.log(`run: exit ${r.status} in ${r.seconds} s; ${r.stdout.trim().split('\n')[0]}`);
  const recs = [...records(output).values()];
  const kept = (rec: { body: string }) => brief.paras.every((p) => flat(rec.body).includes(p));
  for (const rec of recs) console.log(`  ${String(rec.id).slice(0, 40)}: headline ${JSON.stringify(rec.headline)}, duplicate_of ${rec.duplicate_of ?? null}, text kept ${kept(rec)}`);
  const rep = report(output);
  verdict(`syndicated brief: ${brief.name}`, [
    ['exit 0', r.status === 0],
    ['five records', recs.length === 5],
    ['every record keeps the brief text', recs.every(kept)],
    ['every record keeps the headline', recs.every((rec) => rec.headline === brief.headline)],
    ['four marked as copies of one original', recs.filter((rec) => rec.duplicate_of).length === 4 && new Set(recs.map((rec) => rec.duplicate_of).filter(Boolean)).size === 1],
    ['one story', new Set(recs.map((rec) => rec.story)).size === 1],
    ['report: every input written or duplicate', rep.inputs.every((l) => l.status === 'written' || l.status === 'duplicate')],
  ]);
}
