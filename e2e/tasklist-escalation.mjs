// A user task's deadline as users live it (README "Frister, påmindelser og mail"): the new-task mail, the reminder
// 3 days before the due date, the escalation to the unit's group chief at the due date and to the directorate 7 days
// later, each run by the real job executor of the application's fat jar, across restarts, in real (faked) time.
//
// Usage: node tasklist-escalation.mjs [BASE_URL] [--jar=PATH] [--start=YYYY-MM-DD]
//        (default http://localhost:8097, ../target/aarshjul-*.jar, 2027-01-11)
//
// The script runs everything itself, so one command re-runs it:
//  - a small SMTP sink on 127.0.0.1:SMTP_PORT (default 2597) that keeps every mail (also as .eml files in
//    WORKDIR/mails/);
//  - the application: `faketime --exclude-monotonic '<UTC time>' java -jar JAR --server.port=<BASE_URL's port>` in
//    WORKDIR (default /tmp/escalation-run; the H2 database goes to WORKDIR/data, which the script DELETES first:
//    every run starts on a fresh demo municipality), with AARSHJUL_MAIL=true, SPRING_MAIL_HOST/PORT to the sink and
//    AARSHJUL_BASE_URL=BASE_URL. Its output goes to WORKDIR/app-<n>-<phase>.log. The application is stopped (SIGTERM
//    to its process group) and started again with the clock moved, four starts in all:
//      1. START 09:00 Danish time: jens starts "Årshjul – Skanderborg-modellen" for 2028 (README "Et helt demoår"),
//         mette starts her unit's development contract 2027 (Gl. Rye), peter his (Niels Ebbesen Skolen). Each task is
//         due in 30 days at 16:00 (periods temamoede/kontrakt). The new-task mails reach the candidate groups; mette
//         opens her task from the mail's link; each task has one deadline job, due at the reminder point.
//      2. the reminder point (due - 3 days) + 10 min: the reminders come; henrik's "Eskalerede opgaver" is still
//         empty; peter completes his draft, and its waiting deadline job is gone right after.
//      3. the due date + 10 min: Gl. Rye's draft is escalated to the group chief henrik (Koncernchef Børn og Unge):
//         mail, priority 75, comment; henrik sees it under "Eskalerede opgaver", reads the form, cannot claim or
//         complete it (Tasklist and engine-rest). The theme meeting (no unit, so no group chief) goes to the
//         directorate with priority 75. Peter's completed draft is not escalated. henrik and mette see the escalation
//         comment under the task's "Historik" (Tasklist and engine-rest).
//      4. the due date + 7 days + 10 min: the directorate escalation (mail to jens and karen, priority 100, a second
//         comment); jens sees both tasks under "Eskalerede opgaver" and both comments under "Historik"; no deadline
//         job is left. mette completes her draft: no deadline job and no further mail about it (the next tasks'
//         new-task mails prove the job executor ran meanwhile).
//    After each start the script polls (mails, engine-rest) until the job executor has run the due step. At the end:
//    nobody got the same mail twice, and no ERROR line was logged while the application ran (ERROR lines while it
//    stopped are a FINDING).
//
// Options and environment:
//   --jar=PATH        the fat jar (default: the newest ../target/aarshjul-*.jar beside this script)
//   --start=DATE      the application's first day (default 2027-01-11, a Monday; the demo's DUS 2027 is open)
//   --keep-running    leave the application running after the last phase (to look around; stop it yourself)
//   WORKDIR=/tmp/escalation-run  SMTP_PORT=2597  SHOTS_DIR=/tmp/escalation-shots  JAVA=java  CHROMIUM_PATH=...
//
// Needs faketime (apt-get install faketime), Java 17, the jar (./mvnw -B -q package -DskipTests) and the Debian
// Chromium (/usr/bin/chromium; playwright-core never downloads a browser). The browser runs in the application's
// time (its clock is installed at the application's time, Europe/Copenhagen, da-DK). engine-rest is used as admin
// for CHECKS only, and as henrik to try what Tasklist refuses him. Takes 5-10 minutes on 2 cores.
// Exits 1 when a check fails. Screenshots go to /tmp/escalation-shots.
import { createRun } from './tasklist-helpers.mjs';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name) => (args.find((a) => a.startsWith(`--${name}=`)) || '').substring(name.length + 3) || undefined;
const BASE = (args.find((a) => !a.startsWith('--')) || 'http://localhost:8097').replace(/\/$/, '');
const PORT = Number(new URL(BASE).port || 80);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORKDIR = process.env.WORKDIR || '/tmp/escalation-run';
const SMTP_PORT = Number(process.env.SMTP_PORT || 2597);
const SHOTS = process.env.SHOTS_DIR || '/tmp/escalation-shots';
const JAVA = process.env.JAVA || 'java';
const START_DAY = option('start') || '2027-01-11';
const KEEP_RUNNING = args.includes('--keep-running');
const PASSWORD = 'demo';
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

function newestJar() {
  const dir = path.join(HERE, '..', 'target');
  const jars = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => /^aarshjul-.*\.jar$/.test(f) && !f.endsWith('-plain.jar'))
      .map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)
    : [];
  return jars[0];
}
const JAR = option('jar') || newestJar();
if (!JAR || !fs.existsSync(JAR)) {
  console.error(`No jar (${JAR || '../target/aarshjul-*.jar'}): build it with ./mvnw -B -q package -DskipTests`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------------
// Time: the application's clock is faked; the browser's follows it
// ---------------------------------------------------------------------------------------------------------------

let appOffset = 0; // the application's time minus the machine's (ms)
const appNow = () => Date.now() + appOffset;

/** A day at a time of day in Copenhagen as a Date (the offset is taken from Intl, so summer time is right). */
function copenhagen(day, time) {
  const guess = new Date(`${day}T${time}:00Z`);
  const shown = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Copenhagen' }));
  const asUtc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (shown - asUtc));
}

const DANISH_DAY = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
const DANISH_TIME = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Copenhagen' });
/** As the application's mails and comments write a date: "10. februar 2027". */
const danishDay = (date) => DANISH_DAY.format(date);
/** "10. februar 2027 16:00" (as cockpit-overdue.mjs writes it). */
function danishTime(date) {
  const p = Object.fromEntries(DANISH_TIME.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.day}. ${p.month} ${p.year} ${p.hour}:${p.minute}`;
}

/** The engine's date text (2027-02-10T15:00:00.000+0000) as a Date. */
const engineDate = (text) => new Date(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));

// ---------------------------------------------------------------------------------------------------------------
// The SMTP sink
// ---------------------------------------------------------------------------------------------------------------

const mails = [];
const MAIL_DIR = path.join(WORKDIR, 'mails');

/** RFC 2047 encoded words (=?UTF-8?Q?...?= / ?B?) in a header. */
function decodeWords(text = '') {
  return text.replace(/(\?=)\s+(=\?)/g, '$1$2').replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (all, charset, kind, data) => {
    const bytes = kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (m, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    return bytes.toString(/utf-?8/i.test(charset) ? 'utf8' : 'latin1');
  });
}

/** A message as the sink received it (bytes as latin1 text): its headers, subject and decoded text. */
function parseMessage(raw) {
  const split = raw.indexOf('\r\n\r\n');
  const head = (split < 0 ? raw : raw.slice(0, split)).replace(/\r\n[ \t]+/g, ' ');
  const text = split < 0 ? '' : raw.slice(split + 4);
  const headers = {};
  for (const line of head.split('\r\n')) {
    const m = line.match(/^([^:\s]+):\s*(.*)$/);
    if (m) headers[m[1].toLowerCase()] = m[2];
  }
  const encoding = (headers['content-transfer-encoding'] || '7bit').toLowerCase();
  let bytes;
  if (encoding === 'quoted-printable') {
    bytes = Buffer.from(text.replace(/=\r\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (m, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  } else if (encoding === 'base64') {
    bytes = Buffer.from(text, 'base64');
  } else {
    bytes = Buffer.from(text, 'latin1');
  }
  const charset = ((headers['content-type'] || '').match(/charset="?([^";]+)/i) || [])[1] || 'utf-8';
  return {
    headers,
    subject: decodeWords(headers.subject),
    body: bytes.toString(/utf-?8/i.test(charset) ? 'utf8' : 'latin1').replace(/\r\n/g, '\n')
  };
}

function startSmtpSink(port, log) {
  fs.mkdirSync(MAIL_DIR, { recursive: true });
  const server = net.createServer((socket) => {
    socket.setEncoding('latin1');
    let buffer = '';
    let inData = false;
    let envelope = { from: null, to: [] };
    let lines = [];
    const reply = (line) => socket.write(`${line}\r\n`);
    reply('220 aarshjul-e2e-sink ESMTP');
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            const raw = lines.join('\r\n');
            const message = parseMessage(raw);
            const mail = { n: mails.length + 1, received: Date.now(), appTime: appNow(), from: envelope.from, to: [...envelope.to].sort(), ...message };
            mails.push(mail);
            fs.writeFileSync(path.join(MAIL_DIR, `${String(mail.n).padStart(3, '0')}.eml`), raw, 'latin1');
            log(`  MAIL #${mail.n} to ${mail.to.join(', ')}: "${mail.subject}"`);
            reply('250 2.0.0 Ok: queued');
            envelope = { from: null, to: [] };
            lines = [];
          } else {
            lines.push(line.startsWith('..') ? line.substring(1) : line);
          }
          continue;
        }
        const verb = line.split(' ')[0].toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 aarshjul-e2e-sink');
        else if (verb === 'MAIL') { envelope = { from: (line.match(/<([^>]*)>/) || [])[1], to: [] }; reply('250 2.1.0 Ok'); }
        else if (verb === 'RCPT') { envelope.to.push((line.match(/<([^>]*)>/) || [])[1]); reply('250 2.1.5 Ok'); }
        else if (verb === 'DATA') { inData = true; lines = []; reply('354 End data with <CR><LF>.<CR><LF>'); }
        else if (verb === 'RSET') { envelope = { from: null, to: [] }; reply('250 2.0.0 Ok'); }
        else if (verb === 'NOOP') reply('250 2.0.0 Ok');
        else if (verb === 'QUIT') { reply('221 2.0.0 Bye'); socket.end(); }
        else reply('502 5.5.2 Command not recognized');
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The application under faketime
// ---------------------------------------------------------------------------------------------------------------

let app = null; // { child, exited }
const READY = /Årshjulets årlige start-timer er slået (til|fra)/;
let starts = 0;

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** "2027-01-11 08:00:00" in UTC, as faketime reads it with TZ=UTC. */
function faketimeStamp(date) {
  return date.toISOString().substring(0, 19).replace('T', ' ');
}

async function startApp(at, phase, log) {
  if (await portInUse(PORT)) throw new Error(`something already listens on port ${PORT}`);
  starts++;
  const logFile = path.join(WORKDIR, `app-${starts}-${phase}.log`);
  const out = fs.openSync(logFile, 'w');
  const spawned = Date.now();
  const child = spawn('faketime', ['--exclude-monotonic', faketimeStamp(at), JAVA, '-jar', JAR, `--server.port=${PORT}`], {
    cwd: WORKDIR,
    detached: true, // its own process group: stopped as a whole (faketime forks the JVM)
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      TZ: 'UTC',
      FAKETIME_FORCE_MONOTONIC_FIX: '0',
      AARSHJUL_MAIL: 'true',
      SPRING_MAIL_HOST: '127.0.0.1',
      SPRING_MAIL_PORT: String(SMTP_PORT),
      AARSHJUL_BASE_URL: BASE
    }
  });
  fs.closeSync(out);
  appOffset = at.getTime() - spawned;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  app = { child, exited, logFile, spawned };
  log(`--- start ${starts} (${phase}): the application's time is ${danishTime(at)} (pid ${child.pid}, log ${logFile})`);
  // engine-rest answers before the application runners (demo, grants, Tasklist filters) are done: ready is the line
  // YearlyStartTimer logs on ApplicationReadyEvent
  const end = Date.now() + 300000;
  for (;;) {
    const early = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 1000))]);
    if (early) throw new Error(`the application exited during startup (${JSON.stringify(early)}), see ${logFile}`);
    if (READY.test(fs.readFileSync(logFile, 'utf8'))) {
      const res = await fetch(`${BASE}/engine-rest/version`, { headers: { Authorization: 'Basic ' + Buffer.from(`admin:${PASSWORD}`).toString('base64') } }).catch(() => null);
      if (res && res.ok) break;
    }
    if (Date.now() > end) throw new Error(`the application was not ready within 300 s, see ${logFile}`);
  }
  const seconds = ((Date.now() - spawned) / 1000).toFixed(0);
  log(`    up after ${seconds} s`);
  return Number(seconds);
}

/** The processes of a process group (faketime and the JVM it forked), from /proc. */
function groupMembers(pgid) {
  const members = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.substring(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
    } catch { /* gone meanwhile */ }
  }
  return members;
}

/** Stops the application as an operator would (SIGTERM, graceful shutdown) and waits until the JVM is gone. */
async function stopApp(log) {
  if (!app) return;
  const { child, exited } = app;
  const pgid = child.pid;
  const stopping = Date.now();
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  while (groupMembers(pgid).length > 0 && Date.now() - stopping < 90000) await new Promise((r) => setTimeout(r, 500));
  const left = groupMembers(pgid);
  if (left.length > 0) {
    log(`    the application did not stop within 90 s (pids ${left.join(', ')}): SIGKILL`);
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
  }
  while (await portInUse(PORT)) await new Promise((r) => setTimeout(r, 500));
  log(`--- stopped after ${((Date.now() - stopping) / 1000).toFixed(0)} s${left.length ? ' (killed)' : ''}`);
  app = null;
}

/** Whatever happens to this script, the application it started goes down with it. */
function killAppNow() {
  if (app) try { process.kill(-app.child.pid, 'SIGKILL'); } catch { /* gone */ }
}
process.on('exit', () => { if (!KEEP_RUNNING) killAppNow(); });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { killAppNow(); process.exit(130); });

// ---------------------------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------------------------

fs.mkdirSync(WORKDIR, { recursive: true });
fs.rmSync(path.join(WORKDIR, 'data'), { recursive: true, force: true });
fs.rmSync(MAIL_DIR, { recursive: true, force: true });
for (const file of fs.readdirSync(WORKDIR)) if (/^app-\d+-.*\.log$/.test(file)) fs.rmSync(path.join(WORKDIR, file));
fs.mkdirSync(SHOTS, { recursive: true });
for (const file of fs.readdirSync(SHOTS)) if (file.endsWith('.png')) fs.rmSync(path.join(SHOTS, file));

const run = await createRun({ base: BASE, shots: SHOTS, password: PASSWORD, restUser: 'admin', browserClock: appNow });
const { log, check, observe, done, shot, shotForm, as, waitForTasks, openTask, complete, restJson, waitFor, blur } = run;
const smtp = await startSmtpSink(SMTP_PORT, log);
log(`SMTP sink on 127.0.0.1:${SMTP_PORT}, jar ${JAR}, work directory ${WORKDIR}`);

const START = copenhagen(START_DAY, '09:00');
const timings = [];
const T = {}; // the tasks: { id, name, title, processInstanceId, due }
let DIRECTORS = []; // the directorate's addresses

async function restAs(user, method, restPath, body) {
  const res = await fetch(`${BASE}/engine-rest${restPath}`, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64'),
      ...(body ? { 'Content-Type': 'application/json' } : {})
    },
    body: body ? JSON.stringify(body) : undefined
  });
  return { status: res.status, text: await res.text() };
}

/** The e-mail addresses of a group's members, as the application mails them. */
async function emailsOf(group) {
  const users = await restJson(`/engine-rest/user?memberOfGroup=${group}`);
  return users.map((u) => u.email).sort();
}

async function groupName(group) {
  return (await restJson(`/engine-rest/group/${group}`)).name;
}

/** The deadline jobs of a process instance: Årshjul's own timers have no job definition (BPMN's jobs have one). */
async function deadlineJobs(processInstanceId) {
  const jobs = await restJson(`/engine-rest/job?processInstanceId=${processInstanceId}`);
  return jobs.filter((j) => !j.jobDefinitionId);
}

const mailsSince = (n) => mails.filter((m) => m.n > n);
const findMail = (list, subject, to) => list.find((m) => m.subject === subject && (!to || JSON.stringify(m.to) === JSON.stringify(to)));

/** Waits until every expected mail (subject, recipients) arrived after mail number `since`; returns them. */
async function waitForMails(since, expected, timeout = 180000) {
  try {
    await waitFor(`${expected.length} mail(s)`, () => expected.every((e) => findMail(mailsSince(since), e.subject, e.to)), timeout);
  } catch {
    // the checks below tell which is missing
  }
  const found = expected.map((e) => findMail(mailsSince(since), e.subject, e.to));
  // when the last of them arrived, counted from the start of the JVM (the job executor runs before the app is ready)
  const last = Math.max(...found.filter(Boolean).map((m) => m.received));
  return { found, seconds: found.some(Boolean) ? (last - app.spawned) / 1000 : NaN };
}

function checkMail(what, mail, expected, bodyParts = []) {
  const ok = !!mail && bodyParts.every((p) => mail.body.includes(p));
  check(`${what}: "${expected.subject}" to ${expected.to.join(', ')}`, ok,
    mail ? (ok ? `mail #${mail.n}` : `body lacks ${bodyParts.filter((p) => !mail.body.includes(p)).join(' | ')}`) : 'no such mail');
}

async function task(id) {
  return restJson(`/engine-rest/task/${id}`).catch(() => null);
}

async function comments(id) {
  return restJson(`/engine-rest/task/${id}/comment`);
}

/** Chooses an option in a form-js select (a custom dropdown, not a native <select>). */
async function chooseSelect(scope, label, optionText) {
  const field = scope.locator('.fjs-form-field-select').filter({ hasText: label }).first();
  await field.locator('.fjs-input-group').click();
  const optionItem = field.locator('.fjs-dropdownlist-item').filter({ hasText: optionText }).first();
  await optionItem.waitFor({ timeout: 5000 });
  await optionItem.dispatchEvent('mousedown');
  await field.locator('.fjs-dropdownlist').waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
}

/** Fills "Udarbejd udviklingskontrakt" so that the DUS 2027 requirements are met (as tasklist-contract.mjs). */
async function fillDraft(page, form) {
  const rows = form.locator('.fjs-repeat-row-container');
  const addButton = form.locator('.fjs-repeat-render-add').first();
  await addButton.waitFor();
  const goals = [
    {
      track: '1.', title: 'Bedre eksekvering af byrådets beslutninger',
      purpose: 'Byrådets beslutninger skal omsættes til konkret praksis.',
      activities: 'Fælles ledelsesmøder og implementering af ledelsesgrundlaget.',
      effectFollowUp: 'Halvårlig opfølgning i bestyrelse og MED.',
      addresses: ['Udviklingsmål for implementering af ledelsesgrundlaget', 'Styrket tværgående samarbejde']
    },
    {
      track: '2.', title: 'Lavere sygefravær',
      purpose: 'Et sundt arbejdsmiljø med lavere sygefravær.',
      activities: 'Trivselssamtaler og tidlig dialog ved fravær.',
      effectFollowUp: 'Kvartalsvis opfølgning på fraværsstatistik.',
      indicator: 'Sygefravær i procent', target: 'Under 5 %',
      addresses: ['Lokale mål for sygefravær']
    }
  ];
  for (const [i, goal] of goals.entries()) {
    if ((await rows.count()) <= i) {
      await addButton.click();
      await run.expectCount(rows, i + 1);
    }
    const row = rows.nth(i);
    await chooseSelect(row, 'Udviklingsspor', goal.track);
    await row.getByLabel('Titel', { exact: false }).first().fill(goal.title);
    await row.getByLabel('Formål', { exact: false }).fill(goal.purpose);
    await row.getByLabel('Aktiviteter', { exact: false }).fill(goal.activities);
    await row.getByLabel('Opfølgning på virkning', { exact: false }).fill(goal.effectFollowUp);
    if (goal.indicator) await row.getByLabel('Indikator', { exact: false }).fill(goal.indicator);
    if (goal.target) await row.getByLabel('Målværdi', { exact: false }).fill(goal.target);
    for (const requirement of goal.addresses) await row.getByLabel(requirement, { exact: true }).check();
  }
  await form.getByLabel('Vurdering af eget ledelsesspænd', { exact: false })
    .fill('Ledelsesspændet er ca. 1:25 og ligger inden for principperne.');
  await blur(page);
}

/**
 * Clicks a filter in Tasklist's filter list as a user does; returns its count as Tasklist shows it and the ids of
 * the tasks it lists (read once the list has as many tasks as the count).
 */
async function openFilter(page, name) {
  const filter = page.locator('.task-filters .item.task-filter').filter({ has: page.locator('h4.name', { hasText: name }) }).first();
  await filter.waitFor({ timeout: 20000 });
  await filter.locator('h4.name a').click();
  await page.locator('.task-filters .item.task-filter.active').filter({ hasText: name }).waitFor({ timeout: 20000 });
  await page.mouse.move(900, 700); // the filter's tooltip would cover the list in the screenshot
  let count = '';
  let ids = [];
  const end = Date.now() + 20000;
  while (Date.now() < end) {
    await page.waitForTimeout(500);
    count = (await filter.locator('.counter').innerText().catch(() => '')).trim();
    const hrefs = await page.locator('.tasks-list a[href*="task="]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    ids = [...new Set(hrefs.map((h) => (h.match(/task=([^&]+)/) || [])[1]).filter(Boolean))];
    if (count !== '' && Number(count) === ids.length) break;
  }
  return { filterText: `${name} (${count})`, count: Number(count), ids };
}

/** Records the answers to Tasklist's requests for task comments (the "Historik" tab asks for them). */
function watchComments(page) {
  const statuses = [];
  page.on('response', (response) => {
    if (/\/task\/[^/]+\/comment(\?|$)/.test(response.url())) statuses.push(response.status());
  });
  return statuses;
}

/** Clicks the open task's "Historik" tab as a user does; returns what the tab shows. */
async function historyTab(page) {
  const details = page.locator('.task-details');
  await details.getByText('Historik', { exact: true }).click();
  await page.waitForTimeout(2000); // the user operations and the comments are loaded
  return (await details.innerText()).replace(/\s+/g, ' ');
}

// ---- phase 1: the tasks are created ---------------------------------------------------------------------------

async function phaseCreated() {
  timings.push({ phase: 'created', startup: await startApp(START, 'created', log) });
  const existing = await restJson('/engine-rest/process-instance');
  check('a fresh database: no process instance yet', existing.length === 0, `${existing.length} running`);

  await as('jens', async (page) => {
    await page.getByRole('link', { name: 'Start proces' }).click();
    const modal = page.locator('.modal-dialog');
    await modal.getByText('Årshjul – Skanderborg-modellen', { exact: true }).click();
    await modal.locator('.fjs-form').waitFor();
    await modal.getByLabel('År').fill('2028');
    await modal.getByRole('button', { name: 'Start', exact: true }).click();
    await modal.waitFor({ state: 'detached', timeout: 30000 });
    done(1, 'jens', 'started "Årshjul – Skanderborg-modellen" 2028 from Start proces');
  });
  for (const [user, unit] of [['mette', 'gl-rye'], ['peter', 'niels-ebbesen']]) {
    await as(user, async (page) => {
      await page.getByRole('link', { name: 'Start proces' }).click();
      const modal = page.locator('.modal-dialog');
      await modal.getByText('Udviklingskontrakt / udviklingsaftale', { exact: true }).click();
      await modal.locator('.fjs-form').waitFor();
      await modal.getByLabel('År').fill('2027');
      await modal.getByLabel('Enhedskode').fill(unit);
      await modal.getByRole('button', { name: 'Start', exact: true }).click();
      await modal.waitFor({ state: 'detached', timeout: 30000 });
      done(1, user, `started "Udviklingskontrakt / udviklingsaftale" 2027 for ${unit}`);
    });
  }

  const lookup = async (key, name, group, title) => {
    const [found] = await waitFor(`"${name}" for ${group}`, async () => {
      const list = await restJson(`/engine-rest/task?name=${encodeURIComponent(name)}&candidateGroup=${group}`);
      return list.length ? list : null;
    }, 60000);
    T[key] = { id: found.id, name, title, group, processInstanceId: found.processInstanceId, due: engineDate(found.due), priority: found.priority };
  };
  await lookup('rye', 'Udarbejd udviklingskontrakt', 'kontraktholder-gl-rye', 'Udarbejd udviklingskontrakt – Gl. Rye skole og dagtilbud');
  await lookup('ebbesen', 'Udarbejd udviklingskontrakt', 'kontraktholder-niels-ebbesen', 'Udarbejd udviklingskontrakt – Niels Ebbesen Skolen');
  await lookup('theme', 'Registrér temamøde', 'byraadssekretariat', 'Registrér temamøde');
  const DUE = copenhagen(new Date(START.getTime() + 30 * DAY).toISOString().substring(0, 10), '16:00');
  for (const t of Object.values(T)) {
    check(`${t.title}: due ${danishTime(DUE)} (30 days, 16:00), priority 50`,
      t.due.getTime() === DUE.getTime() && t.priority === 50, `due ${danishTime(t.due)}, priority ${t.priority}`);
  }

  // the new-task mails, one per task, to the candidate group's members
  const expected = [];
  for (const t of Object.values(T)) {
    t.recipients = await emailsOf(t.group);
    expected.push({ subject: `Ny opgave i Årshjul: ${t.title}`, to: t.recipients, task: t });
  }
  const { found, seconds } = await waitForMails(0, expected);
  log(`  new-task mails in the sink ${seconds.toFixed(0)} s after the JVM was started (they follow the users' starts)`);
  for (const [i, e] of expected.entries()) {
    checkMail('new-task mail', found[i], e, [`Frist: ${danishDay(e.task.due)}`, `${BASE}/camunda/app/tasklist/default/#/?task=${e.task.id}`]);
  }

  // one deadline job per task, due at the reminder point
  const reminderAt = new Date(DUE.getTime() - 3 * DAY);
  for (const t of Object.values(T)) {
    const jobs = await waitFor(`the reminder job of ${t.title}`, async () => {
      const list = await deadlineJobs(t.processInstanceId);
      return list.length === 1 && engineDate(list[0].dueDate).getTime() === reminderAt.getTime() ? list : null;
    }, 30000).catch(async () => deadlineJobs(t.processInstanceId));
    check(`${t.title}: one deadline job, due ${danishTime(reminderAt)} (the reminder)`,
      jobs.length === 1 && engineDate(jobs[0].dueDate).getTime() === reminderAt.getTime(),
      jobs.map((j) => danishTime(engineDate(j.dueDate))).join(', ') || 'none');
  }

  // mette opens her task from the mail's link, as she would from her inbox
  const link = (found[0]?.body.match(/https?:\/\/\S+\?task=\S+/) || [])[0];
  await as('mette', async (page) => {
    await page.goto(link);
    const details = page.locator('.task-details');
    await details.waitFor({ timeout: 30000 });
    await details.locator('.fjs-form').waitFor({ timeout: 30000 });
    const header = (await details.innerText()).replace(/\s+/g, ' ');
    check('mette: the mail\'s link opens her task in Tasklist', header.includes('Udarbejd udviklingskontrakt'), header.substring(0, 160));
    await shot(page, '01-mette-task-from-mail-link');
  });
  await stopApp(log);
  return { DUE, reminderAt };
}

// ---- phase 2: the reminder ------------------------------------------------------------------------------------

async function phaseReminder({ reminderAt }) {
  const since = mails.length;
  timings.push({ phase: 'reminder', startup: await startApp(new Date(reminderAt.getTime() + 10 * MINUTE), 'reminder', log) });
  const expected = Object.values(T).map((t) => ({ subject: `Påmindelse: ${t.title} skal være løst senest ${danishDay(t.due)}`, to: t.recipients, task: t }));
  const { found, seconds } = await waitForMails(since, expected);
  timings.push({ phase: 'reminder', step: 'reminder mails', seconds });
  for (const [i, e] of expected.entries()) checkMail('reminder', found[i], e, [`skal være løst senest ${danishDay(e.task.due)}`]);
  for (const t of Object.values(T)) {
    const now = await task(t.id);
    const jobs = await deadlineJobs(t.processInstanceId);
    check(`${t.title}: not escalated yet (priority 50), next job at the due date`,
      now.priority === 50 && jobs.length === 1 && engineDate(jobs[0].dueDate).getTime() === t.due.getTime(),
      `priority ${now.priority}, jobs ${jobs.map((j) => danishTime(engineDate(j.dueDate))).join(', ') || 'none'}`);
  }
  check('no escalation mail before the due date', !mailsSince(since).some((m) => m.subject.startsWith('Forfalden opgave')),
    mailsSince(since).map((m) => m.subject).join(' | '));

  // henrik's "Eskalerede opgaver" is empty before the due date
  await as('henrik', async (page) => {
    const { filterText, ids } = await openFilter(page, 'Eskalerede opgaver');
    check('henrik: "Eskalerede opgaver" lists nothing before the due date', ids.length === 0, `${filterText}: ${ids.join(', ') || 'empty'}`);
    await shot(page, '02-henrik-escalated-before-due');
  });

  // peter completes his draft while its next deadline job (the escalation at the due date) waits
  const before = await deadlineJobs(T.ebbesen.processInstanceId);
  const completedAt = mails.length;
  await as('peter', async (page) => {
    const [found] = await waitForTasks(page, 'peter', 'Udarbejd udviklingskontrakt');
    const form = await openTask(page, found);
    await fillDraft(page, form);
    await shotForm(page, '02-peter-draft-filled');
    await complete(page);
    done(2, 'peter', 'completed "Udarbejd udviklingskontrakt" (Niels Ebbesen Skolen) before its due date');
  });
  const after = await waitFor('the waiting deadline job of peter\'s task to be gone', async () => {
    const jobs = await deadlineJobs(T.ebbesen.processInstanceId);
    return jobs.some((j) => engineDate(j.dueDate).getTime() === T.ebbesen.due.getTime()) ? null : jobs;
  }, 30000).catch(() => null);
  check('peter\'s completed draft: its deadline job (due at the due date) is gone',
    before.length === 1 && after !== null,
    `before ${before.map((j) => danishTime(engineDate(j.dueDate))).join(', ')}; after ${after ? after.map((j) => danishTime(engineDate(j.dueDate))).join(', ') || 'none' : 'still there'}`);
  log(`  the instance's deadline jobs now belong to the next tasks: ${(after || []).length}`);
  // the next tasks' new-task mails (the board and the works council are heard) show the job executor working on
  const next = await waitFor('the hearing tasks\' new-task mails', () => {
    const list = mailsSince(completedAt).filter((m) => m.subject.startsWith('Ny opgave i Årshjul: Giv høringssvar'));
    return list.length >= 1 ? list : null;
  }, 60000).catch(() => []);
  observe('the next tasks of peter\'s contract got their new-task mails', next.length >= 1, next.map((m) => `${m.subject} → ${m.to}`).join(' | '));
  await stopApp(log);
  return { completedAt };
}

// ---- phase 3: the due date: the group chief ------------------------------------------------------------------

async function phaseDue() {
  const since = mails.length;
  timings.push({ phase: 'due', startup: await startApp(new Date(T.rye.due.getTime() + 10 * MINUTE), 'due', log) });
  const chiefGroup = 'koncernchef-boern-unge';
  const chief = await groupName(chiefGroup);
  const directorate = await groupName('direktion');
  const directors = await emailsOf('direktion');
  DIRECTORS = directors;
  const expected = [
    { subject: `Forfalden opgave: ${T.rye.title}`, to: await emailsOf(chiefGroup), body: [`Den er eskaleret til ${chief}.`] },
    { subject: `Forfalden opgave: ${T.theme.title}`, to: directors, body: [`Den er eskaleret til ${directorate}.`] }
  ];
  const { found, seconds } = await waitForMails(since, expected);
  timings.push({ phase: 'due', step: 'escalation mails', seconds });
  for (const [i, e] of expected.entries()) checkMail('escalation at the due date', found[i], e, [...e.body, 'Eskalerede opgaver']);
  check('peter\'s completed draft is not escalated (no mail about it)',
    !mailsSince(since).some((m) => m.subject.includes('Niels Ebbesen Skolen') && m.subject.includes('Udarbejd')),
    mailsSince(since).map((m) => m.subject).join(' | '));

  const rye = await task(T.rye.id);
  const theme = await task(T.theme.id);
  check(`Gl. Rye's draft: priority 75 after the escalation to ${chief}`, rye.priority === 75, `priority ${rye.priority}`);
  check(`the theme meeting (no unit): priority 75, escalated to ${directorate}`, theme.priority === 75, `priority ${theme.priority}`);
  const expectComment = (to) => `Fristen ${danishDay(T.rye.due)} er overskredet. Opgaven er eskaleret til ${to}.`;
  const ryeComments = await comments(T.rye.id);
  check('Gl. Rye\'s draft: the escalation comment', ryeComments.length === 1 && ryeComments[0].message === expectComment(chief),
    ryeComments.map((c) => c.message).join(' | '));
  const themeComments = await comments(T.theme.id);
  check('the theme meeting: the escalation comment', themeComments.length === 1 && themeComments[0].message === expectComment(directorate),
    themeComments.map((c) => c.message).join(' | '));
  const escalateAt = new Date(T.rye.due.getTime() + 7 * DAY);
  const jobs = await deadlineJobs(T.rye.processInstanceId);
  check(`Gl. Rye's draft: next deadline job at ${danishTime(escalateAt)} (the directorate)`,
    jobs.length === 1 && engineDate(jobs[0].dueDate).getTime() === escalateAt.getTime(),
    jobs.map((j) => danishTime(engineDate(j.dueDate))).join(', ') || 'none');

  // henrik: sees it under "Eskalerede opgaver", reads it, cannot take or complete it
  let henrikComments = [];
  await as('henrik', async (page) => {
    henrikComments = watchComments(page);
    const { filterText, ids } = await openFilter(page, 'Eskalerede opgaver');
    check('henrik: "Eskalerede opgaver" lists Gl. Rye\'s draft (and not the theme meeting he may not read)',
      ids.includes(T.rye.id) && !ids.includes(T.theme.id) && !ids.includes(T.ebbesen.id), `${filterText}: ${ids.join(', ')}`);
    await shot(page, '03-henrik-escalated-filter');
    await page.locator(`.tasks-list a[href*="${T.rye.id}"]`).first().click();
    const details = page.locator('.task-details');
    await details.waitFor({ timeout: 30000 });
    await details.locator('.fjs-form').waitFor({ timeout: 30000 });
    const text = (await details.innerText()).replace(/\s+/g, ' ');
    check('henrik: the task opens with its form (he may read it)', text.includes('Udarbejd udviklingskontrakt'), text.substring(0, 200));
    await shot(page, '03-henrik-task-read-only');
    const completeButton = run.completeButton(page);
    const completeUsable = (await completeButton.count()) > 0 && (await completeButton.isEnabled().catch(() => false));
    check('henrik: "Fuldfør" is not usable before he has the task', !completeUsable, completeUsable ? 'enabled' : 'absent or disabled');
    const claim = details.getByText('Tag opgaven', { exact: true });
    if (await claim.isVisible().catch(() => false)) {
      await claim.click();
      await page.waitForTimeout(2000);
      const notes = [...new Set(await run.notifications(page))];
      await shot(page, '03-henrik-claim-refused');
      const now = await task(T.rye.id);
      check('henrik: "Tag opgaven" is refused (the task stays unassigned)', !now.assignee, `assignee ${now.assignee}; Tasklist says: ${notes.join(' | ') || 'nothing'}`);
      observe('henrik: Tasklist tells him why he cannot take the task', notes.length > 0, 'no notification');
      const stillUsable = (await completeButton.count()) > 0 && (await completeButton.isEnabled().catch(() => false));
      check('henrik: "Fuldfør" is still not usable after the refused claim', !stillUsable);
    } else {
      check('henrik: no "Tag opgaven" for a task he may only read', true);
    }
    await run.closeNotifications(page);
    const shown = await historyTab(page);
    await shot(page, '03-henrik-task-history');
    check('henrik: the escalation comment shows under "Historik"', shown.includes(expectComment(chief)),
      `the tab shows "${shown.substring(shown.indexOf('Beskrivelse') + 12, shown.indexOf('Beskrivelse') + 80)}"; Tasklist's comment request answered ${henrikComments.join(', ') || 'nothing'}`);
  });
  const henrikRest = await restAs('henrik', 'GET', `/task/${T.rye.id}/comment`);
  check('henrik: engine-rest GET /task/{id}/comment answers 200 with the comment',
    henrikRest.status === 200 && henrikRest.text.includes(expectComment(chief)), `${henrikRest.status} ${henrikRest.text.substring(0, 140)}`);

  // mette, whose task it is, looks at it without taking it: does she see why its priority rose?
  await as('mette', async (page) => {
    const statuses = watchComments(page);
    await page.goto(`${run.TASKLIST}default/#/?task=${T.rye.id}`);
    await page.locator('.task-details .fjs-form').waitFor({ timeout: 30000 });
    const shown = await historyTab(page);
    await shot(page, '03-mette-task-history');
    check('mette: the escalation comment shows under "Historik" of her own task', shown.includes(expectComment(chief)),
      `the tab shows "${shown.substring(shown.indexOf('Beskrivelse') + 12, shown.indexOf('Beskrivelse') + 80)}"; Tasklist's comment request answered ${statuses.join(', ') || 'nothing'}`);
  });
  const metteRest = await restAs('mette', 'GET', `/task/${T.rye.id}/comment`);
  check('mette: engine-rest GET /task/{id}/comment answers 200 with the comment',
    metteRest.status === 200 && metteRest.text.includes(expectComment(chief)), `${metteRest.status} ${metteRest.text.substring(0, 140)}`);
  const claimRest = await restAs('henrik', 'POST', `/task/${T.rye.id}/claim`, { userId: 'henrik' });
  const completeRest = await restAs('henrik', 'POST', `/task/${T.rye.id}/complete`, { variables: {} });
  check('henrik: engine-rest refuses him claiming and completing it (403)', claimRest.status === 403 && completeRest.status === 403,
    `claim ${claimRest.status}, complete ${completeRest.status}`);
  const readRest = await restAs('henrik', 'GET', `/task/${T.rye.id}`);
  check('henrik: engine-rest lets him read it (200)', readRest.status === 200, `${readRest.status}`);
  const stillOpen = await task(T.rye.id);
  check('Gl. Rye\'s draft is still open and unassigned', stillOpen && !stillOpen.assignee, stillOpen ? `assignee ${stillOpen.assignee}` : 'gone');
  await stopApp(log);
}

// ---- phase 4: 7 days later: the directorate; then mette completes -------------------------------------------

async function phaseDirectorate() {
  const since = mails.length;
  const escalateAt = new Date(T.rye.due.getTime() + 7 * DAY);
  timings.push({ phase: 'directorate', startup: await startApp(new Date(escalateAt.getTime() + 10 * MINUTE), 'directorate', log) });
  const directorate = await groupName('direktion');
  const directors = await emailsOf('direktion');
  const expected = [
    { subject: `Forfalden opgave: ${T.rye.title}`, to: directors },
    { subject: `Forfalden opgave: ${T.theme.title}`, to: directors }
  ];
  const { found, seconds } = await waitForMails(since, expected);
  timings.push({ phase: 'directorate', step: 'escalation mails', seconds });
  for (const [i, e] of expected.entries()) checkMail('escalation to the directorate', found[i], e, [`Den er eskaleret til ${directorate}.`]);
  for (const key of ['rye', 'theme']) {
    const now = await task(T[key].id);
    const list = await comments(T[key].id);
    const jobs = await deadlineJobs(T[key].processInstanceId);
    check(`${T[key].title}: priority 100, two escalation comments, no deadline job left`,
      now.priority === 100 && list.length === 2 && list.some((c) => c.message.endsWith(`eskaleret til ${directorate}.`)) && jobs.length === 0,
      `priority ${now.priority}; comments ${list.map((c) => c.message).join(' | ')}; jobs ${jobs.length}`);
  }

  await as('jens', async (page) => {
    const { filterText, ids } = await openFilter(page, 'Eskalerede opgaver');
    check('jens: "Eskalerede opgaver" lists Gl. Rye\'s draft and the theme meeting', ids.includes(T.rye.id) && ids.includes(T.theme.id),
      `${filterText}: ${ids.join(', ')}`);
    await shot(page, '04-jens-escalated-filter');
    await page.locator(`.tasks-list a[href*="${T.rye.id}"]`).first().click();
    await page.locator('.task-details .fjs-form').waitFor({ timeout: 30000 });
    await shot(page, '04-jens-task');
    const shown = await historyTab(page);
    await shot(page, '04-jens-task-history');
    check('jens: both escalation comments show under "Historik"',
      shown.includes(`Opgaven er eskaleret til ${await groupName('koncernchef-boern-unge')}.`) && shown.includes(`Opgaven er eskaleret til ${directorate}.`),
      shown.substring(shown.indexOf('Beskrivelse'), shown.indexOf('Beskrivelse') + 300));
  });

  // mette completes her draft at last
  const completedAt = mails.length;
  await as('mette', async (page) => {
    const [found] = await waitForTasks(page, 'mette', 'Udarbejd udviklingskontrakt');
    const form = await openTask(page, found);
    await fillDraft(page, form);
    await complete(page);
    await shot(page, '04-mette-completed');
    done(4, 'mette', 'completed "Udarbejd udviklingskontrakt" (Gl. Rye) 7 days after its due date');
  });
  const gone = await task(T.rye.id);
  check('Gl. Rye\'s draft is completed', gone === null || gone === undefined);
  // the next tasks (hearing of the board and the works council) get new-task mails: the job executor runs meanwhile
  const next = await waitFor('the hearing tasks\' new-task mails', () => {
    const list = mailsSince(completedAt).filter((m) => m.subject.startsWith('Ny opgave i Årshjul: Giv høringssvar'));
    return list.length >= 2 ? list : null;
  }, 90000).catch(() => mailsSince(completedAt));
  log(`  after the completion: ${next.map((m) => `#${m.n} "${m.subject}" → ${m.to}`).join(' | ') || 'no mail'}`);
  await new Promise((r) => setTimeout(r, 20000)); // a few more job acquisitions (every 5 s)
  const jobs = await restJson(`/engine-rest/job?processInstanceId=${T.rye.processInstanceId}`);
  const deadline = jobs.filter((j) => !j.jobDefinitionId);
  const hearings = await restJson(`/engine-rest/task?processInstanceId=${T.rye.processInstanceId}`);
  check('Gl. Rye\'s instance: no deadline job of the completed draft (the only ones belong to the next tasks)',
    deadline.length === hearings.length && deadline.every((j) => engineDate(j.dueDate).getTime() !== escalateAt.getTime()),
    `${deadline.length} deadline job(s) for ${hearings.length} open task(s) (${hearings.map((h) => h.name).join(', ')}); due ${deadline.map((j) => danishTime(engineDate(j.dueDate))).join(', ')}`);
  const about = mailsSince(completedAt).filter((m) => m.subject.includes(T.rye.title));
  check('no further mail about the completed draft', about.length === 0, about.map((m) => `#${m.n} ${m.subject}`).join(' | '));
  check('only new-task mails for the next tasks after the completion',
    mailsSince(completedAt).every((m) => m.subject.startsWith('Ny opgave i Årshjul: Giv høringssvar på udviklingskontrakt')),
    mailsSince(completedAt).map((m) => m.subject).join(' | '));
  if (!KEEP_RUNNING) await stopApp(log);
}

// ---- the summary ----------------------------------------------------------------------------------------------

let exitCode = 1;
try {
  const created = await phaseCreated();
  await phaseReminder(created);
  await phaseDue();
  await phaseDirectorate();
  const appErrors = [];
  const shutdownErrors = [];
  for (const file of fs.readdirSync(WORKDIR).filter((f) => /^app-\d+-.*\.log$/.test(f))) {
    let stopping = false;
    for (const line of fs.readFileSync(path.join(WORKDIR, file), 'utf8').split('\n')) {
      if (/Commencing graceful shutdown/.test(line)) stopping = true;
      if (/ ERROR /.test(line)) (stopping ? shutdownErrors : appErrors).push(`${file}: ${line.substring(0, 240)}`);
    }
  }
  // no one gets the same mail twice (a step that ran twice, e.g. again after a restart). Each step mails once; only a
  // task without a unit (the theme meeting) is escalated to the directorate twice with the same mail, by design.
  const directors = DIRECTORS.join(', ');
  const seen = new Map();
  for (const m of mails) {
    const key = `${m.subject} → ${m.to.join(', ')}`;
    seen.set(key, [...(seen.get(key) || []), m]);
  }
  const allowed = (key) => (key.startsWith('Forfalden opgave: ') && key.endsWith(` → ${directors}`) ? 2 : 1);
  const twice = [...seen.entries()].filter(([key, list]) => list.length > allowed(key));
  for (const [key] of twice) {
    const subject = key.substring(0, key.indexOf(' → '));
    for (const file of fs.readdirSync(WORKDIR).filter((f) => /^app-\d+-.*\.log$/.test(f))) {
      for (const line of fs.readFileSync(path.join(WORKDIR, file), 'utf8').split('\n')) {
        if (line.includes(`Mail sendt: '${subject}'`) || /ENGINE-16004/.test(line)) log(`  evidence ${file}: ${line.substring(0, 200)}`);
      }
    }
  }
  check('nobody got the same mail twice', twice.length === 0,
    twice.map(([key, list]) => `${list.map((m) => `#${m.n}`).join(' and ')}: ${key}`).join(' | '));
  check('no ERROR line in the application\'s logs while it ran', appErrors.length === 0, appErrors.slice(0, 5).join(' || '));
  observe('no ERROR line while the application stopped (SIGTERM)', shutdownErrors.length === 0,
    `${shutdownErrors.length} line(s), e.g. ${shutdownErrors.slice(0, 2).join(' || ')}`);
  exitCode = await run.finish('a task\'s deadline ran through mail, reminder and both escalations across restarts');
} catch (err) {
  console.error('FAILED:', err);
  exitCode = await run.finish('', true);
} finally {
  if (!KEEP_RUNNING) await stopApp(log).catch(() => {});
  smtp.close();
}
console.log('\nMails (subject → recipients, application time):');
for (const m of mails) console.log(`  #${m.n} ${danishTime(new Date(m.appTime))}  "${m.subject}" → ${m.to.join(', ')}`);
console.log('\nTimings:');
for (const t of timings) {
  console.log(t.startup !== undefined
    ? `  ${t.phase}: application ready ${t.startup} s after the JVM was started`
    : `  ${t.phase}: ${t.step} all in the sink ${t.seconds.toFixed(0)} s after the JVM was started`);
}
console.log(`Mails kept in ${MAIL_DIR}, application logs in ${WORKDIR}, screenshots in ${SHOTS}`);
process.exit(exitCode);
