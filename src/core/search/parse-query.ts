import { canonicalSpelling, foldText } from '../text/fold.ts';
import { tokenize } from './tokenize.ts';

/** Beyond this many distinct terms a query is a pasted paragraph; the rest only narrow an AND further. */
export const MAX_QUERY_TERMS = 32;

export interface QueryTerm {
  /** Folded form, the key into the index. */
  folded: string;
  /** Lower-case form as typed (canonical tone placement). */
  exact: string;
  /** The user typed diacritics, so documents with exactly these rank first. */
  marked: boolean;
  /** The last term while typing: matches every indexed term it begins. */
  prefix: boolean;
}

/**
 * Splits a query into the same tokens as the documents. The last term is a
 * prefix unless the query ends on a separator (the user finished the word).
 */
export function parseQuery(query: string): QueryTerm[] {
  const text = canonicalSpelling(query.length > 4096 ? query.slice(0, 4096) : query);
  const terms: QueryTerm[] = [];
  let lastEnd = -1;
  tokenize(text, (exact, _start, end) => {
    const folded = foldText(exact);
    terms.push({ folded, exact, marked: exact !== folded, prefix: false });
    lastEnd = end;
  });
  const last = terms[terms.length - 1];
  if (last && lastEnd === text.length) last.prefix = true;
  const seen = new Set<string>();
  const unique: QueryTerm[] = [];
  for (const t of terms) {
    const key = `${t.prefix ? '*' : ''}${t.exact}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(t);
    if (unique.length === MAX_QUERY_TERMS) break;
  }
  return unique;
}
