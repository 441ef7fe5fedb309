// The parse-only ceiling: each dump read, decoded and parsed by remark-parse, nothing else, on one
// thread. Writes CPU seconds and dumps to the JSON file named first.
// Usage: node dist/bench/parse-only.js OUT.json DIR
import { writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { decode } from '../pipeline/read/decode.js';

const [out, dir] = process.argv.slice(2);
async function files(d: string): Promise<string[]> {
  const es = await readdir(d, { withFileTypes: true });
  return (await Promise.all(es.map((e) => (e.isDirectory() ? files(path.join(d, e.name)) : [path.join(d, e.name)])))).flat();
}
const parser = unified().use(remarkParse);
const list = (await files(dir)).filter((f) => /\.(txt|md)$/.test(f));
const c0 = process.cpuUsage();
for (const f of list) parser.parse(decode(await readFile(f)).text);
const c = process.cpuUsage(c0);
writeFileSync(out, JSON.stringify({ cpu: (c.user + c.system) / 1e6, dumps: list.length }));
