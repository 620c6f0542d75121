import { describe, expect, it } from 'vitest';
import { taggedText } from './tagged-text.ts';

describe('taggedText', () => {
  it('puts the lead before the body, composed, and leaves out an empty lead', () => {
    expect(taggedText(' Sapo. ', 'Thân bài.')).toBe('Sapo.\n\nThân bài.');
    expect(taggedText('', 'Hải quan'.normalize('NFD'))).toBe('Hải quan');
  });
});
