// Resolving copydesk.json reference paths: honest messages and confinement, on an in-memory host
// (links and unreadable folders simulated through the host's realpath and unreadable hooks).
import assert from 'node:assert/strict';
import { memoryHost } from '../helpers/memory-host';
import { ConfigError } from '../../server/src/engine/index';
import { openProject, resolveReferenceFiles } from '../../server/src/engine/project';

describe('reference paths', () => {
  it('says a folder cannot be read (permission denied), not that it matches no .txt', async () => {
    const host = { ...memoryHost({ '/p/refs/.keep': '' }), unreadable: async () => 'permission denied' };
    await assert.rejects(resolveReferenceFiles(host, ['refs'], '/p'), (e: Error) => {
      assert.ok(e instanceof ConfigError);
      assert.equal(e.message, 'cannot read folder /p/refs: permission denied');
      return true;
    });
  });

  it('refuses a file whose real path is outside the project, naming it; reads a link to an inside file once', async () => {
    const files = { '/p/copydesk.json': JSON.stringify({ references: ['refs'] }), '/p/refs/a.txt': 'Inside text.', '/p/refs/b.txt': 'Same file.', '/p/refs/c.txt': 'x' };
    const links: Record<string, string> = { '/p/refs/b.txt': '/p/refs/a.txt' };
    const host = { ...memoryHost(files), realpath: async (p: string) => links[p] ?? p };
    const project = await openProject(host, { startDir: '/p' });
    assert.deepEqual(project.referenceFiles, ['/p/refs/a.txt', '/p/refs/c.txt']);
    links['/p/refs/c.txt'] = '/etc/secret.txt';
    await assert.rejects(openProject(host, { startDir: '/p' }), /leads outside the project folder \/p \(to \/etc\/secret\.txt\)/);
    const allowed = await openProject(host, { startDir: '/p', allowOutsideReferences: true });
    assert.equal(allowed.referenceFiles.length, 2);
  });

  it('refuses an absolute glob before walking anything', async () => {
    let walked = false;
    const host = { ...memoryHost({ '/p/copydesk.json': JSON.stringify({ references: ['/**/*.txt'] }) }), glob: async () => ((walked = true), []) };
    await assert.rejects(openProject(host, { startDir: '/p' }), /leads outside the project folder/);
    assert.equal(walked, false);
  });
});
