// The record's frontmatter as `YAML.stringify(record, { lineWidth: 0 })` writes it, written line by line
// for a record of the contract's shape: yaml builds a Document of nodes for each record and asks every
// scalar's type of its schema, ~0.3 ms a record, a tenth of the main thread's CPU on polnear-dev (perf).
// A string on one line is written as yaml's stringifyString writes it there (yaml 2.9: plain, else in
// single or double quotes; how it quotes a string on one line does not depend on where the string
// stands, and lineWidth 0 folds nothing); a string that could start a document marker is handed to
// yaml alone, as a map's value; a record with anything else (a string over lines, a value of another
// type, an object met twice, which yaml would write as an alias) is yaml's whole.
// test/record-yaml.test.ts compares the two.
import YAML from 'yaml';
import type { ArticleRecord } from './record.js';

const OPTIONS = { lineWidth: 0 } as const;

/** What yaml's plainString (yaml 2.9) refuses to write plain or writes otherwise, or forces into double
 * quotes (stringifyString's control characters and lone surrogates), on one line. */
const NOT_PLAIN = /^[\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|:[ \t]|[\t ]#|[\t :]$|[\n\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
/** What stringifyString writes in double quotes whatever the quotes inside. */
const FORCED_DOUBLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
/** A document marker's start: where plainString's choice depends on the string's indent. */
const MARKER = /^(?:---|\.\.\.)/u;
/** The core schema's tests of a plain scalar's type other than a string (null, bool, int, float), taken
 * from yaml itself: plainString quotes a string any of them matches ('', '~', 'true', '12', '1e3', '.nan'). */
const OTHER_TYPES = new YAML.Document().schema.tags.flatMap((t) => (t.default && t.tag !== 'tag:yaml.org,2002:str' && t.test ? [t.test] : []));
/** The first characters any of those tests can match (a string of another start is a string). */
const OTHER_START = /^[-+.~0-9NntTfF]|^$/u;
/** doubleQuotedString's short escapes for JSON's \u escapes (the rest of 00xx as \xXX). */
const SHORT: Record<string, string> = { '0000': '\\0', '0007': '\\a', '000b': '\\v', '001b': '\\e', '0085': '\\N', '00a0': '\\_', '2028': '\\L', '2029': '\\P' };

class Unwritten extends Error {}

/** A string as yaml writes it as a value on its own line. */
export function yamlString(s: string): string {
  if (!NOT_PLAIN.test(s)) {
    if (!OTHER_START.test(s)) return s;
    if (MARKER.test(s)) return yamlAlone(s);
    return OTHER_TYPES.some((t) => t.test(s)) ? quoted(s) : s;
  }
  if (s.includes('\n')) throw new Unwritten();
  return FORCED_DOUBLE.test(s) ? doubleQuoted(s) : quoted(s);
}

/** yaml's own writing of a string as a map's value, on one line. */
function yamlAlone(s: string): string {
  const line = YAML.stringify({ k: s }, OPTIONS);
  if (!line.startsWith('k: ') || line.indexOf('\n') !== line.length - 1) throw new Unwritten();
  return line.slice(3, -1);
}

/** yaml's quotedString of a string on one line (singleQuote unset): single quotes for a string with
 * double quotes and no single ones, else double quotes. */
function quoted(s: string): string {
  return s.includes('"') && !s.includes("'") ? `'${s}'` : doubleQuoted(s);
}

/** yaml's doubleQuotedString of a string on one line: its JSON, each \u escape of JSON's made short. */
function doubleQuoted(s: string): string {
  const json = JSON.stringify(s);
  let out = '';
  let start = 0;
  for (let i = json.indexOf('\\'); i !== -1; i = json.indexOf('\\', i)) {
    if (json[i + 1] !== 'u') {
      i += 2;
      continue;
    }
    const code = json.slice(i + 2, i + 6);
    out += json.slice(start, i) + (SHORT[code] ?? (code.startsWith('00') ? `\\x${code.slice(2)}` : json.slice(i, i + 6)));
    start = i += 6;
  }
  return start ? out + json.slice(start) : json;
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
