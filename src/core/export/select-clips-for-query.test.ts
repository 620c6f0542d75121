import { describe, expect, it } from 'vitest';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { makeClip } from './__fixtures__/make-clip.ts';
import { selectClipsForQuery } from './select-clips-for-query.ts';
import { vietnamDay } from './vietnam-day.ts';

const ids = (cs: { id: string }[]) => cs.map((c) => c.id);
const week = { start: '2026-11-17', end: '2026-11-23' };

describe('vietnamDay', () => {
  it('reads instants in Vietnam time and bare days as they are', () => {
    expect(vietnamDay('2026-11-16T20:00:00Z')).toBe('2026-11-17');
    expect(vietnamDay('2026-11-16T16:59:59Z')).toBe('2026-11-16');
    expect(vietnamDay('2026-11-17T23:30:00+07:00')).toBe('2026-11-17');
    expect(vietnamDay('2026-11-17T23:30')).toBe('2026-11-17');
    expect(vietnamDay('2026-11-17')).toBe('2026-11-17');
    expect(vietnamDay('hôm qua')).toBeNull();
    expect(vietnamDay(null)).toBeNull();
  });
});

describe('selectClipsForQuery', () => {
  it('selects a week by published or clipped day in Vietnam time, oldest first', () => {
    // clip-huu-nghi was published 20:00 UTC on the 16th, which is the 17th in Hà Nội.
    expect(ids(selectClipsForQuery(exampleClips, { period: week }))).toEqual([
      'clip-huu-nghi-dan-van-kheo', 'clip-lang-son-thu-ngan-sach', 'clip-bao-lang-son-thu-ngan-sach',
      'clip-ky-cuong-doi-moi', 'clip-chi-ma-kim-ngach',
    ]);
    expect(ids(selectClipsForQuery(exampleClips, { period: { start: '2026-11-18', end: '2026-11-18' }, dateField: 'published' })))
      .toEqual(['clip-lang-son-thu-ngan-sach', 'clip-bao-lang-son-thu-ngan-sach']);
  });

  it('lets "either" take an old article clipped in the week, and "published" refuse it', () => {
    const old = makeClip('old', [], { publishedAt: '2026-03-01T08:00:00+07:00', clippedAt: '2026-11-19T01:00:00Z' });
    expect(ids(selectClipsForQuery([old], { period: week }))).toEqual(['old']);
    expect(selectClipsForQuery([old], { period: week, dateField: 'published' })).toEqual([]);
    expect(selectClipsForQuery([old], { period: { start: '2026-11-20', end: '2026-11-23' }, dateField: 'clipped' })).toEqual([]);
  });

  it('finds "about Cục Hải quan Lạng Sơn" by unit entity, with or without accents', () => {
    expect(ids(selectClipsForQuery(exampleClips, { period: week, unit: 'Cục Hải quan Lạng Sơn' })))
      .toEqual(['clip-lang-son-thu-ngan-sach', 'clip-bao-lang-son-thu-ngan-sach']);
    expect(ids(selectClipsForQuery(exampleClips, { unit: 'cuc hai quan lang son' }))).toHaveLength(2);
  });

  it('ignores rejected entities and matches campaign, site, tag and free text', () => {
    expect(selectClipsForQuery(exampleClips, { campaign: 'Nồi cháo tình thương' })).toEqual([]);
    expect(ids(selectClipsForQuery(exampleClips, { campaign: 'dân vận khéo' }))).toEqual(['clip-huu-nghi-dan-van-kheo']);
    expect(ids(selectClipsForQuery(exampleClips, { site: 'langson.gov.vn' }))).toEqual(['clip-chi-ma-kim-ngach']);
    expect(ids(selectClipsForQuery(exampleClips, { site: 'Báo Lạng Sơn' }))).toEqual(['clip-bao-lang-son-thu-ngan-sach']);
    expect(ids(selectClipsForQuery(exampleClips, { tag: 'dan van' }))).toEqual(['clip-huu-nghi-dan-van-kheo']);
    expect(ids(selectClipsForQuery(exampleClips, { text: 'cột đèn "Mốc Quốc giới 1039"' }))).toEqual(['clip-huu-nghi-dan-van-kheo']);
    expect(selectClipsForQuery(exampleClips, { text: 'cột đèn "Mốc 1039 biển"' })).toEqual([]);
  });
});
