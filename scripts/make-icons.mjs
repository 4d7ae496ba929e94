/**
 * Draws the app icons (PNG, 192/512 and a maskable 512) from the same geometry as favicon.svg.
 * Run once when the logo changes: `node scripts/make-icons.mjs`. No image library needed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x0f, 0x14, 0x19];
const ACCENT = [0x3b, 0x82, 0xf6];
const FG = [0xff, 0xff, 0xff];

/** Logo in a 32-unit box: rounded square with three bars, like lines of tokens. */
function logoColour(x, y, maskable) {
  // Maskable icons keep the logo inside the central 80% safe zone on a full-bleed background.
  const s = maskable ? 0.62 : 1;
  const u = (x - 16) / s + 16;
  const v = (y - 16) / s + 16;
  const inRect = (x0, y0, x1, y1, r) => {
    const cx = Math.max(x0 + r, Math.min(u, x1 - r));
    const cy = Math.max(y0 + r, Math.min(v, y1 - r));
    return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  };
  const bar = (y0, x1) => inRect(9 - 1.3, y0 - 1.3, x1 + 1.3, y0 + 1.3, 1.3);
  if (bar(11, 23) || bar(16, 19) || bar(21, 15)) return inRect(2, 2, 30, 30, 7) ? FG : BG;
  if (inRect(2, 2, 30, 30, 7)) return ACCENT;
  return maskable ? BG : null;
}

function png(size, maskable) {
  const ss = 4; // supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = logoColour(((px + (sx + 0.5) / ss) / size) * 32, ((py + (sy + 0.5) / ss) / size) * 32, maskable);
          if (c) {
            r += c[0]; g += c[1]; b += c[2]; a += 255;
          }
        }
      const n = ss * ss;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const cov = a / 255;
      raw[o] = cov ? Math.round(r / cov) : 0;
      raw[o + 1] = cov ? Math.round(g / cov) : 0;
      raw[o + 2] = cov ? Math.round(b / cov) : 0;
      raw[o + 3] = Math.round(a / n);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c;
}

writeFileSync('public/icons/icon-192.png', png(192, false));
writeFileSync('public/icons/icon-512.png', png(512, false));
writeFileSync('public/icons/icon-maskable-512.png', png(512, true));
console.log('icons written');
