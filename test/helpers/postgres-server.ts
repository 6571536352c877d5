// A real, throw-away PostgreSQL server for the tests, started from the installed packages
// (initdb, pg_ctl) in a temp folder with password authentication. Undefined when PostgreSQL is not
// installed: the tests then print SKIPPED.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  port: number;
  user: string;
  password: string;
  /** postgres://user@127.0.0.1:port/postgres (no password: tests set PGPASSWORD). */
  url: string;
  stop(): void;
}

function binDir(): string | undefined {
  for (const dir of ['/usr/local/bin', '/usr/bin']) if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  const lib = '/usr/lib/postgresql';
  if (existsSync(lib)) {
    for (const v of readdirSync(lib).sort().reverse()) if (existsSync(join(lib, v, 'bin', 'initdb'))) return join(lib, v, 'bin');
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolvePort(port));
    });
  });
}

/** initdb refuses to run as root: run the server as the packages' postgres user then. */
function asServerUser(): { prefix: string[]; uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { prefix: ['runuser', '-u', 'postgres', '--'], uid, gid };
  } catch {
    return { prefix: ['__no_server_user__'] };
  }
}

export async function startPostgres(): Promise<PostgresServer | { skipped: string }> {
  const bin = binDir();
  if (!bin) return { skipped: 'PostgreSQL (initdb, pg_ctl) is not installed' };
  const who = asServerUser();
  if (who.prefix[0] === '__no_server_user__') return { skipped: 'running as root and there is no postgres user to run the server as' };
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-pg-'));
  if (who.uid !== undefined) chownSync(dir, who.uid, who.gid!);
  const user = 'copydesk';
  const password = 'test-secret-not-real';
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, `${password}\n`);
  if (who.uid !== undefined) chownSync(pwfile, who.uid, who.gid!);
  const port = await freePort();
  const run = (cmd: string, args: string[]) => {
    const [exe, ...pre] = [...who.prefix, join(bin, cmd)];
    execFileSync(exe, [...pre, ...args], { stdio: 'pipe', cwd: dir });
  };
  const data = join(dir, 'data');
  try {
    run('initdb', ['-D', data, '-U', user, '--auth=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8', '--locale=C']);
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return { skipped: `PostgreSQL did not start: ${String((e as { stderr?: Buffer }).stderr ?? (e as Error).message).split('\n')[0]}` };
  }
  return {
    port,
    user,
    password,
    url: `postgres://${user}@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
