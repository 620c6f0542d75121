import type { ClipEntity } from '../../../core/schemas/clip-entity.ts';

// The reading view is built from the stored plain text and the entities'
// offsets (UTF-16 offsets into core/clip taggedText: lead, blank line, body),
// never by marking up article HTML: paragraphs of text with <mark> spans.

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** The entity this stretch shows, when one covers it. */
  entity?: ClipEntity;
}

export interface TextParagraph {
  start: number;
  end: number;
  /** Part of the lead (sapo) rather than the body. */
  lead: boolean;
  segments: TextSegment[];
}

/** Of the entities covering one stretch, the one to show: standing before rejected, then the narrowest. */
function pick(covering: ClipEntity[]): ClipEntity | undefined {
  return covering.sort(
    (a, b) => Number(a.status === 'rejected') - Number(b.status === 'rejected') || a.end - a.start - (b.end - b.start) || a.id - b.id,
  )[0];
}

/** Entities whose offsets still point at their text (stale ones are listed in the panel, not drawn). */
export function placedEntities(text: string, entities: readonly ClipEntity[]): ClipEntity[] {
  return entities.filter((e) => e.start >= 0 && e.end > e.start && e.end <= text.length && text.slice(e.start, e.end) === e.text);
}

export function paragraphsWithEntities(text: string, entities: readonly ClipEntity[], leadLength: number): TextParagraph[] {
  const placed = placedEntities(text, entities);
  const paragraphs: TextParagraph[] = [];
  const separator = /\n[^\S\n]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    if (text.slice(start, end).trim() === '') return;
    paragraphs.push({ start, end, lead: start < leadLength, segments: segmentsOf(text, start, end, placed) });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

function segmentsOf(text: string, start: number, end: number, entities: readonly ClipEntity[]): TextSegment[] {
  const inside = entities.filter((e) => e.start < end && e.end > start);
  const cuts = new Set([start, end]);
  for (const e of inside) {
    cuts.add(Math.max(start, e.start));
    cuts.add(Math.min(end, e.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const entity = pick(inside.filter((e) => e.start <= a && e.end >= b));
    const last = segments[segments.length - 1];
    if (last && last.entity === entity) {
      last.end = b;
      last.text = text.slice(last.start, b);
    } else {
      segments.push({ start: a, end: b, text: text.slice(a, b), ...(entity ? { entity } : {}) });
    }
  }
  return segments;
}
