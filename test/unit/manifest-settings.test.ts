// The Settings UI lists what package.json declares: every rule's severity must be there by name.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../server/src/engine/checks/index';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const checks = manifest.contributes.configuration.properties['copydesk.checks'];

describe('copydesk.checks in package.json', () => {
  it('declares every check and every rule, with the four levels', () => {
    const ids = [...new Set(rules.map((r) => r.check)), ...rules.map((r) => r.id)];
    assert.deepEqual(Object.keys(checks.properties).sort(), ids.sort());
    for (const id of ids) assert.deepEqual(checks.properties[id].enum, ['off', 'info', 'warning', 'error'], id);
  });

  it('describes each rule by its id', () => {
    for (const r of rules) assert.match(checks.properties[r.id].markdownDescription, new RegExp(`^\`${r.id}\``), r.id);
  });
});
