/**
 * A learner takes a quiz with the keyboard only, goes offline, reloads, and finds their progress.
 */
async function tabTo(page, name, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
    });
    if (name.test(label)) return label;
  }
  throw new Error(`no focusable control matching ${name} within ${max} tabs`);
}

function attempts(page) {
  return page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('serving-lab:quiz') ?? 'null');
    return saved ? Object.keys(saved.state.attempts).length : 0;
  });
}

export default {
  async 'take a quiz by keyboard, go offline, reload: progress is still there'({ newPage, baseUrl, assert, axe, describeViolations }) {
    const { page, context } = await newPage();
    await page.goto(`${baseUrl}/quiz?mode=glossary&n=5`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Show answer' }).waitFor({ timeout: 20_000 });

    for (let q = 0; q < 2; q++) {
      await page.locator('body').focus();
      await tabTo(page, /^Show answer$/);
      await page.keyboard.press('Enter');
      const feedback = page.locator('.quiz-feedback');
      await feedback.filter({ hasText: /./ }).first().waitFor();
      const v = await axe(page);
      assert.equal(v.length, 0, describeViolations(v));
      await tabTo(page, /^(Next question|See results)$/);
      await page.keyboard.press('Enter');
    }
    const before = await attempts(page);
    assert.ok(before >= 2, `two answered items recorded, got ${before}`);

    await context.setOffline(true);
    await page.reload();
    await page.locator('h1').waitFor();
    assert.equal(await attempts(page), before, 'progress survives an offline reload');
    await page.getByRole('button', { name: 'Show answer' }).waitFor({ timeout: 20_000 });
    await context.setOffline(false);
  },
};
