// A quote as the record keeps it, from a find the filters kept (index.ts).
import type { Quote } from '../../../types.js';
import type { QuoteFind } from '../data.js';
import type { Vocab } from '../vocab.js';

/** A quote as the record keeps it: credited as the article credits them there ("Jo Lin, a pollster"), the bare name beside it for linking; by config the name alone, the description only beside it. */
export function record(f: QuoteFind, offset: number, v: Vocab): Quote {
  const cue = f.attribution && /\p{L}/u.test(f.attribution.cue) ? f.attribution.cue : undefined;
  const role = f.speaker?.role;
  const described = v.describeSpeakers && !!role;
  const speaker = f.speaker ? (described ? `${f.speaker.name}, ${role}` : f.speaker.name) : null;
  // (the fields set one by one, in the order the record writes them: spreading an object made per
  // optional field was ~5% of the filters stage in a --cpu-prof of polnear-dev; test/quote-filters-cpu.test.ts
  // compares the two)
  const q: Quote = { text: f.written ?? f.text, speaker };
  if (described) q.speaker_name = f.speaker!.name;
  if (role) q.speaker_role = role;
  if (cue) q.cue = cue;
  if (f.partial) q.partial = true;
  q.offset = offset;
  return q;
}
