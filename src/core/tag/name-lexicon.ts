import { PhraseTrie } from './phrase-trie.ts';

export type { PhraseTrie };

// Words that shape names not in the gazetteer: the heads units start with,
// the words that stop a name ("đã", "phối hợp", "thuộc"…), the admin words
// before a place. Lower-case with diacritics ("Ban" is a unit, "bản" a village).

/** Heads of organisations, written as their canonical value starts. */
export const UNIT_HEADS: readonly string[] = [
  'Đội', 'Đội Kiểm soát', 'Phòng', 'Chi cục', 'Cục', 'Tổng cục', 'Vụ', 'Ban', 'Văn phòng', 'Trung tâm', 'Trường', 'Viện',
  'Học viện', 'Báo', 'Tạp chí', 'Đài Truyền hình', 'Đài Phát thanh', 'Đài Tiếng nói', 'Công ty', 'Tổng công ty', 'Tập đoàn', 'Ngân hàng', 'Hợp tác xã', 'Câu lạc bộ',
  'Hội', 'Hội đồng', 'Hiệp hội', 'Liên đoàn', 'Công đoàn', 'Chi đoàn', 'Ủy ban', 'Ban Chỉ đạo', 'Ban Chỉ huy',
  'Bộ Chỉ huy', 'Bộ Tư lệnh', 'Đồn', 'Đồn Biên phòng', 'Trạm', 'Trạm Kiểm soát', 'Tiểu đoàn', 'Trung đoàn',
  'Sư đoàn', 'Lữ đoàn', 'Hải đội', 'Hải đoàn', 'Hải quan', 'Chi cục Hải quan', 'Cục Hải quan', 'Đảng bộ', 'Chi bộ',
  'Đảng ủy', 'Cụm thi đua', 'Khối thi đua', 'Công an', 'Cảnh sát', 'Bộ đội Biên phòng', 'Sở', 'UBND', 'HĐND',
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Kho bạc Nhà nước',
  'Cục Thuế', 'Chi cục Thuế', 'Bệnh viện', 'Tòa án nhân dân', 'Viện Kiểm sát nhân dân',
];

/** Party and union bodies that stand before a unit and make one name with it. */
export const PARTY_PREFIXES: readonly string[] = [
  'Đảng bộ', 'Chi bộ', 'Đảng ủy', 'Công đoàn', 'Chi đoàn', 'Đoàn Thanh niên', 'Ban Thường vụ Đảng ủy',
  'Ban Chấp hành Đảng bộ', 'Ban Chấp hành Công đoàn', 'Hội Cựu chiến binh', 'Hội Phụ nữ',
];

/** Words after which a unit's or place's name does not go on. */
export const STOP_WORDS = new Set(
  (
    'đã đang sẽ vừa mới cũng còn được bị là và với của cho về tại ở trong trên dưới thuộc theo để khi từ đến tới ' +
    'nhằm do có không chưa phối phát tổ tiến bắt triển thực xử ký chủ tham nhận trao tặng giao yêu đề hướng chỉ ' +
    'cho biết thông báo đánh xếp nêu họp làm đi lên ra vào sau trước nay này đó ấy các những mọi nhiều đều luôn rất ' +
    'lần thứ nợ nộp phụ tạm gửi mời cử xin chịu xem phê duyệt thẩm kêu rà hết cùng năm tháng ngày sáng chiều tối lúc gồm nói cần phải hãy vẫn tiếp thu giữ đạt tăng giảm hoàn hưởng phấn ' +
    'góp tạo đảm chuyển lập mở đưa trưởng phó lãnh liên nơi như tuy nhưng hoặc hay nếu thì mà vì nên bởi qua ' +
    'quyết khẩn kịp chung ngay sớm kiên nghiêm đặt duy xác đồng hỗ phục tuyên khởi kỷ tổng ' +
    'đợt dịp lễ hội cán người'
  ).split(' '),
);

/** Words that may begin a unit name after its head in lower case ("cửa khẩu", "khu vực"). */
export const NAME_DESCRIPTORS = new Set(['cửa', 'khẩu', 'xuất', 'nhập', 'quốc', 'tế', 'sân', 'bay', 'cảng', 'ga', 'khu', 'vực', 'số', 'đường', 'sắt', 'bộ', 'biển', 'hàng', 'không']);

/** Admin words that join a body to its place ("Công an xã Thường Lạc"). */
export const ADMIN_WORDS: readonly string[] = ['tỉnh', 'thành phố', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'TP', 'Tp'];

/** Abbreviations spelled out in a unit's value. */
export const UNIT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  BĐBP: 'Bộ đội Biên phòng',
  CKQT: 'cửa khẩu quốc tế',
  CK: 'cửa khẩu',
  KV: 'khu vực',
  HQ: 'Hải quan',
  TCHQ: 'Tổng cục Hải quan',
  TNCS: 'Thanh niên Cộng sản',
  HCM: 'Hồ Chí Minh',
  MTTQ: 'Mặt trận Tổ quốc',
  Tp: 'TP',
}));

/** Common Vietnamese family names: a capitalised run starting with one is a person's name. */
export const SURNAMES = new Set(
  (
    'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lò đinh trịnh đoàn lương cao tạ thái ' +
    'lâm tô vương chu quách phùng kiều triệu lưu tăng thân khúc tống hứa lại nông hầu giáp âu châu đàm lục mạc ' +
    'trương hà mai tôn doãn diệp mẫn kim thạch sầm lạc cầm'
  ).split(' '),
);

export const phraseTrie = (phrases: readonly string[]) => new PhraseTrie(phrases);

let heads: PhraseTrie | undefined;
let parties: PhraseTrie | undefined;
let admins: PhraseTrie | undefined;
export const unitHeadTrie = () => (heads ??= phraseTrie(UNIT_HEADS));
export const partyPrefixTrie = () => (parties ??= phraseTrie(PARTY_PREFIXES));
export const adminWordTrie = () => (admins ??= phraseTrie(ADMIN_WORDS));
