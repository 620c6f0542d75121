import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '../../core/schemas/index.ts';
import { checkDraft, draftOf, emptyDraft, knownBuiltin, parentChoices } from './vocabulary-draft.ts';

const builtin: VocabularyEntry[] = [
  { id: 'old-cuc', kind: 'unit', name: 'Cục Hải quan Lạng Sơn', aliases: [], validTo: '2025-02-28' },
  { id: 'cuc', kind: 'unit', name: 'Cục Hải quan Lạng Sơn', aliases: ['HQ Lạng Sơn'] },
  { id: 'tinh-lang-son', kind: 'place', name: 'Lạng Sơn', aliases: [] },
];
const mine: VocabularyEntry[] = [{ id: 'user:unit:doi-kiem-soat-so-1', kind: 'unit', name: 'Đội Kiểm soát số 1', aliases: [] }];
const parents = parentChoices(mine, builtin);

describe('parentChoices', () => {
  it('offers units only, the user’s first, one per name, the one still in being', () => {
    expect(parents).toEqual([
      { id: 'user:unit:doi-kiem-soat-so-1', name: 'Đội Kiểm soát số 1' },
      { id: 'cuc', name: 'Cục Hải quan Lạng Sơn' },
    ]);
  });
});

describe('checkDraft', () => {
  it('gives the entry to store: tidy names, aliases without repeats or the name, the parent id, the period', () => {
    const draft = { ...emptyDraft(), name: '  Chi cục  Tân Thanh ', aliases: 'CC Tân Thanh; Chi cục Tân Thanh\ncc tân thanh\n', parent: 'cục hải quan lạng sơn', validFrom: '2010-01-01', note: ' ' };
    expect(checkDraft(draft, { entries: mine, parents })).toEqual({
      problems: {},
      input: { kind: 'unit', name: 'Chi cục Tân Thanh', aliases: ['CC Tân Thanh', 'cc tân thanh'], parent: 'cuc', validFrom: '2010-01-01' },
    });
  });

  it('names each problem by its field', () => {
    const draft = { ...emptyDraft(), parent: 'Cục nào đó', validFrom: '2025-03-01', validTo: '2025-01-01' };
    expect(checkDraft(draft, { entries: mine, parents })).toEqual({ problems: { name: 'name-missing', parent: 'parent-unknown', validTo: 'period-order' } });
  });

  it('refuses a name the user has, and a new name whose id would overwrite another entry', () => {
    expect(checkDraft({ ...emptyDraft(), name: 'đội kiểm soát số 1' }, { entries: mine, parents }).problems.name).toBe('duplicate');
    expect(checkDraft({ ...emptyDraft(), name: 'Đội Kiểm Soát Số 1!' }, { entries: mine, parents }).problems.name).toBe('duplicate');
    // Editing the entry itself is no clash; a unit is not its own parent.
    const self = draftOf(mine[0]!, () => undefined);
    expect(checkDraft({ ...self, parent: 'Đội Kiểm soát số 1' }, { entries: mine, parents }).problems).toEqual({ parent: 'parent-self' });
  });

  it('ignores the parent field for campaigns and places', () => {
    const draft = { ...emptyDraft('campaign'), name: 'Cao điểm Tết', parent: 'whatever' };
    expect(checkDraft(draft, { entries: [], parents }).input).toEqual({ kind: 'campaign', name: 'Cao điểm Tết', aliases: [] });
  });
});

describe('draftOf', () => {
  it('shows the parent by name and aliases one per line', () => {
    const entry: VocabularyEntry = { id: 'user:unit:x', kind: 'unit', name: 'X', aliases: ['A', 'B'], parent: 'cuc', validTo: '2025-02-28' };
    expect(draftOf(entry, (id) => (id === 'cuc' ? 'Cục Hải quan Lạng Sơn' : undefined))).toMatchObject({ aliases: 'A\nB', parent: 'Cục Hải quan Lạng Sơn', validTo: '2025-02-28', validFrom: '' });
  });
});

describe('knownBuiltin', () => {
  it('finds a built-in entry of the kind with one of the names, accents aside', () => {
    expect(knownBuiltin({ kind: 'unit', name: 'hq lang son', aliases: '' }, builtin)?.id).toBe('cuc');
    expect(knownBuiltin({ kind: 'unit', name: 'Lạng Sơn', aliases: '' }, builtin)).toBeUndefined();
    expect(knownBuiltin({ kind: 'place', name: 'Mới', aliases: 'lạng sơn' }, builtin)?.id).toBe('tinh-lang-son');
  });
});
