import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './mdx-components';

/**
 * Evaluates a chapter's compiled MDX. This is a Server Component on purpose:
 * getMDXComponent uses `new Function`, which must never reach the browser (CSP).
 */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  return <Content components={mdxComponents} />;
}
