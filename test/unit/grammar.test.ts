// The TextMate injection grammar (syntaxes/) tokenized the way VS Code does it: vscode-textmate with the
// Oniguruma WASM build, injected into VS Code's own Markdown grammar (from tm-grammars).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const INJECTION_FILE = 'syntaxes/copydesk-markdown.injection.tmLanguage.json';
const INJECTION_SCOPE = 'markdown.copydesk.injection';

const hostGrammars: Record<string, string> = {
  'text.html.markdown': 'markdown.json',
  'text.html.derivative': 'html-derivative.json',
  'text.html.basic': 'html.json',
};

async function loadMarkdownGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      const file =
        scopeName === INJECTION_SCOPE
          ? join(root, INJECTION_FILE)
          : hostGrammars[scopeName] && require.resolve(`tm-grammars/grammars/${hostGrammars[scopeName]}`);
      // Embedded languages (YAML, CSS, JS, fenced code) are not needed here; VS Code tolerates them missing too.
      if (!file) return null;
      return vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
    // As VS Code does for `contributes.grammars[].injectTo`.
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'Markdown grammar loads');
  return grammar;
}

interface Tok {
  line: number;
  text: string;
  scopes: string[];
}

function tokenize(grammar: vsctm.IGrammar, source: string): Tok[] {
  const out: Tok[] = [];
  let state = vsctm.INITIAL;
  source.split('\n').forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  });
  return out;
}

/** Scopes of the token(s) covering exactly `text` on a line (the first occurrence), joined. */
function scopesOf(tokens: Tok[], line: number, text: string): string[] {
  const onLine = tokens.filter((t) => t.line === line);
  const full = onLine.map((t) => t.text).join('');
  const at = full.indexOf(text);
  assert.ok(at >= 0, `"${text}" on line ${line}: ${JSON.stringify(full)}`);
  let pos = 0;
  const covering: Tok[] = [];
  for (const t of onLine) {
    const end = pos + t.text.length;
    if (end > at && pos < at + text.length) covering.push(t);
    pos = end;
  }
  const first = covering[0].scopes;
  for (const t of covering) assert.deepEqual(t.scopes, first, `"${text}" is one token kind: ${JSON.stringify(covering)}`);
  return first;
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
const hasWord = (scopes: string[], part: string) => scopes.some((s) => s.split(' ').some((x) => x.startsWith(part)));

describe('syntaxes: Copydesk injection grammar for Markdown', () => {
  let grammar: vsctm.IGrammar;
  before(async () => {
    grammar = await loadMarkdownGrammar();
  });

  it('is contributed in package.json as an injection into Markdown', () => {
    const raw = JSON.parse(readFileSync(join(root, INJECTION_FILE), 'utf8'));
    assert.equal(raw.scopeName, INJECTION_SCOPE);
    const entry = (manifest.contributes?.grammars ?? []).find((g: { path?: string }) => g.path === `./${INJECTION_FILE}`);
    assert.ok(entry, 'contributes.grammars has the injection grammar');
    assert.equal(entry.scopeName, INJECTION_SCOPE);
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
  });

  it('scopes a disable-next-line directive: comment, keyword and rule code', () => {
    const toks = tokenize(grammar, 'Intro paragraph.\n\n<!-- copydesk-disable-next-line names/title-mismatch -->\nMayor Ilse Varga spoke.');
    const keyword = scopesOf(toks, 2, 'copydesk-disable-next-line');
    assert.ok(has(keyword, 'keyword.control.directive.copydesk'), keyword.join(' | '));
    assert.ok(hasWord(keyword, 'meta.directive.copydesk'));
    assert.ok(hasWord(keyword, 'comment.block.html'), 'still a comment for themes');

    const check = scopesOf(toks, 2, 'names');
    assert.ok(has(check, 'entity.name.tag.rule.copydesk'), check.join(' | '));
    assert.ok(has(scopesOf(toks, 2, '/'), 'punctuation.separator.rule.copydesk'));
    assert.ok(has(scopesOf(toks, 2, 'title-mismatch'), 'entity.name.tag.rule.copydesk'));
    assert.ok(has(scopesOf(toks, 2, '<!--'), 'punctuation.definition.comment.html'));
    assert.ok(has(scopesOf(toks, 2, '-->'), 'punctuation.definition.comment.html'));
    // The line after is ordinary prose again.
    assert.ok(!hasWord(scopesOf(toks, 3, 'Mayor Ilse Varga'), 'meta.directive'));
  });

  it('scopes block directives with several rules and check names', () => {
    const toks = tokenize(grammar, '<!-- copydesk-disable dates, names/spelling-variant -->\nText.\n<!-- copydesk-enable -->\n');
    assert.ok(has(scopesOf(toks, 0, 'copydesk-disable'), 'keyword.control.directive.copydesk'));
    assert.ok(has(scopesOf(toks, 0, 'dates'), 'entity.name.tag.rule.copydesk'));
    assert.ok(has(scopesOf(toks, 0, ','), 'punctuation.separator.list.copydesk'));
    assert.ok(has(scopesOf(toks, 0, 'spelling-variant'), 'entity.name.tag.rule.copydesk'));
    assert.ok(has(scopesOf(toks, 2, 'copydesk-enable'), 'keyword.control.directive.copydesk'));
  });

  it('finds directives inside a paragraph, indented, and in a list item', () => {
    const toks = tokenize(
      grammar,
      'The council met. <!-- copydesk-disable-next-line attribution -->\n\n  <!-- copydesk-disable -->\n\n- item <!-- copydesk-enable dates -->',
    );
    assert.ok(has(scopesOf(toks, 0, 'copydesk-disable-next-line'), 'keyword.control.directive.copydesk'));
    assert.ok(has(scopesOf(toks, 0, 'attribution'), 'entity.name.tag.rule.copydesk'));
    assert.ok(has(scopesOf(toks, 2, 'copydesk-disable'), 'keyword.control.directive.copydesk'));
    assert.ok(has(scopesOf(toks, 4, 'copydesk-enable'), 'keyword.control.directive.copydesk'));
    assert.ok(has(scopesOf(toks, 4, 'dates'), 'entity.name.tag.rule.copydesk'));
  });

  it('leaves ordinary comments, unclosed comments and look-alikes to Markdown', () => {
    const toks = tokenize(
      grammar,
      '<!-- an editor note about names -->\n\n<!-- copydesk-disable-next-line names\n-->\n\n<!-- copydesk-disabled dates -->',
    );
    const note = scopesOf(toks, 0, 'an editor note about names');
    assert.ok(hasWord(note, 'comment.block.html'));
    assert.ok(!hasWord(note, 'entity.name.tag.rule'));
    // The engine reads a directive from one line only; a comment left open is a plain comment.
    assert.ok(!hasWord(scopesOf(toks, 2, 'copydesk-disable-next-line'), 'keyword.control.directive'));
    assert.ok(!hasWord(scopesOf(toks, 5, 'copydesk-disabled'), 'keyword.control.directive'));
  });

  it('does not touch code: fenced, indented and inline', () => {
    const toks = tokenize(
      grammar,
      '```md\n<!-- copydesk-disable -->\nShe said so.\n```\n\n    <!-- copydesk-enable --> said\n\nUse `<!-- copydesk-disable -->` to silence; `said` too.',
    );
    assert.ok(!hasWord(scopesOf(toks, 1, 'copydesk-disable'), 'keyword.control.directive'));
    assert.ok(!hasWord(scopesOf(toks, 5, 'copydesk-enable'), 'keyword.control.directive'));
    assert.ok(!hasWord(scopesOf(toks, 7, 'copydesk-disable'), 'keyword.control.directive'));
  });
});
