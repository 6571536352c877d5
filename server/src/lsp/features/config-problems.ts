// Problems with copydesk.json (broken JSON, references that match nothing): a diagnostic in the
// config file itself, and one error message per distinct problem.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE } from '../diagnostic';
import { locateReferenceInput } from '../config-edit';
import type { Project } from '../projects';
import type { ServerContext } from '../context';
import { pathToUri, uriToPath } from '../uri';

export interface ConfigProblems {
  /** Clear what was published for a copydesk.json URI (it was deleted). */
  clear(uri: string): void;
}

export function registerConfigProblems(ctx: ServerContext): ConfigProblems {
  const { connection, projects } = ctx;
  /** copydesk.json URIs with a published problem → what was published (to publish only changes). */
  const published = new Map<string, string>();

  ctx.publishConfigProblems = () => {
    const byConfig = new Map<string, Project>();
    for (const p of projects.all()) if (p.configPath && p.problem && !byConfig.has(p.configPath)) byConfig.set(p.configPath, p);
    for (const [configPath, p] of byConfig) void publish(configPath, p);
    for (const uri of [...published.keys()]) {
      const path = uriToPath(uri);
      if (!path || !byConfig.has(path)) clear(uri);
    }
    // A project broken from the start is announced once (not again on every keystroke in copydesk.json).
    for (const p of projects.all()) if (p.problem && !p.opened && p.announced === undefined) ctx.showProblem(p);
  };

  async function publish(configPath: string, p: Project): Promise<void> {
    const problem = p.problem;
    if (!problem) return;
    const uri = pathToUri(configPath);
    let text = '';
    try {
      text = await ctx.host.readFile(configPath);
    } catch {
      /* unreadable: position 0 */
    }
    let { offset, length } = problem;
    if (problem.input) ({ offset, length } = locateReferenceInput(text, problem.input) ?? { offset, length });
    const doc = TextDocument.create(uri, 'json', 0, text);
    const message = problem.message.startsWith(`${configPath}: `) ? problem.message.slice(configPath.length + 2) : problem.message;
    const diagnostic: Diagnostic = {
      range: { start: doc.positionAt(offset), end: doc.positionAt(offset + Math.max(length, 1)) },
      severity: 1,
      source: DIAGNOSTIC_SOURCE,
      code: 'config',
      message,
    };
    if (p.problem !== problem) return; // fixed meanwhile
    const key = JSON.stringify(diagnostic);
    if (published.get(uri) === key) return;
    published.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics: [diagnostic] }).catch(() => undefined);
  }

  function clear(uri: string): void {
    if (!published.delete(uri)) return;
    void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }

  // An error message for a project's problem, unless that very problem was already announced.
  ctx.showProblem = (p) => {
    const message = p.problem?.message;
    if (!message || p.announced === message) return;
    p.announced = message;
    void Promise.resolve(connection.window.showErrorMessage(`Copydesk: ${message}`)).catch(() => undefined);
  };

  return { clear };
}
