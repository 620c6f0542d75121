import { describe, expect, it } from 'vitest';
import { cleanUrl, isClippableUrl } from './clean-url.ts';

describe('cleanUrl', () => {
  it('drops the fragment and tracking parameters from shares', () => {
    expect(cleanUrl('https://baohaiquan.vn/bai-viet-123.html?zarsrc=30&utm_source=zalo&utm_medium=zalo#comments'))
      .toBe('https://baohaiquan.vn/bai-viet-123.html');
    expect(cleanUrl('https://Example.VN/a?fbclid=IwAR0&gclid=x')).toBe('https://example.vn/a');
  });

  it('keeps the parameters that address the article, in order', () => {
    expect(cleanUrl('https://site.vn/news.aspx?id=42&cat=3&utm_campaign=x')).toBe('https://site.vn/news.aspx?id=42&cat=3');
  });

  it('leaves what is not a URL alone', () => {
    expect(cleanUrl('  not a url ')).toBe('not a url');
  });
});

describe('isClippableUrl', () => {
  it('accepts web pages and refuses browser pages', () => {
    expect(isClippableUrl('https://a.vn/x')).toBe(true);
    expect(isClippableUrl('http://127.0.0.1:8080/')).toBe(true);
    expect(isClippableUrl('chrome://extensions')).toBe(false);
    expect(isClippableUrl('about:blank')).toBe(false);
    expect(isClippableUrl(undefined)).toBe(false);
  });
});
