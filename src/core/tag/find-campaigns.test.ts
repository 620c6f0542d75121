import { describe, expect, it } from 'vitest';
import { entitiesOf, valuesOf } from './test-support.ts';

describe('campaigns', () => {
  it('strips the generic head and gives the known movements one value', () => {
    const text = 'Hưởng ứng phong trào thi đua yêu nước, phong trào thi đua Dân vận khéo và công trình “Dân vận khéo”, đơn vị hăng hái thi đua yêu nước.';
    expect(valuesOf('campaign', text)).toEqual(['Thi đua yêu nước', 'Dân vận khéo', 'Dân vận khéo', 'Thi đua yêu nước']);
  });

  it('takes a quoted name after a cue, quotes off, first letter up', () => {
    const text =
      'Phát động thi đua với khẩu hiệu “Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả”, chủ đề \'Biên cương Tổ quốc tôi\', chương trình “nồi cháo tình thương” và cuộc thi “Tìm hiểu pháp luật hải quan”.';
    expect(valuesOf('campaign', text)).toEqual([
      'Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả',
      'Biên cương Tổ quốc tôi',
      'Nồi cháo tình thương',
      'Tìm hiểu pháp luật hải quan',
    ]);
  });

  it('takes a named purpose after "phong trào thi đua" and stops before what follows it', () => {
    const [c] = entitiesOf('campaign', 'Phát động phong trào thi đua nâng cao chất lượng tham mưu khối cơ quan Tổng cục.');
    expect(c).toMatchObject({ text: 'phong trào thi đua nâng cao chất lượng tham mưu', value: 'Nâng cao chất lượng tham mưu' });
  });

  it('keeps the period out of the name and the name in one piece', () => {
    const text = 'Tổng kết phong trào thi đua yêu nước giai đoạn 2021 – 2025 và cuộc vận động học tập và làm theo tấm gương đạo đức Hồ Chí Minh.';
    expect(valuesOf('campaign', text)).toEqual(['Thi đua yêu nước', 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh']);
    expect(valuesOf('date', text)).toEqual([{ start: '2021', end: '2025' }]);
    expect(valuesOf('person', text)).toEqual([]);
  });

  it('leaves bare heads, goals, mechanisms, methods and scare quotes alone', () => {
    const text =
      'Phong trào thi đua được lan tỏa; đợt thi đua đặc biệt; mục tiêu “không để xảy ra điểm nóng”, cơ chế “một cửa”, 4 khâu “Phát hiện – Bồi dưỡng – Nhân rộng”, vừa “hồng” vừa “chuyên”.';
    expect(valuesOf('campaign', text)).toEqual([]);
  });

  it('needs the diacritics of a real text, not a slug line', () => {
    expect(valuesOf('campaign', 'phat dong phong trao thi dua nang cao chat luong tham muu')).toEqual([]);
  });
});
