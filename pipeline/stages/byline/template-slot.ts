// The template-slot source: a name printed on the line of an unrendered "{{...author...}}" placeholder.
import { lines } from '../../text/lines.js';
import type { Ctx, Hit } from './context.js';
import { barename, people } from './people.js';

/** A template's placeholder left unrendered ("{{article.author.name}}"), with the template's own text glued after it ("}}Voice"). */
const PLACEHOLDER = /\{\{[^{}\n]{1,80}\}\}\S*/gu;
/** A placeholder whose key names the writer's slot: "{{author}}", "{{ byline }}", "{{block.display_author.name}}". */
const WRITER_SLOT = /\{\{[^{}\n]*(?<!\p{L})(?:author|byline|writer|contributor)(?!\p{L})[^{}\n]*\}\}/iu;
/**
 * A name printed on the line of an unrendered placeholder that holds the writer's slot: "{{block.author.name}}Desk
 * Ana Ruiz ," is a template whose author box the page filled in as text (the placeholder, and the template's
 * text glued to it, are no part of the name). A line that is only placeholders names nobody.
 */
export function templateSlot(ctx: Ctx): Hit | undefined {
  const cfg = ctx.options.config.metadata.byline;
  for (const l of lines(ctx.file)) {
    if (!l.text.includes('{{') || !WRITER_SLOT.test(l.text)) continue;
    const t = l.text.replace(PLACEHOLDER, ' ').replace(/[\s,;|]+$/u, '').trim();
    if (!t) continue;
    const names = people(barename(t, cfg) ?? [], ctx);
    if (names.length) return { names, line: l };
  }
  return undefined;
}
