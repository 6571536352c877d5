import type { Rule } from '../../rule';

// Placeholder while the names engine is written; replaced in the next commits.
export const titleMismatch: Rule = {
  id: 'names/title-mismatch',
  check: 'names',
  description: '',
  defaultLevel: 'warning',
  run: () => [],
};
