import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { createAppHandler } from './appHandler';

// A real folder laid out like out/ (the renderer, and a secret beside it) and a fake for
// Electron's net.fetch that reads the file:// URL it is given.
let base: string;
let rendererDir: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-app-handler-'));
  rendererDir = path.join(base, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Điểm Cầu</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'not for the page');
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function handler() {
  const fetchFile = vi.fn(async (fileUrl: string) => {
    const body = fs.readFileSync(fileURLToPath(fileUrl));
    return new Response(body, { status: 200, headers: { 'content-type': 'text/plain' } });
  });
  return { handle: createAppHandler(rendererDir, fetchFile), fetchFile };
}

describe('the app:// handler', () => {
  it.each([
    ['app://diemcau/', '<!doctype html><title>Điểm Cầu</title>'],
    ['app://diemcau/index.html#/meetings', '<!doctype html><title>Điểm Cầu</title>'],
    ['app://diemcau/assets/index-abc123.js', 'console.log(1)'],
  ])('serves %s with the CSP and nosniff', async (url, body) => {
    const { handle } = handler();
    const response = await handle(new Request(url));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/plain');
  });

  it.each([
    ['a missing file', 'app://diemcau/missing.js'],
    ['a folder', 'app://diemcau/assets'],
    ['the secret beside the folder, %2e-encoded', 'app://diemcau/%2e%2e/secret.txt'],
    ['the secret, by an encoded slash', 'app://diemcau/assets%2f..%2f..%2fsecret.txt'],
    ['the secret, by backslashes', 'app://diemcau/..\\secret.txt'],
    ['the secret, by an absolute path', `app://diemcau/${encodeURIComponent(base)}/secret.txt`],
    ['another host', 'app://diemcau.evil/index.html'],
  ])('answers 404 for %s without reading anything', async (_what, url) => {
    const { handle, fetchFile } = handler();
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(fetchFile).not.toHaveBeenCalled();
  });
});
