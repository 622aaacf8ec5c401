import { describe, expect, it } from 'vitest';
import { STRINGS } from '@/app/_lib/edition/strings';
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
  const all = Object.values(EXPLORE_WORDS).flatMap((edition) => Object.values(edition));

  it('tells touch readers about pinching and keyboard readers about keys, in each edition', () => {
    for (const words of Object.values(EXPLORE_WORDS.en)) {
      expect(words.enter(true)).toMatch(/pinch/);
      expect(words.enter(false)).toMatch(/Escape/);
    }
    for (const words of Object.values(EXPLORE_WORDS.ar)) {
      expect(words.enter(true)).toMatch(/بإصبعين/);
      // The key's name as printed on it, inside the Arabic sentence.
      expect(words.enter(false)).toMatch(/وEscape للعودة/);
      expect(`${words.enter(true)} ${words.leave}`).not.toMatch(/[A-Za-z]/);
    }
  });

  it('names the way back as the back control does, in the story and on a place page', () => {
    expect(EXPLORE_WORDS.en.story.back).toBe('Back to the story');
    expect(EXPLORE_WORDS.en.page.back).toBe('Back to the page');
    expect(EXPLORE_WORDS.ar.story.back).toBe(STRINGS.ar.backToStory);
    expect(EXPLORE_WORDS.ar.page.back).toBe(STRINGS.ar.backToPage);
    for (const words of all) {
      expect(words.enter(true)).toMatch(new RegExp(`[“«]${words.back}[”»]`));
      expect(words.leave.startsWith(words.back)).toBe(true);
    }
    // A place page has no story to return to: nothing there says so.
    const page = EXPLORE_WORDS.en.page;
    expect(`${page.enter(false)} ${page.enter(true)} ${page.leave}`).not.toMatch(/story|step/);
    expect(EXPLORE_WORDS.en.story.leave).toBe('Back to the story. The map shows this step again.');
  });
});
