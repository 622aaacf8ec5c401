/*
 * The chapter's step texts that public/embed.js lays out in a host page in scroll mode
 * (`/embed/<slug>/steps.json`). The loader checks the answer before using it: a proxy, a
 * captive portal or a stale cache may answer something else, and then the loader falls
 * back to the plain stepper. Checked by hand rather than with zod: zod/mini would triple the
 * size of the loader every publisher's reader downloads.
 */

export interface StepsDocument {
  title: string;
  url: string;
  steps: Array<{ id: string; paragraphs: string[] }>;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The document, or null unless it has a title, a URL and at least one step, each with an
 * id and text paragraphs. Extra fields are ignored and dropped.
 *
 * @example parseStepsDocument({ title: 'T', url: '/chapters/t', steps: [{ id: 'a', paragraphs: ['…'] }] }) // the same
 * @example parseStepsDocument('<html>…') // null
 */
export function parseStepsDocument(data: unknown): StepsDocument | null {
  if (!isRecord(data) || !isString(data.title) || !isString(data.url) || !Array.isArray(data.steps) || data.steps.length === 0) return null;
  const steps: StepsDocument['steps'] = [];
  for (const step of data.steps as unknown[]) {
    if (!isRecord(step) || !isString(step.id) || !step.id || !Array.isArray(step.paragraphs) || !step.paragraphs.every(isString)) return null;
    steps.push({ id: step.id, paragraphs: step.paragraphs });
  }
  return { title: data.title, url: data.url, steps };
}
