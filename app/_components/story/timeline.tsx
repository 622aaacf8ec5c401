'use client';

import { useMemo } from 'react';
import { formatDateRange } from '@/app/_lib/content/dates';
import { editionPath } from '@/app/_lib/edition/edition';
import { axisFraction, spreadPositions, timelineAxis, warpCss } from '@/app/_lib/reading/timeline-axis';
import type { ViewChapter } from '@/app/_lib/content/story-pages';
import { useEdition, useStrings } from '../edition/edition-context';
import { useStory } from './story-provider';

/** A chapter's link is 28 px (1.75rem) wide and no two may overlap (WCAG 2.5.8 asks for 24 px); 2 px more absorbs subpixel layout. */
const SPACING_PX = 30;

/**
 * The chapters on an axis derived from their dates, with the reader's position.
 * `allChapters` may include chapters that live on other pages (a chapter page links to them).
 */
export function Timeline({ allChapters }: { allChapters: ViewChapter[] }) {
  const { view, active, goToChapter } = useStory();
  const lang = useEdition();
  const t = useStrings();
  const onPage = new Set(view.chapters.map((c) => c.slug));
  const activeChapter = view.steps.find((s) => s.id === active?.id)?.chapter ?? null;
  const activeIndex = allChapters.findIndex((c) => c.slug === activeChapter);
  const activeInfo = allChapters[activeIndex];
  const axis = useMemo(() => timelineAxis(allChapters, lang), [allChapters, lang]);
  const lefts = allChapters.map((chapter) => axisFraction(axis, chapter.start));
  // Chapters days apart would overlap on a phone: each dot keeps its date in `left` and is
  // nudged by a margin just enough to keep clear of its neighbours; the month ticks follow.
  const positions = spreadPositions(lefts, SPACING_PX);

  return (
    // Positions are inline-start offsets, so the axis runs right to left in Arabic (globals.css).
    <nav className="timeline" aria-label={t.timeline(axis.label)}>
      <div className="timeline-track">
        <div className="timeline-progress" style={{ width: activeInfo ? positions[activeIndex] : '0%' }} />
        {axis.ticks.map((tick) => (
          <span
            key={tick.title}
            className="timeline-month"
            style={{ insetInlineStart: warpCss(tick.at, lefts, positions) }}
            title={tick.title}
            aria-hidden="true"
          >
            {tick.label}
          </span>
        ))}
        <ol>
          {allChapters.map((chapter, i) => {
            const here = onPage.has(chapter.slug);
            const when = formatDateRange(chapter.start, chapter.end, lang);
            const left = `${(lefts[i]! * 100).toFixed(2)}%`;
            return (
              <li key={chapter.slug} style={{ insetInlineStart: left, marginInlineStart: `calc(${positions[i]} - ${left})` }}>
                <a
                  href={here ? `#chapter-${chapter.slug}` : editionPath(lang, `/chapters/${chapter.slug}`)}
                  data-timeline-chapter={chapter.slug}
                  aria-current={chapter.slug === activeChapter ? 'location' : undefined}
                  aria-label={`${chapter.title}, ${when}`}
                  title={`${when}: ${chapter.title}`}
                  onClick={(event) => {
                    if (!here) return;
                    event.preventDefault();
                    goToChapter(chapter.slug);
                  }}
                >
                  <span className="timeline-dot" aria-hidden="true" />
                </a>
              </li>
            );
          })}
        </ol>
      </div>
      <p className="timeline-now" aria-live="off">
        {activeInfo ? formatDateRange(activeInfo.start, activeInfo.end, lang) : axis.label}
      </p>
    </nav>
  );
}
