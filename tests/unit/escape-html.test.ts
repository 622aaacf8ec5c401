import { describe, expect, it } from 'vitest';
import { escapeHtml } from '@/app/_lib/markup/escape-html';

describe('escapeHtml', () => {
  it('escapes the characters that end text or a double-quoted attribute', () => {
    expect(escapeHtml('<b title="x">Tom & Jerry</b>')).toBe('&lt;b title=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/b&gt;');
  });

  it('escapes an ampersand first, so entities in the input stay literal text', () => {
    expect(escapeHtml('&quot; &amp;')).toBe('&amp;quot; &amp;amp;');
  });

  it('leaves apostrophes, non-ASCII text and plain strings unchanged', () => {
    expect(escapeHtml("In Astana's eighth round, Moscow pushes on")).toBe("In Astana's eighth round, Moscow pushes on");
    expect(escapeHtml('Hmeimim — Хмеймим — حميميم')).toBe('Hmeimim — Хмеймим — حميميم');
    expect(escapeHtml('')).toBe('');
  });

  it('keeps a hostile title inside its attribute', () => {
    const title = '"><script>alert(1)</script><x y="';
    const html = `<iframe title="${escapeHtml(title)}"></iframe>`;
    expect(html).toBe('<iframe title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x y=&quot;"></iframe>');
    expect(html.match(/"/g)).toHaveLength(2);
  });
});
