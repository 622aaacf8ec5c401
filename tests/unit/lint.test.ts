import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { root } from './repo';

/** `npm run lint` reads eslint.config.mjs: these prove it holds the site's code to React's hooks rules. */
const lint = async (code: string, filePath: string) => {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}:${message.severity}`);
};

describe('the lint configuration', () => {
  it('fails a hook called conditionally in a component', async () => {
    const code = `import { useState } from 'react';
export function Marker({ shown }: { shown: boolean }) {
  if (shown) {
    const [open] = useState(false);
    return <b>{String(open)}</b>;
  }
  return null;
}
`;
    expect(await lint(code, 'app/_components/map/injected.tsx')).toContain('react-hooks/rules-of-hooks:2');
  });

  it('flags an effect that leaves out what it reads (a warning, which npm run lint fails on)', async () => {
    const code = `import { useEffect } from 'react';
export function Title({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, []);
  return null;
}
`;
    expect(await lint(code, 'app/_components/story/injected.tsx')).toContain('react-hooks/exhaustive-deps:1');
  });

  it('passes the same component written correctly', async () => {
    const code = `import { useEffect } from 'react';
export function Title({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
`;
    expect(await lint(code, 'app/_components/story/injected.tsx')).toEqual([]);
  });
});
