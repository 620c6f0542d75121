import { describe, expect, it } from 'vitest';
import { entitiesOf, valuesOf } from './test-support.ts';

describe('persons', () => {
  it('finds full names and the role next to them', () => {
    const text = 'Ông Nguyễn Hồng Linh - Cục trưởng Cục Hải quan Lạng Sơn cho biết. Phó Thủ tướng Lê Văn Thành chỉ đạo; Thiếu tá Trần Đức Cường có mặt.';
    expect(entitiesOf('person', text).map((e) => [e.value, e.role])).toEqual([
      ['Nguyễn Hồng Linh', 'Cục trưởng'],
      ['Lê Văn Thành', 'Phó Thủ tướng'],
      ['Trần Đức Cường', 'Thiếu tá'],
    ]);
  });

  it('finds a role written before a unit and the name', () => {
    const [p] = entitiesOf('person', 'Tổng giám đốc Kho bạc Nhà nước Nguyễn Hồng Hà thông báo.');
    expect(p).toMatchObject({ value: 'Nguyễn Hồng Hà', role: 'Tổng giám đốc' });
  });

  it('counts photo credits and the byline on the last line', () => {
    expect(valuesOf('person', 'Lễ ký kết. Ảnh: Mai Loan\nĐoàn kiểm tra (Ảnh: Quốc Đạt)\nẢNH: B.H\nNội dung bài.\nN.Linh')).toEqual(['Mai Loan', 'Quốc Đạt', 'B.H', 'N.Linh']);
  });

  it('does not take a last line that names a place or a country for a byline', () => {
    expect(valuesOf('person', 'Hàng hóa được thông quan.\nLạng Sơn')).toEqual([]);
    expect(valuesOf('person', 'Hàng hóa được xuất sang.\nTrung Quốc')).toEqual([]);
    expect(valuesOf('person', 'Hàng hóa được thông quan.\nThu Hà')).toEqual(['Thu Hà']);
  });

  it('does not take places, units, credits of organisations or named things for people', () => {
    const text = 'Hà Giang và Hà Nội; Ảnh: Cục Hải quan; Ảnh: CTV; đường Nguyễn Văn Linh; dãy núi Hoàng Vần Thùng; tư tưởng Hồ Chí Minh.\nVOV';
    expect(valuesOf('person', text)).toEqual([]);
  });
});
