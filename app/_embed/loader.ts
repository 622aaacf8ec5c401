/*
 * public/embed.js, built from this file by app/_cli/build-embed-loader.mjs.
 * A publisher pastes:
 *
 *   <div data-astana-story="<slug>"></div>
 *   <script async src="https://<our site>/embed.js"></script>
 *
 * and gets a titled, lazy, self-sizing iframe. With data-mode="scroll" the host
 * page's own scrolling drives the chapter: step texts are laid out in the host
 * page around a sticky map frame, which is told the active step.
 */
import { formatMessage, MESSAGE_HEIGHT, MESSAGE_READY, MESSAGE_STEP, parseHeight, parseMessage } from '../_lib/embed-protocol';
import { httpOrigin, sameOriginHref } from '../_lib/site-url.mjs';
import { crossingTarget, TRIGGER_LINE, triggerMargin } from '../_lib/step-trigger';
import { parseStepsDocument, type StepsDocument } from '../_lib/steps-document';

/** SITE_URL's origin, baked in by app/_cli/build-embed-loader.mjs; '' when it was unset. */
declare const __ASTANA_SITE_ORIGIN__: string;

interface Frame {
  iframe: HTMLIFrameElement;
  childId: string;
  /** Scroll-driven frames keep the height the layout gives them. */
  sizeToContent: boolean;
  activeStep?: string;
}

/** Shared by every copy of this loader on the page, so child ids stay unique. */
interface Registry {
  count: number;
}

/**
 * The origin this loader frames and trusts. Without a baked-in SITE_URL, the origin of the
 * <script> running it: read through Document.prototype's getter, because the host page's
 * own `document.currentScript` can be any element named "currentScript" (say, an <img> a
 * comment system let through), and only an http(s) src counts.
 */
function loaderOrigin(): string | null {
  if (__ASTANA_SITE_ORIGIN__) return __ASTANA_SITE_ORIGIN__;
  const current: unknown = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
  return current instanceof HTMLScriptElement && current.src ? httpOrigin(current.src) : null;
}

(() => {
  const trusted = loaderOrigin();
  if (!trusted) {
    console.warn('[astana-story] cannot tell which site embed.js came from; nothing is embedded');
    return;
  }
  const origin: string = trusted;
  const global = window as unknown as { __astanaStory?: Registry };
  const registry = (global.__astanaStory ??= { count: 0 });
  const frames: Frame[] = [];

  function frameFor(event: MessageEvent): Frame | undefined {
    // Both checks: the origin alone would accept any page of ours opened in any window.
    if (event.origin !== origin) return undefined;
    return frames.find((frame) => frame.iframe.contentWindow === event.source);
  }

  function send(frame: Frame, type: string, value: string) {
    frame.iframe.contentWindow?.postMessage(formatMessage(frame.childId, type, value), origin);
  }

  function onMessage(event: MessageEvent) {
    const frame = frameFor(event);
    const message = frame && parseMessage(event.data);
    if (!frame || !message || message.childId !== frame.childId) return;
    if (message.type === MESSAGE_HEIGHT && frame.sizeToContent) {
      const height = parseHeight(message.value);
      if (height) frame.iframe.style.height = `${height}px`;
    } else if (message.type === MESSAGE_READY && frame.activeStep) {
      send(frame, MESSAGE_STEP, frame.activeStep);
    }
  }

  function createFrame(slug: string, params: Record<string, string>, title: string, sizeToContent: boolean): Frame {
    const childId = `astana-story-${++registry.count}`;
    const src = new URL(`/embed/${slug}`, origin);
    src.searchParams.set('childId', childId);
    for (const [key, value] of Object.entries(params)) src.searchParams.set(key, value);
    const iframe = document.createElement('iframe');
    iframe.src = src.href;
    iframe.title = title;
    iframe.loading = 'lazy';
    iframe.setAttribute('scrolling', 'no');
    iframe.style.cssText = 'display:block;width:100%;border:0;height:520px;';
    const frame = { iframe, childId, sizeToContent };
    frames.push(frame);
    return frame;
  }

  function mountStepper(host: HTMLElement, slug: string) {
    const step = host.dataset.step;
    const frame = createFrame(slug, step ? { step } : {}, host.dataset.title ?? 'The Astana talks: interactive map story', true);
    host.replaceChildren(frame.iframe);
  }

  async function mountScroll(host: HTMLElement, slug: string) {
    // Without the step texts (an error, an outage, an answer of the wrong shape), the
    // plain stepper still shows the chapter.
    let doc: StepsDocument | null = null;
    try {
      const response = await fetch(new URL(`/embed/${slug}/steps.json`, origin), { credentials: 'omit' });
      if (response.ok) doc = parseStepsDocument(await response.json());
    } catch {
      // Network failure or not JSON: doc stays null.
    }
    if (!doc) {
      mountStepper(host, slug);
      return;
    }
    const frame = createFrame(slug, { mode: 'map' }, `Map for “${doc.title}”`, false);
    frame.iframe.style.height = '100%';
    frame.activeStep = doc.steps[0]?.id;

    const wrapper = document.createElement('div');
    wrapper.className = 'astana-story-scroll';
    wrapper.style.cssText = 'position:relative;';
    const sticky = document.createElement('div');
    sticky.style.cssText = 'position:sticky;top:0;height:min(60vh,560px);z-index:0;';
    sticky.append(frame.iframe);
    const texts = document.createElement('div');
    texts.style.cssText = 'position:relative;z-index:1;pointer-events:none;padding:0 0 40vh;';
    for (const step of doc.steps) {
      const card = document.createElement('div');
      card.dataset.astanaStep = step.id;
      card.style.cssText =
        'pointer-events:auto;max-width:34rem;margin:45vh auto 0;padding:1rem 1.25rem;background:#fff;color:#1d1d1b;border-radius:6px;box-shadow:0 2px 12px rgba(0,0,0,.18);';
      for (const text of step.paragraphs) {
        const p = document.createElement('p');
        p.textContent = text;
        p.style.cssText = 'margin:0 0 .8em;';
        card.append(p);
      }
      texts.append(card);
    }
    const more = document.createElement('p');
    more.style.cssText = 'pointer-events:auto;max-width:34rem;margin:2rem auto 0;';
    const link = document.createElement('a');
    // Only our own http(s) pages go into the host page: a javascript: URL would run there.
    link.href = sameOriginHref(doc.url, origin) ?? new URL(`/chapters/${slug}`, origin).href;
    link.textContent = `Read the full story: ${doc.title}`;
    more.append(link);
    texts.append(more);
    wrapper.append(sticky, texts);
    host.replaceChildren(wrapper);

    const observer = new IntersectionObserver(
      (entries) => {
        const id = (crossingTarget(entries) as HTMLElement | undefined)?.dataset.astanaStep;
        if (!id || id === frame.activeStep) return;
        frame.activeStep = id;
        send(frame, MESSAGE_STEP, id);
      },
      { rootMargin: triggerMargin(TRIGGER_LINE) },
    );
    for (const card of texts.querySelectorAll('[data-astana-step]')) observer.observe(card);
  }

  function mountAll() {
    for (const host of document.querySelectorAll<HTMLElement>('[data-astana-story]:not([data-astana-mounted])')) {
      const slug = host.dataset.astanaStory ?? '';
      // The loader may be on the page twice; each placeholder is mounted once.
      host.setAttribute('data-astana-mounted', '');
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
        console.warn(`[astana-story] "${slug}" is not a chapter slug`);
        continue;
      }
      if (host.dataset.mode === 'scroll') void mountScroll(host, slug);
      else mountStepper(host, slug);
    }
  }

  window.addEventListener('message', onMessage);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
