import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize-html.ts';

const root = (html: string): Element => parseHTML(`<html><body><div id="r">${html}</div></body></html>`).document.getElementById('r') as unknown as Element;

describe('sanitizeHtml', () => {
  it('keeps allowed structure and text, rebuilds attributes from the allow-list', () => {
    const out = sanitizeHtml(root('<h1 class="x">Tiêu đề</h1><p style="color:red" data-x="1">Một <b>hai</b> <a href="/bai" target="_blank" title="t">ba</a></p>'), 'https://x.vn/tin/');
    expect(out).toBe('<h2>Tiêu đề</h2><p>Một <b>hai</b> <a href="https://x.vn/bai" title="t">ba</a></p>');
  });

  it('drops scripts, handlers, frames, SVG and styles, and neutralises javascript: links', () => {
    const out = sanitizeHtml(
      root(`<p onclick="steal()">Chữ<script>alert(1)</script><img src="x.png" onerror="alert(2)"></p>
        <a href="javascript:alert(3)">bấm</a><a href=" JaVa&#09;script:alert(4)">bấm 2</a><iframe src="https://evil.example"></iframe>
        <svg><script>alert(5)</script><a href="javascript:alert(6)">s</a></svg><style>p{}</style><object data="x.swf"></object>
        <form action="/x"><input value="v"></form><math><mtext>m</mtext></math><img src="data:image/svg+xml;base64,PHN2Zz4=">
        <a href="data:text/html,<script>alert(7)</script>">d</a><p>"&lt;b&gt;" &amp; 'x'</p>`),
      'https://x.vn/',
    );
    expect(out).not.toMatch(/script|onclick|onerror|iframe|svg|style|object|form|input|javascript|data:|math|alert/i);
    expect(out).toContain('<img src="https://x.vn/x.png">');
    expect(out).toContain('bấm 2');
    expect(out).toContain('<p>"&lt;b&gt;" &amp; \'x\'</p>');
  });

  it('escapes attribute values', () => {
    const out = sanitizeHtml(root(`<img src="/a.jpg" alt='"><script>x</script>'>`), 'https://x.vn/');
    expect(out).toBe('<img src="https://x.vn/a.jpg" alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">');
  });
});
