import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { VocabularyEntrySchema, type VocabularyEntry } from '../../schemas/vocabulary.ts';
import { expandProvincialBodies, GAZETTEER_FILES, loadBuiltinGazetteer, ProvincialBodySchema } from './load-gazetteer.ts';

const list = z.array(VocabularyEntrySchema);
const units = list.parse(GAZETTEER_FILES.units);
const campaigns = list.parse(GAZETTEER_FILES.campaigns);
const places = list.parse(GAZETTEER_FILES.places);
const bodies = z.array(ProvincialBodySchema).parse(GAZETTEER_FILES.provincialBodies);

describe('gazetteer data files', () => {
  it('hold valid entries of the right kind', () => {
    expect(units.every((e) => e.kind === 'unit')).toBe(true);
    expect(campaigns.every((e) => e.kind === 'campaign')).toBe(true);
    expect(places.every((e) => e.kind === 'place')).toBe(true);
    expect(bodies.length).toBeGreaterThan(10);
  });

  it('have unique ids, and every parent and successor names an entry', () => {
    const all = loadBuiltinGazetteer();
    const ids = new Set(all.map((e) => e.id));
    expect(ids.size).toBe(all.length);
    for (const e of all) {
      if (e.parent) expect(ids.has(e.parent), `${e.id} → parent ${e.parent}`).toBe(true);
      if (e.successor) expect(ids.has(e.successor), `${e.id} → successor ${e.successor}`).toBe(true);
    }
  });

  it('hold both generations of customs: 35 provincial departments and 20 regional branches', () => {
    const old = units.filter((e) => /^cuc-hq-/.test(e.id) && e.validTo === '2025-02-28' && e.name.startsWith('Cục Hải quan '));
    expect(old).toHaveLength(35);
    const regional = units.filter((e) => /^chi-cuc-hq-kv-\d+$/.test(e.id));
    expect(regional).toHaveLength(20);
    expect(regional.every((e) => e.validFrom === '2025-03-01' && e.parent === 'cuc-hq')).toBe(true);
    expect(units.find((e) => e.id === 'tchq')).toMatchObject({ validTo: '2025-02-28', successor: 'cuc-hq' });
    expect(units.find((e) => e.id === 'cuc-hq-lang-son')?.aliases).toEqual(expect.arrayContaining(['Hải quan Lạng Sơn', 'Cục Hải quan tỉnh Lạng Sơn']));
  });

  it('hold the 63 provinces, 34 of which remain after the 2025 merger', () => {
    const provinces = places.filter((e) => /^(tinh|tp)-/.test(e.id));
    expect(provinces).toHaveLength(63);
    expect(provinces.filter((e) => !e.validTo)).toHaveLength(34);
    expect(places.find((e) => e.id === 'tinh-ha-giang')).toMatchObject({ validTo: '2025-06-30', successor: 'tinh-tuyen-quang' });
  });

  it('spell everything in NFC', () => {
    for (const e of [...units, ...campaigns, ...places]) {
      for (const s of [e.name, ...e.aliases]) expect(s).toBe(s.normalize('NFC'));
    }
  });
});

describe('expandProvincialBodies', () => {
  const province: VocabularyEntry = { id: 'tinh-lang-son', kind: 'place', name: 'Lạng Sơn', aliases: [] };
  const city: VocabularyEntry = { id: 'tp-hai-phong', kind: 'place', name: 'Hải Phòng', aliases: [] };
  const merged: VocabularyEntry = { id: 'tinh-ha-giang', kind: 'place', name: 'Hà Giang', aliases: [], validTo: '2025-06-30', successor: 'tinh-tuyen-quang' };
  const ubnd = { id: 'ubnd', name: 'Ủy ban nhân dân {tỉnh} {name}', aliases: ['UBND {tỉnh} {name}', 'UBND {name}'] };
  const party = { id: 'tinh-uy', name: '{Tỉnh ủy} {name}', aliases: [] };

  it('writes one unit per province and template, with the level words of a province or a city', () => {
    const out = expandProvincialBodies([ubnd, party], [province, city]);
    expect(out.map((e) => e.name)).toEqual(['Ủy ban nhân dân tỉnh Lạng Sơn', 'Tỉnh ủy Lạng Sơn', 'Ủy ban nhân dân thành phố Hải Phòng', 'Thành ủy Hải Phòng']);
    expect(out[0]).toMatchObject({ id: 'ubnd-tinh-lang-son', kind: 'unit' });
    expect(out[2]!.aliases).toEqual(expect.arrayContaining(['UBND TP Hải Phòng', 'UBND TP. Hải Phòng', 'UBND Hải Phòng']));
  });

  it('carries the end of a merged province over to its bodies', () => {
    expect(expandProvincialBodies([ubnd], [merged])[0]).toMatchObject({ validTo: '2025-06-30', successor: 'ubnd-tinh-tuyen-quang' });
  });
});
