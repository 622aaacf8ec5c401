import type { CSSProperties } from 'react';
import { KEY_STYLE, type KeyBlock, type StepKey } from '@/app/_lib/map/compose/overlays';
import { useStrings } from '../edition/edition-context';

/**
 * The map key: what the active step's colours mean, as text. It is the same element before
 * and after MapLibre starts, so it reads without JavaScript or WebGL. It is drawn as the
 * layout laid it out (map/compose/overlays.ts): as wide, and broken into lines where, the
 * layout said, in the style of a laptop's map or (a container query, in map.css) a phone's, so
 * the map keeps clear of exactly the box it takes.
 */
export function MapLegend({ blocks }: { blocks: StepKey }) {
  const t = useStrings();
  const { wide, narrow } = blocks;
  if (!wide || !narrow) return null;
  const vars = (block: KeyBlock, prefix: string) => {
    const style = KEY_STYLE[block.style];
    return {
      [`--${prefix}-width`]: `${block.width}px`,
      [`--${prefix}-inset`]: `${style.inset}px`,
      [`--${prefix}-pad`]: `${style.padY}px ${style.padX}px`,
      [`--${prefix}-size`]: `${style.size}px`,
      [`--${prefix}-line`]: `${style.lineHeight}px`,
      [`--${prefix}-gap`]: `${style.itemGap}px`,
      [`--${prefix}-swatch`]: `${style.swatch}px`,
      [`--${prefix}-route`]: `${style.routeSwatch}px`,
      [`--${prefix}-swatch-gap`]: `${style.swatchGap}px`,
    };
  };
  return (
    <section className="map-legend" data-map-legend="" aria-label={t.mapKey} style={{ ...vars(wide, 'kw'), ...vars(narrow, 'kn') } as CSSProperties}>
      <ul>
        {wide.items.map((item, index) => {
          // The same words in both styles; a break where either style starts a new line.
          const words = item.lines.flat();
          const breaks = (block: KeyBlock) => {
            const starts = new Set<number>();
            let at = 0;
            for (const line of block.items[index]!.lines) {
              if (at > 0) starts.add(at);
              at += line.length;
            }
            return starts;
          };
          const [wideBreaks, narrowBreaks] = [breaks(wide), breaks(narrow)];
          return (
            <li key={index} data-key-kind={item.kind}>
              <span className={`key-swatch key-${item.kind}`} aria-hidden="true" />
              <span className="key-text">
                {words.map((word, i) => {
                  const [wideBreak, narrowBreak] = [wideBreaks.has(i), narrowBreaks.has(i)];
                  const breakClass =
                    wideBreak && narrowBreak ? 'key-break' : wideBreak ? 'key-break key-break-wide' : narrowBreak ? 'key-break key-break-narrow' : null;
                  return (
                    <span key={i}>
                      {i > 0 && (breakClass ? <br className={breakClass} /> : ' ')}
                      {breakClass && ' ' /* a space kept in the text where the line breaks, for copying and for screen readers */}
                      <span className={word.weight === 600 ? 'key-label' : undefined}>{word.text}</span>
                    </span>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
