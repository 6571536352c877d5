// Every rule, one file each, gathered in one list (markdownlint's lib/rules shape).
import type { Rule } from '../rule';
import { titleMismatch } from './names/title-mismatch';
import { spellingVariant } from './names/spelling-variant';
import { inconsistentInDraft } from './names/inconsistent-in-draft';
import { dateMismatch } from './dates/date-mismatch';
import { weekdayMismatch } from './dates/weekday-mismatch';
import { weekdayDateConflict } from './dates/weekday-date-conflict';

export const rules: Rule[] = [titleMismatch, spellingVariant, inconsistentInDraft, dateMismatch, weekdayMismatch, weekdayDateConflict];
