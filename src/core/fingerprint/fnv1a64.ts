// FNV-1a 64 on two 32-bit halves, so hashing stays in small-integer
// arithmetic (BigInt is some 50× slower in a loop like this). Each UTF-16
// code unit is one input symbol; for text of code units below 256 this is
// byte-for-byte the standard FNV-1a 64.

const PRIME_LOW = 0x1b3; // prime = 2^40 + 0x1b3

/** Writes the hash of `s` into `out` as [high 32 bits, low 32 bits]. */
export function fnv1a64(s: string, out: Uint32Array): void {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < s.length; i++) {
    lo = (lo ^ s.charCodeAt(i)) >>> 0;
    // (hi·2^32 + lo) · (2^40 + 0x1b3) mod 2^64: lo·2^40 lands in the high word as lo << 8.
    const low = lo * PRIME_LOW;
    hi = (Math.imul(hi, PRIME_LOW) + (lo << 8) + Math.floor(low / 0x1_0000_0000)) >>> 0;
    lo = low >>> 0;
  }
  out[0] = hi;
  out[1] = lo;
}
