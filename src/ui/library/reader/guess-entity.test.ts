import { describe, expect, it } from 'vitest';
import { guessEntity } from './guess-entity.ts';

describe('guessEntity', () => {
  it('takes the tagger’s reading of a selection it recognises', async () => {
    expect(await guessEntity('Chi cục Hải quan cửa khẩu Hữu Nghị', null)).toEqual({ type: 'unit', value: 'Chi cục Hải quan cửa khẩu Hữu Nghị' });
    expect(await guessEntity('hơn 38 tỷ USD', null)).toEqual({ type: 'amount', value: { amount: 38e9, currency: 'USD', approx: 'more_than' } });
    expect(await guessEntity(' 44,24% ', null)).toEqual({ type: 'percent', value: 44.24 });
  });

  it('falls back to a figure or a name as written', async () => {
    expect(await guessEntity('khoảng 12 chuyến hàng', null)).toEqual({ type: 'quantity', value: { amount: 12, unit: 'chuyến hàng', approx: 'about' } });
    expect(await guessEntity('bộ đội  biên phòng', null)).toEqual({ type: 'unit', value: 'bộ đội biên phòng' });
  });
});
