// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPopup } from './testing/popup-harness.tsx';

// popup.html paints a static shell before its script runs (the first frame
// waits for no script). That shell must be the frame the live popup then
// draws over it, or the popup jumps when the script takes over, and it must
// not speak a language the user may not have chosen.

const html = readFileSync(join(import.meta.dirname, '../../../entrypoints/popup/index.html'), 'utf8');

function shell(): Element {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const frame = doc.querySelector('#app > .popup');
  if (!frame) throw new Error('popup.html has no .popup shell in #app');
  return frame;
}

/** Where a shell element differs from the live element at the same place (by tag, classes and position). */
function mismatches(shellEl: Element, liveEl: Element | undefined, path = 'popup'): string[] {
  if (!liveEl || liveEl.tagName !== shellEl.tagName) return [`${path}: <${shellEl.tagName.toLowerCase()}> where the popup has ${liveEl ? `<${liveEl.tagName.toLowerCase()}>` : 'nothing'}`];
  const missing = [...shellEl.classList].filter((c) => !liveEl.classList.contains(c));
  const own = missing.length > 0 ? [`${path}: class ${missing.join(' ')} not in the popup`] : [];
  const liveChildren = [...liveEl.children];
  return [...own, ...[...shellEl.children].flatMap((child, i) => mismatches(child, liveChildren[i], `${path} > ${child.tagName.toLowerCase()}`))];
}

const never = () => new Promise<never>(() => {});

afterEach(cleanup);

describe('popup.html shell', () => {
  it('is the frame of the popup as it first renders: same elements, same places, same classes', () => {
    const { container } = renderPopup({ services: { activeTabId: never, shortcut: never, data: never, reviewAfterClip: never } });
    const live = container.querySelector('.popup');
    expect(live).toBeTruthy();
    expect(mismatches(shell(), live!)).toEqual([]);
  });

  it('says nothing but the name, which reads the same in Vietnamese and English, and cannot be used', () => {
    const frame = shell();
    expect(frame.textContent?.replace(/\s|\u00a0/g, '')).toBe('Bantin');
    expect(frame.hasAttribute('inert')).toBe(true);
  });

  it('styles itself with no stylesheet to fetch: the styles are inline', () => {
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect(html).toMatch(/<style>[^<]*@import '\.\.\/\.\.\/src\/ui\/styles\/theme\.css'/);
  });
});
