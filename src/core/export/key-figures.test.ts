import { describe, expect, it } from 'vitest';
import type { ReviewedEntity } from '../schemas/index.ts';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { keyFigures } from './key-figures.ts';

const pct = (value: number, start: number, status: ReviewedEntity['status'] = 'auto'): ReviewedEntity =>
  ({ type: 'percent', text: `${value}%`, value, start, end: start + 3, sentence: '', status });

describe('keyFigures', () => {
  it('takes the amount, percent and quantity of the story, in text order, and never a date', () => {
    expect(keyFigures(exampleClips[0]!).map((f) => [f.type, f.label])).toEqual([
      ['amount', '6.452,7 tỷ đồng'], ['percent', '31,7%'], ['quantity', 'gần 3.500 bộ tờ khai'],
    ]);
  });

  it('leaves out a rejected marker and labels markers as such', () => {
    expect(keyFigures(exampleClips[2]!).map((f) => f.label)).toEqual(['20 cột đèn', 'mốc 1039', 'mốc 1221']);
  });

  it('lets spans of time only fill the places other figures leave', () => {
    const q = (amount: number, unit: string, start: number): ReviewedEntity =>
      ({ type: 'quantity', text: `${amount} ${unit}`, value: { amount, unit }, start, end: start + 5, sentence: '', status: 'auto' });
    const entities = [q(5, 'năm', 0), q(5, 'năm', 10), q(70, 'năm', 20), pct(44, 30), q(20, 'cột đèn', 40)];
    expect(keyFigures({ entities }, { max: 3 }).map((f) => f.label)).toEqual(['5 năm', '44%', '20 cột đèn']);
    expect(keyFigures({ entities }, { max: 2 }).map((f) => f.label)).toEqual(['44%', '20 cột đèn']);
  });

  it('prefers the most repeated figure, counts mentions once, and lets types take turns under the cap', () => {
    const entities = [pct(5, 0), pct(7, 10), pct(9, 20), pct(7, 30), pct(9, 40), pct(9, 50), pct(1, 60, 'rejected'), pct(1, 70, 'rejected')];
    const figures = keyFigures({ entities }, { perType: 2 });
    expect(figures.map((f) => [f.value, f.mentions])).toEqual([[7, 2], [9, 3]]);
    const mixed = [...entities, { type: 'marker', text: '1039', value: '1039', start: 80, end: 84, sentence: '', status: 'auto' } as ReviewedEntity];
    expect(keyFigures({ entities: mixed }, { perType: 2, max: 2 }).map((f) => f.label)).toEqual(['9%', 'mốc 1039']);
  });
});
