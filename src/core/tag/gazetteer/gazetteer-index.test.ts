import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '../../schemas/vocabulary.ts';
import { tagEntities } from '../tag-entities.ts';
import { gazetteerIndex } from './gazetteer-index.ts';

describe('gazetteerIndex', () => {
  it('is built once for the built-in data and once per distinct vocabulary array', () => {
    expect(gazetteerIndex()).toBe(gazetteerIndex());
    expect(gazetteerIndex([])).toBe(gazetteerIndex());
    const mine: VocabularyEntry[] = [{ id: 'user:doi-1', kind: 'unit', name: 'Đội Kiểm soát Hải quan số 1', aliases: ['Đội KSHQ số 1'] }];
    expect(gazetteerIndex(mine)).toBe(gazetteerIndex(mine));
    expect(gazetteerIndex(mine)).not.toBe(gazetteerIndex([...mine]));
  });

  it('merges the user vocabulary into the tagger, aliases and ref included', () => {
    const vocabulary: VocabularyEntry[] = [
      { id: 'user:ksnb', kind: 'unit', name: 'Đội Kiểm soát nội bộ số 3', aliases: ['ĐKSNB3'] },
      { id: 'user:xuan-ap-am', kind: 'campaign', name: 'Xuân ấm biên cương', aliases: ['Tết ấm biên cương'] },
    ];
    const found = tagEntities('ĐKSNB3 tham gia chương trình Tết ấm biên cương.', { vocabulary });
    expect(found.map((e) => [e.type, e.value, 'ref' in e ? e.ref : undefined])).toEqual([
      ['unit', 'Đội Kiểm soát nội bộ số 3', 'user:ksnb'],
      ['campaign', 'Xuân ấm biên cương', 'user:xuan-ap-am'],
    ]);
    expect(tagEntities('ĐKSNB3 tham gia.').filter((e) => e.type === 'unit')).toEqual([]);
  });

  it('looks entries up by id, the user vocabulary first', () => {
    const mine: VocabularyEntry[] = [{ id: 'tchq', kind: 'unit', name: 'Tổng cục Hải quan (cũ)', aliases: [] }];
    expect(gazetteerIndex().entry('tchq')?.name).toBe('Tổng cục Hải quan');
    expect(gazetteerIndex(mine).entry('tchq')?.name).toBe('Tổng cục Hải quan (cũ)');
  });
});
