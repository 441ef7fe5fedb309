// A bare name on the first line under the headline is the byline (stages/byline/under-head.ts); further
// down, in a list, or made of the page's common words it is not. Invented names and pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { underHeadline } from '../pipeline/stages/byline/under-head.js';
import { splitLines } from '../pipeline/text/lines.js';
import { page, runDump as run } from './helpers.js';

const head = 'Harbor Council Votes on the Ferry Timetable';
const body = ['', 'The harbor council voted on Tuesday to change the ferry timetable for the winter months.', '', 'It met in the old town hall after a long debate among its members and the public.'];

test('under the headline: the first line with words, images and blank lines aside', () => {
  const lines = (ts: string[]) => splitLines(ts.join('\n'));
  const names = (t: string) => (/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(t) ? [t] : []);
  const cases: [string, string[], string[] | undefined][] = [
    ['the next line', [head, 'Bree Tolland', 'Body.'], ['Bree Tolland']],
    ['after a blank line and an image', [head, '', '[portrait-1]', 'Bree Tolland', 'Body.'], ['Bree Tolland']],
    ['a standfirst first', [head, 'Why the ferries leave early', 'Bree Tolland'], undefined],
    ['an item of a list', [head, '  • Bree Tolland', '  • Share', 'Body.'], undefined],
    // A lone item: a byline box w3m printed as a list, the next line with words no item.
    ['a lone item', [head, '', '  • Bree Tolland', '', '    Show comments', '', '  • Share'], ['Bree Tolland']],
    ['an indented cell', [head, '    Bree Tolland', 'Body.'], undefined],
    ['too far under it', [head, '', '', '', '', '', '', 'Bree Tolland'], undefined],
  ];
  for (const [name, ts, want] of cases) assert.deepEqual(underHeadline({ lines: lines(ts), headLine: 0, names })?.names, want, name);
  assert.equal(underHeadline({ lines: lines([head, 'Bree Tolland']), names }), undefined, 'no headline line');
});

test('the byline of a page from the first line under its headline', async () => {
  const cases: [string, string, string[] | undefined][] = [
    ['a known given name', page(head, '', 'Nora Quillfeather', ...body), ['Nora Quillfeather']],
    ['two names, one of them a known given name', page(head, '', 'Nora Quillfeather and Ikemba McStroud', ...body), ['Nora Quillfeather', 'Ikemba McStroud']],
    ['a name and where it was filed from', page(head, '', 'Nora Quillfeather in Portmere', ...body), ['Nora Quillfeather']],
    // Look-alikes: a one-word credit and the comment count, words the prose writes in lower case, a
    // section, a sentence, a name with digits after it.
    ['a name shaped as a person\'s, no word of it a word the lexicon knows', page(head, '', 'Ikemba Stroud', ...body), ['Ikemba Stroud']],
    // With no mark beside it, words the lexicon knows are as often a section's.
    ['a section of lexicon words', page(head, '', 'Video Gallery', ...body), undefined],
    ['a one-word credit and the comments', page(head, '', 'Nora No Comments', ...body), undefined],
    ['words of the prose', page(head, '', 'Winter Council', ...body), undefined],
    ['a place in it', page(head, '', 'Northern Ireland', ...body), undefined],
    ['a sentence', page(head, '', 'The council met on Tuesday.', ...body), undefined],
    ['a sentence about a person, short', page(head, '', 'Nora Quillfeather, the mayor, said the plan failed.', ...body), undefined],
    ['a name, an aside, a verb', page(head, '', 'Nora Quillfeather, however, said so', ...body), undefined],
    ['digits after the name', page(head, '', 'Nora Quillfeather 12', ...body), undefined],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});
