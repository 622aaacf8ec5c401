import { describe, expect, it } from 'vitest';
import { stepUrl } from '@/app/_lib/reading/step-url';

describe('a step’s shared URL', () => {
  it('is on SITE_URL when the build has one', () => {
    expect(stepUrl('first-round-astana', 'http://127.0.0.1:3150/chapters/first-round?utm=x#other', 'https://story.example.org')).toBe(
      'https://story.example.org/chapters/first-round#first-round-astana',
    );
  });

  it('is the page’s own address otherwise, without query or old fragment', () => {
    expect(stepUrl('first-round-astana', 'http://127.0.0.1:3150/?a=1#%', null)).toBe('http://127.0.0.1:3150/#first-round-astana');
  });
});
