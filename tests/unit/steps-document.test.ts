import { describe, expect, it } from 'vitest';
import { parseStepsDocument } from '@/app/_lib/embed/steps-document';

const valid = {
  slug: 'second-round',
  title: 'Second round',
  url: '/chapters/second-round',
  source: { outlet: null },
  steps: [
    { id: 'second-round-astana', places: ['astana'], paragraphs: ['One.', 'Two.'] },
    { id: 'second-round-geneva', places: ['geneva'], paragraphs: [] },
  ],
};

describe('parseStepsDocument', () => {
  it('keeps what the loader uses from a valid document', () => {
    expect(parseStepsDocument(valid)).toEqual({
      title: 'Second round',
      url: '/chapters/second-round',
      steps: [
        { id: 'second-round-astana', paragraphs: ['One.', 'Two.'] },
        { id: 'second-round-geneva', paragraphs: [] },
      ],
    });
  });

  it('refuses anything that is not such a document', () => {
    for (const data of [null, undefined, 'steps', 42, [], {}, [valid]]) expect(parseStepsDocument(data)).toBeNull();
  });

  it('refuses a document without a title, a URL or steps', () => {
    expect(parseStepsDocument({ ...valid, title: undefined })).toBeNull();
    expect(parseStepsDocument({ ...valid, url: 7 })).toBeNull();
    expect(parseStepsDocument({ ...valid, steps: [] })).toBeNull();
    expect(parseStepsDocument({ ...valid, steps: { 0: valid.steps[0] } })).toBeNull();
  });

  it('refuses a step without an id or with paragraphs that are not text', () => {
    const step = valid.steps[0]!;
    for (const bad of [null, 'step', { ...step, id: '' }, { ...step, id: 3 }, { ...step, paragraphs: 'One.' }, { ...step, paragraphs: ['One.', { html: '<b>' }] }]) {
      expect(parseStepsDocument({ ...valid, steps: [step, bad] })).toBeNull();
    }
  });
});
