// End-to-end test of a whole demo year ("Årshjul – Skanderborg-modellen") in Camunda Tasklist.
//
// Usage: node tasklist-annual-cycle.mjs [BASE_URL]   (default http://localhost:8080)
//
// Needs a fresh database (the demo municipality with DUS 2027 and no year YEAR yet) and the job
// executor on (the default): async jobs and due timers run by themselves. Uses the Debian Chromium
// (/usr/bin/chromium, override with CHROMIUM_PATH); playwright-core never downloads a browser.
// Screenshots go to /tmp/e2e-year/shots (override with SHOTS_DIR).
//
// Environment:
//   YEAR=2028        the year to run (default 2028)
//   FROM_STEP=n      resume at step n (0-8) of a year already started (for debugging a step)
//   TO_STEP=n        stop after step n
//   LOCALE=da-DK     the browser's locale (dates are typed in its format)
//
// Every task is done the way a user does it: log in, open the "Min gruppes opgaver" filter, click the
// task, Claim, fill the form, click Complete (never Save: the Tasklist fix script makes Complete
// enough after editing a dynamic list). Steps (demo logins, password "demo"):
//   0 jens starts the year from Start proces
//   1 bente registers the theme meeting (two themes in the dynamic list)
//   2 jens drafts the DUS (prefilled from DUS 2027; adds a free-text requirement the approver
//     confirms; dialogue window from today; one follow-up date = today) and publishes it
//   3 all 8 units: early dialogue (jens, one unit), draft (contract holder), hearing comments
//     (board/MED), approval (sofie/henrik/susanne/jens per contract-approver.dmn, ticking the
//     requirements the check cannot judge); a Cockpit screenshot of the main instance's called
//     process instances is taken while the contracts run
//   4 bente presents the goal overview to the council
//   5 dialogue meetings: koncernchefer plan, jens holds them (one adjustment agreed for one unit),
//     the contract holder applies it
//   6 follow-up round (due today): every contract holder reports, the koncernchef reviews
//   7 jens considers the year-end report
//   8 engine-rest: the year's main instance is COMPLETED, and so is every instance it called
//     (theme meeting, DUS, 8 contracts, 4 dialogue meetings, 8 follow-ups)
//
// Takes about 3 minutes. Run it on a fresh database, e.g.
//   java -jar target/aarshjul-*.jar --server.port=18090 --spring.datasource.url=jdbc:h2:file:/tmp/e2e-year/db
//   cd e2e && npm ci && node tasklist-annual-cycle.mjs http://localhost:18090
// Browser and server must share the time zone (dates typed as "today" are the server's today).
import { logIn } from './login-form.mjs';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import assert from 'node:assert/strict';

const BASE = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const TASKLIST = `${BASE}/camunda/app/tasklist/`;
const COCKPIT = `${BASE}/camunda/app/cockpit/`;
const SHOTS = process.env.SHOTS_DIR || '/tmp/e2e-year/shots';
const PASSWORD = 'demo';
const YEAR = Number(process.env.YEAR || 2028);
const LOCALE = process.env.LOCALE || 'da-DK'; // a Danish user's browser
const FROM_STEP = Number(process.env.FROM_STEP || 0);
const TO_STEP = Number(process.env.TO_STEP || 8);
const STARTED = Date.now();
// engine-rest requires a login; the checks are made as the directorate, which reads every instance
const REST_USER = process.env.REST_USER || 'jens';
const REST_AUTH = 'Basic ' + Buffer.from(`${REST_USER}:${PASSWORD}`).toString('base64');
const REST_MAX_RESULTS = 500;

/** Today and some days later as ISO dates in the browser's (and server's) local time zone. */
function isoDate(daysFromToday = 0) {
  const d = new Date();
  d.setDate(d.getDate() + daysFromToday);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
const TODAY = isoDate(0);
// The dialogue window and the follow-up round start "today" so the year runs on at once. Timers of
// the cycle fire at 08:00 on their date (CycleCalendar), so before 08:00 yesterday is used instead.
const DUE = new Date().getHours() < 8 ? isoDate(-1) : TODAY;
const DIALOGUE_TO = isoDate(60);

// The demo municipality (README "Demo-logins"); approver per contract-approver.dmn.
const UNITS = [
  { code: 'gl-rye', name: 'Gl. Rye skole og dagtilbud', area: 'boern-unge', holder: 'mette', board: 'lise', med: 'karsten', approver: 'sofie' },
  { code: 'niels-ebbesen', name: 'Niels Ebbesen Skolen', area: 'boern-unge', holder: 'peter', board: 'morten', med: 'jette', approver: 'sofie' },
  { code: 'dagtilbud-skanderborg', name: 'Dagtilbud Skanderborg By', area: 'boern-unge', holder: 'lone', board: 'nina', approver: 'henrik' },
  { code: 'dagtilbud-ry', name: 'Dagtilbud Ry', area: 'boern-unge', holder: 'anders', med: 'tina', approver: 'henrik' },
  { code: 'soelund', name: 'Plejecenter Sølund', area: 'aeldre-handicap', holder: 'hanne', med: 'bo', approver: 'susanne' },
  { code: 'aeldrecenter-ry', name: 'Ældrecenter Ry', area: 'aeldre-handicap', holder: 'thomas', approver: 'susanne' },
  { code: 'botilbud', name: 'Bo- og aktivitetstilbud Skanderborg', area: 'aeldre-handicap', holder: 'camilla', med: 'rikke', approver: 'susanne' },
  { code: 'digitalisering', name: 'Digitalisering og IT', area: 'stab-oekonomi', holder: 'rasmus', approver: 'jens' }
];
const AREAS = [
  { code: 'boern-unge', name: 'Børn og Unge', chief: 'henrik', model: 'Enheder af samme type sammen' },
  { code: 'aeldre-handicap', name: 'Ældre og Handicap', chief: 'susanne', model: 'Hele området sammen' },
  { code: 'stab-oekonomi', name: 'Stab og Økonomi', chief: 'ole', model: 'Hver enhed for sig' }
];
const EARLY_DIALOGUE_UNIT = UNITS.find((u) => u.code === 'aeldrecenter-ry');
const ADJUSTED_UNIT = UNITS.find((u) => u.code === 'gl-rye');
// A free-text requirement added to the DUS: the automatic check cannot judge it, the approver confirms it
const CONFIRM_REQUIREMENT = 'Beskriv hvordan borgerne inddrages i udviklingen';

fs.mkdirSync(SHOTS, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});

function log(...args) {
  const seconds = ((Date.now() - STARTED) / 1000).toFixed(0).padStart(4);
  console.log(`${new Date().toISOString().substring(11, 19)} +${seconds}s`, ...args);
}

async function shot(page, name) {
  const file = `${SHOTS}/${name}.png`;
  await page.waitForTimeout(300); // let markdown and lists finish rendering
  await page.screenshot({ path: file, fullPage: true });
  log('  screenshot', file);
  return file;
}

/**
 * Screenshot of the whole task form: Tasklist scrolls the form inside its own pane, so the
 * viewport is made as tall as the content of the tallest scrolling ancestor of the form.
 */
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

// ---------------------------------------------------------------------------------------------
// Sessions and tasks
// ---------------------------------------------------------------------------------------------

/** Logs the user in to Tasklist in a fresh browser context, runs fn(page) and closes the context. */
async function as(user, fn) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: LOCALE });
  const page = await context.newPage();
  page.on('pageerror', (err) => log(`[${user}] page error:`, err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 404/.test(msg.text())) log(`[${user}] console.error:`, msg.text());
  });
  try {
    await page.goto(TASKLIST);
    await logIn(page, user, PASSWORD, log);
    await page.getByRole('link', { name: 'Start proces' }).waitFor({ timeout: 30000 });
    log(`${user}: logged in`);
    return await fn(page);
  } catch (err) {
    await page.screenshot({ path: `${SHOTS}/failure-${user}-${Date.now()}.png`, fullPage: true }).catch(() => {});
    if (process.env.DUMP_HTML) fs.writeFileSync(`${SHOTS}/failure-${user}-${Date.now()}.html`, await page.content().catch(() => ''));
    throw err;
  } finally {
    await context.close();
  }
}

/**
 * The user's open tasks with this name in this year's instances (business keys start with
 * "YEAR/"), oldest first, asked with the user's own Tasklist session. Candidate tasks and tasks
 * the user has already claimed both count.
 */
async function tasksOf(page, user, name) {
  const api = `${BASE}/camunda/api/engine/engine/default/task`;
  const found = new Map();
  for (const params of [{ candidateUser: user }, { assignee: user }]) {
    const res = await page.request.get(api, {
      params: { ...params, maxResults: 500, name, processInstanceBusinessKeyLike: `${YEAR}/%`, sortBy: 'created', sortOrder: 'asc' }
    });
    assert.ok(res.ok(), `task query failed: ${res.status()}`);
    for (const task of await res.json()) found.set(task.id, task);
  }
  return [...found.values()].sort((a, b) => a.created.localeCompare(b.created));
}

/** Waits (async jobs and timers run in the background) until the user has `count` such tasks. */
async function waitForTasks(page, user, name, count = 1, timeout = 120000) {
  const end = Date.now() + timeout;
  let tasks = [];
  while (Date.now() < end) {
    tasks = await tasksOf(page, user, name);
    if (tasks.length >= count) return tasks;
    await page.waitForTimeout(1000);
  }
  throw new Error(`${user}: expected ${count} "${name}" task(s), got ${tasks.length}`);
}

/** Opens the task like a user: the "Min gruppes opgaver" filter, the task in the list, Claim. */
async function openTask(page, task) {
  await page.getByText('Min gruppes opgaver', { exact: false }).first().click();
  const link = page.locator(`.tasks-list a[href*="${task.id}"]`).first();
  try {
    await link.waitFor({ timeout: 20000 });
    await link.click();
  } catch (err) {
    // the list shows the newest tasks first; an old one may be below the first page
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
  // the form is read-only until claimed and is rendered again after the claim
  await page.waitForTimeout(500);
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

/** Clicks Complete (never Save) and waits until the task is gone; fails with Tasklist's message. */
async function complete(page) {
  const button = completeButton(page);
  await button.waitFor({ state: 'visible' });
  await expectEnabled(button, 'Complete');
  // leave the field being edited first: form-js resizes a textarea on blur, which can scroll the task pane
  // between mousedown and mouseup so that a click on Complete straight from the textarea is lost
  await page.evaluate(() => document.activeElement && document.activeElement.blur && document.activeElement.blur());
  await page.waitForTimeout(300);
  await button.click();
  const gone = page.locator('.task-details .fjs-form').waitFor({ state: 'detached', timeout: 30000 });
  try {
    await gone;
  } catch (err) {
    const notes = await page.locator('.notifications, .page-notifications, .alert').allInnerTexts().catch(() => []);
    throw new Error(`Complete did not finish the task: ${notes.join(' | ') || err.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// form-js fields
// ---------------------------------------------------------------------------------------------

/** Chooses an option in a form-js select field (a custom dropdown, not a native <select>). */
async function chooseOption(field, optionText) {
  await field.locator('.fjs-input-group').click();
  const option = field.locator('.fjs-dropdownlist-item').filter({ hasText: optionText }).first();
  await option.waitFor({ timeout: 5000 });
  await option.dispatchEvent('mousedown');
  await field.locator('.fjs-dropdownlist').waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
}

async function chooseSelect(scope, label, optionText) {
  await chooseOption(scope.locator('.fjs-form-field-select').filter({ hasText: label }).first(), optionText);
}

/**
 * Types an ISO date into a form-js date field (flatpickr) in the format its placeholder shows for
 * the browser's locale (mm/dd/yyyy for en-US, dd.mm.yyyy for da-DK) and leaves the field.
 */
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

/**
 * Fills a form-js number field and lets its change settle before the next field is typed in:
 * form-js debounces input and its text fields read the DOM value when the debounce fires, so a
 * number change that re-renders the list in the same instant resets text typed meanwhile
 * (a person is never that fast; a script is).
 */
async function fillNumber(input, value) {
  await input.fill(value);
  await input.blur();
  await input.page().waitForTimeout(400);
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

/** The dynamic list whose label contains `label`. */
function listOf(form, label) {
  return form.locator('.fjs-form-field-dynamiclist').filter({ hasText: label }).first();
}

/** The rows of a dynamic list with add/remove (a list without them renders no row containers). */
function listRows(form, label) {
  return listOf(form, label).locator('.fjs-repeat-row-container');
}

/** The fields of one kind (textfield, select, ...) labelled `label` in a list, one per row. */
function fieldsOf(list, type, label) {
  return list.locator(`.fjs-form-field-${type}`).filter({ has: list.page().locator('.fjs-form-field-label', { hasText: label }) });
}

function addButtonOf(form, label) {
  return listOf(form, label).locator('.fjs-repeat-render-add').first();
}

async function addRow(form, label) {
  const rows = listRows(form, label);
  const before = await rows.count();
  await addButtonOf(form, label).click();
  await expectCount(rows, before + 1);
  return rows.nth(before);
}

/**
 * GET from engine-rest as REST_USER (engine-rest needs HTTP Basic; jens, the directorate, may read every instance
 * and its history). Queries must be bounded: maxResults is added unless the path has it.
 */
async function restJson(path) {
  const bounded = path.includes('maxResults=') ? path : `${path}${path.includes('?') ? '&' : '?'}maxResults=${REST_MAX_RESULTS}`;
  const res = await fetch(`${BASE}${bounded}`, { headers: { Authorization: REST_AUTH } });
  assert.ok(res.ok, `${path}: HTTP ${res.status}`);
  return res.json();
}

async function mainInstance() {
  const instances = await restJson(`/engine-rest/history/process-instance?processDefinitionKey=skanderborg-annual-cycle&processInstanceBusinessKey=${encodeURIComponent(`${YEAR}/Skanderborg-modellen`)}`);
  assert.equal(instances.length, 1, `expected one ${YEAR} main instance`);
  return instances[0];
}

// ---------------------------------------------------------------------------------------------
// The year, step by step
// ---------------------------------------------------------------------------------------------

async function step0StartYear() {
  const existing = await restJson(`/engine-rest/history/process-instance?processDefinitionKey=skanderborg-annual-cycle&processInstanceBusinessKey=${encodeURIComponent(`${YEAR}/Skanderborg-modellen`)}`);
  assert.equal(existing.length, 0, `the year ${YEAR} is already started: use a fresh database or another YEAR`);
  await as('jens', async (page) => {
    await page.getByRole('link', { name: 'Start proces' }).click();
    const modal = page.locator('.modal-dialog');
    await modal.getByText('Årshjul – Skanderborg-modellen', { exact: true }).click();
    await modal.locator('.fjs-form').waitFor();
    await modal.getByLabel('År').fill(String(YEAR));
    await shot(page, '00-start-year');
    await modal.getByRole('button', { name: 'Start', exact: true }).click();
    await modal.waitFor({ state: 'detached', timeout: 30000 });
    log(`jens: started the year ${YEAR}`);
  });
}

async function step1ThemeMeeting() {
  await as('bente', async (page) => {
    const [task] = await waitForTasks(page, 'bente', 'Registrér temamøde');
    const form = await openTask(page, task);
    await fillDate(form, 'Mødedato', `${YEAR - 1}-11-14`); // the council meets in the autumn before the year
    await fillText(form, 'Mødested', 'Skanderborg Rådhus, byrådssalen');
    await fillText(form, 'Byrådets politiske retning', 'Borgernær velfærd med færre hænder og en grøn omstilling af kommunens drift.');
    const rows = listRows(form, 'Temaer og dilemmaer');
    if ((await rows.count()) === 0) await addButtonOf(form, 'Temaer og dilemmaer').click();
    await expectCount(rows, 1);
    await chooseSelect(rows.nth(0), 'Type', 'Dilemma');
    await fillText(rows.nth(0), 'Titel', 'Velfærd med færre hænder');
    await fillText(rows.nth(0), 'Beskrivelse', 'Hvordan fastholder vi kvaliteten, når der bliver færre medarbejdere?');
    const second = await addRow(form, 'Temaer og dilemmaer');
    await chooseSelect(second, 'Type', 'Tema');
    await fillText(second, 'Titel', 'Bæredygtig omstilling');
    await fillText(second, 'Beskrivelse', 'Klimaplanen skal omsættes i alle enheder.');
    await shotForm(page, '01-theme-meeting');
    await complete(page);
    log('bente: theme meeting registered');
  });
}

async function step2Dus() {
  await as('jens', async (page) => {
    const [task] = await waitForTasks(page, 'jens', 'Udarbejd udviklingsspor og krav');
    const form = await openTask(page, task);
    // prefilled from DUS 2027: three tracks and five requirements
    await expectCount(listRows(form, 'Udviklingsspor'), 3);
    const requirements = listRows(form, 'Krav til kontrakterne');
    await expectCount(requirements, 5);
    await shotForm(page, '02-dus-draft-prefilled');
    const extra = await addRow(form, 'Krav til kontrakterne');
    await fillText(extra, 'Krav', CONFIRM_REQUIREMENT);
    await chooseSelect(extra, 'Hvordan kontrolleres kravet?', 'Fritekst');
    await fillText(extra, 'Uddybning', 'Kontrakten beskriver, hvordan borgere og pårørende inddrages.');

    await fillDate(form, 'Frist for udviklingskontrakter', TODAY);
    await fillDate(form, 'Dialogmøder fra', DUE);
    await fillDate(form, 'Dialogmøder til', DIALOGUE_TO);
    const followUps = listRows(form, 'Opfølgningsdatoer');
    if ((await followUps.count()) === 0) await addButtonOf(form, 'Opfølgningsdatoer').click();
    await expectCount(followUps, 1);
    await fillDate(followUps.nth(0), 'Opfølgning', DUE);

    const models = listOf(form, 'Mødemodel for dialogmøderne');
    const areaFields = fieldsOf(models, 'select', 'Område');
    await expectCount(areaFields, AREAS.length);
    for (let i = 0; i < AREAS.length; i++) {
      const areaText = await areaFields.nth(i).locator('.fjs-select-display').innerText();
      const area = AREAS.find((a) => areaText.includes(a.name));
      assert.ok(area, `unknown area in meeting model row: ${areaText}`);
      await chooseOption(fieldsOf(models, 'select', 'Mødemodel').nth(i), area.model);
    }
    await form.getByLabel(EARLY_DIALOGUE_UNIT.name, { exact: true }).check();
    await shotForm(page, '02-dus-draft-filled');
    await complete(page);
    log('jens: DUS drafted');

    const [publish] = await waitForTasks(page, 'jens', 'Godkend og udgiv DUS');
    const publishForm = await openTask(page, publish);
    await publishForm.getByLabel('Udgiv DUS', { exact: true }).check();
    await shotForm(page, '02-dus-publish');
    await complete(page);
    log('jens: DUS published');
  });
}

async function step3Contracts() {
  // the main instance's called instances in Cockpit while the contracts run
  await waitForContracts();
  await cockpitCalledInstances('03-cockpit-called-instances');

  if (EARLY_DIALOGUE_UNIT) {
    await as('jens', async (page) => {
      const [task] = await waitForTasks(page, 'jens', 'Hold tidlig dialog om kontrakten');
      const form = await openTask(page, task);
      await fillText(form, 'Noter fra den tidlige dialog', 'Fokus på rehabilitering og færre genindlæggelser; sygefraværet skal ned.');
      await shotForm(page, '03-early-dialogue');
      await complete(page);
      log('jens: early dialogue held');
    });
  }

  for (const unit of UNITS) {
    await as(unit.holder, async (page) => {
      const [task] = await waitForTasks(page, unit.holder, 'Udarbejd udviklingskontrakt');
      const form = await openTask(page, task);
      await draftContract(page, form, unit);
      if (unit === UNITS[0]) await shotForm(page, `03-contract-draft-${unit.code}`);
      await complete(page);
      log(`${unit.holder}: contract drafted for ${unit.name}`);
    });
    for (const stakeholder of [unit.board, unit.med].filter(Boolean)) {
      await as(stakeholder, async (page) => {
        const [task] = await waitForTasks(page, stakeholder, 'Giv høringssvar på udviklingskontrakt');
        const form = await openTask(page, task);
        await fillText(form, 'Høringssvar', `Høringssvar fra ${stakeholder}: vi bakker op om målene for ${unit.name}.`);
        if (unit === UNITS[0] && stakeholder === unit.board) await shotForm(page, `03-hearing-${unit.code}`);
        await complete(page);
        log(`${stakeholder}: hearing comment given`);
      });
    }
    await as(unit.approver, async (page) => {
      const tasks = await waitForTasks(page, unit.approver, 'Godkend udviklingskontrakt');
      const task = await taskOfUnit(page, tasks, unit);
      const form = await openTask(page, task);
      const checklist = form.locator('.fjs-form-field-checklist').filter({ hasText: 'Krav som kontrollen ikke kan vurdere' });
      assert.ok(await checklist.isVisible(), 'the approver must see the requirement to confirm');
      await checklist.getByLabel(CONFIRM_REQUIREMENT, { exact: true }).check();
      await form.getByLabel('Godkend', { exact: true }).check();
      await fillText(form, 'Kommentar', 'Godkendt.');
      if (unit === UNITS[0] || unit.approver === 'jens') await shotForm(page, `03-approval-${unit.code}`);
      await complete(page);
      log(`${unit.approver}: approved the contract of ${unit.name}`);
    });
  }
}

/**
 * The one task among `tasks` that belongs to the unit's contract (business key "YEAR/<unit name>..."), asked as the
 * user may: a task query by business key (a contract holder or chief may not read process instances themselves).
 */
async function taskOfUnit(page, tasks, unit) {
  const ids = new Set(tasks.map((task) => task.id));
  const res = await page.request.get(`${BASE}/camunda/api/engine/engine/default/task`, {
    params: { maxResults: 500, processInstanceBusinessKeyLike: `${YEAR}/${unit.name}%` }
  });
  assert.ok(res.ok(), `task query failed: ${res.status()}`);
  const match = (await res.json()).find((task) => ids.has(task.id));
  if (match) return match;
  throw new Error(`no task of ${unit.name} among ${tasks.length}`);
}

async function draftContract(page, form, unit) {
  const info = await form.locator('.fjs-form-field-text').allInnerTexts();
  assert.ok(info.some((t) => t.includes(CONFIRM_REQUIREMENT)), 'the draft form must list the DUS requirements');
  const rows = listRows(form, 'Udviklingsmål');
  if ((await rows.count()) === 0) await addButtonOf(form, 'Udviklingsmål').click();
  await expectCount(rows, 1);
  await fillGoal(rows.nth(0), {
    track: '1.',
    title: `Bedre eksekvering af Byrådets beslutninger i ${unit.name}`,
    purpose: 'Byrådets beslutninger skal omsættes til konkret praksis i enheden.',
    activities: 'Fælles ledelsesmøder og implementering af ledelsesgrundlaget.',
    effectFollowUp: 'Halvårlig opfølgning i ledelsesteamet og MED.',
    multiYear: true,
    shared: true,
    addresses: ['Udviklingsmål for implementering af ledelsesgrundlaget', 'Styrket tværgående samarbejde']
  });
  const second = await addRow(form, 'Udviklingsmål');
  await fillGoal(second, {
    track: '2.',
    title: 'Lavere sygefravær',
    purpose: 'Et sundt arbejdsmiljø med lavere sygefravær.',
    activities: 'Trivselssamtaler og tidlig dialog ved fravær.',
    effectFollowUp: 'Kvartalsvis opfølgning på fraværsstatistikken.',
    indicator: 'Sygefravær i procent',
    target: 'Under 5 %',
    addresses: ['Lokale mål for sygefravær']
  });
  await fillText(form, 'Vurdering af eget ledelsesspænd', 'Ledelsesspændet er ca. 1:25 og ligger inden for principperne.');
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

/** Waits until every unit's development-contract instance has been started by its job. */
async function waitForContracts(timeout = 120000) {
  const main = await mainInstance();
  const end = Date.now() + timeout;
  let count = 0;
  while (Date.now() < end) {
    count = (await restJson(`/engine-rest/process-instance?processDefinitionKey=development-contract&superProcessInstance=${main.id}`)).length;
    if (count === UNITS.length) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`expected ${UNITS.length} running contract instances, got ${count}`);
}

/** Cockpit: the main instance's diagram and its "Called Process Instances" tab. */
async function cockpitCalledInstances(name) {
  const main = await mainInstance();
  const context = await browser.newContext({ viewport: { width: 1600, height: 1100 }, locale: 'en-US' });
  const page = await context.newPage();
  try {
    await page.goto(`${COCKPIT}default/#/process-instance/${main.id}/runtime?tab=called-process-instances-tab`);
    await logIn(page, 'admin', PASSWORD, log);
    const rows = page.locator('.ctn-content-bottom table tbody tr');
    await expectCount(rows, UNITS.length, 30000); // the running contract instances, one per unit
    // give the tab more room than the diagram's empty space, so every called instance shows
    await page.evaluate(() => {
      const split = '420px';
      document.querySelector('.ctn-content-top').style.height = split;
      document.querySelector('.ctn-content-bottom').style.top = split;
      const handle = document.querySelector('.ctn-content-bottom ~ .resize-handle');
      if (handle) handle.style.top = split;
    });
    await page.waitForTimeout(1500); // the diagram renders its badges
    await shot(page, name);
  } finally {
    await context.close();
  }
}

async function step4PresentGoals() {
  await as('bente', async (page) => {
    const [task] = await waitForTasks(page, 'bente', 'Præsentér udviklingsmål for byrådet');
    const form = await openTask(page, task);
    const overview = (await form.locator('.fjs-form-field-text').allInnerTexts()).join('\n');
    assert.match(overview, new RegExp(`${UNITS.length} godkendte kontrakter`), 'the overview counts the approved contracts');
    await fillDate(form, 'Dato for temamødet', TODAY);
    await fillText(form, 'Byrådets bemærkninger', 'Byrådet ønsker særligt fokus på sygefraværet.');
    await shotForm(page, '04-goal-overview');
    await complete(page);
    log('bente: goals presented to the council');
  });
}

async function step5Dialogues() {
  // Børn og Unge meets per unit type (schools, daycare), Ældre og Handicap as one area, the staff unit alone
  const meetingsPerChief = { henrik: 2, susanne: 1, ole: 1 };
  for (const [chief, count] of Object.entries(meetingsPerChief)) {
    await as(chief, async (page) => {
      const tasks = await waitForTasks(page, chief, 'Planlæg dialogmøde', count, 180000);
      for (const [i, task] of tasks.entries()) {
        const form = await openTask(page, task);
        await fillDate(form, 'Dato for dialogmødet', isoDate(14));
        await fillText(form, 'Sted', 'Rådhuset, mødelokale 1');
        if (chief === 'henrik' && i === 0) await shotForm(page, '05-plan-dialogue');
        await complete(page);
        log(`${chief}: dialogue meeting planned`);
      }
    });
  }
  await as('jens', async (page) => {
    const total = Object.values(meetingsPerChief).reduce((a, b) => a + b, 0);
    const tasks = await waitForTasks(page, 'jens', 'Hold dialogmøde og skriv referat', total);
    for (const task of tasks) {
      const form = await openTask(page, task);
      await fillText(form, 'Referat', 'Drøftet årets mål, samarbejdet på tværs og sygefraværet.');
      const agreements = listOf(form, 'Aftaler pr. enhed');
      const unitFields = fieldsOf(agreements, 'textfield', 'Enhed');
      const n = await unitFields.count();
      assert.ok(n >= 1, 'the minutes form lists the participating units');
      let agreedHere = false;
      for (let i = 0; i < n; i++) {
        const unitName = await unitFields.nth(i).locator('input').inputValue();
        if (unitName === ADJUSTED_UNIT.name) {
          await fieldsOf(agreements, 'checkbox', 'Aftalte justeringer').nth(i).locator('input').check();
          const agreedText = fieldsOf(agreements, 'textarea', 'Hvad blev aftalt');
          await expectCount(agreedText, 1);
          await agreedText.locator('textarea').fill('Målet for sygefravær skærpes til under 4,5 %.');
          agreedHere = true;
        }
      }
      if (agreedHere) await shotForm(page, '05-dialogue-minutes');
      await complete(page);
      log(`jens: dialogue meeting held (${n} unit(s)${agreedHere ? ', adjustment agreed' : ''})`);
    }
  });
  await as(ADJUSTED_UNIT.holder, async (page) => {
    const [task] = await waitForTasks(page, ADJUSTED_UNIT.holder, 'Indarbejd aftalte justeringer');
    const form = await openTask(page, task);
    const info = (await form.locator('.fjs-form-field-text').allInnerTexts()).join('\n');
    assert.match(info, /under 4,5 %/, 'the agreement is shown to the contract holder');
    const rows = listRows(form, 'Udviklingsmål');
    assert.equal(await rows.count(), 2, 'the approved goals are prefilled');
    const target = rows.nth(1).getByLabel('Målværdi', { exact: false });
    assert.equal(await target.inputValue(), 'Under 5 %');
    await target.fill('Under 4,5 %');
    await shotForm(page, '05-adjust-contract');
    await complete(page);
    log(`${ADJUSTED_UNIT.holder}: adjustment applied`);
  });
}

async function step6FollowUp() {
  for (const [index, unit] of UNITS.entries()) {
    await as(unit.holder, async (page) => {
      const [task] = await waitForTasks(page, unit.holder, 'Rapportér status på mål', 1, 180000);
      const form = await openTask(page, task);
      const statuses = listOf(form, 'Status på udviklingsmålene');
      const titles = fieldsOf(statuses, 'textfield', 'Udviklingsmål');
      const n = await titles.count();
      assert.equal(n, 2, 'one row per goal');
      // a goal without a target shows no target, actual value or "Hvad er bedst?" (the direction means
      // nothing without a target; the list has no row containers, so the rows are told apart by title):
      // the sickness goal ("Under 5 %") gets an actual value, the other a colour
      const withTarget = [];
      for (let i = 0; i < n; i++) withTarget.push((await titles.nth(i).locator('input').inputValue()) === 'Lavere sygefravær');
      assert.equal(await fieldsOf(statuses, 'number', 'Målværdi (tal)').count(), 1, 'a target field on the goal with a target only');
      assert.equal(await fieldsOf(statuses, 'select', 'Hvad er bedst?').count(), 1, 'a direction on the goal with a target only');
      // "Under 5 %" in the contract: the form says lower is better before the user does anything
      const direction = (await fieldsOf(statuses, 'select', 'Hvad er bedst?').locator('.fjs-select-display').innerText()).trim();
      assert.equal(direction, 'Lavere er bedre', 'direction prefilled from the contract\'s target');
      for (let i = 0; i < n; i++) {
        if (withTarget[i]) {
          // a Danish user types a decimal comma
          await fillNumber(fieldsOf(statuses, 'number', 'Faktisk værdi (tal)').first().locator('input'), index % 2 === 0 ? '4,2' : '5,4');
        } else {
          await chooseOption(fieldsOf(statuses, 'select', 'Farve').nth(i), index % 3 === 0 ? 'Gul' : 'Grøn');
        }
        await fieldsOf(statuses, 'textarea', 'Dokumenteret virkning').nth(i).locator('textarea')
          .fill('Borgerne oplever færre skift i personalet; målt i den årlige tilfredshedsundersøgelse.');
      }
      if (index === 0) await shotForm(page, `06-follow-up-report-${unit.code}`);
      await complete(page);
      log(`${unit.holder}: goal status reported for ${unit.name}`);
    });
  }
  for (const area of AREAS) {
    const count = UNITS.filter((u) => u.area === area.code).length;
    await as(area.chief, async (page) => {
      const tasks = await waitForTasks(page, area.chief, 'Gennemgå målstatus', count);
      for (const [i, task] of tasks.entries()) {
        const form = await openTask(page, task);
        await form.getByLabel('Godkend målstatus', { exact: true }).check();
        if (area === AREAS[0] && i === 0) await shotForm(page, '06-follow-up-review');
        await complete(page);
        log(`${area.chief}: goal status reviewed`);
      }
    });
  }
}

async function step7YearEnd() {
  await as('jens', async (page) => {
    const [task] = await waitForTasks(page, 'jens', 'Behandl årsrapport', 1, 180000);
    const form = await openTask(page, task);
    const report = (await form.locator('.fjs-form-field-text').allInnerTexts()).join('\n');
    for (const unit of UNITS) assert.ok(report.includes(unit.name), `the year-end report mentions ${unit.name}`);
    await fillText(form, 'Direktionens konklusion', 'Spor 2 fortsætter næste år; sygefraværet skal fortsat ned.');
    await shotForm(page, '07-year-end-report');
    await complete(page);
    log('jens: year-end report considered');
  });
}

async function step8Check() {
  const end = Date.now() + 60000;
  let main = await mainInstance();
  while (main.state !== 'COMPLETED' && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 1000));
    main = await mainInstance();
  }
  log(`main instance ${main.id}: ${main.state}`);
  assert.equal(main.state, 'COMPLETED');
  const all = await restJson('/engine-rest/history/process-instance?processDefinitionKey=skanderborg-annual-cycle');
  log('history:', JSON.stringify(all.map((i) => ({ businessKey: i.businessKey, state: i.state }))));
  const running = await restJson(`/engine-rest/process-instance?businessKeyLike=${encodeURIComponent(`${YEAR}/%`)}`);
  assert.equal(running.length, 0, `instances of ${YEAR} still running: ${running.map((i) => i.businessKey).join(', ')}`);
  // every block of the year ran and completed: the called instances, and the instances they called
  const expected = { 'theme-meeting': 1, 'directorate-tracks': 1, 'development-contract': UNITS.length,
    'contract-dialogue': 4, 'follow-up': UNITS.length };
  const done = await restJson(`/engine-rest/history/process-instance?processInstanceBusinessKeyLike=${encodeURIComponent(`${YEAR}/%`)}`);
  for (const [key, count] of Object.entries(expected)) {
    const instances = done.filter((i) => i.processDefinitionKey === key);
    assert.equal(instances.length, count, `${count} ${key} instance(s) expected`);
    assert.ok(instances.every((i) => i.state === 'COMPLETED'), `every ${key} instance COMPLETED`);
    log(`  ${key}: ${instances.length} COMPLETED`);
  }
}

const STEPS = [step0StartYear, step1ThemeMeeting, step2Dus, step3Contracts, step4PresentGoals, step5Dialogues,
  step6FollowUp, step7YearEnd, step8Check];

let failed = false;
try {
  for (let i = FROM_STEP; i <= Math.min(TO_STEP, STEPS.length - 1); i++) {
    log(`=== step ${i}: ${STEPS[i].name}`);
    await STEPS[i]();
  }
  log(`OK: the year ${YEAR} went through Tasklist in ${((Date.now() - STARTED) / 1000).toFixed(0)} s`);
} catch (err) {
  failed = true;
  console.error('FAILED:', err);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
