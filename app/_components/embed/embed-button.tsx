'use client';

import { useRef, useState } from 'react';
import { editionPath, type Lang } from '@/app/_lib/edition/edition';
import { escapeHtml } from '@/app/_lib/markup/escape-html';
import { useEdition, useStrings } from '../edition/edition-context';

/** The codes a publisher pastes: embed.js's placeholder (`data-lang` for the Arabic edition), or a plain iframe. */
function snippets(origin: string, slug: string, title: string, lang: Lang) {
  const langAttribute = lang === 'en' ? '' : ` data-lang="${lang}"`;
  return {
    script: `<div data-astana-story="${slug}"${langAttribute}></div>\n<script async src="${origin}/embed.js"></script>`,
    iframe:
      `<iframe src="${origin}${editionPath(lang, `/embed/${slug}`)}" title="${escapeHtml(title)}" ` +
      'width="100%" height="620" style="border:0" loading="lazy"></iframe>',
  };
}

function CopyField({ name, label, value }: { name: string; label: string; value: string }) {
  const t = useStrings();
  const [copied, setCopied] = useState(false);
  const id = `embed-${name}`;
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
        {copied ? t.copied : t.copyCode(label)}
      </button>
    </div>
  );
}

/** Shows the code a publisher pastes to embed this chapter. */
export function EmbedButton({ slug, title }: { slug: string; title: string }) {
  const t = useStrings();
  const lang = useEdition();
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
          setCode(snippets(process.env.SITE_URL || window.location.origin, slug, title, lang));
          dialog.current?.showModal();
        }}
      >
        {t.embedChapter}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title">
        <h2 id="embed-dialog-title">{t.embedChapter}</h2>
        <p>{t.embedHelp}</p>
        {code && (
          <>
            <CopyField name="snippet" label={t.embedSnippet} value={code.script} />
            <CopyField name="iframe" label={t.embedIframe} value={code.iframe} />
          </>
        )}
        <p className="embed-note">
          {t.embedScrollNote[0]}
          <code>data-mode=&quot;scroll&quot;</code>
          {t.embedScrollNote[1]}
          <code>div</code>
          {t.embedScrollNote[2]}
        </p>
        <form method="dialog">
          <button type="submit">{t.closeDialog}</button>
        </form>
      </dialog>
    </>
  );
}
