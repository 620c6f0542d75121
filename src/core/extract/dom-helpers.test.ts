import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { atPath, isAfter, linkDensity, norm, pathOf } from './dom-helpers.ts';

const doc = parseHTML('<html><body><article><header><h1 id="h">T</h1></header><section><p id="p">S <a href="/x">liên kết</a></p></section></article></body></html>')
  .document as unknown as Document;
const $ = (id: string): Element => doc.getElementById(id)!;

describe('dom helpers', () => {
  it('orders nodes across branches, descendants after their ancestor', () => {
    expect(isAfter($('p'), $('h'))).toBe(true);
    expect(isAfter($('h'), $('p'))).toBe(false);
    expect(isAfter($('p').firstChild!, $('p'))).toBe(true);
    expect(isAfter($('p'), $('p'))).toBe(false);
  });
  it('finds an element again in a clone by its path', () => {
    const clone = doc.cloneNode(true) as Document;
    expect(atPath(clone, pathOf($('p')))?.getAttribute('id')).toBe('p');
  });
  it('normalises white space and measures link density', () => {
    expect(norm('  a\u00a0\u200b b\n')).toBe('a b');
    expect(linkDensity($('p'))).toBeCloseTo(8 / 10);
  });
});
