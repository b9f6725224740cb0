// Opens every Cockpit page a manager uses and records each request that fails (HTTP 4xx/5xx).
//
// Usage: node cockpit-pages.mjs [BASE_URL] [USER ...]   (default http://localhost:8080, users jens and admin)
//
// Uses the Debian Chromium (/usr/bin/chromium, override with CHROMIUM_PATH); playwright-core never downloads a
// browser. Screenshots go to /tmp/e2e-shots/cockpit (override with SHOTS_DIR).
//
// Pages: the dashboard, the process definitions list, the skanderborg-annual-cycle definition (every tab), one of
// its process instances (every tab), the decisions list and a decision definition, the deployments, the human tasks,
// the batches, the migration page and the system page (execution metrics). A running skanderborg-annual-cycle instance is needed (start a year as jens first, see README).
// The ids are looked up through engine-rest as the same user, with maxResults (engine-rest refuses unbound lists).
// Exits 1 when any request failed, and prints each one (user, page, status, method, URL, message). Camunda's own two
// probes before the login (session and welcome page, both 404 by design) are printed but not counted.
import { logIn } from './login-form.mjs';
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const BASE = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const USERS = process.argv.length > 3 ? process.argv.slice(3) : ['jens', 'admin'];
const PASSWORD = 'demo';
const COCKPIT = `${BASE}/camunda/app/cockpit/default/`;
const SHOTS = process.env.SHOTS_DIR || '/tmp/e2e-shots/cockpit';
const SETTLE_MS = 1500;

fs.mkdirSync(SHOTS, { recursive: true });

function log(...args) {
  console.log(new Date().toISOString().substring(11, 19), ...args);
}

async function rest(user, path) {
  const response = await fetch(`${BASE}/engine-rest${path}`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64') }
  });
  if (!response.ok) throw new Error(`engine-rest ${path} as ${user}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The hash routes to open, with the ids the user can see. */
async function pagesFor(user) {
  const [definition] = await rest(user,
    '/process-definition?key=skanderborg-annual-cycle&latestVersion=true&maxResults=1');
  const [instance] = await rest(user, '/process-instance?processDefinitionKey=skanderborg-annual-cycle&maxResults=1');
  const [decision] = await rest(user, '/decision-definition?latestVersion=true&sortBy=key&sortOrder=asc&maxResults=1');
  const pages = [
    ['dashboard', '#/dashboard'],
    ['process definitions', '#/processes'],
  ];
  if (definition) pages.push(['skanderborg-annual-cycle definition', `#/process-definition/${definition.id}/runtime`]);
  else log(`[${user}] no skanderborg-annual-cycle definition visible – page skipped`);
  if (instance) pages.push(['process instance', `#/process-instance/${instance.id}/runtime`]);
  else log(`[${user}] no running skanderborg-annual-cycle instance (start a year first) – page skipped`);
  pages.push(['decisions', '#/decisions']);
  if (decision) pages.push(['decision definition', `#/decision-definition/${decision.id}`]);
  pages.push(['deployments', '#/repository'], ['human tasks', '#/tasks'], ['batches', '#/batch'],
    ['migration', '#/migration'], ['system', '#/system?section=system-settings-general']);
  return pages;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
});

const failures = [];
// Before the login Camunda's webapp asks whether a session exists (404 = not logged in) and whether a Camunda
// distribution's welcome page exists (404 = none; the webapp ignores it). Both are printed, never counted.
const probes = [];
let opened = 0;

function isLoginProbe(f) {
  return f.method === 'GET' && f.status === 404
    && (f.url === '/camunda/api/admin/auth/user/default' || f.url === '/camunda-welcome');
}
try {
  for (const user of USERS) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
    const page = await context.newPage();
    let current = 'login';
    page.on('response', async (response) => {
      if (response.status() < 400) return;
      let message = '';
      try {
        message = (await response.text()).substring(0, 200);
      } catch {
        // body no longer available
      }
      const failure = { user, page: current, status: response.status(), method: response.request().method(),
        url: response.url().replace(BASE, ''), message };
      (current === 'login' && isLoginProbe(failure) ? probes : failures).push(failure);
    });
    page.on('pageerror', (err) => log(`[${user}] page error:`, err.message));

    await page.goto(COCKPIT);
    await logIn(page, user, PASSWORD, log);
    await page.locator('.dashboard, [cam-widget-header], .ctn-header').first().waitFor({ timeout: 30000 });
    await page.waitForLoadState('networkidle');
    log(`[${user}] logged in to Cockpit`);

    for (const [name, route] of await pagesFor(user)) {
      current = name;
      const before = failures.length;
      await page.goto(COCKPIT + route);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(SETTLE_MS);
      // every tab of the page loads its own lists
      const tabs = page.locator('ul.nav.nav-tabs > li > a:visible');
      const tabCount = await tabs.count();
      for (let i = 0; i < tabCount; i++) {
        await tabs.nth(i).click();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
      }
      opened++;
      const file = `${SHOTS}/${user}-${name.replace(/[^a-z0-9]+/gi, '-')}.png`;
      await page.screenshot({ path: file, fullPage: true });
      log(`[${user}] ${name} (${tabCount} tab(s)): ${failures.length - before} failed request(s) – ${file}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}

for (const f of probes) {
  log(`login probe (expected, not counted) [${f.user}]: ${f.status} ${f.method} ${f.url}`);
}
log(`${opened} page(s) opened, ${failures.length} failed request(s)`);
for (const f of failures) {
  log(`FAILED [${f.user}] ${f.page}: ${f.status} ${f.method} ${f.url} ${f.message}`);
}
process.exit(failures.length === 0 ? 0 : 1);
