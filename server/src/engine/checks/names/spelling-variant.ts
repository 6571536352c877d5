import type { Rule } from '../../rule';

// Placeholder while the names engine is written; replaced in the next commits.
export const spellingVariant: Rule = {
  id: 'names/spelling-variant',
  check: 'names',
  description: '',
  defaultLevel: 'warning',
  run: () => [],
};
