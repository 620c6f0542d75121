import type { Bundle, ExportedClip, Period } from '../schemas/index.ts';
import { clipSite, clipUrl } from './clip-site.ts';
import { keyFigures, type KeyFigure } from './key-figures.ts';
import { formatDayVi, vietnamDay } from './vietnam-day.ts';

// One view model for every digest renderer (HTML, Markdown, Word), so the
// three say the same thing and each only decides how it looks.

export interface DigestLink {
  site: string;
  url: string;
}

export interface DigestItem {
  clipId: string;
  headline: string;
  /** The canonical URL. */
  url: string;
  site: string;
  /** dd/mm/yyyy in Vietnam time; null when the article carries no date. */
  date: string | null;
  byline: string | null;
  /** The editor's note, else the lead, else the opening of the text. */
  summary: string;
  summaryIsNote: boolean;
  keyFigures: KeyFigure[];
  /** "Cũng đăng trên": the same story on other sites. */
  alsoOn: DigestLink[];
}

export interface DigestSection {
  id: string;
  title: string;
  items: DigestItem[];
}

export interface Digest {
  bundleId: string;
  title: string;
  /** "Từ 17/11/2026 đến 23/11/2026"; null without a period. */
  periodLabel: string | null;
  intro: string;
  sections: DigestSection[];
  itemCount: number;
  /** Items whose clip was not given: left out rather than shown half empty. */
  missingClipIds: string[];
}

/** The Vietnamese label of a period: "Từ 17/11/2026 đến 23/11/2026", or "Ngày 17/11/2026" for one day. */
export function periodLabelVi(period: Period): string {
  const [start, end] = [formatDayVi(period.start), formatDayVi(period.end)];
  return start === end ? `Ngày ${start}` : `Từ ${start} đến ${end}`;
}

const SUMMARY_MAX = 320;

/** The opening of the text, cut at a word boundary, for clips without a lead. */
function opening(text: string): string {
  const first = text.trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ') ?? '';
  if (first.length <= SUMMARY_MAX) return first;
  const cut = first.slice(0, SUMMARY_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_MAX / 2))} …`;
}

function alsoOnLinks(primary: ExportedClip, alsoClipIds: string[], byId: Map<string, ExportedClip>): DigestLink[] {
  const links: DigestLink[] = [];
  const seen = new Set([clipUrl(primary)]);
  const add = (site: string, url: string) => {
    if (!url || seen.has(url)) return;
    seen.add(url);
    links.push({ site, url });
  };
  for (const id of alsoClipIds) {
    const other = byId.get(id);
    if (other) add(clipSite(other), clipUrl(other));
  }
  for (const a of primary.alsoOn ?? []) add(a.siteName?.trim() || clipSite({ siteName: null, canonicalUrl: a.url, url: a.url }), a.url);
  return links;
}

/** The digest of a bundle: its sections and items, resolved against the clips. */
export function buildDigest(bundle: Bundle, clips: ExportedClip[]): Digest {
  const byId = new Map(clips.map((c) => [c.id, c]));
  const missingClipIds: string[] = [];
  const sections: DigestSection[] = [];
  for (const section of bundle.sections) {
    const items: DigestItem[] = [];
    for (const item of section.items) {
      const clip = byId.get(item.clipId);
      if (!clip) {
        missingClipIds.push(item.clipId);
        continue;
      }
      const note = item.note.trim();
      const day = vietnamDay(clip.publishedAt);
      items.push({
        clipId: clip.id,
        headline: clip.title.trim() || clipUrl(clip),
        url: clipUrl(clip),
        site: clipSite(clip),
        date: day ? formatDayVi(day) : null,
        byline: clip.byline?.trim() || null,
        summary: note || clip.lead.trim() || opening(clip.text),
        summaryIsNote: note !== '',
        keyFigures: keyFigures(clip),
        alsoOn: alsoOnLinks(clip, item.alsoClipIds, byId),
      });
    }
    if (items.length) sections.push({ id: section.id, title: section.title, items });
  }
  return {
    bundleId: bundle.id,
    title: bundle.title,
    periodLabel: bundle.period ? periodLabelVi(bundle.period) : null,
    intro: bundle.intro.trim(),
    sections,
    itemCount: sections.reduce((n, s) => n + s.items.length, 0),
    missingClipIds,
  };
}
