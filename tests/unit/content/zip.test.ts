import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '../../../src/content/deployment/zip.ts';

/** Reads a stored-only archive back through its central directory (independently of the writer's layout code). */
function readZip(bytes: Uint8Array): { path: string; content: string; mode: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endAt = bytes.length - 22;
  expect(view.getUint32(endAt, true)).toBe(0x06054b50);
  const count = view.getUint16(endAt + 10, true);
  let at = view.getUint32(endAt + 16, true);
  const dec = new TextDecoder();
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const mode = view.getUint32(at + 38, true) >>> 16;
    const local = view.getUint32(at + 42, true);
    const path = dec.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(dataAt, dataAt + size);
    expect(nodeCrc32(data)).toBe(crc);
    out.push({ path, content: dec.decode(data), mode });
    at += 46 + nameLen;
  }
  return out;
}

describe('zipFiles', () => {
  it('computes the same CRC-32 as zlib', () => {
    for (const s of ['', 'a', 'hello, world\n', 'ünïcödé ✓'.repeat(50)]) {
      const b = new TextEncoder().encode(s);
      expect(crc32(b)).toBe(nodeCrc32(b));
    }
  });

  it('round-trips files with UTF-8 names and content; scripts are executable', () => {
    const files = [
      { path: 'README.md', content: '# Plan — ✓\n' },
      { path: 'manifests/llama.yaml', content: 'apiVersion: v1\n' },
      { path: 'install.sh', content: '#!/usr/bin/env bash\necho ok\n' },
    ];
    const back = readZip(zipFiles(files));
    expect(back.map(({ path, content }) => ({ path, content }))).toEqual(files);
    expect(back.find((f) => f.path === 'install.sh')?.mode).toBe(0o100755);
    expect(back.find((f) => f.path === 'README.md')?.mode).toBe(0o100644);
  });

  it('is reproducible', () => {
    const files = [{ path: 'a.txt', content: 'x' }];
    expect(zipFiles(files)).toEqual(zipFiles(files));
  });

  it('refuses absolute, parent and duplicate paths', () => {
    expect(() => zipFiles([{ path: '/etc/x', content: '' }])).toThrow(/bad path/);
    expect(() => zipFiles([{ path: 'a/../../x', content: '' }])).toThrow(/bad path/);
    expect(() => zipFiles([{ path: 'a', content: '' }, { path: 'a', content: '' }])).toThrow(/duplicate/);
  });

  it('unzips with the system unzip, when there is one', () => {
    let has = true;
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    } catch {
      has = false;
    }
    if (!has) return;
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    writeFileSync(join(dir, 'b.zip'), zipFiles([{ path: 'd/x.txt', content: 'hi' }]));
    expect(execFileSync('unzip', ['-p', join(dir, 'b.zip'), 'd/x.txt']).toString()).toBe('hi');
  });
});
