import { getMDXComponent } from 'mdx-bundler/client';
import type { MDXComponents } from 'mdx/types';
import { cache } from 'react';
import { mdxComponents } from './mdx-components';

/** One component per compiled chapter and request, however many times a page renders it. */
const componentOf = cache((code: string) => getMDXComponent(code));

/**
 * Evaluates a chapter's compiled MDX. This is a Server Component on purpose:
 * getMDXComponent uses `new Function`, which must never reach the browser (CSP).
 */
export function MdxContent({ code, components = mdxComponents }: { code: string; components?: MDXComponents }) {
  const Content = componentOf(code);
  // A Server Component renders once per request, so no state is lost; cache() makes it one component.
  // eslint-disable-next-line react-hooks/static-components -- the component comes from the chapter's compiled code
  return <Content components={components} />;
}
