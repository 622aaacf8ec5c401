import { describe, expect, it } from 'vitest';
import { centreDistancePx, EXPLORE_WORDS, exploreKeyAction, PAN_STEP } from '@/app/_lib/map/explore';

describe('exploreKeyAction', () => {
  it('zooms with + and - (and the keys they share without Shift)', () => {
    for (const key of ['+', '=']) expect(exploreKeyAction({ key })).toEqual({ kind: 'zoom', by: 1 });
    for (const key of ['-', '_']) expect(exploreKeyAction({ key })).toEqual({ kind: 'zoom', by: -1 });
  });

  it('pans with the arrows, one step each way', () => {
    expect(exploreKeyAction({ key: 'ArrowLeft' })).toEqual({ kind: 'pan', x: -PAN_STEP, y: 0 });
    expect(exploreKeyAction({ key: 'ArrowRight' })).toEqual({ kind: 'pan', x: PAN_STEP, y: 0 });
    expect(exploreKeyAction({ key: 'ArrowUp' })).toEqual({ kind: 'pan', x: 0, y: -PAN_STEP });
    expect(exploreKeyAction({ key: 'ArrowDown' })).toEqual({ kind: 'pan', x: 0, y: PAN_STEP });
  });

  it('leaves with Escape, in one key press', () => {
    expect(exploreKeyAction({ key: 'Escape' })).toEqual({ kind: 'leave' });
  });

  it('leaves every other key, and any key with a modifier, to the page and the browser', () => {
    for (const key of ['j', 'k', 'Tab', 'Enter', ' ', 'PageDown']) expect(exploreKeyAction({ key })).toBeNull();
    expect(exploreKeyAction({ key: '+', ctrlKey: true })).toBeNull();
    expect(exploreKeyAction({ key: '-', metaKey: true })).toBeNull();
    expect(exploreKeyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
  });
});

describe('centreDistancePx', () => {
  it('is zero for the same centre', () => {
    expect(centreDistancePx([37.6, 55.75], [37.6, 55.75], 6)).toBe(0);
  });

  it('measures longitude in 512 px worlds: 360° is the world width at the zoom', () => {
    expect(centreDistancePx([0, 0], [360 / 512, 0], 0)).toBeCloseTo(1, 9);
    expect(centreDistancePx([0, 0], [360 / 1024, 0], 1)).toBeCloseTo(1, 9);
  });

  it('stretches latitude as Web Mercator does', () => {
    const atEquator = centreDistancePx([0, 0], [0, 1], 5);
    const north = centreDistancePx([0, 60], [0, 61], 5);
    expect(north / atEquator).toBeGreaterThan(1.9);
  });
});

describe('EXPLORE_WORDS', () => {
  it('tells touch readers about pinching and keyboard readers about keys', () => {
    for (const words of Object.values(EXPLORE_WORDS)) {
      expect(words.enter(true)).toMatch(/pinch/);
      expect(words.enter(false)).toMatch(/Escape/);
    }
  });

  it('names the way back as the back control does, in the story and on a place page', () => {
    expect(EXPLORE_WORDS.story.back).toBe('Back to the story');
    expect(EXPLORE_WORDS.page.back).toBe('Back to the page');
    for (const words of Object.values(EXPLORE_WORDS)) {
      expect(words.enter(true)).toContain(`“${words.back}”`);
      expect(words.leave.startsWith(words.back)).toBe(true);
    }
    // A place page has no story to return to: nothing there says so.
    expect(`${EXPLORE_WORDS.page.enter(false)} ${EXPLORE_WORDS.page.enter(true)} ${EXPLORE_WORDS.page.leave}`).not.toMatch(/story|step/);
  });
});
