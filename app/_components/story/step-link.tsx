'use client';

import { useStrings } from '../edition/edition-context';
import { useEffect, useRef, useState } from 'react';
import { siteOrigin } from '@/app/_lib/publishing/site-url.mjs';
import { stepUrl } from '@/app/_lib/reading/step-url';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** How long "Link copied" stays; cleared so that copying again is announced again. */
const MESSAGE_MS = 4000;

/**
 * "Copy link" for one step. Without JavaScript (`enhanced` false) it is a plain link to the
 * step's fragment; once hydrated, a button that copies the step's absolute URL. Its own polite
 * status region says "Link copied" (the map's announcements keep theirs); if the clipboard is
 * refused, the URL appears selected in a field, to copy by hand.
 */
export function StepLink({ id, enhanced }: { id: string; enhanced: boolean }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const t = useStrings();
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome.kind === 'manual') field.current?.select();
    if (outcome.kind !== 'copied') return;
    const timer = window.setTimeout(() => setOutcome({ kind: 'idle' }), MESSAGE_MS);
    return () => window.clearTimeout(timer);
  }, [outcome]);

  if (!enhanced) {
    return (
      <div className="step-share">
        <a href={`#${id}`} data-step-link={id}>
          {t.linkToStep}
        </a>
      </div>
    );
  }

  const copy = async () => {
    const url = stepUrl(id, window.location.href, siteOrigin());
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied' });
    } catch {
      // No clipboard (an insecure origin) or permission refused: hand over the text instead.
      setOutcome({ kind: 'manual', url });
    }
  };

  return (
    <div className="step-share">
      <button type="button" className="step-share-button" data-step-link={id} onClick={copy}>
        {t.copyLink}
      </button>
      {outcome.kind === 'manual' && (
        <input
          ref={field}
          className="step-share-field"
          type="url"
          readOnly
          value={outcome.url}
          aria-label={t.linkToStep}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      <span role="status" className="step-share-status">
        {outcome.kind === 'copied' ? t.linkCopied : outcome.kind === 'manual' ? t.copySelected : ''}
      </span>
    </div>
  );
}
