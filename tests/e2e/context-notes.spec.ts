import { expect, test } from './fixtures';
import { allSteps } from './story-data';

/** A step whose place comes only from a context note (Daraa, in the third round). */
const noted = allSteps.find((step) => step.blocks.some((block) => block.context))!;
const note = noted.blocks.find((block) => block.context)!;

async function expectApart(page: import('@playwright/test').Page, scope: string) {
  const aside = page.locator(`${scope} [data-context-note]`);
  await expect(aside).toHaveCount(1);
  await expect(aside).toBeVisible();
  await expect(aside).toHaveAttribute('role', 'note');
  await expect(aside.locator('.context-label')).toHaveText('Context');
  await expect(aside).toContainText(note.text);
  await expect(aside.locator('.context-source')).toHaveText(`Source: ${note.context}`);
  // The reporting stays outside the note.
  const reporting = noted.blocks.find((block) => !block.context)!;
  await expect(page.locator(scope).getByText(reporting.text.slice(0, 40))).toBeVisible();
  await expect(aside.getByText(reporting.text.slice(0, 40))).toHaveCount(0);
  return aside;
}

test.describe('context notes', () => {
  test('stand apart from the reporting in the story, with their source', async ({ page }) => {
    await page.goto(`/chapters/${noted.chapter}#${noted.id}`);
    const aside = await expectApart(page, `[data-step="${noted.id}"]`);
    const [noteBackground, cardBackground] = await Promise.all([
      aside.evaluate((el) => getComputedStyle(el).backgroundColor),
      page.locator(`[data-step="${noted.id}"] .step-card`).evaluate((el) => getComputedStyle(el).backgroundColor),
    ]);
    expect(noteBackground).not.toBe(cardBackground);
  });

  test('stand apart in an embed, and are labelled in its plain-text steps', async ({ page, request }) => {
    await page.goto(`/embed/${noted.chapter}?step=${noted.id}`);
    await expect(page.locator(`[data-step="${noted.id}"]`)).toHaveAttribute('aria-current', 'step');
    await expectApart(page, `[data-step="${noted.id}"]`);
    const doc = (await (await request.get(`/embed/${noted.chapter}/steps.json`)).json()) as { steps: Array<{ id: string; paragraphs: string[] }> };
    const paragraphs = doc.steps.find((step) => step.id === noted.id)!.paragraphs;
    expect(paragraphs).toContain(`Context: ${note.text} (Source: ${note.context})`);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('stand apart in the reader view', async ({ page }) => {
      await page.goto('/read');
      await expectApart(page, `[data-reader-step="${noted.id}"]`);
    });

    test('print boxed and labelled, from the reader view and the story', async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      for (const [url, scope] of [
        ['/read', `[data-reader-step="${noted.id}"]`],
        [`/chapters/${noted.chapter}`, `[data-step="${noted.id}"]`],
      ] as const) {
        await page.goto(url);
        const aside = await expectApart(page, scope);
        expect(await aside.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
      }
    });
  });
});
