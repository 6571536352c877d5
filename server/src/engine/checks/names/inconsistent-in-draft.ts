import type { Rule } from '../../rule';

// Placeholder while the names engine is written; replaced in the next commits.
export const inconsistentInDraft: Rule = {
  id: 'names/inconsistent-in-draft',
  check: 'names',
  description: '',
  defaultLevel: 'warning',
  run: () => [],
};
