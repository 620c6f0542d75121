import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { exampleBundle } from './__fixtures__/example-bundle.ts';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { expectGolden } from './__fixtures__/expect-golden.ts';
import { buildDigest } from './build-digest.ts';
import { escapeMarkdown, renderDigestMarkdown } from './render-digest-markdown.ts';

const digest = buildDigest(exampleBundle, exampleClips);
const md = renderDigestMarkdown(digest);
/** What a CommonMark/GFM reader makes of it. */
const rendered = (src: string) => parseHTML(`<html><body>${marked.parse(src, { async: false })}</body></html>`).document;

describe('renderDigestMarkdown', () => {
  it('matches the golden file', () => {
    expectGolden('digest.md', md);
  });

  it('renders, through a Markdown parser, to the same headings, links and text as the digest', () => {
    const doc = rendered(md);
    expect(doc.querySelector('h1')?.textContent).toBe(digest.title);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(digest.sections.map((s) => s.title));
    const items = digest.sections.flatMap((s) => s.items);
    expect([...doc.querySelectorAll('h3 a')].map((a) => [a.textContent, a.getAttribute('href')]))
      .toEqual(items.map((i) => [i.headline, i.url]));
    const text = doc.body.textContent ?? '';
    for (const it of items) expect(text).toContain(it.summary);
    expect(text).toContain('Số liệu: 6.452,7 tỷ đồng; 31,7%; gần 3.500 bộ tờ khai');
    expect(text).toContain('Cũng đăng trên: Báo Lạng Sơn');
    expect(doc.querySelector('em')?.textContent).toBe('Từ 17/11/2026 đến 23/11/2026');
  });

  it('escapes every special so a line reads back as itself', () => {
    const nasty = ['# không tiêu đề', '> không trích', '- không danh sách', '1. không số', '*a* _b_ `c` [d](e) <f> g|h ~~i~~ &amp; \\ j',
      '+84 đường dây', '= bằng'];
    for (const s of nasty) {
      const doc = rendered(escapeMarkdown(s));
      expect(doc.body.textContent?.trim()).toBe(s);
      expect(doc.querySelector('h1, blockquote, ul, ol, em, code, a, strong, del')).toBeNull();
    }
    const titled = renderDigestMarkdown({ ...digest, title: 'Tin số #', sections: [] });
    expect(rendered(titled).querySelector('h1')?.textContent).toBe('Tin số #');
  });
});
