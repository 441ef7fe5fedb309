// Frontmatter of `.md` dumps, read with gray-matter. gray-matter would run `---js` / `---javascript`
// frontmatter as code; those engines are replaced with ones that refuse, and YAML goes through the
// `yaml` package's safe core schema. Only YAML frontmatter is trusted.
import matter from 'gray-matter';
import YAML from 'yaml';

export class FrontmatterError extends Error {
  constructor(readonly ruleId: 'frontmatter-code' | 'frontmatter-language' | 'frontmatter-yaml', message: string) {
    super(message);
  }
}

const refuse = (lang: string) => () => {
  throw new FrontmatterError('frontmatter-code', `frontmatter in ${lang} refused: a dump may not carry code, and none was run`);
};

const ENGINES = {
  yaml: {
    parse: (s: string): object => {
      try {
        const v = YAML.parse(s, { schema: 'core', maxAliasCount: 50 }) as unknown;
        return v && typeof v === 'object' && !Array.isArray(v) ? (v as object) : {};
      } catch (e) {
        throw new FrontmatterError('frontmatter-yaml', `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
      }
    },
    stringify: (o: object) => YAML.stringify(o),
  },
  js: { parse: refuse('js'), stringify: refuse('js') },
  javascript: { parse: refuse('javascript'), stringify: refuse('javascript') },
  json: { parse: (s: string) => JSON.parse(s) as object, stringify: (o: object) => JSON.stringify(o) },
};

export interface Split {
  data: Record<string, unknown>;
  content: string;
}

export function splitFrontmatter(text: string): Split {
  if (!text.startsWith('---')) return { data: {}, content: text };
  const lang = /^---[ \t]*([A-Za-z]\w*)?/.exec(text)?.[1]?.toLowerCase() || 'yaml';
  if (!(lang in ENGINES)) throw new FrontmatterError('frontmatter-language', `frontmatter language "${lang}" is not supported (only YAML is read)`);
  // Options make gray-matter skip its content cache, so each call uses these engines.
  const parsed = matter(text, { language: 'yaml', engines: ENGINES as never });
  return { data: parsed.data as Record<string, unknown>, content: parsed.content };
}
