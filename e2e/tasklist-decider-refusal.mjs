import { logIn } from './login-form.mjs';
import { chromium } from 'playwright-core';
// Issue 13: nobody decides in someone else's name, as a user meets it in Tasklist. A contract holder (mette) starts a
// challenge through engine-rest; the administrator, who may see and claim every task, claims "Afgør udfordring" in
// Tasklist and tries to decide it; Tasklist shows Årshjul's Danish refusal (HTTP 403) and the task stays open.
//   cd e2e && npm ci && node tasklist-decider-refusal.mjs http://localhost:8080
import assert from 'node:assert/strict';
const BASE = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const SHOTS = process.env.SHOTS_DIR || '/tmp/e2e-year/shots';
const started = await fetch(`${BASE}/engine-rest/process-definition/key/challenge/submit-form`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from('mette:demo').toString('base64')}` },
  body: JSON.stringify({ variables: { unitCode: { value: 'gl-rye' }, kind: { value: 'regel' },
    subject: { value: 'Dobbelt registrering' }, reason: { value: 'Det tager tid fra kerneopgaven.' },
    proposedChange: { value: 'Registrér kun én gang.' } } }),
});
assert.equal(started.status, 200, await started.text());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'da-DK' })).newPage();
const responses = [];
page.on('response', (r) => { if (r.status() >= 400) responses.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
await page.goto(`${BASE}/camunda/app/tasklist/`);
await logIn(page, 'admin', 'demo');
await page.getByText('Alle opgaver').click();
await page.getByText('Afgør udfordring').first().click(); // the newest: the challenge just started
await page.locator('.fjs-form').waitFor();
const claim = page.getByText('Tag opgaven', { exact: true });
await claim.waitFor({ timeout: 5000 }).catch(() => {});
if (await claim.isVisible().catch(() => false)) await claim.click(); // Tasklist needs the task claimed to complete it
await page.waitForTimeout(1500);
await page.getByLabel('Imødekom udfordringen').check();
await page.locator('textarea').last().fill('Reglen bortfalder.');
await page.locator('textarea').last().blur();
await page.waitForTimeout(500);
await page.getByRole('button', { name: 'Fuldfør' }).click();
await page.waitForTimeout(2500);
await page.screenshot({ path: `${SHOTS}/99-refused-admin.png`, fullPage: false });
const notes = (await page.locator('[class*="notification"]').allInnerTexts()).join('\n');
await browser.close();
assert.ok(responses.some((r) => r.startsWith('403 POST') && r.includes('/submit-form')), responses.join('\n'));
assert.match(notes, /kun den, som efter Årshjuls regler træffer beslutningen/);
console.log('OK: Tasklist refused the administrator\'s decision with Årshjul\'s Danish message');
