import type { Digest, DigestItem } from './build-digest.ts';
import { DIGEST_LABELS_VI, type DigestLabels } from './digest-labels.ts';
import { safeHttpUrl } from './escape-html.ts';

// The digest as Markdown, for wikis, chat and mailing tools. Inline specials
// are escaped everywhere; block markers (#, >, -, +, "1.") only where a line
// starts, so "6.452,7 tỷ đồng" stays readable in the raw text.

/** Text inside a line (after other text), rendered as exactly itself. */
export function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** A paragraph of its own: also no heading, quote, list or rule where it starts. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A link destination in angle brackets, with the few characters that would end it encoded. */
function destination(url: string): string {
  return `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;
}

function link(text: string, url: string): string {
  const href = safeHttpUrl(url);
  return href ? `[${escapeInline(text)}](${destination(href)})` : escapeInline(text);
}

/** An ATX heading; a trailing "#" would be read as the closing sequence. */
const heading = (level: number, text: string) => `${'#'.repeat(level)} ${escapeInline(text).replace(/#+$/, '\\$&')}`;

const paragraphs = (text: string) => text.split(/\n\s*\n/).map(escapeMarkdown).filter(Boolean);

function item(it: DigestItem, labels: DigestLabels): string[] {
  const out = [`### ${link(it.headline, it.url)}`];
  const meta = [it.site, it.date, it.byline].filter((m): m is string => !!m).map(escapeInline).join(' · ');
  if (meta) out.push(`*${meta}*`);
  if (it.summary) out.push(it.summaryIsNote ? `**${escapeInline(labels.note)}:** ${escapeInline(it.summary)}` : escapeMarkdown(it.summary));
  if (it.keyFigures.length) {
    out.push(`**${escapeInline(labels.figures)}:** ${it.keyFigures.map((f) => escapeInline(f.label)).join('; ')}`);
  }
  if (it.alsoOn.length) out.push(`${escapeMarkdown(labels.alsoOn)}: ${it.alsoOn.map((l) => link(l.site || l.url, l.url)).join(', ')}`);
  return out;
}

/** The digest as a Markdown document: same content as the HTML digest. */
export function renderDigestMarkdown(digest: Digest, labels: DigestLabels = DIGEST_LABELS_VI): string {
  const blocks: string[] = [heading(1, digest.title)];
  if (digest.periodLabel) blocks.push(`*${escapeInline(digest.periodLabel)}*`);
  blocks.push(...paragraphs(digest.intro));
  for (const section of digest.sections) {
    if (section.title) blocks.push(heading(2, section.title));
    for (const it of section.items) blocks.push(...item(it, labels));
  }
  blocks.push('---', `*${escapeInline(labels.footer(digest.itemCount))}*`);
  return `${blocks.join('\n\n')}\n`;
}
