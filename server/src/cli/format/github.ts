// `--format github`: GitHub Actions workflow commands, one per finding, e.g.
// ::warning file=drafts/a.md,line=3,col=5,endLine=3,endColumn=12,title=copydesk names/spelling-variant::message
// Escaping as GitHub's runner does (toolkit/packages/core/src/command.ts): the message escapes % \r \n,
// property values additionally : and ,.
import { evidenceMessage } from '../../lsp/diagnostic';
import type { RunReport } from '../report';
import type { Severity } from '../../engine/types';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function formatGithub(report: RunReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    file.diagnostics.forEach((d, i) => {
      const finding = file.findings[i];
      const props = [
        `file=${escapeProperty(file.displayPath)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`copydesk ${finding.rule}`)}`,
      ];
      // One evidence sentence: an annotation is read inline in a pull request, where more is noise.
      const body = [finding.message, ...finding.evidence.slice(0, 1).map((e) => `  ${evidenceMessage(e)}`)].join('\n');
      lines.push(`::${COMMAND[finding.severity]} ${props.join(',')}::${escapeData(body)}`);
    });
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
