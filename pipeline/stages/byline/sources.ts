// The byline's sources, most reliable first (the first hit wins; pipeline/article/sources.ts).
import type { Source } from '../../article/sources.js';
import { compile } from '../../config/spec.js';
import { besideDate } from './beside-date.js';
import { boxSource } from './box-source.js';
import { headshot } from './headshot.js';
import { nearBy } from './by-line.js';
import { personsOverOrg } from './over-org.js';
import { pick, type Ctx, type Hit } from './context.js';
import { labelledLines } from './labelled.js';
import { nameOnLine } from './name-on-line.js';
import { bylinePatterns } from './spec.js';
import { templateSlot } from './template-slot.js';
import { underHeadSource } from './under-head-source.js';
import { withCoAuthors } from './with-coauthors.js';

export const sources: Source<Ctx, Hit>[] = [
  { name: 'by-line', find: (ctx) => personsOverOrg(withCoAuthors(nearBy(ctx), ctx), ctx) },
  { name: 'labelled-line', find: (ctx) => pick(labelledLines(ctx), ctx, ctx.options.config.metadata.byline.date_reach) },
  { name: 'template-slot', find: templateSlot },
  {
    // "Ana Ruiz 2 months": a name and the story's age, as feeds and cards print them.
    name: 'name-and-age',
    find: (ctx) => nameOnLine(ctx, compile(ctx.options.config.metadata.byline.name_age_pattern, bylinePatterns.nameAge)),
  },
  {
    // "Ana Ruiz   HARBOR TODAY": a name, a wide gap, the outlet (w3m's rendering of a byline box).
    name: 'name-and-outlet',
    find: (ctx) => nameOnLine(ctx, compile(ctx.options.config.metadata.byline.name_outlet_pattern, bylinePatterns.nameOutlet), true),
  },
  {
    name: 'beside-date',
    find: (ctx) => withCoAuthors(besideDate(ctx), ctx),
  },
  { name: 'byline-box', find: boxSource },
  { name: 'under-headline', find: underHeadSource },
  // "Picture of Ana Ruiz" / "Ana Ruiz": a writer's box under its headshot (headshot.ts).
  { name: 'headshot', find: headshot },
];
