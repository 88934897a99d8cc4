import { describe, expect, it } from 'vitest';
import { checkCenterUrl, isLocalHost } from './centerUrl';

describe('the center URL', () => {
  it('takes HTTPS anywhere, without a trailing slash', () => {
    expect(checkCenterUrl(' https://trunguong.gov.vn/diemcau/ ')).toEqual({
      ok: true,
      url: 'https://trunguong.gov.vn/diemcau',
      warning: null,
    });
    expect(checkCenterUrl('https://10.0.0.5:8443')).toMatchObject({ ok: true, warning: null });
  });

  it('takes plain HTTP to this machine or a private network, with a warning', () => {
    for (const url of [
      'http://127.0.0.1:8080',
      'http://localhost:3000/',
      'http://[::1]:80',
      'http://192.168.1.20',
      'http://10.1.2.3',
      'http://172.20.0.1',
      'http://center.local',
    ]) {
      expect(checkCenterUrl(url), url).toMatchObject({ ok: true, warning: 'plain_http_lan' });
    }
  });

  it('refuses plain HTTP over the internet, other protocols and unreadable text', () => {
    expect(checkCenterUrl('http://trunguong.gov.vn')).toEqual({
      ok: false,
      reason: 'plain_http_public',
    });
    expect(checkCenterUrl('http://172.32.0.1')).toMatchObject({ reason: 'plain_http_public' });
    expect(checkCenterUrl('ftp://10.0.0.1')).toMatchObject({ reason: 'unsupported_protocol' });
    expect(checkCenterUrl('trunguong')).toMatchObject({ reason: 'invalid_url' });
    expect(checkCenterUrl('https://a:b@host')).toMatchObject({ reason: 'invalid_url' });
    expect(checkCenterUrl('https://host/?x=1')).toMatchObject({ reason: 'invalid_url' });
  });

  it('knows private ranges by their bounds', () => {
    expect(isLocalHost('172.15.255.255')).toBe(false);
    expect(isLocalHost('172.16.0.0')).toBe(true);
    expect(isLocalHost('192.169.0.1')).toBe(false);
    expect(isLocalHost('fd12:3456::1')).toBe(true);
    expect(isLocalHost('8.8.8.8')).toBe(false);
  });
});
