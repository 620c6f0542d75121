import { describe, expect, it } from 'vitest';
import { EntitySchema } from '../schemas/entity.ts';
import { tagEntities } from './tag-entities.ts';

const ARTICLE = `Thứ tư, 20/10/2021
Hải quan Lạng Sơn phát động thi đua
Theo Cục Hải quan Lạng Sơn, đến ngày 20/5/2023 các tổ chức đảng thuộc Đảng bộ Cục Hải quan Lạng Sơn đã xây dựng 4 công trình tại các mốc Quốc giới: 1039, 1221,1236, 1257 với trị giá 295 triệu đồng. Ông Nguyễn Hồng Linh - Cục trưởng cho biết số thu đạt 6.452,7 tỷ đồng, tăng 44,24% theo công văn số 01/TCHQ-TCCB, gắn với phong trào thi đua yêu nước giai đoạn 2021 – 2025 tại cửa khẩu Chi Ma (huyện Lộc Bình).
Ảnh: Mai Loan`;

describe('tagEntities', () => {
  const entities = tagEntities(ARTICLE);

  it('returns valid entities in text order, with offsets into the NFC text and their sentence', () => {
    for (const e of entities) {
      expect(EntitySchema.safeParse(e).success).toBe(true);
      expect(ARTICLE.slice(e.start, e.end)).toBe(e.text);
      expect(e.sentence).toContain(e.text);
    }
    const starts = entities.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('finds all ten types', () => {
    const types = new Set(entities.map((e) => e.type));
    expect([...types].sort()).toEqual(['amount', 'campaign', 'date', 'document', 'marker', 'percent', 'person', 'place', 'quantity', 'unit']);
  });

  it('lets the longest name win: one Party unit, not a unit inside it', () => {
    const units = entities.filter((e) => e.type === 'unit').map((e) => e.value);
    expect(units).toContain('Đảng bộ Cục Hải quan Lạng Sơn');
    expect(units.filter((u) => u === 'Cục Hải quan Lạng Sơn')).toHaveLength(2);
  });

  it('carries the gazetteer id of resolved units and places', () => {
    expect(entities.find((e) => e.type === 'unit' && e.text === 'Hải quan Lạng Sơn')).toMatchObject({ value: 'Cục Hải quan Lạng Sơn', ref: 'cuc-hq-lang-son' });
    expect(entities.find((e) => e.type === 'place' && e.text === 'cửa khẩu Chi Ma')).toMatchObject({ ref: 'cua-khau-chi-ma' });
  });

  it('finds the same with NFD input, no-break spaces, other dashes and old-style tones', () => {
    const key = (t: string) => tagEntities(t).map((e) => `${e.type}:${JSON.stringify(e.value)}`);
    const expected = key(ARTICLE);
    const variants = [
      ARTICLE.normalize('NFD'),
      ARTICLE.replace(/ /g, '\u00a0'),
      ARTICLE.replace(/–/g, '—').replace(/ - /g, ' – '),
      ARTICLE.replace(/ủy/g, 'uỷ').replace(/hóa/g, 'hoá'),
    ];
    for (const v of variants) {
      expect(key(v)).toEqual(expected);
      const nfc = v.normalize('NFC');
      for (const e of tagEntities(v)) expect(nfc.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('writes values in the canonical spelling and keeps the text as written', () => {
    const [u] = tagEntities('Uỷ ban nhân dân tỉnh Khánh Hoà họp.').filter((e) => e.type === 'unit');
    expect(u).toMatchObject({ text: 'Uỷ ban nhân dân tỉnh Khánh Hoà', value: 'Ủy ban nhân dân tỉnh Khánh Hòa' });
  });

  it('returns nothing for empty or entity-free text', () => {
    expect(tagEntities('')).toEqual([]);
    expect(tagEntities('trời hôm nay đẹp')).toEqual([]);
  });
});
