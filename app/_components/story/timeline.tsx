'use client';

import { formatDateRange } from '@/app/_lib/format';
import { yearFraction, type ViewChapter } from '@/app/_lib/story-view';
import { useStory } from './story-provider';

const monthTicks = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The chapters on a January–December 2017 axis, with the reader's position.
 * `allChapters` may include chapters that live on other pages (a chapter page links to them).
 */
export function Timeline({ allChapters }: { allChapters: ViewChapter[] }) {
  const { view, active, goToChapter } = useStory();
  const onPage = new Set(view.chapters.map((c) => c.slug));
  const activeChapter = view.steps.find((s) => s.id === active?.id)?.chapter ?? null;
  const activeInfo = allChapters.find((c) => c.slug === activeChapter);
  const progress = activeInfo ? yearFraction(activeInfo.start) : 0;

  return (
    <nav className="timeline" aria-label="Timeline of the talks, 2017">
      <div className="timeline-track">
        <div className="timeline-progress" style={{ width: `${(progress * 100).toFixed(2)}%` }} />
        {monthTicks.map((tick, month) => (
          <span key={month} className="timeline-month" style={{ left: `${((month / 12) * 100).toFixed(2)}%` }} title={monthNames[month]} aria-hidden="true">
            {tick}
          </span>
        ))}
        <ol>
          {allChapters.map((chapter) => {
            const here = onPage.has(chapter.slug);
            const when = formatDateRange(chapter.start, chapter.end);
            return (
              <li key={chapter.slug} style={{ left: `${(yearFraction(chapter.start) * 100).toFixed(2)}%` }}>
                <a
                  href={here ? `#chapter-${chapter.slug}` : `/chapters/${chapter.slug}`}
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
        {activeInfo ? formatDateRange(activeInfo.start, activeInfo.end) : '2017'}
      </p>
    </nav>
  );
}
