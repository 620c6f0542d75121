import { normalizeTone } from '../text/fold.ts';
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
  /** Lower-case NFC with new-style tones of token `i` (cached). */
  lower(i: number): string;
  /** The NFC text of token `i`. */
  word(i: number): string;
  /** Per-token memo shared by the finders (gazetteer matches, parsed numbers). */
  readonly memo: Map<string, unknown>;
}

// Only a vowel pair with a tone mark can need moving ("hoà" → "hòa").
const OLD_TONE = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/;

export function createTagContext(nfcText: string): TagContext {
  const fold = foldFast(nfcText);
  const toks = tokenize(nfcText, fold);
  const cache: (string | undefined)[] = new Array(toks.count);
  return {
    text: nfcText,
    fold,
    toks,
    sentences: splitSentences(nfcText),
    lower(i: number): string {
      let s = cache[i];
      if (s === undefined) {
        s = nfcText.slice(toks.start[i]!, toks.end[i]!).toLowerCase();
        if (OLD_TONE.test(s)) s = normalizeTone(s);
        cache[i] = s;
      }
      return s;
    },
    memo: new Map(),
    word(i: number): string {
      return nfcText.slice(toks.start[i]!, toks.end[i]!);
    },
  };
}
