// Which way a bare weekday or a yearless date points. News is written about the past, so a bare
// "Friday" is the most recent Friday, unless its clause looks ahead ("will", "is scheduled",
// "expected", "plans to"). A past-tense plan ("had been scheduled to host him on Wednesday",
// "was expected to depart on Tuesday night") may point either way: the nearest day wins.

export type Direction = 'past' | 'forward' | 'nearest';

const PUNCT_BOUNDARY = /[;:()\u2014\u2013"\u201c\u201d]|,\s|\s-\s/g;
const WORD_BOUNDARY = /\b(?:that|but|because|although|though|whereas|which|who|whom|said|says|told|according|while|when|after|before|since|and then)\b/gi;

/** The clause around [start, end): cut at punctuation and at clause-opening words. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let left = 0;
  let right = text.length;
  for (const re of [PUNCT_BOUNDARY, WORD_BOUNDARY]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const at = m.index;
      if (at + m[0].length <= start) left = Math.max(left, at + m[0].length);
      else if (at >= end) {
        right = Math.min(right, at);
        break;
      }
    }
  }
  // A fronted adverbial ("On Friday, the leaders will meet"): the clause is the one it modifies.
  const before = text.slice(left, start);
  if (/^\s*(?:on|by|until|in|early|late|later|earlier)?\s*$/i.test(before) && /^\s*,/.test(text.slice(end))) {
    const comma = text.indexOf(',', end);
    let next = text.length;
    PUNCT_BOUNDARY.lastIndex = comma + 1;
    const m = PUNCT_BOUNDARY.exec(text);
    if (m) next = m.index;
    right = Math.max(right, next);
  }
  return { start: left, end: right };
}

const PAST_PLAN =
  /\b(?:was|were|had(?: been)?|'d)\s+(?:\w+ly\s+)?(?:scheduled|expected|due|set|slated|supposed|planned|meant|poised|to|going to)\b|\bwould(?:n't)?\b|\boriginally\b|\bwas to have\b/i;
const FORWARD =
  /\b(?:will|won't|shall|'ll|going to|scheduled|slated|due to|due on|set to|set for|(?<!as )expected|expects?|plans? to|planning|planned|intends?|aims?|hopes?|upcoming|coming|next|ahead of|await(?:s|ing)?|pending|could(?! not|n't)|might|should|is to|are to|to be held|later)\b|\b(?:is|are)\s+\w+ing\b|\b(?:begins|starts|opens|resumes|convenes|expires|kicks off|takes effect|takes place|is due|are due)\b/;
const MODAL_MAY = /\bmay\b/; // lower-case only: "May" is the month
// Headline future: "Leaders to hold call on Wednesday".
const HEADLINE_TO = /\b[A-Z][\w'’.-]+\s+to\s+(?:hold|meet|visit|travel|speak|talk|vote|sign|host|attend|begin|start|resume|open|announce|unveil|decide|face|make|give|deliver|launch|hold)\b/;

export function directionFor(text: string, start: number, end: number): Direction {
  const clause = clauseAround(text, start, end);
  const around = text.slice(clause.start, start) + ' ' + text.slice(end, clause.end);
  if (PAST_PLAN.test(around)) return 'nearest';
  if (FORWARD.test(around.toLowerCase()) || MODAL_MAY.test(around) || HEADLINE_TO.test(around)) return 'forward';
  return 'past';
}
