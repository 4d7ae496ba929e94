/**
 * The batching widget inside its three lessons, in the built app: the direction of each effect
 * the model predicts (a higher arrival rate raises queue time; continuous beats static on
 * throughput on the same memory; fewer KV blocks cause preemptions), keyboard use, axe in both
 * themes, a 360 px phone, and the lessons offline.
 */

import { goOfflineWhenCached, metric, revealWidget, sliderValue, widgetViolations } from './lib/widgets.mjs';

/** The widget instance with URL namespace `ns`, once its runs are computed. */
async function widget(page, ns) {
  await revealWidget(page, 'batching', ns);
  const w = page.locator(`[data-widget="batching"][data-ns="${ns}"]`);
  await w.locator('[data-computing="false"]').waitFor({ timeout: 60_000 });
  return w;
}

/** Goes to the end of the timeline by keyboard and waits for the figures to follow. */
async function toEnd(page, w) {
  await w.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('End');
  const slider = w.getByRole('slider', { name: 'Timeline position' });
  const max = await slider.getAttribute('max');
  await page.waitForFunction(([ns, m]) => document.querySelector(`[data-widget="batching"][data-ns="${ns}"] input[type="range"]`)?.value === m, [await w.getAttribute('data-ns'), max]);
  await page.waitForTimeout(400); // text panels follow a few times a second
}

export default {
  async 'continuous beats static on throughput on the same memory, and a higher arrival rate raises queue time'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    await page.goto(`${baseUrl}/learn/vllm/continuous-batching`);
    let w = await widget(page, 'cb2');
    await toEnd(page, w);
    const n = Number(await w.locator('[data-metric="cont-finished"]').getAttribute('data-value'));
    assert.equal(await metric(w, 'stat-finished'), n, 'both runs finished the same requests');
    const c = await metric(w, 'cont-throughput');
    const s = await metric(w, 'stat-throughput');
    assert.ok(c > 1.2 * s, `continuous ${c} tokens/s > static ${s} tokens/s on the same KV blocks`);

    const queue = [];
    for (const rate of [10, 100]) {
      await page.goto(`${baseUrl}/learn/vllm/continuous-batching?cb2=rate.${rate}`);
      w = await widget(page, 'cb2');
      await toEnd(page, w);
      queue.push(await metric(w, 'cont-queue-p90'));
    }
    assert.ok(queue[1] > queue[0], `queue time p90 rises with the arrival rate: ${queue.join(' → ')} s`);

    // Played, the timeline advances and the "why" panel follows.
    await page.goto(`${baseUrl}/learn/vllm/continuous-batching`);
    w = await widget(page, 'cb1');
    await w.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(1500);
    await w.getByRole('button', { name: 'Pause' }).click();
    assert.ok((await sliderValue(w)) > 3, 'the timeline advanced while playing');
    assert.match(await w.locator('.cb-why h4').innerText(), /Continuous step \d+/);
  },

  async 'fewer KV blocks cause preemptions, and the why panel names the victim'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    const preemptions = [];
    for (const kvb of [2049, 200]) {
      await page.goto(`${baseUrl}/learn/vllm/preemption?pr1=kvb.${kvb}`);
      const w = await widget(page, 'pr1');
      await toEnd(page, w);
      preemptions.push(await metric(w, 'cont-preemptions'));
    }
    assert.equal(preemptions[0], 0, 'no preemption with plenty of blocks');
    assert.ok(preemptions[1] > 0, `preemptions with 200 blocks: ${preemptions[1]}`);

    const w = await widget(page, 'pr1');
    await w.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('n');
    await w.locator('[data-preempted]').first().waitFor();
    assert.match(await w.locator('[data-preempted]').first().innerText(), /needed a new KV block and none was free\. Under FCFS the victim is the last request/);
  },

  async 'keyboard only: shortcuts inside the widget, never while typing; state in the URL'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    await page.goto(`${baseUrl}/learn/vllm/chunked-prefill`);
    const w = await widget(page, 'cp1');
    let inside = false;
    for (let i = 0; i < 80 && !inside; i++) {
      await page.keyboard.press('Tab');
      inside = await page.evaluate(() => document.activeElement?.closest('[data-ns="cp1"]') != null);
    }
    assert.ok(inside, 'the widget is reachable with Tab');
    await page.keyboard.press('.');
    await page.keyboard.press('.');
    assert.equal(await sliderValue(w), 2, '"." steps forward');
    await page.keyboard.press('e');
    assert.match(await w.locator('.cb-why h4').innerText(), /Static step/);
    await page.keyboard.press('h');
    await page.waitForURL(/cp1=[^&]*mbt\.1024/);
    await widget(page, 'cp1');
    await w.getByText('Settings', { exact: true }).click();
    const seed = w.getByLabel(/^Seed/);
    await seed.fill('');
    await seed.type('12.');
    assert.equal(await sliderValue(w), 2, 'typing "." in a field does not step the timeline');
    const url = page.url();
    await page.reload();
    const again = await widget(page, 'cp1');
    assert.equal(page.url(), url);
    assert.match(await again.locator('.cb-badge').innerText(), /budget 1,024/);
  },

  async 'no accessibility violation in the widget or its lessons, light and dark, and no sideways scroll at 360 px'({ newPage, baseUrl, assert, axe, describeViolations }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    for (const theme of ['light', 'dark']) {
      await page.goto(`${baseUrl}/learn/vllm/preemption?pr1=f.12`);
      await page.getByLabel('Colour theme').selectOption(theme);
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      const w = await widget(page, 'pr1');
      await w.getByText('Settings', { exact: true }).click();
      await w.getByText(/^Model and GPU/).click();
      await page.waitForTimeout(500);
      const v = await widgetViolations(page, await axe(page));
      assert.equal(v.length, 0, `${theme}:\n${describeViolations(v)}`);
      await w.getByRole('button', { name: 'Show as tables' }).click();
      await page.waitForTimeout(500);
      const t = await widgetViolations(page, await axe(page));
      assert.equal(t.length, 0, `${theme}, table view:\n${describeViolations(t)}`);
    }
    // The lesson pages themselves, whole, in both themes.
    for (const theme of ['light', 'dark']) {
      await page.goto(baseUrl);
      await page.getByLabel('Colour theme').selectOption(theme);
      for (const [path, ns] of [
        ['/learn/vllm/continuous-batching', 'cb2'],
        ['/learn/vllm/chunked-prefill', 'cp2'],
        ['/learn/vllm/preemption', 'pr2'],
      ]) {
        await page.goto(baseUrl + path);
        await widget(page, ns);
        // The check loads its questions once the reader comes near it.
        await page.locator('.knowledge-check').scrollIntoViewIfNeeded();
        await page.locator('.knowledge-check').getByRole('button').first().waitFor({ timeout: 15_000 });
        await page.waitForTimeout(500);
        const v = await axe(page);
        assert.equal(v.length, 0, `${theme} ${path}:\n${describeViolations(v)}`);
      }
    }
    const phone = await newPage({ serviceWorkers: 'block', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const [path, ns] of [
      ['/learn/vllm/continuous-batching', 'cb2'],
      ['/learn/vllm/chunked-prefill?cp1=zoom.8', 'cp1'],
    ]) {
      await phone.page.goto(baseUrl + path);
      const w = await widget(phone.page, ns);
      await phone.page.waitForTimeout(300);
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${path} is ${width}px wide`);
      const box = w.locator('.cb-scroll').first();
      const scrolls = await box.evaluate((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight);
      if (path.includes('zoom')) assert.ok(scrolls, 'a zoomed timeline scrolls inside its own box');
    }
  },

  async 'the three lessons open offline with working widgets and knowledge checks'({ newPage, baseUrl, assert }) {
    const { page, context } = await newPage();
    await page.goto(`${baseUrl}/learn/vllm/continuous-batching`);
    await widget(page, 'cb1');
    await goOfflineWhenCached(page, context);
    for (const [path, ns] of [
      ['/learn/vllm/continuous-batching', 'cb1'],
      ['/learn/vllm/chunked-prefill', 'cp2'],
      ['/learn/vllm/preemption', 'pr2'],
    ]) {
      await page.goto(baseUrl + path);
      const w = await widget(page, ns);
      await w.getByRole('button', { name: 'Step forward' }).click();
      assert.equal(await sliderValue(w), 1, `${path}: the widget steps offline`);
      // The check loads its questions once the reader comes near it.
      await page.locator('.knowledge-check').scrollIntoViewIfNeeded();
      await page.locator('.knowledge-check').getByRole('button').first().waitFor({ timeout: 15_000 });
    }
    await context.setOffline(false);
  },
};
