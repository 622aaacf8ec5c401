'use client';

import { useRef, useState } from 'react';
import { escapeHtml } from '@/app/_lib/markup/escape-html';

function snippets(origin: string, slug: string, title: string) {
  return {
    script: `<div data-astana-story="${slug}"></div>\n<script async src="${origin}/embed.js"></script>`,
    iframe: `<iframe src="${origin}/embed/${slug}" title="${escapeHtml(title)}" width="100%" height="620" style="border:0" loading="lazy"></iframe>`,
  };
}

function CopyField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const id = `embed-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <div className="embed-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={value} rows={value.split('\n').length + 1} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(value);
            setCopied(true);
          } catch {
            // Clipboard refused (insecure origin or permission): the text is selectable instead.
            document.getElementById(id)?.focus();
          }
        }}
      >
        {copied ? 'Copied' : `Copy ${label.toLowerCase()}`}
      </button>
    </div>
  );
}

/** Shows the code a publisher pastes to embed this chapter. */
export function EmbedButton({ slug, title }: { slug: string; title: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [code, setCode] = useState<ReturnType<typeof snippets> | null>(null);
  return (
    <>
      <button
        type="button"
        className="embed-open"
        aria-haspopup="dialog"
        onClick={() => {
          // SITE_URL, inlined at build time; unset in local runs, where this page's origin is the site's.
          setCode(snippets(process.env.SITE_URL || window.location.origin, slug, title));
          dialog.current?.showModal();
        }}
      >
        Embed this chapter
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title">
        <h2 id="embed-dialog-title">Embed this chapter</h2>
        <p>Paste the snippet into your page: it sizes itself to the chapter. The plain iframe works where scripts are not allowed.</p>
        {code && (
          <>
            <CopyField label="Snippet" value={code.script} />
            <CopyField label="Iframe" value={code.iframe} />
          </>
        )}
        <p className="embed-note">
          Add <code>data-mode=&quot;scroll&quot;</code> to the <code>div</code> to let your page’s scrolling drive the map.
        </p>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
