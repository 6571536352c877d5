// Read a fixture folder into memory (test/fixtures/<name>) as reference files for engineWithReferences.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function fixtureFiles(name: string): Record<string, string> {
  const dir = join(__dirname, '..', 'fixtures', name);
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir)) files[f] = readFileSync(join(dir, f), 'utf8');
  return files;
}
