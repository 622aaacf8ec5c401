import type { Frame, FrameLocator, Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { hostOriginFor, hostPage, startHostServer } from './host-server';
import { centreMatches, story } from './story-data';

const [first, second, third] = story.chapters as [(typeof story.chapters)[0], (typeof story.chapters)[0], (typeof story.chapters)[0]];
let host: Awaited<ReturnType<typeof startHostServer>>;

test.beforeAll(async ({ baseURL }) => {
  const site = baseURL!;
  host = await startHostServer(site, {
    '/two': hostPage(
      'Two embeds',
      `<div data-astana-story="${first.slug}"></div><div class="filler"></div>
       <div data-astana-story="${second.slug}" data-title="Second embed"></div>
       <script async src="${site}/embed.js"></script><script async src="${site}/embed.js"></script>`,
    ),
    '/pym': hostPage(
      'pym.js host',
      `<div id="pym-container"></div><script src="/pym.v1.min.js"></script>
       <script>window.pymParent = new pym.Parent('pym-container', '${site}/embed/${third.slug}', {});</script>`,
    ),
    '/frame-chapter': hostPage('Framing a chapter page', `<iframe id="framed" src="${site}/chapters/${first.slug}" width="600" height="400"></iframe>`),
    // A comment system let through an image named "currentScript": it shadows document.currentScript.
    '/clobbered': hostPage(
      'A named image',
      `<img name="currentScript" src="${hostOriginFor(site)}/pixel.gif" alt=""><div data-astana-story="${first.slug}"></div>
       <script async src="${site}/embed.js"></script>`,
    ),
    '/hostile': hostPage('A hostile host page', hostilePage(site)),
    '/sandboxed': hostPage(
      'A sandboxed embed',
      `<iframe id="sandboxed" sandbox="allow-scripts" src="${site}/embed/${first.slug}" title="Sandboxed chapter" style="width:640px;height:720px;border:0"></iframe>`,
    ),
    '/scroll': hostPage('Scroll-driven embed', `<div data-astana-story="${second.slug}" data-mode="scroll"></div><div class="filler"></div><script async src="${site}/embed.js"></script>`),
  });
});

test.afterAll(async () => host?.close());

/** Names on Object.prototype that throw when read: a page script may have added getters like these. */
const POISONED = ['count', 'step', 'mode', 'title', 'slug', 'activeStep', 'childId', 'iframe', 'sizeToContent', 'astanaStory', 'astanaMounted',
  'credentials', 'cache', 'body', 'headers', 'method', 'signal', 'root', 'rootMargin', 'threshold', 'delegatesFocus', 'slotAssignment',
  'once', 'passive', 'capture', 'value', 'get', 'set', 'enumerable', 'writable'];

/**
 * A host page that does everything markup can to our loader: elements named after every global
 * and document member it reads, a form placeholder with inputs named after element methods,
 * styles that hide or restyle iframes, cards and paragraphs, broken placeholders before good
 * ones, and getters that throw on Object.prototype.
 */
function hostilePage(site: string): string {
  const shadows = ['querySelectorAll', 'querySelector', 'createElement', 'readyState', 'currentScript', 'addEventListener', 'getElementsByTagName', 'body', 'defaultView']
    .map((name) => `<img name="${name}" src="/pixel.gif" alt=""><img id="${name}" src="/pixel.gif" alt="">`).join('');
  return `
    <script>for (const name of ${JSON.stringify(POISONED)}) Object.defineProperty(Object.prototype, name, Object.assign(Object.create(null), { get() { throw new Error('poisoned: ' + name); }, set(v) {}, configurable: true }));</script>
    <style>iframe { display: none !important; height: 1px !important; } div { padding: 90px !important; border: 9px solid red !important; }
      p { color: red !important; font-size: 40px !important; } a { display: none !important; }</style>
    <form id="__astanaStory"><input name="count"></form><form name="__astanaStory"><input name="count"></form>${shadows}
    <div data-astana-story=""></div><div data-astana-story="Not A Slug!"></div>
    <div data-astana-story="${first.slug}" data-mode="bogus"></div><div data-astana-story="${first.slug}" data-step="&lt;script&gt;"></div>
    <form data-astana-story="${first.slug}" data-title="Form placeholder"><input name="getAttribute"><input name="setAttribute"><input name="hasAttribute"><input name="replaceChildren"><input name="dataset"><input name="attachShadow"></form>
    <div class="filler"></div>
    <div data-astana-story="${second.slug}" data-mode="scroll"></div>
    <script async src="${site}/embed.js"></script>`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function frameOf(page: Page, index: number): Promise<Frame> {
  const handle = await page.locator('iframe').nth(index).elementHandle();
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error('iframe has no frame');
  return frame;
}

/** The iframe shows its content whole: height equal to the content's, no inner scrolling. */
async function expectSizedToContent(page: Page, index: number) {
  const iframe = page.locator('iframe').nth(index);
  await expect
    .poll(async () => {
      const frame = await frameOf(page, index);
      const content = await frame.locator('[data-embed-root]').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      const outer = (await iframe.boundingBox())!.height;
      const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight + 1);
      return Math.abs(outer - content) <= 1 && !scrolls;
    }, { timeout: 15_000 })
    .toBe(true);
}

test.describe('embeds on another origin', () => {
  // These tests load the publisher's page from the host origin as well as the site.
  test.use({ allowedOrigins: async ({ baseURL }, use) => use([hostOriginFor(baseURL!)]) });

  test('two embeds load, size to their content and step independently', { tag: '@publisher' }, async ({ page }) => {
    await page.goto(`${host.origin}/two`);
    const iframes = page.locator('iframe');
    await expect(iframes).toHaveCount(2);
    await expect(iframes.nth(0)).toHaveAttribute('loading', 'lazy');
    await expect(iframes.nth(0)).toHaveAttribute('title', /.+/);
    await expect(iframes.nth(1)).toHaveAttribute('title', 'Second embed');
    await expect(page.locator('[data-astana-mounted]')).toHaveCount(2);

    const one: FrameLocator = page.frameLocator('iframe >> nth=0');
    const two: FrameLocator = page.frameLocator('iframe >> nth=1');
    await iframes.nth(1).scrollIntoViewIfNeeded();
    await expect(one.locator('[data-story-map]')).toHaveAttribute('data-active-step', first.steps[0]!.id);
    await expect(two.locator('[data-story-map]')).toHaveAttribute('data-active-step', second.steps[0]!.id);
    await expectSizedToContent(page, 0);
    await expectSizedToContent(page, 1);

    await iframes.nth(0).scrollIntoViewIfNeeded();
    await one.getByRole('button', { name: /Next/ }).click();
    await expect(one.locator('[data-embed-counter]')).toHaveText(`Step 2 of ${first.steps.length}`);
    await expect(one.locator('[data-story-map]')).toHaveAttribute('data-active-step', first.steps[1]!.id);
    await expect(two.locator('[data-story-map]')).toHaveAttribute('data-active-step', second.steps[0]!.id);
    await expectSizedToContent(page, 0);

    await iframes.nth(1).scrollIntoViewIfNeeded();
    await two.locator('[data-embed-next]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(two.locator('[data-embed-counter]')).toHaveText(`Step 3 of ${second.steps.length}`);
    await page.keyboard.press('ArrowLeft');
    await expect(two.locator('[data-story-map]')).toHaveAttribute('data-active-step', second.steps[1]!.id);
    await expect(one.locator('[data-story-map]')).toHaveAttribute('data-active-step', first.steps[1]!.id);
    await expectSizedToContent(page, 1);
  });

  test('height messages from a foreign window or origin are ignored', async ({ page, baseURL }) => {
    await page.goto(`${host.origin}/two`);
    await expectSizedToContent(page, 0);
    const iframe = page.locator('[data-astana-story] iframe').first();
    const before = (await iframe.boundingBox())!.height;
    // Every pym message the host page receives, as the loader receives it (its listener came first).
    await page.evaluate(() => {
      const w = window as unknown as { __heard: Array<{ data: unknown; impostor: boolean }> };
      w.__heard = [];
      window.addEventListener('message', (event) => {
        const impostor = (document.getElementById('impostor') as HTMLIFrameElement | null)?.contentWindow;
        w.__heard.push({ data: event.data, impostor: !!impostor && event.source === impostor });
      });
    });
    // The host page itself, and a sibling frame of the host's origin: right format, wrong origin.
    await page.evaluate(() => window.postMessage('pymxPYMxastana-story-1xPYMxheightxPYMx77', '*'));
    await page.evaluate(() => {
      const rogue = document.createElement('iframe');
      rogue.srcdoc = `<script>parent.postMessage('pymxPYMxastana-story-1xPYMxheightxPYMx66', '*')</script>`;
      document.body.prepend(rogue);
    });
    // A frame of our own origin that the loader did not create, claiming the first frame's child id:
    // right origin, wrong window. Its content is taller, so accepting it would change the height.
    await page.evaluate((src) => {
      const impostor = document.createElement('iframe');
      impostor.id = 'impostor';
      impostor.src = src;
      impostor.style.height = '300px';
      document.body.prepend(impostor);
    }, `${baseURL}/embed/${second.slug}?childId=astana-story-1`);
    const impostor = page.frameLocator('#impostor');
    await expect(impostor.locator('[data-embed-root]')).toBeAttached();
    const impostorHeight = await impostor.locator('[data-embed-root]').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    expect(Math.abs(impostorHeight - before)).toBeGreaterThan(2);
    // Proving the loader ignored them needs them delivered first: wait until the page has heard
    // all three, the impostor's own height message included.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const heard = (window as unknown as { __heard: Array<{ data: unknown; impostor: boolean }> }).__heard;
          const height = (value: string) => heard.some((m) => m.data === `pymxPYMxastana-story-1xPYMxheightxPYMx${value}`);
          return height('77') && height('66') && heard.some((m) => m.impostor && /^pymxPYMxastana-story-1xPYMxheightxPYMx\d+$/.test(String(m.data)));
        }),
      )
      .toBe(true);
    expect((await iframe.boundingBox())!.height).toBe(before);
  });

  test('a host page running pym.js sizes our iframe', async ({ page }) => {
    await page.goto(`${host.origin}/pym`);
    const iframe = page.locator('#pym-container iframe');
    await expect(iframe).toHaveAttribute('src', new RegExp(`childId=pym-container`));
    await expectSizedToContent(page, 0);
  });

  test('a page other than an embed cannot be framed by another origin', async ({ page, consoleErrors }) => {
    await page.goto(`${host.origin}/frame-chapter`);
    // The browser says when it refuses the frame; only then is its emptiness final.
    await expect.poll(() => consoleErrors.some((e) => /frame-ancestors/.test(e))).toBe(true);
    const frame = await frameOf(page, 0);
    expect(await frame.locator('[data-chapter]').count()).toBe(0);
    consoleErrors.length = 0;
  });

  test('an element named currentScript cannot make embed.js frame another origin', async ({ page, baseURL }) => {
    await page.goto(`${host.origin}/clobbered`);
    // The trap is set: on this page document.currentScript is the image, even while a script runs.
    expect(await page.evaluate(() => (document.currentScript as Element | null)?.tagName)).toBe('IMG');
    const iframe = page.locator('[data-astana-story] iframe');
    await expect(iframe).toHaveAttribute('src', new RegExp(`^${escapeRegExp(baseURL!)}/embed/${first.slug}\\?`));
    await expectSizedToContent(page, 0);
  });

  test('a hostile host page neither stops, restyles nor breaks our embeds', { tag: '@publisher' }, async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${host.origin}/hostile`);
    const iframes = page.locator('[data-astana-story] iframe');
    await expect(iframes).toHaveCount(2);
    // The four broken placeholders are skipped with a warning each; the two good ones mount.
    await expect.poll(() => warnings.filter((text) => text.includes('[astana-story] skipped a placeholder')).length).toBe(4);
    await expect(page.locator('[data-astana-mounted]')).toHaveCount(6);
    await expect(iframes.first()).toHaveAttribute('title', 'Form placeholder');
    await expect(iframes.first()).toHaveAttribute('src', /childId=astana-story-1$/);
    await expect(iframes.first()).toBeVisible();
    await expectSizedToContent(page, 0);

    // The scroll-driven embed keeps its own layout: the page's styles do not reach its cards.
    const card = page.locator('[data-astana-step]').first();
    await expect(card).toBeVisible();
    const style = await card.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { padding: computed.paddingTop, border: computed.borderTopWidth, size: getComputedStyle(element.querySelector('p')!).fontSize };
    });
    expect(style).toEqual({ padding: '16px', border: '0px', size: '16px' });
    await expect(page.getByRole('link', { name: /Read the full story/ })).toBeAttached();
    const map = page.frameLocator('[data-astana-story] iframe >> nth=1').locator('[data-story-map]');
    await card.scrollIntoViewIfNeeded();
    await expect(map).toHaveAttribute('data-active-step', second.steps[0]!.id);
  });

  test('an embed in a sandboxed iframe (an opaque origin) still draws its map', { tag: '@publisher' }, async ({ page }) => {
    await page.goto(`${host.origin}/sandboxed`);
    const frame = page.frameLocator('#sandboxed');
    // The map starts on the reader's first interaction.
    await frame.locator('[data-embed-next]').click();
    await expect(frame.locator('[data-story-map]')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    await expect(frame.locator('.maplibregl-canvas')).toBeVisible();
    await expect(frame.getByText('could not be loaded')).toHaveCount(0);
    await expect(frame.locator('[data-map-label]').first()).toBeAttached();
  });

  test('only http(s) links to our own pages from steps.json reach the host page', async ({ page, baseURL }) => {
    const steps = `${baseURL}/embed/${second.slug}/steps.json`;
    const chapterUrl = `${baseURL}/chapters/${second.slug}`;
    const cases: Array<[string, string]> = [
      ['javascript:document.body.dataset.pwned="1"', chapterUrl],
      ['https://evil.example/phish', chapterUrl],
      ['//evil.example/phish', chapterUrl],
      ['data:text/html,<script>alert(1)</script>', chapterUrl],
      [`/chapters/${second.slug}#${second.steps[1]!.id}`, `${chapterUrl}#${second.steps[1]!.id}`],
    ];
    for (const [url, expected] of cases) {
      await page.route(steps, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, json: { ...(await response.json()), url } });
      });
      await page.goto(`${host.origin}/scroll`);
      const link = page.getByRole('link', { name: /Read the full story/ });
      await expect(link, url).toHaveAttribute('href', expected);
      await page.unroute(steps);
    }
  });

  test('in scroll-driven mode the host page scrolling drives the map', async ({ page }) => {
    await page.goto(`${host.origin}/scroll`);
    const cards = page.locator('[data-astana-step]');
    await expect(cards).toHaveCount(second.steps.length);
    await expect(cards.nth(1)).toContainText(second.steps[1]!.text.split('\n')[0]!.slice(0, 50));
    const map = page.frameLocator('[data-astana-story] iframe').locator('[data-story-map]');
    await expect(map).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    for (const index of [1, 2, 4]) {
      const step = second.steps[index]!;
      await cards.nth(index).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(map).toHaveAttribute('data-active-step', step.id);
      await expect.poll(async () => centreMatches(await map.getAttribute('data-center'), step.id), { timeout: 15_000 }).toBe(true);
    }
    // The map frame stays in view while the texts scroll past it.
    const box = (await page.locator('[data-astana-story] iframe').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(5);

    // The embed ignores malformed payloads, other child ids, unknown steps and other windows.
    const current = second.steps[4]!.id;
    const target = second.steps[0]!.id;
    const sentinel = second.steps[2]!.id;
    await expect(map).toHaveAttribute('data-active-step', current);
    // Every change of the embed's active step from here on.
    await map.evaluate((box) => {
      const w = window as unknown as { __activations: string[] };
      w.__activations = [];
      new MutationObserver(() => w.__activations.push(box.getAttribute('data-active-step') ?? '')).observe(box, { attributes: true, attributeFilter: ['data-active-step'] });
    });
    await page.evaluate(
      ({ target }) =>
        new Promise<void>((sent) => {
          // The loader draws inside a shadow root on the placeholder.
          const frame = document.querySelector('[data-astana-story] > div')!.shadowRoot!.querySelector('iframe')!;
          const post = (data: unknown) => frame.contentWindow!.postMessage(data, '*');
          post({ type: 'astana-step', value: target });
          post(`pymxPYMxastana-story-999xPYMxastana-stepxPYMx${target}`);
          post('pymxPYMxastana-story-1xPYMxastana-stepxPYMxno-such-step');
          post(`pymxPYMxastana-story-1xPYMxastana-stepxPYMx${target}xPYMxextra`);
          // The sibling tells the host once it has posted, so the host's next message comes after its.
          const sibling = document.createElement('iframe');
          window.addEventListener('message', function onSent(event) {
            if (event.source !== sibling.contentWindow || event.data !== 'sent') return;
            window.removeEventListener('message', onSent);
            sent();
          });
          sibling.srcdoc = `<script>parent.frames[0].postMessage('pymxPYMxastana-story-1xPYMxastana-stepxPYMx${target}', '*'); parent.postMessage('sent', '*')</script>`;
          document.body.append(sibling);
        }),
      { target },
    );
    // Then a message the embed must obey, from the right window: once it has, it has read every
    // message posted before it, and none of those may have moved it.
    await page.evaluate((sentinel) => {
      const frame = document.querySelector('[data-astana-story] > div')!.shadowRoot!.querySelector('iframe')!;
      frame.contentWindow!.postMessage(`pymxPYMxastana-story-1xPYMxastana-stepxPYMx${sentinel}`, '*');
    }, sentinel);
    await expect(map).toHaveAttribute('data-active-step', sentinel);
    expect(await map.evaluate(() => (window as unknown as { __activations: string[] }).__activations)).toEqual([sentinel]);
  });

  test('in scroll-driven mode without usable step texts, the loader falls back to the stepper', async ({ page, baseURL, consoleErrors }) => {
    const steps = `${baseURL}/embed/${second.slug}/steps.json`;
    const cors = { 'access-control-allow-origin': '*' };
    const answers: Array<[string, (route: Route) => Promise<void>]> = [
      ['a 404', (route) => route.fulfill({ status: 404, headers: cors, body: 'Not found' })],
      ['an answer that is not JSON', (route) => route.fulfill({ status: 200, headers: { ...cors, 'content-type': 'text/html' }, body: '<html>Sign in to the Wi-Fi</html>' })],
      ['JSON of another shape', (route) => route.fulfill({ status: 200, headers: cors, json: { error: 'maintenance' } })],
      ['steps without texts', async (route) => {
        const response = await route.fetch();
        const doc = await response.json();
        await route.fulfill({ response, json: { ...doc, steps: doc.steps.map((step: { id: string }) => ({ id: step.id, paragraphs: null })) } });
      }],
    ];
    for (const [what, answer] of answers) {
      await page.route(steps, answer);
      await page.goto(`${host.origin}/scroll`);
      const iframe = page.locator('[data-astana-story] iframe');
      await expect(iframe, what).toHaveAttribute('src', new RegExp(`^${escapeRegExp(baseURL!)}/embed/${second.slug}\\?childId=astana-story-\\d+$`));
      const frame = page.frameLocator('[data-astana-story] iframe');
      await expect(frame.locator('[data-embed-counter]'), what).toHaveText(`Step 1 of ${second.steps.length}`);
      await expect(page.locator('[data-astana-step]'), what).toHaveCount(0);
      await expectSizedToContent(page, 0);
      await page.unroute(steps);
    }
    // The refused 404 is logged by the browser; nothing else may be.
    expect(consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
    consoleErrors.length = 0;
  });
});
