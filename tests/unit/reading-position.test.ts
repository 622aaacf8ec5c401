import { describe, expect, it } from 'vitest';
import { CARD_MARGIN, pageDelta, PAGE_SHARE, stepFromHash, stepScrollDelta, topScrollDelta, type ReadingFrame, type Span } from '@/app/_lib/reading/reading-position';

describe('stepFromHash', () => {
  const ids = ['first-round-astana', 'second-round-bonn'];
  it('finds the step a fragment names, escaped or not', () => {
    expect(stepFromHash('#first-round-astana', ids)).toBe('first-round-astana');
    expect(stepFromHash('#second-round%2Dbonn', ids)).toBe('second-round-bonn');
  });
  it('names no step for malformed, unknown or empty fragments, and never throws', () => {
    for (const hash of ['#100%-sure', '#%', '#%E0%A4%A', '#%ZZ', '#', '', '#chapter-first-round', '#FIRST-ROUND-ASTANA', '#first-round-astana%00']) {
      expect(stepFromHash(hash, ids), hash).toBeUndefined();
    }
  });
});

/** A card of `height` px with `pad` px of step around it, its top at `top`. */
const card = (top: number, height: number): Span => ({ top, bottom: top + height });
const around = (c: Span, pad: number): Span => ({ top: c.top - pad, bottom: c.bottom + pad });
/** Where the card lands: its box moves up by the scroll. */
const land = (c: Span, delta: number): Span => ({ top: c.top - delta, bottom: c.bottom - delta });

const desktop: ReadingFrame = { height: 800, chromeBottom: 44, trigger: 400 };
const phone: ReadingFrame = { height: 844, chromeBottom: 398, trigger: 625 };

describe('stepScrollDelta', () => {
  it('lands a card that fits wholly in view, below the chrome, with its step across the trigger line', () => {
    for (const frame of [desktop, phone]) {
      for (const height of [80, 150, 336, 524, 700, frame.height - frame.chromeBottom]) {
        if (height > frame.height - frame.chromeBottom) continue;
        for (const top of [-3000, 120, 900, 5000]) {
          const c = card(top, height);
          const pad = frame === desktop ? 240 : 118;
          const delta = stepScrollDelta(c, around(c, pad), frame);
          const landed = land(c, delta);
          const step = around(landed, pad);
          expect(landed.top, `${height}@${top}`).toBeGreaterThanOrEqual(frame.chromeBottom);
          expect(landed.bottom, `${height}@${top}`).toBeLessThanOrEqual(frame.height);
          expect(step.top <= frame.trigger && step.bottom >= frame.trigger, `${height}@${top} crosses`).toBe(true);
        }
      }
    }
  });

  it('keeps a margin from the chrome and the bottom edge when there is room', () => {
    const landed = land(card(2000, 700), stepScrollDelta(card(2000, 700), around(card(2000, 700), 240), desktop));
    expect(landed.top).toBeGreaterThanOrEqual(desktop.chromeBottom + CARD_MARGIN);
    expect(landed.bottom).toBeLessThanOrEqual(desktop.height - CARD_MARGIN);
  });

  it('centres a short card on the trigger line as scrolling would', () => {
    const c = card(1500, 120);
    const landed = land(c, stepScrollDelta(c, around(c, 240), desktop));
    expect((landed.top + landed.bottom) / 2).toBe(desktop.trigger);
  });

  it('puts the top of a card taller than the room just below the chrome', () => {
    const c = card(1200, 900);
    expect(land(c, stepScrollDelta(c, around(c, 118), phone)).top).toBe(phone.chromeBottom);
  });

  it('scrolls up as well as down', () => {
    expect(stepScrollDelta(card(-500, 200), around(card(-500, 200), 240), desktop)).toBeLessThan(0);
  });
});

describe('topScrollDelta', () => {
  it('puts a box just below the chrome', () => {
    expect(topScrollDelta(card(1000, 300), phone)).toBe(1000 - 398);
  });
});

describe('pageDelta', () => {
  const room = phone.height - phone.chromeBottom;
  it('pages down through a long card by about a screen, then lets the keys move on', () => {
    let c = card(phone.chromeBottom, 1400);
    const pages: number[] = [];
    for (let delta = pageDelta(c, phone, 1); delta; delta = pageDelta(c, phone, 1)) {
      pages.push(delta);
      c = land(c, delta);
      expect(pages.length).toBeLessThan(10);
    }
    expect(pages.slice(0, -1)).toEqual(pages.slice(0, -1).map(() => Math.round(room * PAGE_SHARE)));
    expect(pages.at(-1)).toBeLessThanOrEqual(Math.round(room * PAGE_SHARE));
    expect(c.bottom).toBeLessThanOrEqual(phone.height);
  });

  it('pages up while the top of the card is hidden', () => {
    const c = card(phone.chromeBottom - 300, 900);
    expect(pageDelta(c, phone, -1)).toBe(-(300 + CARD_MARGIN));
    expect(pageDelta(card(phone.chromeBottom + 10, 900), phone, -1)).toBe(0);
  });

  it('moves on when the end is in view, or within the card padding', () => {
    expect(pageDelta(card(500, 200), desktop, 1)).toBe(0);
    expect(pageDelta(card(100, desktop.height - 100 + 10), desktop, 1)).toBe(0);
  });

  it('moves on when the card is not on screen', () => {
    expect(pageDelta(card(900, 2000), desktop, 1)).toBe(0);
    expect(pageDelta(card(-3000, 2000), desktop, 1)).toBe(0);
  });
});
