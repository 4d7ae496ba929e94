/**
 * The deployment module offline: the sizing calculator runs its trials in a worker, the plan's
 * manifest is checked by the KServe validator and downloads as a zip, and a ticked step is still
 * ticked after a reload. Axe-clean.
 */

import { readFileSync } from 'node:fs';
import { goOfflineWhenCached } from './lib/widgets.mjs';

const SIZING = '/learn/deployment/prerequisites-and-sizing';
const PLAN = '/learn/deployment/deploying-a-model';

export default {
  async 'deployment module: calculator, plan bundle and checklist work offline'({ newPage, baseUrl, assert, axe, describeViolations }) {
    const { page, context } = await newPage({ acceptDownloads: true });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(baseUrl + SIZING);
    await page.locator('h1').first().waitFor({ timeout: 20_000 });
    await goOfflineWhenCached(page, context);

    await page.goto(baseUrl + SIZING);
    const calc = page.getByRole('region', { name: 'Sizing calculator' });
    await calc.scrollIntoViewIfNeeded();
    const use = calc.getByRole('button', { name: /Use \d+ replicas? in my deployment plan/ });
    await use.waitFor({ timeout: 90_000 });
    assert.ok(workers.length > 0, 'the capacity search runs in a worker');
    const trials = await calc.locator('table tbody tr').count();
    assert.ok(trials >= 1, 'each trial is listed');
    await use.click();
    await calc.getByText(/Saved to your plan/).waitFor();

    await page.goto(baseUrl + PLAN);
    const plan = page.getByRole('region', { name: /Your deployment plan/ });
    await plan.scrollIntoViewIfNeeded();
    await plan.getByText(/✓ The manifest is valid against the KServe v0\.20\.0 CRDs/).waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), plan.getByRole('button', { name: 'Download serving-plan.zip' }).click()]);
    const bytes = readFileSync(await download.path());
    assert.equal(bytes.readUInt32LE(0), 0x04034b50, 'the download is a zip');
    for (const name of ['serving-plan/README.md', 'serving-plan/install.sh', 'serving-plan/deploy.sh', 'serving-plan/load-test.sh', 'serving-plan/plan.env']) assert.ok(bytes.includes(Buffer.from(name)), `the bundle holds ${name}`);

    const violations = await axe(page);
    assert.deepEqual(violations, [], describeViolations(violations));

    const step = page.locator('section[data-step]').first();
    await step.scrollIntoViewIfNeeded();
    const id = await step.getAttribute('data-step');
    await step.getByRole('checkbox', { name: /I have done this step/ }).check();
    await page.reload();
    await page.locator('h1').first().waitFor({ timeout: 20_000 });
    assert.ok(await page.locator(`section[data-step="${id}"]`).getByRole('checkbox', { name: /I have done this step/ }).isChecked(), 'the tick survives a reload');
    await context.setOffline(false);
  },
};
