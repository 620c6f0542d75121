import { describe, expect, it } from 'vitest';
import { TermDictionary } from './term-dictionary.ts';

describe('TermDictionary', () => {
  it('gives the forms of one folded word one id and a bit each, old tones aliased', () => {
    const dict = new TermDictionary();
    const duong = dict.intern('đường');
    expect(dict.intern('dương')).toBe(duong + 1);
    expect(dict.intern('duong')).toBe(duong + 2);
    expect(dict.intern('đường')).toBe(duong);
    expect(dict.intern('hoà')).toBe(dict.intern('hòa'));
    expect(dict.variants[dict.id('hoa')!]).toBe('hòa');
    expect(dict.exactMask(dict.id('duong')!, 'dươ', true)).toBe(0b10);
  });

  it('restores ids, bits and prefix ranges, and keeps adding after a load', () => {
    const dict = new TermDictionary();
    for (const w of ['lạng', 'làng', 'sơn', 'son', 'hải', 'quan', 'quảng']) dict.intern(w);
    const order = [...dict.terms.keys()].sort((a, b) => (dict.terms[a]! < dict.terms[b]! ? -1 : 1));
    const back = TermDictionary.deserialize(dict.serialize(order));
    const packed = (d: TermDictionary, w: string) => {
      const p = d.intern(w);
      return [d.terms[Math.floor(p / 32)], p % 32];
    };
    for (const w of ['làng', 'lạng', 'son', 'sơn', 'quảng']) expect(packed(back, w)).toEqual(packed(dict, w));
    expect(back.variants[back.id('lang')!]).toBe('lạng làng');
    back.intern('quanh');
    back.intern('lăng');
    expect(back.withPrefix('qua').map((id) => back.terms[id])).toEqual(['quan', 'quang', 'quanh']);
    expect(packed(back, 'lăng')).toEqual(['lang', 2]);
    expect(back.id('nope')).toBeUndefined();
  });

  it('refuses unsorted or malformed lines', () => {
    expect(() => TermDictionary.deserialize('son sơn\nlang lạng')).toThrow('search-index-unreadable');
    expect(() => TermDictionary.deserialize('lang lạng\nlang làng')).toThrow('search-index-unreadable');
    expect(() => TermDictionary.deserialize('lang')).toThrow('search-index-unreadable');
  });
});
