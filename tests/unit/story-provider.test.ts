import { describe, expect, it } from 'vitest';
import { initialStepFromQuery } from '@/app/_components/story/story-provider';

describe('initialStepFromQuery', () => {
  const ids = ['a-one', 'a-two', 'a-three'];
  it('accepts a step id or a 1-based number', () => {
    expect(initialStepFromQuery('?step=a-two', ids)).toBe('a-two');
    expect(initialStepFromQuery('?step=3', ids)).toBe('a-three');
    expect(initialStepFromQuery('?childId=x&step=1', ids)).toBe('a-one');
  });
  it('ignores what is not a step', () => {
    for (const search of ['', '?step=', '?step=0', '?step=4', '?step=-1', '?step=1.5', '?step=nope', '?step=%3Cscript%3E']) {
      expect(initialStepFromQuery(search, ids), search).toBeUndefined();
    }
  });
});
