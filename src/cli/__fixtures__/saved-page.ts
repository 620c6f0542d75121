/** A saved news page as a browser would store it: metadata in meta tags and JSON-LD, the article in <article>. */
export function savedPage(p: { title: string; site: string; url: string; published: string; byline: string; lead: string; paragraphs: string[] }): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: p.title, datePublished: p.published, author: { '@type': 'Person', name: p.byline } });
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${p.title} | ${p.site}</title>
<link rel="canonical" href="${p.url}"><meta property="og:url" content="${p.url}"><meta property="og:site_name" content="${p.site}">
<meta property="og:title" content="${p.title}"><meta property="article:published_time" content="${p.published}">
<script type="application/ld+json">${ld}</script></head>
<body><header><nav><a href="/">Trang chủ</a> <a href="/kinh-te">Kinh tế</a></nav></header>
<main><article><h1>${p.title}</h1><p class="sapo"><strong>${p.lead}</strong></p>
${p.paragraphs.map((x) => `<p>${x}</p>`).join('\n')}
<p class="author"><strong>${p.byline}</strong></p></article></main>
<footer>© ${p.site}</footer></body></html>`;
}
