import type { ExportedClip, Period } from '../schemas/index.ts';
import { foldText, normalizeTone } from '../text/fold.ts';
import { activeEntities } from './active-entities.ts';
import { clipSite } from './clip-site.ts';
import { vietnamDay, vietnamInstant } from './vietnam-day.ts';

export interface ClipQuery {
  /** Calendar days in Vietnam time, both ends included. */
  period?: Period;
  /**
   * Which day must fall in the period. `either` (default): the day the article
   * was published or the day it was clipped, so a late find clipped this week
   * still makes this week's digest, and an article dated this week but clipped
   * later does too. A clip without a published date is judged by its clip day.
   */
  dateField?: 'published' | 'clipped' | 'either';
  /** Words (or "quoted phrases") that must all occur in title, lead, text, note, tags or entities; accents optional. */
  text?: string;
  unit?: string;
  campaign?: string;
  /** Site name or host. */
  site?: string;
  tag?: string;
}

const key = (s: string) => foldText(normalizeTone(s.normalize('NFC'))).replace(/\s+/g, ' ').trim();

function terms(query: string): string[] {
  const out: string[] = [];
  for (const m of query.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/g)) {
    const t = key(m[1] ?? m[2] ?? m[3] ?? '');
    if (t) out.push(t);
  }
  return out;
}

function inPeriod(clip: ExportedClip, period: Period, field: ClipQuery['dateField']): boolean {
  const inside = (day: string | null) => day !== null && day >= period.start && day <= period.end;
  const published = vietnamDay(clip.publishedAt);
  const clipped = vietnamDay(clip.clippedAt);
  if (field === 'published') return inside(published ?? clipped);
  if (field === 'clipped') return inside(clipped);
  return inside(published) || inside(clipped);
}

function hasEntity(clip: ExportedClip, type: 'unit' | 'campaign', wanted: string): boolean {
  const k = key(wanted);
  return activeEntities(clip).some((e) => e.type === type && key(e.value) === k);
}

function haystack(clip: ExportedClip): string {
  const values = activeEntities(clip).map((e) => (typeof e.value === 'string' ? e.value : e.text));
  return key([clip.title, clip.lead, clip.text, clip.note, clipSite(clip), ...clip.tags, ...values].join(' \n '));
}

/** A sort key: when the article appeared, else when it was clipped. */
const timeOf = (c: ExportedClip) => vietnamInstant(c.publishedAt) ?? vietnamInstant(c.clippedAt) ?? 0;

/**
 * The clips that answer a query such as "everything from 17–23/11/2026 about
 * Cục Hải quan Lạng Sơn", oldest first (then by clip time, then id), so a
 * digest built from them reads in the order things happened.
 */
export function selectClipsForQuery(clips: ExportedClip[], query: ClipQuery): ExportedClip[] {
  const words = query.text ? terms(query.text) : [];
  const site = query.site ? key(query.site) : null;
  const tag = query.tag ? key(query.tag) : null;
  const picked = clips.filter((c) => {
    if (query.period && !inPeriod(c, query.period, query.dateField ?? 'either')) return false;
    if (query.unit && !hasEntity(c, 'unit', query.unit)) return false;
    if (query.campaign && !hasEntity(c, 'campaign', query.campaign)) return false;
    if (site !== null && key(clipSite(c)) !== site && !safeHost(c.canonicalUrl || c.url).endsWith(site)) return false;
    if (tag !== null && !c.tags.some((t) => key(t) === tag)) return false;
    if (words.length) {
      const hay = haystack(c);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  return picked.sort((a, b) => timeOf(a) - timeOf(b) || cmp(a.clippedAt, b.clippedAt) || cmp(a.id, b.id));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
