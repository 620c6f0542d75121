import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './absolute-url.ts';

describe('absoluteUrl', () => {
  it('resolves against a base and keeps only allowed schemes', () => {
    expect(absoluteUrl(' ../anh/a.jpg ', 'https://x.vn/tin/bai.html')?.href).toBe('https://x.vn/anh/a.jpg');
    expect(absoluteUrl('//cdn.x.vn/a.jpg', 'https://x.vn/')?.href).toBe('https://cdn.x.vn/a.jpg');
    expect(absoluteUrl('java\tscript:alert(1)', 'https://x.vn/')).toBeNull();
    expect(absoluteUrl('mailto:toasoan@x.vn', 'https://x.vn/')).toBeNull();
    expect(absoluteUrl('mailto:toasoan@x.vn', 'https://x.vn/', /^(https?|mailto):$/)?.href).toBe('mailto:toasoan@x.vn');
    expect(absoluteUrl('/a', undefined)).toBeNull();
    expect(absoluteUrl('', 'https://x.vn/')).toBeNull();
  });
});
