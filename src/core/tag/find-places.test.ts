import { describe, expect, it } from 'vitest';
import { entitiesOf, valuesOf } from './test-support.ts';

describe('places', () => {
  it('gives provinces their bare name, with or without "tỉnh"', () => {
    expect(valuesOf('place', 'Hàng qua tỉnh Lạng Sơn, Quảng Ninh và TP HCM sang Quảng Tây.')).toEqual(['Lạng Sơn', 'Quảng Ninh', 'TP Hồ Chí Minh', 'Quảng Tây']);
  });

  it('keeps the head of communes, districts, villages and gates, capitalised', () => {
    const text = 'Tại thôn Pò Nhùng, xã Tam Gia (huyện Lộc Bình), ấp 1, phường Móng Cái 1, P.Nam Đông Hà, H.Xín Mần và TP.Hà Giang.';
    expect(valuesOf('place', text)).toEqual([
      'Thôn Pò Nhùng',
      'Xã Tam Gia',
      'Huyện Lộc Bình',
      'Ấp 1',
      'Phường Móng Cái 1',
      'Phường Nam Đông Hà',
      'Huyện Xín Mần',
      'Thành phố Hà Giang',
    ]);
  });

  it('names border gates and airports one way', () => {
    const text = 'Qua Cửa khẩu quốc tế Hữu Nghị, cửa khẩu chính Chi Ma, cửa khẩu phụ Na Nưa và cửa khẩu sân bay Tân Sơn Nhất; phía bên kia là Hữu Nghị Quan.';
    expect(valuesOf('place', text)).toEqual(['Cửa khẩu Hữu Nghị', 'Cửa khẩu Chi Ma', 'Cửa khẩu Nà Nưa', 'Sân bay quốc tế Tân Sơn Nhất', 'Cửa khẩu Hữu Nghị Quan']);
  });

  it('finds a name learned with its head bare elsewhere in the text', () => {
    const found = entitiesOf('place', 'Hua Bum là xã biên giới. Công an xã Hua Bum tuần tra.');
    expect(found.map((e) => [e.text, e.value])).toEqual([['Hua Bum', 'Xã Hua Bum']]);
  });

  it('does not tag a place inside a unit name, countries, or the plural "các cửa khẩu"', () => {
    expect(valuesOf('place', 'Cục Hải quan Lạng Sơn làm việc với Trung Quốc, Lào và Campuchia tại các cửa khẩu Lạng Sơn.')).toEqual(['Lạng Sơn']);
  });
});
