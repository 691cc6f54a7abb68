// UTF-8 by hand (no TextEncoder/TextDecoder in the realm), with java.lang.String's error handling:
// unpaired surrogates encode as '?', malformed bytes decode as U+FFFD.

export function utf8Encode(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      }
    }
    if (cp >= 0xd800 && cp <= 0xdfff) bytes.push(0x3f);
    else if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

/** Length and smallest code point of a sequence starting with `lead`, or null for an invalid lead. */
function sequenceShape(lead: number): [number, number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80];
  if (lead >= 0xe0 && lead <= 0xef) return [3, 0x800];
  if (lead >= 0xf0 && lead <= 0xf4) return [4, 0x10000];
  return null;
}

/** Decodes one sequence at `i`; returns [code point or -1 when malformed, bytes consumed]. */
function decodeAt(bytes: number[], i: number): [number, number] {
  const lead = bytes[i]!;
  if (lead < 0x80) return [lead, 1];
  const shape = sequenceShape(lead);
  if (!shape) return [-1, 1];
  const [length, min] = shape;
  let cp = lead & (0xff >> (length + 1));
  for (let k = 1; k < length; k += 1) {
    const b = bytes[i + k];
    if (b === undefined || (b & 0xc0) !== 0x80) return [-1, k];
    cp = (cp << 6) | (b & 63);
  }
  const invalid = cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff);
  return invalid ? [-1, length] : [cp, length];
}

export function utf8Decode(bytes: number[]): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const [cp, used] = decodeAt(bytes, i);
    out += String.fromCodePoint(cp < 0 ? 0xfffd : cp);
    i += used;
  }
  return out;
}
