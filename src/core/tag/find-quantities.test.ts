import { describe, expect, it } from 'vitest';
import { entitiesOf, valuesOf } from './test-support.ts';

describe('quantities', () => {
  it('takes the head noun as the unit, without its modifiers', () => {
    expect(valuesOf('quantity', 'Lắp 20 cột đèn năng lượng mặt trời và xây 4 công trình đường tuần tra.')).toEqual([
      { amount: 20, unit: 'cột đèn' },
      { amount: 4, unit: 'công trình' },
    ]);
    expect(valuesOf('quantity', 'Đơn vị có gần 400 cán bộ, công chức và gần 3.500 bộ tờ khai mỗi tháng.')).toEqual([
      { amount: 400, unit: 'cán bộ', approx: 'nearly' },
      { amount: 3500, unit: 'bộ tờ khai', approx: 'nearly' },
    ]);
  });

  it('reads measures glued to the number', () => {
    expect(valuesOf('quantity', 'Đoạn đường dài 430m, thu giữ 800kg hàng, diện tích 26.062,34km2, dốc 50 - 70°.')).toEqual([
      { amount: 430, unit: 'm' },
      { amount: 800, unit: 'kg' },
      { amount: 26062.34, unit: 'km2' },
      { amount: 50, unit: '°' },
      { amount: 70, unit: '°' },
    ]);
  });

  it('counts spans of years but not calendar years', () => {
    expect(valuesOf('quantity', 'Kỷ niệm 70 năm ngày thành lập; hơn 58 năm xây dựng; năm 2023 là năm bản lề.')).toEqual([
      { amount: 70, unit: 'năm' },
      { amount: 58, unit: 'năm', approx: 'more_than' },
    ]);
  });

  it('does not count labels, ordinals, times or codes', () => {
    const text = 'Đội Kiểm soát số 2 dự Đại hội lần thứ 6 lúc 11h30 trên QL9, khu vực 3 có 2h chờ.';
    expect(valuesOf('quantity', text)).toEqual([]);
  });

  it('takes a quoted unit without its quotes and reads "tổng số"', () => {
    expect(valuesOf('quantity', 'Trao 4 “nhà đại đoàn kết”; tổng số 1.034 vụ việc vi phạm.')).toEqual([
      { amount: 4, unit: 'nhà đại đoàn kết' },
      { amount: 1034, unit: 'vụ việc' },
    ]);
  });

  it('reads a count with a scale', () => {
    expect(entitiesOf('quantity', 'Sân bay đón 2 triệu lượt khách.')[0]?.value).toEqual({ amount: 2e6, unit: 'lượt khách' });
  });
});
