import { describe, expect, it } from 'vitest';
import { formatMessage, isChildId, parseHeight, parseMessage } from '@/app/_lib/embed/protocol';

describe('the embed message protocol', () => {
  it('speaks pym.js wire format', () => {
    expect(formatMessage('astana-story-1', 'height', 734)).toBe('pymxPYMxastana-story-1xPYMxheightxPYMx734');
  });

  it('parses what it formats', () => {
    expect(parseMessage(formatMessage('c1', 'astana-step', 'first-round-astana'))).toEqual({ childId: 'c1', type: 'astana-step', value: 'first-round-astana' });
  });

  it('reads messages from the original pym.js child', () => {
    expect(parseMessage('pymxPYMxexamplexPYMxheightxPYMx1200')).toEqual({ childId: 'example', type: 'height', value: '1200' });
  });

  it('ignores anything malformed', () => {
    for (const data of [
      null,
      42,
      { childId: 'c1' },
      'hello',
      'pymxPYMxc1xPYMxheight',
      'pymxPYMxc1xPYMxheightxPYMx1xPYMxextra',
      'pymxPYMx<script>xPYMxheightxPYMx1',
      'pymxPYMxc1xPYMxHEIGHTxPYMx1',
      `pymxPYMxc1xPYMxheightxPYMx${'9'.repeat(600)}`,
    ]) {
      expect(parseMessage(data), String(data)).toBeNull();
    }
  });

  it('accepts only sensible heights', () => {
    expect(parseHeight('734')).toBe(734);
    expect(parseHeight('733.2')).toBe(734);
    for (const bad of ['', '-5', '0', '1e9', 'NaN', '100000000', '12px', ' 12']) expect(parseHeight(bad), bad).toBeNull();
  });

  it('checks child ids', () => {
    expect(isChildId('astana-story-2')).toBe(true);
    expect(isChildId('')).toBe(false);
    expect(isChildId('a b')).toBe(false);
    expect(isChildId(null)).toBe(false);
  });
});
