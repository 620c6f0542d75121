// Clip ids sort by the time they were made: 9 base-36 digits of milliseconds
// (enough until the year 5188) then random characters. Listing filtered clips
// newest first is then a sort of their ids, with no row read for the date.

const RANDOM_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new clip id for a clip made at `nowMs`, e.g. "mhz3k2a0q-7f3kq9x1". */
export function newClipId(nowMs: number, random: (n: number) => Uint8Array = randomBytes): string {
  const time = Math.max(0, Math.floor(nowMs)).toString(36).padStart(9, '0');
  let tail = '';
  for (const b of random(8)) tail += RANDOM_ALPHABET[b % 36];
  return `${time}-${tail}`;
}

function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}
