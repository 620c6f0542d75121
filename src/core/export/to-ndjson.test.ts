import { describe, expect, it } from 'vitest';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { expectGolden } from './__fixtures__/expect-golden.ts';
import { toNdjson } from './to-ndjson.ts';

describe('toNdjson', () => {
  const text = toNdjson(exampleClips);
  const lines = text.split('\n');

  it('matches the golden file', () => {
    expectGolden('clips.ndjson', text);
  });

  it('is the bulk format: action and document lines, each valid JSON, ending with a newline', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2 * exampleClips.length);
    lines.forEach((l) => expect(() => JSON.parse(l)).not.toThrow());
    expect(JSON.parse(lines[0]!)).toEqual({ index: { _index: 'bantin-clips', _id: 'clip-lang-son-thu-ngan-sach' } });
    expect(JSON.parse(toNdjson(exampleClips.slice(0, 1), { index: 'team-2026' }).split('\n')[0]!).index._index).toBe('team-2026');
  });

  it('flattens the entities a person left standing into fields to search and aggregate', () => {
    const first = JSON.parse(lines[1]!);
    expect(first).toMatchObject({
      id: 'clip-lang-son-thu-ngan-sach', site: 'Báo Hải quan', publishedDay: '2026-11-18', authors: ['Trí Dũng'],
      campaigns: ['Thi đua yêu nước'], units: ['Cục Hải quan Lạng Sơn'], percents: [31.7], dates: ['2026'],
      amounts: [{ amount: 6452700000000, currency: 'VND', text: '6.452,7 tỷ đồng' }],
      quantities: [{ amount: 3500, unit: 'bộ tờ khai', approx: 'nearly', text: 'gần 3.500 bộ tờ khai' }],
      alsoOnUrls: ['https://baolangson.vn/thu-ngan-sach-5061234.html'],
    });
    const huuNghi = JSON.parse(lines[5]!);
    expect(huuNghi.markers).toEqual(['1039', '1221']);
    expect(huuNghi.campaigns).toEqual(['Dân vận khéo']);
    expect(huuNghi.entityTypes).toEqual(['unit', 'campaign', 'quantity', 'marker']);
    const chiMa = JSON.parse(lines[7]!);
    expect(chiMa).not.toHaveProperty('publishedAt');
    expect(chiMa.places).toEqual(['Cửa khẩu Chi Ma']);
  });
});
