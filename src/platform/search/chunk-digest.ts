// A digest per persisted chunk tells which chunks a save must rewrite,
// without keeping the previous chunks in memory. Two 32-bit hashes (FNV-1a
// and a multiply-rotate one) plus the length: a missed change would need
// both to collide on a chunk of the same length.

class Digest {
  private h1 = 0x811c9dc5;
  private h2 = 0x2545f491;

  add(word: number): void {
    this.h1 = Math.imul(this.h1 ^ word, 0x01000193);
    this.h2 = Math.imul((this.h2 << 5) | (this.h2 >>> 27), 0x9e3779b1) ^ word;
  }

  toString(): string {
    return `${(this.h1 >>> 0).toString(36)}.${(this.h2 >>> 0).toString(36)}`;
  }
}

/** A short digest of a chunk's data (a string, a typed array or plain JSON data). */
export function chunkDigest(data: unknown): string {
  const d = new Digest();
  if (typeof data === 'string') {
    for (let i = 0; i < data.length; i++) d.add(data.charCodeAt(i));
    return `s${data.length}:${d}`;
  }
  if (ArrayBuffer.isView(data)) {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    let b = 0;
    if (bytes.byteOffset % 4 === 0) {
      const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
      for (let i = 0; i < words.length; i++) d.add(words[i]!);
      b = words.length * 4;
    }
    for (; b < bytes.length; b++) d.add(bytes[b]!);
    return `b${bytes.length}:${d}`;
  }
  return `j${chunkDigest(JSON.stringify(data) ?? '')}`;
}
