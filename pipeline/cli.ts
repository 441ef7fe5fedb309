#!/usr/bin/env node
// copydesk: the command line. `copydesk run` turns a folder of dumps into records, stories and
// feeds. The exit code tells monitoring the truth (run/exit-codes.ts, README "Exit codes"): 0 all
// well, 1 internal error, 2 the run cannot work (with what to fix), 3 stories wait undelivered, 4 too
// many inputs failed, 5 records that could not be written or updated.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError } from './config/load.js';
import { loadConfig, sections } from './registry.js';
import { configReference, shippedValues, writeReadmeReference, writeSchemas } from './config/reference.js';
import { EXIT, exitCode } from './run/exit-codes.js';
import type { Holder } from './run/lock.js';
import { run, RunError, type RunSummary } from './run/run.js';
import { deliveryExit, deliveryLine, pushCommand } from './push/command.js';
import { PushError } from './push/index.js';

const USAGE = `usage: copydesk run [--input DIR] [--output DIR] [--config DIR] [--concurrency N] [--push URL] [--wait SECONDS] [--quiet]
       copydesk push [--output DIR] [--config DIR] [--push URL] [--wait SECONDS]   deliver what waits in the outbox to the CMS
       copydesk config-docs [--config DIR] [--readme FILE] [--schema DIR]   print the reference of the user
                          settings with the values DIR ships (or update FILE's), and write their JSON Schemas

  --input DIR        folder of raw dumps (.txt, .md), read recursively   (default: config run.input, "input")
  --output DIR       where records/, feeds/, state/ and report.json go   (default: config run.output, "output")
  --config DIR       folder of YAML settings      (default: "config" if the current folder has one,
                                                  else the settings shipped with copydesk)
  --concurrency N    files read and processed at once                    (default: config run.concurrency)
  --push URL         CMS to PUT each new or changed story to             (default: config push.url; unset: no push)
  --wait SECONDS     how long to wait for another run using the same output; 0 refuses at once
                                                                         (default: config run.lock_wait, 3600)
  --quiet            no progress line

exit codes: 0 all well; 1 internal error; 2 the run cannot work (flags, config, input, output, output
in use by another run), nothing written; 3 stories wait undelivered (the next run or push sends them);
4 more than run.max_failed_share of the inputs failed; 5 records that could not be written or updated
(see report.json: records_invalid)`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        config: { type: 'string', default: 'config' },
        concurrency: { type: 'string' },
        push: { type: 'string' },
        wait: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        readme: { type: 'string' },
        schema: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`copydesk: ${(e as Error).message}\n${USAGE}`);
    return EXIT.unusable;
  }
  const { values, positionals, tokens } = parsed;
  if (!tokens.some((t) => t.kind === 'option' && t.name === 'config')) values.config = defaultConfigDir();
  const command = positionals[0] ?? 'run';
  if (values.help || command === 'help') {
    console.log(USAGE);
    return EXIT.ok;
  }
  if (command === 'config-docs') {
    const shipped = await shippedValues(values.config!, sections);
    if (values.schema) await writeSchemas(values.schema, sections);
    if (values.readme) await writeReadmeReference(values.readme, sections, shipped);
    if (!values.readme && !values.schema) console.log(configReference(sections, shipped));
    return EXIT.ok;
  }
  let wait: number | undefined;
  if (values.wait !== undefined) {
    wait = Number(values.wait);
    if (!/^\d+(\.\d+)?$/.test(values.wait) || !Number.isFinite(wait)) {
      console.error(`copydesk: --wait must be a number of seconds (0 or more), got "${values.wait}"`);
      return EXIT.unusable;
    }
  }
  const onLockWait = (output: string) => (h: Holder | null) =>
    console.error(`copydesk: ${output} is in use by another run (${h ? `pid ${h.pid} on ${h.host}, started ${h.started}` : 'holder unknown'}); waiting for it to end`);
  if (command === 'push') return pushCommand(values.config!, values.output, values.push, { wait, onLockWait });
  if (command !== 'run') {
    console.error(`copydesk: unknown command "${command}"\n${USAGE}`);
    return EXIT.unusable;
  }
  let concurrency: number | undefined;
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      console.error(`copydesk: --concurrency must be a whole number of 1 or more, got "${values.concurrency}"`);
      return EXIT.unusable;
    }
  }
  try {
    const config = await loadConfig(values.config!);
    const input = path.resolve(values.input ?? config.run.input);
    const output = path.resolve(values.output ?? config.run.output);
    const t0 = Date.now();
    const { summary, reportPath, deliveries } = await run({
      config,
      input,
      output,
      concurrency: concurrency ?? config.run.concurrency,
      progress: !values.quiet && process.stderr.isTTY,
      push: values.push,
      lockWait: wait,
      onLockWait: onLockWait(output),
    });
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(summaryLine(summary, secs) + `\n  report: ${path.relative(process.cwd(), reportPath) || reportPath}`);
    if (deliveries) console.log(deliveryLine(deliveries));
    const code = exitCode({ inputs: summary.inputs, failures: summary.failures, invalidRecords: summary.invalid_records, delivery: deliveries ? deliveryExit(deliveries) : undefined }, config.run.max_failed_share);
    if (code === EXIT.failures) console.error(`copydesk: ${summary.failures} of ${summary.inputs} inputs failed, over the ${config.run.max_failed_share} allowed (run.max_failed_share): see the report (exit ${code})`);
    if (code === EXIT.recordsInvalid) console.error(`copydesk: ${summary.invalid_records} record(s) could not be written or updated (unreadable or breaking the record schema): see records_invalid in the report (exit ${code})`);
    return code;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof RunError || e instanceof PushError) {
      console.error(`copydesk: ${e.message}`);
      return EXIT.unusable;
    }
    console.error(`copydesk: the run failed: ${(e as Error).stack ?? e}`);
    return EXIT.internal;
  }
}

/**
 * `config/` in the current folder (a project checkout, `npm start`), else the config/ shipped in the
 * package beside dist/ (an installed `copydesk` run from any folder). An explicit --config is taken as given.
 */
function defaultConfigDir(): string {
  if (existsSync('config')) return 'config';
  const shipped = fileURLToPath(new URL('../../config', import.meta.url));
  return existsSync(shipped) ? shipped : 'config';
}

function summaryLine(s: RunSummary, secs: string): string {
  const extra = [s.skipped ? `${s.skipped} skipped` : '', s.invalid_records ? `${s.invalid_records} invalid records` : ''].filter(Boolean);
  return `copydesk: ${s.inputs} inputs, ${s.articles} articles, ${s.records} records, ${s.duplicates} duplicates, ${s.stories} stories, ${s.failures} failures${extra.map((x) => ', ' + x).join('')} in ${secs}s`;
}

// A kill by SIGINT or SIGTERM ends the run at once; the output lock is released by the exit handler
// (run/lock.ts), and the temp files the writers had open are removed by the next run.
for (const [signal, n] of [['SIGINT', 2], ['SIGTERM', 15]] as const) process.once(signal, () => process.exit(128 + n));

// main() always settles; if it ever did not (a promise nothing resolves), Node would exit 13 with no
// word. Say so, and exit 1 like any internal error.
let settled = false;
process.once('beforeExit', () => {
  if (settled) return;
  console.error('copydesk: internal error: the run stopped waiting on work that never finished');
  process.exitCode = EXIT.internal;
});
main(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (e) => {
    settled = true;
    console.error(`copydesk: the run failed: ${(e as Error)?.stack ?? e}`);
    process.exitCode = EXIT.internal;
  },
);
