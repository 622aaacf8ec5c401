import { describe, expect, it } from 'vitest';
import { crossingTarget, stepAtLine, TRIGGER_LINE, TRIGGER_LINE_BELOW_MAP, triggerMargin } from '@/app/_lib/reading/step-trigger';

describe('triggerMargin', () => {
  it('shrinks the viewport to the line', () => {
    expect(triggerMargin(TRIGGER_LINE)).toBe('-50% 0px -50% 0px');
    expect(triggerMargin(TRIGGER_LINE_BELOW_MAP)).toBe('-74% 0px -26% 0px');
  });

  it('keeps the line on screen', () => {
    expect(triggerMargin(1.2)).toBe('-100% 0px -0% 0px');
    expect(triggerMargin(-1)).toBe('-0% 0px -100% 0px');
  });
});

describe('crossingTarget', () => {
  const entry = (target: string, isIntersecting: boolean) => ({ target, isIntersecting });

  it('is the step entering the line', () => {
    expect(crossingTarget([entry('a', false), entry('b', true)])).toBe('b');
  });

  it('is the last of several steps a fast scroll reported at once', () => {
    expect(crossingTarget([entry('a', true), entry('b', false), entry('c', true), entry('d', false)])).toBe('c');
  });

  it('is nothing when steps only leave the line (the caller keeps the last one)', () => {
    expect(crossingTarget([entry('a', false)])).toBeUndefined();
    expect(crossingTarget([])).toBeUndefined();
  });
});

describe('stepAtLine', () => {
  const steps = [
    { id: 'a', top: -200, bottom: 300 },
    { id: 'b', top: 300, bottom: 700 },
    { id: 'c', top: 900, bottom: 1200 },
  ];

  it('finds the step whose box contains the line', () => {
    expect(stepAtLine(steps, 400)).toBe('b');
    expect(stepAtLine(steps, 0)).toBe('a');
  });

  it('counts edges as inside, the first step winning where two touch', () => {
    expect(stepAtLine(steps, 300)).toBe('a');
    expect(stepAtLine(steps, 700)).toBe('b');
  });

  it('finds nothing between steps, or for boxes without an id', () => {
    expect(stepAtLine(steps, 800)).toBeUndefined();
    expect(stepAtLine([{ id: undefined, top: 0, bottom: 1000 }], 500)).toBeUndefined();
  });
});
