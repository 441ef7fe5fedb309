// Frontmatter of `.md` dumps, read with gray-matter. Only YAML is read, through the `yaml` package's
// safe core schema: the opening line is checked here first, so frontmatter in any other language is
// refused before gray-matter sees it (`---js`, `---javascript`, `---coffee` as code, never run;
// `---json` or anything else as another language), whatever follows the name (`---js // note`).
// gray-matter's code engines are replaced with ones that refuse all the same. YAML's warnings (an
// unknown tag, say) are returned with the data, for the dump's line in the report.
// Both are required on the first dump that has frontmatter, not imported: most batches have none, and each
// article thread would pay for loading them at start (gray-matter brings js-yaml and esprima; ~60 ms CPU
// a thread with yaml, 2026-12-05).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Libs = { matter: typeof import('gray-matter'); YAML: typeof import('yaml') };
let libs: Libs | undefined;
const load = (): Libs => (libs ??= { matter: require('gray-matter'), YAML: require('yaml') });

export class FrontmatterError extends Error {
  constructor(readonly ruleId: 'frontmatter-code' | 'frontmatter-language' | 'frontmatter-yaml', message: string) {
    super(message);
  }
}

const CODE = new Set(['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'ts', 'typescript']);
const YAML_NAMES = new Set(['', 'yaml', 'yml']);

const refuse = (lang: string) => () => {
  throw new FrontmatterError('frontmatter-code', `frontmatter in ${lang} refused: a dump may not carry code, and none was run`);
};

/** Warnings of the YAML parse in progress (gray-matter calls the engine synchronously). */
let yamlWarnings: string[] = [];

const yamlEngine = {
  parse: (s: string): object => {
    const doc = load().YAML.parseDocument(s, { schema: 'core', logLevel: 'error' });
    if (doc.errors.length) throw new FrontmatterError('frontmatter-yaml', `frontmatter is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    yamlWarnings.push(...doc.warnings.map((w) => `frontmatter YAML: ${w.message.split('\n')[0]}`));
    let v: unknown;
    try {
      v = doc.toJS({ maxAliasCount: 50 });
    } catch (e) {
      throw new FrontmatterError('frontmatter-yaml', `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as object) : {};
  },
  stringify: (o: object) => load().YAML.stringify(o),
};

const ENGINES = {
  yaml: yamlEngine,
  yml: yamlEngine,
  js: { parse: refuse('js'), stringify: refuse('js') },
  javascript: { parse: refuse('javascript'), stringify: refuse('javascript') },
};

export interface Split {
  data: Record<string, unknown>;
  content: string;
  /** Problems that did not stop the read, e.g. a YAML tag nobody knows. */
  warnings: string[];
}

export function splitFrontmatter(text: string): Split {
  // '----' and longer is a rule, not a fence (as gray-matter reads it).
  if (!text.startsWith('---') || text[3] === '-') return { data: {}, content: text, warnings: [] };
  const opening = text.slice(3, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')).trim();
  const lang = (/^[^\s/#;:]*/.exec(opening)?.[0] ?? '').toLowerCase();
  if (CODE.has(lang)) refuse(lang)();
  if (!YAML_NAMES.has(lang) || (lang && opening !== lang)) {
    throw new FrontmatterError('frontmatter-language', `frontmatter "---${opening.slice(0, 40)}" refused: only YAML frontmatter ("---" or "---yaml") is read`);
  }
  yamlWarnings = [];
  // Options make gray-matter skip its content cache, so each call uses these engines.
  const parsed = load().matter(text, { language: 'yaml', engines: ENGINES as never });
  return { data: parsed.data as Record<string, unknown>, content: parsed.content, warnings: yamlWarnings };
}
