import type { Entity, ExportedClip, ReviewedEntity, ReviewStatus } from '../../schemas/index.ts';

// A fixed week of Vietnamese customs news for the export tests and golden
// files: a syndicated story on two sites, campaigns, units, figures, markers,
// a person's corrections (confirmed, corrected, rejected, added), a clip
// without site name or date, and text full of HTML/Markdown/CSV specials.

type EntityInit = Omit<Entity, 'start' | 'end' | 'sentence'>;

/** An entity at the nth occurrence of its text in `body`, with its sentence. */
function at(body: string, init: EntityInit, status: ReviewStatus = 'auto', nth = 0, extra: Partial<ReviewedEntity> = {}): ReviewedEntity {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = body.indexOf(init.text, start + 1);
  if (start < 0) throw new Error(`fixture: "${init.text}" not in text`);
  const dot = body.lastIndexOf('. ', start);
  const from = Math.max(dot < 0 ? 0 : dot + 2, body.lastIndexOf('\n', start) + 1);
  const stop = [body.indexOf('. ', start), body.indexOf('\n', start)].filter((i) => i >= 0);
  const to = stop.length ? Math.min(...stop) + 1 : body.length;
  return { ...init, start, end: start + init.text.length, sentence: body.slice(from, to).trim(), status, ...extra } as ReviewedEntity;
}

function clip(partial: Partial<ExportedClip> & Pick<ExportedClip, 'id' | 'title' | 'text' | 'canonicalUrl'>): ExportedClip {
  return {
    url: partial.canonicalUrl, lead: '', byline: null, publishedAt: null, modifiedAt: null, siteName: null, lang: 'vi',
    wordCount: partial.text.split(/\s+/).filter(Boolean).length, images: [], sources: {}, warnings: [],
    clippedAt: '2026-11-20T02:00:00.000Z', updatedAt: '2026-11-20T02:00:00.000Z', status: 'ready', tags: [], note: '',
    fingerprint: '', entityKeys: [], html: `<p>${partial.text}</p>`, entities: [], ...partial,
  };
}

const t1 = 'Năm 2026, Cục Hải quan Lạng Sơn thu ngân sách đạt 6.452,7 tỷ đồng, tăng 31,7% so với cùng kỳ. '
  + 'Đơn vị đã xử lý gần 3.500 bộ tờ khai mỗi ngày.\n\nPhong trào thi đua yêu nước được Cục Hải quan Lạng Sơn triển khai sâu rộng.';
const c1 = clip({
  id: 'clip-lang-son-thu-ngan-sach', title: 'Cục Hải quan Lạng Sơn thu ngân sách vượt 6.000 tỷ đồng',
  canonicalUrl: 'https://haiquanonline.com.vn/cuc-hai-quan-lang-son-thu-ngan-sach-185261118.html',
  lead: 'Hải quan Lạng Sơn về đích sớm nhiệm vụ thu ngân sách năm 2026.', text: t1, byline: 'Trí Dũng',
  publishedAt: '2026-11-18T08:15:00+07:00', siteName: 'Báo Hải quan', tags: ['thu ngân sách', 'Lạng Sơn'],
  note: 'Số liệu chính thức của Cục.', fingerprint: 'a3f0c2d4e5b60718',
  alsoOn: [{ clipId: 'clip-bao-lang-son-thu-ngan-sach', siteName: 'Báo Lạng Sơn', url: 'https://baolangson.vn/thu-ngan-sach-5061234.html' }],
  entities: [
    at(t1, { type: 'date', text: 'Năm 2026', value: { start: '2026' } }),
    at(t1, { type: 'unit', text: 'Cục Hải quan Lạng Sơn', value: 'Cục Hải quan Lạng Sơn' }, 'confirmed'),
    at(t1, { type: 'amount', text: '6.452,7 tỷ đồng', value: { amount: 6452700000000, currency: 'VND' } }),
    at(t1, { type: 'percent', text: '31,7%', value: 31.7 }),
    at(t1, { type: 'quantity', text: 'gần 3.500 bộ tờ khai', value: { amount: 3500, unit: 'bộ tờ khai', approx: 'nearly' } }),
    at(t1, { type: 'campaign', text: 'Phong trào thi đua yêu nước', value: 'Thi đua yêu nước' }),
    at(t1, { type: 'unit', text: 'Cục Hải quan Lạng Sơn', value: 'Cục Hải quan Lạng Sơn' }, 'auto', 1),
  ],
});

const c2 = clip({
  id: 'clip-bao-lang-son-thu-ngan-sach', title: 'Hải quan Lạng Sơn thu ngân sách vượt 6.000 tỷ đồng',
  canonicalUrl: 'https://baolangson.vn/thu-ngan-sach-5061234.html', lead: 'Cục Hải quan Lạng Sơn về đích sớm.',
  text: t1, byline: 'Minh Anh', publishedAt: '2026-11-18T10:00:00+07:00', siteName: 'Báo Lạng Sơn', fingerprint: 'a3f0c2d4e5b6071b',
  storyOf: 'clip-lang-son-thu-ngan-sach',
  entities: [at(t1, { type: 'unit', text: 'Cục Hải quan Lạng Sơn', value: 'Cục Hải quan Lạng Sơn' })],
});

const t3 = 'Chi cục Hải quan cửa khẩu Hữu Nghị hưởng ứng phong trào “Dân vận khéo” với 20 cột đèn năng lượng mặt trời. '
  + 'Đoàn viên tuần tra Mốc Quốc giới 1039 và các mốc 1221, 1236. Công trình “Dân vận khéo” được trao tặng Hải quan Hữu Nghị. '
  + 'Chương trình “Nồi cháo tình thương” tiếp tục.';
const c3 = clip({
  id: 'clip-huu-nghi-dan-van-kheo', title: 'Hải quan Hữu Nghị thắp sáng đường biên với “Dân vận khéo”',
  canonicalUrl: 'https://haiquanonline.com.vn/huu-nghi-dan-van-kheo-185261117.html',
  lead: 'Công trình thắp sáng đường biên được khánh thành tại thôn Pò Nhùng.', text: t3, byline: 'N.Linh',
  publishedAt: '2026-11-16T20:00:00Z', siteName: 'Báo Hải quan', tags: ['dân vận'], fingerprint: '0f1e2d3c4b5a6978',
  entities: [
    at(t3, { type: 'unit', text: 'Chi cục Hải quan cửa khẩu Hữu Nghị', value: 'Chi cục Hải quan cửa khẩu Hữu Nghị' }),
    at(t3, { type: 'campaign', text: 'phong trào “Dân vận khéo”', value: 'Dân vận khéo' }),
    at(t3, { type: 'quantity', text: '20 cột đèn', value: { amount: 20, unit: 'cột đèn' } }),
    at(t3, { type: 'marker', text: '1039', value: '1039' }),
    at(t3, { type: 'marker', text: '1221', value: '1221' }),
    at(t3, { type: 'marker', text: '1236', value: '1236' }, 'rejected'),
    at(t3, { type: 'campaign', text: '“Dân vận khéo”', value: 'Dân vận khéo' }, 'auto', 1),
    at(t3, { type: 'unit', text: 'Hải quan Hữu Nghị', value: 'Chi cục Hải quan cửa khẩu Hữu Nghị' }, 'corrected', 0,
      { original: { type: 'unit', value: 'Hải quan Hữu Nghị' } }),
    at(t3, { type: 'campaign', text: '“Nồi cháo tình thương”', value: 'Nồi cháo tình thương' }, 'rejected'),
  ],
});

const t4 = 'Kim ngạch xuất nhập khẩu qua cửa khẩu Chi Ma tăng 12% trong tuần. Xã Tam Gia đón 1.200 lượt xe.';
const c4 = clip({
  id: 'clip-chi-ma-kim-ngach', title: 'Kim ngạch qua cửa khẩu Chi Ma tăng 12%',
  canonicalUrl: 'https://www.langson.gov.vn/tin-tuc/chi-ma-kim-ngach', text: t4,
  clippedAt: '2026-11-22T03:30:00.000Z',
  entities: [
    at(t4, { type: 'place', text: 'cửa khẩu Chi Ma', value: 'Cửa khẩu Chi Ma' }),
    at(t4, { type: 'percent', text: '12%', value: 12 }),
    at(t4, { type: 'quantity', text: '1.200 lượt xe', value: { amount: 1200, unit: 'lượt xe' } }),
  ],
});

const t5 = 'Hội nghị quán triệt chủ đề “Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả” của Tổng cục Hải quan. '
  + 'Thu hơn 38 tỷ USD từ hàng hóa <xuất khẩu> & *nhập khẩu*.';
const c5 = clip({
  id: 'clip-ky-cuong-doi-moi', title: 'Hải quan <Lạng Sơn> & “Kỷ cương - Đổi mới” *đột phá* [2026]',
  canonicalUrl: 'https://customs.gov.vn/tin?id=42&lang=vi', lead: '# Không phải tiêu đề | mà là sapo_có_gạch', text: t5,
  byline: 'Hoàng Yến, Thu Hà', publishedAt: '2026-11-21T09:00:00+07:00', siteName: 'Hải quan Việt Nam',
  tags: ['=HYPERLINK("x")', 'chủ đề năm'], note: '+84 đường dây nóng; "trích dẫn", xuống dòng\nmới',
  entities: [
    at(t5, { type: 'campaign', text: '“Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả”', value: 'Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả' }, 'added'),
    at(t5, { type: 'unit', text: 'Tổng cục Hải quan', value: 'Tổng cục Hải quan' }),
    at(t5, { type: 'amount', text: 'hơn 38 tỷ USD', value: { amount: 38e9, currency: 'USD', approx: 'more_than' } }),
  ],
});

/** Five clips, in the order an editor clipped them. */
export const exampleClips: ExportedClip[] = [c1, c2, c3, c4, c5];
