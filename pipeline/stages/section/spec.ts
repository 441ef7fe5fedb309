// Settings of the section stage: the spec its section of config/ is checked against (collected in
// pipeline/registry.ts, so the config loader depends on no stage).
import { list, num, obj, str } from '../../config/spec.js';

export const sectionSpec = obj({
  vocabulary: list(str('a section name'), 'Section names recognised in the text, written as records should carry them', []),
  top_lines: num('Non-blank lines from the top searched for a section', { default: 6, integer: true, min: 1 }),
});
