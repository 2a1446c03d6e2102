import { crc32, deflateSync } from 'node:zlib';
import QRCode, { type QRCodeErrorCorrectionLevel } from 'qrcode';

export interface QrPngOptions {
  /** The image's width and height in pixels. */
  width: number;
  /** The quiet zone around the code, in modules. */
  margin: number;
  errorCorrectionLevel: QRCodeErrorCorrectionLevel;
}

/**
 * A QR code as a black-and-white PNG (1 bit per pixel), the same picture as qrcode's own
 * `toBuffer` draws. Its PNG renderer spends tens of milliseconds per code filtering RGBA pixels
 * in JavaScript, on the event loop; this takes well under one, which counts when the job runner
 * sends hundreds of tickets during a registration rush.
 */
export function qrPng(text: string, options: QrPngOptions): Buffer {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: options.errorCorrectionLevel }).modules;
  const width = Math.max(options.width, size + 2 * options.margin);
  const scale = width / (size + 2 * options.margin);
  const side = Math.floor((size + 2 * options.margin) * scale);
  const edge = options.margin * scale;
  // The module under each pixel column, or -1 in the quiet zone (as qrcode maps them).
  const columns = Array.from({ length: side }, (_, x) =>
    x >= edge && x < side - edge ? Math.floor((x - edge) / scale) : -1,
  );
  const rowBytes = Math.ceil(side / 8);
  const raw = Buffer.alloc((rowBytes + 1) * side); // each row: filter type 0, then the bits
  for (let y = 0; y < side; y++) {
    const row = y >= edge && y < side - edge ? Math.floor((y - edge) / scale) : -1;
    const start = y * (rowBytes + 1) + 1;
    for (let x = 0; x < side; x++) {
      const column = columns[x] ?? -1;
      const dark = row >= 0 && column >= 0 && data[row * size + column] === 1;
      // Grey level 1 is white; dark modules leave their bit 0.
      if (!dark) raw[start + (x >> 3)] = (raw[start + (x >> 3)] ?? 0) | (0x80 >> (x & 7));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, body: Buffer): Buffer {
  const typeAndBody = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const out = Buffer.alloc(4 + typeAndBody.length + 4); // length, type + body, CRC
  out.writeUInt32BE(body.length, 0);
  typeAndBody.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndBody), 4 + typeAndBody.length);
  return out;
}
