// The packaged extension is there, activates, and contributes what its manifest says.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceRoot } from '../helpers';

describe('activation', () => {
  it('finds the Copydesk extension and activates it', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('runs the packaged extension when COPYDESK_EXPECT_PACKAGED is set (a .vsix has no sources)', function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    if (!process.env.COPYDESK_EXPECT_PACKAGED) {
      // The electron launcher runs the repository itself as the development extension.
      assert.ok(existsSync(join(ext.extensionPath, 'package.json')));
      return;
    }
    assert.ok(existsSync(join(ext.extensionPath, 'dist', 'extension.js')), 'dist/extension.js is packaged');
    assert.ok(existsSync(join(ext.extensionPath, 'syntaxes')), 'syntaxes/ is packaged');
    assert.ok(!existsSync(join(ext.extensionPath, 'client', 'src')), 'client sources are not packaged');
    assert.ok(!existsSync(join(ext.extensionPath, 'node_modules')), 'node_modules are not packaged (dist/ is bundled)');
  });

  it('contributes the Markdown injection grammar', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const grammars = ext.packageJSON.contributes?.grammars ?? [];
    const injection = grammars.find((g: { injectTo?: string[] }) => g.injectTo?.includes('text.html.markdown'));
    assert.ok(injection, 'an injection grammar for Markdown');
    assert.ok(existsSync(join(ext.extensionPath, injection.path)), `${injection.path} is in the extension`);
  });

  it('opens the fixture workspace with its copydesk.json', () => {
    assert.ok(existsSync(join(workspaceRoot(), 'copydesk.json')));
  });
});
