import type { Problem } from '../../content/problems';
import type { LabelCandidate } from './types';

/*
 * The Arabic maps' labels: the built label data (labels.json, English) with each text replaced by
 * its Arabic name and re-measured, anchors and ranks unchanged, so the one placement lays out
 * either edition. A name missing is a problem with its file and line, never an English fallback.
 */

/** Where each kind of label takes its Arabic name from, and where to say one is missing. */
export interface ArabicNameSources {
  /** By ISO alpha-3: the disputed-territory policy's label, else i18n-iso-countries. */
  country: (iso3: string) => string | undefined;
  /** By sea id (`black-sea`): geo/map-labels.json's `ar`. */
  sea: (id: string) => string | undefined;
  /** By the capital's GeoNames name: geo/map-labels.json's `capitalNames`. */
  capital: (name: string) => string | undefined;
  /** Where a missing name of each kind is to be added. */
  where: Record<LabelCandidate['kind'], { file: string; line?: number }>;
}

/** A label's Arabic candidate: its Arabic text and its width in that text. */
export function arabicCandidates(
  candidates: readonly LabelCandidate[],
  names: ArabicNameSources,
  widthOf: (text: string) => number,
): { candidates: LabelCandidate[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const out: LabelCandidate[] = [];
  for (const candidate of candidates) {
    const ar = nameOf(candidate, names);
    if (!ar) {
      const { file, line } = names.where[candidate.kind];
      problems.push({ file, line, message: `${candidate.kind} "${candidate.text}" (${candidate.id}) has no Arabic name` });
      continue;
    }
    out.push({ ...candidate, text: ar, width: widthOf(ar) });
  }
  return { candidates: out, problems };
}

function nameOf(candidate: LabelCandidate, names: ArabicNameSources): string | undefined {
  if (candidate.kind === 'country') return candidate.country ? names.country(candidate.country) : undefined;
  if (candidate.kind === 'sea') return names.sea(candidate.id.replace(/^sea-/, ''));
  return names.capital(candidate.text);
}
