import { describe, expect, it } from 'vitest';
import { draftOf, parseNumber, parsePartialDate, readDraft } from './entity-draft.ts';

describe('entity drafts', () => {
  it('reads Vietnamese figures with scale words', () => {
    expect(parseNumber('6.452,7 tỷ')).toBe(6452700000000);
    expect(parseNumber('182 nghìn tỷ')).toBe(182e12);
    expect(parseNumber('150 triệu')).toBe(150e6);
    expect(parseNumber('44,24')).toBe(44.24);
    expect(parseNumber('6000000000000')).toBe(6e12);
    expect(parseNumber('mười')).toBeNaN();
    expect(parseNumber('12 quả')).toBeNaN();
  });

  it('reads dates day first and keeps their precision', () => {
    expect(parsePartialDate('20/5/2023')).toBe('2023-05-20');
    expect(parsePartialDate('5/2023')).toBe('2023-05');
    expect(parsePartialDate('2023')).toBe('2023');
    expect(parsePartialDate('2023-05-20')).toBe('2023-05-20');
    expect(parsePartialDate('hôm qua')).toBeNull();
  });

  it('round-trips each value shape through the form', () => {
    const cases = [
      ['amount', { amount: 38e9, currency: 'USD', approx: 'more_than' }],
      ['quantity', { amount: 3500, unit: 'bộ tờ khai', approx: 'nearly' }],
      ['percent', 44.24],
      ['date', { start: '2021', end: '2025' }],
      ['unit', 'Cục Hải quan Lạng Sơn'],
      ['document', '01/TCHQ-TCCB'],
    ] as const;
    for (const [type, value] of cases) expect(readDraft(draftOf(type, value))).toEqual({ ok: true, value });
    expect(readDraft(draftOf('person', 'Nguyễn Hồng Linh', 'Cục trưởng'))).toEqual({ ok: true, value: 'Nguyễn Hồng Linh', role: 'Cục trưởng' });
  });

  it('says which field is wrong', () => {
    expect(readDraft({ ...draftOf('amount', undefined), number: 'nhiều' })).toEqual({ ok: false, field: 'number', problem: 'not-a-number' });
    expect(readDraft({ ...draftOf('quantity', undefined), number: '20' })).toEqual({ ok: false, field: 'unit', problem: 'required' });
    expect(readDraft({ ...draftOf('date', undefined), start: '2025', end: '2021' })).toEqual({ ok: false, field: 'end', problem: 'dates-reversed' });
    expect(readDraft(draftOf('campaign', '  '))).toEqual({ ok: false, field: 'name', problem: 'required' });
    // A type change keeps nothing that does not fit the new shape.
    expect(readDraft({ ...draftOf('unit', 'Hải quan'), type: 'percent' })).toEqual({ ok: false, field: 'number', problem: 'required' });
  });
});
