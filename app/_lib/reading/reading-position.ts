/*
 * Where the story scrolls to: which step a URL fragment names, and how far to scroll so a
 * card is read below the sticky chrome. Pure arithmetic on boxes the component measures.
 */

/**
 * The step a URL fragment names, or `undefined` for anything else. A fragment is a
 * stranger's input: a malformed escape (`#%`, `#100%-sure`) names no step rather than throwing.
 *
 * @example stepFromHash('#first-round-astana', ids) // 'first-round-astana'
 * @example stepFromHash('#%E0%A4%A', ids) // undefined
 */
export function stepFromHash(hash: string, ids: readonly string[]): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  return ids.includes(id) ? id : undefined;
}

/** A vertical extent in viewport pixels, 0 at the top of the viewport. */
export interface Span {
  top: number;
  bottom: number;
}

/** The viewport as a reader of the text sees it. */
export interface ReadingFrame {
  /** The viewport's height. */
  height: number;
  /** The bottom of the sticky chrome over the text: the timeline, and on phones the map. */
  chromeBottom: number;
  /** Where a step becomes active, in pixels from the top. */
  trigger: number;
}

/** Space kept between a card and the chrome or the bottom edge, when there is room for it. */
export const CARD_MARGIN = 16;
/** A card ends in this much padding: a cut there hides no text. */
export const CARD_SLACK = 16;
/** A page is this share of the room below the chrome, so the line read last stays in view. */
export const PAGE_SHARE = 0.85;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * How far to scroll (positive: down) to read a step's card. A card that fits lands near the
 * trigger line, where scrolling would bring it, but always wholly below the chrome and above
 * the bottom edge, and with its step across the trigger line so that step detection agrees
 * once the scroll ends. A card taller than the room lands with its top just below the chrome.
 *
 * @param card the card's box; @param step the step's box (the card and the space around it)
 */
export function stepScrollDelta(card: Span, step: Span, frame: ReadingFrame): number {
  const height = card.bottom - card.top;
  const room = frame.height - frame.chromeBottom;
  if (height > room) return card.top - frame.chromeBottom;
  const margin = Math.min(CARD_MARGIN, (room - height) / 2);
  const low = frame.chromeBottom + margin;
  const high = frame.height - margin - height;
  // Card tops that keep the step across the trigger line.
  const crossLow = frame.trigger - (step.bottom - card.top);
  const crossHigh = frame.trigger - (step.top - card.top);
  const [from, to] = crossLow <= high && crossHigh >= low ? [Math.max(low, crossLow), Math.min(high, crossHigh)] : [low, high];
  const preferred = frame.trigger - Math.min(height, frame.height * 0.3) / 2;
  return card.top - clamp(preferred, from, to);
}

/** How far to scroll to put the top of a box (a chapter) just below the chrome. */
export function topScrollDelta(box: Span, frame: ReadingFrame): number {
  return box.top - frame.chromeBottom;
}

/**
 * How far a key press moves within the active card before it moves to another step: the
 * rest of the card, at most about a screen, while the card's end (or its start, going up)
 * is out of view. 0 when that edge is in view or the card is not on screen at all.
 */
export function pageDelta(card: Span, frame: ReadingFrame, direction: 1 | -1): number {
  if (card.bottom <= frame.chromeBottom || card.top >= frame.height) return 0;
  const page = Math.round((frame.height - frame.chromeBottom) * PAGE_SHARE);
  const hidden = direction === 1 ? card.bottom - frame.height : frame.chromeBottom - card.top;
  if (hidden <= CARD_SLACK) return 0;
  return direction * Math.min(hidden + CARD_MARGIN, page);
}
