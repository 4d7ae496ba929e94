/**
 * Search as a learner uses it: the header button on a phone, Ctrl+K on a desktop, with the network
 * cut after the service worker has cached the app, opening a result at its heading.
 */
import { goOfflineWhenCached } from './lib/widgets.mjs';

export default {
  async 'offline: Ctrl+K, type, arrow to a section and land on its heading'({ newPage, baseUrl, assert, axe, describeViolations }) {
    const { page, context } = await newPage();
    await page.goto(`${baseUrl}/about`);
    await page.locator('h1').first().waitFor();
    await goOfflineWhenCached(page, context);

    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search the course' });
    await box.waitFor();
    assert.equal(await box.evaluate((el) => el === document.activeElement), true, 'the field has focus');
    await page.getByText(/Type to search/).waitFor({ timeout: 15_000 });
    await box.fill('choosing a block size');
    const hit = page.getByRole('option', { name: /Choosing a block size.*PagedAttention/ });
    await hit.waitFor();
    const violations = await axe(page);
    assert.deepEqual(violations, [], describeViolations(violations));

    const options = await page.getByRole('option').allInnerTexts();
    const target = options.findIndex((t) => /Choosing a block size/.test(t) && /PagedAttention/.test(t));
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await hit.getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/learn\/vllm\/paged-attention#choosing-a-block-size$/);
    const heading = page.locator('#choosing-a-block-size');
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'choosing-a-block-size');
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= -2 && top < 300, `heading scrolled into view (top ${top})`);
  },

  async 'phone: the header button opens it, Escape closes it and focus returns'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    await page.goto(baseUrl);
    await page.locator('h1').first().waitFor();
    const button = page.getByRole('button', { name: /^Search/ });
    assert.ok(await button.isVisible(), 'search button visible on a phone');
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'dialog fits the screen');
    await page.getByRole('combobox', { name: 'Search the course' }).fill('ttft');
    await page.getByRole('option', { name: /Time to first token/ }).first().waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await button.evaluate((el) => el === document.activeElement), true, 'focus back on the button');
  },
};
