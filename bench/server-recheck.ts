// The keystroke path through the real language server (dist/server.js over stdio): a one-character
// incremental didChange, then a pull for the document's diagnostics, timed until the answer is back
// (the engine's check, the conversion to LSP diagnostics, JSON-RPC both ways). Also what a re-check
// sends (bytes of the diagnostics answer) and the server process's peak RSS (VmHWM from /proc).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, uriOf } from '../test/lsp/lsp-client';

export interface ServerRecheck {
  /** Milliseconds per re-check (didChange + diagnostic pull answered). */
  samples: number[];
  /** JSON bytes of each full diagnostics answer. */
  bytes: number[];
  /** The server process's peak resident memory (MB), or undefined off Linux. */
  peakRssMb?: number;
  findings: number;
}

/** VmHWM of a process (Linux): its peak resident set. */
export function peakRss(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A workspace of copies of the reference files (copydesk.json names them), the drafts opened one after
 * another; each gets `edits` one-character edits, the same edits the in-process re-check bench makes.
 */
export async function serverRecheck(
  workspace: string,
  refDir: string,
  drafts: string[],
  edits: number,
  edit: (text: string, i: number) => string,
  nodeArgs: string[] = [],
): Promise<ServerRecheck> {
  const refs = join(workspace, 'refs');
  mkdirSync(refs, { recursive: true });
  const kinds = new Set<string>();
  for (const f of readdirSync(refDir)) {
    const ext = /\.(txt|md|html|json)$/.exec(f)?.[1];
    if (!ext) continue;
    copyFileSync(join(refDir, f), join(refs, f));
    if (ext !== 'json') kinds.add(ext);
  }
  writeFileSync(join(workspace, 'copydesk.json'), JSON.stringify({ references: [...kinds].map((k) => `refs/*.${k}`) }));
  const client = new TestClient(workspace, {}, nodeArgs);
  const samples: number[] = [];
  const bytes: number[] = [];
  let findings = 0;
  try {
    await client.initialize();
    for (const [n, text] of drafts.entries()) {
      const path = `draft-${n}.md`;
      writeFileSync(join(workspace, path), text);
      const doc = await client.open(path);
      const first = await client.pullReport(doc.uri);
      if (first.kind === 'full') findings = first.items.length;
      const status = await client.statuses.wait((st) => st.uri === doc.uri, 'the status of the draft', 10_000, 0);
      if (status.state === 'error') throw new Error(`the bench workspace's copydesk.json: ${status.problem}`);
      let current = text;
      let version = 1;
      for (let k = 0; k < edits; k++) {
        const next = edit(current, k);
        // The one inserted character, as an editor sends it (incremental sync).
        let at = 0;
        while (at < current.length && current[at] === next[at]) at++;
        const before = client.doc(doc.uri);
        const t = performance.now();
        await client.conn.sendNotification('textDocument/didChange', {
          textDocument: { uri: doc.uri, version: ++version },
          contentChanges: [{ range: { start: before.positionAt(at), end: before.positionAt(at) }, text: next.slice(at, at + next.length - current.length) }],
        });
        const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: doc.uri } });
        samples.push(performance.now() - t);
        if (report.kind === 'full') bytes.push(Buffer.byteLength(JSON.stringify(report)));
        // Keep the client's copy in step for the next edit's positions.
        client.docs.set(doc.uri, TextDocument.create(doc.uri, 'markdown', version, next));
        current = next;
      }
      // Closed once the next draft is open: closing a project's last open document drops the project (and its
      // indexes), which a writer moving from draft to draft does not do to the server.
      if (n > 0) await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(join(workspace, `draft-${n - 1}.md`)) } });
    }
    return { samples, bytes, peakRssMb: peakRss(client.proc.pid), findings };
  } finally {
    await client.stop();
  }
}
