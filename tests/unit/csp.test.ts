import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hostedStyleOrigin } from '@/app/_lib/publishing/csp.mjs';

describe('the content security policy', () => {
  it('allows only our origin by default, without unsafe-eval in production', () => {
    const csp = contentSecurityPolicy({ frameAncestors: "'self'" });
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("img-src 'self' data: blob:;");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy({ frameAncestors: '*', dev: true })).toContain("'unsafe-eval'");
  });

  it('lets an embed, which a sandbox may give an opaque origin, start its map worker from a data: URL; no other page', () => {
    expect(contentSecurityPolicy({ frameAncestors: '*', embed: true })).toContain("worker-src 'self' blob: data:;");
    expect(contentSecurityPolicy({ frameAncestors: "'self'" })).toContain("worker-src 'self' blob:;");
  });

  it('opens connect-src and img-src to exactly the hosted style origin', () => {
    const origin = hostedStyleOrigin('https://tiles.example.org/styles/liberty/style.json?key=1');
    expect(origin).toBe('https://tiles.example.org');
    const csp = contentSecurityPolicy({ frameAncestors: "'self'", mapOrigin: origin });
    expect(csp).toContain("connect-src 'self' https://tiles.example.org;");
    expect(csp).toContain("img-src 'self' data: blob: https://tiles.example.org;");
    expect(csp).toContain("script-src 'self' 'unsafe-inline';");
    expect(csp).toContain("default-src 'self';");
  });

  it('refuses a style URL that is not https or not a URL', () => {
    expect(hostedStyleOrigin(undefined)).toBeNull();
    expect(hostedStyleOrigin('')).toBeNull();
    expect(() => hostedStyleOrigin('http://tiles.example.org/style.json')).toThrow(/must use https/);
    expect(() => hostedStyleOrigin('tiles/style.json')).toThrow(/not a URL/);
    expect(hostedStyleOrigin('http://localhost:8080/style.json')).toBe('http://localhost:8080');
  });
});
