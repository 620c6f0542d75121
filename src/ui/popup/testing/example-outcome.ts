import type { ClipOutcome } from '../../../core/schemas/clip-outcome.ts';
import type { ClipEntity } from '../../../core/schemas/clip-entity.ts';
import { makeClip } from '../../../platform/db/testing/fake-db.ts';

// A freshly clipped article as the background reports it, with one entity
// of each family (and a repeated unit), for the popup's tests.

const sentence = 'Cục Hải quan Lạng Sơn thu 6.452,7 tỷ đồng, tăng 12%, trong chuyên đề chống buôn lậu.';
let id = 0;
const at = (text: string) => ({ text, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, sentence });
const row = (entity: Omit<ClipEntity, 'id' | 'clipId' | 'key'>, key: string): ClipEntity => ({ ...entity, id: ++id, clipId: 'c-new', key }) as ClipEntity;

export const exampleEntities: ClipEntity[] = [
  row({ type: 'unit', ...at('Cục Hải quan Lạng Sơn'), value: 'Cục Hải quan Lạng Sơn', status: 'auto' }, 'unit:Cục Hải quan Lạng Sơn'),
  row({ type: 'amount', ...at('6.452,7 tỷ đồng'), value: { amount: 6_452_700_000_000, currency: 'VND' }, status: 'auto' }, 'type:amount'),
  row({ type: 'percent', ...at('12%'), value: 12, status: 'auto' }, 'type:percent'),
  row({ type: 'campaign', ...at('chống buôn lậu'), value: 'Chống buôn lậu', status: 'confirmed' }, 'campaign:Chống buôn lậu'),
  row({ type: 'place', ...at('Lạng Sơn'), value: 'Lạng Sơn', status: 'auto' }, 'place:Lạng Sơn'),
  // A second mention of the unit, and one a person rejected.
  { ...row({ type: 'unit', ...at('Cục Hải quan Lạng Sơn'), value: 'Cục Hải quan Lạng Sơn', status: 'auto' }, 'unit:Cục Hải quan Lạng Sơn'), start: 90, end: 111 },
  row({ type: 'person', ...at('Sơn thu'), value: 'Sơn Thu', status: 'rejected' }, ''),
];

export function clippedOutcome(overrides: Partial<Parameters<typeof makeClip>[0]> = {}): Extract<ClipOutcome, { kind: 'clipped' }> {
  return {
    kind: 'clipped',
    clip: makeClip({ id: 'c-new', title: 'Hải quan Lạng Sơn thu ngân sách vượt chỉ tiêu', warnings: ['no-byline'], ...overrides }),
    entities: exampleEntities,
    sameStoryAs: { clipId: 'c-old', title: 'Lạng Sơn vượt thu', siteName: 'Báo Lạng Sơn', url: 'https://baolangson.vn/a.html' },
  };
}
