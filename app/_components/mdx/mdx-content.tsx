import { getMDXComponent } from 'mdx-bundler/client';
import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from './mdx-components';

/**
 * Evaluates a chapter's compiled MDX. This is a Server Component on purpose:
 * getMDXComponent uses `new Function`, which must never reach the browser (CSP).
 */
export function MdxContent({ code, components = mdxComponents }: { code: string; components?: MDXComponents }) {
  const Content = getMDXComponent(code);
  return <Content components={components} />;
}
