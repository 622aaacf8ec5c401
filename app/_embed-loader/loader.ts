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
 *
 * The host page is a stranger's. Its markup can shadow any name read from `window` or
 * `document` (an element's id or name becomes a property of both), its styles can reach any
 * element in its tree, and its scripts may have added getters to Object.prototype. So the
 * loader keeps its state in this closure, calls DOM methods through their prototypes and
 * builds option objects without a prototype (host-page.ts), draws inside a shadow root
 * (styles.ts), and mounts each placeholder on its own.
 */
import { formatMessage, MESSAGE_HEIGHT, MESSAGE_READY, MESSAGE_STEP, parseHeight, parseMessage } from '../_lib/embed/protocol';
import { httpOrigin, sameOriginHref } from '../_lib/publishing/site-url.mjs';
import { crossingTarget, TRIGGER_LINE, triggerMargin } from '../_lib/reading/step-trigger';
import { parseStepsDocument, type StepsDocument } from '../_lib/embed/steps-document';
import { call, dict, dom, nextChildId } from './host-page';
import { readOptions, type Options } from './placeholder';
import { EDITIONS, editionPath } from '../_lib/edition/edition';
import { EMBED_STRINGS } from '../_lib/edition/embed-strings';
import { STYLES } from './styles';

/** SITE_URL's origin, baked in by app/_cli/build-embed-loader.mjs; '' when it was unset. */
declare const __ASTANA_SITE_ORIGIN__: string;

interface Frame {
  iframe: HTMLIFrameElement;
  childId: string;
  /** Scroll-driven frames keep the height the layout gives them. */
  sizeToContent: boolean;
  activeStep: string | undefined;
}

/**
 * The origin this loader frames and trusts. Without a baked-in SITE_URL, the origin of the
 * <script> running it: read through Document.prototype's getter, because the host page's
 * own `document.currentScript` can be any element named "currentScript" (say, an <img> a
 * comment system let through), and only an http(s) src counts.
 */
function loaderOrigin(): string | null {
  if (__ASTANA_SITE_ORIGIN__) return __ASTANA_SITE_ORIGIN__;
  const current: unknown = dom.currentScript?.call(document);
  return current instanceof HTMLScriptElement && current.src ? httpOrigin(current.src) : null;
}

(() => {
  const trusted = loaderOrigin();
  if (!trusted) {
    console.warn('[astana-story] cannot tell which site embed.js came from; nothing is embedded');
    return;
  }
  const origin: string = trusted;
  const frames: Frame[] = [];
  const create = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] => {
    const element = call(dom.createElement, document, tag) as HTMLElementTagNameMap[K];
    if (className) element.className = className;
    return element;
  };

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

  function createFrame(options: Options, params: Array<[string, string]>, title: string, sizeToContent: boolean): Frame {
    const childId = nextChildId();
    const src = new URL(editionPath(options.lang, `/embed/${options.slug}`), origin);
    src.searchParams.set('childId', childId);
    for (const [key, value] of params) src.searchParams.set(key, value);
    const iframe = create('iframe');
    iframe.src = src.href;
    iframe.title = title;
    iframe.loading = 'lazy';
    iframe.setAttribute('scrolling', 'no');
    const frame: Frame = { iframe, childId, sizeToContent, activeStep: undefined };
    frames.push(frame);
    return frame;
  }

  /** Our own box inside the placeholder, its contents in a shadow root. */
  function shadowIn(host: Element, ...children: Node[]) {
    const box = create('div');
    const root = call(dom.attachShadow, box, dict({ mode: 'open' as const }));
    const style = create('style');
    style.textContent = STYLES;
    root.append(style, ...children);
    call(dom.replaceChildren, host, box);
  }

  function mountStepper(host: Element, options: Options) {
    const title = options.title ?? EMBED_STRINGS[options.lang].embedTitle;
    const frame = createFrame(options, options.step ? [['step', options.step]] : [], title, true);
    shadowIn(host, frame.iframe);
  }

  async function mountScroll(host: Element, options: Options) {
    const { slug, lang } = options;
    const t = EMBED_STRINGS[lang];
    // Without the step texts (an error, an outage, an answer of the wrong shape), the
    // plain stepper still shows the chapter.
    let doc: StepsDocument | null = null;
    try {
      const response = await fetch(new URL(editionPath(lang, `/embed/${slug}/steps.json`), origin), dict({ credentials: 'omit' as const }));
      if (response.ok) doc = parseStepsDocument(await response.json());
    } catch {
      // Network failure, not JSON, or a page script in the way: doc stays null.
    }
    if (!doc) {
      mountStepper(host, options);
      return;
    }
    const frame = createFrame(options, [['mode', 'map']], t.embedMap(doc.title), false);
    frame.activeStep = doc.steps[0]?.id;

    const wrapper = create('div', 'scroll');
    const sticky = create('div', 'sticky');
    sticky.append(frame.iframe);
    const texts = create('div', 'texts');
    // The step texts are the edition's: in Arabic they read right to left inside any host page.
    texts.setAttribute('lang', lang);
    texts.setAttribute('dir', EDITIONS[lang].dir);
    const cards: HTMLElement[] = [];
    for (const step of doc.steps) {
      const card = create('div', 'card');
      card.setAttribute('data-astana-step', step.id);
      for (const text of step.paragraphs) {
        const p = create('p');
        p.textContent = text;
        card.append(p);
      }
      texts.append(card);
      cards.push(card);
    }
    const more = create('p', 'more');
    const link = create('a');
    // Only our own http(s) pages go into the host page: a javascript: URL would run there.
    link.href = sameOriginHref(doc.url, origin) ?? new URL(editionPath(lang, `/chapters/${slug}`), origin).href;
    link.textContent = `${t.readFullStory}: ${doc.title}`;
    more.append(link);
    texts.append(more);
    wrapper.append(sticky, texts);
    shadowIn(host, wrapper);

    const observer = new IntersectionObserver(
      (entries) => {
        const id = (crossingTarget(entries) as Element | undefined)?.getAttribute('data-astana-step');
        if (!id || id === frame.activeStep) return;
        frame.activeStep = id;
        send(frame, MESSAGE_STEP, id);
      },
      dict({ rootMargin: triggerMargin(TRIGGER_LINE) }),
    );
    for (const card of cards) observer.observe(card);
  }

  /** One placeholder; a broken one is skipped with a warning and never stops the others. */
  function mount(host: Element) {
    // The loader may be on the page twice; each placeholder is mounted once.
    if (call(dom.hasAttribute, host, 'data-astana-mounted')) return;
    call(dom.setAttribute, host, 'data-astana-mounted', '');
    const options = readOptions(host);
    if (typeof options === 'string') {
      console.warn(`[astana-story] skipped a placeholder: ${options}`);
      return;
    }
    if (options.mode === 'scroll') {
      mountScroll(host, options).catch((error: unknown) => console.warn('[astana-story] could not mount a chapter', error));
    } else mountStepper(host, options);
  }

  function mountAll() {
    const hosts = call(dom.querySelectorAll, document, '[data-astana-story]') as NodeListOf<Element>;
    for (const host of Array.from(hosts)) {
      try {
        mount(host);
      } catch (error) {
        console.warn('[astana-story] could not mount a chapter', error);
      }
    }
  }

  call(dom.addEventListener, window, 'message', onMessage as EventListener);
  if (dom.readyState?.call(document) === 'loading') call(dom.addEventListener, document, 'DOMContentLoaded', mountAll);
  else mountAll();
})();
