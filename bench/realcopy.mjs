// npm run bench:realcopy -- [--limit N --seed S | --clusters a,b] [--jobs N] [--out FILE] [-v]
// Builds, then runs ../shared/tools/realcopy.mjs (findings per rule on real published articles checked against
// the other articles of their story) from the project root; every argument is passed through.
import { requireShared, build, runTool } from './shared-tools.mjs';

const script = 'bench:realcopy';
const tool = requireShared(script, 'tools', 'realcopy.mjs');
requireShared(script, 'realcopy');
build(script);
process.exit(runTool(tool, process.argv.slice(2)).status);
