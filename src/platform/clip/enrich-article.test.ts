import { describe, expect, it } from 'vitest';
import { CORE_ENRICH, enrichArticle, languageOf } from './enrich-article.ts';

const article = { lead: 'Hải quan Lạng Sơn thu ngân sách.', text: 'Cục Hải quan Lạng Sơn thu 6.000 tỷ đồng trong năm nay, vượt chỉ tiêu được giao.', publishedAt: null, warnings: [], lang: 'und' };

describe('languageOf', () => {
  it('detects the language the page script left undecided', () => {
    expect(languageOf(article)).toEqual({ lang: 'vi', warnings: [] });
  });

  it('warns once for a text that is not Vietnamese, and keeps a language already known', () => {
    expect(languageOf({ ...article, lang: 'en', warnings: ['no-date', 'not-vietnamese'] })).toEqual({ lang: 'en', warnings: ['no-date', 'not-vietnamese'] });
    expect(languageOf({ ...article, lang: 'vi', warnings: ['not-vietnamese'] })).toEqual({ lang: 'vi', warnings: [] });
  });

  it('stays undecided, without a warning, when detection fails', () => {
    const broken = { ...CORE_ENRICH, detectLanguage: () => { throw new Error('x'); } };
    expect(languageOf(article, broken)).toEqual({ lang: 'und', warnings: [] });
  });
});

describe('enrichArticle', () => {
  it('tags lead and body together and fingerprints the body', () => {
    const e = enrichArticle(article, []);
    expect(e.entities[0]).toMatchObject({ type: 'unit', start: 0 });
    expect(e.entities.some((x) => x.type === 'amount' && x.start > article.lead.length)).toBe(true);
    expect(e.fingerprint).toBe(CORE_ENRICH.fingerprint(article.text));
  });
});
