import type { DraftStep } from './steps';

/*
 * The draft as the MDX file chapter:new writes: frontmatter filled as far as the article
 * allows, every step quoting the article for the author to retell, TODOs where only the
 * author can say.
 */

/**
 * Article text as literal MDX: characters that would open an expression, a tag, an entity or
 * inline markup are backslash-escaped (a backslash too, so `\\{` stays text), and so is
 * whatever would start a block (a heading, a list item) at the start of a paragraph.
 * @example escapeMdxText('{x} <b>') // returns the text `\{x\} \<b\>`
 */
export function escapeMdxText(text: string): string {
  return text
    .replace(/[\\{}<>*_`[\]&~|]/g, '\\$&')
    .replace(/^([#=+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

export interface DraftText {
  slug: string;
  title: string;
  outlet: string | null;
  /** Every place the steps use, `TODO-place` included. */
  places: readonly string[];
  steps: readonly DraftStep[];
}

/** The draft chapter's file. */
export function draftMdx({ slug, title, outlet, places, steps }: DraftText): string {
  const body = steps
    .map((step) => {
      const placeAttr = step.places.length === 1 ? `place="${step.places[0]}"` : `places={${JSON.stringify(step.places)}}`;
      return [
        `<Step id="${step.id}" ${placeAttr}>`,
        '',
        '{/* TODO: retell in our own words; keep facts, figures and short attributed quotes. The article says: */}',
        '',
        ...step.paragraphs.flatMap((p) => [`> ${escapeMdxText(p)}`, '']),
        '</Step>',
      ].join('\n');
    })
    .join('\n\n');

  return `---
slug: ${slug}
title: ${yamlString(title)} # TODO: a headline in our own words
dek: "TODO: one line in our own words"
dates:
  start: "TODO" # TODO: the event's first day, YYYY-MM-DD
source:
  outlet: ${outlet ? yamlString(outlet) : 'null'}
  note: ${yamlString(outlet ? `TODO: describe the ${outlet} report.` : 'TODO: outlet not named in the text; say what the source is.')}
places: [${places.join(', ')}]
draft: true
---

${body}
`;
}
