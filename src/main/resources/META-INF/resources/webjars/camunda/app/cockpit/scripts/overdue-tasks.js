/*
 * Årshjul: "Forfaldne opgaver" on Cockpit's dashboard – the open user tasks
 * whose due date has passed, oldest due date first.
 *
 * Each user task's reminder and escalations are one engine job at a time on
 * the task's own process instance (handler type 'aarshjul-task-deadline'), so
 * unlike the former task-deadline process no diagram shows how many tasks are
 * overdue. This plugin (extension point 'cockpit.dashboard', Cockpit's plugin
 * API since 7.14) asks the webapp's engine API, as the logged-in user, for:
 *
 * - GET task/count?dueBefore=<now>               the total,
 * - GET task?dueBefore=<now>&sortBy=dueDate&sortOrder=asc&maxResults=50
 *                                                 the page shown (the server
 *                                                 refuses unbound lists),
 * - GET variable-instance?taskIdIn=…&variableName=subject&maxResults=50
 *                                                 the task-local variable
 *                                                 "subject" (what the task
 *                                                 concerns, Tasklist's
 *                                                 "Vedrører") of the shown
 *                                                 tasks, in one request.
 *
 * Authorization applies as to every other Cockpit request: a user sees only
 * the tasks (and variables) they may read. A failed "subject" request leaves
 * that column empty ("–") instead of hiding the list.
 *
 * Escalation is read from the task's priority, which the deadline job raises
 * to 75 (the unit's group chief) and then 100 (the directorate).
 *
 * Everything shown is Danish (Cockpit itself is English), so the plugin's
 * container carries lang="da".
 */

const PAGE_SIZE = 50;
const PRIORITY_DIRECTORATE = 100;
const PRIORITY_GROUP_CHIEF = 75;
const DAY_MS = 24 * 60 * 60 * 1000;
const STYLE_ID = 'aarshjul-overdue-tasks-style';

const STYLES = `
.aarshjul-overdue { padding: 10px 0 15px; color: #333; }
.aarshjul-overdue h2 { font-size: 20px; margin: 0 0 8px; color: #333; }
.aarshjul-overdue p { margin: 0 0 8px; }
.aarshjul-overdue table { width: 100%; border-collapse: collapse; }
.aarshjul-overdue th, .aarshjul-overdue td {
  text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #ccc;
}
.aarshjul-overdue thead th { background: #f2f2f2; color: #333; border-bottom: 2px solid #999; }
.aarshjul-overdue td.aarshjul-number, .aarshjul-overdue th.aarshjul-number { text-align: right; }
.aarshjul-overdue a { color: #004b87; text-decoration: underline; }
.aarshjul-overdue a:hover { color: #002c50; }
.aarshjul-overdue a:focus, .aarshjul-overdue a:focus-visible {
  outline: 2px solid #004b87; outline-offset: 2px;
}
.aarshjul-overdue .aarshjul-error {
  padding: 8px 12px; border: 1px solid #a94442; border-left-width: 6px; color: #7a1f1d; background: #fff;
}
.aarshjul-overdue .aarshjul-sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
`;

/** Aborts the requests of the view shown last when Cockpit leaves the dashboard. */
let pending = null;

export default {
  id: 'aarshjul-overdue-tasks',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,

  render(node, { api }) {
    addStyles();
    pending?.abort();
    const controller = new AbortController();
    pending = controller;

    const root = element('section', { class: 'aarshjul-overdue', lang: 'da' });
    root.setAttribute('aria-labelledby', 'aarshjul-overdue-heading');
    const heading = element('h2', { id: 'aarshjul-overdue-heading' }, 'Forfaldne opgaver');
    // no live region: it would read the whole table aloud; an error is an alert
    const body = element('div');
    body.append(element('p', {}, 'Henter forfaldne opgaver …'));
    root.append(heading, body);
    node.append(root);

    load(api, controller.signal)
      .then((result) => show(heading, body, result))
      .catch((error) => {
        if (error.name !== 'AbortError') {
          showError(heading, body, error);
        }
      });
  },

  unmount() {
    pending?.abort();
    pending = null;
  }
};

async function load(api, signal) {
  const now = new Date();
  const filter = { dueBefore: engineDate(now) };
  const [count, tasks] = await Promise.all([
    get(api, 'task/count', filter, signal),
    get(api, 'task', {
      ...filter, sortBy: 'dueDate', sortOrder: 'asc', firstResult: 0, maxResults: PAGE_SIZE
    }, signal)
  ]);
  const subjects = await loadSubjects(api, tasks, signal);
  return { now, total: count.count, tasks, subjects };
}

/** The shown tasks' "subject" by task id; empty when it cannot be read. */
async function loadSubjects(api, tasks, signal) {
  const subjects = new Map();
  if (tasks.length === 0) {
    return subjects;
  }
  try {
    const variables = await get(api, 'variable-instance', {
      taskIdIn: tasks.map((task) => task.id).join(','),
      variableName: 'subject',
      deserializeValues: false,
      firstResult: 0,
      maxResults: tasks.length
    }, signal);
    for (const variable of variables) {
      if (variable.taskId && typeof variable.value === 'string') {
        subjects.set(variable.taskId, variable.value);
      }
    }
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    console.warn('Forfaldne opgaver: "Vedrører" kunne ikke hentes', error);
  }
  return subjects;
}

async function get(api, path, params, signal) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    query.set(name, String(value));
  }
  let response;
  try {
    response = await fetch(`${api.engineApi}/${path}?${query}`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
      signal
    });
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new RequestFailed(0, null);
  }
  if (!response.ok) {
    let message = null;
    try {
      message = (await response.json()).message || null;
    } catch {
      // no JSON body (e.g. the login filter's 401)
    }
    throw new RequestFailed(response.status, message);
  }
  return response.json();
}

class RequestFailed extends Error {
  constructor(status, serverMessage) {
    super(`HTTP ${status}`);
    this.name = 'RequestFailed';
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

function show(heading, body, { now, total, tasks, subjects }) {
  heading.textContent = `Forfaldne opgaver (${total})`;
  body.replaceChildren();
  if (total === 0 || tasks.length === 0) {
    body.append(element('p', {}, 'Ingen opgaver har overskredet deres frist.'));
    return;
  }
  const intro = total > tasks.length
    ? `Viser de ${tasks.length} opgaver med den ældste frist af i alt ${total}. `
        + 'Se resten under Human Tasks eller i Tasklist.'
    : total === 1
      ? '1 åben opgave har overskredet sin frist.'
      : `${total} åbne opgaver har overskredet deres frist. Ældste frist står først.`;
  body.append(element('p', {}, intro));

  const table = element('table', { class: 'aarshjul-overdue-table' });
  table.append(element('caption', { class: 'aarshjul-sr-only' },
    'Opgaver, hvis frist er overskredet, ældste frist først'));
  const headRow = element('tr');
  for (const [text, className] of [['Opgave'], ['Vedrører'], ['Frist'],
    ['Dage over fristen', 'aarshjul-number'], ['Eskaleret'], ['Procesinstans']]) {
    headRow.append(element('th', { scope: 'col', class: className }, text));
  }
  table.append(element('thead', {}, headRow));

  const rows = element('tbody');
  for (const task of tasks) {
    const due = parseEngineDate(task.due);
    const name = task.name || task.taskDefinitionKey || task.id;
    const subject = subjects.get(task.id);
    const row = element('tr');
    row.append(
      element('td', {}, name),
      element('td', {}, subject || dash('ikke oplyst')),
      element('td', {}, due
        ? element('time', { datetime: due.toISOString() }, danishDateTime(due))
        : dash('ingen')),
      element('td', { class: 'aarshjul-number' }, due ? daysOverdue(now, due) : dash('ukendt')),
      element('td', {}, escalation(task.priority)),
      element('td', {}, processInstanceLink(task, name, subject))
    );
    rows.append(row);
  }
  table.append(rows);
  body.append(table);
}

function showError(heading, body, error) {
  heading.textContent = 'Forfaldne opgaver';
  body.replaceChildren();
  let text;
  if (error.status === 401) {
    text = 'Du er ikke længere logget ind. Log ind igen for at se de forfaldne opgaver.';
  } else if (error.status === 403) {
    text = 'Du har ikke adgang til at se de forfaldne opgaver.';
  } else if (error.status === 0) {
    text = 'De forfaldne opgaver kunne ikke hentes, fordi serveren ikke svarede. '
      + 'Prøv at genindlæse siden.';
  } else if (error.status) {
    text = `De forfaldne opgaver kunne ikke hentes (fejl ${error.status}). `
      + 'Prøv at genindlæse siden.';
  } else {
    text = 'De forfaldne opgaver kunne ikke vises. Prøv at genindlæse siden.';
    console.error('Forfaldne opgaver', error);
  }
  const message = element('p', { class: 'aarshjul-error', role: 'alert' }, text);
  if (error.serverMessage) {
    message.append(` Serverens besked: ${error.serverMessage}`);
  }
  body.append(message);
}

/** Whole days since the due date; "under 1" on the day it passed. */
function daysOverdue(now, due) {
  const days = Math.floor((now.getTime() - due.getTime()) / DAY_MS);
  return days < 1 ? 'under 1' : String(days);
}

function escalation(priority) {
  if (priority >= PRIORITY_DIRECTORATE) {
    return '2. gang: direktionen';
  }
  if (priority >= PRIORITY_GROUP_CHIEF) {
    // to the unit's group chief, or to the directorate where the unit has none (the task's comment
    // names which)
    return '1. gang: koncernchefen (eller direktionen)';
  }
  return dash('nej');
}

function processInstanceLink(task, name, subject) {
  if (!task.processInstanceId) {
    return dash('ingen procesinstans');
  }
  // Cockpit's own hash route (relative to <base>, like Cockpit's links); the
  // hidden part names the row, so each link's name says where it leads.
  const link = element('a', { href: `#/process-instance/${encodeURIComponent(task.processInstanceId)}/runtime` },
    'Åbn procesinstans');
  link.append(element('span', { class: 'aarshjul-sr-only' },
    ` for ${name}${subject ? ` (${subject})` : ''}`));
  return link;
}

/** "–" for the eye, a word for a screen reader. */
function dash(spoken) {
  const span = element('span');
  span.append(element('span', { 'aria-hidden': 'true' }, '–'),
    element('span', { class: 'aarshjul-sr-only' }, spoken));
  return span;
}

/** The engine's date format, e.g. 2026-06-15T14:00:00.000+0000. */
function engineDate(date) {
  return date.toISOString().replace('Z', '+0000');
}

/** Parses the engine's "2026-06-15T16:00:00.000+0200" (offset without a colon). */
function parseEngineDate(text) {
  if (!text) {
    return null;
  }
  const date = new Date(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? null : date;
}

const DATE_PARTS = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
});

/** e.g. "15. juni 2026 16:00", in the browser's time zone (as Tasklist shows dates). */
function danishDateTime(date) {
  const parts = Object.fromEntries(DATE_PARTS.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.day}. ${parts.month} ${parts.year} ${parts.hour}:${parts.minute}`;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  }
  node.append(...children);
  return node;
}

function addStyles() {
  if (!document.getElementById(STYLE_ID)) {
    const style = element('style', { id: STYLE_ID }, STYLES);
    document.head.append(style);
  }
}
