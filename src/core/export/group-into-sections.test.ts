import { describe, expect, it } from 'vitest';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { makeClip } from './__fixtures__/make-clip.ts';
import { groupIntoSections, sectionKeyOf } from './group-into-sections.ts';

const titles = (s: { title: string }[]) => s.map((x) => x.title);
const ids = (s: { items: { clipId: string }[] }) => s.items.map((i) => i.clipId);

describe('groupIntoSections', () => {
  it('groups the example week by campaign, ignoring rejected campaigns, with Khác last', () => {
    const sections = groupIntoSections(exampleClips, 'campaign');
    expect(titles(sections)).toEqual(['Dân vận khéo', 'Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả', 'Thi đua yêu nước', 'Khác']);
    expect(sections.map(ids)).toEqual([
      ['clip-huu-nghi-dan-van-kheo'], ['clip-ky-cuong-doi-moi'], ['clip-lang-son-thu-ngan-sach'],
      ['clip-bao-lang-son-thu-ngan-sach', 'clip-chi-ma-kim-ngach'],
    ]);
    expect(sections[0]!.id).toBe('campaign:Dân vận khéo');
  });

  it('sorts section titles the Vietnamese way (Đ after D, before E), whatever the input order', () => {
    const clips = [makeClip('a', [['unit', 'Zê']]), makeClip('b', [['unit', 'Đội Kiểm soát']]), makeClip('c', [['unit', 'Em']]), makeClip('d', [['unit', 'Dân']])];
    expect(titles(groupIntoSections(clips, 'unit'))).toEqual(['Dân', 'Đội Kiểm soát', 'Em', 'Zê']);
    expect(titles(groupIntoSections([...clips].reverse(), 'unit'))).toEqual(['Dân', 'Đội Kiểm soát', 'Em', 'Zê']);
  });

  it('files a clip under its most mentioned unit, then its first mentioned one', () => {
    const most = makeClip('m', [['unit', 'Cục A'], ['unit', 'Cục B'], ['unit', 'Cục B']]);
    const tie = makeClip('t', [['unit', 'Cục B'], ['unit', 'Cục A']]);
    expect(sectionKeyOf(most, 'unit')).toBe('Cục B');
    expect(sectionKeyOf(tie, 'unit')).toBe('Cục B');
  });

  it('honours a person: a rejected unit does not count, an added one does, tone variants are one', () => {
    const clip = makeClip('r', [['unit', 'Cục A', 'rejected'], ['unit', 'Cục A', 'rejected'], ['unit', 'Cục Hòa Bình', 'added'], ['unit', 'Cục Hoà Bình']]);
    expect(sectionKeyOf(clip, 'unit')).toBe('Cục Hòa Bình');
    expect(sectionKeyOf(makeClip('x', [['unit', 'Cục A', 'rejected']]), 'unit')).toBeNull();
  });

  it('groups by site, using the host when the site has no name', () => {
    const sections = groupIntoSections(exampleClips, 'site');
    expect(titles(sections)).toEqual(['Báo Hải quan', 'Báo Lạng Sơn', 'Hải quan Việt Nam', 'langson.gov.vn']);
    expect(ids(sections[0]!)).toEqual(['clip-lang-son-thu-ngan-sach', 'clip-huu-nghi-dan-van-kheo']);
  });

  it('keeps one section for manual grouping, and carries notes and folded copies of given items', () => {
    const items = [{ clipId: 'clip-chi-ma-kim-ngach', note: 'Đáng chú ý', alsoClipIds: [] },
      { clipId: 'clip-lang-son-thu-ngan-sach', note: '', alsoClipIds: ['clip-bao-lang-son-thu-ngan-sach'] }];
    const manual = groupIntoSections(exampleClips, 'manual', { items, manualTitle: 'Tin chính' });
    expect(manual).toEqual([{ id: 'main', title: 'Tin chính', items }]);
    const byCampaign = groupIntoSections(exampleClips, 'campaign', { items, otherTitle: 'Other' });
    expect(byCampaign.map((s) => [s.title, s.items])).toEqual([['Thi đua yêu nước', [items[1]]], ['Other', [items[0]]]]);
  });
});
