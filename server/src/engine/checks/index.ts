// Every rule, one file each, gathered in one list (markdownlint's lib/rules shape).
import type { Rule } from '../rule';
import { titleMismatch } from './names/title-mismatch';
import { spellingVariant } from './names/spelling-variant';
import { inconsistentInDraft } from './names/inconsistent-in-draft';
import { dateMismatch } from './dates/date-mismatch';
import { weekdayMismatch } from './dates/weekday-mismatch';
import { weekdayDateConflict } from './dates/weekday-date-conflict';
import { figureMismatch } from './numbers/figure-mismatch';
import { ageMismatch } from './numbers/age-mismatch';
import { unattributedQuote } from './attribution/unattributed-quote';
import { unattributedClaim } from './attribution/unattributed-claim';
import { vagueAttribution } from './attribution/vague-attribution';
import { misquote } from './quotes/misquote';

export const rules: Rule[] = [titleMismatch, spellingVariant, inconsistentInDraft, dateMismatch, weekdayMismatch, weekdayDateConflict, figureMismatch, ageMismatch, unattributedQuote, unattributedClaim, vagueAttribution, misquote];
