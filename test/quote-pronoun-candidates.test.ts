// Who a "he"/"she" credit may be ranked against at all (rank/index.ts `pronounFits`), table-driven
// with negatives: never a body, a man for "she", or a description's thing; never a weaker answer in
// place of the rules' person of the pronoun's gender; a description's person only with that role; a
// name read in passing only when the rules found nobody. And while pronoun-weights.json ships no
// weights, a pronoun credit is ranked (for the fitting) but keeps resolve/'s speaker. Invented names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pronounFits } from '../pipeline/stages/quotes/rank/index.js';
import { APPLIED, type Entity } from '../pipeline/stages/quotes/rank/rank.js';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import { projectConfig } from './helpers.js';
import pronounWeights from '../pipeline/stages/quotes/rank/pronoun-weights.json' with { type: 'json' };

const v = vocabOf(await projectConfig());
const AT = 1000;
const seen = (subject: boolean, source = false) => [{ at: 100, block: 1, subject, source }];
const entity = (name: string, kind: Entity['kind'], gender: Entity['gender'], sightings = seen(true), roles: string[] = []): Entity => ({ name, kind, gender, sightings, roles: new Set(roles) });

const mara = entity('Mara Ellison', 'person', 'female');
const tobias = entity('Tobias Venn', 'person', 'male');
const unknown = entity('Ardel Quist', 'person', undefined);
const passing = entity('Cora Lindqvist', 'person', 'female', seen(false));
const board = entity('the Harbor Board', 'org', 'neuter');
const headlineRun = entity('Mara Ellison Asked Everyone To', 'person', undefined);
const possessive = entity("Mara Ellison's lawyer", 'person', undefined);
const senator = entity('Ruth Amsel', 'person', 'female', seen(true), ['senator']);

type Row = [string, 'male' | 'female', Entity | null | undefined, string | undefined, Entity, boolean];
const rows: Row[] = [
  ['"she" may be a woman the reporter made a subject', 'female', undefined, undefined, mara, true],
  ['negative: "she" is never a man', 'female', undefined, undefined, tobias, false],
  ['negative: "she" is never a body', 'female', undefined, undefined, board, false],
  ['a person of unknown gender competes when the rules found nobody', 'male', undefined, undefined, unknown, true],
  ['negative: not against the rules\' man, when the article never says the rival is one', 'male', tobias, 'Tobias Venn', unknown, false],
  ['the rules\' own choice always competes', 'male', unknown, 'Ardel Quist', unknown, true],
  ['a name read in passing competes when the rules found nobody', 'female', undefined, undefined, passing, true],
  ['negative: a name read in passing does not compete with the rules\' choice', 'female', null, 'the organizer', passing, false],
  ['a described source: a person the article gives that role', 'female', null, 'the senator', senator, true],
  ['negative: a described source: a person without that role', 'female', null, 'the senator', mara, false],
  ['negative: a headline\'s run is no name', 'female', undefined, undefined, headlineRun, false],
  ['negative: a possessive phrase is no name', 'female', undefined, undefined, possessive, false],
];

for (const [name, g, rule, ruleName, e, want] of rows) {
  test(`pronoun candidates: ${name}`, () => {
    const last = e.sightings.find((s) => s.at < AT);
    assert.equal(pronounFits(g, AT, v, rule, ruleName)(e, last), want);
  });
}

test('pronoun ranking replaces the rules only when its weights ship', () => {
  assert.equal(APPLIED.has('pronoun'), pronounWeights.weights !== null);
  assert.ok(APPLIED.has('none') && APPLIED.has('description'));
});
