import { parseHTML } from 'linkedom';

// The same article republished by another site: the body of a corpus page
// under a different layout (header, navigation, related box, footer), another
// canonical address and site name, a lead sentence of the republishing
// site's own and retitled captions. A reader sees the same story; only the
// content fingerprint can tell, since no address is shared.

export const SYNDICATED_SITE = {
  name: 'Tin Biên mậu',
  host: 'tinbienmau.example.vn',
};

/** The element whose own paragraphs hold the most text: the article body. */
function articleBody(document: Document): Element {
  let best: Element | undefined;
  let most = 0;
  for (const element of document.querySelectorAll('div, section, article')) {
    const text = [...element.children].filter((child) => child.tagName === 'P').reduce((n, p) => n + (p.textContent?.length ?? 0), 0);
    if (text > most) [best, most] = [element, text];
  }
  if (!best) throw new Error('syndicated copy: the page has no article body');
  return best;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function syndicatedCopy(html: string): string {
  const { document } = parseHTML(html);
  const title = document.querySelector('h1')?.textContent?.trim() ?? '';
  const published = document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ?? '';
  const body = articleBody(document).cloneNode(true) as Element;
  for (const noise of body.querySelectorAll('script, style, [class*="related"], [class*="social"]')) noise.remove();
  // The first site's slug line ("LSO-", "(HQ) -") is not the republisher's.
  const first = body.querySelector('p');
  if (first?.firstChild?.nodeType === 3) first.firstChild.textContent = (first.firstChild.textContent ?? '').replace(/^\s*\(?[A-ZĐ]{2,6}\)?\s*[-–]\s*/, '');
  for (const caption of body.querySelectorAll('figcaption')) caption.textContent = `Ảnh minh họa: ${caption.textContent?.trim() ?? ''} (Ảnh tư liệu)`;
  const slug = `tin-${Math.abs([...title].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7))}.html`;
  const canonical = `https://${SYNDICATED_SITE.host}/thoi-su/${slug}`;
  // Republished a day later, as aggregators do.
  const day = published ? new Date(Date.parse(published) + 86_400_000).toISOString().replace(/\.\d+Z$/, '+00:00') : '';
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escape(title)} - ${SYNDICATED_SITE.name}</title>
<meta property="og:site_name" content="${SYNDICATED_SITE.name}">
<meta property="og:title" content="${escape(title)}">
<meta property="og:url" content="${canonical}">
${day ? `<meta property="article:published_time" content="${day}">` : ''}
<link rel="canonical" href="${canonical}">
</head>
<body>
<div class="site-top"><a href="/">${SYNDICATED_SITE.name}</a> · <a href="/lien-he">Liên hệ</a> · <a href="/dang-ky">Đăng ký nhận tin</a></div>
<nav class="main-menu"><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/bien-mau">Biên mậu</a></li><li><a href="/xuat-nhap-khau">Xuất nhập khẩu</a></li><li><a href="/doanh-nghiep">Doanh nghiệp</a></li></ul></nav>
<main class="page">
  <div class="story">
    <p class="kicker"><a href="/thoi-su">Thời sự</a></p>
    <h1 class="story-title">${escape(title)}</h1>
    <p class="story-meta">Đăng lại theo bản tin tổng hợp · ${SYNDICATED_SITE.name}</p>
    <p class="story-lead"><strong>${SYNDICATED_SITE.name} giới thiệu lại bài viết được nhiều bạn đọc quan tâm trong tuần qua.</strong></p>
    <div class="story-body">${body.innerHTML}</div>
  </div>
  <aside class="most-read"><h3>Đọc nhiều</h3><ol><li><a href="/a.html">Giá vàng hôm nay tăng nhẹ</a></li><li><a href="/b.html">Cửa khẩu Hữu Nghị thông quan hơn 1.000 xe mỗi ngày</a></li><li><a href="/c.html">Thời tiết cuối tuần: miền Bắc có mưa rào</a></li></ol></aside>
</main>
<footer class="site-footer"><p>© ${SYNDICATED_SITE.name}. Trang tin tổng hợp, ghi rõ nguồn khi đăng lại.</p><p>Địa chỉ: số 1 phố Biên Mậu, thành phố Lạng Sơn.</p></footer>
</body>
</html>`;
}
