/*
 * Reaching into a host page we do not control: its markup can shadow any name read from
 * `window` or `document`, and its scripts may have added getters to Object.prototype.
 */

// DOM methods, taken from their prototypes once: the host page's elements can shadow the
// instance properties (`<img name="querySelectorAll">`, `<form><input name="getAttribute">`).
export const call = <T extends (...args: never[]) => unknown>(method: T, self: unknown, ...args: Parameters<T>): ReturnType<T> =>
  Reflect.apply(method, self, args) as ReturnType<T>;
const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)?.get;
export const dom = {
  querySelectorAll: Document.prototype.querySelectorAll,
  createElement: Document.prototype.createElement,
  readyState: getter(Document.prototype, 'readyState'),
  currentScript: getter(Document.prototype, 'currentScript'),
  addEventListener: EventTarget.prototype.addEventListener,
  getAttribute: Element.prototype.getAttribute,
  setAttribute: Element.prototype.setAttribute,
  hasAttribute: Element.prototype.hasAttribute,
  replaceChildren: Element.prototype.replaceChildren,
  attachShadow: Element.prototype.attachShadow,
};

/** An options dictionary the browser reads without walking a prototype the page may have poisoned. */
export function dict<T extends object>(fields: T): T {
  return Object.assign(Object.create(null) as T, fields);
}

/** Every copy of this loader on a page counts child ids here, so they stay unique; a symbol no markup can shadow. */
const REGISTRY = Symbol.for('astana-story.loader');

/** The next child id of this page, shared by every copy of the loader. */
export function nextChildId(): string {
  const held = Object.getOwnPropertyDescriptor(window, REGISTRY)?.value as { count: number } | undefined;
  const registry = held ?? dict({ count: 0 });
  if (!held) Object.defineProperty(window, REGISTRY, dict({ value: registry }));
  registry.count += 1;
  return `astana-story-${registry.count}`;
}

