// util.autoId / autoUlid / autoKsuid. The realm has no crypto, so randomness comes from Math.random().

import { nowMs } from '../state.ts';

const HEX = '0123456789abcdef';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KSUID_EPOCH_SECONDS = 1_400_000_000;

function randomBytes(count: number): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < count; i += 1) bytes.push(Math.floor(Math.random() * 256));
  return bytes;
}

/** Random UUID version 4, lower-case, e.g. `0b8e4bc4-4d3c-4e4c-9a53-5b3d8f2d0c1e`. */
export function autoId(): string {
  const bytes = randomBytes(16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  let out = '';
  bytes.forEach((b, i) => {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    out += HEX[b >> 4]! + HEX[b & 15]!;
  });
  return out;
}

let lastUlidTime = -1;
let lastUlidRandom: number[] = [];

/** 80 random bits as 16 base-32 digits; within one millisecond the previous value + 1 (monotonic ULID). */
function ulidRandomDigits(time: number): number[] {
  if (time === lastUlidTime) {
    const next = [...lastUlidRandom];
    let i = next.length - 1;
    while (i >= 0 && next[i] === 31) {
      next[i] = 0;
      i -= 1;
    }
    if (i >= 0) {
      next[i] = next[i]! + 1;
      return next;
    }
  }
  return Array.from({ length: 16 }, () => Math.floor(Math.random() * 32));
}

/** ULID: 10 Crockford base-32 digits of the millisecond clock, then 16 of randomness (26 chars). */
export function autoUlid(): string {
  const time = Math.max(0, Math.floor(nowMs()));
  const random = ulidRandomDigits(time);
  lastUlidTime = time;
  lastUlidRandom = random;
  let timePart = '';
  let rest = time;
  for (let i = 0; i < 10; i += 1) {
    timePart = CROCKFORD[rest % 32]! + timePart;
    rest = Math.floor(rest / 32);
  }
  return timePart + random.map((d) => CROCKFORD[d]!).join('');
}

/** Big-endian bytes to base 62 by repeated long division, left-padded with '0' to `width`. */
function toBase62(bytes: number[], width: number): string {
  let digits = '';
  let number = [...bytes];
  while (number.some((b) => b !== 0)) {
    let remainder = 0;
    const quotient: number[] = [];
    for (const b of number) {
      const acc = remainder * 256 + b;
      quotient.push(Math.floor(acc / 62));
      remainder = acc % 62;
    }
    digits = BASE62[remainder]! + digits;
    number = quotient;
  }
  return digits.padStart(width, '0');
}

/** KSUID: 4-byte seconds since 2014-05-13T16:53:20Z + 16 random bytes, base62 (27 chars). */
export function autoKsuid(): string {
  const seconds = Math.floor(nowMs() / 1000) - KSUID_EPOCH_SECONDS;
  const ts = ((seconds % 2 ** 32) + 2 ** 32) % 2 ** 32;
  const header = [ts >>> 24, (ts >>> 16) & 255, (ts >>> 8) & 255, ts & 255];
  return toBase62([...header, ...randomBytes(16)], 27);
}
