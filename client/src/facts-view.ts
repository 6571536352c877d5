// "Story facts": what the engine found in the active draft — people with their titles, organisations,
// dates, quotes and their speakers — each marked when a finding contradicts it or references confirm
// it. Clicking an item reveals it in the draft. Data comes from the server (copydesk/storyFacts).
import * as vscode from 'vscode';
import type { FactFinding, StoryFacts, StoryMention } from '../../server/src/lsp/protocol';

type Node =
  | { kind: 'group'; label: string; icon: string; children: Node[] }
  | { kind: 'fact'; label: string; description?: string; tooltip: string; icon: string; range?: vscode.Range; uri: string; children: Node[]; findings: FactFinding[] };

export class StoryFactsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private facts: StoryFacts | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly fetch: (uri: string) => Promise<StoryFacts | null>) {
    this.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(() => this.refresh()));
  }

  /** Re-read the facts of the draft shown (debounced: statuses arrive after every check). */
  refresh(uri?: string): void {
    if (uri && !this.isShown(uri)) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), 150);
  }

  /** Whether the view shows a draft's facts. */
  hasDraft(): boolean {
    return this.facts !== null;
  }

  /** The facts shown are of `uri`, or `uri` is the active editor's document. */
  private isShown(uri: string): boolean {
    const u = vscode.Uri.parse(uri).toString();
    return vscode.window.activeTextEditor?.document.uri.toString() === u || (this.facts !== null && vscode.Uri.parse(this.facts.uri).toString() === u);
  }

  /**
   * The active draft's facts. A document that is not a draft (a reference opened beside the draft,
   * the output, settings) leaves the last draft's facts in place while that draft is open.
   */
  async load(): Promise<StoryFacts | null> {
    const doc = vscode.window.activeTextEditor?.document;
    let next: StoryFacts | null = null;
    if (doc?.languageId === 'markdown') next = await this.fetch(doc.uri.toString()).catch(() => null);
    if (!next && this.facts && vscode.workspace.textDocuments.some((d) => d.uri.toString() === vscode.Uri.parse(this.facts!.uri).toString())) {
      next = await this.fetch(this.facts.uri).catch(() => null);
    }
    this.facts = next;
    this.changed.fire(undefined);
    return this.facts;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const collapsible = node.children.length
      ? node.kind === 'group'
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, collapsible);
    if (node.kind === 'group') {
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.description = String(node.children.length);
      return item;
    }
    item.description = node.description;
    item.tooltip = new vscode.MarkdownString(node.tooltip);
    item.iconPath = node.findings.length ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon(node.icon);
    if (node.range) {
      item.command = {
        title: 'Reveal',
        command: 'vscode.open',
        arguments: [vscode.Uri.parse(node.uri), { selection: node.range, preserveFocus: false } satisfies vscode.TextDocumentShowOptions],
      };
    }
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (node) return node.children;
    const f = this.facts;
    if (!f) return [];
    const uri = f.uri;
    const r = (x: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
      new vscode.Range(x.start.line, x.start.character, x.end.line, x.end.character);
    // A person named many times: one row per way the draft writes them ("Foreign Minister Maria
    // Lindqvist", "Lindqvist"), with how often and where, instead of a row per mention.
    const formNodes = (mentions: StoryMention[]): Node[] => {
      const forms = new Map<string, StoryMention[]>();
      for (const m of mentions) {
        const key = m.title ? `${m.title} ${m.text}` : m.text;
        forms.set(key, [...(forms.get(key) ?? []), m]);
      }
      return [...forms].map(([label, ms]) => {
        const lines = [...new Set(ms.map((m) => m.range.start.line + 1))];
        const findings = ms.flatMap((m) => m.findings);
        return {
          kind: 'fact',
          label,
          description: `${ms.length > 1 ? `${ms.length}× · ` : ''}line${lines.length === 1 ? '' : 's'} ${lines.slice(0, 6).join(', ')}${lines.length > 6 ? '…' : ''}`,
          tooltip: findingsText(findings) || 'No finding.',
          icon: 'quote',
          range: r(ms[0].range),
          uri,
          children: [],
          findings,
        };
      });
    };
    const people: Node[] = f.people.map((p) => {
      const findings = p.mentions.flatMap((m) => m.findings);
      const refs = p.referenceLabels ?? p.references.map((u) => vscode.workspace.asRelativePath(vscode.Uri.parse(u)));
      const contradicted = findings.length ? `contradicted: ${findings.length} finding${findings.length === 1 ? '' : 's'}` : '';
      const confirmed = refs.length ? `in ${refs.length} reference${refs.length === 1 ? '' : 's'}` : 'not in the references';
      return {
        kind: 'fact',
        label: p.name,
        description: [p.titles.join(', '), contradicted || confirmed].filter(Boolean).join(' · '),
        tooltip: [findingsText(findings), refs.length ? `Named in: ${refs.join('; ')}` : 'The references do not mention this name.'].filter(Boolean).join('\n\n'),
        icon: 'person',
        range: p.mentions[0] ? r(p.mentions[0].range) : undefined,
        uri,
        children: formNodes(p.mentions),
        findings,
      };
    });
    const orgs: Node[] = f.organizations.map((o) => ({
      kind: 'fact',
      label: o.name,
      description: `${o.mentions.length} mention${o.mentions.length === 1 ? '' : 's'}`,
      tooltip: findingsText(o.mentions.flatMap((m) => m.findings)) || o.name,
      icon: 'organization',
      range: o.mentions[0] ? r(o.mentions[0].range) : undefined,
      uri,
      children: o.mentions.length > 1 ? formNodes(o.mentions) : [],
      findings: o.mentions.flatMap((m) => m.findings),
    }));
    const dates: Node[] = f.dates.map((d) => ({
      kind: 'fact',
      label: d.text,
      description: d.label ?? d.value,
      tooltip: findingsText(d.findings) || `Read as ${d.label ?? d.value}${f.published ? ` (the draft is dated ${f.published})` : ''}.`,
      icon: 'calendar',
      range: r(d.range),
      uri,
      children: [],
      findings: d.findings,
    }));
    const quotes: Node[] = f.quotes.map((q) => ({
      kind: 'fact',
      label: q.text.length > 60 ? `${q.text.slice(0, 59)}…` : q.text,
      description: q.speaker ?? 'no speaker',
      tooltip: findingsText(q.findings) || (q.speaker ? `Said by ${q.speaker}.` : 'No speaker found for this quote.'),
      icon: 'comment',
      range: r(q.range),
      uri,
      children: [],
      findings: q.findings,
    }));
    return [
      { kind: 'group', label: 'People', icon: 'person', children: people },
      { kind: 'group', label: 'Organizations', icon: 'organization', children: orgs },
      { kind: 'group', label: 'Dates', icon: 'calendar', children: dates },
      { kind: 'group', label: 'Quotes', icon: 'quote', children: quotes },
    ];
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function findingsText(findings: FactFinding[]): string {
  return findings.map((f) => `**${f.code}**: ${f.message}`).join('\n\n');
}
