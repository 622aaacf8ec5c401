import type { KeyLine } from '@/app/_lib/map/key';

/**
 * The map key: what the active step's colours mean, as text. It is the same element before
 * and after MapLibre starts, so it reads without JavaScript or WebGL.
 */
export function MapLegend({ lines }: { lines: readonly KeyLine[] }) {
  if (lines.length === 0) return null;
  return (
    <section className="map-legend" data-map-legend="" aria-label="Map key">
      <ul>
        {lines.map((line) => (
          <li key={`${line.kind}:${line.label}`} data-key-kind={line.kind}>
            <span className={`key-swatch key-${line.kind}`} aria-hidden="true" />
            {line.names.length > 0 ? (
              <span>
                <span className="key-label">{line.label}:</span> {line.names.join(', ')}
              </span>
            ) : (
              <span>{line.label}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
