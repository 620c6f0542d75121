// @vitest-environment jsdom
// jsdom rather than happy-dom here: the original layout is sanitised with
// DOMPurify, which does not work on happy-dom (see sanitize-article-html.test.ts).
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { taggedText } from '../../../core/clip/tagged-text.ts';
import { getClip, saveClipContent } from '../../../platform/db/clips-repository.ts';
import { entitiesOfClip } from '../../../platform/db/entities-repository.ts';
import { freshDb, makeClip } from '../../../platform/db/testing/fake-db.ts';
import { renderLibrary, setUpLibraryTests, storeClip } from '../testing/library-harness.tsx';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
setUpLibraryTests();

/** Waits for an element by CSS selector: far cheaper than role or label queries on a whole page. */
const appear = (selector: string) => waitFor(() => expect(document.querySelector(selector)).not.toBeNull());


const LEAD = 'Cục Hải quan Lạng Sơn thu ngân sách 6.452,7 tỷ đồng, tăng 12% so với cùng kỳ.';
const BODY = 'Phong trào thi đua dân vận khéo được phát động từ ngày 20/5/2023.\n\nĐơn vị phối hợp với bộ đội biên phòng tuần tra tại cửa khẩu Hữu Nghị.';
const TEXT = taggedText(LEAD, BODY);

async function openClip() {
  const db = freshDb();
  await storeClip(db, { id: 'r1', title: 'Lạng Sơn vượt thu', lead: LEAD, publishedAt: '2026-11-02T08:00:00+07:00' }, BODY);
  const view = renderLibrary({ db, hash: '#clip=r1' });
  await screen.findByText('Lạng Sơn vượt thu', { selector: 'h2' });
  await waitFor(() => expect(document.querySelectorAll('mark').length).toBeGreaterThan(0));
  return view;
}

/** The panel entry of the entity standing on `text`. */
function itemOf(text: string): HTMLElement {
  const item = [...document.querySelectorAll<HTMLElement>('.entity-item')].find((li) => li.querySelector('.entity-item-text')?.textContent?.startsWith(`“${text}”`));
  if (!item) throw new Error(`no entity item for ${text}`);
  return item;
}

describe('the reading view', () => {
  it('marks every entity at its offsets in the lead and body, coloured by family', async () => {
    const { db } = await openClip();
    const stored = await entitiesOfClip(db, 'r1');
    expect(stored.length).toBeGreaterThanOrEqual(5);
    const marks = [...document.querySelectorAll<HTMLElement>('.article-text mark')];
    expect(marks.map((m) => [m.textContent, Number(m.dataset.at)])).toEqual(stored.map((e) => [TEXT.slice(e.start, e.end), e.start]));
    const unit = marks.find((m) => m.textContent === 'Cục Hải quan Lạng Sơn')!;
    expect(unit.className).toContain('family-unit');
    expect(unit.closest('p')!.className).toBe('article-lead');
    expect(marks.find((m) => m.textContent === '6.452,7 tỷ đồng')!.className).toContain('family-figure');
    expect(document.querySelectorAll('.article-text p')).toHaveLength(3);
  });

  it('keeps confirmations, corrections, rejections and additions, also through a re-tag', async () => {
    const { db, handlers } = await openClip();
    fireEvent.click(within(itemOf('Cục Hải quan Lạng Sơn')).getByRole('button', { name: /Đúng/ }));
    await waitFor(() => expect(within(itemOf('Cục Hải quan Lạng Sơn')).getByText('Đã xác nhận')).toBeTruthy());

    fireEvent.click(within(itemOf('6.452,7 tỷ đồng')).getByRole('button', { name: /Sai, bỏ/ }));
    await waitFor(() => expect(within(itemOf('6.452,7 tỷ đồng')).getByText('Đã bỏ')).toBeTruthy());
    expect(document.querySelector('mark.status-rejected')?.textContent).toBe('6.452,7 tỷ đồng');

    fireEvent.click(within(itemOf('12%')).getByRole('button', { name: /Sửa/ }));
    const form = screen.getByLabelText('Nhãn cho “12%”');
    fireEvent.input(within(form).getByLabelText('Tỷ lệ (%)'), { target: { value: 'mười hai' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText(/Không đọc được số này/)).toBeTruthy();
    fireEvent.input(within(form).getByLabelText('Tỷ lệ (%)'), { target: { value: '12,5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(within(itemOf('12%')).getByText('Đã sửa')).toBeTruthy());
    expect(within(itemOf('12%')).getByText(/máy gắn: 12%/)).toBeTruthy();

    // Add one by selecting text: the form comes prefilled from the selection.
    const words = [...document.querySelectorAll('.article-text span')].find((s) => s.textContent!.includes('bộ đội biên phòng'))!;
    const node = words.firstChild!;
    const range = document.createRange();
    range.setStart(node, node.textContent!.indexOf('bộ đội'));
    range.setEnd(node, node.textContent!.indexOf('biên phòng') + 'biên phòng'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    fireEvent.mouseUp(document.querySelector('.article-text')!);
    fireEvent.click(await screen.findByText('Gắn nhãn cho đoạn này'));
    const adding = await screen.findByLabelText('Nhãn cho “bộ đội biên phòng”');
    expect((within(adding).getByLabelText('Loại') as HTMLSelectElement).value).toBe('unit');
    expect((within(adding).getByLabelText('Tên đơn vị (đầy đủ)') as HTMLInputElement).value).toBe('bộ đội biên phòng');
    fireEvent.input(within(adding).getByLabelText('Tên đơn vị (đầy đủ)'), { target: { value: 'Bộ đội Biên phòng' } });
    fireEvent.click(within(adding).getByRole('button', { name: 'Thêm nhãn' }));
    await waitFor(() => expect(within(itemOf('bộ đội biên phòng')).getByText('Bạn thêm')).toBeTruthy());

    const reviewed = async () =>
      Object.fromEntries((await entitiesOfClip(db, 'r1')).filter((e) => e.status !== 'auto').map((e) => [e.text, [e.status, e.value]]));
    const before = await reviewed();
    expect(before).toEqual({
      'Cục Hải quan Lạng Sơn': ['confirmed', 'Cục Hải quan Lạng Sơn'],
      '6.452,7 tỷ đồng': ['rejected', { amount: 6452700000000, currency: 'VND' }],
      '12%': ['corrected', 12.5],
      'bộ đội biên phòng': ['added', 'Bộ đội Biên phòng'],
    });
    expect((await getClip(db, 'r1'))!.entityKeys).toContain('unit:Bộ đội Biên phòng');
    expect((await getClip(db, 'r1'))!.entityKeys).not.toContain('type:amount');

    fireEvent.click(screen.getByText('Gắn nhãn lại'));
    expect(await screen.findByText('Đã gắn nhãn lại; các chỉnh sửa của bạn vẫn được giữ.')).toBeTruthy();
    expect(handlers['retag-clip']).toHaveBeenCalledWith({ clipId: 'r1' }, expect.anything());
    expect(await reviewed()).toEqual(before);
    await waitFor(() => expect(within(itemOf('12%')).getByText('Đã sửa')).toBeTruthy());
    expect(within(itemOf('6.452,7 tỷ đồng')).getByText('Đã bỏ')).toBeTruthy();
  });

  it('filters the library by an entity', async () => {
    await openClip();
    fireEvent.click(within(itemOf('Cục Hải quan Lạng Sơn')).getByRole('button', { name: 'Cục Hải quan Lạng Sơn' }));
    await waitFor(() => expect(document.querySelector('article.reader')).toBeNull());
    expect(decodeURIComponent(location.hash.replace(/\+/g, ' '))).toBe('#unit=Cục Hải quan Lạng Sơn');
    expect(await screen.findByText('Đơn vị: Cục Hải quan Lạng Sơn')).toBeTruthy();
  });

  it('edits tags and the note, and says when the disk is full without losing what is stored', async () => {
    const { db } = await openClip();
    const tagInput = screen.getByLabelText('Thêm nhãn…');
    fireEvent.input(tagInput, { target: { value: 'tuần 45' } });
    fireEvent.keyDown(tagInput, { key: 'Enter' });
    await waitFor(async () => expect((await getClip(db, 'r1'))!.tags).toEqual(['tuần 45']));
    await appear('[aria-label="Gỡ nhãn tuần 45"]');

    vi.spyOn(db.articles, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const note = screen.getByLabelText('Ghi chú');
    fireEvent.input(note, { target: { value: 'Dùng cho bản tin tuần' } });
    fireEvent.blur(note);
    expect(await screen.findByText(/Bộ nhớ đã đầy/)).toBeTruthy();
    expect((await getClip(db, 'r1'))!.note).toBe('');
    expect((await getClip(db, 'r1'))!.tags).toEqual(['tuần 45']);
  });

  it('never lets hostile HTML from a page run: no script, frame or handler reaches the DOM', async () => {
    const db = freshDb();
    const hostile =
      '<p onclick="window.__pwned=1">Bài <a href="javascript:window.__pwned=1">xem</a> <a href="https://baohaiquan.vn/x">nguồn</a></p>' +
      '<script>window.__pwned=1</script><img src="x" onerror="window.__pwned=1"><iframe src="https://evil.example"></iframe>' +
      '<svg onload="window.__pwned=1"></svg><style>body{display:none}</style><form action="https://evil.example"><button>Gửi</button></form>';
    await saveClipContent(db, {
      clip: makeClip({ id: 'h1', title: '<img src=x onerror="window.__pwned=1">Tin', url: 'javascript:alert(1)', canonicalUrl: 'javascript:alert(1)' }),
      body: { id: 'h1', text: 'Nội dung <script>window.__pwned=1</script> thường.', html: hostile },
    });
    renderLibrary({ db, hash: '#clip=h1' });
    const title = await screen.findByText(/Tin$/, { selector: 'h2' });
    expect(title.textContent).toBe('<img src=x onerror="window.__pwned=1">Tin');
    fireEvent.click(screen.getByText('Bố cục gốc'));
    const original = document.querySelector('.article-original')!;
    expect(original.textContent).toContain('nguồn');
    expect(document.querySelectorAll('script, iframe, svg, style, form, object, embed, base')).toHaveLength(0);
    for (const el of document.body.querySelectorAll('*')) {
      expect(el.getAttributeNames().filter((a) => a.startsWith('on'))).toEqual([]);
    }
    const links = [...document.body.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    expect(links.some((h) => h.toLowerCase().startsWith('javascript:'))).toBe(false);
    for (const a of original.querySelectorAll('a')) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    // The page's own address is not a web address: no link to it is offered.
    expect(screen.queryByText(/Mở bài gốc/)).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
