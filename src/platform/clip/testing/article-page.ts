// Test pages in the shape of Vietnamese news sites: a headline, a sapo, a
// dated byline, body paragraphs and the usual furniture around them.

export const STORY = [
  'Theo Cục Hải quan Lạng Sơn, trong 10 tháng năm 2026, đơn vị đã phát hiện, bắt giữ và xử lý 215 vụ vi phạm pháp luật hải quan, trị giá hàng hóa vi phạm ước tính hơn 38 tỷ đồng, tăng 12,5% so với cùng kỳ năm trước.',
  'Lực lượng kiểm soát hải quan đã phối hợp chặt chẽ với Bộ đội Biên phòng tỉnh, Công an tỉnh và Quản lý thị trường tổ chức tuần tra, kiểm soát tại các đường mòn, lối mở trên tuyến biên giới, tập trung vào các mặt hàng cấm, hàng giả và hàng không rõ nguồn gốc.',
  'Tại cửa khẩu quốc tế Hữu Nghị, Chi cục Hải quan cửa khẩu Hữu Nghị đã làm thủ tục cho hơn 120.000 lượt phương tiện xuất nhập khẩu, kim ngạch đạt trên 3 tỷ USD. Thu ngân sách của toàn Cục đạt 6.452,7 tỷ đồng, bằng 94% chỉ tiêu được giao.',
  'Ông Nguyễn Văn An, Cục trưởng Cục Hải quan Lạng Sơn, cho biết thời gian tới đơn vị sẽ tiếp tục đẩy mạnh phong trào thi đua “Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả”, tăng cường quản lý rủi ro và cải cách thủ tục hành chính để tạo thuận lợi cho doanh nghiệp.',
];

export interface PageOptions {
  title?: string;
  canonical?: string;
  site?: string;
  publishedAt?: string;
  lead?: string;
  paragraphs?: readonly string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function articlePage(options: PageOptions = {}): string {
  const title = options.title ?? 'Hải quan Lạng Sơn bắt giữ 215 vụ vi phạm trong 10 tháng';
  const site = options.site ?? 'Báo Hải quan';
  const published = options.publishedAt ?? '2026-11-18T08:15:00+07:00';
  const lead = options.lead ?? 'Công tác phòng, chống buôn lậu tại địa bàn biên giới Lạng Sơn tiếp tục đạt nhiều kết quả tích cực.';
  const paragraphs = (options.paragraphs ?? STORY).map((p) => `<p>${esc(p)}</p>`).join('\n');
  const canonical = options.canonical ? `<link rel="canonical" href="${esc(options.canonical)}">` : '';
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)} | ${esc(site)}</title>
${canonical}
<meta property="og:site_name" content="${esc(site)}">
<meta property="og:title" content="${esc(title)}">
<meta property="article:published_time" content="${published}">
</head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a></nav></header>
<main><article>
<h1>${esc(title)}</h1>
<div class="byline">Minh An | ${published.slice(8, 10)}/${published.slice(5, 7)}/${published.slice(0, 4)}</div>
<p class="sapo"><strong>${esc(lead)}</strong></p>
${paragraphs}
</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Tin khác 1</a></li><li><a href="/b">Tin khác 2</a></li></ul></aside>
</main><footer>© ${esc(site)}</footer></body></html>`;
}

/** A section front: links and teasers, no article. */
export function listingPage(): string {
  const items = Array.from({ length: 12 }, (_, i) => `<li><h3><a href="/tin-${i}.html">Tin số ${i} về hải quan</a></h3></li>`).join('');
  return `<!DOCTYPE html><html lang="vi"><head><title>Thời sự | Báo Hải quan</title></head><body><main><ul>${items}</ul></main></body></html>`;
}
