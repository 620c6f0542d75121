import { describe, expect, it } from 'vitest';
import { cleanUrl, isTrackingParam } from './clean-url.ts';

describe('cleanUrl', () => {
  it('drops campaign, click-id and Zalo/Facebook share parameters but keeps the article id', () => {
    expect(cleanUrl('https://baochinhphu.vn/a-102240.htm?utm_source=zalo&utm_medium=share&gidzl=AbC&zarsrc=30&id=7&fbclid=IwAR0')).toBe(
      'https://baochinhphu.vn/a-102240.htm?id=7',
    );
  });

  it('leaves no bare "?" or fragment behind', () => {
    expect(cleanUrl('https://nld.com.vn/bai.htm?utm_campaign=x#comments')).toBe('https://nld.com.vn/bai.htm');
  });

  it('resolves relative addresses against a base and refuses non-http schemes', () => {
    expect(cleanUrl('/thoi-su/bai-1.html', 'https://vov.vn/x/y')).toBe('https://vov.vn/thoi-su/bai-1.html');
    expect(cleanUrl('javascript:alert(1)', 'https://vov.vn/')).toBeNull();
    expect(cleanUrl('', 'https://vov.vn/')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
  });

  it('knows tracking parameters by name and prefix, case-insensitively', () => {
    expect(isTrackingParam('UTM_Source')).toBe(true);
    expect(isTrackingParam('gclid')).toBe(true);
    expect(isTrackingParam('page')).toBe(false);
  });
});
