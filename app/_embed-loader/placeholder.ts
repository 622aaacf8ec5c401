import { isLang, type Lang } from '../_lib/edition/edition';
import { call, dom } from './host-page';

/*
 * A publisher's placeholder, `<div data-astana-story="<slug>">`, and the options its
 * attributes ask for, checked before anything is built.
 */

/** What a placeholder asks for, read from its attributes and checked before anything is built. */
export interface Options {
  slug: string;
  mode: 'stepper' | 'scroll';
  step: string | null;
  title: string | null;
  /** `data-lang`: the edition to embed, English unless it says `ar`. */
  lang: Lang;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A step id, or its number from 1. */
const STEP = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[1-9]\d{0,2})$/;
/** A placeholder's options, or the reason it cannot be mounted. */
export function readOptions(host: Element): Options | string {
  const attribute = (name: string) => call(dom.getAttribute, host, name);
  const slug = attribute('data-astana-story') ?? '';
  if (!SLUG.test(slug)) return `"${slug}" is not a chapter slug`;
  const mode = attribute('data-mode');
  if (mode !== null && mode !== 'scroll' && mode !== 'stepper') return `data-mode="${mode}" is not "scroll" or "stepper"`;
  const step = attribute('data-step');
  if (step !== null && !STEP.test(step)) return `data-step="${step}" is not a step id or number`;
  const lang = attribute('data-lang');
  if (lang !== null && !isLang(lang)) return `data-lang="${lang}" is not "en" or "ar"`;
  return { slug, mode: mode === 'scroll' ? 'scroll' : 'stepper', step, title: attribute('data-title'), lang: lang ?? 'en' };
}

