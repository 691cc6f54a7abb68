// A real, valid PNG of any size, made with zlib: the demo catalog's product pictures, and the tests' uploads.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A `width`×`height` RGB PNG filled with one colour. */
export function makePng(width = 8, height = 8, rgb: [number, number, number] = [200, 80, 40]): Buffer {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  return encode(width, height, Buffer.concat(Array.from({ length: height }, () => row)));
}

/** RGB, 8 bits per channel; `raw` is every row with its filter byte (0: none) first. */
function encode(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A demo product's picture: `rgb` above, a lighter band across the middle third, so each product reads as its own
 * colour in the storefront. 480×360 compresses to a few hundred bytes.
 */
export function demoPicture(rgb: [number, number, number], width = 480, height = 360): Buffer {
  const light = rgb.map((c) => Math.round(c + (255 - c) * 0.6)) as [number, number, number];
  const plain = Buffer.alloc(1 + width * 3);
  const band = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) {
    plain.set(rgb, 1 + x * 3);
    band.set(light, 1 + x * 3);
  }
  const rows = Array.from({ length: height }, (_, y) => (y >= height / 3 && y < (2 * height) / 3 ? band : plain));
  return encode(width, height, Buffer.concat(rows));
}
