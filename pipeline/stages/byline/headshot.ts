// The headshot source: a writer's box as page builders print it, the picture's alt text naming the person
// ("Picture of Ana Ruiz", "Photo of Ana Ruiz") and, as the next line with words, the same name alone.
// A caption names what a picture shows in a sentence; a headshot's alt text is the name the box prints
// again under it. Checked on the corpora at hand (2026-12-06): every such pair named the page's writer.
import { compile } from '../../config/spec.js';
import { lines } from '../../text/lines.js';
import type { Ctx, Hit } from './context.js';
import { people } from './people.js';
import { bylinePatterns } from './spec.js';
/** Blank lines allowed between the alt text and the name. */
const GAP = 2;

/** "Picture of Ana Ruiz" / "Ana Ruiz": the name, when it reads as a person's; the first such box on the page. */
export function headshot(ctx: Ctx): Hit | undefined {
  const ls = lines(ctx.file);
  const alt = compile(ctx.options.config.metadata.byline.headshot_pattern, bylinePatterns.headshot);
  for (const l of ls) {
    const m = alt.exec(l.text);
    if (!m) continue;
    const name = m[1].replace(/\s+/gu, ' ');
    const next = ls.slice(l.n + 1, l.n + 2 + GAP).find((x) => x.text.trim());
    if (!next || next.text.trim().replace(/\s+/gu, ' ') !== name) continue;
    const names = people([name], ctx);
    if (names.length) return { names, line: next };
  }
  return undefined;
}
