import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fnv1a64 } from './fnv1a64.ts';
import { hammingDistance, popcount32 } from './hamming-distance.ts';
import { isSameStory, SAME_STORY_MAX_DISTANCE } from './is-same-story.ts';
import { simhash } from './simhash.ts';

// The development corpus, copied beside the bench so the tests need no ../shared.
const corpus = (path: string) => readFileSync(new URL(`../../../scripts/bench/corpus/${path}`, import.meta.url), 'utf8');
const hex = (s: string) => {
  const h = new Uint32Array(2);
  fnv1a64(s, h);
  return h[0]!.toString(16).padStart(8, '0') + h[1]!.toString(16).padStart(8, '0');
};

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(hex('')).toBe('cbf29ce484222325');
    expect(hex('a')).toBe('af63dc4c8601ec8c');
    expect(hex('foobar')).toBe('85944171f73967e8');
  });
});

describe('hammingDistance', () => {
  it('counts differing bits over both halves', () => {
    expect(popcount32(0xffffffff)).toBe(32);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(hammingDistance('00000000000000F0', '00000000000000f0')).toBe(0);
  });
  it('treats missing or malformed fingerprints as unrelated', () => {
    expect(hammingDistance('', '')).toBe(64);
    expect(hammingDistance('xyz', '0000000000000000')).toBe(64);
    expect(isSameStory('', '')).toBe(false);
  });
});

describe('simhash', () => {
  const article = corpus('text/seed-003.txt');

  it('is 16 hex digits, empty for text without words', () => {
    expect(simhash(article)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(' … !!')).toBe('');
    expect(simhash('Hải quan')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores case, whitespace, diacritics and Unicode normalization', () => {
    const fp = simhash(article);
    expect(simhash(article.toUpperCase().replace(/\s+/g, '   '))).toBe(fp);
    expect(simhash(article.normalize('NFD'))).toBe(fp);
    expect(simhash(article.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd'))).toBe(fp);
  });

  it('recognises the same story with another lead sentence, other captions and punctuation', () => {
    const paras = article.split('\n').filter((p) => p.trim() !== '');
    const first = paras.findIndex((p) => p.split(/\s+/).length > 25);
    const rest = paras[first]!.split(/(?<=[.!?])\s+/).slice(1);
    paras[first] = ['Theo phóng viên, sự việc đang được các cơ quan chức năng tiếp tục làm rõ.', ...rest].join(' ');
    const republished = paras
      .filter((p) => !p.includes('Ảnh:'))
      .toSpliced(3, 0, 'Lực lượng chức năng kiểm tra hàng hóa tại cửa khẩu. Ảnh: Hoàng Anh')
      .join('\n\n')
      .replace(/ - /g, ' – ')
      .replace(/\.\s+/g, '.  ');
    expect(republished).not.toBe(article);
    expect(isSameStory(simhash(article), simhash(republished))).toBe(true);
  });

  it('recognises the same article extracted from its page (slug lines, captions, dateline differ)', () => {
    expect(isSameStory(simhash(corpus('text/seed-000.txt')), simhash(corpus('bodies/thoibaotaichinhvietnam-seed-000.body.txt')))).toBe(true);
    expect(isSameStory(simhash(corpus('text/seed-003.txt')), simhash(corpus('bodies/haiquanonline-seed-003.body.txt')))).toBe(true);
  });

  it('keeps two different customs articles on similar topics apart', () => {
    // Both are about customs emulation campaigns (the closest distinct pair of the corpus).
    expect(isSameStory(simhash(corpus('text/news-037.txt')), simhash(article))).toBe(false);
    // Both about customs revenue.
    expect(isSameStory(simhash(corpus('text/news-001.txt')), simhash(corpus('text/news-003.txt')))).toBe(false);
  });

  it('keeps every pair of distinct corpus texts beyond the threshold', () => {
    const names = ['001', '003', '005', '007', '009', '011', '013', '015', '017', '019', '021', '023', '025', '027', '029', '031', '033', '035', '037', '039', '041', '043', '045'];
    const fps = [...names.map((n) => corpus(`text/news-${n}.txt`)), ...['000', '001', '003'].map((n) => corpus(`text/seed-${n}.txt`))].map(simhash);
    let closest = 64;
    for (let i = 0; i < fps.length; i++) for (let j = i + 1; j < fps.length; j++) closest = Math.min(closest, hammingDistance(fps[i]!, fps[j]!));
    expect(closest).toBeGreaterThan(SAME_STORY_MAX_DISTANCE);
  });
});
