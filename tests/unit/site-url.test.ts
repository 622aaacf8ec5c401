import { describe, expect, it } from 'vitest';
import { httpOrigin, isLoopbackHostname, loopbackOrigin, parseSiteUrl, sameOriginHref } from '@/app/_lib/publishing/site-url.mjs';

describe('SITE_URL', () => {
  it('is an http(s) origin, with or without a trailing slash', () => {
    expect(parseSiteUrl('https://story.example.org')).toBe('https://story.example.org');
    expect(parseSiteUrl('https://story.example.org/')).toBe('https://story.example.org');
    expect(parseSiteUrl('http://localhost:3000')).toBe('http://localhost:3000');
    expect(parseSiteUrl('HTTPS://Story.Example.org:443/')).toBe('https://story.example.org');
  });

  it('may be unset', () => {
    expect(parseSiteUrl(undefined)).toBeNull();
    expect(parseSiteUrl('')).toBeNull();
    expect(parseSiteUrl('  ')).toBeNull();
  });

  it('fails clearly when it is not an http(s) origin', () => {
    for (const value of ['story.example.org', 'ftp://story.example.org', 'javascript:alert(1)', '/relative', 'https://']) {
      expect(() => parseSiteUrl(value), value).toThrow(/SITE_URL must be an http\(s\) origin/);
    }
    for (const value of ['https://example.org/story', 'https://example.org/?a=1', 'https://example.org/#top', 'https://user:pw@example.org']) {
      expect(() => parseSiteUrl(value), value).toThrow(/SITE_URL must be an origin only/);
    }
  });
});

describe('loopback hosts', () => {
  it('are localhost, 127.0.0.0/8 and [::1]', () => {
    for (const hostname of ['localhost', '127.0.0.1', '127.255.0.9', '[::1]']) expect(isLoopbackHostname(hostname), hostname).toBe(true);
    for (const hostname of ['evil.example', 'localhost.evil.example', '127.0.0.1.evil.example', '128.0.0.1', '0.0.0.0', '[::2]', '10.0.0.1']) {
      expect(isLoopbackHostname(hostname), hostname).toBe(false);
    }
  });

  it('give an origin for a loopback Host header only', () => {
    expect(loopbackOrigin('localhost:3000', 'http:')).toBe('http://localhost:3000');
    expect(loopbackOrigin('127.0.0.1:3120', 'http:')).toBe('http://127.0.0.1:3120');
    expect(loopbackOrigin('[::1]:8080', 'https:')).toBe('https://[::1]:8080');
    for (const host of [null, '', 'evil.example', 'evil.example:3000', 'evil.example@localhost', 'localhost/x', 'localhost evil', '127.0.0.1.evil.example', 'localhost:99999']) {
      expect(loopbackOrigin(host, 'http:'), String(host)).toBeNull();
    }
  });
});

describe('URLs put into a host page', () => {
  const origin = 'https://story.example.org';

  it('are http(s) URLs of our origin only', () => {
    expect(sameOriginHref('/chapters/second-round', origin)).toBe('https://story.example.org/chapters/second-round');
    expect(sameOriginHref('https://story.example.org/chapters/x#a', origin)).toBe('https://story.example.org/chapters/x#a');
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'https://evil.example/', '//evil.example/x', 'http://story.example.org/x']) {
      expect(sameOriginHref(url, origin), url).toBeNull();
    }
  });

  it('come from scripts with an http(s) src only', () => {
    expect(httpOrigin('https://story.example.org/embed.js')).toBe('https://story.example.org');
    expect(httpOrigin('data:text/javascript,1')).toBeNull();
    expect(httpOrigin('blob:https://story.example.org/1')).toBeNull();
    expect(httpOrigin('not a url')).toBeNull();
  });
});
