// Shared by the term scripts (tasklist-hvidovre-term.mjs, tasklist-viborg-term.mjs): a run's browser, its checks
// and findings, the user sessions, Tasklist's task handling (the "Min gruppes opgaver" filter, "Tag opgaven",
// "Fuldfør") and the form-js fields, and engine-rest for CHECKS only (never to complete a task).
//
//   const run = await createRun({ base, shots, locale, restUser });
//   const { log, check, as, openTask, complete, ... } = run;
//   ... the steps ...
//   process.exit(await run.finish(okLine));
//
// Uses the Debian Chromium (/usr/bin/chromium, override with CHROMIUM_PATH); playwright-core never downloads a
// browser.
import { logIn } from './login-form.mjs';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import assert from 'node:assert/strict';

/** English form-js texts (text nodes, aria-labels, placeholders) that must not be visible in a form. */
export const ENGLISH_FORM_JS = /^(Field |Value is |Please select|Select$|Add new$|Collapse$|Expand all|Search$|Remove list item|Submit$|Reset$)/;

/**
 * @param options.base the application's URL, e.g. http://localhost:8080
 * @param options.shots the screenshot directory
 * @param options.locale the browser's locale (dates are typed in its format)
 * @param options.timezoneId the browser's time zone (a Danish user's; Tasklist shows dates in it)
 * @param options.password the demo users' password
 * @param options.restUser the user whose basic auth engine-rest CHECKS use
 * @param options.browserClock when the application runs in another time than the machine (a year run in compressed
 *     time), a function giving the application's time now (ms): each session's browser clock starts there
 */
export async function createRun({ base, shots, locale = 'da-DK', timezoneId = 'Europe/Copenhagen', password = 'demo', restUser, browserClock }) {
  const BASE = base.replace(/\/$/, '');
  const TASKLIST = `${BASE}/camunda/app/tasklist/`;
  const STARTED = Date.now();
  const REST_AUTH = 'Basic ' + Buffer.from(`${restUser}:${password}`).toString('base64');
  fs.mkdirSync(shots, { recursive: true });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
  });

  function log(...args) {
    const seconds = ((Date.now() - STARTED) / 1000).toFixed(0).padStart(4);
    console.log(`${new Date().toISOString().substring(11, 19)} +${seconds}s`, ...args);
  }

  // -------------------------------------------------------------------------------------------
  // Checks, findings and the step table
  // -------------------------------------------------------------------------------------------

  const checks = [];
  const stepRows = [];
  const pageProblems = [];
  const findings = [];

  /** Records a check; a failing check does not stop the run but makes the exit code 1. */
  function check(name, ok, detail) {
    checks.push({ name, ok: !!ok, detail });
    log(`  ${ok ? 'PASS' : 'FAIL'}: ${name}${detail ? ` -- ${detail}` : ''}`);
    return !!ok;
  }

  /**
   * Records what a user would trip over without the step failing (missing information, a covered button):
   * printed as FINDING in the summary, not counted in the exit code.
   */
  function observe(name, ok, detail) {
    if (!ok) findings.push({ name, detail });
    log(`  ${ok ? 'OK' : 'FINDING'}: ${name}${detail && !ok ? ` -- ${detail}` : ''}`);
    return !!ok;
  }

  function done(step, user, outcome) {
    stepRows.push({ step, user, outcome });
    log(`${user}: ${outcome}`);
  }

  async function shot(page, name) {
    const file = `${shots}/${name}.png`;
    await page.waitForTimeout(300);
    await page.screenshot({ path: file, fullPage: true });
    log('  screenshot', file);
    return file;
  }

  /** Screenshot of the whole task form (Tasklist scrolls the form inside its own pane). */
  async function shotForm(page, name) {
    const extra = await page.locator('.task-details .fjs-form').evaluate((form) => {
      let most = 0;
      for (let el = form.parentElement; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (/(auto|scroll)/.test(style.overflowY)) most = Math.max(most, el.scrollHeight - el.clientHeight);
      }
      return most;
    }).catch(() => 0);
    const original = page.viewportSize();
    await page.setViewportSize({ width: original.width, height: Math.min(original.height + extra + 50, 16000) });
    const file = await shot(page, name);
    await page.setViewportSize(original);
    return file;
  }

  /** English form-js texts still visible in a form (text nodes, aria-labels, placeholders). */
  async function englishLeftovers(scope) {
    return scope.evaluate((root, source) => {
      const english = new RegExp(source);
      const found = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data.trim();
        if (text && english.test(text)) found.push(`text "${text}"`);
      }
      root.querySelectorAll('[aria-label], [placeholder]').forEach((el) => {
        for (const a of ['aria-label', 'placeholder']) {
          const v = el.getAttribute(a);
          if (v && english.test(v)) found.push(`${a} "${v}"`);
        }
      });
      return found;
    }, ENGLISH_FORM_JS.source);
  }

  /** Records the check that the form shows no English form-js text. */
  async function checkDanish(form, what) {
    const leftovers = await englishLeftovers(form);
    check(`${what}: no English form-js text`, leftovers.length === 0, leftovers.join(' | ') || undefined);
  }

  // -------------------------------------------------------------------------------------------
  // Sessions and tasks
  // -------------------------------------------------------------------------------------------

  /** Runs fn(page) in a fresh browser context logged in to Tasklist as user; a failure leaves a screenshot. */
  async function as(user, fn, userLocale = locale) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: userLocale, timezoneId });
    const appTime = browserClock && browserClock();
    if (appTime) await context.clock.install({ time: appTime });
    const page = await context.newPage();
    page.on('pageerror', (err) => {
      pageProblems.push(`[${user}] page error: ${err.message}`);
      log(`[${user}] page error:`, err.message);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/status of 404/.test(msg.text()) && !/status of 400/.test(msg.text())) {
        pageProblems.push(`[${user}] console.error: ${msg.text()}`);
        log(`[${user}] console.error:`, msg.text());
      }
    });
    try {
      await page.goto(TASKLIST);
      await logIn(page, user, password, log);
      await page.getByRole('link', { name: 'Start proces' }).waitFor({ timeout: 30000 });
      return await fn(page);
    } catch (err) {
      const file = `${shots}/failure-${user}-${Date.now()}.png`;
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      log(`  failure screenshot ${file}`);
      if (process.env.DUMP_HTML) fs.writeFileSync(file.replace(/png$/, 'html'), await page.content().catch(() => ''));
      throw err;
    } finally {
      await context.close();
    }
  }

  /** The user's open tasks with this name (optionally of instances whose business key is like keyLike), oldest first. */
  async function tasksOf(page, user, name, keyLike) {
    const api = `${BASE}/camunda/api/engine/engine/default/task`;
    const found = new Map();
    for (const params of [{ candidateUser: user }, { assignee: user }]) {
      const query = { ...params, maxResults: 200, name, sortBy: 'created', sortOrder: 'asc' };
      if (keyLike) query.processInstanceBusinessKeyLike = keyLike;
      const res = await page.request.get(api, { params: query });
      assert.ok(res.ok(), `task query failed: ${res.status()}`);
      for (const task of await res.json()) found.set(task.id, task);
    }
    return [...found.values()].sort((a, b) => a.created.localeCompare(b.created));
  }

  async function waitForTasks(page, user, name, count = 1, keyLike = undefined, timeout = 120000) {
    const end = Date.now() + timeout;
    let tasks = [];
    while (Date.now() < end) {
      tasks = await tasksOf(page, user, name, keyLike);
      if (tasks.length >= count) return tasks;
      await page.waitForTimeout(1000);
    }
    // tell who has such tasks instead (a check through engine-rest)
    const open = await restJson(`/engine-rest/task?name=${encodeURIComponent(name)}`).catch(() => []);
    const who = [];
    for (const task of open.slice(0, 10)) {
      const links = await restJson(`/engine-rest/task/${task.id}/identity-links`).catch(() => []);
      who.push(`${task.id}: ${links.map((l) => l.groupId || l.userId).join(',')}`);
    }
    throw new Error(`${user}: expected ${count} "${name}" task(s)${keyLike ? ` like ${keyLike}` : ''}, got ${tasks.length}; open ones: ${who.join('; ') || 'none'}`);
  }

  /** Opens the task like a user: the "Min gruppes opgaver" filter, the task in the list, Claim. */
  async function openTask(page, task) {
    await page.getByText('Min gruppes opgaver', { exact: false }).first().click();
    const link = page.locator(`.tasks-list a[href*="${task.id}"]`).first();
    try {
      await link.waitFor({ timeout: 20000 });
      await link.click();
    } catch (err) {
      log(`  task ${task.id} not in the visible list, opening it by its link`);
      await page.goto(`${TASKLIST}default/#/?task=${task.id}`);
    }
    const details = page.locator('.task-details');
    await details.waitFor();
    await details.locator('.fjs-form').waitFor({ timeout: 30000 });
    const claim = details.getByText('Tag opgaven', { exact: true });
    await claim.waitFor({ timeout: 2000 }).catch(() => {});
    if (await claim.isVisible().catch(() => false)) {
      await claim.click();
      await claim.waitFor({ state: 'detached', timeout: 15000 });
    }
    await details.locator('.fjs-form').waitFor({ timeout: 30000 });
    await page.waitForTimeout(700); // the form is rendered again after the claim
    log(`  opened "${task.name}" (${task.id})`);
    return details.locator('.fjs-form');
  }

  function completeButton(page) {
    return page.locator('.task-details').getByRole('button', { name: 'Fuldfør', exact: true });
  }

  async function expectEnabled(locator, what, timeout = 10000) {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (await locator.isEnabled()) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${what} stayed disabled`);
  }

  async function blur(page) {
    await page.evaluate(() => document.activeElement && document.activeElement.blur && document.activeElement.blur());
    await page.waitForTimeout(300);
  }

  /** The texts of Tasklist's notifications shown now. */
  async function notifications(page) {
    return (await page.locator('.notifications .notification, .page-notifications .alert, [class*="notification"]')
      .allInnerTexts().catch(() => [])).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  }

  /**
   * Closes Tasklist's notifications with their × as a user does: an error notification stays until closed and
   * lies over the Fuldfør button of a long form.
   */
  async function closeNotifications(page) {
    const closers = page.locator('.page-notifications .close, .notifications .close');
    for (let i = (await closers.count()) - 1; i >= 0; i--) await closers.nth(i).click({ timeout: 3000 }).catch(() => {});
    await page.waitForTimeout(300);
  }

  /** Whether Tasklist's notification panel covers the middle of the Fuldfør button (what a click hits). */
  async function notificationCoversComplete(page) {
    return completeButton(page).evaluate((button) => {
      button.scrollIntoView({ block: 'nearest' });
      const r = button.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && !button.contains(hit) && !!hit.closest('.page-notifications, .notifications');
    }).catch(() => false);
  }

  /** Clicks Complete (never Save) and waits until the task is gone; fails with Tasklist's message. */
  async function complete(page) {
    const button = completeButton(page);
    await button.waitFor({ state: 'visible' });
    await blur(page);
    await expectEnabled(button, 'Fuldfør (Complete)');
    await button.click();
    try {
      await page.locator('.task-details .fjs-form').waitFor({ state: 'detached', timeout: 30000 });
    } catch (err) {
      const notes = await notifications(page);
      throw new Error(`Complete did not finish the task: ${notes.join(' | ') || err.message}`);
    }
  }

  /**
   * Clicks Complete expecting a refusal: the task stays open and Tasklist shows a message. Returns the
   * notification texts (empty when none appeared).
   */
  async function completeRefused(page) {
    const button = completeButton(page);
    await blur(page);
    if (!(await button.isEnabled())) return { disabled: true, notes: [] };
    await button.click();
    let notes = [];
    const end = Date.now() + 10000;
    while (Date.now() < end && notes.length === 0) {
      await page.waitForTimeout(300);
      notes = await notifications(page);
    }
    await page.waitForTimeout(500);
    const stillOpen = await page.locator('.task-details .fjs-form').isVisible().catch(() => false);
    return { disabled: false, notes, stillOpen };
  }

  /** The whole visible text of the form's markdown (text) fields. */
  async function infoText(form) {
    return (await form.locator('.fjs-form-field-text').allInnerTexts()).join('\n');
  }

  // -------------------------------------------------------------------------------------------
  // form-js fields
  // -------------------------------------------------------------------------------------------

  /** Chooses the option whose text is optionText (exactly, else the first containing it: "Tal" is not "Antal"). */
  async function chooseOption(field, optionText) {
    await field.locator('.fjs-input-group').click();
    const items = field.locator('.fjs-dropdownlist-item');
    await items.first().waitFor({ timeout: 5000 });
    const escaped = optionText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const exact = items.filter({ hasText: new RegExp(`^\\s*${escaped}\\s*$`) });
    const option = (await exact.count()) ? exact.first() : items.filter({ hasText: optionText }).first();
    await option.waitFor({ timeout: 5000 });
    await option.dispatchEvent('mousedown');
    await field.locator('.fjs-dropdownlist').waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
  }

  /**
   * Types a date in a start form's date field (in Tasklist's start dialog): Escape would close the whole dialog
   * (and lose what was typed), so the picker is closed by clicking the form's heading instead.
   */
  async function fillDateInDialog(modal, label, iso) {
    const field = modal.locator('.fjs-form-field-datetime').filter({ hasText: label }).first();
    const input = field.locator('input').first();
    const [y, m, d] = iso.split('-');
    const placeholder = ((await input.getAttribute('placeholder')) || 'mm/dd/yyyy').toLowerCase();
    await input.click();
    await input.fill(placeholder.replace('yyyy', y).replace('mm', m).replace('dd', d));
    await modal.locator('.fjs-form-field-text').first().click();
    await modal.page().waitForTimeout(300);
  }

  async function fillDate(scope, label, iso) {
    const field = scope.locator('.fjs-form-field-datetime').filter({ hasText: label }).first();
    const input = field.locator('input').first();
    const [y, m, d] = iso.split('-');
    const placeholder = ((await input.getAttribute('placeholder')) || 'mm/dd/yyyy').toLowerCase();
    const text = placeholder.replace('yyyy', y).replace('mm', m).replace('dd', d);
    await input.click();
    await input.fill(text);
    await input.press('Enter');
    await input.blur();
    await field.page().keyboard.press('Escape').catch(() => {});
  }

  async function fillText(scope, label, text) {
    await scope.getByLabel(label, { exact: false }).first().fill(text);
  }

  async function expectCount(locator, count, timeout = 10000) {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if ((await locator.count()) === count) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`expected ${count} elements, got ${await locator.count()}`);
  }

  function listByLabel(form, label) {
    return form.locator('.fjs-form-field-dynamiclist').filter({ hasText: label }).first();
  }

  function listRows(form, label) {
    return listByLabel(form, label).locator('.fjs-repeat-row-container');
  }

  function fieldsOf(list, type, label) {
    return list.locator(`.fjs-form-field-${type}`).filter({ has: list.page().locator('.fjs-form-field-label', { hasText: label }) });
  }

  function addButtonOf(form, label) {
    return listByLabel(form, label).locator('.fjs-repeat-render-add').first();
  }

  async function addRow(form, label) {
    const rows = listRows(form, label);
    const before = await rows.count();
    await addButtonOf(form, label).click();
    await expectCount(rows, before + 1);
    return rows.nth(before);
  }

  // -------------------------------------------------------------------------------------------
  // engine-rest (checks only)
  // -------------------------------------------------------------------------------------------

  async function restJson(path) {
    const bounded = path.includes('maxResults=') ? path : `${path}${path.includes('?') ? '&' : '?'}maxResults=500`;
    const res = await fetch(`${BASE}${bounded}`, { headers: { Authorization: REST_AUTH } });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text().catch(() => '')}`);
    return res.json();
  }

  async function waitFor(what, fn, timeout = 120000) {
    const end = Date.now() + timeout;
    let value;
    while (Date.now() < end) {
      value = await fn();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 1000));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  // -------------------------------------------------------------------------------------------
  // The summary
  // -------------------------------------------------------------------------------------------

  /**
   * Closes the browser, prints the steps, checks, findings and page errors; returns the exit code (1 when a check
   * failed or the run was aborted).
   */
  async function finish(okLine, aborted = false) {
    await browser.close().catch(() => {});
    const failures = checks.filter((c) => !c.ok);
    console.log('\nSteps:');
    for (const r of stepRows) console.log(`  ${r.step} | ${r.user} | ${r.outcome}`);
    console.log('\nChecks:');
    for (const c of checks) console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}${c.ok || !c.detail ? '' : ` (${c.detail})`}`);
    console.log('\nFindings (not counted in the exit code):');
    for (const f of findings) console.log(`  FINDING  ${f.name}${f.detail ? ` (${f.detail})` : ''}`);
    console.log(`Page errors: ${pageProblems.length ? '\n  ' + pageProblems.join('\n  ') : 'none'}`);
    console.log(`Run time: ${((Date.now() - STARTED) / 1000).toFixed(0)} s`);
    if (aborted || failures.length) {
      console.error(`FAILED: ${failures.length} of ${checks.length} checks failed${aborted ? ', run aborted' : ''}`);
      return 1;
    }
    console.log(`OK: ${okLine} (${checks.length} checks passed, ${findings.length} findings)`);
    return 0;
  }

  /**
   * Runs steps[from..to] in order (FROM_STEP/TO_STEP from the environment, default all), stopping at the first that
   * throws; prints the summary and returns the exit code.
   */
  async function runSteps(steps, okLine) {
    const from = Number(process.env.FROM_STEP || 0);
    const to = Math.min(Number(process.env.TO_STEP || steps.length - 1), steps.length - 1);
    let failed = false;
    try {
      for (let i = from; i <= to; i++) {
        log(`=== step ${i}: ${steps[i].name}`);
        await steps[i]();
      }
    } catch (err) {
      failed = true;
      console.error('FAILED:', err);
    }
    return finish(okLine, failed);
  }

  return {
    BASE, TASKLIST, browser, checks, stepRows, pageProblems, findings,
    log, check, observe, done, shot, shotForm, englishLeftovers, checkDanish,
    as, tasksOf, waitForTasks, openTask, completeButton, expectEnabled, blur, notifications, closeNotifications,
    notificationCoversComplete, complete, completeRefused, infoText,
    chooseOption, fillDateInDialog, fillDate, fillText, expectCount, listByLabel, listRows, fieldsOf, addButtonOf, addRow,
    restJson, waitFor, finish, runSteps
  };
}
