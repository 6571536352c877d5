// npm run bench:accuracy — scores the built CLI on the project's accuracy development set (bench/accuracy: drafts
// with planted errors about stories of ../shared/realcopy) with ../shared/tools/score.mjs, then prints recall and
// precision per check. It measures: it exits 0 whatever the scores (1 only when it cannot run).
// Extra arguments (e.g. --checks dates,numbers) are passed to score.mjs. `--set heldout` scores bench/heldout instead
// (npm run bench:heldout): the held-out drafts, never used to tune the checks.
import { join } from 'node:path';
import { projectRoot, requireShared, build, runTool } from './shared-tools.mjs';

const extra = process.argv.slice(2);
const setAt = extra.indexOf('--set');
const set = setAt >= 0 ? extra.splice(setAt, 2)[1] : 'accuracy';
const script = `bench:${set}`;
const score = requireShared(script, 'tools', 'score.mjs');
const refs = requireShared(script, 'realcopy');
build(script);

const args = ['--drafts', join(projectRoot, 'bench', set), '--refs', refs, '-v', ...extra];
const { status, stdout } = runTool(score, args, { capture: true });
process.stdout.write(stdout);

// score.mjs ends with "accuracy: recall R precision P (names tp/n fpF; ...)"; turn the counts into a table.
const summary = stdout.trim().split('\n').pop() ?? '';
const counts = [...summary.matchAll(/(\w+) (\d+)\/(\d+) fp(\d+)/g)];
if (!counts.length) {
  console.log(`${script}: score.mjs did not print its summary line (exit ${status}); nothing to tabulate.`);
  process.exit(status === 0 ? 0 : 1);
}
const ratio = (a, b) => (b ? (a / b).toFixed(2) : ' -  ');
console.log('\ncheck        planted  found  missed  false+  recall  precision');
let all = { tp: 0, n: 0, fp: 0 };
for (const [, check, tp, n, fp] of counts) {
  const [t, m, f] = [Number(tp), Number(n), Number(fp)];
  all = { tp: all.tp + t, n: all.n + m, fp: all.fp + f };
  console.log(`${check.padEnd(12)} ${String(m).padStart(7)} ${String(t).padStart(6)} ${String(m - t).padStart(7)} ${String(f).padStart(7)} ${ratio(t, m).padStart(7)} ${ratio(t, t + f).padStart(10)}`);
}
console.log(`${'all'.padEnd(12)} ${String(all.n).padStart(7)} ${String(all.tp).padStart(6)} ${String(all.n - all.tp).padStart(7)} ${String(all.fp).padStart(7)} ${ratio(all.tp, all.n).padStart(7)} ${ratio(all.tp, all.tp + all.fp).padStart(10)}`);
process.exit(0);
