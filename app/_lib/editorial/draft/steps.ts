import { placesIn, type Matcher } from './places';

/*
 * A draft's steps: the article's paragraphs grouped by the places they mention, and each
 * step's id made from the chapter's slug and its first place.
 */

export interface DraftStep {
  id: string;
  places: string[];
  paragraphs: string[];
}

/**
 * A new step starts at a paragraph naming a place the current step does not have; paragraphs
 * naming none stay with the step before them (the first ones join the first step). An article
 * naming no known place gives one step for a `TODO-place`.
 */
export function groupSteps(paragraphs: readonly string[], matchers: readonly Matcher[]): DraftStep[] {
  const steps: DraftStep[] = [];
  let leading: string[] = [];
  for (const paragraph of paragraphs) {
    const ids = placesIn(paragraph, matchers).map((hit) => hit.id);
    const current = steps.at(-1);
    if (ids.length === 0) {
      if (current) current.paragraphs.push(paragraph);
      else leading.push(paragraph);
      continue;
    }
    if (current && ids.every((id) => current.places.includes(id))) {
      current.paragraphs.push(paragraph);
      continue;
    }
    steps.push({ id: '', places: ids, paragraphs: [...leading, paragraph] });
    leading = [];
  }
  if (steps.length === 0) steps.push({ id: '', places: ['TODO-place'], paragraphs: leading });
  else if (leading.length) steps[0]!.paragraphs.unshift(...leading);
  return steps;
}

/** Names each step `<slug>-<first place>`, with `-2`, `-3`… where that is taken. */
export function nameSteps(steps: DraftStep[], slug: string): void {
  const used = new Set<string>();
  for (const step of steps) {
    let id = `${slug}-${step.places[0]}`;
    for (let n = 2; used.has(id); n++) id = `${slug}-${step.places[0]}-${n}`;
    used.add(id);
    step.id = id;
  }
}
