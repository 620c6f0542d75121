import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it('answers ISO 639-1 codes', () => {
    expect(detectLanguage('Lãnh đạo Tổng cục Hải quan vừa phát động phong trào thi đua trong khối cơ quan Tổng cục với khẩu hiệu kỷ cương, đổi mới.')).toBe('vi');
    expect(detectLanguage('The General Department of Customs launched an emulation movement across its headquarters units this week.')).toBe('en');
    expect(detectLanguage('海关总署近日在机关各单位开展竞赛运动，口号是纪律、创新、创造、效率。')).toBe('zh');
  });

  it('answers "und" for too little text', () => {
    expect(detectLanguage('Hải quan')).toBe('und');
    expect(detectLanguage('   ')).toBe('und');
  });
});
