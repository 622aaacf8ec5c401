import { readFile } from 'node:fs/promises';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import { ContentError, lineOf } from '../../content/problems';
import { DISPUTED_POLICY_FILE, loadDisputedPolicy } from '../basemap/disputed-policy.server';
import { ARABIC_FONT_FILES, MAP_WEIGHTS } from '../text/font';
import { ARABIC_FONT_FAMILY } from '../text/script';
import { editionMeasure } from '../text/shaper.server';
import { arabicCandidates, type ArabicNameSources } from './arabic-labels';
import { CURATED_LABELS_FILE, loadCuratedLabels } from './curated.server';
import { getLabels } from './label-data.server';
import type { CountryIndex } from '../basemap/country-index';
import type { LabelCandidate, LabelData } from './types';

/*
 * The sources of the Arabic maps' names: countries from the maintained i18n-iso-countries
 * package (its Arabic locale), except the names the disputed-territory policy fixes
 * (geo/disputed.json, an area's `label.ar`); seas and capitals from geo/map-labels.json.
 */

countries.registerLocale(ar);

/** The Arabic names, or every problem of the files they come from. */
export async function arabicNameSources(root = process.cwd()): Promise<ArabicNameSources> {
  const [curated, disputed, raw] = await Promise.all([
    loadCuratedLabels(root),
    loadDisputedPolicy(root),
    readFile(path.join(root, CURATED_LABELS_FILE), 'utf8'),
  ]);
  const problems = [...curated.problems, ...disputed.problems];
  if (problems.length) throw new ContentError(problems);
  const fixed = new Map(disputed.policy.areas.flatMap((area) => (area.label && area.drawnAs ? [[area.drawnAs, area.label.ar] as const] : [])));
  const seas = new Map(curated.labels.seas.map((sea) => [sea.id, sea.ar]));
  const capitals = new Map(curated.labels.capitalNames.map((entry) => [entry.name, entry.ar]));
  return {
    country: (iso3) => fixed.get(iso3) ?? countries.getName(iso3, 'ar') ?? undefined,
    sea: (id) => seas.get(id),
    capital: (name) => capitals.get(name),
    where: {
      country: { file: DISPUTED_POLICY_FILE, line: 1 },
      sea: { file: CURATED_LABELS_FILE, line: lineOf(raw, /"seas"\s*:/) },
      capital: { file: CURATED_LABELS_FILE, line: lineOf(raw, /"capitalNames"\s*:/) },
    },
  };
}

/** Built label data in Arabic, measured shaped; throws with file:line where a name is missing. */
export async function arabicLabelData(data: LabelData, root = process.cwd()): Promise<LabelData> {
  const [names, measure] = await Promise.all([arabicNameSources(root), editionMeasure('ar', root)]);
  const result = arabicCandidates(data.labels, names, (text) => measure(text, MAP_WEIGHTS.text));
  if (result.problems.length) throw new ContentError(result.problems);
  return { font: { family: ARABIC_FONT_FAMILY, weight: MAP_WEIGHTS.text, file: ARABIC_FONT_FILES[MAP_WEIGHTS.text] }, labels: result.candidates };
}

/** The basemap's country index with Arabic names, for what names countries outside the labels (the key, the locator). */
export async function arabicCountryIndex(index: CountryIndex, root = process.cwd()): Promise<CountryIndex> {
  const names = await arabicNameSources(root);
  const missing = [...index.keys()].filter((code) => !names.country(code));
  if (missing.length) throw new ContentError(missing.map((code) => ({ file: DISPUTED_POLICY_FILE, message: `country ${code} has no Arabic name` })));
  return new Map([...index].map(([code, info]) => [code, { ...info, name: names.country(code)! }]));
}

let cached: Promise<LabelCandidate[]> | undefined;

/** The built labels in Arabic, for static maps: read once per server process. */
export function getArabicLabels(root = process.cwd()): Promise<LabelCandidate[]> {
  cached ??= getLabels(root).then((data) => arabicLabelData(data, root).then((arabic) => arabic.labels));
  return cached;
}
