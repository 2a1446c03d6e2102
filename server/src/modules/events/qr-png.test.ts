import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPng } from './qr-png.js';

const OPTIONS = { width: 480, margin: 4, errorCorrectionLevel: 'M' as const };
const TOKEN = 'k3Jx9Q_ticket-token-of-43-characters-AbCdEf';

/** Dark (true) or light per pixel, whatever the PNG's colour type. */
function pixels(png: Buffer): { width: number; height: number; dark: boolean[] } {
  const image = PNG.sync.read(png);
  const dark: boolean[] = [];
  for (let i = 0; i < image.data.length; i += 4) dark.push((image.data[i] ?? 0) < 128);
  return { width: image.width, height: image.height, dark };
}

describe('qrPng', () => {
  it('draws the same picture as qrcode’s own PNG renderer', async () => {
    const ours = pixels(qrPng(TOKEN, OPTIONS));
    const theirs = pixels(await QRCode.toBuffer(TOKEN, { type: 'png', ...OPTIONS }));
    expect(ours.width).toBe(480);
    expect(ours.height).toBe(480);
    expect(ours.dark).toEqual(theirs.dark);
  });

  it('is read back by a QR scanner', () => {
    const image = PNG.sync.read(qrPng(TOKEN, OPTIONS));
    expect(jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data).toBe(TOKEN);
  });
});
