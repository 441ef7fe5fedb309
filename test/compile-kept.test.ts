// compile() keeps what it built for a use and a source, so a stage that compiles a setting per dump builds it
// once; only patterns without the g or y flag are kept, whose RegExp keeps no state between uses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile, use } from '../pipeline/config/spec.js';

test('compile: one RegExp per use and source for a pattern without g or y, matching as a new one does', () => {
  const u = use('iu', { expand: { NAME: '(?<name>\\p{Lu}\\p{Ll}+)' } });
  const a = compile('^by {NAME}$', u);
  assert.equal(compile('^by {NAME}$', u), a);
  assert.equal(a.source, new RegExp('^by (?<name>\\p{Lu}\\p{Ll}+)$', 'iu').source);
  for (const [t, want] of [['By Ana', 'Ana'], ['by Ana Ruiz', undefined], ['Ana', undefined]] as const) {
    assert.equal(a.exec(t)?.groups?.name, want, t);
    assert.equal(a.exec(t)?.groups?.name, want, `${t} again`);
  }
  assert.notEqual(compile('^by {NAME}$', use('iu', { expand: { NAME: '(?<name>\\w+)' } })), a, 'another use compiles its own');
  assert.notEqual(compile('^written by {NAME}$', u), a, 'another source compiles its own');
  const rewrite = use('u', { rewrite: (s) => s.replace(/\$$/u, '') });
  assert.equal(compile('ab$', rewrite).source, 'ab');
  assert.equal(compile('ab$', rewrite), compile('ab$', rewrite));
});

test('compile: a new RegExp each time for a global or sticky pattern (its lastIndex is state)', () => {
  for (const flags of ['gu', 'yu', 'gimu']) {
    const u = use(flags);
    const a = compile('ab', u);
    assert.notEqual(compile('ab', u), a, flags);
    assert.equal(a.flags.includes(flags[0]), true);
  }
});

test('compile: a pattern that does not compile still throws, each time', () => {
  const u = use('u');
  assert.throws(() => compile('(', u));
  assert.throws(() => compile('(', u));
});
