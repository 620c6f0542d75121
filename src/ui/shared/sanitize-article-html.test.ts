// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from './sanitize-article-html.ts';

const HOSTILE = `
<p onclick="alert(1)" style="color:red">Cục Hải quan <b>Lạng Sơn</b> <a href="javascript:alert(1)">xấu</a>
<a href="https://baohaiquan.vn/a.html" target="_self" onmouseover="x()">bài gốc</a></p>
<script>alert(1)</script><style>body{display:none}</style>
<img src="x" onerror="alert(1)"><img src="https://img.vn/a.jpg" srcset="javascript:x 1x">
<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="><img src="data:image/png;base64,iVBORw0KGgo=">
<iframe src="https://evil.example"></iframe><svg><script>alert(1)</script></svg>
<form action="https://evil.example"><input name="q"><button formaction="javascript:x()">Gửi</button></form>
<object data="x.swf"></object><embed src="x.swf"><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">
<link rel="stylesheet" href="https://evil.example/x.css"><div data-x="1" id="main"><h2>Tiêu đề</h2><table><tr><td colspan="2">ô</td></tr></table></div>
<math><mi xlink:href="javascript:alert(1)">x</mi></math><a href="  JAVASCRIPT:alert(1)">x</a><p><span style="position:fixed">phủ</span></p>`;

describe('sanitizeArticleHtml', () => {
  it('keeps article markup and drops everything that runs, styles, frames or submits', () => {
    const host = document.createElement('div');
    host.innerHTML = sanitizeArticleHtml(HOSTILE);
    expect(host.querySelectorAll('script, style, iframe, svg, math, form, input, button, object, embed, base, meta, link').length).toBe(0);
    for (const el of host.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
        expect(['style', 'srcset', 'id', 'data-x', 'formaction']).not.toContain(attr);
      }
    }
    expect(host.querySelector('b')?.textContent).toBe('Lạng Sơn');
    expect(host.querySelector('h2')?.textContent).toBe('Tiêu đề');
    expect(host.querySelector('td')?.getAttribute('colspan')).toBe('2');
  });

  it('lets links out only to http(s), in a new tab without opener or referrer', () => {
    const host = document.createElement('div');
    host.innerHTML = sanitizeArticleHtml(HOSTILE);
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([null, 'https://baohaiquan.vn/a.html', null]);
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('keeps http(s) and raster data images only, without a referrer', () => {
    const host = document.createElement('div');
    host.innerHTML = sanitizeArticleHtml(HOSTILE);
    const srcs = [...host.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    expect(srcs).toEqual([null, 'https://img.vn/a.jpg', null, 'data:image/png;base64,iVBORw0KGgo=']);
    for (const img of host.querySelectorAll('img')) expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
  });
});
