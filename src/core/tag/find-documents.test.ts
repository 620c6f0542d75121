import { describe, expect, it } from 'vitest';
import { entitiesOf, valuesOf } from './test-support.ts';

describe('documents', () => {
  it('reads state document numbers', () => {
    const text = 'Theo công văn số 01/TCHQ-TCCB, Nghị định 70/2025/NĐ-CP, Nghị quyết số 198/QH15, Tờ trình 09/TTr-BTC và Luật số 54/2014/QH13.';
    expect(valuesOf('document', text)).toEqual(['01/TCHQ-TCCB', '70/2025/NĐ-CP', '198/QH15', '09/TTr-BTC', '54/2014/QH13']);
  });

  it('reads Party numbers and removes the spaces around their dash', () => {
    const found = entitiesOf('document', 'Quy định số 101 – QĐ/TW, Chỉ thị 05 - CT/TW và Kết luận 160-KL/TW.');
    expect(found.map((e) => [e.text, e.value])).toEqual([
      ['101 – QĐ/TW', '101-QĐ/TW'],
      ['05 - CT/TW', '05-CT/TW'],
      ['160-KL/TW', '160-KL/TW'],
    ]);
  });

  it('is not fooled by dates, plates, codes or a dash before a name', () => {
    expect(valuesOf('document', 'Ngày 9/2019, xe BS 74D-001.91 và Covid-19 qua QL2 - 279; năm 2019 - Trung Quốc.')).toEqual([]);
  });
});
