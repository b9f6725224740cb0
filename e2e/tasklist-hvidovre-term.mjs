// End-to-end test of Hvidovre's governance model in Camunda Tasklist: the FIRST YEAR of the election term
// 2026–2029 for all three standing committees, and the YEAR-2 BUDGET ADJUSTMENT (issue 15).
//
// Usage: node tasklist-hvidovre-term.mjs [BASE_URL]   (default http://localhost:8080)
//
// Needs a fresh database with the Hvidovre demo (AARSHJUL_GOVERNANCE_MODEL=hvidovre, no term yet), the job
// executor on and a date in December 2026 or later (then the calendar dates of 2026 – dialogue window,
// follow-up 15 November, budget adoption 10 October – have passed and the timers fire at once). Uses the
// Debian Chromium (/usr/bin/chromium, override with CHROMIUM_PATH); playwright-core never downloads a browser.
// Screenshots go to /tmp/e2e-hvidovre/shots (override with SHOTS_DIR).
//
// Environment:
//   FROM_STEP=n / TO_STEP=n   run only steps n..m (0-7) of a term already started (for debugging a step)
//   LOCALE=da-DK              the browser's locale (dates are typed in its format)
//
// Every task is done the way a user does it: log in, open the "Min gruppes opgaver" filter, click the task,
// "Tag opgaven" (Claim), fill the form, "Fuldfør" (Complete; never Save). engine-rest (basic auth as niels) is
// used only for CHECKS (instances, business keys, which tasks exist), never to complete a task.
// Steps (demo logins, password "demo"):
//   0 niels starts "Årshjul – Hvidovres dialogbaserede styringsmodel", first year 2026; check: three
//     committee-term instances "2026–2029/<udvalg>" and the term instance "2026–2029/Hvidovre"
//   1 per committee the secretary (julie BUU, jonas SSU, emma ØU) prepares the material ("Forbered
//     udvalgets materiale", the status section is shown) and registers the committee meeting (date,
//     decisions, meeting model per group in a dynamic list, facilitated, joint committees):
//     BUU Skoler = type, Dagtilbud = district, facilitated, joint with SSU; SSU and ØU one unit each
//   2 dialogue meetings: the secretary (staff unit: niels) plans each meeting (15 April 2026, inside the
//     window 1 March–31 May; a date outside is refused first), every leader gives input from staff and
//     board (board field only for schools/daycare), the secretary (staff: niels) holds the meeting and
//     writes minutes, follow-up notes and wishes per institution
//   3 beacons: the secretary drafts 2 beacons and registers the decision; BUU's are first sent back with
//     a comment, which the next draft shows, then decided
//   4 term goals: the pen holder (BUU leaders, jonas for the care homes, jakob, simon) writes goals in the
//     common template (2 goals, one with a citizen-satisfaction measure); on Avedøre Skole a 6th goal and
//     a goal without a beacon are refused with a Danish message and nothing typed is lost; the secretary
//     (staff: niels) approves
//   5 follow-up (due 15 November 2026, passed): each leader reports (colour, effect, the satisfaction
//     result where the goal has a measure – left empty first to see it is required), the group chief
//     (michael, helle, lars) approves, the secretary registers the committee's discussion of the roll-up
//   6 year 2: louise registers the budget adoption 2027 (8 October 2026) from "Start proces" (notes whether
//     the committees had already moved on by the calendar's 10 October); every pen holder reviews the
//     goals: Avedøre Skole and Center for Økonomi og Styring adjust ("Tilpas målene": reason + a changed
//     title), the others keep them; the secretary (staff: niels) approves the adjustments; check: each
//     committee is at "Forbered udvalgets materiale" for 2027 (the BUU task is opened and shown)
//   7 Cockpit (admin): the definition "Valgperiode i et fagudvalg (Hvidovre)" with the three committees'
//     business keys, and the diagram of BUU's instance
//
// Checks of what a user sees (no English form-js texts, the status/roll-up sections, the fields that
// appear) are recorded; a failing check or step makes the exit code 1. A summary is printed at the end.
//
// Run it on a fresh database, e.g.
//   mkdir -p /tmp/e2e-hv && cd /tmp/e2e-hv && AARSHJUL_GOVERNANCE_MODEL=hvidovre java -jar .../aarshjul-*.jar --server.port=8096
//   cd e2e && npm ci && node tasklist-hvidovre-term.mjs http://localhost:8096
import { logIn } from './login-form.mjs';
import { createRun } from './tasklist-helpers.mjs';
import assert from 'node:assert/strict';

const BASE = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const COCKPIT = `${BASE}/camunda/app/cockpit/`;
const SHOTS = process.env.SHOTS_DIR || '/tmp/e2e-hvidovre/shots';
const PASSWORD = 'demo';
const LOCALE = process.env.LOCALE || 'da-DK';
const REST_USER = process.env.REST_USER || 'niels';

const FIRST_YEAR = 2026;
const TERM = '2026–2029'; // en dash, as the business keys
const BUDGET_YEAR = 2027;
const ADOPTED_ON = '2026-10-08';
const MEETING_DATE = '2026-04-15'; // inside the dialogue window 1 March–31 May 2026
const OUTSIDE_WINDOW = '2026-06-15';

// The Hvidovre demo (README "Hvidovres demokommune")
const COMMITTEES = [
  {
    code: 'boerne-og-undervisningsudvalget', name: 'Børne- og Undervisningsudvalget', short: 'BUU',
    secretary: 'julie', chief: 'michael',
    models: { Skoler: 'Enheder af samme type sammen', Dagtilbud: 'Enheder i samme distrikt sammen' },
    facilitated: true, joint: ['Social- og Sundhedsudvalget'], sendBeaconsBack: true,
    beacons: [
      { title: 'Alle børn skal lære mere', description: 'Fagligheden løftes i alle skoler og dagtilbud.' },
      { title: 'Trivsel og fællesskaber', description: 'Børn og unge skal trives og være en del af fællesskabet.' }
    ],
    units: [
      { code: 'avedoere-skole', name: 'Avedøre Skole', leader: 'christian', penHolder: 'christian', approver: 'julie', board: true, adjust: true },
      { code: 'engstrandskolen', name: 'Engstrandskolen', leader: 'line', penHolder: 'line', approver: 'julie', board: true },
      { code: 'risbjergskolen', name: 'Risbjergskolen', leader: 'martin', penHolder: 'martin', approver: 'julie', board: true },
      { code: 'dagtilbud-avedoere', name: 'Dagtilbud Avedøre', leader: 'maja', penHolder: 'maja', approver: 'julie', board: true },
      { code: 'dagtilbud-hvidovre-nord', name: 'Dagtilbud Hvidovre Nord', leader: 'sanne', penHolder: 'sanne', approver: 'julie', board: true }
    ],
    meetings: { julie: 3 }
  },
  {
    code: 'social-og-sundhedsudvalget', name: 'Social- og Sundhedsudvalget', short: 'SSU',
    secretary: 'jonas', chief: 'helle',
    models: { Plejecentre: 'Hver enhed for sig' }, facilitated: false, joint: [],
    beacons: [
      { title: 'Selvhjulpne ældre', description: 'Rehabilitering før hjælp.' },
      { title: 'Værdig pleje', description: 'Beboerne oplever omsorg og medbestemmelse.' }
    ],
    units: [
      { code: 'plejecenter-krogaarden', name: 'Plejecenter Krogården', leader: 'bettina', penHolder: 'jonas', approver: 'jonas' },
      { code: 'plejecenter-henrikshave', name: 'Plejecenter Henrikshave', leader: 'lotte', penHolder: 'jonas', approver: 'jonas' }
    ],
    meetings: { jonas: 2 }
  },
  {
    code: 'oekonomiudvalget', name: 'Økonomiudvalget', short: 'ØU',
    secretary: 'emma', chief: 'lars',
    models: { Borgerservice: 'Hver enhed for sig' }, facilitated: false, joint: [],
    beacons: [
      { title: 'Digital og nærværende service', description: 'Borgerne får hurtig og venlig betjening.' },
      { title: 'Økonomi i balance', description: 'Budgetterne overholdes.' }
    ],
    units: [
      { code: 'borgerservice', name: 'Borgerservice', leader: 'jakob', penHolder: 'jakob', approver: 'emma' },
      { code: 'oekonomi-og-styring', name: 'Center for Økonomi og Styring', leader: 'simon', penHolder: 'simon', approver: 'niels', staff: true, adjust: true }
    ],
    meetings: { emma: 1, niels: 1 }
  }
];
const ALL_UNITS = COMMITTEES.flatMap((c) => c.units.map((u) => ({ ...u, committee: c })));
const REFUSAL_UNIT = ALL_UNITS[0]; // Avedøre Skole: 6th goal and a goal without a beacon are refused


const run = await createRun({ base: BASE, shots: SHOTS, locale: LOCALE, password: PASSWORD, restUser: REST_USER });
const {
  browser, stepRows, log, check, observe, done, shot, shotForm, checkDanish, as, waitForTasks, openTask, blur, closeNotifications,
  notificationCoversComplete, complete, completeRefused, infoText, chooseOption, fillDateInDialog, fillDate, fillText,
  expectCount, listByLabel, listRows, fieldsOf, addButtonOf, addRow, restJson, waitFor
} = run;

// engine-rest (checks only)
async function committeeInstances() {
  return restJson(`/engine-rest/process-instance?processDefinitionKey=hvidovre-committee-term`);
}

// ---------------------------------------------------------------------------------------------
// The term, step by step
// ---------------------------------------------------------------------------------------------

async function step0StartTerm() {
  const existing = await restJson(`/engine-rest/history/process-instance?processDefinitionKey=hvidovre-term`);
  assert.equal(existing.length, 0, 'a term is already started: use a fresh database');
  await as('niels', async (page) => {
    await page.getByRole('link', { name: 'Start proces' }).click();
    const modal = page.locator('.modal-dialog');
    await modal.getByText('Årshjul – Hvidovres dialogbaserede styringsmodel', { exact: true }).click();
    await modal.locator('.fjs-form').waitFor();
    const year = modal.getByLabel('Valgperiodens første år');
    await year.fill(String(FIRST_YEAR));
    await blur(page);
    await shot(page, '00-start-term');
    await checkDanish(modal.locator('.fjs-form'), 'start form');
    await modal.getByRole('button', { name: 'Start', exact: true }).click();
    await modal.waitFor({ state: 'detached', timeout: 30000 });
  });
  const instances = await waitFor('three committee-term instances', async () => {
    const list = await committeeInstances();
    return list.length >= 3 ? list : null;
  });
  const keys = instances.map((i) => i.businessKey).sort();
  check('three committee-term instances with business keys "2026–2029/<udvalg>"',
    JSON.stringify(keys) === JSON.stringify(COMMITTEES.map((c) => `${TERM}/${c.name}`).sort()), keys.join(', '));
  const term = await restJson(`/engine-rest/process-instance?processDefinitionKey=hvidovre-term`);
  check('term instance "2026–2029/Hvidovre"', term.length === 1 && term[0].businessKey === `${TERM}/Hvidovre`,
    term.map((i) => i.businessKey).join(', '));
  done(0, 'niels', `started the term ${TERM} (${keys.join('; ')})`);
}

async function step1Material() {
  for (const committee of COMMITTEES) {
    const key = `${TERM}/${committee.name}`;
    await as(committee.secretary, async (page) => {
      const [task] = await waitForTasks(page, committee.secretary, 'Forbered udvalgets materiale', 1, key);
      const form = await openTask(page, task);
      const info = await infoText(form);
      check(`${committee.short} material: the status section is shown`, /status/i.test(info), info.substring(0, 300).replace(/\n/g, ' / '));
      await fillText(form, 'Viden og trends', { BUU: 'Flere børn i Avedøre og færre pædagoger; digital læring.', SSU: 'Flere ældre over 80 år og færre hænder; velfærdsteknologi.', 'ØU': 'Flere digitale henvendelser; stramme budgetter.' }[committee.short]);
      await fillText(form, 'Tilfredshedsmålinger', 'Brugertilfredshedsundersøgelsen 2025: 78 % tilfredse.');
      await fillText(form, 'Dokumentation', 'Kvalitetsrapporten 2025.');
      await fillText(form, 'Nøgletal', 'Udgift pr. bruger, sygefravær, ventetider.');
      if (committee === COMMITTEES[0]) await shotForm(page, '01-material-buu');
      await checkDanish(form, `${committee.short} material form`);
      await complete(page);
      done(1, committee.secretary, `${committee.short}: material prepared`);

      const [meeting] = await waitForTasks(page, committee.secretary, 'Registrér udvalgsmødet', 1, key);
      const meetingForm = await openTask(page, meeting);
      const materialShown = await infoText(meetingForm);
      check(`${committee.short} meeting form shows the material`, materialShown.includes('Kvalitetsrapporten 2025'),
        materialShown.substring(0, 200).replace(/\n/g, ' / '));
      await fillDate(meetingForm, 'Dato for udvalgsmødet', `${FIRST_YEAR}-02-10`);
      await fillText(meetingForm, 'Udvalgets drøftelse og beslutninger', 'Udvalget drøftede materialet og besluttede dialogmødernes form.');
      const models = listByLabel(meetingForm, 'Mødemodel pr. gruppe');
      const groups = fieldsOf(models, 'textfield', 'Gruppe');
      const n = await groups.count();
      const seenGroups = [];
      for (let i = 0; i < n; i++) seenGroups.push(await groups.nth(i).locator('input').inputValue());
      check(`${committee.short} meeting: one row per group (${Object.keys(committee.models).join(', ')})`,
        JSON.stringify([...seenGroups].sort()) === JSON.stringify(Object.keys(committee.models).sort()), `rows: ${seenGroups.join(', ')}`);
      for (let i = 0; i < n; i++) {
        await chooseOption(fieldsOf(models, 'select', 'Mødemodel').nth(i), committee.models[seenGroups[i]]);
      }
      if (committee.facilitated) await meetingForm.getByLabel('Møderne faciliteres af administrationen').check();
      for (const other of committee.joint) await meetingForm.getByLabel(other, { exact: true }).check();
      const jointOptions = await meetingForm.locator('.fjs-form-field-checklist').filter({ hasText: 'Fælles møder' })
        .locator('label').allInnerTexts();
      log(`  joint committee options: ${jointOptions.join(' | ')}`);
      if (committee === COMMITTEES[0]) await shotForm(page, '01-committee-meeting-buu');
      await checkDanish(meetingForm, `${committee.short} meeting form`);
      await complete(page);
      done(1, committee.secretary, `${committee.short}: committee meeting registered (${seenGroups.map((g) => `${g}: ${committee.models[g]}`).join('; ')})`);
    });
  }
}

async function step2Dialogues() {
  // plan every meeting
  for (const committee of COMMITTEES) {
    for (const [planner, count] of Object.entries(committee.meetings)) {
      await as(planner, async (page) => {
        const tasks = await waitForTasks(page, planner, 'Planlæg dialogmøde', count);
        for (const [i, task] of tasks.entries()) {
          const form = await openTask(page, task);
          const title = (await infoText(form)).split('\n')[0].replace(/^#+\s*/, '');
          if (committee === COMMITTEES[0] && i === 0) {
            // a date outside the dialogue window is refused in Danish, nothing else is lost
            await fillDate(form, 'Dato for dialogmødet', OUTSIDE_WINDOW);
            await fillText(form, 'Sted', 'Hvidovre Rådhus, udvalgsværelse 1');
            const refused = await completeRefused(page);
            check('plan: a date outside the dialogue window is refused with a Danish message',
              refused.disabled || (refused.stillOpen && refused.notes.some((t) => /dialog|periode|vindue|mellem/i.test(t))),
              JSON.stringify(refused));
            if (!refused.disabled) await shotForm(page, '02-plan-refused-outside-window');
            await closeNotifications(page);
            const place = await form.getByLabel('Sted').inputValue();
            check('plan: "Sted" is kept after the refusal', place === 'Hvidovre Rådhus, udvalgsværelse 1', `"${place}"`);
          }
          await fillDate(form, 'Dato for dialogmødet', MEETING_DATE);
          await fillText(form, 'Sted', 'Hvidovre Rådhus, udvalgsværelse 1');
          if (committee === COMMITTEES[0] && i === 0) {
            await shotForm(page, '02-plan-dialogue-buu');
            await checkDanish(form, 'plan form');
          }
          if (planner === 'niels') await shotForm(page, '02-plan-dialogue-staff-niels');
          await complete(page);
          done(2, planner, `planned dialogue meeting: ${title}`);
        }
      });
    }
  }
  // every leader brings input from staff and board
  for (const unit of ALL_UNITS) {
    await as(unit.leader, async (page) => {
      const [task] = await waitForTasks(page, unit.leader, 'Indhent input fra medarbejdere og bestyrelse', 1, undefined, 180000);
      const form = await openTask(page, task);
      const info = await infoText(form);
      check(`input ${unit.name}: the task names the institution`, info.includes(unit.name), info.substring(0, 200).replace(/\n/g, ' / '));
      await fillText(form, 'Input fra medarbejderne', `Medarbejderne i ${unit.name} ønsker mere tid til kerneopgaven.`);
      const board = form.getByLabel('Input fra bestyrelsen');
      const boardVisible = await board.isVisible().catch(() => false);
      check(`input ${unit.name}: board field ${unit.board ? 'shown' : 'hidden'}`, boardVisible === !!unit.board, `visible: ${boardVisible}`);
      if (boardVisible) await board.fill('Bestyrelsen peger på trivsel og forældresamarbejde.');
      if (unit === ALL_UNITS[0]) await shotForm(page, '02-input-avedoere-skole');
      if (unit.code === 'plejecenter-krogaarden') await shotForm(page, '02-input-krogaarden-no-board');
      if (unit === ALL_UNITS[0]) await checkDanish(form, 'input form');
      await complete(page);
      done(2, unit.leader, `input given for ${unit.name}${boardVisible ? ' (staff and board)' : ' (staff)'}`);
    });
  }
  // hold every meeting
  for (const committee of COMMITTEES) {
    for (const [host, count] of Object.entries(committee.meetings)) {
      await as(host, async (page) => {
        const tasks = await waitForTasks(page, host, 'Hold dialogmøde med institutionerne og skriv referat', count, undefined, 180000);
        for (const [i, task] of tasks.entries()) {
          const form = await openTask(page, task);
          const info = await infoText(form);
          await fillText(form, 'Referat', 'Institutionerne fortalte om årets resultater; udvalget drøftede trivsel og faglighed.');
          const outcomes = listByLabel(form, 'Pr. institution');
          const names = fieldsOf(outcomes, 'textfield', 'Institution');
          const n = await names.count();
          assert.ok(n >= 1, 'the minutes form lists the institutions');
          const units = [];
          for (let r = 0; r < n; r++) {
            const name = await names.nth(r).locator('input').inputValue();
            units.push(name);
            await fieldsOf(outcomes, 'textarea', 'Opfølgning på sidste års mål').nth(r).locator('textarea')
              .fill(`Første år i valgperioden: ingen mål fra sidste år for ${name}.`);
            await fieldsOf(outcomes, 'textarea', 'Ønsker til udviklingen').nth(r).locator('textarea')
              .fill(`Udvalget ønsker, at ${name} styrker ${committee.beacons[0].title.toLowerCase()}.`);
          }
          check(`minutes (${host}): the leaders' input is shown`, /Medarbejderne i/.test(info), info.substring(0, 300).replace(/\n/g, ' / '));
          if (committee === COMMITTEES[0] && i === 0) {
            await shotForm(page, '02-dialogue-minutes-buu');
            await checkDanish(form, 'minutes form');
          }
          if (host === 'niels') await shotForm(page, '02-dialogue-minutes-staff-niels');
          await complete(page);
          done(2, host, `dialogue meeting held, minutes for ${units.join(', ')}`);
        }
      });
    }
  }
}

async function draftBeacons(page, committee, key, { expectFeedback } = {}) {
  const [task] = await waitForTasks(page, committee.secretary, 'Udarbejd politiske pejlemærker', 1, key, 180000);
  const form = await openTask(page, task);
  const info = await infoText(form);
  check(`${committee.short} beacon draft: the meetings' wishes are shown`, info.includes('Udvalget ønsker'), info.substring(0, 300).replace(/\n/g, ' / '));
  const rows = listRows(form, 'Politiske pejlemærker');
  if (expectFeedback) {
    check(`${committee.short} beacon draft after send-back: the committee's comment is shown`, info.includes(expectFeedback),
      info.substring(0, 400).replace(/\n/g, ' / '));
    const kept = await rows.count();
    check(`${committee.short} beacon draft after send-back: the 2 beacons are prefilled`, kept === 2, `rows: ${kept}`);
    if (kept >= 2) {
      await rows.nth(1).getByLabel('Uddybning').fill(committee.beacons[1].description + ' Også i fritiden.');
    }
    await shotForm(page, `03-beacons-redraft-${committee.short.toLowerCase()}`);
  } else {
    while ((await rows.count()) < committee.beacons.length) await addRow(form, 'Politiske pejlemærker');
    for (const [i, beacon] of committee.beacons.entries()) {
      await rows.nth(i).getByLabel('Pejlemærke').fill(beacon.title);
      await rows.nth(i).getByLabel('Uddybning').fill(beacon.description);
    }
    if (committee === COMMITTEES[0]) {
      await shotForm(page, '03-beacons-draft-buu');
      await checkDanish(form, 'beacon draft form');
    }
  }
  await complete(page);
}

async function step3Beacons() {
  for (const committee of COMMITTEES) {
    const key = `${TERM}/${committee.name}`;
    await as(committee.secretary, async (page) => {
      await draftBeacons(page, committee, key);
      done(3, committee.secretary, `${committee.short}: 2 beacons drafted`);
      if (committee.sendBeaconsBack) {
        const comment = 'Udvalget ønsker, at trivselspejlemærket også nævner fritiden.';
        const [task] = await waitForTasks(page, committee.secretary, 'Registrér udvalgets beslutning om pejlemærker', 1, key);
        const form = await openTask(page, task);
        await form.getByLabel('Udvalget sendte dem tilbage til administrationen').check();
        await fillText(form, 'Kommentar til administrationen', comment);
        await shotForm(page, '03-beacons-send-back-buu');
        await complete(page);
        done(3, committee.secretary, `${committee.short}: beacons sent back with a comment`);
        await draftBeacons(page, committee, key, { expectFeedback: comment });
        done(3, committee.secretary, `${committee.short}: beacons redrafted (comment shown, beacons kept)`);
      }
      const [task] = await waitForTasks(page, committee.secretary, 'Registrér udvalgets beslutning om pejlemærker', 1, key);
      const form = await openTask(page, task);
      const info = await infoText(form);
      check(`${committee.short} beacon decision shows the beacons`, committee.beacons.every((b) => info.includes(b.title)), info.substring(0, 300).replace(/\n/g, ' / '));
      await form.getByLabel('Udvalget besluttede pejlemærkerne').check();
      if (committee === COMMITTEES[0]) {
        await shotForm(page, '03-beacons-decision-buu');
        await checkDanish(form, 'beacon decision form');
      }
      await complete(page);
      done(3, committee.secretary, `${committee.short}: beacons decided`);
    });
  }
}

/** Values of one term goal. */
function goalOf(unit, committee, index) {
  const goals = [
    {
      title: `Styrket ${committee.beacons[0].title.toLowerCase()} i ${unit.name}`,
      expectedEffect: 'Flere borgere oplever en mærkbar forbedring.',
      effectFollowUp: 'Årlig opfølgning i ledelsesteamet og med udvalget.',
      indicator: 'Andel borgere med forbedring',
      beacons: [committee.beacons[0].title]
    },
    {
      title: `Bedre ${committee.beacons[1].title.toLowerCase()}`,
      expectedEffect: 'Højere tilfredshed blandt borgerne.',
      effectFollowUp: 'Tilfredshedsmåling hvert år i november.',
      indicator: 'Andel tilfredse borgere',
      satisfaction: 'Den årlige brugertilfredshedsmåling (andel tilfredse)',
      beacons: [committee.beacons[1].title, committee.beacons[0].title]
    }
  ];
  return goals[index] || {
    title: `Ekstra mål ${index + 1}`, expectedEffect: 'Effekt.', effectFollowUp: 'Opfølgning.', indicator: 'Indikator',
    beacons: [committee.beacons[0].title]
  };
}

/** The goal-title input of a row of the goal template ("Mål", not "Borgertilfredshedsmåling"). */
function titleInput(row) {
  return row.locator('.fjs-form-field-textfield')
    .filter({ has: row.page().locator('.fjs-form-field-label', { hasText: /^\s*Mål\s*\*?\s*$/ }) }).first().locator('input');
}

/** The checkbox of a beacon in a row ("Pejlemærke n: <title>"). */
function beaconBox(row, beacon) {
  return row.locator('.fjs-form-field-checklist').getByLabel(beacon, { exact: false }).first();
}

async function fillGoal(row, goal) {
  await titleInput(row).fill(goal.title);
  await row.getByLabel('Forventet effekt').fill(goal.expectedEffect);
  await row.getByLabel('Sådan følges der op på effekten').fill(goal.effectFollowUp);
  await row.getByLabel('Indikator').fill(goal.indicator);
  if (goal.satisfaction) await row.getByLabel('Borgertilfredshedsmåling').fill(goal.satisfaction);
  for (const beacon of goal.beacons) await beaconBox(row, beacon).check();
}

async function goalTitles(form, label) {
  const rows = listRows(form, label);
  const titles = [];
  for (let i = 0; i < (await rows.count()); i++) titles.push(await titleInput(rows.nth(i)).inputValue());
  return titles;
}

async function draftTermGoals(page, form, unit) {
  const committee = unit.committee;
  const info = await infoText(form);
  check(`goals ${unit.name}: the template shows the decided beacons`, committee.beacons.every((b) => info.includes(b.title)),
    info.substring(0, 300).replace(/\n/g, ' / '));
  const label = 'Mål for valgperioden';
  const rows = listRows(form, label);
  if ((await rows.count()) === 0) await addButtonOf(form, label).click();
  await expectCount(rows, 1);
  await fillGoal(rows.nth(0), goalOf(unit, committee, 0));
  await fillGoal(await addRow(form, label), goalOf(unit, committee, 1));

  if (unit === REFUSAL_UNIT) {
    await shotForm(page, '04-term-goals-filled-avedoere-skole');
    await checkDanish(form, 'term goal form');
    // a 6th goal is refused with a Danish message, and nothing typed is lost
    for (let i = 2; i < 6; i++) await fillGoal(await addRow(form, label), goalOf(unit, committee, i));
    const before = await goalTitles(form, label);
    const refused = await completeRefused(page);
    const after = await goalTitles(form, label);
    await shotForm(page, '04-term-goals-refused-6-goals');
    const covered = await notificationCoversComplete(page);
    await shot(page, '04-term-goals-refused-6-goals-bottom');
    observe('goals: the refusal notification leaves the Fuldfør button clickable', !covered,
      covered ? 'the notification lies over the middle of Fuldfør; the user must close it (×) first' : undefined);
    await closeNotifications(page);
    check('goals: a 6th goal is refused with a Danish message',
      !refused.disabled && refused.stillOpen && refused.notes.some((t) => /højst 5 mål/.test(t)), JSON.stringify(refused));
    check('goals: nothing is lost after the refusal of 6 goals', JSON.stringify(before) === JSON.stringify(after), after.join(' | '));
    // remove goals 3-6 again with the rows' remove buttons
    while ((await rows.count()) > 2) {
      const n = await rows.count();
      await listByLabel(form, label).locator('.fjs-repeat-row-remove').nth(n - 1).click();
      await expectCount(rows, n - 1);
    }
    // a goal without a beacon: untick goal 2's beacons
    for (const beacon of goalOf(unit, committee, 1).beacons) await beaconBox(rows.nth(1), beacon).uncheck();
    await blur(page);
    const titlesBefore = await goalTitles(form, label);
    const noBeacon = await completeRefused(page);
    const checklist = rows.nth(1).locator('.fjs-form-field-checklist');
    const errors = (await checklist.locator('.fjs-form-field-error').allInnerTexts().catch(() => [])).map((t) => t.trim()).filter(Boolean);
    await checklist.scrollIntoViewIfNeeded();
    await shotForm(page, '04-term-goals-refused-no-beacon');
    await checklist.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot(page, '04-term-goals-refused-no-beacon-zoom');
    await closeNotifications(page);
    const titlesAfter = await goalTitles(form, label);
    check('goals: a goal without a beacon is refused with a Danish message',
      (noBeacon.disabled || noBeacon.stillOpen) && (errors.some((e) => /Feltet skal udfyldes|pejlemærke/.test(e)) || noBeacon.notes.some((t) => /pejlemærke/.test(t))),
      `Complete ${noBeacon.disabled ? 'disabled' : 'clicked'}; field errors ${JSON.stringify(errors)}; notifications ${JSON.stringify(noBeacon.notes)}`);
    check('goals: nothing is lost after the refusal of a goal without a beacon',
      JSON.stringify(titlesBefore) === JSON.stringify(titlesAfter) && (await rows.nth(1).getByLabel('Indikator').inputValue()) === goalOf(unit, committee, 1).indicator,
      titlesAfter.join(' | '));
    for (const beacon of goalOf(unit, committee, 1).beacons) await beaconBox(rows.nth(1), beacon).check();
  }
}

async function step4TermGoals() {
  for (const unit of ALL_UNITS) {
    await as(unit.penHolder, async (page) => {
      const [task] = await waitForTasks(page, unit.penHolder, 'Skriv mål for valgperioden', 1, `${TERM}/${unit.name}`, 180000);
      const form = await openTask(page, task);
      await draftTermGoals(page, form, unit);
      await complete(page);
      done(4, unit.penHolder, `term goals written for ${unit.name} (2 goals)${unit === REFUSAL_UNIT ? '; 6 goals and a goal without a beacon refused first' : ''}`);
    });
    await as(unit.approver, async (page) => {
      const [task] = await waitForTasks(page, unit.approver, 'Godkend udviklingskontrakt', 1, `${TERM}/${unit.name}`);
      const form = await openTask(page, task);
      const info = await infoText(form);
      check(`approval ${unit.name}: the goals are shown`, info.includes(goalOf(unit, unit.committee, 1).title),
        info.substring(0, 300).replace(/\n/g, ' / '));
      await form.getByLabel('Godkend', { exact: true }).check();
      if (unit === ALL_UNITS[0] || unit.staff) {
        await shotForm(page, `04-approval-${unit.code}`);
        if (unit === ALL_UNITS[0]) await checkDanish(form, 'approval form');
      }
      await complete(page);
      done(4, unit.approver, `approved the term goals of ${unit.name}`);
    });
  }
}

async function step5FollowUp() {
  for (const unit of ALL_UNITS) {
    await as(unit.leader, async (page) => {
      const [task] = await waitForTasks(page, unit.leader, 'Rapportér status på mål', 1, `${TERM}/${unit.name}/%`, 180000);
      const form = await openTask(page, task);
      const statuses = listByLabel(form, 'Status på udviklingsmålene');
      const titles = fieldsOf(statuses, 'textfield', 'Udviklingsmål');
      const n = await titles.count();
      check(`report ${unit.name}: one row per goal`, n === 2, `rows: ${n}`);
      const satisfaction = fieldsOf(statuses, 'textfield', 'Resultat af borgertilfredshedsmålingen');
      const shown = [];
      for (let i = 0; i < n; i++) shown.push(await satisfaction.nth(i).isVisible().catch(() => false));
      const satisfactionCount = await satisfaction.count();
      check(`report ${unit.name}: the satisfaction field appears for the goal with a measure only`,
        satisfactionCount === 1, `satisfaction fields: ${satisfactionCount}`);
      for (let i = 0; i < n; i++) {
        const direction = fieldsOf(statuses, 'select', 'Hvad er bedst?').nth(i);
        if (await direction.isVisible().catch(() => false)) {
          const value = (await direction.locator('.fjs-select-display').innerText().catch(() => '')).trim();
          if (unit === ALL_UNITS[0] && i === 0) {
            observe(`report: "Hvad er bedst?" (required) is prefilled for a term goal without target value`, value && value !== 'Vælg', `shown "${value}"`);
            observe('report: a term goal without target value shows no "Målværdi"/"Faktisk værdi"/"Hvad er bedst?" fields', false,
              'the number fields and the required "Hvad er bedst?" are shown although the goal template has no target value');
          }
          if (!value || value === 'Vælg') await chooseOption(direction, 'Højere er bedre');
        }
        await chooseOption(fieldsOf(statuses, 'select', 'Farve').nth(i), i === 0 ? 'Grøn' : 'Gul');
        await fieldsOf(statuses, 'textarea', 'Dokumenteret virkning').nth(i).locator('textarea')
          .fill('Flere borgere oplever forbedring; målt i årets opgørelse.');
      }
      if (unit === ALL_UNITS[0] && satisfactionCount === 1) {
        // the satisfaction result is required where the goal has a measure
        const refused = await completeRefused(page);
        await shotForm(page, '05-report-satisfaction-missing');
        const fieldErrors = (await satisfaction.first().locator('.fjs-form-field-error').allInnerTexts().catch(() => [])).join(' ');
        await closeNotifications(page);
        check('report: leaving "Resultat af borgertilfredshedsmålingen" empty is refused (Danish)',
          refused.disabled || (refused.stillOpen && refused.notes.some((t) => /tilfredshed/i.test(t))) || /Feltet skal udfyldes/.test(fieldErrors),
          `${JSON.stringify(refused)}; field errors: ${fieldErrors}`);
      }
      if (satisfactionCount >= 1) await satisfaction.first().locator('input').fill('82 % tilfredse (312 svar)');
      if (unit === ALL_UNITS[0]) {
        await shotForm(page, '05-report-with-satisfaction');
        await checkDanish(form, 'report form');
      }
      await complete(page);
      done(5, unit.leader, `goal status reported for ${unit.name} (Grøn, Gul; satisfaction result given)`);
    });
  }
  for (const committee of COMMITTEES) {
    await as(committee.chief, async (page) => {
      const tasks = await waitForTasks(page, committee.chief, 'Gennemgå målstatus', committee.units.length, `${TERM}/%`);
      for (const [i, task] of tasks.entries()) {
        const form = await openTask(page, task);
        await form.getByLabel('Godkend målstatus', { exact: true }).check();
        if (committee === COMMITTEES[0] && i === 0) {
          await shotForm(page, '05-review-status-buu');
          await checkDanish(form, 'review status form');
        }
        await complete(page);
        done(5, committee.chief, 'goal status approved');
      }
    });
  }
  for (const committee of COMMITTEES) {
    const key = `${TERM}/${committee.name}`;
    await as(committee.secretary, async (page) => {
      const [task] = await waitForTasks(page, committee.secretary, 'Registrér udvalgets drøftelse af opfølgningen', 1, key, 180000);
      const form = await openTask(page, task);
      const info = await infoText(form);
      check(`${committee.short} roll-up names every institution`, committee.units.every((u) => info.includes(u.name)),
        info.substring(0, 400).replace(/\n/g, ' / '));
      await fillText(form, 'Udvalgets drøftelse af opfølgningen', 'Udvalget tog opfølgningen til efterretning og ønsker fokus på de gule mål.');
      if (committee === COMMITTEES[0]) {
        await shotForm(page, '05-roll-up-discussion-buu');
        await checkDanish(form, 'roll-up form');
      }
      await complete(page);
      done(5, committee.secretary, `${committee.short}: the committee's discussion of the follow-up registered`);
    });
  }
}

async function step6BudgetYear2() {
  // did the committees already move on by the calendar's 10 October 2026 (passed)?
  await new Promise((r) => setTimeout(r, 5000));
  const before = await restJson('/engine-rest/process-instance?processDefinitionKey=review-term-goals');
  const waiting = await restJson('/engine-rest/event-subscription?eventType=message&eventName=' + encodeURIComponent('Budget vedtaget'));
  log(`before the registration: ${before.length} review instance(s), ${waiting.length} committee(s) waiting for "Budget vedtaget"`);
  stepRows.push({ step: 6, user: '(timer)', outcome: `before louise registered the adoption: ${before.length} review instance(s) already started by the calendar's date 10 Oct 2026, ${waiting.length} committee(s) waiting for the message` });

  await as('louise', async (page) => {
    await page.getByRole('link', { name: 'Start proces' }).click();
    const modal = page.locator('.modal-dialog');
    await modal.getByText('Registrér budgetvedtagelse', { exact: true }).click();
    const form = modal.locator('.fjs-form');
    await form.waitFor();
    await modal.getByLabel('Budgetår').fill(String(BUDGET_YEAR));
    await blur(page);
    await fillDateInDialog(modal, 'Budgettet blev vedtaget den', ADOPTED_ON);
    await shot(page, '06-budget-adoption-start');
    await checkDanish(form, 'budget adoption start form');
    await modal.getByRole('button', { name: 'Start', exact: true }).click();
    await modal.waitFor({ state: 'detached', timeout: 30000 });
  });
  const adoption = await restJson('/engine-rest/history/process-instance?processDefinitionKey=register-budget-adoption');
  check('budget adoption registered ("2027/Budget vedtaget")', adoption.some((i) => i.businessKey === `${BUDGET_YEAR}/Budget vedtaget`),
    adoption.map((i) => `${i.businessKey} ${i.state}`).join(', '));
  done(6, 'louise', `registered the budget adoption ${BUDGET_YEAR} on ${ADOPTED_ON}`);

  const adjusted = [];
  for (const unit of ALL_UNITS) {
    await as(unit.penHolder, async (page) => {
      const [task] = await waitForTasks(page, unit.penHolder, 'Gennemgå mål efter budgettet', 1, `${TERM}/${unit.name}/%`, 180000);
      const form = await openTask(page, task);
      const info = await infoText(form);
      if (unit === ALL_UNITS[0] || unit === ALL_UNITS[1]) {
        observe(`review ${unit.name}: the current goals are shown before choosing "Behold" or "Tilpas"`,
          info.includes(goalOf(unit, unit.committee, 1).title), info.substring(0, 300).replace(/\n/g, ' / '));
      }
      if (unit.adjust) {
        await form.getByLabel('Tilpas målene', { exact: true }).check();
        await page.waitForTimeout(500);
        await fillText(form, 'Begrundelse for tilpasningen', 'Budgettet 2027 reducerer rammen; målet gøres mere præcist.');
        const rows = listRows(form, 'Målene (ret dem');
        check(`review ${unit.name}: the goals are prefilled for adjustment`, (await rows.count()) === 2, `rows: ${await rows.count()}`);
        const title = titleInput(rows.nth(0));
        const newTitle = `${await title.inputValue()} (tilpasset budget ${BUDGET_YEAR})`;
        await title.fill(newTitle);
        if (unit === ALL_UNITS[0]) {
          await shotForm(page, '06-review-adjust-avedoere-skole');
          await checkDanish(form, 'review form (adjust)');
        }
        await complete(page);
        adjusted.push({ unit, newTitle });
        done(6, unit.penHolder, `${unit.name}: goals adjusted after the budget (goal 1 retitled)`);
      } else {
        await form.getByLabel('Behold målene uændret', { exact: true }).check();
        if (unit === ALL_UNITS[1]) await shotForm(page, '06-review-keep-engstrandskolen');
        await complete(page);
        done(6, unit.penHolder, `${unit.name}: goals kept unchanged`);
      }
    });
  }
  for (const { unit, newTitle } of adjusted) {
    await as(unit.approver, async (page) => {
      const [task] = await waitForTasks(page, unit.approver, 'Godkend tilpasning af mål', 1, `${TERM}/${unit.name}/%`);
      const form = await openTask(page, task);
      const info = await infoText(form);
      check(`adjustment approval ${unit.name}: the new title and the reason are shown`,
        info.includes(newTitle) && info.includes('reducerer rammen'), info.substring(0, 400).replace(/\n/g, ' / '));
      await form.getByLabel('Godkend tilpasningen', { exact: true }).check();
      await shotForm(page, `06-approve-adjustment-${unit.code}`);
      if (unit === ALL_UNITS[0]) await checkDanish(form, 'adjustment approval form');
      await complete(page);
      done(6, unit.approver, `approved the adjustment of ${unit.name}`);
    });
  }
  // every committee is at "Forbered udvalgets materiale" for 2027
  for (const committee of COMMITTEES) {
    const key = `${TERM}/${committee.name}`;
    const task = await waitFor(`${committee.short} at "Forbered udvalgets materiale" ${BUDGET_YEAR}`, async () => {
      const tasks = await restJson(`/engine-rest/task?name=${encodeURIComponent('Forbered udvalgets materiale')}&processInstanceBusinessKey=${encodeURIComponent(key)}`);
      for (const t of tasks) {
        const vars = await restJson(`/engine-rest/execution/${t.executionId}/localVariables`).catch(() => ({}));
        const year = vars.year ? vars.year.value : (await restJson(`/engine-rest/task/${t.id}/variables/year`).catch(() => ({}))).value;
        if (year === BUDGET_YEAR) return t;
      }
      return null;
    });
    check(`${committee.short} is at "Forbered udvalgets materiale" for ${BUDGET_YEAR}`, !!task, task && task.id);
  }
  // the review instances are completed
  const reviews = await restJson('/engine-rest/history/process-instance?processDefinitionKey=review-term-goals');
  check(`${ALL_UNITS.length} goal reviews COMPLETED`, reviews.length === ALL_UNITS.length && reviews.every((r) => r.state === 'COMPLETED'),
    reviews.map((r) => `${r.businessKey}: ${r.state}`).join(', '));
  // the BUU secretary opens the 2027 material task: the status shows the 2026 follow-up
  await as('julie', async (page) => {
    const [task] = await waitForTasks(page, 'julie', 'Forbered udvalgets materiale', 1, `${TERM}/${COMMITTEES[0].name}`);
    const form = await openTask(page, task);
    const info = await infoText(form);
    check(`BUU material ${BUDGET_YEAR}: the status shows last year's follow-up`, /Grøn|🟢|opfyldt/.test(info) && info.includes('82 %'),
      info.substring(0, 500).replace(/\n/g, ' / '));
    await shotForm(page, '06-material-2027-buu');
    done(6, 'julie', `BUU: "Forbered udvalgets materiale" ${BUDGET_YEAR} opened (left open)`);
  });
}

async function step7Cockpit() {
  const [definition] = await restJson('/engine-rest/process-definition?key=hvidovre-committee-term&latestVersion=true');
  const instances = await committeeInstances();
  const buu = instances.find((i) => i.businessKey === `${TERM}/${COMMITTEES[0].name}`);
  const context = await browser.newContext({ viewport: { width: 1600, height: 1100 }, locale: 'en-US' });
  const page = await context.newPage();
  try {
    await page.goto(`${COCKPIT}default/#/process-definition/${definition.id}/runtime`);
    await logIn(page, 'admin', PASSWORD, log);
    const rows = page.locator('.ctn-content-bottom table tbody tr');
    await expectCount(rows, 3, 30000);
    await page.evaluate(() => {
      const split = '480px';
      const top = document.querySelector('.ctn-content-top');
      if (top) top.style.height = split;
      const bottom = document.querySelector('.ctn-content-bottom');
      if (bottom) bottom.style.top = split;
    });
    await page.waitForTimeout(1500);
    const text = await page.locator('.ctn-content-bottom').innerText();
    check('Cockpit lists the three committees\' business keys', COMMITTEES.every((c) => text.includes(`${TERM}/${c.name}`)),
      text.substring(0, 300).replace(/\n/g, ' / '));
    await shot(page, '07-cockpit-definition-instances');
    await page.goto(`${COCKPIT}default/#/process-instance/${buu.id}/runtime`);
    await page.locator('.djs-container, .bjs-container').first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(2500);
    await shot(page, '07-cockpit-instance-buu');
    // zoomed in on the start of the year, where the token stands
    const zoomIn = page.locator('button[title="zoom in"]').first();
    if (await zoomIn.count()) {
      await zoomIn.click();
      await zoomIn.click();
      await page.waitForTimeout(500);
      // drag the diagram so the start of the year (left part) is in view
      const box = await page.locator('.djs-container').first().boundingBox();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 450, y + 60, { steps: 10 });
      await page.mouse.up();
      await page.waitForTimeout(800);
      await shot(page, '07-cockpit-instance-buu-zoomed');
    }
    done(7, 'admin', 'Cockpit: definition with 3 committee instances, BUU instance diagram');
  } finally {
    await context.close();
  }
}

const STEPS = [step0StartTerm, step1Material, step2Dialogues, step3Beacons, step4TermGoals, step5FollowUp,
  step6BudgetYear2, step7Cockpit];

process.exit(await run.runSteps(STEPS, `the first year of the term ${TERM} and the budget review ${BUDGET_YEAR} went through Tasklist`));
