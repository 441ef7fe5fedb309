// An outlet that reads exactly as the article's headline is held back (stages/outlet-title.ts), unless the
// page writes it inside another line (a copyright line, an alert) or its domain spells it; an outlet the
// newsroom or the registry gave is never judged. Table-driven with negatives; invented pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VFile } from 'vfile';
import outletTitle from '../pipeline/stages/outlet-title.js';
import type { StageOptions } from '../pipeline/stages/options.js';

interface Case {
  name: string;
  text: string;
  outlet: string;
  via?: string;
  headline: string;
  domain?: string;
  registry?: boolean;
  kept: boolean;
}

const PAGE = "Tide Gauge Floods Pier\n\nA gauge under the pier failed on Monday, officials said.\n\nMore text follows.";
const cases: Case[] = [
  { name: 'the title line taken for a masthead', text: PAGE, outlet: 'Tide Gauge Floods Pier', headline: 'Tide Gauge Floods Pier', kept: false },
  { name: 'the ranker took it', text: PAGE, outlet: 'Tide Gauge Floods Pier', via: 'ranked-masthead-once', headline: 'Tide Gauge Floods Pier', kept: false },
  { name: 'case, "the" and punctuation do not tell them apart', text: PAGE, outlet: 'The Tide Gauge Floods Pier', headline: 'tide gauge: floods pier', kept: false },
  // Negatives: the page signs with the name, the domain spells it, the names differ, the newsroom said so.
  { name: 'a title line written twice, nothing else', text: `Tide Gauge Floods Pier\n\n${PAGE}`, outlet: 'Tide Gauge Floods Pier', headline: 'Tide Gauge Floods Pier', kept: false },
  { name: 'its words come back lower-cased in the prose', text: `${PAGE}\n\nWhy the tide gauge floods pier decks, explained.`, outlet: 'Tide Gauge Floods Pier', headline: 'Tide Gauge Floods Pier', kept: false },
  { name: 'a copyright line holds it', text: `Harbor Ledger\n\n${PAGE}\n\n© 2025 Harbor Ledger`, outlet: 'Harbor Ledger', headline: 'Harbor Ledger', kept: true },
  { name: 'a line of chrome names it inside', text: `Harbor Ledger\n\n${PAGE}\n\nGet alerts from Harbor Ledger`, outlet: 'Harbor Ledger', headline: 'Harbor Ledger', kept: true },
  { name: 'a list entry with a span of years', text: `Harbor Ledger\n\n${PAGE}\n\n  • 1996-2017 Harbor Ledger`, outlet: 'Harbor Ledger', headline: 'Harbor Ledger', kept: true },
  { name: 'the site\'s domain spells it', text: `Harbor Ledger\n\n${PAGE}`, outlet: 'Harbor Ledger', headline: 'Harbor Ledger', domain: 'www.harborledger.com', kept: true },
  { name: 'a different headline', text: `Harbor Ledger\n\n${PAGE}`, outlet: 'Harbor Ledger', headline: 'Tide Gauge Floods Pier', kept: true },
  { name: 'told by the dump\'s folder', text: PAGE, outlet: 'Tide Gauge Floods Pier', via: 'folder', headline: 'Tide Gauge Floods Pier', kept: true },
  { name: 'a registry entry', text: PAGE, outlet: 'Tide Gauge Floods Pier', headline: 'Tide Gauge Floods Pier', registry: true, kept: true },
];

for (const c of cases) {
  test(`outlet-title: ${c.name}`, () => {
    const file = new VFile({ value: c.text });
    file.data.outlet = { value: c.outlet, via: c.via ?? 'page-evidence' };
    file.data.headline = { value: c.headline, via: 'above-article' };
    if (c.domain) file.data.siteDomain = c.domain;
    if (c.registry) file.data.outletEntry = { name: c.outlet } as NonNullable<VFile['data']['outletEntry']>;
    outletTitle({} as StageOptions)({ type: 'root', children: [] }, file);
    assert.equal(file.data.outlet?.value, c.kept ? c.outlet : undefined);
    const said = file.messages.filter((m) => m.ruleId === 'outlet-unsure');
    assert.equal(said.length, c.kept ? 0 : 1);
    if (!c.kept) assert.match(said[0].reason, /is the article's headline/);
  });
}
