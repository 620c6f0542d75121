import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Digest, DigestItem } from './build-digest.ts';
import { DIGEST_LABELS_VI, type DigestLabels } from './digest-labels.ts';
import { safeHttpUrl } from './escape-html.ts';

// The digest as a Word document. Word picks a font per script class, and a
// theme font left in any of the four slots can fall back to one without
// Vietnamese glyphs (boxes instead of ằ, ữ), so every style names one font
// that has them in all four slots, and the text is marked vi-VN.

export const DOCX_FONT = 'Times New Roman';
const font = { ascii: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT, eastAsia: DOCX_FONT };
const language = { value: 'vi-VN' };
const BLUE = '0B3D6E';
const GREY = '6B7280';

function link(text: string, url: string): ParagraphChild {
  const href = safeHttpUrl(url);
  const run = new TextRun({ text, style: href ? 'Hyperlink' : undefined });
  return href ? new ExternalHyperlink({ link: href, children: [run] }) : run;
}

const paragraphs = (text: string) =>
  text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean)
    .map((p) => new Paragraph({ children: [new TextRun(p)], spacing: { after: 160 } }));

function labelled(label: string, rest: ParagraphChild[]): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...rest], spacing: { after: 80 } });
}

function item(it: DigestItem, labels: DigestLabels): Paragraph[] {
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [link(it.headline, it.url)] })];
  const meta = [it.site, it.date, it.byline].filter(Boolean).join(' · ');
  if (meta) out.push(new Paragraph({ children: [new TextRun({ text: meta, italics: true, color: GREY, size: 20 })], spacing: { after: 80 } }));
  if (it.summary) {
    out.push(it.summaryIsNote
      ? labelled(labels.note, [new TextRun(it.summary)])
      : new Paragraph({ children: [new TextRun(it.summary)], spacing: { after: 80 } }));
  }
  if (it.keyFigures.length) out.push(labelled(labels.figures, [new TextRun(it.keyFigures.map((f) => f.label).join('; '))]));
  if (it.alsoOn.length) {
    const links = it.alsoOn.flatMap((l, i) => (i ? [new TextRun(', '), link(l.site || l.url, l.url)] : [link(l.site || l.url, l.url)]));
    out.push(labelled(labels.alsoOn, links));
  }
  return out;
}

const heading = (size: number, color = BLUE) => ({
  run: { font, size, bold: true, color, language },
  paragraph: { spacing: { before: 240, after: 120 } },
});

/** The digest as a .docx file (bytes), Vietnamese text intact. */
export async function renderDigestDocx(digest: Digest, labels: DigestLabels = DIGEST_LABELS_VI): Promise<Uint8Array> {
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(digest.title)] })];
  if (digest.periodLabel) children.push(new Paragraph({ children: [new TextRun({ text: digest.periodLabel, italics: true })], spacing: { after: 240 } }));
  children.push(...paragraphs(digest.intro));
  for (const section of digest.sections) {
    if (section.title) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }));
    for (const it of section.items) children.push(...item(it, labels));
  }
  children.push(new Paragraph({ children: [new TextRun({ text: labels.footer(digest.itemCount), italics: true, color: GREY, size: 18 })], spacing: { before: 360 } }));
  const doc = new Document({
    creator: 'Bantin',
    title: digest.title,
    styles: {
      default: {
        document: { run: { font, size: 24, language } },
        title: { run: { font, size: 40, bold: true, color: BLUE, language } },
        heading1: heading(30),
        heading2: heading(26, '1F2937'),
        hyperlink: { run: { font, color: '0B5CAD', underline: {} } },
      },
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
