// Issue 12 check 3: "Three hostile files plus a good one: under 20 s all told, the good record written."
// The issue's three, made here: 20 KB of nested list markers, 100,000 '>', a 600 KB mix of Markdown
// openers; plus an invented article. The CLI with the shipped config (budgets as a user gets them).
// `node dist/bench/check-hostile.js`
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, report, root, temp, verdict } from './check-lib.js';

const input = temp('hostile-in');
cpSync(path.join(root, 'test/fixtures/articles/harbor-wire.txt'), path.join(input, 'good.txt'));
let nested = '';
for (let i = 0; nested.length < 20_000; i++) nested += ' '.repeat((i % 60) * 2) + '- x\n';
writeFileSync(path.join(input, 'nested-lists.txt'), nested);
writeFileSync(path.join(input, 'nested-one-line.md'), '- '.repeat(10_000));
writeFileSync(path.join(input, 'quote-markers.txt'), '>'.repeat(100_000));
const parts = ['- ', '> ', '1. ', '[', '*', '`', '<div>', '# ', '| a |', '"', '[a](', '_'];
let mix = '';
for (let i = 0; mix.length < 600_000; i++) mix += parts[i % parts.length].repeat(1 + ((i * 7) % 13)) + (i % 17 === 0 ? '\n' : '');
writeFileSync(path.join(input, 'mix.txt'), mix);

const output = temp('hostile-out');
const r = cli(['--input', input, '--output', output]);
const lines = report(output).inputs;
for (const l of lines) console.log(`  ${l.path}: ${l.status}${l.error ? ` (${l.error.rule}: ${l.error.reason})` : ''}`);
console.log(`run: exit ${r.status} in ${r.seconds} s`);
verdict('hostile files', [
  ['under 20 s all told', r.seconds < 20],
  ['the good record written', lines.find((l) => l.path === 'good.txt')?.status === 'written'],
  ['every hostile file written or refused with a rule', lines.every((l) => l.status === 'written' || (l.status === 'failed' && !!l.error?.rule && l.error.rule !== 'internal'))],
]);
