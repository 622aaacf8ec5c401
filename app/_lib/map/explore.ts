import type { Lang } from '../edition/edition';
import { STRINGS } from '../edition/strings';

/*
 * Exploring the live map (issue 28): what a key does while the reader explores, and whether
 * the camera came back to where the story left it. Pure, so the keys are tested without a map.
 */

/** How far an arrow key pans, in CSS pixels: a fifth of a small map, as MapLibre's own keys do. */
export const PAN_STEP = 100;

export type ExploreAction = { kind: 'zoom'; by: 1 | -1 } | { kind: 'pan'; x: number; y: number } | { kind: 'leave' };

interface KeyPress {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * What a key pressed while exploring does: `+`/`=` and `-`/`_` zoom, the arrows pan (the
 * ground moves the other way, as when dragging), Escape leaves. Null for every other key, and
 * for any key with a modifier: those are the browser's (Ctrl + `+` zooms the page).
 */
export function exploreKeyAction({ key, altKey, ctrlKey, metaKey }: KeyPress): ExploreAction | null {
  if (altKey || ctrlKey || metaKey) return null;
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoom', by: 1 };
    case '-':
    case '_':
      return { kind: 'zoom', by: -1 };
    case 'ArrowLeft':
      return { kind: 'pan', x: -PAN_STEP, y: 0 };
    case 'ArrowRight':
      return { kind: 'pan', x: PAN_STEP, y: 0 };
    case 'ArrowUp':
      return { kind: 'pan', x: 0, y: -PAN_STEP };
    case 'ArrowDown':
      return { kind: 'pan', x: 0, y: PAN_STEP };
    case 'Escape':
      return { kind: 'leave' };
    default:
      return null;
  }
}

/** A camera as the page keeps it to come back to. */
export interface SavedCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  padding: { top: number; right: number; bottom: number; left: number };
}

/** Web Mercator world width in CSS pixels at `zoom` (512 px tiles, as MapLibre draws them). */
const worldSize = (zoom: number) => 512 * 2 ** zoom;

/** The y of a latitude in Web Mercator, as a share of the world's height (0 at the top). */
const mercatorY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;

/** How far apart two centres are on screen at `zoom`, in CSS pixels. */
export function centreDistancePx(a: readonly [number, number], b: readonly [number, number], zoom: number): number {
  const size = worldSize(zoom);
  const dx = ((a[0] - b[0]) / 360) * size;
  const dy = (mercatorY(a[1]) - mercatorY(b[1])) * size;
  return Math.hypot(dx, dy);
}

/**
 * Where the map is explored from: the story (story, chapter and embed maps), or a place's own
 * page, which has no story to go back to: its back control returns to the page.
 */
export type ExploreContext = 'story' | 'page';

/** What the reader is told when exploring starts and ends (the map's live region says it), and the back control's name. */
export interface ExploreWords {
  back: string;
  enter: (touch: boolean) => string;
  leave: string;
}

const english = (back: string, to: string, leave: string): ExploreWords => ({
  back,
  enter: (touch) =>
    touch
      ? `Exploring the map. Drag to move it, pinch or use the zoom buttons to zoom. “${back}” returns.`
      : `Exploring the map. Drag or use the arrow keys to move it, plus and minus to zoom, Escape to go back to ${to}.`,
  leave: `${back}. ${leave}`,
});

// "Escape" stays the key's own name, as the English sentence gives it: a Latin word inside Arabic, which the browser orders.
const arabic = (back: string, to: string, leave: string): ExploreWords => ({
  back,
  enter: (touch) =>
    touch
      ? `استكشاف الخريطة. اسحبها لتحريكها، وقرّب بإصبعين أو بزرّي التكبير والتصغير. «${back}» يعيدك.`
      : `استكشاف الخريطة. اسحبها أو استخدم مفاتيح الأسهم لتحريكها، و+ و- للتكبير والتصغير، وEscape للعودة إلى ${to}.`,
  leave: `${back}. ${leave}`,
});

/** Per edition; the way back is named as the back control names it (edition/strings.ts). */
export const EXPLORE_WORDS: Readonly<Record<Lang, Record<ExploreContext, ExploreWords>>> = {
  en: {
    story: english(STRINGS.en.backToStory, 'the story', 'The map shows this step again.'),
    page: english(STRINGS.en.backToPage, 'the page', 'The map shows the place as it did.'),
  },
  ar: {
    story: arabic(STRINGS.ar.backToStory, 'القصة', 'تعرض الخريطة هذه الخطوة مجدداً.'),
    page: arabic(STRINGS.ar.backToPage, 'الصفحة', 'تعرض الخريطة المكان كما كان.'),
  },
};
