#!/usr/bin/env node
// copydesk: the command line. `copydesk run` turns a folder of dumps into records, stories and
// feeds. Exit 0 when the run completed (single inputs may have failed: see the report); 2 when the
// run cannot work (bad flags, bad config, unreadable input, unwritable output), with what to fix;
// 3 when the run completed but stories wait undelivered in the outbox (`copydesk push` sends them).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from './config/load.js';
import { loadConfig, sections } from './registry.js';
import { configReference, writeReadmeReference } from './config/reference.js';
import { run, RunError } from './run/run.js';
import { deliveryExit, deliveryLine, pushCommand } from './push/command.js';
import { PushError } from './push/index.js';

const USAGE = `usage: copydesk run [--input DIR] [--output DIR] [--config DIR] [--concurrency N] [--push URL] [--quiet]
       copydesk push [--output DIR] [--config DIR] [--push URL]   deliver what waits in the outbox to the CMS
       copydesk config-docs [--readme FILE]   print the reference of every config key (or update FILE's)

  --input DIR        folder of raw dumps (.txt, .md), read recursively   (default: config run.input, "input")
  --output DIR       where records/, feeds/, state/ and report.json go   (default: config run.output, "output")
  --config DIR       folder of YAML settings                             (default: "config")
  --concurrency N    files read and processed at once                    (default: config run.concurrency)
  --push URL         CMS to PUT each new or changed story to             (default: config push.url; unset: no push)
  --quiet            no progress line`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        config: { type: 'string', default: 'config' },
        concurrency: { type: 'string' },
        push: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        readme: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`copydesk: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? 'run';
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'config-docs') {
    if (values.readme) {
      await writeReadmeReference(values.readme, sections);
      return 0;
    }
    console.log(configReference(sections));
    return 0;
  }
  if (command === 'push') return pushCommand(values.config!, values.output, values.push);
  if (command !== 'run') {
    console.error(`copydesk: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  let concurrency: number | undefined;
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      console.error(`copydesk: --concurrency must be a whole number of 1 or more, got "${values.concurrency}"`);
      return 2;
    }
  }
  try {
    const config = await loadConfig(values.config!);
    const input = path.resolve(values.input ?? config.run.input);
    const output = path.resolve(values.output ?? config.run.output);
    const t0 = Date.now();
    const { summary, reportPath, deliveries } = await run({ config, input, output, concurrency: concurrency ?? config.run.concurrency, progress: !values.quiet && process.stderr.isTTY, push: values.push });
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(
      `copydesk: ${summary.articles} articles, ${summary.records} records, ${summary.duplicates} duplicates, ${summary.stories} stories, ${summary.failures} failures in ${secs}s\n` +
        `  report: ${path.relative(process.cwd(), reportPath) || reportPath}`,
    );
    if (deliveries) console.log(deliveryLine(deliveries));
    return deliveries ? deliveryExit(deliveries) : 0;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof RunError || e instanceof PushError) {
      console.error(`copydesk: ${e.message}`);
      return 2;
    }
    console.error(`copydesk: the run failed: ${(e as Error).stack ?? e}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
