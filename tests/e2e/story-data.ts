import { boundsOf, isWithin, type LngLat } from '../../app/_lib/geometry/bounds';
import { loadStory } from '../../app/_lib/content/loader.server';

/** The production story as the site builds it, so tests follow the content rather than copy it. */
export const story = await loadStory({ includeDrafts: false });
export const allSteps = story.chapters.flatMap((chapter) => chapter.steps.map((step) => ({ ...step, chapter: chapter.slug })));

export function stepBounds(stepId: string) {
  const step = allSteps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  return boundsOf([...step.places, ...(step.camera.frame ?? [])].map((id) => story.gazetteer.byId.get(id)!.coordinates as LngLat));
}

/** The map centre is where the step asked for: on its place, or inside the box of its places. */
export function centreMatches(center: string | null, stepId: string): boolean {
  if (!center) return false;
  const [lng, lat] = center.split(',').map(Number) as LngLat;
  return isWithin([lng, lat], stepBounds(stepId), 0.01);
}

export function firstStepWith(placeId: string) {
  const step = allSteps.find((s) => s.places.includes(placeId));
  if (!step) throw new Error(`no step mentions ${placeId}`);
  return step;
}
