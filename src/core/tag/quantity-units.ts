import { canonicalSpelling } from '../text/fold.ts';
import { SyllableTrie } from './syllable-trie.ts';

// The head nouns a count or a measure is made of. The unit of a quantity is
// the longest of these written after the number ("20 cột đèn năng lượng" →
// "cột đèn"); the modifiers after it are left out, as entities.md asks.
// Lower-case with diacritics: "5 năm" is a span of years, "5 nam" is not.

/** Units of measure, which may be glued to the number ("800kg", "430m"). */
export const MEASURE_UNITS: readonly string[] = [
  'kg', 'g', 'mg', 'tấn', 'tạ', 'yến', 'lạng', 'm', 'km', 'cm', 'mm', 'ha', 'hecta', 'héc ta',
  'lít', 'l', 'ml', 'mw', 'kw', 'kwh', 'gw', 'teu', 'cây số', 'hải lý',
];

/** Counted things: the head nouns of customs, border and trade news. */
export const COUNT_NOUNS: readonly string[] = [
  // people
  'người', 'cán bộ', 'công chức', 'viên chức', 'người lao động', 'lao động', 'công nhân', 'nhân viên',
  'chiến sĩ', 'cán bộ chiến sĩ', 'sĩ quan', 'quân nhân', 'đảng viên', 'đoàn viên', 'hội viên', 'thành viên',
  'đại biểu', 'học sinh', 'sinh viên', 'em', 'cháu', 'hộ', 'hộ dân', 'hộ gia đình', 'gia đình', 'khẩu', 'nhân khẩu',
  'dân tộc', 'hành khách', 'khách', 'du khách', 'lượt khách', 'lượt người', 'lượt', 'lượt phương tiện',
  'đối tượng', 'bị can', 'bị cáo', 'nghi phạm', 'cá nhân', 'tập thể', 'đồng chí', 'doanh nghiệp', 'công ty',
  'hợp tác xã', 'thương nhân', 'chủ hàng', 'tài xế', 'lái xe', 'thuyền viên', 'phóng viên', 'tác giả',
  // cases and paperwork
  'vụ', 'vụ việc', 'vụ án', 'trường hợp', 'hành vi', 'tờ khai', 'bộ tờ khai', 'hồ sơ', 'bộ hồ sơ', 'văn bản',
  'công văn', 'quyết định', 'quyết định kiểm tra', 'biên bản', 'thủ tục', 'thủ tục hành chính', 'dịch vụ công',
  'chứng từ', 'hóa đơn', 'giấy phép', 'chữ ký', 'con dấu', 'sáng kiến', 'đề tài', 'đề án', 'dự án', 'chương trình',
  'kế hoạch', 'nhiệm vụ', 'chỉ tiêu', 'tiêu chí', 'nội dung', 'giải pháp', 'nhóm giải pháp', 'nhóm', 'bài', 'bài viết',
  'bài dự thi', 'tác phẩm', 'giải', 'giải thưởng', 'bằng khen', 'giấy khen', 'huân chương', 'cờ thi đua', 'kiến nghị',
  'lớp', 'lớp tập huấn', 'buổi', 'cuộc', 'cuộc họp', 'cuộc kiểm tra', 'đợt', 'đợt kiểm tra', 'hội nghị', 'lần',
  'chuyến', 'chuyến bay', 'chuyến hàng', 'chuyến xe', 'ca', 'tin', 'bản tin', 'trang', 'tờ', 'thỏa thuận',
  'biên bản ghi nhớ', 'hiệp định', 'văn kiện', 'đường dây', 'ổ nhóm', 'hạng mục', 'vướng mắc', 'câu hỏi', 'đề xuất',
  'học viên', 'khách hàng', 'cá thể', 'điểm nóng',
  // goods and packaging
  'lô', 'lô hàng', 'container', 'cont', 'kiện', 'kiện hàng', 'kiện hành lý', 'thùng', 'thùng xốp', 'thùng giấy',
  'thùng carton', 'hộp', 'bao', 'bao tải', 'bao tải dứa', 'bao thuốc lá', 'gói', 'gói thuốc lá', 'gói thuốc lá điếu',
  'điếu', 'điếu thuốc', 'cây thuốc lá', 'chai', 'chai rượu', 'lon', 'lọ', 'lọ tinh dầu', 'túi', 'túi an sinh',
  'túi nylon', 'giỏ', 'giỏ xách', 'viên', 'viên ma túy', 'bánh', 'bánh heroin', 'liều', 'ống', 'vỉ', 'miếng',
  'miếng kim loại', 'thỏi', 'thỏi vàng', 'khối', 'cuộn', 'tấm', 'sợi', 'cái', 'chiếc', 'con', 'đôi', 'bộ', 'bình',
  'can', 'sản phẩm', 'mặt hàng', 'mẫu', 'loại', 'món', 'thiết bị', 'máy', 'máy móc', 'máy soi', 'điện thoại',
  'khẩu trang', 'bình gas', 'ngà voi', 'sừng tê giác', 'vảy tê tê', 'pháo', 'quả pháo', 'tàu cá', 'cây gỗ', 'khối gỗ',
  'ba lô', 'va li', 'valy', 'vali', 'hành lý', 'phần quà', 'suất quà', 'suất', 'phần', 'phần thưởng', 'cặp',
  'cây', 'cột', 'cột đèn', 'cột mốc', 'mốc', 'mốc giới', 'ngôi nhà', 'căn nhà', 'nhà', 'nhà đại đoàn kết',
  'nhà tình nghĩa', 'nhà tình thương', 'công trình', 'đầu', 'đầu mối', 'điểm', 'địa điểm', 'kho', 'kho hàng', 'bãi',
  'bến', 'cảng', 'cầu', 'tuyến', 'tuyến đường', 'đường', 'lối mở', 'đường mòn', 'cửa khẩu', 'cặp cửa khẩu',
  // vehicles
  'phương tiện', 'xe', 'xe ô tô', 'ô tô', 'xe tải', 'xe khách', 'xe container', 'xe máy', 'xe hàng', 'tàu',
  'tàu thuyền', 'thuyền', 'ghe', 'bè', 'bè mảng', 'máy bay', 'toa', 'toa tàu',
  // organisations and places
  'đơn vị', 'cơ quan', 'tổ chức', 'cục hải quan', 'chi cục', 'chi cục hải quan', 'cục', 'đội', 'tổ', 'tổ công tác',
  'đoàn', 'đoàn công tác', 'đồn', 'trạm', 'cụm', 'cụm thi đua', 'khối', 'ngành', 'lĩnh vực', 'tỉnh', 'thành phố',
  'huyện', 'xã', 'phường', 'thôn', 'bản', 'làng', 'nước', 'quốc gia', 'vùng', 'trường', 'trường học',
  // time spans (calendar years are dates, handled elsewhere)
  'năm', 'tuổi', 'thập kỷ', 'nhiệm kỳ',
];

export interface UnitEntry {
  /** Lower-case syllables. */
  readonly syllables: readonly string[];
  readonly measure: boolean;
}

let trie: SyllableTrie<UnitEntry> | undefined;

/** The unit lexicon as a trie over lower-case syllables (built on first use). */
export function unitTrie(): SyllableTrie<UnitEntry> {
  if (trie) return trie;
  trie = new SyllableTrie<UnitEntry>();
  const add = (phrase: string, measure: boolean) => {
    const syllables = canonicalSpelling(phrase.normalize('NFC')).split(' ');
    trie!.add(syllables, { syllables, measure });
  };
  for (const u of MEASURE_UNITS) add(u, true);
  for (const u of COUNT_NOUNS) add(u, false);
  return trie;
}
