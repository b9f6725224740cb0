// End-to-end test of Viborg's governance model (Sammenhængsmodellen) in Camunda Tasklist: the FIRST YEAR of the
// election term 2026–2029, from the political workshop to the published baseline on the Sammenhængsbarometer,
// the committees' priorities, a joint committee meeting and a SamLab.
//
// Usage: node tasklist-viborg-term.mjs [BASE_URL]   (default http://localhost:8080)
//
// Needs a fresh database with the Viborg demo (AARSHJUL_GOVERNANCE_MODEL=viborg, the previous term 2022–2025
// seeded, no term 2026–2029 yet) and the job executor on. The date must be in 2026 after the meeting dates used
// below and before 15 September 2027 (the survey timer of the term's second year must still wait). Uses the
// Debian Chromium (/usr/bin/chromium, override with CHROMIUM_PATH); playwright-core never downloads a browser.
// Screenshots go to /tmp/e2e-viborg/shots (override with SHOTS_DIR).
//
// Environment:
//   FROM_STEP=n / TO_STEP=n   run only steps n..m (0-8) of a term already started (for debugging a step)
//   LOCALE=da-DK              the browser's locale (dates are typed in its format)
//   REST_USER=admin           the user whose basic auth the engine-rest CHECKS use
//
// Every task is done the way a user does it: log in, open the "Min gruppes opgaver" filter, click the task,
// "Tag opgaven" (Claim), fill the form, "Fuldfør" (Complete; never Save). engine-rest (basic auth) is used only for
// CHECKS (instances, business keys, which tasks and timers exist, who a task's candidate group is), never to
// complete a task. Steps (demo logins, password "demo"):
//   0 mette (byrådssekretariatet) starts "Årshjul – Viborgs Sammenhængsmodel" from "Start proces": first year 2027
//     is refused in Danish, 2026 starts the term "2026–2029/Viborg"
//   1 political workshop: mette registers theme meeting 1 (its text shows the status of the 2022–2025 goals; the
//     form opens with one empty theme row holding one empty goal row) with Viborg's five themes, each with its goals
//     typed inside its own row (the "Tilføj" of the theme list for a theme, of the theme's own "Målsætninger under
//     temaet" for a goal): nine goals, and a tenth under theme 1 without its wording, which is refused (form-js'
//     "Feltet skal udfyldes."; typed as spaces, the server's "Tema 1: målsætning 3: 'Målsætning' skal udfyldes.")
//     with nothing typed lost, then worded; "Byrådet holder et temamøde mere". Meeting 2 lists meeting 1's changes
//     and each theme row is prefilled with its own goals; the tenth goal is removed, one goal is reworded in its row
//     and one added under theme 5; ready for adoption
//   2 adoption: "sendt tilbage" without a comment is refused, with a comment it goes back to the workshop; meeting 3
//     shows the comment and meeting 2's changes (the reworded goal as "Målsætning omformuleret: … → …") and is
//     ready; the council adopts the model, repealing two policies
//   3 nanna (analyse) defines the measurement: one row per goal, survey or register data, targets typed the Danish
//     way ("7,5" and "100.000" are kept as typed), baseline year 2026, two coherence statements
//   4 imports: nanna pastes a wrong baseline survey (Danish per-line messages, nothing stored), then a good one;
//     nanna may not take (claim) the review of her own import (Danish refusal; the task stays free); kasper publishes. nanna imports register data 2026, kasper publishes.
//     /barometer/2026-2029 was not public before and shows the five themes and a baseline sentence after
//   5 each committee's secretary registers the committee's priorities (Børne- og Ungdomsudvalget and Social- og
//     Sundhedsudvalget choose the same goal, so a joint meeting is planned)
//   6 the host committee's secretary holds the joint meeting (two proposed initiatives); anders (direktion) starts
//     one and not the other
//   7 anders starts "SamLab – Sammenhængslaboratorium" and composes it (9 participants refused, then 5 leaders + 2
//     staff); it waits at the six-week timer
//   8 the term waits at "Timer_SurveyHeld" (next year's survey) and none of its tasks is open
//
// Checks of what a user sees (no English form-js texts, the info texts, required-field messages, Danish dates) are
// recorded; a failing check or step makes the exit code 1. Findings (what a user would trip over, without failing
// the run) are printed too. A summary is printed at the end.
//
// Run it on a fresh database, e.g.
//   mkdir -p /tmp/e2e-viborg && cd /tmp/e2e-viborg && rm -rf data && AARSHJUL_GOVERNANCE_MODEL=viborg \
//     AARSHJUL_BAROMETER_MUNICIPALITY="Viborg Kommune" java -jar .../aarshjul-*.jar --server.port=8097
//   cd e2e && npm ci && node tasklist-viborg-term.mjs http://localhost:8097
import { createRun } from './tasklist-helpers.mjs';
import assert from 'node:assert/strict';

const BASE = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const SHOTS = process.env.SHOTS_DIR || '/tmp/e2e-viborg/shots';
const LOCALE = process.env.LOCALE || 'da-DK';
const REST_USER = process.env.REST_USER || 'admin';

const FIRST_YEAR = 2026;
const TERM = '2026–2029'; // en dash, as the business keys
const TERM_KEY = `${TERM}/Viborg`;
const SLUG = '2026-2029';
const PREVIOUS_TERM = '2022–2025';

const run = await createRun({ base: BASE, shots: SHOTS, locale: LOCALE, restUser: REST_USER });
const {
  log, check, observe, done, shot, shotForm, checkDanish, as, waitForTasks, openTask, blur, closeNotifications,
  complete, completeRefused, infoText, chooseOption, fillDateInDialog, fillDate, fillText, expectCount,
  listByLabel, listRows, fieldsOf, addRow, restJson, waitFor, notifications
} = run;

// ---------------------------------------------------------------------------------------------
// The Viborg demo (README "Viborgs demokommune") and what the council decides
// ---------------------------------------------------------------------------------------------

const THEMES = [
  { title: 'Bæredygtighed', description: 'Klima, natur og ressourcer for de næste generationer' },
  { title: 'Vækst og socialt ansvar', description: 'Flere i job og en kommune i vækst' },
  { title: 'Sundhed', description: 'Et godt og langt liv' },
  { title: 'Læring og uddannelse', description: 'Alle børn og unge lærer mere' },
  { title: 'Oplevelser og fællesskaber', description: 'Kultur, foreninger og fællesskaber' }
];

const SURVEY_QUESTIONS = {
  lonely: 'Hvor ofte føler du dig ensom?',
  exercise: 'Hvor ofte dyrker du motion?',
  club: 'Er du aktiv i en forening?'
};

// Meeting 1's goals under their theme (1-5, the row of THEMES they are typed in) with their "Uddybning" if any;
// "source" is how the data team measures them (step 3), "target" is typed as a Dane writes it
const GOALS = [
  { theme: 1, title: 'Lavere CO2-udledning pr. indbygger', description: 'Fra 9 ton i 2026 til 7,5 ton pr. indbygger i 2029', source: 'Registerdata', code: 'CO2 pr. indbygger', label: 'Ton CO2 pr. indbygger', unit: 'Tal', target: '7,5', direction: 'Lavere er bedre', baseline: '9,0' },
  { theme: 1, title: 'Mere affald genanvendes', source: 'Registerdata', code: 'Genanvendelsesprocent', label: 'Andel af husholdningsaffaldet, der genanvendes', unit: 'Procent', target: '60', direction: 'Højere er bedre', baseline: '51,2' },
  { theme: 2, title: 'Flere indbyggere', source: 'Registerdata', code: 'Indbyggertal', label: 'Antal indbyggere', unit: 'Antal', target: '100.000', direction: 'Højere er bedre', baseline: '97.512' },
  { theme: 2, title: 'Flere i job', source: 'Registerdata', code: 'Beskæftigelsesfrekvens', label: 'Andel af de 16-66-årige i job', unit: 'Procent', target: '78', direction: 'Højere er bedre', baseline: '75,3' },
  { theme: 3, title: 'Færre borgere føler sig ensomme', source: 'Borgermåling', code: SURVEY_QUESTIONS.lonely, counted: 'Ofte', label: 'Andel af borgerne, der ofte føler sig ensomme', unit: 'Procent', target: '6', direction: 'Lavere er bedre' },
  { theme: 3, title: 'Flere borgere er fysisk aktive', source: 'Borgermåling', code: SURVEY_QUESTIONS.exercise, counted: 'Dagligt; Ugentligt', label: 'Andel, der dyrker motion mindst ugentligt', unit: 'Procent', target: '70', direction: 'Højere er bedre' },
  { theme: 4, title: 'Flere unge får en uddannelse', source: 'Registerdata', code: 'Ungdomsuddannelse 25 år', label: 'Andel af de 25-årige med en ungdomsuddannelse', unit: 'Procent', target: '90', direction: 'Højere er bedre', baseline: '86,4' },
  { theme: 4, title: 'Børn trives i skolen', source: 'Registerdata', code: 'Elevtrivsel', label: 'Gennemsnitlig trivsel i den nationale trivselsmåling (1-5)', unit: 'Tal', target: '4,0', direction: 'Højere er bedre', baseline: '3,8' },
  { theme: 5, title: 'Flere borgere er aktive i foreningslivet', source: 'Borgermåling', code: SURVEY_QUESTIONS.club, counted: 'Ja', label: 'Andel, der er aktive i en forening', unit: 'Procent', target: '55', direction: 'Højere er bedre' }
];
// Meeting 2: goal 4 is reworded, a goal is added under theme 5
const REWORDED = { index: 3, title: 'Flere borgere i job' };
const ADDED = { theme: 5, title: 'Flere besøg på bibliotekerne', source: 'Registerdata', code: 'Biblioteksbesøg', label: 'Antal besøg på Viborg Bibliotekerne', unit: 'Antal', target: '1.200.000', direction: 'Højere er bedre', baseline: '1.104.300' };
// a tenth goal, typed under theme 1 in meeting 1 with its wording first left empty (refused); removed in meeting 2
const EXTRA_GOAL = { theme: 1, title: 'Flere grønne arealer i byerne', description: 'Parker og træer i Viborg, Bjerringbro og Karup' };
const FINAL_GOALS = [...GOALS.map((g, i) => (i === REWORDED.index ? { ...g, title: REWORDED.title } : g)), ADDED];

const STATEMENTS = [
  { question: 'Mine sager hænger sammen, selv om flere afdelinger er involveret', counted: 'Helt enig; Enig', label: 'Andel, der oplever, at deres sager hænger sammen' },
  { question: 'Jeg ved, hvem jeg skal kontakte i kommunen', counted: 'Helt enig; Enig', label: 'Andel, der ved, hvem de skal kontakte' }
];

const SEND_BACK_COMMENT = 'Byrådet ønsker, at målsætningen om job også nævner borgerne på kanten af arbejdsmarkedet.';
const REPEALED = ['Sundhedspolitik 2019–2022', 'Erhvervs- og vækststrategi 2020'];

// The committees' secretaries (README); BUU and SSU prioritise the same goal, so they meet about it
const LONELY = 'Færre borgere føler sig ensomme';
const COMMITTEES = [
  { code: 'boerne-og-ungdomsudvalget', name: 'Børne- og Ungdomsudvalget', secretary: 'camilla', goals: [LONELY, 'Børn trives i skolen'] },
  { code: 'social-og-sundhedsudvalget', name: 'Social- og Sundhedsudvalget', secretary: 'louise', goals: [LONELY, 'Flere borgere er fysisk aktive'] },
  { code: 'beskaeftigelsesudvalget', name: 'Beskæftigelsesudvalget', secretary: 'sara', goals: [REWORDED.title] },
  { code: 'kultur-og-fritidsudvalget', name: 'Kultur- og Fritidsudvalget', secretary: 'mikkel', goals: ['Flere besøg på bibliotekerne'] },
  { code: 'oekonomiudvalget', name: 'Økonomiudvalget', secretary: 'pernille', goals: ['Flere indbyggere'] }
];
const SECRETARY_OF_GROUP = Object.fromEntries(COMMITTEES.map((c) => [`udvalgssekretariat-${c.code}`, c]));

const PROPOSALS = [
  { title: 'Besøgsvenner fra skolerne på plejecentrene', description: 'Elever fra udskolingen besøger beboere på plejecentrene en gang om ugen.', decision: 'Igangsæt initiativet' },
  { title: 'Kampagne mod ensomhed', description: 'Plakater og annoncer om, hvor man kan søge fællesskab.', decision: 'Igangsæt ikke', comment: 'Kampagner alene har ikke virket før.' }
];

const SAMLAB = {
  problem: 'Overgange for udsatte unge til voksen',
  description: 'Unge med en sag i Børn og Unge oplever et brud, når de fylder 18 og skal videre i Job og Velfærd.',
  startsOn: '2027-01-11', // in the future: the six-week timer waits
  endsOn: '2027-02-22',
  leaders: ['Vestervangskolen', 'Dagplejen Viborg', 'Jobcenter Viborg', 'Pleje- og Omsorgscenter Liselund', 'Borgerservice Viborg'],
  extraLeaders: ['Viborg Bibliotekerne', 'Hald Ege Skole'],
  lead: 'Jobcenter Viborg',
  staff: ['Sofie Dahl, socialrådgiver, Børn og Unge', 'Ahmed Yilmaz, jobkonsulent, Jobcenter Viborg']
};

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
const DANISH_DATE = new RegExp(`\\b\\d{1,2}\\. (${MONTHS}) \\d{4}\\b`);
const ENGLISH_DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/;

// ---------------------------------------------------------------------------------------------
// Helpers for this model's forms
// ---------------------------------------------------------------------------------------------

const THEMES_LIST = 'Temaer og deres målsætninger';
const THEME_GOALS_LIST = 'Målsætninger under temaet'; // the list nested in each theme row

async function termInstance() {
  const list = await restJson(`/engine-rest/process-instance?processDefinitionKey=viborg-term&businessKey=${encodeURIComponent(TERM_KEY)}`);
  return list[0];
}

/** The term's open tasks (and of the instances it called: imports, joint meetings) through engine-rest. */
async function openTermTasks() {
  return restJson(`/engine-rest/task?processInstanceBusinessKeyLike=${encodeURIComponent(`${TERM}/%`)}`);
}

async function candidateGroups(taskId) {
  return (await restJson(`/engine-rest/task/${taskId}/identity-links`)).filter((l) => l.type === 'candidate').map((l) => l.groupId);
}

// The workshop form's nested lists: the theme list's rows each hold a "Målsætninger under temaet" list of their own
// (with its own rows and "Tilføj" button), so a list's OWN rows and button are its direct children.

/** A dynamic list's own rows (not those of a list nested in them). */
function ownRows(list) {
  return list.locator(':scope > .fjs-children > .fjs-repeat-row-container');
}

/** A dynamic list's own "Tilføj" button (below its rows; a nested list has one of its own). */
function ownAddButton(list) {
  return list.locator(':scope > .fjs-repeat-render-footer .fjs-repeat-render-add');
}

/** Clicks the list's own "Tilføj" and returns the new row. */
async function addOwnRow(list) {
  const rows = ownRows(list);
  const before = await rows.count();
  await ownAddButton(list).click();
  await expectCount(rows, before + 1);
  return rows.nth(before);
}

/** A row's own remove button (×). */
function ownRemoveButton(row) {
  return row.locator(':scope > .fjs-repeat-row-remove');
}

/** The input of a field (by its form id, e.g. "Field_GoalTitle") in a row: form-js ends its id with the row's indexes. */
function inputOf(row, fieldId) {
  return row.locator(`input[id*="-${fieldId}_"]`).first();
}

function themeList(form) {
  return listByLabel(form, THEMES_LIST);
}

function themeRows(form) {
  return ownRows(themeList(form));
}

/** The goal list nested in a theme row. */
function goalList(themeRow) {
  return themeRow.locator('.fjs-form-field-dynamiclist').filter({ hasText: THEME_GOALS_LIST }).first();
}

function goalRows(themeRow) {
  return ownRows(goalList(themeRow));
}

/** The themes as the form shows them, each with the goals in its own row: [{ title, description, goals: [{ title, description }] }]. */
async function workshopValues(form) {
  const themes = [];
  const rows = themeRows(form);
  for (let t = 0; t < (await rows.count()); t++) {
    const row = rows.nth(t);
    const goals = [];
    const goalRowsOfTheme = goalRows(row);
    for (let g = 0; g < (await goalRowsOfTheme.count()); g++) {
      const goalRow = goalRowsOfTheme.nth(g);
      goals.push({ title: await inputOf(goalRow, 'Field_GoalTitle').inputValue(), description: await inputOf(goalRow, 'Field_GoalDescription').inputValue() });
    }
    themes.push({ title: await inputOf(row, 'Field_ThemeTitle').inputValue(), description: await inputOf(row, 'Field_ThemeDescription').inputValue(), goals });
  }
  return themes;
}

/** Short text of workshopValues for a check's detail: "Tema [goal; goal] | …". */
function describeThemes(themes) {
  return themes.map((t) => `${t.title} [${t.goals.map((g) => g.title).join('; ')}]`).join(' | ');
}

/** What the form should hold: THEMES with the goals (of GOALS-like lists) of each theme in its row. */
function themesWithGoals(goals) {
  return THEMES.map((theme, i) => ({
    title: theme.title,
    description: theme.description,
    goals: goals.filter((g) => g.theme === i + 1).map((g) => ({ title: g.title, description: g.description || '' }))
  }));
}

/** Types the goal's wording and its "Uddybning" (if any); an empty wording is not touched (the user skips it). */
async function fillGoalRow(row, goal) {
  if (goal.title) await inputOf(row, 'Field_GoalTitle').fill(goal.title);
  if (goal.description) await inputOf(row, 'Field_GoalDescription').fill(goal.description);
}

/**
 * Fills each theme in a row of its own and its goals inside that row, as a user does: the first theme and goal
 * rows are there already, further themes come from the theme list's "Tilføj", further goals from the "Tilføj" of
 * the theme's own goal list (a new theme row brings one empty goal row).
 */
async function fillThemesWithGoals(form, themes) {
  const list = themeList(form);
  for (const [t, theme] of themes.entries()) {
    const row = t < (await ownRows(list).count()) ? ownRows(list).nth(t) : await addOwnRow(list);
    await inputOf(row, 'Field_ThemeTitle').fill(theme.title);
    await inputOf(row, 'Field_ThemeDescription').fill(theme.description);
    const goals = goalList(row);
    for (const [g, goal] of theme.goals.entries()) {
      await fillGoalRow(g < (await ownRows(goals).count()) ? ownRows(goals).nth(g) : await addOwnRow(goals), goal);
    }
  }
}

/**
 * Screenshot of one element (a list, a notification) at full resolution: the viewport is made as tall as the task
 * form first (Tasklist scrolls the form inside its own pane, see shotForm), so the element is laid out in view.
 */
async function shotElement(locator, name) {
  const file = `${SHOTS}/${name}.png`;
  const page = locator.page();
  const original = page.viewportSize();
  try {
    const extra = await page.locator('.task-details .fjs-form').evaluate((form) => {
      let most = 0;
      for (let el = form.parentElement; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (/(auto|scroll)/.test(style.overflowY)) most = Math.max(most, el.scrollHeight - el.clientHeight);
      }
      return most;
    }).catch(() => 0);
    await page.setViewportSize({ width: original.width, height: Math.min(original.height + extra + 50, 16000) });
    await page.waitForTimeout(300);
    await locator.screenshot({ path: file, timeout: 5000 });
    log('  screenshot', file);
  } catch (err) {
    log(`  no screenshot ${name}: ${err.message.split('\n')[0]}`);
  } finally {
    await page.setViewportSize(original);
  }
  return file;
}

/** The input of row i's field in a dynamic list without add/remove (its id ends with "-<fieldId>_<i>"). */
function byId(scope, fieldId, i) {
  return scope.locator(`[id$="-${fieldId}_${i}"]`).first();
}

/** The field (of a form-js type) of row i in a dynamic list without add/remove. */
function fieldById(scope, type, fieldId, i) {
  return scope.locator(`.fjs-form-field-${type}`).filter({ has: scope.page().locator(`[id$="-${fieldId}_${i}"]`) }).first();
}

/** The form's field-level error texts (form-js' own validation). */
async function fieldErrors(scope) {
  return (await scope.locator('.fjs-form-field-error').allInnerTexts().catch(() => [])).map((t) => t.trim()).filter(Boolean);
}

/** Records whether the text shows dates the Danish way ("7. december 2026") and no English or ISO dates. */
function checkDates(what, text, expectDate = true) {
  const danish = text.match(DANISH_DATE);
  const english = text.match(ENGLISH_DATE);
  check(`${what}: dates written the Danish way${expectDate ? ` (e.g. "${danish ? danish[0] : '?'}")` : ''}`,
    (!expectDate || danish) && !english, english ? `found "${english[0]}"` : danish ? undefined : 'no date found');
}

/** The Tasklist task header's dates (created/due) as the user sees them. */
async function taskHeaderText(page) {
  return (await page.locator('.task-details').first().innerText().catch(() => '')).split('\n').slice(0, 12).join(' / ');
}

async function fetchText(url) {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
}

function plain(html) {
  return html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ')
    .replace(/&shy;|\u00AD/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// The term, step by step
// ---------------------------------------------------------------------------------------------

async function step0StartTerm() {
  const existing = await restJson(`/engine-rest/history/process-instance?processDefinitionKey=viborg-term`);
  assert.equal(existing.length, 0, 'a Viborg term is already started: use a fresh database');
  await as('mette', async (page) => {
    await page.getByRole('link', { name: 'Start proces' }).click();
    const modal = page.locator('.modal-dialog');
    await modal.getByText('Årshjul – Viborgs Sammenhængsmodel', { exact: true }).waitFor();
    const startable = (await modal.locator('.modal-body').innerText().catch(() => '')).replace(/\s+/g, ' ');
    log(`  startable for mette: ${startable.substring(0, 300)}`);
    observe('Start proces: mette sees only Viborg\'s processes', !/budgetvedtagelse/i.test(startable),
      `the list also offers "Registrér budgetvedtagelse" (Hvidovre's budget process): ${startable.substring(0, 200)}`);
    await modal.getByText('Årshjul – Viborgs Sammenhængsmodel', { exact: true }).click();
    const form = modal.locator('.fjs-form');
    await form.waitFor();
    const intro = (await form.locator('.fjs-form-field-text').allInnerTexts()).join(' ');
    check('start form: the introduction explains the model', /politisk værksted/.test(intro) && /Sammenhængsbarometeret/.test(intro), intro.substring(0, 200));
    const year = modal.getByLabel('Valgperiodens første år');
    // a required field typed into and cleared shows form-js' Danish message
    await year.fill('2026');
    await year.fill('');
    await blur(page);
    const emptyErrors = await fieldErrors(form);
    check('start form: an empty "Valgperiodens første år" shows "Feltet skal udfyldes."', emptyErrors.some((e) => /Feltet skal udfyldes/.test(e)), emptyErrors.join(' | '));
    await year.fill('2027');
    await blur(page);
    await modal.getByRole('button', { name: 'Start', exact: true }).click();
    let notes = [];
    await waitFor('the refusal of 2027', async () => {
      notes = await notifications(page);
      return notes.length > 0 || !(await modal.isVisible().catch(() => false));
    }, 15000).catch(() => {});
    await shot(page, '00-start-term-2027-refused');
    check('start: first year 2027 is refused with a Danish message',
      notes.some((t) => /valgperiode begynder 1\. januar efter et kommunalvalg/i.test(t)) && (await modal.isVisible()), notes.join(' | '));
    check('start: the year typed is kept after the refusal', (await year.inputValue()) === '2027', `"${await year.inputValue()}"`);
    await closeNotifications(page);
    await year.fill(String(FIRST_YEAR));
    await blur(page);
    await shot(page, '00-start-term');
    await checkDanish(form, 'start form');
    await modal.getByRole('button', { name: 'Start', exact: true }).click();
    await modal.waitFor({ state: 'detached', timeout: 30000 });
  });
  const term = await waitFor('the term instance', termInstance, 30000).catch(() => null);
  const all = await restJson('/engine-rest/process-instance?processDefinitionKey=viborg-term');
  check(`term instance "${TERM_KEY}"`, !!term && all.length === 1, all.map((i) => i.businessKey).join(', '));
  done(0, 'mette', `started the term ${TERM} (2027 refused first)`);
}

async function workshopTask(page) {
  const [task] = await waitForTasks(page, 'mette', 'Registrér temamødet i det politiske værksted', 1, `${TERM}/%`);
  return task;
}

async function step1Workshop() {
  await as('mette', async (page) => {
    // --- theme meeting 1
    const form = await openTask(page, await workshopTask(page));
    const info = await infoText(form);
    check('meeting 1: the text says it is theme meeting 1 and the administration only keeps the record',
      /temamøde 1 i valgperioden 2026–2029/.test(info) && /forvaltningen udarbejder ikke oplæg/.test(info), info.substring(0, 200).replace(/\n/g, ' / '));
    check(`meeting 1: the status of the ${PREVIOUS_TERM} goals is shown`,
      info.includes(`Status for målsætningerne i ${PREVIOUS_TERM}`) && /Bæredygtighed/.test(info) && /(nået målet|tæt på målet|langt fra målet)/i.test(info),
      info.substring(0, 600).replace(/\n/g, ' / '));
    check('meeting 1: the previous term\'s status names reached, close and far goals',
      /Målet er nået/.test(info) && /Tæt på målet/.test(info) && /Langt fra målet/.test(info));
    const header = await taskHeaderText(page);
    log(`  task header: ${header}`);
    checkDates('workshop task header', header, false);
    await shotForm(page, '01-workshop-meeting-1-empty');
    const startValues = await workshopValues(form);
    log(`  rows at the start: ${describeThemes(startValues)}`);
    check('meeting 1: the theme list starts with one empty theme row holding one empty goal row to type in',
      startValues.length === 1 && startValues[0].title === '' && startValues[0].goals.length === 1 && startValues[0].goals[0].title === '',
      JSON.stringify(startValues));

    await fillDate(form, 'Mødedato', `${FIRST_YEAR}-02-05`);
    await fillText(form, 'Hvad drøftede byrådet?', 'Byrådet drøftede status for 2022–2025 og formulerede fem temaer med borgmesteren som facilitator.');
    await fillThemesWithGoals(form, themesWithGoals(GOALS));
    // one more goal under theme 1 (the "Tilføj" of theme 1's own goal list) with its "Uddybning" but no wording yet
    const wordless = await addOwnRow(goalList(themeRows(form).nth(0)));
    await fillGoalRow(wordless, { ...EXTRA_GOAL, title: '' });
    await blur(page);
    await form.getByLabel('Byrådet holder et temamøde mere', { exact: true }).check();
    const filled = await workshopValues(form);
    const expected1 = themesWithGoals([...GOALS, { ...EXTRA_GOAL, title: '' }]);
    const listsInside = await themeRows(form).evaluateAll((rows) => rows.every((row) => {
      const list = row.querySelector('.fjs-form-field-dynamiclist');
      if (!list) return false;
      const r = row.getBoundingClientRect();
      const l = list.getBoundingClientRect();
      return l.top >= r.top && l.bottom <= r.bottom && l.left >= r.left && l.right <= r.right;
    }));
    const numberFields = await form.locator('.fjs-form-field-number').count();
    check('meeting 1: each theme\'s goals are entered inside its own theme row (no "Tema nr." to count)',
      JSON.stringify(filled) === JSON.stringify(expected1) && listsInside && numberFields === 0,
      `${describeThemes(filled)}; goal lists inside their theme rows: ${listsInside}; number fields: ${numberFields}`);
    await shotForm(page, '01-workshop-meeting-1-filled');
    await checkDanish(form, 'workshop form');

    // the goal without its wording: form-js refuses it in the browser ("Feltet skal udfyldes." under the field)
    const dateBefore = await form.locator('.fjs-form-field-datetime input').first().inputValue();
    const refusedEmpty = await completeRefused(page);
    const emptyErrors = await fieldErrors(wordless);
    await shotForm(page, '01-workshop-goal-without-wording-refused');
    await shotElement(goalList(themeRows(form).nth(0)), '01-workshop-theme-1-goals-refused');
    await shotElement(page.locator('.page-notifications, .notifications').first(), '01-workshop-goal-without-wording-notification');
    await closeNotifications(page);
    check('meeting 1: a goal left without its wording is refused ("Feltet skal udfyldes." under its "Målsætning")',
      (refusedEmpty.disabled || refusedEmpty.stillOpen) && emptyErrors.some((e) => /Feltet skal udfyldes/.test(e)),
      `${JSON.stringify(refusedEmpty)}; field errors of the goal: ${emptyErrors.join(' | ')}`);
    if (!refusedEmpty.disabled) {
      observe('meeting 1: the notification of the refused goal says what is missing', refusedEmpty.notes.some((t) => /Målsætning|skal udfyldes/.test(t)),
        `Tasklist only says "${refusedEmpty.notes[0] || ''}"; the red field is further down the long form`);
    }
    const afterEmpty = await workshopValues(form);
    // a wording of only spaces passes form-js (the field is not empty) and is refused by the server, in Danish
    await inputOf(wordless, 'Field_GoalTitle').fill('   ');
    await blur(page);
    const beforeBlank = await workshopValues(form);
    const refused = await completeRefused(page);
    await shotForm(page, '01-workshop-goal-blank-wording-refused');
    await shotElement(page.locator('.page-notifications, .notifications').first(), '01-workshop-goal-blank-wording-notification');
    await closeNotifications(page);
    check('meeting 1: a goal whose wording is only spaces is refused in Danish ("Tema 1: målsætning 3: \'Målsætning\' skal udfyldes.")',
      !refused.disabled && refused.stillOpen && refused.notes.some((t) => /Tema 1: målsætning 3: 'Målsætning' skal udfyldes\./.test(t)),
      JSON.stringify(refused));
    const afterBlank = await workshopValues(form);
    check('meeting 1: nothing typed is lost after the refusals (themes, goals and their "Uddybning", date, notes)',
      JSON.stringify(afterEmpty) === JSON.stringify(expected1) && JSON.stringify(afterBlank) === JSON.stringify(beforeBlank)
        && (await form.locator('.fjs-form-field-datetime input').first().inputValue()) === dateBefore && dateBefore !== ''
        && (await form.getByLabel('Hvad drøftede byrådet?').inputValue()).startsWith('Byrådet drøftede'),
      `after the empty wording: ${describeThemes(afterEmpty)}; after the blank one: ${describeThemes(afterBlank)}; date "${dateBefore}"`);
    const stillChecked = await form.getByLabel('Byrådet holder et temamøde mere', { exact: true }).isChecked();
    check('meeting 1: the choice "Byrådet holder et temamøde mere" is kept after the refusal', stillChecked);
    // the goal gets its wording
    await inputOf(wordless, 'Field_GoalTitle').fill(EXTRA_GOAL.title);
    await blur(page);
    await complete(page);
    done(1, 'mette', `theme meeting 1 registered: ${THEMES.length} themes, ${GOALS.length + 1} goals in their themes; another meeting (a goal without its wording refused first)`);

    // --- theme meeting 2
    const form2 = await openTask(page, await workshopTask(page));
    const info2 = await infoText(form2);
    check('meeting 2: the text says theme meeting 2', /temamøde 2 i valgperioden/.test(info2), info2.substring(0, 120));
    const changeItems = await form2.locator('.fjs-form-field-text li').allInnerTexts();
    check('meeting 2: meeting 1\'s changes are a list, one change a line', changeItems.includes('Tema tilføjet: Bæredygtighed') && changeItems.includes(`Målsætning tilføjet: ${GOALS[0].title}`),
      changeItems.slice(0, 4).join(' | '));
    check('meeting 2: the text lists meeting 1 with its date and changes',
      /Temamøde 1 \(5\. februar 2026\):/.test(info2) && info2.includes('Tema tilføjet: Bæredygtighed') && info2.includes(`Målsætning tilføjet: ${GOALS[0].title}`),
      info2.substring(0, 700).replace(/\n/g, ' / '));
    checkDates('meeting 2 text', info2);
    check('meeting 2: the previous term\'s status is not repeated', !info2.includes(`Status for målsætningerne i ${PREVIOUS_TERM}`));
    const values2 = await workshopValues(form2);
    const expected2 = themesWithGoals([...GOALS, EXTRA_GOAL]);
    check('meeting 2: the five themes are prefilled', JSON.stringify(values2.map((t) => t.title)) === JSON.stringify(THEMES.map((t) => t.title)), values2.map((t) => t.title).join(', '));
    check('meeting 2: the themes\' descriptions are prefilled',
      JSON.stringify(values2.map((t) => t.description)) === JSON.stringify(THEMES.map((t) => t.description)), values2.map((t) => t.description).join(' | '));
    check(`meeting 2: each theme row is prefilled with its own goals (${GOALS.length + 1} in all, with their "Uddybning")`,
      JSON.stringify(values2.map((t) => t.goals)) === JSON.stringify(expected2.map((t) => t.goals)), describeThemes(values2));
    await shotForm(page, '01-workshop-meeting-2-prefilled');
    await shotElement(form2.locator('.fjs-form-field-text').first(), '01-workshop-meeting-2-text');
    // the goal typed last under theme 1 in meeting 1 is removed again, goal 4 reworded in its row, one goal added
    const theme1Goals = goalRows(themeRows(form2).nth(0));
    const before = await theme1Goals.count();
    const extraRow = values2[0].goals.findIndex((g) => g.title === EXTRA_GOAL.title);
    await ownRemoveButton(theme1Goals.nth(extraRow)).click();
    await expectCount(theme1Goals, before - 1);
    const afterRemoval = await workshopValues(form2);
    check('meeting 2: the remove button removed the right goal (and only it)',
      JSON.stringify(afterRemoval) === JSON.stringify(themesWithGoals(GOALS)), describeThemes(afterRemoval));
    const reworded = GOALS[REWORDED.index];
    const rewordTheme = themeRows(form2).nth(reworded.theme - 1);
    const rewordRow = afterRemoval[reworded.theme - 1].goals.findIndex((g) => g.title === reworded.title);
    await inputOf(goalRows(rewordTheme).nth(rewordRow), 'Field_GoalTitle').fill(REWORDED.title);
    await fillGoalRow(await addOwnRow(goalList(themeRows(form2).nth(ADDED.theme - 1))), ADDED);
    await fillDate(form2, 'Mødedato', `${FIRST_YEAR}-03-12`);
    await fillText(form2, 'Hvad drøftede byrådet?', 'Byrådet omformulerede jobmålsætningen og tilføjede en om bibliotekerne.');
    await form2.getByLabel('Temaer og målsætninger er klar til byrådets vedtagelse', { exact: true }).check();
    const changed2 = await workshopValues(form2);
    check('meeting 2: the reworded and the added goal stand in their themes\' rows',
      JSON.stringify(changed2) === JSON.stringify(themesWithGoals(FINAL_GOALS)), describeThemes(changed2));
    await shotForm(page, '01-workshop-meeting-2-changed');
    await complete(page);
    done(1, 'mette', `theme meeting 2 registered: goal "${reworded.title}" reworded, "${ADDED.title}" added, "${EXTRA_GOAL.title}" removed; ready for adoption`);
  });
}

async function adoptionTask(page) {
  const [task] = await waitForTasks(page, 'mette', 'Registrér byrådets vedtagelse af modellen', 1, `${TERM}/%`);
  return task;
}

async function step2Adoption() {
  await as('mette', async (page) => {
    const form = await openTask(page, await adoptionTask(page));
    const info = await infoText(form);
    check('adoption: the model is listed theme by theme with its goals',
      info.includes('**') === false && /1\. Bæredygtighed/.test(info) && info.includes(REWORDED.title) && info.includes(ADDED.title)
        && info.includes(`I alt 5 temaer og ${FINAL_GOALS.length} målsætninger.`),
      info.substring(0, 600).replace(/\n/g, ' / '));
    await fillDate(form, 'Dato for byrådets beslutning', `${FIRST_YEAR}-04-09`);
    await form.getByLabel('Byrådet sendte modellen tilbage til det politiske værksted', { exact: true }).check();
    await page.waitForTimeout(300);
    const repealedVisible = await form.getByLabel('Politikker og strategier, som modellen erstatter', { exact: false }).isVisible().catch(() => false);
    check('adoption: "sendt tilbage" hides the repealed policies', !repealedVisible);
    await shotForm(page, '02-adoption-sent-back-no-comment');
    const refused = await completeRefused(page);
    await closeNotifications(page);
    check('adoption: "sendt tilbage" without a comment is refused in Danish',
      refused.disabled || (refused.stillOpen && refused.notes.some((t) => /Skriv hvad byrådet vil have ændret/.test(t))), JSON.stringify(refused));
    await fillText(form, 'Byrådets bemærkninger', SEND_BACK_COMMENT);
    await complete(page);
    done(2, 'mette', 'the council sent the model back with a comment (without one refused first)');

    // meeting 3 shows the comment
    const form3 = await openTask(page, await workshopTask(page));
    const info3 = await infoText(form3);
    check('meeting 3: the council\'s comment and the date of the send-back are shown',
      info3.includes(SEND_BACK_COMMENT) && /tilbage til værkstedet 9\. april 2026/.test(info3), info3.substring(0, 900).replace(/\n/g, ' / '));
    const meeting2Text = info3.substring(info3.indexOf('Temamøde 2'), info3.indexOf('Byrådet sendte')).replace(/\n/g, ' / ').substring(0, 400);
    check('meeting 3: meeting 2\'s changes are listed', /Temamøde 2 \(12\. marts 2026\):/.test(info3) && info3.includes(`Målsætning tilføjet: ${ADDED.title}`)
        && info3.includes(`Målsætning fjernet: ${EXTRA_GOAL.title}`),
      info3.substring(0, 900).replace(/\n/g, ' / '));
    const rewordedFrom = GOALS[REWORDED.index].title;
    check('meeting 3: the reworded goal is listed as reworded ("omformuleret"), not as removed and added',
      info3.includes(`Målsætning omformuleret: ${rewordedFrom} → ${REWORDED.title}`)
        && !info3.includes(`Målsætning fjernet: ${rewordedFrom}`) && !info3.includes(`Målsætning tilføjet: ${REWORDED.title}`),
      `the text says: ${meeting2Text}`);
    const values3 = await workshopValues(form3);
    check('meeting 3: each theme row is prefilled with its goals as meeting 2 left them (the reworded goal in its place)',
      JSON.stringify(values3) === JSON.stringify(themesWithGoals(FINAL_GOALS)), describeThemes(values3));
    await fillDate(form3, 'Mødedato', `${FIRST_YEAR}-05-07`);
    await fillText(form3, 'Hvad drøftede byrådet?', 'Byrådet drøftede bemærkningen; målsætningen om job dækker også borgerne på kanten af arbejdsmarkedet.');
    await form3.getByLabel('Temaer og målsætninger er klar til byrådets vedtagelse', { exact: true }).check();
    await shotForm(page, '02-workshop-meeting-3-comment');
    await complete(page);
    done(2, 'mette', 'theme meeting 3 registered (the comment shown); ready');

    // adopted with two repealed policies
    const formA = await openTask(page, await adoptionTask(page));
    await fillDate(formA, 'Dato for byrådets beslutning', `${FIRST_YEAR}-06-10`);
    await formA.getByLabel('Byrådet vedtog Sammenhængsmodellen', { exact: true }).check();
    await page.waitForTimeout(300);
    await formA.getByLabel('Politikker og strategier, som modellen erstatter', { exact: false }).fill(REPEALED.join('\n'));
    await shotForm(page, '02-adoption-adopted');
    await checkDanish(formA, 'adoption form');
    await complete(page);
    done(2, 'mette', `the council adopted the model on 10 June ${FIRST_YEAR}, repealing ${REPEALED.join(' and ')}`);
  });
}

async function step3Measurement() {
  await as('nanna', async (page) => {
    const [task] = await waitForTasks(page, 'nanna', 'Fastlæg målingen af målsætningerne', 1, `${TERM}/%`);
    const form = await openTask(page, task);
    const info = await infoText(form);
    check('measurement: the text explains register data and survey', /registerdata/.test(info) && /borgermålingen/.test(info), info.substring(0, 200));
    const year = form.getByLabel('Baselineår');
    check(`measurement: baseline year prefilled with ${FIRST_YEAR}`, (await year.inputValue()) === String(FIRST_YEAR), `"${await year.inputValue()}"`);
    // a list without add/remove has no row containers: the fields of row i end their ids with "_i"
    const list = listByLabel(form, 'Målsætningerne');
    const n = await list.locator('input[id*="-Field_IndicatorGoal_"]').count();
    const titles = [];
    for (let i = 0; i < n; i++) titles.push(await byId(list, 'Field_IndicatorGoal', i).inputValue());
    check(`measurement: one row per goal (${FINAL_GOALS.length})`, n === FINAL_GOALS.length && FINAL_GOALS.every((g) => titles.includes(g.title)), titles.join(' | '));
    const readonly = await byId(list, 'Field_IndicatorGoal', 0).evaluate((el) => el.readOnly || el.disabled);
    check('measurement: the goal title is read-only', readonly);
    await shotForm(page, '03-measurement-empty');
    for (let i = 0; i < n; i++) {
      const goal = FINAL_GOALS.find((g) => g.title === titles[i]);
      await chooseOption(fieldById(list, 'select', 'Field_Source', i), goal.source);
      await page.waitForTimeout(150);
      await byId(list, 'Field_CodeOrQuestion', i).fill(goal.code);
      const counted = byId(list, 'Field_CountedAnswers', i);
      const countedVisible = await counted.isVisible().catch(() => false);
      if (i === 0 || goal.source === 'Borgermåling') {
        check(`measurement row "${goal.title}": "Svar, der tælles med" ${goal.source === 'Borgermåling' ? 'shown' : 'hidden'} for ${goal.source}`,
          countedVisible === (goal.source === 'Borgermåling'), `visible: ${countedVisible}`);
      }
      if (goal.counted) await counted.fill(goal.counted);
      await byId(list, 'Field_Label', i).fill(goal.label);
      await chooseOption(fieldById(list, 'select', 'Field_Unit', i), goal.unit);
      await byId(list, 'Field_Target', i).fill(goal.target);
      await chooseOption(fieldById(list, 'select', 'Field_Direction', i), goal.direction);
    }
    const targetShown = await byId(list, 'Field_Target', 0).inputValue();
    check('measurement: a decimal target typed with a decimal comma ("7,5") is accepted', targetShown === '7,5' || targetShown === '7.5', `shown "${targetShown}"`);
    check('measurement: the decimal target keeps the Danish decimal comma', targetShown === '7,5', `typed "7,5", the field shows "${targetShown}"`);
    const thousands = FINAL_GOALS.find((g) => g.target.includes('.'));
    const thousandsShown = await byId(list, 'Field_Target', titles.indexOf(thousands.title)).inputValue();
    check(`measurement: a target typed with a thousands dot ("${thousands.target}") is kept as typed`, thousandsShown === thousands.target, `the field shows "${thousandsShown}"`);
    const unitShown = (await fieldById(list, 'select', 'Field_Unit', 0).locator('.fjs-select-display').innerText()).trim();
    check(`measurement: the chosen unit is shown ("${FINAL_GOALS[0].unit}")`, unitShown === FINAL_GOALS[0].unit, `shown "${unitShown}"`);
    // the chosen direction is on one line when its display is no taller than the unit's ("Tal", one line)
    const directionHeight = await fieldById(list, 'select', 'Field_Direction', 0).locator('.fjs-select-display').evaluate((el) => el.getBoundingClientRect().height);
    const unitHeight = await fieldById(list, 'select', 'Field_Unit', 0).locator('.fjs-select-display').evaluate((el) => el.getBoundingClientRect().height);
    const wraps = directionHeight > unitHeight * 1.3;
    observe('measurement: "Hvad er bedst?" shows the chosen value on one line', !wraps, '"Lavere er bedre" wraps onto two lines in the narrow select');
    const statements = listRows(form, 'Udsagn om sammenhæng');
    for (const statement of STATEMENTS) {
      const row = await addRow(form, 'Udsagn om sammenhæng');
      await fieldsOf(row, 'textfield', 'Udsagn (spørgsmål').first().locator('input').fill(statement.question);
      await fieldsOf(row, 'textfield', 'Svar, der tælles med').first().locator('input').fill(statement.counted);
      await fieldsOf(row, 'textfield', 'Hvad måles').first().locator('input').fill(statement.label);
    }
    check('measurement: two coherence statements added', (await statements.count()) === 2);
    // a required field left empty: the label of the first statement
    const label = fieldsOf(statements.nth(1), 'textfield', 'Hvad måles').first().locator('input');
    await label.fill('');
    await blur(page);
    const errors = await fieldErrors(statements.nth(1));
    check('measurement: an emptied required field shows "Feltet skal udfyldes."', errors.some((e) => /Feltet skal udfyldes/.test(e)), errors.join(' | '));
    await label.fill(STATEMENTS[1].label);
    await blur(page);
    await shotForm(page, '03-measurement-filled');
    await checkDanish(form, 'measurement form');
    await complete(page);
    done(3, 'nanna', `measurement defined: ${FINAL_GOALS.filter((g) => g.source === 'Borgermåling').length} goals by the survey, ${FINAL_GOALS.filter((g) => g.source === 'Registerdata').length} by register data, ${STATEMENTS.length} statements, baseline ${FIRST_YEAR}`);
  });
}

/** The baseline survey: loneliness "Ofte" 7,9 %, exercise 61 %, clubs 48,5 %, the statements 41 % and 63 %. */
function surveyCsv() {
  const lines = ['spørgsmål;antal svar;svar;andel'];
  const add = (q, n, answers) => answers.forEach(([a, s]) => lines.push(`${q};${n};${a};${s}`));
  add(SURVEY_QUESTIONS.lonely, 4012, [['Ofte', '7,9'], ['Af og til', '21,4'], ['Sjældent eller aldrig', '70,7']]);
  add(SURVEY_QUESTIONS.exercise, 4010, [['Dagligt', '22'], ['Ugentligt', '39'], ['Sjældnere', '39']]);
  add(SURVEY_QUESTIONS.club, 3998, [['Ja', '48,5'], ['Nej', '51,5']]);
  add(STATEMENTS[0].question, 3990, [['Helt enig', '12'], ['Enig', '29'], ['Uenig', '45'], ['Helt uenig', '14']]);
  add(STATEMENTS[1].question, 3991, [['Helt enig', '25'], ['Enig', '38'], ['Uenig', '30'], ['Helt uenig', '7']]);
  return lines.join('\n') + '\n';
}

/** A wrong survey file: a count that is not a number, a share above 100, shares that do not add up to 100. */
function badSurveyCsv() {
  return [
    'spørgsmål;antal svar;svar;andel',
    `${SURVEY_QUESTIONS.lonely};4012;Ofte;7,9`,
    `${SURVEY_QUESTIONS.lonely};fire tusind;Af og til;21,4`,
    `${SURVEY_QUESTIONS.exercise};4010;Dagligt;122`,
    `${SURVEY_QUESTIONS.club};3998;Ja;48,5`,
    `${SURVEY_QUESTIONS.club};3998;Nej;40`
  ].join('\n') + '\n';
}

function registerCsv() {
  return ['indikator;år;værdi', ...FINAL_GOALS.filter((g) => g.source === 'Registerdata').map((g) => `${g.code};${FIRST_YEAR};${g.baseline}`)].join('\n') + '\n';
}

async function importTask(page, subject) {
  const [task] = await waitForTasks(page, 'nanna', 'Indlæs datafilen', 1, `${TERM}/${subject}`, 180000);
  return task;
}

async function pasteFile(form, name, text) {
  await fillText(form, 'Filens navn', name);
  await form.getByLabel('Filens indhold', { exact: false }).fill(text);
}

async function barometerPublic() {
  const page = await fetchText(`${BASE}/barometer/${SLUG}`);
  const index = await fetchText(`${BASE}/barometer`);
  return { status: page.status, page: plain(page.text), index: plain(index.text) };
}

async function reviewAndPublish(subject, { ownImport } = {}) {
  if (ownImport) {
    // nanna may not review her own import: already her claim ("Tag opgaven") is refused in Danish, so the task
    // never gets stuck with her; kasper then takes it
    await as('nanna', async (page) => {
      const [task] = await waitForTasks(page, 'nanna', 'Kontrollér og offentliggør data', 1, `${TERM}/${subject}`);
      await page.getByText('Min gruppes opgaver', { exact: false }).first().click();
      await page.goto(`${run.TASKLIST}default/#/?task=${task.id}`);
      const details = page.locator('.task-details');
      await details.locator('.fjs-form').waitFor({ timeout: 30000 });
      const claim = details.getByText('Tag opgaven', { exact: true });
      await claim.click({ timeout: 10000 });
      await page.waitForTimeout(2500);
      const notes = await notifications(page);
      await shot(page, '04-review-own-import-claim-refused');
      await closeNotifications(page);
      const [after] = await restJson(`/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(`${TERM}/${subject}`)}&name=${encodeURIComponent('Kontrollér og offentliggør data')}`);
      check('review: nanna cannot take the review of her own import (Danish refusal, the task stays free)',
        notes.some((t) => /Du indlæste selv filen/.test(t)) && after && !after.assignee, `${notes.join(' | ')}; assignee ${after && after.assignee}`);
      done(4, 'nanna', `tried to take the review of her own import "${subject}": refused`);
    });
  }
  await as('kasper', async (page) => {
    const [task] = await waitForTasks(page, 'kasper', 'Kontrollér og offentliggør data', 1, `${TERM}/${subject}`);
    const form = await openTask(page, task);
    const info = await infoText(form);
    check(`review ${subject}: the table shows the file's values beside the published ones`,
      /Målepunkt/.test(info) && /I filen/.test(info) && /indlæst af Nanna Riis/.test(info), info.substring(0, 500).replace(/\n/g, ' / '));
    checkDates(`review ${subject} text`, info);
    check(`review ${subject}: nothing is missing in the file`, !/mangler i filen/.test(info), info.substring(0, 800).replace(/\n/g, ' / '));
    const table = await form.locator('.fjs-form-field-text table').count();
    check(`review ${subject}: the comparison is rendered as a table`, table >= 1, `tables: ${table}`);
    await form.getByLabel('Offentliggør data på Sammenhængsbarometeret', { exact: true }).check();
    await shotForm(page, `04-review-${subject.startsWith('Borger') ? 'survey' : 'register'}`);
    await checkDanish(form, `review form ${subject}`);
    await complete(page);
    done(4, 'kasper', `reviewed and published "${subject}"`);
  });
}

async function step4Imports() {
  const surveySubject = `Borgermåling ${FIRST_YEAR}`;
  const registerSubject = `Registerdata ${FIRST_YEAR}`;
  await as('nanna', async (page) => {
    const form = await openTask(page, await importTask(page, surveySubject));
    const info = await infoText(form);
    const header = await taskHeaderText(page);
    observe('import task: the header names the process ("Indlæs data til barometeret")', header.includes('Indlæs data til barometeret'),
      `the header shows only a link icon: the data team has no READ on the process definition (HTTP 403); header: ${header.substring(0, 120)}`);
    check('survey import: the text names the year and the columns', info.includes(`Borgermålingen ${FIRST_YEAR}`) && /spørgsmål;antal svar;svar;andel/.test(info), info.substring(0, 300).replace(/\n/g, ' / '));
    await shotForm(page, '04-import-survey-empty');
    await pasteFile(form, 'Borgermåling 2026 – samlede resultater (forkert).csv', badSurveyCsv());
    const refused = await completeRefused(page);
    await shotForm(page, '04-import-survey-refused');
    await shot(page, '04-import-survey-refused-viewport');
    const text = refused.notes.join(' | ');
    await closeNotifications(page);
    check('survey import: a wrong file is refused with Danish per-line messages',
      !refused.disabled && refused.stillOpen && /Linje 3: 'antal svar' skal være et helt tal/.test(text) && /Linje 4: 'andel' skal være en procent/.test(text) && /Linje 5–6: andelene for spørgsmålet '[^']+' giver 88,5 %/.test(text),
      text.substring(0, 600));
    check('survey import: a question\'s sum counts the shares in the file, also on a line with another error ("Linje 2–3 … 29,3 %")',
      /Linje 2–3: andelene for spørgsmålet 'Hvor ofte føler du dig ensom\?' giver 29,3 %/.test(text) && !/Linje (\d+)–\1:/.test(text), text.substring(0, 800));
    const kept = await form.getByLabel('Filens indhold', { exact: false }).inputValue();
    check('survey import: the pasted text is kept after the refusal', kept.trim() === badSurveyCsv().trim(), `${kept.length} characters`);
    const reviews = await restJson(`/engine-rest/task?name=${encodeURIComponent('Kontrollér og offentliggør data')}&processInstanceBusinessKeyLike=${encodeURIComponent(`${TERM}/%`)}`);
    const pub = await barometerPublic();
    check('survey import: nothing was stored (no review task, nothing public)', reviews.length === 0 && pub.status === 404, `review tasks ${reviews.length}, /barometer/${SLUG} HTTP ${pub.status}`);
    await pasteFile(form, 'Borgermåling 2026 – samlede resultater.csv', surveyCsv());
    await checkDanish(form, 'import form');
    await complete(page);
    done(4, 'nanna', `pasted a wrong survey file (refused per line), then the baseline survey ${FIRST_YEAR}`);
  });
  let pub = await barometerPublic();
  check(`before publishing: /barometer/${SLUG} is not public (HTTP ${pub.status}) and /barometer shows ${PREVIOUS_TERM}`,
    pub.status === 404 && pub.index.includes(`Sammenhængsbarometeret ${PREVIOUS_TERM}`) && !pub.index.includes(TERM), `index: ${pub.index.substring(0, 200)}`);
  await as('kasper', async (page) => {
    await page.goto(`${BASE}/barometer/${SLUG}`);
    await shot(page, '04-barometer-before-publishing');
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    observe('the 404 page ("Siden findes ikke") is styled', !/^"?Times/i.test(font) && /Arial|Plex|sans/i.test(font),
      `its inline <style> is blocked by the barometer's Content-Security-Policy (style-src 'self'): body font "${font}"`);
  });
  await reviewAndPublish(surveySubject, { ownImport: true });

  await as('nanna', async (page) => {
    const form = await openTask(page, await importTask(page, registerSubject));
    const info = await infoText(form);
    check('register import: the text shows the columns', /indikator;år;værdi/.test(info), info.substring(0, 300).replace(/\n/g, ' / '));
    await pasteFile(form, 'Registerdata 2026.csv', registerCsv());
    await shotForm(page, '04-import-register-filled');
    await complete(page);
    done(4, 'nanna', `imported register data ${FIRST_YEAR} (${FINAL_GOALS.filter((g) => g.source === 'Registerdata').length} indicators)`);
  });
  await reviewAndPublish(registerSubject);

  pub = await barometerPublic();
  check(`after publishing: /barometer/${SLUG} is public`, pub.status === 200, `HTTP ${pub.status}`);
  check('barometer: the five themes are shown', THEMES.every((t) => pub.page.includes(t.title)), pub.page.substring(0, 400));
  check('barometer: a survey goal\'s baseline sentence ("Udgangspunktet i 2026 er 7,9 %")',
    pub.page.includes(LONELY) && /Udgangspunktet i 2026 er 7,9 %/.test(pub.page), (pub.page.match(/Udgangspunktet[^.]*\./) || [''])[0]);
  check('barometer: a register goal\'s baseline ("97.512")', /Udgangspunktet i 2026 er 97\.512/.test(pub.page), (pub.page.match(/Udgangspunktet i 2026 er 97[^.]*\./) || [''])[0]);
  check('barometer: the coherence statements are shown', STATEMENTS.every((s) => pub.page.includes(s.label) || pub.page.includes(s.question)), '');
  await as('kasper', async (page) => {
    await page.goto(`${BASE}/barometer/${SLUG}`);
    await shot(page, '04-barometer-2026-2029');
    await page.goto(`${BASE}/barometer`);
    await shot(page, '04-barometer-index-after');
  });
}

async function step5Priorities() {
  for (const [n, committee] of COMMITTEES.entries()) {
    await as(committee.secretary, async (page) => {
      const [task] = await waitForTasks(page, committee.secretary, 'Registrér udvalgets prioritering af målsætninger', 1, `${TERM}/%`);
      const form = await openTask(page, task);
      const info = await infoText(form);
      check(`${committee.name}: the priority form names the committee`, info.includes(committee.name), info.substring(0, 200).replace(/\n/g, ' / '));
      const options = await form.locator('.fjs-form-field-checklist label').allInnerTexts();
      if (n === 0) {
        check(`priorities: the checklist offers all ${FINAL_GOALS.length} goals`, FINAL_GOALS.every((g) => options.some((o) => o.includes(g.title))), options.join(' | '));
        const refused = await completeRefused(page);
        const errors = await fieldErrors(form);
        await closeNotifications(page);
        check('priorities: none chosen is refused ("Feltet skal udfyldes." or a Danish message)',
          refused.disabled || errors.some((e) => /Feltet skal udfyldes/.test(e)) || (refused.stillOpen && refused.notes.some((t) => /målsætning|Feltet/i.test(t))),
          `${JSON.stringify(refused)}; field errors: ${errors.join(' | ')}`);
        await shotForm(page, '05-priorities-none-chosen');
      }
      for (const goal of committee.goals) await form.getByLabel(goal, { exact: true }).check();
      if (n === 0) {
        await shotForm(page, '05-priorities-buu');
        await checkDanish(form, 'priority form');
      }
      await complete(page);
      done(5, committee.secretary, `${committee.name}: prioritised ${committee.goals.join('; ')}`);
    });
  }
}

async function step6JointMeeting() {
  const meetingTask = await waitFor('the joint meeting task', async () => {
    const tasks = await restJson(`/engine-rest/task?name=${encodeURIComponent('Hold det fælles udvalgsmøde')}&processInstanceBusinessKeyLike=${encodeURIComponent(`${TERM}/%`)}`);
    return tasks.length ? tasks : null;
  }, 120000);
  check('one joint meeting is planned (BUU and SSU chose the same goal)', meetingTask.length === 1, meetingTask.map((t) => t.id).join(', '));
  const instance = (await restJson(`/engine-rest/process-instance?processInstanceIds=${meetingTask[0].processInstanceId}`))[0];
  check('joint meeting business key names the goal and the two committees',
    instance && instance.businessKey === `${TERM}/${LONELY} (${COMMITTEES[0].name}, ${COMMITTEES[1].name})`, instance && instance.businessKey);
  const groups = await candidateGroups(meetingTask[0].id);
  const host = groups.map((g) => SECRETARY_OF_GROUP[g]).find(Boolean);
  check('the joint meeting\'s candidate group is one of the two committees\' secretariats',
    !!host && [COMMITTEES[0].code, COMMITTEES[1].code].includes(host.code), groups.join(', '));
  assert.ok(host, `no secretary for ${groups.join(', ')}`);

  await as(host.secretary, async (page) => {
    const [task] = await waitForTasks(page, host.secretary, 'Hold det fælles udvalgsmøde', 1, `${TERM}/%`);
    const form = await openTask(page, task);
    const info = await infoText(form);
    check('joint meeting: the text names the goal, both committees and the host',
      info.includes(`Fælles udvalgsmøde ${FIRST_YEAR}: ${LONELY}`) && info.includes(COMMITTEES[0].name) && info.includes(COMMITTEES[1].name) && info.includes(`${host.name}s sekretariat fører referat`),
      info.substring(0, 400).replace(/\n/g, ' / '));
    check('joint meeting: no decided initiatives yet', /ingen besluttede initiativer/.test(info));
    const statusList = listByLabel(form, 'Opfølgning på besluttede initiativer');
    const statusShown = await statusList.isVisible().catch(() => false);
    observe('joint meeting: the empty follow-up list is not shown as an empty heading', !statusShown || (await statusList.locator('.fjs-repeat-row-container').count()) > 0,
      'an empty "Opfølgning på besluttede initiativer" heading without rows is shown');
    await fillDate(form, 'Mødedato', `${FIRST_YEAR}-12-03`);
    await fillText(form, 'Referat', 'Udvalgene drøftede ensomhed på tværs af skoler og plejecentre og foreslår to initiativer.');
    for (const proposal of PROPOSALS) {
      const row = await addRow(form, 'Forslag til nye initiativer');
      await fieldsOf(row, 'textfield', 'Initiativ').first().locator('input').fill(proposal.title);
      await fieldsOf(row, 'textarea', 'Beskrivelse').first().locator('textarea').fill(proposal.description);
    }
    await shotForm(page, '06-joint-meeting');
    await checkDanish(form, 'joint meeting form');
    await complete(page);
    done(6, host.secretary, `${host.name} held the joint meeting about "${LONELY}" with ${PROPOSALS.length} proposals`);
  });

  await as('anders', async (page) => {
    const [task] = await waitForTasks(page, 'anders', 'Beslut initiativerne', 1, `${TERM}/%`);
    const form = await openTask(page, task);
    const info = await infoText(form);
    check('decide: the text shows the meeting date and minutes', /3\. december 2026/.test(info) && info.includes('Udvalgene drøftede ensomhed'), info.substring(0, 400).replace(/\n/g, ' / '));
    checkDates('decide text', info);
    // a list without add/remove: the fields of row i end their ids with "_i"
    const list = listByLabel(form, 'Forslagene');
    const n = await list.locator('input[id*="-Field_DecisionTitle_"]').count();
    check('decide: one row per proposal', n === PROPOSALS.length, `rows: ${n}`);
    for (let i = 0; i < n; i++) {
      const title = await byId(list, 'Field_DecisionTitle', i).inputValue();
      const proposal = PROPOSALS.find((p) => p.title === title);
      assert.ok(proposal, `unknown proposal row "${title}"`);
      check(`decide: the description of "${title}" is shown`, (await byId(list, 'Field_DecisionDescription', i).inputValue()) === proposal.description);
      await chooseOption(fieldById(list, 'select', 'Field_Decision', i), proposal.decision);
      if (proposal.comment) await byId(list, 'Field_DecisionComment', i).fill(proposal.comment);
    }
    await shotForm(page, '06-decide-initiatives');
    await checkDanish(form, 'decide initiatives form');
    await complete(page);
    done(6, 'anders', `decided: "${PROPOSALS[0].title}" started, "${PROPOSALS[1].title}" not`);
  });
  const history = await restJson(`/engine-rest/history/process-instance?processDefinitionKey=joint-committee-meeting`);
  check('the joint meeting instance is completed', history.length === 1 && history[0].state === 'COMPLETED', history.map((h) => `${h.businessKey}: ${h.state}`).join(', '));
}

async function step7SamLab() {
  await as('anders', async (page) => {
    await page.getByRole('link', { name: 'Start proces' }).click();
    const modal = page.locator('.modal-dialog');
    await modal.getByText('SamLab – Sammenhængslaboratorium', { exact: true }).click();
    const form = modal.locator('.fjs-form');
    await form.waitFor();
    await modal.getByLabel('Problemstilling').fill(SAMLAB.problem);
    await modal.getByLabel('Hvad er udfordringen på tværs?').fill(SAMLAB.description);
    await fillDateInDialog(modal, "SamLab'et begynder", SAMLAB.startsOn);
    await shot(page, '07-samlab-start');
    await checkDanish(form, 'SamLab start form');
    await modal.getByRole('button', { name: 'Start', exact: true }).click();
    await modal.waitFor({ state: 'detached', timeout: 30000 });
    done(7, 'anders', `started SamLab "${SAMLAB.problem}" from ${SAMLAB.startsOn}`);

    const [task] = await waitForTasks(page, 'anders', "Sammensæt SamLab'et", 1, `SamLab/%`);
    const compose = await openTask(page, task);
    const info = await infoText(compose);
    check('compose: the text shows the problem and the six weeks', info.includes(SAMLAB.problem), info.substring(0, 400).replace(/\n/g, ' / '));
    checkDates('compose text', info);
    for (const unit of [...SAMLAB.leaders, ...SAMLAB.extraLeaders]) await compose.getByLabel(unit, { exact: true }).check();
    await chooseOption(compose.locator('.fjs-form-field-select').filter({ hasText: 'Tovholder' }).first(), SAMLAB.lead);
    await compose.getByLabel('Medarbejdere, der deltager', { exact: false }).fill(SAMLAB.staff.join('\n'));
    const refused = await completeRefused(page);
    await shotForm(page, '07-samlab-compose-9-refused');
    await closeNotifications(page);
    check('compose: 9 participants (7 leaders + 2 staff) are refused in Danish',
      !refused.disabled && refused.stillOpen && refused.notes.some((t) => /6–8 deltagere/.test(t)), JSON.stringify(refused));
    for (const unit of SAMLAB.extraLeaders) await compose.getByLabel(unit, { exact: true }).uncheck();
    await shotForm(page, '07-samlab-compose');
    await checkDanish(compose, 'SamLab compose form');
    await complete(page);
    done(7, 'anders', `composed the SamLab: ${SAMLAB.leaders.length} leaders + ${SAMLAB.staff.length} staff, lead ${SAMLAB.lead}`);
  });
  const lab = (await restJson(`/engine-rest/process-instance?processDefinitionKey=viborg-samlab`))[0];
  check(`SamLab business key "SamLab/${SAMLAB.problem}"`, lab && lab.businessKey === `SamLab/${SAMLAB.problem}`, lab && lab.businessKey);
  const timers = lab ? await restJson(`/engine-rest/job?processInstanceId=${lab.id}&timers=true`) : [];
  const activity = lab ? await restJson(`/engine-rest/process-instance/${lab.id}/activity-instances`) : { childActivityInstances: [] };
  const waitingAt = activity.childActivityInstances.map((a) => a.activityId);
  check('SamLab waits at the six-week timer', waitingAt.includes('Timer_SixWeeks') && timers.length === 1, `at ${waitingAt.join(', ')}; timers ${timers.map((t) => t.dueDate).join(', ')}`);
  const due = timers.length === 1 ? new Date(timers[0].dueDate) : null;
  check(`the six-week timer is due ${SAMLAB.endsOn} (six weeks after ${SAMLAB.startsOn}, midnight in Copenhagen)`,
    due && Math.abs(due - new Date(`${SAMLAB.endsOn}T00:00:00+01:00`)) < 2 * 3600 * 1000, timers.map((t) => t.dueDate).join(', '));
}

async function step8TermWaits() {
  const term = await termInstance();
  assert.ok(term, 'the term instance is gone');
  const activity = await restJson(`/engine-rest/process-instance/${term.id}/activity-instances`);
  const ids = [];
  const walk = (a) => { ids.push(a.activityId); (a.childActivityInstances || []).forEach(walk); };
  walk(activity);
  check('the term waits at "Timer_SurveyHeld" (next year\'s survey)', ids.includes('Timer_SurveyHeld'), ids.join(', '));
  const timers = await restJson(`/engine-rest/job?processInstanceId=${term.id}&timers=true`);
  check(`the survey timer is due 15 September ${FIRST_YEAR + 1}`, timers.length === 1 && timers[0].dueDate.startsWith(`${FIRST_YEAR + 1}-09-1`), timers.map((t) => t.dueDate).join(', '));
  const open = await openTermTasks();
  check('no task of the term is left open', open.length === 0, open.map((t) => t.name).join(', '));
  const incidents = await restJson('/engine-rest/incident');
  check('no incidents', incidents.length === 0, incidents.map((i) => `${i.activityId}: ${i.incidentMessage}`).join(' | '));
  done(8, '(engine)', `the term waits for the survey ${FIRST_YEAR + 1}; no open tasks`);
}

const STEPS = [step0StartTerm, step1Workshop, step2Adoption, step3Measurement, step4Imports, step5Priorities,
  step6JointMeeting, step7SamLab, step8TermWaits];

process.exit(await run.runSteps(STEPS, `the first year of Viborg's term ${TERM} went through Tasklist`));
