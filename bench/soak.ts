// Soak: 10,000 random edits with a diagnostic pull after each, through the real server (dist/server.js)
// started with a 256 MB heap. Prints the server's RSS every 1,000 edits and fails when RSS at 10k is
// more than 30 MB above RSS at 1k (a leak: caches that keep old versions).
//   npm run soak            (SOAK_EDITS=2000 for a shorter run)
import { readFileSync } from 'node:fs';
import { buildOnce, copyFixture, removeDir, TestClient } from '../test/lsp/lsp-client';

const EDITS = Number(process.env.SOAK_EDITS ?? 10000);
const WORDS = ['Mara', 'Lindqvist', 'harbour', 'master', 'said', 'Monday', 'March', '3,', '2025', '40', 'ships', '"We', 'never', 'saw', 'this,"', 'she', 'said.', 'reportedly', 'officials', 'the', 'a'];

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function main(): Promise<void> {
  buildOnce();
  const folder = copyFixture('workspace');
  const client = new TestClient(folder, {}, [`--max-old-space-size=${process.env.SOAK_HEAP_MB ?? 256}`]);
  await client.initialize();
  const doc = await client.open('drafts/story.md');
  await client.pull(doc.uri);
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const samples: number[] = [];
  const start = Date.now();
  for (let i = 1; i <= EDITS; i++) {
    const d = client.doc(doc.uri);
    const text = d.getText();
    const at = Math.floor(rand() * text.length);
    const remove = rand() < 0.4 ? Math.floor(rand() * 30) : 0;
    const insert = rand() < 0.7 ? ` ${WORDS[Math.floor(rand() * WORDS.length)]}` : rand() < 0.5 ? '\n\n' : '';
    // Keep the draft near its size: a soak measures leaks, not growth of the text.
    const end = Math.min(text.length, at + (text.length > 6000 ? 200 : remove));
    await client.change(doc.uri, [{ range: { start: d.positionAt(at), end: d.positionAt(end) }, newText: insert }]);
    await client.pull(doc.uri);
    if (i % 1000 === 0) {
      const rss = rssMb(client.proc.pid!);
      samples.push(rss);
      console.log(`${i} edits: RSS ${rss.toFixed(1)} MB (${((Date.now() - start) / 1000).toFixed(0)} s)`);
    }
  }
  await client.stop();
  removeDir(folder);
  if (samples.length >= 2) {
    const growth = samples[samples.length - 1] - samples[0];
    console.log(`RSS growth from 1k to ${EDITS / 1000}k edits: ${growth.toFixed(1)} MB (limit 30 MB)`);
    if (growth > 30) process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
