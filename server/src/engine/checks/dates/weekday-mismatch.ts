// dates/weekday-mismatch: a weekday ("expected on Friday") that contradicts the day the references give
// for the same event ("will hold a call on Wednesday"), each resolved against its own publication date.
import type { Rule } from '../../rule';
import { mismatchFindings } from '../../dates/mismatch';

export const weekdayMismatch: Rule = {
  id: 'dates/weekday-mismatch',
  check: 'dates',
  description: 'A weekday contradicts the day the references give for the same event.',
  defaultLevel: 'warning',
  run: ({ draft, corpus }) => mismatchFindings(draft, corpus, 'weekday'),
};
