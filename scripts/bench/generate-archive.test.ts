import { describe, expect, it } from 'vitest';
import { ClipSchema } from '../../src/core/schemas/clip.ts';
import { generateArchive } from './generate-archive.ts';

describe('generateArchive', () => {
  const clips = generateArchive(400);

  it('is deterministic, and a smaller archive is a prefix of a larger one', () => {
    expect(generateArchive(50)).toEqual(clips.slice(0, 50));
    expect(generateArchive(50, 2)[0]!.id).not.toBe(clips[0]!.id);
  });

  it('produces valid clips of real Vietnamese text, about 3 kB each', () => {
    for (const c of clips) expect(() => ClipSchema.parse(c)).not.toThrow();
    const mean = clips.reduce((n, c) => n + c.text.length, 0) / clips.length;
    expect(mean).toBeGreaterThan(2000);
    expect(mean).toBeLessThan(4500);
    expect(clips.some((c) => c.text.includes('Hải quan'))).toBe(true);
    expect(new Set(clips.map((c) => c.id)).size).toBe(clips.length);
    expect(clips.every((c) => c.html.startsWith('<') && c.wordCount > 100)).toBe(true);
  });

  it('dates clips over 2023–2026 and marks republished stories', () => {
    const years = new Set(clips.map((c) => c.publishedAt!.slice(0, 4)));
    expect([...years].sort()).toEqual(['2023', '2024', '2025', '2026']);
    const copies = clips.filter((c) => c.storyOf);
    expect(copies.length).toBeGreaterThan(10);
    for (const c of copies) expect(clips.find((o) => o.id === c.storyOf)?.title).toBe(c.title);
  });
});
