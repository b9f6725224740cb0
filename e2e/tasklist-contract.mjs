// End-to-end test of the "Udviklingskontrakt" process in Camunda Tasklist.
//
// Usage: node tasklist-contract.mjs [BASE_URL]   (default http://localhost:8080)
//
// Uses the Debian Chromium (/usr/bin/chromium, override with CHROMIUM_PATH);
// playwright-core never downloads a browser. Screenshots go to
// /tmp/e2e-shots (override with SHOTS_DIR).
//
// Flow: mette starts the process and fills the draft form with two goals
// (the second one added with the dynamic list's add button) and clicks
// Complete without ever clicking Save; lise and karsten give their comments;
// sofie approves. Finally the history REST API must report the instance
// as finished: engine-rest needs HTTP Basic, so that check is made as jens
// (the directorate may read every instance's history), with maxResults
// (unbounded queries are refused).
import { logIn } from './login-form.mjs';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import assert from 'node:assert/strict';

const BASE = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const TASKLIST = `${BASE}/camunda/app/tasklist/`;
const SHOTS = process.env.SHOTS_DIR || '/tmp/e2e-shots';
const PASSWORD = 'demo';
const YEAR = 2027;
// WITHOUT_FIX=1: load Tasklist without the fix script and only check that
// Complete stays disabled after editing the dynamic list (reproduces the bug).
const WITHOUT_FIX = !!process.env.WITHOUT_FIX;
const UNIT = 'gl-rye';
// engine-rest requires a login; the directorate reads the history of every instance
const REST_USER = process.env.REST_USER || 'jens';
const REST_AUTH = 'Basic ' + Buffer.from(`${REST_USER}:${PASSWORD}`).toString('base64');

fs.mkdirSync(SHOTS, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});

function log(...args) {
  console.log(new Date().toISOString().substring(11, 19), ...args);
}

async function shot(page, name) {
  const file = `${SHOTS}/${name}.png`;
  await page.screenshot({ path: file, fullPage: true });
  log('screenshot', file);
  return file;
}

/** Opens a fresh browser context and logs the user in to Tasklist. */
async function login(user) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  if (WITHOUT_FIX) {
    // negative control: serve config.js without the custom script
    await context.route('**/app/tasklist/scripts/config.js*', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/^\s*customScripts:.*$/m, '');
      await route.fulfill({ response, body });
    });
  }
  const page = await context.newPage();
  page.on('pageerror', (err) => log(`[${user}] page error:`, err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') log(`[${user}] console.${msg.type()}:`, msg.text());
  });
  await page.goto(TASKLIST);
  await logIn(page, user, PASSWORD, log);
  await page.getByRole('link', { name: 'Start proces' }).waitFor({ timeout: 30000 });
  log(`logged in as ${user}`);
  return { context, page };
}

/**
 * Selects the "Min gruppes opgaver" filter (tasks for the user's groups) and
 * opens the task with the given name that the user is a candidate for. The
 * two comment tasks (board / works council) have the same name, so the task
 * id is looked up with the user's own Tasklist session (candidateUser resolves
 * the user's groups; the user only sees tasks they may read).
 */
async function openTask(page, taskName, user) {
  const api = `${BASE}/camunda/api/engine/engine/default/task`;
  // the task may not exist yet: async continuations (job executor) run before it is created
  const end = Date.now() + 60000;
  let tasks = [];
  while (tasks.length === 0 && Date.now() < end) {
    const res = await page.request.get(api, {
      params: { processDefinitionKey: 'development-contract', name: taskName, candidateUser: user, maxResults: 50 }
    });
    assert.ok(res.ok(), `task query failed: ${res.status()}`);
    tasks = await res.json();
    if (tasks.length === 0) await page.waitForTimeout(1000);
  }
  assert.equal(tasks.length, 1, `expected one "${taskName}" task for ${user}, got ${tasks.length}`);
  const taskId = tasks[0].id;

  await page.getByText('Min gruppes opgaver', { exact: false }).first().click();
  const task = page.locator('.tasks-list li').filter({ has: page.locator(`a[href*="${taskId}"]`) }).first();
  await task.waitFor({ timeout: 30000 });
  await task.locator(`a[href*="${taskId}"]`).first().click();
  // claim the task if needed (the form is read-only until it is claimed)
  await page.locator('.task-details').waitFor();
  const claim = page.locator('.task-details').getByText('Tag opgaven', { exact: true });
  await page.locator('.task-details .fjs-form').waitFor({ timeout: 30000 });
  await claim.waitFor({ timeout: 2000 }).catch(() => {});
  if (await claim.isVisible().catch(() => false)) {
    await claim.click();
    await claim.waitFor({ state: 'detached', timeout: 15000 });
  }
  await page.locator('.task-details .fjs-form').waitFor({ timeout: 30000 });
  log(`opened task "${taskName}"`);
}

function completeButton(page) {
  return page.locator('.task-details').getByRole('button', { name: 'Fuldfør', exact: true });
}

async function complete(page) {
  const button = completeButton(page);
  await assert.doesNotReject(
    button.waitFor({ state: 'visible' }).then(() => expectEnabled(button)),
    'Complete button must become enabled'
  );
  await leaveField(page);
  await button.click();
  // the task disappears from the details pane after completion
  try {
    await page.locator('.task-details .fjs-form').waitFor({ state: 'detached', timeout: 30000 });
  } catch (err) {
    const notes = await page.locator('.notifications, .page-notifications, .alert').allInnerTexts().catch(() => []);
    throw new Error(`Complete did not finish the task: ${notes.map((n) => n.trim()).filter(Boolean).join(' | ') || err.message}`);
  }
}

/**
 * Leaves the field being edited before Complete is clicked. form-js resizes a textarea when it loses focus
 * (it briefly sets its height to auto); in a long form whose task pane is scrolled to the bottom that moves
 * the pane up by ~56 px between mousedown and mouseup, so a click on Complete straight from the textarea lands
 * on the form and is lost (seen on "Godkend udviklingskontrakt"; a user has to click Complete again).
 */
async function leaveField(page) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur && document.activeElement.blur());
  await page.waitForTimeout(300);
}

async function expectEnabled(locator, timeout = 10000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await locator.isEnabled()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('element stayed disabled: ' + locator);
}

/** Chooses an option in a form-js select (a custom dropdown, not a native <select>). */
async function chooseSelect(scope, label, optionText) {
  const field = scope.locator('.fjs-form-field-select').filter({ hasText: label }).first();
  await field.locator('.fjs-input-group').click();
  const option = field.locator('.fjs-dropdownlist-item').filter({ hasText: optionText }).first();
  await option.waitFor({ timeout: 5000 });
  await option.dispatchEvent('mousedown');
  await field.locator('.fjs-dropdownlist').waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
}

async function fillGoal(row, goal) {
  await chooseSelect(row, 'Udviklingsspor', goal.track);
  await row.getByLabel('Titel', { exact: false }).first().fill(goal.title);
  await row.getByLabel('Formål', { exact: false }).fill(goal.purpose);
  await row.getByLabel('Aktiviteter', { exact: false }).fill(goal.activities);
  await row.getByLabel('Opfølgning på virkning', { exact: false }).fill(goal.effectFollowUp);
  if (goal.indicator) await row.getByLabel('Indikator', { exact: false }).fill(goal.indicator);
  if (goal.target) await row.getByLabel('Målværdi', { exact: false }).fill(goal.target);
  if (goal.multiYear) await row.getByLabel('Flerårigt mål').check();
  if (goal.shared) await row.getByLabel('Fælles mål med andre enheder').check();
  for (const requirement of goal.addresses) {
    await row.getByLabel(requirement, { exact: true }).check();
  }
}

let failed = false;
try {
  // ---------------------------------------------------------------- mette
  {
    const { context, page } = await login('mette');
    await page.getByRole('link', { name: 'Start proces' }).click();
    const modal = page.locator('.modal-dialog');
    await modal.getByText('Udviklingskontrakt / udviklingsaftale', { exact: true }).click();
    await modal.locator('.fjs-form').waitFor();
    await modal.getByLabel('År').fill(String(YEAR));
    await modal.getByLabel('Enhedskode').fill(UNIT);
    await shot(page, '01-start-form');
    await modal.getByRole('button', { name: 'Start', exact: true }).click();
    await modal.waitFor({ state: 'detached', timeout: 30000 });
    log('process started');

    await openTask(page, 'Udarbejd udviklingskontrakt', 'mette');
    const form = page.locator('.task-details .fjs-form');
    const rows = form.locator('.fjs-repeat-row-container');
    const addButton = form.locator('.fjs-repeat-render-add').first();
    await addButton.waitFor();
    // the list starts empty for a new contract; add the first goal row
    if ((await rows.count()) === 0) {
      await addButton.click();
      await expectCount(rows, 1);
    }

    await fillGoal(rows.nth(0), {
      track: '1.',
      title: 'Bedre eksekvering af skolereformen',
      purpose: 'Byrådets beslutninger skal omsættes til konkret praksis i skole og dagtilbud.',
      activities: 'Fælles ledelsesmøder og implementering af ledelsesgrundlaget på tværs af skole og dagtilbud.',
      effectFollowUp: 'Halvårlig opfølgning i forældrebestyrelse og MED.',
      multiYear: true,
      shared: true,
      addresses: ['Udviklingsmål for implementering af ledelsesgrundlaget', 'Styrket tværgående samarbejde']
    });
    await shot(page, '02-draft-goal1');

    // second goal via the dynamic list's add button
    const before = await rows.count();
    await addButton.click();
    await expectCount(rows, before + 1);
    await fillGoal(rows.nth(before), {
      track: '2.',
      title: 'Lavere sygefravær',
      purpose: 'Et sundt arbejdsmiljø med lavere sygefravær.',
      activities: 'Trivselssamtaler og tidlig dialog ved fravær.',
      effectFollowUp: 'Kvartalsvis opfølgning på fraværsstatistik.',
      indicator: 'Sygefravær i procent',
      target: 'Under 5 %',
      addresses: ['Lokale mål for sygefravær']
    });

    await form.getByLabel('Vurdering af eget ledelsesspænd', { exact: false })
      .fill('Ledelsesspændet er ca. 1:25 og ligger inden for principperne.');

    // Never click Save: Complete must become enabled by editing alone.
    const button = completeButton(page);
    if (WITHOUT_FIX) {
      await page.waitForTimeout(3000);
      const enabled = await button.isEnabled();
      await shot(page, '03-draft-filled-without-fix');
      log(`WITHOUT_FIX: Complete enabled = ${enabled}`);
      assert.equal(enabled, false, 'expected the Tasklist bug (Complete disabled) without the fix');
      log('bug reproduced without the fix');
      await browser.close();
      process.exit(0);
    }
    await expectEnabled(button);
    log('Complete is enabled without Save');
    await shot(page, '03-draft-filled');
    await rows.nth(0).locator('.fjs-form-field-select').first().scrollIntoViewIfNeeded();
    await shot(page, '03-draft-filled-top');
    await complete(page);
    log('draft completed');
    await context.close();
  }

  // ------------------------------------------------------- lise, karsten
  for (const user of ['lise', 'karsten']) {
    const { context, page } = await login(user);
    await openTask(page, 'Giv høringssvar på udviklingskontrakt', user);
    await page.locator('.task-details .fjs-form').getByLabel('Høringssvar', { exact: false })
      .fill(`Høringssvar fra ${user}: vi bakker op om kontrakten.`);
    await shot(page, `04-comment-${user}`);
    await complete(page);
    log(`${user} completed the comment task`);
    await context.close();
  }

  // ----------------------------------------------------------------- sofie
  {
    const { context, page } = await login('sofie');
    await openTask(page, 'Godkend udviklingskontrakt', 'sofie');
    const form = page.locator('.task-details .fjs-form');
    await form.getByLabel('Godkend', { exact: true }).check();
    await form.getByLabel('Kommentar', { exact: false }).fill('Godkendt. Flot arbejde.');
    await shot(page, '05-approval-form');
    await complete(page);
    await page.waitForTimeout(1000);
    await shot(page, '06-final-state');
    log('sofie approved');
    await context.close();
  }

  // ------------------------------------------------------------ REST check
  const url = `${BASE}/engine-rest/history/process-instance?processDefinitionKey=development-contract&finished=true&maxResults=100`;
  const res = await fetch(url, { headers: { Authorization: REST_AUTH } });
  assert.ok(res.ok, `history query as ${REST_USER}: HTTP ${res.status}`);
  const instances = await res.json();
  log('finished instances:', JSON.stringify(instances.map((i) => ({ id: i.id, state: i.state, end: i.endTime }))));
  assert.ok(instances.length > 0, 'no finished development-contract instance');
  assert.ok(instances.some((i) => i.state === 'COMPLETED'), 'no COMPLETED instance');
  log('OK: process instance finished');
} catch (err) {
  failed = true;
  console.error('FAILED:', err);
  for (const context of browser.contexts()) {
    for (const page of context.pages()) {
      await page.screenshot({ path: `${SHOTS}/failure-${Date.now()}.png`, fullPage: true }).catch(() => {});
      if (process.env.DUMP_HTML) fs.writeFileSync(`${SHOTS}/failure-${Date.now()}.html`, await page.content().catch(() => ''));
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);

async function expectCount(locator, count, timeout = 10000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if ((await locator.count()) === count) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`expected ${count} elements, got ${await locator.count()}`);
}
