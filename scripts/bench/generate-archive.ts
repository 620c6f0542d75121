import type { Clip } from '../../src/core/schemas/clip.ts';
import { foldText } from '../../src/core/text/fold.ts';
import { loadCorpusArticles } from './corpus-articles.ts';
import type { CorpusArticle } from './corpus-articles.ts';
import { seededRandom } from './seeded-random.ts';
import type { SeededRandom } from './seeded-random.ts';

// A deterministic library of n clips for benchmarks: real headlines, leads
// and sentences of the development corpus recombined into ~3 kB articles,
// figures re-drawn so amounts differ between clips, plausible sites, URLs and
// dates over 2023–2026, and about one clip in twelve a republication of an
// earlier story on another site (storyOf says which, for dedupe benches).
// Entities and fingerprints stay empty: the pipeline under test fills them.

export type GeneratedClip = Clip & { text: string; html: string };

const SITES = [
  ['Báo Hải quan', 'haiquanonline.com.vn'],
  ['Thời báo Tài chính Việt Nam', 'thoibaotaichinhvietnam.vn'],
  ['Báo Lạng Sơn', 'baolangson.vn'],
  ['VietnamPlus', 'www.vietnamplus.vn'],
  ['Báo Mới', 'baomoi.com'],
  ['VnExpress', 'vnexpress.net'],
  ['Tuổi Trẻ', 'tuoitre.vn'],
  ['Thanh Niên', 'thanhnien.vn'],
  ['Nhân Dân', 'nhandan.vn'],
  ['Báo Chính phủ', 'baochinhphu.vn'],
  ['Dân trí', 'dantri.com.vn'],
  ['Lao Động', 'laodong.vn'],
  ['VnEconomy', 'vneconomy.vn'],
  ['CafeF', 'cafef.vn'],
  ['Tạp chí Tài chính', 'tapchitaichinh.vn'],
  ['Báo Quảng Ninh', 'baoquangninh.vn'],
] as const;
const BYLINES = ['Mai Loan', 'Quốc Đạt', 'Ngọc Linh', 'Hoàng Anh', 'Thu Hòa', 'Nguyễn Hồng', 'Minh Châu', 'Lê Thu', 'Phạm Tuấn', 'Thanh Hương'];
const TAGS = ['thu ngân sách', 'chống buôn lậu', 'ma túy', 'cửa khẩu', 'thi đua', 'xuất nhập khẩu', 'Lạng Sơn', 'tuần này'];
const CAPTIONS = ['Lực lượng hải quan kiểm tra hàng hóa tại cửa khẩu.', 'Quang cảnh buổi làm việc.', 'Tang vật vụ việc.', 'Ảnh minh họa.'];

const FROM = Date.UTC(2023, 0, 1);
const TO = Date.UTC(2026, 11, 31);
const ICT = 7 * 3_600_000;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Amounts keep their shape (6.452,7) but get new digits: clips differ in their figures as real ones do. */
function redrawFigures(s: string, rng: SeededRandom): string {
  return s.replace(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+/g, (m) =>
    m.replace(/\d/g, (_d, i: number) => String(i === 0 ? rng.int(1, 9) : rng.int(0, 9))),
  );
}

function uuid(rng: SeededRandom): string {
  const h = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  h[12] = '4';
  return `${h.slice(0, 8).join('')}-${h.slice(8, 12).join('')}-${h.slice(12, 16).join('')}-${h.slice(16, 20).join('')}-${h.slice(20).join('')}`;
}

/** ISO 8601 in Vietnam time, as news sites publish. */
function ictIso(ms: number): string {
  return new Date(ms + ICT).toISOString().slice(0, 19) + '+07:00';
}

function paragraphsOf(sentences: string[], rng: SeededRandom): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const k = rng.int(1, 4);
    out.push(sentences.slice(i, i + k).join(' '));
    i += k;
  }
  return out;
}

function html(paragraphs: string[], images: Clip['images']): string {
  const figures = images.map((im) => `<figure><img src="${im.src}"><figcaption>${escape(im.caption ?? '')}</figcaption></figure>`);
  return [...figures.slice(0, 1), ...paragraphs.map((p) => `<p>${escape(p)}</p>`), ...figures.slice(1)].join('\n');
}

function makeClip(i: number, rng: SeededRandom, story: { title: string; lead: string; paragraphs: string[] }, publishedMs: number): GeneratedClip {
  const [siteName, domain] = rng.pick(SITES);
  const id = uuid(rng);
  const slug = foldText(story.title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  const url = `https://${domain}/${slug}-${100000 + i}.html`;
  const byline = rng.chance(0.75) ? rng.pick(BYLINES) : null;
  const images = Array.from({ length: rng.int(0, 2) }, (_, k) => ({ src: `https://${domain}/images/${100000 + i}-${k}.jpg`, caption: rng.pick(CAPTIONS) }));
  const clipped = new Date(publishedMs + rng.int(600, 72 * 3600) * 1000).toISOString();
  const text = story.paragraphs.join('\n\n');
  return {
    id,
    url,
    canonicalUrl: url,
    title: story.title,
    lead: story.lead,
    byline,
    publishedAt: ictIso(publishedMs),
    modifiedAt: null,
    siteName,
    lang: 'vi',
    wordCount: words(text),
    images,
    sources: { title: 'jsonld', publishedAt: 'jsonld', siteName: 'meta', lead: 'meta', ...(byline ? { byline: 'meta' as const } : {}) },
    warnings: byline ? [] : ['no-byline'],
    clippedAt: clipped,
    updatedAt: clipped,
    status: 'ready',
    tags: rng.chance(0.3) ? [rng.pick(TAGS)] : [],
    note: '',
    fingerprint: '',
    entityKeys: [],
    text,
    html: html(story.paragraphs, images),
  };
}

function freshStory(rng: SeededRandom, articles: CorpusArticle[], pool: string[]) {
  const base = rng.pick(articles);
  const target = rng.int(1800, 4200);
  const sentences = base.sentences.map((s) => redrawFigures(s, rng));
  let length = sentences.reduce((n, s) => n + s.length + 1, 0);
  while (length < target) {
    const s = redrawFigures(rng.pick(pool), rng);
    sentences.push(s);
    length += s.length + 1;
  }
  // Most headlines are the article's own; some are the opening clause of a sentence, as follow-ups are titled.
  const clause = rng.pick(pool).split(/[,;:]/)[0]!;
  const title = rng.chance(0.6) || words(clause) < 6 ? redrawFigures(base.title, rng) : clause.split(/\s+/).slice(0, 16).join(' ');
  const lead = rng.chance(0.7) ? redrawFigures(base.lead, rng) : redrawFigures(rng.pick(pool), rng);
  return { title, lead, paragraphs: paragraphsOf(sentences, rng) };
}

/** The same story on another site: its own lead sentence and an extra caption line. */
function republishedStory(original: GeneratedClip, rng: SeededRandom, pool: string[]) {
  const paragraphs = original.text.split('\n\n');
  paragraphs.splice(rng.int(1, Math.max(1, paragraphs.length - 1)), 0, `${rng.pick(CAPTIONS)} Ảnh: ${rng.pick(BYLINES)}`);
  return { title: original.title, lead: rng.chance(0.5) ? original.lead : rng.pick(pool), paragraphs };
}

let corpus: { articles: CorpusArticle[]; pool: string[] } | undefined;

/** n clips, the same for the same (n, seed); the first k of generateArchive(n) are generateArchive(k). */
export function generateArchive(n: number, seed = 1): GeneratedClip[] {
  corpus ??= (() => {
    const articles = loadCorpusArticles();
    return { articles, pool: articles.flatMap((a) => a.sentences) };
  })();
  const { articles, pool } = corpus;
  const rng = seededRandom(seed);
  const clips: GeneratedClip[] = [];
  for (let i = 0; i < n; i++) {
    if (i >= 20 && rng.chance(0.08)) {
      const original = clips[rng.int(Math.max(0, i - 500), i - 1)]!;
      const published = Date.parse(original.publishedAt!) + rng.int(1, 48) * 3_600_000;
      clips.push({ ...makeClip(i, rng, republishedStory(original, rng, pool), published), storyOf: original.id });
    } else {
      clips.push(makeClip(i, rng, freshStory(rng, articles, pool), rng.int(FROM, TO)));
    }
  }
  return clips;
}
