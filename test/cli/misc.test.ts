// The built CLI's other commands: --help/--version, facts, lsp --stdio.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, buildOnce, FIXTURES, ROOT, run } from './helpers';

describe('copydesk commands (built binary)', function () {
  this.timeout(60000);
  before(() => buildOnce());

  it('--version prints the package version; --help the usage', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const v = run(['--version']);
    assert.equal(v.code, 0);
    assert.equal(v.stdout, `${pkg.version}\n`);
    const h = run(['--help']);
    assert.equal(h.code, 0);
    for (const opt of ['--refs', '--format', '--fail-level', '--baseline', '--changed-since', '--jobs', '--fix-dry-run', 'copydesk facts', 'copydesk lsp --stdio']) {
      assert.ok(h.stdout.includes(opt), opt);
    }
  });

  describe('facts', () => {
    for (const file of ['drafts/misspelled.md', 'refs/harbour-talks.txt', 'refs/port-fees.md']) {
      it(`prints people, organizations, dates and quotes with offsets into ${file}`, () => {
        const r = run(['facts', '--format', 'json', file]);
        assert.equal(r.code, 0, r.stderr);
        const facts = JSON.parse(r.stdout);
        for (const key of ['people', 'organizations', 'dates', 'quotes']) assert.ok(Array.isArray(facts[key]), key);
        const text = readFileSync(join(FIXTURES, file), 'utf8');
        const spans = [
          ...facts.people.flatMap((p: { mentions: { start: number; end: number; text: string }[] }) => p.mentions),
          ...facts.organizations.flatMap((o: { mentions: { start: number; end: number; text: string }[] }) => o.mentions),
          ...facts.dates,
          ...facts.quotes,
        ];
        for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, JSON.stringify(s));
      });
    }

    it('takes the publication date from --published, else the references.json sidecar', () => {
      const fromSidecar = JSON.parse(run(['facts', '--format', 'json', 'refs/harbour-talks.txt']).stdout);
      assert.equal(fromSidecar.published, '2025-03-10');
      assert.equal(fromSidecar.readAs, 'reference');
      const overridden = JSON.parse(run(['facts', '--format', 'json', '--published', '2025-04-01', 'refs/harbour-talks.txt']).stdout);
      assert.equal(overridden.published, '2025-04-01');
      const draft = JSON.parse(run(['facts', '--format', 'json', 'drafts/clean.md']).stdout);
      assert.equal(draft.published, '2025-03-12');
      assert.equal(draft.readAs, 'draft');
    });

    it('prints a readable text listing by default and exits 2 for a missing file', () => {
      const r = run(['facts', 'drafts/clean.md']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^drafts\/clean\.md \(read as a draft, published 2025-03-12\)/);
      assert.match(r.stdout, /^People \(\d+\)/m);
      // Positions a person can go to: line:column, not offsets.
      assert.match(r.stdout, /^ {2}Maria Lindqvist — Foreign Minister \(1 mention: \d+:\d+\)$/m);
      const missing = run(['facts', 'drafts/nope.md']);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /^copydesk: drafts\/nope\.md: cannot read \(no such file\)\n$/);
    });
  });

  describe('lsp', () => {
    it('exits 2 without a transport', () => {
      const r = run(['lsp']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /needs a transport: --stdio/);
    });

    it('--stdio answers initialize over stdio and exits on exit', async () => {
      const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: FIXTURES, stdio: ['pipe', 'pipe', 'pipe'] });
      const send = (msg: object) => {
        const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      };
      const response = await new Promise<{ id: number; result: { capabilities: object } }>((resolve, reject) => {
        let buf = Buffer.alloc(0);
        child.on('error', reject);
        child.on('exit', (code) => reject(new Error(`server exited early (${code})`)));
        child.stdout.on('data', (chunk: Buffer) => {
          buf = Buffer.concat([buf, chunk]);
          for (;;) {
            const head = buf.indexOf('\r\n\r\n');
            if (head < 0) return;
            const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())?.[1]);
            if (buf.length < head + 4 + len) return;
            const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString());
            buf = buf.subarray(head + 4 + len);
            if (msg.id === 1) resolve(msg);
          }
        });
        send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null } });
      });
      assert.equal(response.id, 1);
      assert.equal(typeof response.result.capabilities, 'object');
      child.removeAllListeners('exit');
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      send({ id: 2, method: 'shutdown' });
      send({ method: 'exit' });
      const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10000))]);
      if (code === 'timeout') child.kill();
      assert.notEqual(code, 'timeout', 'the server exits after shutdown + exit');
    });
  });
});
