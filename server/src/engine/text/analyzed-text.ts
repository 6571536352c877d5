// The sentence/token model shared by drafts and references.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, PUNCT, …). */
  pos: string;
}

export interface Sentence {
  /** Index in AnalyzedText.sentences. */
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** A Markdown heading or a title line: not a claim to check for attribution. */
  heading: boolean;
  sentences: Sentence[];
}

export interface AnalyzedText {
  /** The document's full text; every offset refers to it. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}
