// dates/date-mismatch: a written calendar date ("October 3") that contradicts the references for the
// same event ("its October 1 ballistic missile attack").
import type { Rule } from '../../rule';
import { mismatchFindings } from '../../dates/mismatch';

export const dateMismatch: Rule = {
  id: 'dates/date-mismatch',
  check: 'dates',
  description: 'A date contradicts what the references give for the same event (same participants, same kind of event, nearby time).',
  defaultLevel: 'warning',
  run: ({ draft, corpus }) => mismatchFindings(draft, corpus, 'absolute'),
};
