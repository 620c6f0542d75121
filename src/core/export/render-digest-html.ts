import type { Digest, DigestItem, DigestLink } from './build-digest.ts';
import { DIGEST_LABELS_VI, type DigestLabels } from './digest-labels.ts';
import { escapeHtml as esc, safeHttpUrl } from './escape-html.ts';

// An email-ready digest: one file that survives being pasted into a mail
// client. Mail clients drop <style> blocks and ignore modern layout, so every
// style is inline, the layout is tables, and nothing is loaded from outside.

const FONT = "font-family:Arial,'Helvetica Neue',Helvetica,sans-serif;";
const S = {
  body: 'margin:0;padding:0;background-color:#f3f4f6;',
  outer: 'width:100%;background-color:#f3f4f6;',
  card: `width:100%;max-width:680px;background-color:#ffffff;${FONT}color:#1f2937;`,
  h1: `margin:0 0 6px 0;${FONT}font-size:24px;line-height:1.3;color:#0b3d6e;`,
  period: `margin:0;${FONT}font-size:14px;color:#4b5563;`,
  intro: `margin:0 0 12px 0;${FONT}font-size:15px;line-height:1.6;`,
  h2: `margin:0;padding:0 0 6px 0;${FONT}font-size:18px;color:#0b3d6e;border-bottom:2px solid #0b3d6e;`,
  h3: `margin:0 0 4px 0;${FONT}font-size:16px;line-height:1.4;`,
  link: 'color:#0b5cad;text-decoration:none;',
  meta: `margin:0 0 8px 0;${FONT}font-size:13px;color:#6b7280;`,
  text: `margin:0 0 8px 0;${FONT}font-size:15px;line-height:1.6;`,
  figures: `margin:0 0 8px 0;${FONT}font-size:14px;line-height:1.5;color:#374151;`,
  also: `margin:0;${FONT}font-size:13px;color:#4b5563;`,
  footer: `margin:0;${FONT}font-size:12px;color:#9ca3af;`,
};

const row = (content: string, padding: string) => `<tr><td style="padding:${padding};">${content}</td></tr>`;

function link(text: string, url: string, style = S.link): string {
  const href = safeHttpUrl(url);
  return href ? `<a href="${esc(href)}" style="${style}">${esc(text)}</a>` : esc(text);
}

const paragraphs = (text: string, style: string) =>
  text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
    .map((p) => `<p style="${style}">${esc(p).replace(/\n/g, '<br>')}</p>`).join('');

function alsoOn(links: DigestLink[], labels: DigestLabels): string {
  if (!links.length) return '';
  return `<p style="${S.also}">${esc(labels.alsoOn)}: ${links.map((l) => link(l.site || l.url, l.url)).join(', ')}</p>`;
}

function item(it: DigestItem, labels: DigestLabels): string {
  const meta = [it.site, it.date, it.byline].filter(Boolean).map((m) => esc(m!)).join(' · ');
  const summary = it.summaryIsNote
    ? `<p style="${S.text}"><strong>${esc(labels.note)}:</strong> ${esc(it.summary)}</p>`
    : `<p style="${S.text}">${esc(it.summary)}</p>`;
  const figures = it.keyFigures.length
    ? `<p style="${S.figures}"><strong>${esc(labels.figures)}:</strong> ${it.keyFigures.map((f) => esc(f.label)).join('; ')}</p>`
    : '';
  return `<h3 style="${S.h3}">${link(it.headline, it.url)}</h3>`
    + (meta ? `<p style="${S.meta}">${meta}</p>` : '')
    + (it.summary ? summary : '') + figures + alsoOn(it.alsoOn, labels);
}

/** The digest as one self-contained, email-ready HTML file in Vietnamese. */
export function renderDigestHtml(digest: Digest, labels: DigestLabels = DIGEST_LABELS_VI): string {
  const rows: string[] = [];
  const head = `<h1 style="${S.h1}">${esc(digest.title)}</h1>`
    + (digest.periodLabel ? `<p style="${S.period}">${esc(digest.periodLabel)}</p>` : '');
  rows.push(row(head, '28px 32px 12px 32px'));
  if (digest.intro) rows.push(row(paragraphs(digest.intro, S.intro), '8px 32px 4px 32px'));
  for (const section of digest.sections) {
    if (section.title) rows.push(row(`<h2 style="${S.h2}">${esc(section.title)}</h2>`, '20px 32px 4px 32px'));
    for (const it of section.items) rows.push(row(item(it, labels), '12px 32px 12px 32px'));
  }
  rows.push(row(`<p style="${S.footer}">${esc(labels.footer(digest.itemCount))}</p>`, '20px 32px 28px 32px'));
  const table = (style: string, inner: string, width = '100%') =>
    `<table role="presentation" width="${width}" cellpadding="0" cellspacing="0" border="0" style="${style}">${inner}</table>`;
  const card = table(S.card, rows.join('\n'), '680');
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(digest.title)}</title>`,
    '</head>',
    `<body style="${S.body}">`,
    table(S.outer, `<tr><td align="center" style="padding:24px 12px;">\n${card}\n</td></tr>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
