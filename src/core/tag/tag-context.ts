import { foldFast } from './fold-fast.ts';
import { splitSentences, type SentenceSpan } from './split-sentences.ts';
import { tokenize, type Tokens } from './tokenize.ts';

/** The article's own date, as precise as it is known. */
export interface RefDate {
  year: number;
  month?: number;
  day?: number;
}

/** Everything the finders share about one text, computed once per call. */
export interface TagContext {
  /** The NFC text: all offsets point into it. */
  readonly text: string;
  /** `foldText(text)`: same length, lower-case, no diacritics. */
  readonly fold: string;
  readonly toks: Tokens;
  readonly sentences: SentenceSpan[];
  /** The article's date (publishedAt, the crawler line or the dateline). */
  refDate?: RefDate;
  /** Without a date for the article, the latest year its text writes (to tell the customs generations apart). */
  yearHint?: number;
  /** Lower-case NFC with new-style tones of token `i`. */
  lower(i: number): string;
  /** The NFC text of token `i`. */
  word(i: number): string;
  /** Per-token memo shared by the finders (gazetteer matches, parsed numbers). */
  readonly memo: Map<string, unknown>;
}

/** With a `slot`, the token arrays of the previous context made with that slot are recycled (see tokenize). */
export function createTagContext(nfcText: string, slot?: 0 | 1): TagContext {
  const fold = foldFast(nfcText);
  const toks = tokenize(nfcText, fold, slot);
  return {
    text: nfcText,
    fold,
    toks,
    sentences: splitSentences(nfcText),
    lower(i: number): string {
      return toks.lower[i] ?? '';
    },
    memo: new Map(),
    word(i: number): string {
      return nfcText.slice(toks.start[i]!, toks.end[i]!);
    },
  };
}
