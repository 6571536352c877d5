// `copydesk index --archive FILE PATH…`: build or update an archive; `--stats`: say what it holds.
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../engine/config';
import { findConfig, readConfig } from '../engine/project';
import { ArchiveError, redactUrl, type Archive, type ArchiveStats } from '../host/archive/archive';
import { indexFiles } from '../host/archive/index-files';
import { archiveSpec, openArchive } from '../host/archive/open-archive';
import { createNodeHost, toEnginePath } from '../host/node-host';
import type { IndexArgs } from './args';
import { CliError, EXIT_OK } from './errors';
import { stderrLogger } from './logger';
import { progressBar, type Progress } from './progress';
import { plural } from './report';

export interface IndexIo {
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** --archive, else copydesk.json's "archive" (found upward from the cwd, or --config). */
async function archiveLocation(args: IndexArgs, cwd: string): Promise<string> {
  if (args.archive) return archiveSpec(args.archive, cwd).location;
  const host = createNodeHost(stderrLogger);
  const configPath = args.config ? toEnginePath(resolve(cwd, args.config)) : await findConfig(host, toEnginePath(cwd));
  if (configPath) {
    try {
      const config = await readConfig(host, configPath);
      if (config.archive !== undefined) return archiveSpec(config.archive, dirname(configPath)).location;
    } catch (e) {
      if (e instanceof ConfigError) throw new CliError(e.message);
      throw e;
    }
  }
  throw new CliError('no archive: pass --archive FILE or set "archive" in copydesk.json');
}

export function formatStats(s: ArchiveStats): string {
  const span = s.from ? `, published ${s.from === s.to ? s.from : `${s.from} to ${s.to}`}` : '';
  const undated = s.undated ? ` (${s.undated} undated)` : '';
  return `archive ${redactUrl(s.location)}: ${plural(s.articles, 'article')} from ${plural(s.outlets, 'outlet')}${span}${undated}, ${(s.bytes / 1048576).toFixed(1)} MB\n`;
}

export async function runIndex(args: IndexArgs, io: IndexIo): Promise<number> {
  const location = await archiveLocation(args, io.cwd);
  let archive: Archive | undefined;
  try {
    archive = await openArchive(location, { create: !args.stats });
    if (args.inputs.length) {
      const started = performance.now();
      // The bar is made on the first file, once the number of files is known.
      let progress: Progress | undefined;
      let result;
      try {
        result = await indexFiles(createNodeHost(stderrLogger), archive, args.inputs, toEnginePath(io.cwd), {
          onProgress: (done, total) => {
            progress ??= progressBar(total, io.stderr as NodeJS.WriteStream, process.env, 'indexing');
            progress.update(done, total);
          },
        });
      } finally {
        progress?.clear();
      }
      const seconds = (performance.now() - started) / 1000;
      const changed = result.added + result.updated;
      for (const s of result.skipped) io.stderr.write(`copydesk: skipped ${s}\n`);
      io.stdout.write(
        `indexed ${plural(result.files, 'file')} in ${seconds.toFixed(1)} s: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged` +
          (result.removed ? `, ${result.removed} removed (files gone)` : '') +
          (changed ? ` (${Math.round(changed / Math.max(seconds, 0.001))} articles/s)` : '') +
          (result.skipped.length ? `, ${result.skipped.length} skipped` : '') +
          '\n',
      );
    }
    io.stdout.write(formatStats(await archive.stats()));
    return EXIT_OK;
  } catch (e) {
    if (e instanceof ArchiveError || e instanceof ConfigError) throw new CliError(e.message);
    throw e;
  } finally {
    await archive?.close();
  }
}
