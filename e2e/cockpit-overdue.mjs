// Cockpit's dashboard plugin "Forfaldne opgaver" (src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/
// scripts/overdue-tasks.js): the open user tasks whose due date has passed, as the logged-in user may read them.
//
// Usage: node cockpit-overdue.mjs [BASE_URL] [--make-overdue] [--user=NAME]   (default http://localhost:8080, jens)
//
//   --make-overdue  first moves the due dates of three open tasks into the past through engine-rest as admin
//                   (10 days ago with priority 100, 3 days ago with priority 75, 2 hours ago with priority 50), so
//                   the table has rows and every escalation value. This CHANGES the demo data; without it the script
//                   checks whatever is overdue (possibly nothing: then the "none" text).
//
//   --user=NAME     logs in as another Cockpit user (password demo), e.g. --user=ulla (process owner: Cockpit, but
//                   no task to read, so "Forfaldne opgaver (0)" however many are overdue): the plugin shows only what
//                   the user may read.
//
// Checks, as jens (directorate, reads every task) in a Danish browser (da-DK, Europe/Copenhagen):
//  - the heading "Forfaldne opgaver (N)" with N = engine-rest's task/count?dueBefore=now as the same user;
//  - the table's rows against engine-rest's first page (oldest due date first): task name, "Vedrører" (task-local
//    variable subject), the due date in Danish ("15. juni 2026 16:00"), the whole days overdue, the escalation read
//    from the priority, and the link to the task's process instance; <caption> and <th scope="col">;
//  - axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) on the plugin's container: 0 violations required; best-practice
//    findings are printed, not counted;
//  - the first link is reached with Tab from the top of the page, shows a focus outline, and Enter opens the process
//    instance in Cockpit;
//  - with the engine's answers replaced in the browser (page.route): no overdue task gives "Ingen opgaver har
//    overskredet deres frist.", a failing request a Danish alert;
//  - no page error and no Content-Security-Policy violation (Cockpit's own policy stays on: axe is evaluated
//    through the DevTools protocol, not injected as a script tag).
//
// Uses the Debian Chromium (/usr/bin/chromium, override with CHROMIUM_PATH); playwright-core never downloads a
// browser. Screenshots: /tmp/e2e-shots/cockpit-overdue.png (the dashboard, first link focused) and
// cockpit-overdue-plugin.png (the plugin alone); override the directory with SHOTS_DIR. Exits 1 when a check fails.
//
// PLUGIN_SOURCE=../src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/scripts/overdue-tasks.js serves
// the plugin from that file instead of the running application's copy, to try a change without rebuilding the jar.
import { logIn } from './login-form.mjs';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const MAKE_OVERDUE = args.includes('--make-overdue');
const BASE = (args.find((a) => !a.startsWith('--')) || 'http://localhost:8080').replace(/\/$/, '');
const USER = (args.find((a) => a.startsWith('--user=')) || '--user=jens').substring('--user='.length);
const PASSWORD = 'demo';
const COCKPIT = `${BASE}/camunda/app/cockpit/default/`;
const SHOTS = process.env.SHOTS_DIR || '/tmp/e2e-shots';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const AXE = path.join(HERE, 'node_modules', 'axe-core', 'axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PAGE_SIZE = 50;
const DAY_MS = 24 * 60 * 60 * 1000;
const PLUGIN = 'section.aarshjul-overdue';

fs.mkdirSync(SHOTS, { recursive: true });

function log(...parts) {
  console.log(new Date().toISOString().substring(11, 19), ...parts);
}

const checks = [];
function check(name, ok, detail) {
  checks.push({ name, ok: !!ok });
  log(`  ${ok ? 'PASS' : 'FAIL'}: ${name}${detail ? ` -- ${detail}` : ''}`);
  return !!ok;
}

async function rest(user, method, restPath, body) {
  const response = await fetch(`${BASE}/engine-rest${restPath}`, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64'),
      ...(body ? { 'Content-Type': 'application/json' } : {})
    },
    body: body ? JSON.stringify(body) : undefined
  });
  if (!response.ok) throw new Error(`engine-rest ${method} ${restPath} as ${user}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/** The engine's date format, e.g. 2026-06-15T14:00:00.000+0000. */
function engineDate(date) {
  return date.toISOString().replace('Z', '+0000');
}

function parseEngineDate(text) {
  return new Date(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

const DANISH = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  timeZone: 'Europe/Copenhagen'
});
function danishDateTime(date) {
  const p = Object.fromEntries(DANISH.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.day}. ${p.month} ${p.year} ${p.hour}:${p.minute}`;
}

function escalation(priority) {
  if (priority >= 100) return '2. gang: direktionen';
  if (priority >= 75) return '1. gang: koncernchefen (eller direktionen)';
  return '–';
}

/** Moves three open tasks' due dates into the past (see the usage above). */
async function makeOverdue() {
  const tasks = await rest('admin', 'GET', '/task?sortBy=dueDate&sortOrder=desc&maxResults=3');
  if (tasks.length === 0) throw new Error('--make-overdue: no open task (start a year as jens first, see README)');
  const now = Date.now();
  const plan = [[10 * DAY_MS, 100], [3 * DAY_MS + 5 * 3600 * 1000, 75], [2 * 3600 * 1000, 50]];
  for (const [i, task] of tasks.entries()) {
    const [ago, priority] = plan[i];
    const update = {
      name: task.name, description: task.description, assignee: task.assignee, owner: task.owner,
      delegationState: task.delegationState, followUp: task.followUp, parentTaskId: task.parentTaskId,
      caseInstanceId: task.caseInstanceId, tenantId: task.tenantId,
      due: engineDate(new Date(now - ago)), priority
    };
    await rest('admin', 'PUT', `/task/${task.id}`, update);
    log(`made overdue: ${task.name} (${task.id}) due ${update.due}, priority ${priority}`);
  }
}

/** What the plugin should show, as jens sees it through engine-rest. */
async function expected() {
  const filter = `dueBefore=${encodeURIComponent(engineDate(new Date()))}`;
  const { count } = await rest(USER, 'GET', `/task/count?${filter}`);
  const tasks = await rest(USER, 'GET', `/task?${filter}&sortBy=dueDate&sortOrder=asc&maxResults=${PAGE_SIZE}`);
  const subjects = new Map();
  if (tasks.length > 0) {
    const variables = await rest(USER, 'GET', `/variable-instance?taskIdIn=${tasks.map((t) => t.id).join(',')}`
      + `&variableName=subject&deserializeValues=false&maxResults=${tasks.length}`);
    for (const v of variables) subjects.set(v.taskId, v.value);
  }
  return { count, tasks, subjects };
}

async function pluginState(page) {
  return page.locator(PLUGIN).evaluate((root) => ({
    lang: root.getAttribute('lang'),
    heading: root.querySelector('h2')?.textContent.trim(),
    text: root.textContent.replace(/\s+/g, ' ').trim(),
    caption: root.querySelector('table > caption')?.textContent.trim() ?? null,
    headers: [...root.querySelectorAll('thead th')].map((th) => ({ text: th.textContent.trim(), scope: th.getAttribute('scope') })),
    rows: [...root.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.cells];
      const visible = (cell) => [cell, ...cell.querySelectorAll('*')]
        .flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3 && !n.parentElement.closest('.aarshjul-sr-only')))
        .map((n) => n.textContent).join('').trim();
      return {
        cells: cells.map(visible),
        dateTime: cells[2]?.querySelector('time')?.getAttribute('datetime') ?? null,
        href: cells[5]?.querySelector('a')?.getAttribute('href') ?? null,
        linkName: cells[5]?.querySelector('a')?.textContent.replace(/\s+/g, ' ').trim() ?? null
      };
    }),
    alert: root.querySelector('[role="alert"]')?.textContent.trim() ?? null
  }));
}

async function openDashboard(page) {
  // the same hash route again would not render the dashboard anew; another route first does (a reload instead
  // sometimes ran into Cockpit's Content-Security-Policy nonce in Chromium and loaded no script)
  if (page.url() === `${COCKPIT}#/dashboard`) {
    await page.goto(`${COCKPIT}#/processes`);
    await page.locator(PLUGIN).waitFor({ state: 'detached', timeout: 30000 });
  }
  await page.goto(`${COCKPIT}#/dashboard`);
  await page.locator(`${PLUGIN} h2`).waitFor({ timeout: 30000 });
  // loaded when the heading has its count, or an alert/none text is there
  await page.waitForFunction((sel) => {
    const root = document.querySelector(sel);
    return root && !/Henter forfaldne opgaver/.test(root.textContent);
  }, PLUGIN, { timeout: 30000 });
}

async function runAxe(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // evaluated through the DevTools protocol: Cockpit's Content-Security-Policy stays on for the page itself
    await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  }
  return page.evaluate(async ({ sel, tags }) => {
    // eslint-disable-next-line no-undef
    const res = await axe.run(document.querySelector(sel), { runOnly: { type: 'tag', values: [...tags, 'best-practice'] } });
    const slim = (list) => list.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, wcag: v.tags.some((t) => tags.includes(t)),
      targets: v.nodes.map((n) => n.target.join(' ')),
      reasons: [...new Set(v.nodes.flatMap((n) => [...n.any, ...n.all, ...n.none].map((c) => c.message)).filter(Boolean))]
    }));
    return { violations: slim(res.violations), incomplete: slim(res.incomplete), passes: res.passes.length };
  }, { sel: PLUGIN, tags: WCAG_TAGS });
}

// ---- run -----------------------------------------------------------------------------------------------------

if (MAKE_OVERDUE) await makeOverdue();
const want = await expected();
log(`engine-rest as ${USER}: ${want.count} overdue task(s), first page ${want.tasks.length}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const pageErrors = [];
const cspViolations = [];
try {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen'
  });
  if (process.env.PLUGIN_SOURCE) {
    const source = fs.readFileSync(process.env.PLUGIN_SOURCE, 'utf8');
    await context.route(/\/app\/cockpit\/scripts\/overdue-tasks\.js/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: source }));
    log(`plugin served from ${process.env.PLUGIN_SOURCE}`);
  }
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
    // failed requests show as "Failed to load resource" (Camunda's login probes answer 404 by design)
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) log(`  console error: ${msg.text()}`);
  });

  await page.goto(COCKPIT);
  await logIn(page, USER, PASSWORD, log);
  await page.locator('.dashboard, [cam-widget-header], .ctn-header').first().waitFor({ timeout: 30000 });
  log(`[${USER}] logged in to Cockpit`);

  // ---- the list as the engine has it
  await openDashboard(page);
  const now = Date.now();
  const shown = await pluginState(page);
  log(`plugin: "${shown.heading}", ${shown.rows.length} row(s)`);
  check('the plugin is marked Danish (lang="da")', shown.lang === 'da', shown.lang);
  check('the heading gives the total', shown.heading === `Forfaldne opgaver (${want.count})`, shown.heading);
  if (want.count === 0) {
    check('no overdue task: the "none" text', shown.text.includes('Ingen opgaver har overskredet deres frist.'), shown.text);
    log(`  (nothing overdue that ${USER} may read: run with --make-overdue as jens to check the table)`);
  } else {
    check('a <caption>', !!shown.caption, shown.caption);
    check('column headers with scope="col"',
      JSON.stringify(shown.headers.map((h) => h.text)) === JSON.stringify(
        ['Opgave', 'Vedrører', 'Frist', 'Dage over fristen', 'Eskaleret', 'Procesinstans'])
        && shown.headers.every((h) => h.scope === 'col'),
      shown.headers.map((h) => `${h.text}[${h.scope}]`).join(', '));
    check('one row per task of the first page', shown.rows.length === want.tasks.length,
      `${shown.rows.length} shown, ${want.tasks.length} expected`);
    if (want.count > want.tasks.length) {
      check('says that only the oldest are shown', shown.text.includes(`af i alt ${want.count}`));
    }
    for (const [i, task] of want.tasks.entries()) {
      const row = shown.rows[i];
      if (!row) break;
      const due = parseEngineDate(task.due);
      const days = Math.floor((now - due.getTime()) / DAY_MS);
      const expectedCells = [
        task.name,
        want.subjects.get(task.id) || '–',
        danishDateTime(due),
        days < 1 ? 'under 1' : String(days),
        escalation(task.priority),
        'Åbn procesinstans'
      ];
      const ok = JSON.stringify(row.cells) === JSON.stringify(expectedCells)
        && row.href === `#/process-instance/${task.processInstanceId}/runtime`
        && row.dateTime === due.toISOString()
        && row.linkName.startsWith('Åbn procesinstans for ' + task.name);
      check(`row ${i + 1}: ${task.name} (priority ${task.priority})`, ok,
        ok ? row.cells.join(' | ') : `shown ${JSON.stringify(row)}, expected ${JSON.stringify(expectedCells)}`);
    }
  }

  // ---- accessibility of the plugin's own markup
  const axeResult = await runAxe(page);
  const wcag = axeResult.violations.filter((v) => v.wcag);
  for (const v of axeResult.violations) {
    log(`  axe ${v.wcag ? 'VIOLATION' : 'best practice'}: ${v.id} (${v.impact}) ${v.targets.join(', ')} – ${v.help}`);
  }
  for (const v of axeResult.incomplete) {
    log(`  axe needs review (not counted): ${v.id} ${v.targets.join(', ')} – ${v.help}: ${v.reasons.join('; ')}`);
  }
  check('axe-core (WCAG 2.1 A/AA) on the plugin: 0 violations', wcag.length === 0,
    `${wcag.length} violation(s), ${axeResult.passes} rule(s) passed`);

  // ---- keyboard: Tab from the top of the page to the plugin's first link
  let shot = `${SHOTS}/cockpit-overdue.png`;
  if (shown.rows.length > 0) {
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    let presses = 0;
    let inPlugin = false;
    for (; presses < 300 && !inPlugin; presses++) {
      await page.keyboard.press('Tab');
      inPlugin = await page.evaluate((sel) => !!document.activeElement?.closest(sel)
        && document.activeElement.tagName === 'A', PLUGIN);
    }
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { href: el.getAttribute('href'), name: el.textContent.replace(/\s+/g, ' ').trim(),
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` };
    });
    check(`Tab reaches the first row's link (${presses} presses)`, inPlugin && focused.href === shown.rows[0].href,
      `${focused.name} → ${focused.href}`);
    check('the focused link shows an outline', !focused.outline.startsWith('none') && !focused.outline.includes(' 0px'),
      focused.outline);
    await page.locator(PLUGIN).scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot, fullPage: true });
    await page.locator(PLUGIN).screenshot({ path: `${SHOTS}/cockpit-overdue-plugin.png` });
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/process-instance\/[^/]+\/runtime/, { timeout: 15000 }).catch(() => {});
    check('Enter opens the process instance in Cockpit',
      page.url().endsWith(shown.rows[0].href.substring(1)), page.url().replace(BASE, ''));
  } else {
    await page.locator(PLUGIN).scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot, fullPage: true });
    await page.locator(PLUGIN).screenshot({ path: `${SHOTS}/cockpit-overdue-plugin.png` });
  }
  log(`screenshots: ${shot}, ${SHOTS}/cockpit-overdue-plugin.png`);

  // ---- no overdue task (the engine's answers replaced in the browser)
  // only the plugin's two requests (the due-date filter), not Cockpit's own task counts
  const taskList = /\/camunda\/api\/engine\/engine\/default\/task(\/count)?\?.*dueBefore=/;
  await page.route(taskList, (route) => route.fulfill({
    status: 200, contentType: 'application/json',
    body: route.request().url().includes('/task/count?') ? '{"count":0}' : '[]'
  }));
  await openDashboard(page);
  const none = await pluginState(page);
  check('no overdue task: "Forfaldne opgaver (0)" and the "none" text',
    none.heading === 'Forfaldne opgaver (0)' && none.text.includes('Ingen opgaver har overskredet deres frist.')
      && none.rows.length === 0, none.text);
  await page.unroute(taskList);

  // ---- a failing request: a Danish alert with the server's Danish message
  await page.route(taskList, (route) => route.fulfill({
    status: 500, contentType: 'application/json',
    body: JSON.stringify({ type: 'Serverfejl', message: 'Der opstod en uventet fejl på serveren.' })
  }));
  await openDashboard(page);
  const failed = await pluginState(page);
  check('a failing request: a Danish alert', failed.alert?.startsWith('De forfaldne opgaver kunne ikke hentes (fejl 500).')
    && failed.alert.includes('Der opstod en uventet fejl på serveren.'), failed.alert);
  const axeError = await runAxe(page);
  check('axe-core on the error text: 0 violations', axeError.violations.filter((v) => v.wcag).length === 0,
    axeError.violations.map((v) => v.id).join(', '));
  await page.unroute(taskList);

  check('no page error', pageErrors.length === 0, pageErrors.join(' | '));
  check('no Content-Security-Policy violation', cspViolations.length === 0, cspViolations.join(' | '));
  await context.close();
} finally {
  await browser.close();
}

const failedChecks = checks.filter((c) => !c.ok);
log(`${checks.length - failedChecks.length} passed, ${failedChecks.length} failed`);
process.exit(failedChecks.length === 0 ? 0 : 1);
