// An entity a person adds from a selection needs the sentence around it, as
// the tagger's entities have (figure tables and exports quote it).

const END = /[.!?…]["”’)]*\s|\n/g;

/** The sentence of `text` holding [start, end), trimmed. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index >= end - 1 || stop > end) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return text.slice(from, Math.max(to, end)).trim();
}
