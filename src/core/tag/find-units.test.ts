import { describe, expect, it } from 'vitest';
import { entitiesOf, valuesOf } from './test-support.ts';

describe('units from the gazetteer', () => {
  it('resolves aliases and abbreviations to one canonical name', () => {
    const text = 'TCHQ và Tổng cục Hải quan Việt Nam chỉ đạo Hải quan Lạng Sơn, Cục Hải quan tỉnh Quảng Ninh và Cục HQ TP.HCM.';
    expect(entitiesOf('unit', text).map((e) => [e.value, e.ref])).toEqual([
      ['Tổng cục Hải quan', 'tchq'],
      ['Tổng cục Hải quan', 'tchq'],
      ['Cục Hải quan Lạng Sơn', 'cuc-hq-lang-son'],
      ['Cục Hải quan Quảng Ninh', 'cuc-hq-quang-ninh'],
      ['Cục Hải quan TP Hồ Chí Minh', 'cuc-hq-ho-chi-minh'],
    ]);
  });

  it('resolves both generations of customs', () => {
    const text = 'Hải quan khu vực III phối hợp Chi cục Hải quan khu vực XIX; Cục Hải quan (Bộ Tài chính) chỉ đạo.';
    expect(valuesOf('unit', text, { publishedAt: '2025-08-01T08:00:00+07:00' })).toEqual([
      'Chi cục Hải quan khu vực III',
      'Chi cục Hải quan khu vực XIX',
      'Cục Hải quan',
      'Bộ Tài chính',
    ]);
  });

  it('resolves a long name of the new generation in an article written before it existed', () => {
    const text = 'Từ ngày 1/3/2025, Hải quan khu vực VIII tiếp nhận nhiệm vụ của Cục Hải quan Quảng Ninh.';
    expect(valuesOf('unit', text, { publishedAt: '2024-10-14T09:30:00+07:00' })).toEqual([
      'Chi cục Hải quan khu vực VIII',
      'Cục Hải quan Quảng Ninh',
    ]);
  });

  it('does not read "Cục Hải quan" as the 2025 department in an older article', () => {
    expect(valuesOf('unit', 'Ban lãnh đạo Cục Hải quan quan tâm.', { publishedAt: '2021-10-20T08:00:00+07:00' })).toEqual([]);
    // Without a date, the years the text writes tell the generation.
    expect(valuesOf('unit', 'Năm 2019, Ban lãnh đạo Cục Hải quan quan tâm.')).toEqual([]);
    expect(valuesOf('unit', 'Năm 2026, Cục Hải quan quan tâm.')).toEqual(['Cục Hải quan']);
  });

  it('knows the state and Party bodies', () => {
    const text = 'Quốc hội, Chính phủ, Thủ tướng Chính phủ, Bộ Chính trị, Ban Chấp hành Trung ương và Chủ tịch nước; Kho bạc Nhà nước.';
    expect(valuesOf('unit', text)).toEqual(['Quốc hội', 'Chính phủ', 'Thủ tướng Chính phủ', 'Bộ Chính trị', 'Ban Chấp hành Trung ương', 'Chủ tịch nước', 'Kho bạc Nhà nước']);
  });

  it('spells out provincial bodies and expands a shared list', () => {
    expect(valuesOf('unit', 'Tỉnh ủy-HĐND-UBND tỉnh Cao Bằng và Bộ Chỉ huy BĐBP tỉnh Lào Cai.')).toEqual([
      'Tỉnh ủy Cao Bằng',
      'Hội đồng nhân dân tỉnh Cao Bằng',
      'Ủy ban nhân dân tỉnh Cao Bằng',
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai',
    ]);
  });

  it('expands a list of ministries after "các Bộ:"', () => {
    expect(valuesOf('unit', 'Phó Thủ tướng yêu cầu các Bộ: Công Thương, Tài chính, Y tế và Quốc phòng khẩn trương.')).toEqual([
      'Bộ Công Thương',
      'Bộ Tài chính',
      'Bộ Y tế',
      'Bộ Quốc phòng',
    ]);
  });

  it('honours capitals: a slug line or a generic phrase is not a unit', () => {
    expect(valuesOf('unit', 'hai quan quang tri bat giu; ngành hải quan tỉnh Lạng Sơn; các đơn vị; cơ quan; tchq')).toEqual([]);
    expect(valuesOf('unit', 'Hai quan Ha Tinh - Hatinh Customs Department')).toEqual(['Cục Hải quan Hà Tĩnh']);
  });
});

describe('units by their shape', () => {
  it('finds customs offices, teams and companies not in the gazetteer', () => {
    const text =
      'Chi cục Hải quan cửa khẩu quốc tế Cầu Treo, Đội Kiểm soát chống buôn lậu số 2 và Công ty TNHH Thương mại và Dịch vụ Hoàng Long đã làm việc với Hải quan cửa khẩu cảng Vạn Gia.';
    expect(valuesOf('unit', text)).toEqual([
      'Chi cục Hải quan cửa khẩu quốc tế Cầu Treo',
      'Đội Kiểm soát chống buôn lậu số 2',
      'Công ty TNHH Thương mại và Dịch vụ Hoàng Long',
      'Hải quan cửa khẩu cảng Vạn Gia',
    ]);
  });

  it('takes a numbered area after the proper name and a lower-case description after a naming head', () => {
    const text = 'Chi cục Hải quan cửa khẩu cảng Hải Phòng khu vực I và Chi cục Hải quan quản lý hàng đầu tư - gia công đã làm việc với Trung tâm Phân tích phân loại hàng hóa xuất nhập khẩu.';
    expect(valuesOf('unit', text)).toEqual([
      'Chi cục Hải quan cửa khẩu cảng Hải Phòng khu vực I',
      'Chi cục Hải quan quản lý hàng đầu tư - gia công',
      'Trung tâm Phân tích phân loại hàng hóa xuất nhập khẩu',
    ]);
  });

  it('ends a name at a verb, a preposition or punctuation', () => {
    expect(valuesOf('unit', 'Đội Trinh sát đặc nhiệm thuộc Tiểu đoàn Huấn luyện - Cơ động 2 đã phát hiện; Phòng An ninh Kinh tế (Công an tỉnh Quảng Ninh).')).toEqual([
      'Đội Trinh sát đặc nhiệm',
      'Tiểu đoàn Huấn luyện - Cơ động 2',
      'Phòng An ninh Kinh tế',
      'Công an tỉnh Quảng Ninh',
    ]);
  });

  it('joins a body to its commune or ward and spells out abbreviations', () => {
    expect(valuesOf('unit', 'Công an xã Thường Lạc và UBND xã Pà Vầy Sủ; Đồn biên phòng Cửa khẩu quốc tế Lao Bảo.')).toEqual([
      'Công an xã Thường Lạc',
      'Ủy ban nhân dân xã Pà Vầy Sủ',
      'Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo',
    ]);
  });

  it('makes one unit of a Party body and the unit it belongs to, with the inner name resolved', () => {
    expect(valuesOf('unit', 'Đảng bộ Hải quan khu vực VI và Đảng ủy UBND tỉnh Lạng Sơn họp; Chi bộ Văn phòng tham gia.')).toEqual([
      'Đảng bộ Chi cục Hải quan khu vực VI',
      'Đảng ủy Ủy ban nhân dân tỉnh Lạng Sơn',
      'Chi bộ Văn phòng',
    ]);
  });

  it('leaves bare heads, events, titles and a person after a unit alone', () => {
    const text = 'Đảng ủy, Công đoàn và Chi cục phối hợp; Đại hội Đảng bộ tỉnh lần thứ XV; Cục trưởng Cục Hải quan Lạng Sơn; Tổng giám đốc Kho bạc Nhà nước Nguyễn Hồng Hà; Đội TTKS.';
    expect(valuesOf('unit', text)).toEqual(['Cục Hải quan Lạng Sơn', 'Kho bạc Nhà nước']);
  });

  it('reads a unit in a heading in capitals', () => {
    expect(valuesOf('unit', 'A. CHI BỘ HẢI QUAN CKQT CẦU TREO: ĐẨY MẠNH HỌC TẬP\nBỘ TÀI CHÍNH GIẢI ĐÁP TÌNH TRẠNG ÙN TẮC')).toEqual([
      'Chi bộ Hải quan cửa khẩu quốc tế Cầu Treo',
      'Bộ Tài chính',
    ]);
  });
});
