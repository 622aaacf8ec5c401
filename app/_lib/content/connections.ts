import type { RouteProps } from './schema';
import type { Route } from './story-types';

/*
 * Connections as the public contract writes them: `data-routes="moscow>astana,geneva-astana"`.
 * Place ids are kebab-case, so an undirected `al-bab-manbij` is split with the step's
 * `data-places`, which always holds both ends.
 */

/** One connection: `from>to` when directed, `from-to` when not. */
export function routeKey(route: Pick<Route, 'from' | 'to' | 'directed'>): string {
  return `${route.from}${route.directed ? '>' : '-'}${route.to}`;
}

/**
 * A step's connections in the order declared, for `data-routes`; '' when it has none.
 * @example formatRoutes([{ from: 'moscow', to: 'astana', directed: true }, { from: 'geneva', to: 'astana', directed: false }]) // 'moscow>astana,geneva-astana'
 */
export function formatRoutes(routes: readonly Pick<Route, 'from' | 'to' | 'directed'>[]): string {
  return routes.map(routeKey).join(',');
}

/** A step's `routes` attribute as the site reads it: directed unless it says `directed: false`. */
export function toRoutes(routes: readonly RouteProps[] = []): Route[] {
  return routes.map(({ directed, ...route }) => ({ ...route, directed: directed ?? true }));
}
