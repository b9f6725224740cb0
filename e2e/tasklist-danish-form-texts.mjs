// End-to-end check that the Camunda Forms (form-js) in Tasklist show Danish
// texts instead of form-js' built-in English ones (scripts/form-js-fixes.js).
//
// Usage: node tasklist-danish-form-texts.mjs [BASE_URL]   (default http://localhost:8080)
//
// Uses the Debian Chromium (/usr/bin/chromium, override with CHROMIUM_PATH);
// playwright-core never downloads a browser. Screenshots go to
// /tmp/forms-run/shots (override with SHOTS_DIR).
//
// Flow: mette starts "Udviklingskontrakt" for 2027 / gl-rye (as
// tasklist-contract.mjs does), opens "Udarbejd udviklingskontrakt" and checks
// in the draft form:
//   - the dynamic list's add button reads "Tilføj", nowhere "Add new";
//   - the empty track dropdown ("Udviklingsspor") shows "Vælg", not "Select",
//     also in a row added later and after a chosen track is cleared again;
//   - a required field that is typed into and cleared shows
//     "Feltet skal udfyldes." and no English "Field ..." message;
//   - 201 characters in the goal title (maxLength 200) give
//     "Feltet må højst have 200 tegn.";
//   - the remove buttons' aria-labels read "Fjern element n";
//   - the search placeholder "Search" of a searchable dropdown becomes "Søg"
//     (the draft form has no searchable dropdown, so this is checked with the
//     script's translateTexts on a form-js-like element inside the page);
//   - a list with more than 5 rows shows "Fold sammen" / "Fold alle ud (n)"
//     instead of "Collapse" / "Expand all (n)".
// WITHOUT_FIX=1 serves Tasklist's config.js without the script (negative
// control: the English texts come back and the checks fail).
// The task is left open (nothing is saved or completed); the process instance
// stays in the database, so run it against a test database. A repeated run
// is refused a second contract for 2027 / gl-rye and uses the open draft task.
//
// Typed text must not vanish (form-js-fixes.js, "2. No debounced updates"):
//   - start form, before the contract is started: a user clicks "År", types
//     "2027" key by key (TYPE_DELAY ms per key, default 30), presses Tab and at
//     once types "gl-rye" into "Enhedskode"; 1 s later both fields (and the
//     form's data) still hold exactly these values. form-js debounces each
//     field's update by 300 ms, and the year's late update re-rendered the form
//     and reset the unit code (Start stayed disabled). The contract is then
//     started with these typed values;
//   - draft form: a goal title typed quickly, then at once a click into
//     "Formål" and typing there; 1 s later both values are intact.
// Should the typed values be lost, the check fails and the start form is
// filled again with fillStartField (one field at a time, waiting until
// form-js has taken each value), so the other checks still run.
//
// Every check is recorded; the script prints a PASS/FAIL summary and exits 1
// when any check failed.
import { logIn } from './login-form.mjs';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import assert from 'node:assert/strict';

const BASE = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const TASKLIST = `${BASE}/camunda/app/tasklist/`;
const SHOTS = process.env.SHOTS_DIR || '/tmp/forms-run/shots';
const PASSWORD = 'demo';
const USER = 'mette';
const YEAR = 2027;
const UNIT = 'gl-rye';
// WITHOUT_FIX=1: load Tasklist without form-js-fixes.js (negative control: the checks must fail)
const WITHOUT_FIX = !!process.env.WITHOUT_FIX;
// ms between the keys typed in the fast-typing checks (as a quick typist)
const TYPE_DELAY = Number(process.env.TYPE_DELAY ?? 30);
const started = Date.now();

fs.mkdirSync(SHOTS, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});

function log(...args) {
  console.log(new Date().toISOString().substring(11, 19), ...args);
}

const results = [];
const pageProblems = [];

/** Records a check; a failing check does not stop the run (see the summary at the end). */
function check(name, ok, detail) {
  results.push({ name, ok: !!ok, detail });
  log(`${ok ? 'PASS' : 'FAIL'}: ${name}${detail ? ` -- ${detail}` : ''}`);
  return !!ok;
}

async function shot(page, name) {
  const file = `${SHOTS}/${name}.png`;
  await page.screenshot({ path: file, fullPage: true });
  log('screenshot', file);
  return file;
}

/** Polls fn until it returns a truthy value or the timeout passes; returns the last value. */
async function poll(fn, timeout = 5000) {
  const end = Date.now() + timeout;
  let value = await fn();
  while (!value && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await fn();
  }
  return value;
}

/** Polls until the (trimmed, whitespace-collapsed) inner text of the locator equals expected; returns what was seen. */
async function textBecomes(locator, expected, timeout = 5000) {
  let seen;
  await poll(async () => {
    seen = (await locator.innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
    return seen === expected;
  }, timeout);
  return seen;
}

async function login(user) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  if (WITHOUT_FIX) {
    // negative control: serve config.js without scripts/form-js-fixes, the checks must then fail
    await context.route('**/app/tasklist/scripts/config.js*', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/^\s*'scripts\/form-js-fixes',?\s*$/m, '');
      await route.fulfill({ response, body });
    });
  }
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    pageProblems.push(`page error: ${err.message}`);
    log(`[${user}] page error:`, err.message);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) {
      pageProblems.push(`HTTP ${res.status()} ${res.request().method()} ${res.url()}`);
      log(`[${user}] HTTP ${res.status()} ${res.request().method()} ${res.url()}`);
    }
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      pageProblems.push(`console.${msg.type()}: ${msg.text()}`);
      log(`[${user}] console.${msg.type()}:`, msg.text());
    }
  });
  await page.goto(TASKLIST);
  await logIn(page, user, PASSWORD, log);
  await page.getByRole('link', { name: 'Start proces' }).waitFor({ timeout: 30000 });
  log(`logged in as ${user}`);
  return { context, page };
}

/** Opens the user's task with the given name (as in tasklist-contract.mjs) and claims it if needed. */
async function openTask(page, taskName, user) {
  const api = `${BASE}/camunda/api/engine/engine/default/task`;
  const end = Date.now() + 60000;
  let tasks = [];
  // a repeated run finds the task already claimed by the user (then it is in "Mine opgaver")
  let assigned = false;
  while (tasks.length === 0 && Date.now() < end) {
    for (const who of ['candidateUser', 'assignee']) {
      const res = await page.request.get(api, {
        params: { processDefinitionKey: 'development-contract', name: taskName, [who]: user, maxResults: 50 }
      });
      assert.ok(res.ok(), `task query failed: ${res.status()}`);
      tasks = await res.json();
      assigned = who === 'assignee';
      if (tasks.length) break;
    }
    if (tasks.length === 0) await page.waitForTimeout(1000);
  }
  assert.equal(tasks.length, 1, `expected one "${taskName}" task for ${user}, got ${tasks.length}`);
  const taskId = tasks[0].id;

  await page.getByText(assigned ? 'Mine opgaver' : 'Min gruppes opgaver', { exact: false }).first().click();
  const task = page.locator('.tasks-list li').filter({ has: page.locator(`a[href*="${taskId}"]`) }).first();
  await task.waitFor({ timeout: 30000 });
  await task.locator(`a[href*="${taskId}"]`).first().click();
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

async function expectCount(locator, count, timeout = 10000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if ((await locator.count()) === count) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`expected ${count} elements, got ${await locator.count()}`);
}

/** Chooses an option in a form-js select (a custom dropdown, not a native <select>). */
async function chooseSelect(field, optionText) {
  await field.locator('.fjs-input-group').click();
  const option = field.locator('.fjs-dropdownlist-item').filter({ hasText: optionText }).first();
  await option.waitFor({ timeout: 5000 });
  await option.dispatchEvent('mousedown');
  await field.locator('.fjs-dropdownlist').waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
}

/**
 * Fills a field of the start form and waits until form-js has taken the value. Filling "År" and
 * "Enhedskode" straight after each other loses the unit code: the number field's debounced update
 * re-renders the form ~300 ms later and the text field's input is reset to the form's (still empty)
 * value, so Start stays disabled with "Feltet skal udfyldes." (happens without form-js-fixes.js too).
 */
async function fillStartField(page, input, value) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await input.fill(value);
    await blur(page);
    await page.waitForTimeout(700);
    if ((await input.inputValue()) === value) return;
    log(`start form: "${value}" was reset by form-js, filling again (attempt ${attempt})`);
  }
  throw new Error(`start form keeps resetting the value "${value}"`);
}

/**
 * The data that form-js holds for the form in the container (what it submits), read through the
 * Preact tree as form-js-fixes.js does (the form context's getService); null when not found.
 */
async function formData(container) {
  return container.evaluate((root) => {
    const host = root.closest('.fjs-container') || root.querySelector('.fjs-container');
    if (!host) return null;
    const stack = [host.__k];
    for (let visited = 0; stack.length && visited < 500; visited++) {
      const vnode = stack.pop();
      if (!vnode) continue;
      if (Array.isArray(vnode)) {
        stack.push(...vnode);
        continue;
      }
      const value = vnode.props && vnode.props.value;
      if (value && typeof value.getService === 'function') {
        const form = value.getService('form', false);
        return form ? JSON.parse(JSON.stringify(form._getState().data || null)) : null;
      }
      if (vnode.__k) stack.push(vnode.__k);
    }
    return null;
  });
}

/** Scrolls the task pane so the element is in the middle of the screenshot. */
async function center(locator) {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await locator.page().waitForTimeout(200);
}

async function blur(page) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur && document.activeElement.blur());
  await page.waitForTimeout(300);
}

/** The error messages shown under a form-js field (its .fjs-form-field-error list). */
async function errorsOf(field) {
  return (await field.locator('.fjs-form-field-error li').allInnerTexts()).map((t) => t.trim());
}

/** English form-js texts still visible in the form (text nodes, aria-labels, placeholders). */
async function englishLeftovers(form) {
  return form.evaluate((root) => {
    const english = /^(Field |Value is |Please select a valid value|Select$|Add new$|Collapse$|Expand all|Search$|Remove list item)/;
    const found = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.trim();
      if (text && english.test(text)) found.push(`text "${text}"`);
    }
    root.querySelectorAll('[aria-label], [placeholder]').forEach((el) => {
      ['aria-label', 'placeholder'].forEach((a) => {
        const v = el.getAttribute(a);
        if (v && english.test(v)) found.push(`${a} "${v}" on ${el.tagName.toLowerCase()}.${el.className}`);
      });
    });
    return found;
  });
}

let failed = false;
try {
  const { context, page } = await login(USER);

  // --------------------------------------------------------- start the contract
  await page.getByRole('link', { name: 'Start proces' }).click();
  const modal = page.locator('.modal-dialog');
  await modal.getByText('Udviklingskontrakt / udviklingsaftale', { exact: true }).click();
  await modal.locator('.fjs-form').waitFor();

  // ------------------------------------ 0a. start form: typed as a human types
  // År key by key, Tab, and at once Enhedskode: the unit code must not vanish
  const yearInput = modal.getByLabel('År');
  const unitInput = modal.getByLabel('Enhedskode');
  const startButton = modal.getByRole('button', { name: 'Start', exact: true });
  await yearInput.click();
  await page.keyboard.type(String(YEAR), { delay: TYPE_DELAY });
  await page.keyboard.press('Tab');
  await page.keyboard.type(UNIT, { delay: TYPE_DELAY });
  await page.waitForTimeout(1000);
  const typedYear = await yearInput.inputValue();
  const typedUnit = await unitInput.inputValue();
  const startData = await formData(modal);
  const startEnabled = await startButton.isEnabled();
  const startDetail = `År "${typedYear}", Enhedskode "${typedUnit}", form data ${JSON.stringify(startData)}, ` +
    `Start ${startEnabled ? 'enabled' : 'disabled'}, ${TYPE_DELAY} ms per key`;
  check(`start form: "${UNIT}" typed right after "${YEAR}" + Tab is still in Enhedskode after 1 s`,
    typedUnit === UNIT, startDetail);
  check(`start form: År still holds "${YEAR}" after 1 s`, typedYear === String(YEAR), startDetail);
  check('start form: form-js has taken both typed values and Start is enabled',
    !!startData && startData.year === YEAR && startData.unitCode === UNIT && startEnabled, startDetail);
  await shot(page, '01-start-form');
  if (typedYear !== String(YEAR) || typedUnit !== UNIT || !startEnabled) {
    // keep the other checks running: fill the fields one at a time as before
    log('start form: typed values lost, filling the fields one at a time to go on');
    await fillStartField(page, yearInput, String(YEAR));
    await fillStartField(page, unitInput, UNIT);
    await shot(page, '01b-start-form-refilled');
  }
  await startButton.click();
  // a repeated run finds the contract of the earlier run: use its draft task (if it is still open)
  const refused = modal.locator('.alert').filter({ hasText: 'allerede' });
  await Promise.race([
    modal.waitFor({ state: 'detached', timeout: 30000 }),
    refused.waitFor({ timeout: 30000 })
  ]);
  if (await refused.isVisible().catch(() => false)) {
    log(`start refused: "${(await refused.innerText()).replace(/\s+/g, ' ').trim()}"; using the existing draft task`);
    await modal.locator('button[ng-click="$dismiss()"]').click();
    await modal.waitFor({ state: 'detached', timeout: 10000 });
  } else {
    log('process started');
  }

  await openTask(page, 'Udarbejd udviklingskontrakt', USER);
  const form = page.locator('.task-details .fjs-form');
  const rows = form.locator('.fjs-repeat-row-container');
  const addButton = form.locator('.fjs-repeat-render-add').first();
  await addButton.waitFor();

  const fixes = await page.evaluate(() => {
    const f = window.__aarshjulFormFixes;
    return f ? Object.keys(f) : null;
  });
  check('form-js-fixes.js is loaded (window.__aarshjulFormFixes)', !!fixes, fixes ? fixes.join(', ') : 'missing');

  // ------------------------------------------------- 1. add button "Tilføj"
  const addText = await textBecomes(addButton, 'Tilføj');
  check('add button of the dynamic list reads "Tilføj"', addText === 'Tilføj', `seen "${addText}"`);
  const formText = await form.innerText();
  check('no "Add new" anywhere in the form', !formText.includes('Add new'),
    formText.includes('Add new') ? 'form text contains "Add new"' : undefined);
  await shot(page, '02-draft-opened');

  // -------------------------------------------------- 2. empty dropdown "Vælg"
  if ((await rows.count()) === 0) {
    await addButton.click();
    await expectCount(rows, 1);
  }
  const row0 = rows.nth(0);
  const track0 = row0.locator('.fjs-form-field-select').filter({ hasText: 'Udviklingsspor' }).first();
  const display0 = track0.locator('.fjs-select-display');
  const selectText = await textBecomes(display0, 'Vælg');
  check('empty "Udviklingsspor" dropdown shows "Vælg"', selectText === 'Vælg', `seen "${selectText}"`);
  const selectDisplays = await form.locator('.fjs-select-display').allInnerTexts();
  check('no dropdown in the form shows "Select"', !selectDisplays.some((t) => t.trim() === 'Select'),
    `dropdown texts: ${JSON.stringify(selectDisplays.map((t) => t.trim()))}`);
  await center(track0);
  await shot(page, '03-empty-dropdown');

  // ------------------- 2b. draft form: a title typed quickly, then at once another field
  const fastTitle = 'Bedre trivsel i teamet';
  const fastPurpose = 'Færre sygedage';
  const fastTitleInput = row0.locator('.fjs-form-field-textfield').filter({ hasText: 'Titel' }).first().locator('input').first();
  const purposeInput = row0.locator('.fjs-form-field').filter({ hasText: 'Formål' }).first().locator('textarea, input').first();
  await fastTitleInput.click();
  await page.keyboard.type(fastTitle, { delay: TYPE_DELAY });
  await purposeInput.click();
  await page.keyboard.type(fastPurpose, { delay: TYPE_DELAY });
  await page.waitForTimeout(1000);
  const seenTitle = await fastTitleInput.inputValue();
  const seenPurpose = await purposeInput.inputValue();
  const draftData = await formData(form);
  const draftGoal = draftData && Array.isArray(draftData.goals) ? draftData.goals[0] : undefined;
  const draftDetail = `Titel "${seenTitle}", Formål "${seenPurpose}", form data of row 1 ` +
    `${JSON.stringify(draftGoal && { title: draftGoal.title, purpose: draftGoal.purpose })}, ${TYPE_DELAY} ms per key`;
  check('draft form: a title typed quickly, then "Formål" clicked and typed: both intact after 1 s',
    seenTitle === fastTitle && seenPurpose === fastPurpose, draftDetail);
  check('draft form: form-js has taken both typed values',
    !!draftGoal && draftGoal.title === fastTitle && draftGoal.purpose === fastPurpose, draftDetail);
  await center(purposeInput);
  await shot(page, '03b-draft-fast-typing');

  // --------------------------------------- 3. required field: typed and cleared
  const titleField = row0.locator('.fjs-form-field-textfield').filter({ hasText: 'Titel' }).first();
  const title = titleField.locator('input').first();
  await title.fill('Et midlertidigt mål');
  await title.fill('');
  await blur(page);
  let requiredErrors = await poll(async () => {
    const e = await errorsOf(titleField);
    return e.length ? e : null;
  });
  requiredErrors = requiredErrors || [];
  check('cleared required "Titel" shows "Feltet skal udfyldes."',
    requiredErrors.length === 1 && requiredErrors[0] === 'Feltet skal udfyldes.', `seen ${JSON.stringify(requiredErrors)}`);
  let shownText = await form.innerText();
  check('no English "Field " message in the form (required)', !/\bField /.test(shownText),
    (shownText.match(/Field [^\n]*/g) || []).join(' | ') || undefined);
  await center(titleField);
  await shot(page, '04-required-error');

  // ----------------------------------------------------- 4. maxLength 200
  const tooLong = 'x'.repeat(201);
  await title.fill(tooLong);
  await blur(page);
  const lengthErrors = (await poll(async () => {
    const e = await errorsOf(titleField);
    return e.some((m) => m !== 'Feltet skal udfyldes.') ? e : null;
  })) || (await errorsOf(titleField));
  const typed = await title.inputValue();
  check('201 characters in "Titel" show "Feltet må højst have 200 tegn."',
    lengthErrors.includes('Feltet må højst have 200 tegn.'),
    `field holds ${typed.length} characters; seen ${JSON.stringify(lengthErrors)}`);
  shownText = await form.innerText();
  check('no English "Field " message in the form (maxLength)', !/\bField /.test(shownText),
    (shownText.match(/Field [^\n]*/g) || []).join(' | ') || undefined);
  await center(titleField);
  await shot(page, '05-maxlength-error');

  // required error of the dropdown: choose a track and clear it again with the cross
  await chooseSelect(track0, '1.');
  const chosen = (await display0.innerText()).trim();
  const cross = track0.locator('.fjs-select-cross');
  if (await cross.count()) {
    await cross.dispatchEvent('mousedown');
    await blur(page);
    const again = await textBecomes(display0, 'Vælg');
    check('dropdown cleared after choosing shows "Vælg" again', again === 'Vælg', `chosen "${chosen}", after clearing "${again}"`);
    const selectErrors = (await poll(async () => {
      const e = await errorsOf(track0);
      return e.length ? e : null;
    }, 2000)) || [];
    check('cleared required dropdown shows "Feltet skal udfyldes." (or no message)',
      selectErrors.every((m) => m === 'Feltet skal udfyldes.'), `seen ${JSON.stringify(selectErrors)}`);
    await center(titleField);
    await shot(page, '06-dropdown-cleared');
  } else {
    log(`no clear cross on the dropdown (chosen "${chosen}"); skipped the cleared-dropdown check`);
  }

  // ------------------------------------------- 5. remove buttons' aria-labels
  const before = await rows.count();
  await addButton.click();
  await expectCount(rows, before + 1);
  const newTrack = rows.nth(before).locator('.fjs-form-field-select').filter({ hasText: 'Udviklingsspor' }).first();
  const newSelect = await textBecomes(newTrack.locator('.fjs-select-display'), 'Vælg');
  check('dropdown of a row added with "Tilføj" shows "Vælg"', newSelect === 'Vælg', `seen "${newSelect}"`);
  const removeButtons = form.locator('.fjs-repeat-row-remove');
  const expectedLabels = Array.from({ length: before + 1 }, (_, i) => `Fjern element ${i + 1}`);
  let labels = [];
  await poll(async () => {
    labels = await removeButtons.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    return JSON.stringify(labels) === JSON.stringify(expectedLabels);
  });
  check('remove buttons\' aria-labels start with "Fjern element"',
    labels.length > 0 && labels.every((l) => l && l.startsWith('Fjern element')), `seen ${JSON.stringify(labels)}`);
  check('remove buttons\' aria-labels are numbered "Fjern element 1..n"',
    JSON.stringify(labels) === JSON.stringify(expectedLabels), `expected ${JSON.stringify(expectedLabels)}`);
  const addAfter = (await addButton.innerText()).replace(/\s+/g, ' ').trim();
  check('add button still reads "Tilføj" after adding a row', addAfter === 'Tilføj', `seen "${addAfter}"`);
  await center(newTrack);
  await shot(page, '07-second-row');

  // ------------------------------ 6. "Collapse" / "Expand all (n)" of a long list
  // form-js shows the collapse button once the list has more rows than nonCollapsedItems (5 here)
  const collapse = form.locator('.fjs-repeat-render-collapse').first();
  while ((await rows.count()) < 6) {
    const n = await rows.count();
    await addButton.click();
    await expectCount(rows, n + 1);
  }
  const total = await rows.count();
  await collapse.waitFor({ timeout: 5000 });
  const collapseText = await textBecomes(collapse, 'Fold sammen');
  check(`collapse button of a list with ${total} rows reads "Fold sammen"`, collapseText === 'Fold sammen', `seen "${collapseText}"`);
  await collapse.click();
  const expandText = await textBecomes(collapse, `Fold alle ud (${total})`);
  check(`after collapsing it reads "Fold alle ud (${total})"`, expandText === `Fold alle ud (${total})`, `seen "${expandText}"`);
  await center(collapse);
  await shot(page, '08-list-collapsed');
  await collapse.click();
  const collapseAgain = await textBecomes(collapse, 'Fold sammen');
  check('after expanding again it reads "Fold sammen"', collapseAgain === 'Fold sammen', `seen "${collapseAgain}"`);
  const allLabels = await removeButtons.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  check(`remove buttons of all ${total} rows are labelled "Fjern element 1..${total}"`,
    JSON.stringify(allLabels) === JSON.stringify(Array.from({ length: total }, (_, i) => `Fjern element ${i + 1}`)),
    `seen ${JSON.stringify(allLabels)}`);

  // ----------------------------------------------- 7. placeholder "Search"
  const placeholders = await form.locator('[placeholder]').evaluateAll((els) => els.map((el) => el.getAttribute('placeholder')));
  log(`placeholders in the form: ${JSON.stringify(placeholders)}`);
  const synthetic = await page.evaluate(() => {
    const f = window.__aarshjulFormFixes;
    if (!f) return null;
    const box = document.createElement('div');
    box.innerHTML = '<div class="fjs-container"><input class="fjs-input" placeholder="Search"></div>';
    document.body.appendChild(box);
    f.translateTexts(box);
    const value = box.querySelector('input').getAttribute('placeholder');
    box.remove();
    return value;
  });
  check('placeholder "Search" of a form-js element becomes "Søg" (translateTexts)', synthetic === 'Søg', `seen "${synthetic}"`);

  // ------------------------------------------------------ 8. nothing English left
  const leftovers = await englishLeftovers(form);
  check('no English form-js text, aria-label or placeholder left in the form', leftovers.length === 0,
    leftovers.length ? leftovers.join(' | ') : undefined);
  await shot(page, '09-final');
  await context.close();
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

const failures = results.filter((r) => !r.ok);
console.log('\nSummary:');
for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.detail ? ` (${r.detail})` : ''}`);
console.log(`Page console errors/warnings: ${pageProblems.length ? '\n  ' + pageProblems.join('\n  ') : 'none'}`);
console.log(`Run time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failed || failures.length) {
  console.error(`FAILED: ${failures.length} of ${results.length} checks failed${failed ? ', run aborted' : ''}`);
  process.exit(1);
}
console.log(`OK: all ${results.length} checks passed`);
process.exit(0);
