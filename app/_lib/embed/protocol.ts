/*
 * The messages between an embedded chapter (the child frame) and the page that
 * hosts it. They use pym.js's wire format, `pymxPYMx<childId>xPYMx<type>xPYMx<value>`,
 * so pages that already run pym.js size our frames unchanged.
 *
 * child -> parent  height        the content's height in CSS pixels
 * child -> parent  astana-ready  the child listens; the parent may send the active step
 * parent -> child  astana-step   the step the host page's scrolling made active
 */

const PREFIX = 'pymxPYMx';
const SEPARATOR = 'xPYMx';

export const MESSAGE_HEIGHT = 'height';
export const MESSAGE_READY = 'astana-ready';
export const MESSAGE_STEP = 'astana-step';

export interface PymMessage {
  childId: string;
  type: string;
  value: string;
}

const childIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
const typePattern = /^[a-z][a-z-]{0,31}$/;

export function isChildId(value: unknown): value is string {
  return typeof value === 'string' && childIdPattern.test(value);
}

export function formatMessage(childId: string, type: string, value: string | number): string {
  return `${PREFIX}${childId}${SEPARATOR}${type}${SEPARATOR}${value}`;
}

/** Parses a postMessage payload; anything that is not a well-formed message gives null. */
export function parseMessage(data: unknown): PymMessage | null {
  if (typeof data !== 'string' || data.length > 512 || !data.startsWith(PREFIX)) return null;
  const parts = data.slice(PREFIX.length).split(SEPARATOR);
  if (parts.length !== 3) return null;
  const [childId, type, value] = parts as [string, string, string];
  if (!childIdPattern.test(childId) || !typePattern.test(type)) return null;
  return { childId, type, value };
}

/** A height worth applying to a frame: a whole number of pixels within reason. */
export function parseHeight(value: string): number | null {
  if (!/^\d{1,6}(\.\d+)?$/.test(value)) return null;
  const height = Math.ceil(Number(value));
  return height > 0 && height <= 20_000 ? height : null;
}
