import { describe, expect, it } from 'vitest';
import { entitiesOf, valuesOf } from './test-support.ts';

describe('amounts', () => {
  it('reads Vietnamese numbers with their scale and currency', () => {
    expect(valuesOf('amount', 'Số thu đạt 6.452,7 tỷ đồng, gấp đôi mức 1,2 tỷ đồng năm trước.')).toEqual([
      { amount: 6452700000000, currency: 'VND' },
      { amount: 1200000000, currency: 'VND' },
    ]);
    expect(valuesOf('amount', 'Kim ngạch ước đạt 38 tỷ USD, riêng nhập khẩu 13.919,8 triệu USD.')).toEqual([
      { amount: 38000000000, currency: 'USD' },
      { amount: 13919800000, currency: 'USD' },
    ]);
  });

  it('multiplies stacked scales: nghìn tỷ', () => {
    expect(valuesOf('amount', 'Toàn ngành thu hơn 182 nghìn tỷ đồng, tức 1,2 nghìn tỷ mỗi ngày.')).toEqual([
      { amount: 182e12, currency: 'VND', approx: 'more_than' },
      { amount: 1.2e12, currency: 'VND' },
    ]);
  });

  it('keeps the approximator in the text and the value', () => {
    const [a, b, c, d] = entitiesOf('amount', 'Trị giá gần 1,95 tỷ đồng; khoảng 13 tỷ đồng; dưới 500 triệu đồng; xấp xỉ 2 triệu USD.');
    expect(a).toMatchObject({ text: 'gần 1,95 tỷ đồng', value: { approx: 'nearly' } });
    expect(b?.value).toMatchObject({ approx: 'about' });
    expect(c?.value).toMatchObject({ amount: 5e8, approx: 'less_than' });
    expect(d).toMatchObject({ text: 'xấp xỉ 2 triệu USD', value: { approx: 'about', currency: 'USD' } });
  });

  it('knows the currencies by their words', () => {
    expect(valuesOf('amount', 'Tịch thu 1,8 triệu nhân dân tệ, 500 đô la Mỹ, 3.000 EUR, 400.000đ và 200 nghìn VNĐ.')).toEqual([
      { amount: 1.8e6, currency: 'CNY' },
      { amount: 500, currency: 'USD' },
      { amount: 3000, currency: 'EUR' },
      { amount: 400000, currency: 'VND' },
      { amount: 200000, currency: 'VND' },
    ]);
  });

  it('takes millions and more without a currency word as dong, unless a counted noun follows', () => {
    expect(valuesOf('amount', 'Phạt 150 triệu, truy thu 3,9 tỷ tiền thuế.')).toEqual([
      { amount: 1.5e8, currency: 'VND' },
      { amount: 3.9e9, currency: 'VND' },
    ]);
    expect(valuesOf('amount', 'Sân bay đón 2 triệu lượt khách và 1,5 triệu tấn hàng.')).toEqual([]);
  });

  it('is not fooled by place names or zero', () => {
    expect(valuesOf('amount', 'Có 3 Đồng Nai và “gian hàng 0 đồng” cho học sinh.')).toEqual([]);
  });
});
