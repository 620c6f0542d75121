import { describe, expect, it } from 'vitest';
import { suggestTags } from './suggest-tags.ts';

const inUse = ['buôn lậu xăng dầu', 'chống buôn lậu', 'Hải quan Lạng Sơn', 'hoà giải', 'ma tuý'];

describe('suggestTags', () => {
  it('matches without diacritics, word starts first', () => {
    expect(suggestTags(inUse, 'buon', [])).toEqual(['buôn lậu xăng dầu', 'chống buôn lậu']);
    expect(suggestTags(inUse, 'LANG SON', [])).toEqual(['Hải quan Lạng Sơn']);
  });
  it('ranks a word start above a match inside a word', () => {
    expect(suggestTags(['trạm an', 'an ninh'], 'an', [])).toEqual(['trạm an', 'an ninh']);
    expect(suggestTags(['lan', 'anh'], 'an', [])).toEqual(['anh', 'lan']);
  });
  it('reads old and new tone placement alike', () => {
    expect(suggestTags(inUse, 'hòa', [])).toEqual(['hoà giải']);
  });
  it('leaves out the tags the clip has, in any case or spacing', () => {
    expect(suggestTags(inUse, 'buon', ['Chống  Buôn lậu'])).toEqual(['buôn lậu xăng dầu']);
  });
  it('offers tags in use before anything is typed, up to the limit', () => {
    expect(suggestTags(inUse, '', [], 2)).toEqual(['buôn lậu xăng dầu', 'chống buôn lậu']);
  });
});
