import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { exampleBundle } from './__fixtures__/example-bundle.ts';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { expectGolden } from './__fixtures__/expect-golden.ts';
import { buildDigest } from './build-digest.ts';
import { renderDigestHtml } from './render-digest-html.ts';

const digest = buildDigest(exampleBundle, exampleClips);
const html = renderDigestHtml(digest);
const { document } = parseHTML(html);

describe('renderDigestHtml', () => {
  it('matches the golden file', () => {
    expectGolden('digest.html', html);
  });

  it('is self-contained and email-safe: no scripts, style blocks, external resources or classes', () => {
    expect(html).not.toMatch(/<script|<style|<link|<img|<iframe|\sclass=|\ssrc=|url\(/i);
    expect(document.querySelectorAll('table').length).toBeGreaterThan(1);
    for (const el of document.querySelectorAll('h1, h2, h3, p, a')) expect(el.getAttribute('style')).toBeTruthy();
    for (const a of document.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('says everything in the digest, with specials escaped into text', () => {
    expect(document.querySelector('h1')?.textContent).toBe('Bản tin Hải quan tuần 47/2026');
    expect(html).toContain('Từ 17/11/2026 đến 23/11/2026');
    const headlines = [...document.querySelectorAll('h3 a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(headlines).toContainEqual(['Hải quan <Lạng Sơn> & “Kỷ cương - Đổi mới” *đột phá* [2026]', 'https://customs.gov.vn/tin?id=42&lang=vi']);
    expect(headlines).toHaveLength(4);
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(
      ['Dân vận khéo', 'Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả', 'Thi đua yêu nước', 'Khác']);
    const text = document.body.textContent ?? '';
    expect(text).toContain('Ghi chú: Tin <quan trọng> & cần *đọc kỹ*.');
    expect(text).toContain('Số liệu: 6.452,7 tỷ đồng; 31,7%; gần 3.500 bộ tờ khai');
    expect(text).toContain('Cũng đăng trên: Báo Lạng Sơn');
    expect(text).toContain('Báo Hải quan · 18/11/2026 · Trí Dũng');
    expect(text).not.toContain('Nồi cháo');
  });

  it('links only web addresses', () => {
    const evil = exampleClips.map((c) => (c.id === 'clip-chi-ma-kim-ngach' ? { ...c, canonicalUrl: 'javascript:alert(1)', url: 'javascript:alert(1)' } : c));
    const out = renderDigestHtml(buildDigest(exampleBundle, evil));
    expect(out).not.toContain('javascript:');
    expect(out).toContain('Kim ngạch qua cửa khẩu Chi Ma tăng 12%');
  });
});
