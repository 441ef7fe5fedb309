// The record's frontmatter as `YAML.stringify(record, { lineWidth: 0 })` writes it, written line by line
// for a record of the contract's shape: yaml builds a Document of nodes for each record and asks every
// scalar's type of its schema, ~0.3 ms a record, a tenth of the main thread's CPU on polnear-dev (perf).
// A string yaml writes plain is written as it stands, one it must quote is quoted as yaml quotes it (but
// for escapes of yaml's own); any other string is handed to yaml alone, as a map's
// value on one line (how it quotes a string on one line does not depend on where the string stands); a
// record with anything else (a string over lines, a value of another type, an object met twice, which
// yaml would write as an alias) is yaml's whole. test/record-yaml.test.ts compares the two.
import YAML from 'yaml';
import type { ArticleRecord } from './record.js';

const OPTIONS = { lineWidth: 0 } as const;

/** What yaml's plainString (yaml 2.9) refuses to write plain or writes otherwise, or forces into double
 * quotes (stringifyString's control characters and lone surrogates), on one line. */
const NOT_PLAIN = /^[\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|:[ \t]|[\t ]#|[\t :]$|[\n\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
/** A start by which the core schema could read a string as another type (a number, .inf, ~), or a
 * document marker could begin; an ISO date or date-time starts with a digit too and reads as a string. */
const OTHER_START = /^[-+.~0-9]/u;
const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/u;
const WORDS = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/u;

class Unwritten extends Error {}

/** What yaml writes with escapes JSON does not make, or forces into double quotes, or over lines: a
 * control character or line break, a lone surrogate. */
const OWN_ESCAPES = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;

/** yaml 2.9's core schema tests for null, int, hex, octal, float, exponent, inf and nan (schema/core). */
const CORE_OTHER = /^(?:~|[-+]?[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/u;
const MARKER = /^(?:---|\.\.\.)/u;
const quoted = (s: string) => (s.includes('"') && !s.includes("'") ? `'${s}'` : JSON.stringify(s));

/** A string as yaml writes it as a value on its own line. */
export function yamlString(s: string): string {
  const refused = NOT_PLAIN.test(s) || WORDS.test(s);
  if (s && !refused && (!OTHER_START.test(s) || DATE.test(s))) return s;
  // A string yaml refuses to write plain (NOT_PLAIN, or read as null or a boolean) is quoted
  // (stringifyString's quotedString, lineWidth 0: never folded): single quotes around a string with
  // a double quote and no single one, else JSON's double-quoted string, which yaml keeps as it stands
  // but for the escapes it writes its own way (OWN_ESCAPES, left to yaml). A tenth of the main thread's
  // CPU in writing records went to yaml's Document for these (perf of a polnear-dev run).
  if (refused && !OWN_ESCAPES.test(s)) return quoted(s);
  // A start that could make another type: yaml quotes what its core schema reads as a number or null
  // (CORE_OTHER); a document marker makes it write a block (yaml's, below); anything else is plain.
  if (s && OTHER_START.test(s) && !refused && !MARKER.test(s) && !OWN_ESCAPES.test(s)) return CORE_OTHER.test(s) ? quoted(s) : s;
  if (s.includes('\n')) throw new Unwritten();
  const line = YAML.stringify({ k: s }, OPTIONS);
  if (!line.startsWith('k: ') || line.indexOf('\n') !== line.length - 1) throw new Unwritten();
  return line.slice(3, -1);
}

function scalar(v: unknown): string {
  if (v === null) return 'null';
  if (v === true || v === false) return String(v);
  if (typeof v === 'string') return yamlString(v);
  throw new Unwritten();
}

/** `YAML.stringify(r, { lineWidth: 0 })` of a record whose keys stand in the contract's order. */
export function recordYaml(r: ArticleRecord): string {
  try {
    return lines(r);
  } catch (e) {
    if (!(e instanceof Unwritten)) throw e;
    return YAML.stringify(r, OPTIONS);
  }
}

function lines(r: ArticleRecord): string {
  const seen = new Set<object>();
  const once = <T>(o: T): T => {
    if (typeof o !== 'object' || o === null || seen.has(o)) throw new Unwritten();
    seen.add(o);
    return o;
  };
  let out = '';
  for (const [k, v] of entries(once(r))) {
    if (Array.isArray(v)) {
      once(v);
      if (!v.length) out += `${k}: []\n`;
      else {
        out += `${k}:\n`;
        // a list item: its scalar after the dash, or its map's first key after the dash and the rest under it
        for (const item of v) out += typeof item === 'object' && item !== null ? `  - ${map(once(item), '    ').slice(4)}` : `  - ${scalar(item)}\n`;
      }
    } else if (typeof v === 'object' && v !== null) out += `${k}:\n${map(once(v), '  ')}`;
    else out += `${k}: ${scalar(v)}\n`;
  }
  return out;
}

/** The keys and values yaml writes (it leaves out a key whose value is undefined); keys as they stand. */
function entries(o: object): [string, unknown][] {
  const out = Object.entries(o).filter(([, v]) => v !== undefined);
  if (!out.length || out.some(([k]) => !KEY.test(k))) throw new Unwritten();
  return out;
}
const KEY = /^[a-z][a-z_0-9]*$/u;

/** A map of scalars, a key a line, each at `indent`. */
function map(o: object, indent: string): string {
  if (Array.isArray(o)) throw new Unwritten();
  let out = '';
  for (const [k, v] of entries(o)) out += `${indent}${k}: ${scalar(v)}\n`;
  return out;
}
