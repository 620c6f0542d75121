import { describe, expect, it } from 'vitest';
import { taggedText } from '../../../core/clip/tagged-text.ts';
import type { ClipEntity } from '../../../core/schemas/clip-entity.ts';
import { paragraphsWithEntities } from './text-segments.ts';

const LEAD = 'Cục Hải quan Lạng Sơn thu 6.452,7 tỷ đồng.';
const BODY = 'Phong trào thi đua dân vận khéo được phát động.\n\nĐơn vị có 430 cán bộ.';
const TEXT = taggedText(LEAD, BODY);

let id = 0;
function entity(type: ClipEntity['type'], text: string, status: ClipEntity['status'] = 'auto', from = 0): ClipEntity {
  const start = TEXT.indexOf(text, from);
  return { id: ++id, clipId: 'c', key: '', type, text, start, end: start + text.length, sentence: '', value: text, status } as ClipEntity;
}

describe('paragraphsWithEntities', () => {
  it('splits lead and body paragraphs and marks entities at their offsets', () => {
    const unit = entity('unit', 'Cục Hải quan Lạng Sơn', 'confirmed');
    const amount = entity('amount', '6.452,7 tỷ đồng');
    const campaign = entity('campaign', 'dân vận khéo');
    const paragraphs = paragraphsWithEntities(TEXT, [campaign, amount, unit], LEAD.length);
    expect(paragraphs.map((p) => [p.lead, TEXT.slice(p.start, p.end)])).toEqual([
      [true, LEAD],
      [false, 'Phong trào thi đua dân vận khéo được phát động.'],
      [false, 'Đơn vị có 430 cán bộ.'],
    ]);
    const marked = paragraphs.flatMap((p) => p.segments.filter((s) => s.entity).map((s) => [s.text, s.start, s.entity!.type]));
    expect(marked).toEqual([
      ['Cục Hải quan Lạng Sơn', 0, 'unit'],
      ['6.452,7 tỷ đồng', LEAD.indexOf('6.452'), 'amount'],
      ['dân vận khéo', TEXT.indexOf('dân vận'), 'campaign'],
    ]);
    // Every character is in exactly one segment, in order.
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n\n')).toBe(TEXT);
  });

  it('shows the narrower standing entity where two overlap, and skips stale offsets', () => {
    const wide = entity('unit', 'Cục Hải quan Lạng Sơn', 'rejected');
    const narrow = entity('place', 'Lạng Sơn');
    const stale = { ...entity('percent', '430'), start: 3, end: 6 };
    const [lead, , last] = paragraphsWithEntities(TEXT, [wide, narrow, stale], LEAD.length);
    expect(lead!.segments.map((s) => [s.text, s.entity?.type])).toEqual([
      ['Cục Hải quan ', 'unit'],
      ['Lạng Sơn', 'place'],
      [' thu 6.452,7 tỷ đồng.', undefined],
    ]);
    expect(last!.segments.every((s) => !s.entity)).toBe(true);
  });
});
