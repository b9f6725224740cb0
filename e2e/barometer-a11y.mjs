// The public Sammenhængsbarometer against WCAG 2.1 AA, as a citizen without login gets it.
//
// Usage: node barometer-a11y.mjs [BASE_URL]   (default http://localhost:8080; npm run test:barometer -- URL)
//
// Uses the Debian Chromium (/usr/bin/chromium, override with CHROMIUM_PATH); playwright-core never downloads a
// browser. axe-core is injected from node_modules. Screenshots go to /tmp/a11y/shots (override with SHOTS_DIR).
//
// Pages: /barometer and every barometer page reachable from it by links (each period's overview, its theme pages
// and the coherence page, the accessibility statement), plus unknown addresses (a period that does not exist, an
// address no page has, a theme that does not exist) that must answer 404 with the barometer's own Danish error page
// and its Content-Security-Policy. The app's generic error pages in src/main/resources/public/error (staff pages)
// are opened from disk as well.
//
// Each page, at 1280×900 and 375×812:
//  - axe-core with the tags wcag2a, wcag2aa, wcag21a, wcag21aa: 0 violations required (rule, impact, target, help
//    printed otherwise); best-practice findings are printed separately and not counted, and so are axe's "needs
//    review" results (grouped by reason: axe cannot judge text inside SVG, which is checked below instead);
//  - keyboard only, from the top: the first Tab stop is the skip link "Gå til indholdet", visible when focused,
//    and Enter on it moves focus to <main>; Tab then reaches every link and control in DOM order, each with a
//    visible focus indicator (a screenshot of the element focused and blurred must differ by at least a 1 px ring,
//    and an outline must have 3:1 contrast against the background around it), Tab leaves the page after the last
//    one and Shift+Tab walks back to the first (no keyboard trap);
//  - no horizontal scrolling and no element sticking out or clipped at 375 px and at 320 CSS px (400 % zoom of
//    1280 px), nor with WCAG 1.4.12 text spacing;
//  - every chart (svg role=img) has an accessible name, a table with caption and headers next to it with a row
//    per point, axis text rendered at least 12 px and with 4.5:1 contrast against the chart's background;
//  - <html lang="da">, one <h1>, a title unique among the pages.
// The pages' Content-Security-Policy allows no script; the browser context bypasses it only to inject axe-core.
// Exits 1 when any check fails, after printing a summary per page.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// NO_TERM=1: a municipality without a published term (e.g. Skanderborg publishing only its follow-up,
// AARSHJUL_BAROMETER_FOLLOW_UP=true): the pages linked from /barometer are checked without requiring theme pages
const NO_TERM = Boolean(process.env.NO_TERM);
const BASE = (process.argv[2] || process.env.BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
const SHOTS = process.env.SHOTS_DIR || '/tmp/a11y/shots';
const AXE = path.join(HERE, 'node_modules', 'axe-core', 'axe.min.js');
const ERROR_PAGES = path.join(HERE, '..', 'src', 'main', 'resources', 'public', 'error');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 375, height: 812 },
];
const ZOOM_400 = { width: 320, height: 640 };
const MIN_CHART_TEXT_PX = 12;
const MAX_PAGES = 60;

fs.mkdirSync(SHOTS, { recursive: true });

function log(...args) {
  console.log(...args);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** Per page: { url, status, title, failures: [], bestPractice: [], notes: [] }. */
const results = new Map();

function result(key) {
  if (!results.has(key)) results.set(key, { key, failures: [], bestPractice: [], incomplete: [], notes: [] });
  return results.get(key);
}

function fail(r, what) {
  r.failures.push(what);
}

/** A page for decoding screenshots: it counts the pixels that differ between two PNGs. */
let decoder;
async function pixelsChanged(a, b) {
  return decoder.evaluate(async ([a, b]) => {
    const load = (src) => new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = reject;
      image.src = 'data:image/png;base64,' + src;
    });
    const [ia, ib] = await Promise.all([load(a), load(b)]);
    const w = Math.min(ia.width, ib.width);
    const h = Math.min(ia.height, ib.height);
    const pixels = (image) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      return ctx.getImageData(0, 0, w, h).data;
    };
    const pa = pixels(ia);
    const pb = pixels(ib);
    let changed = 0;
    for (let i = 0; i < pa.length; i += 4) {
      if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) > 48) changed++;
    }
    return changed;
  }, [a.toString('base64'), b.toString('base64')]);
}

// ---- finding the pages -----------------------------------------------------------------------------------------

/** Same-site barometer pages linked from a page (not the open-data files). */
async function barometerLinks(page) {
  const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.href));
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === new URL(BASE).origin && /^\/barometer(\/|$)/.test(url.pathname))
    .filter((url) => !/\.(csv|json)$/.test(url.pathname))
    .map((url) => url.pathname);
}

/** Waits (up to WAIT_SECONDS, default 120) until /barometer links a theme: the demo publishes after the app starts. */
async function waitForPublishedTerm() {
  const until = Date.now() + 1000 * Number(process.env.WAIT_SECONDS || 120);
  for (;;) {
    try {
      const response = await fetch(BASE + '/barometer');
      if (response.ok && (NO_TERM || /\/tema-\d+"/.test(await response.text()))) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) return;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

async function discover(context) {
  await waitForPublishedTerm();
  const page = await context.newPage();
  const seen = new Set(['/barometer']);
  const queue = ['/barometer'];
  while (queue.length > 0 && seen.size <= MAX_PAGES) {
    const address = queue.shift();
    const response = await page.goto(BASE + address);
    if (!response || response.status() !== 200) continue;
    for (const link of await barometerLinks(page)) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  await page.close();
  const pages = [...seen].sort((a, b) => a.localeCompare(b, 'da', { numeric: true }));
  const themes = pages.filter((p) => /\/tema-\d+$/.test(p));
  if (themes.length === 0 && !NO_TERM) throw new Error('No theme page linked from /barometer – is a term published?');
  return pages;
}

// ---- the checks on one loaded page -----------------------------------------------------------------------------

async function runAxe(page, r, viewport) {
  await page.addScriptTag({ path: AXE });
  const outcome = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const res = await axe.run(document, { runOnly: { type: 'tag', values: [...tags, 'best-practice'] } });
    const slim = (list) => list.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, tags: v.tags,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary,
        reason: [...n.any, ...n.all, ...n.none].map((c) => c.message).filter(Boolean).join('; ') })),
    }));
    return { violations: slim(res.violations), incomplete: slim(res.incomplete), passes: res.passes.length };
  }, WCAG_TAGS);
  for (const v of outcome.violations) {
    const wcag = v.tags.some((t) => WCAG_TAGS.includes(t));
    for (const n of v.nodes) {
      const line = `[${viewport}] ${v.id} (${v.impact}) ${n.target} – ${v.help}`;
      if (wcag) fail(r, `axe ${line}`);
      else r.bestPractice.push(line);
    }
  }
  for (const v of outcome.incomplete) {
    for (const n of v.nodes) r.incomplete.push({ viewport, id: v.id, target: n.target, reason: n.reason });
  }
  return outcome.violations.filter((v) => v.tags.some((t) => WCAG_TAGS.includes(t))).length;
}

/** The links and controls Tab should reach, in DOM order, each marked with data-a11y-stop. */
async function tabStops(page) {
  return page.evaluate(() => {
    const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe,'
      + ' [tabindex], [contenteditable=""], [contenteditable=true]';
    const stops = [];
    for (const el of document.querySelectorAll(selector)) {
      if (el.matches(':disabled')) continue;
      if (el.hasAttribute('tabindex') && Number(el.getAttribute('tabindex')) < 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || el.closest('[hidden], [inert]')) continue;
      if (el.getClientRects().length === 0) continue;
      el.setAttribute('data-a11y-stop', String(stops.length));
      stops.push({
        index: stops.length,
        tag: el.tagName.toLowerCase(),
        text: (el.innerText || el.getAttribute('aria-label') || el.getAttribute('href') || '').trim().slice(0, 60),
        positiveTabindex: Number(el.getAttribute('tabindex')) > 0,
      });
    }
    return stops;
  });
}

async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // the colour behind the outline: the first ancestor with a background
    let bg = 'rgb(255, 255, 255)';
    for (let p = el.parentElement; p; p = p.parentElement) {
      const c = getComputedStyle(p).backgroundColor;
      if (c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) {
        bg = c;
        break;
      }
    }
    return {
      stop: el.getAttribute('data-a11y-stop'),
      id: el.id,
      tag: el.tagName.toLowerCase(),
      text: (el.innerText || '').trim().slice(0, 60),
      rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      viewport: { width: innerWidth, height: innerHeight },
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor,
        offset: parseFloat(style.outlineOffset) },
      boxShadow: style.boxShadow,
      background: bg,
    };
  });
}

function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

function clipAround(f, pad) {
  const x = Math.max(0, Math.floor(f.rect.x - pad));
  const y = Math.max(0, Math.floor(f.rect.y - pad));
  const right = Math.min(f.viewport.width, Math.ceil(f.rect.x + f.rect.width + pad));
  const bottom = Math.min(f.viewport.height, Math.ceil(f.rect.y + f.rect.height + pad));
  return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) };
}

/** Checks the focus indicator of the focused element; returns a short description. */
async function checkIndicator(page, r, viewport, f) {
  const pad = Math.max(6, (f.outline.width || 0) + (f.outline.offset || 0) + 3);
  const clip = clipAround(f, pad);
  const inView = f.rect.width > 0 && f.rect.height > 0 && f.rect.x >= -1 && f.rect.y >= -1
    && f.rect.x + f.rect.width <= f.viewport.width + 1 && f.rect.y + f.rect.height <= f.viewport.height + 1;
  if (!inView) fail(r, `[${viewport}] focus: "${f.text}" is focused outside the visible area`);
  const withFocus = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await page.evaluate(() => document.activeElement.blur());
  const withoutFocus = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await page.evaluate((stop) => document.querySelector(`[data-a11y-stop="${stop}"]`).focus({ preventScroll: true }),
    f.stop);
  const changed = await pixelsChanged(withFocus, withoutFocus);
  const ring = 2 * (Math.round(f.rect.width) + Math.round(f.rect.height));
  if (changed < ring) {
    fail(r, `[${viewport}] focus: "${f.text}" has no visible focus indicator (${changed} px changed, ring ${ring})`);
  }
  if (f.outline.style !== 'none' && f.outline.width > 0) {
    const ratio = contrast(f.outline.color, f.background);
    if (ratio < 3) {
      fail(r, `[${viewport}] focus: outline of "${f.text}" ${f.outline.color} has ${ratio.toFixed(2)}:1 against`
        + ` ${f.background} (3:1 needed)`);
    }
  }
  return changed;
}

async function keyboard(page, r, viewport, { skipLink }) {
  const stops = await tabStops(page);
  for (const s of stops.filter((x) => x.positiveTabindex)) fail(r, `[${viewport}] keyboard: positive tabindex on "${s.text}"`);
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  // 1. the skip link first, and it moves focus to main
  if (skipLink) {
    await page.keyboard.press('Tab');
    const first = await focused(page);
    if (!first || first.text !== 'Gå til indholdet') {
      fail(r, `[${viewport}] keyboard: first Tab stop is "${first?.text}", not the skip link "Gå til indholdet"`);
    } else {
      await checkIndicator(page, r, viewport, first);
      await page.keyboard.press('Enter');
      const target = await focused(page);
      if (!target || target.tag !== 'main') {
        fail(r, `[${viewport}] keyboard: the skip link moved focus to ${target ? target.tag + '#' + target.id : 'nothing'}, not main`);
      } else {
        // the next Tab continues in main: the first stop after main's start
        const next = await page.evaluate(() => {
          const main = document.querySelector('main');
          const all = [...document.querySelectorAll('[data-a11y-stop]')];
          const firstInMain = all.find((el) => main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
          return firstInMain ? firstInMain.getAttribute('data-a11y-stop') : null;
        });
        await page.keyboard.press('Tab');
        const after = await focused(page);
        if (next !== null && after?.stop !== next) {
          fail(r, `[${viewport}] keyboard: Tab after the skip link went to "${after?.text}", not the first link in main`);
        }
      }
    }
    await page.evaluate(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    // Chromium starts sequential navigation from the last focused point (main, after the skip link); reload the
    // address without its #indhold to start again from the top
    await page.goto(page.url().replace(/#.*$/, ''));
    await tabStops(page);
  }
  // 2. every stop, in DOM order, with a visible indicator, then out of the page
  const order = [];
  let trapped = false;
  for (let press = 0; press < stops.length + 3; press++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) break; // focus left the document: past the last stop
    if (f.stop === null) {
      fail(r, `[${viewport}] keyboard: Tab focused an unexpected element ${f.tag} "${f.text}"`);
      continue;
    }
    if (order.length > 0 && order[order.length - 1] === f.stop) {
      fail(r, `[${viewport}] keyboard: focus stays on "${f.text}" (keyboard trap)`);
      trapped = true;
      break;
    }
    if (order.includes(f.stop)) break; // wrapped around
    order.push(f.stop);
    await checkIndicator(page, r, viewport, f);
  }
  const expected = stops.map((s) => String(s.index));
  const reached = order.join(',') === expected.join(',');
  if (!reached && !trapped) {
    const missing = stops.filter((s) => !order.includes(String(s.index))).map((s) => `"${s.text}"`);
    fail(r, `[${viewport}] keyboard: Tab order ${order.join(',')} is not DOM order ${expected.join(',')}`
      + (missing.length ? `; not reached: ${missing.join(', ')}` : ''));
  }
  // 3. back again with Shift+Tab from the last stop to the first
  let back = 0;
  if (stops.length > 0) {
    await page.evaluate((stop) => document.querySelector(`[data-a11y-stop="${stop}"]`).focus(), String(stops.length - 1));
    const backOrder = [String(stops.length - 1)];
    for (let press = 0; press < stops.length + 3; press++) {
      await page.keyboard.press('Shift+Tab');
      const f = await focused(page);
      if (!f || f.stop === null || backOrder.includes(f.stop)) break;
      backOrder.push(f.stop);
    }
    back = backOrder.length;
    if (backOrder.join(',') !== [...expected].reverse().join(',')) {
      fail(r, `[${viewport}] keyboard: Shift+Tab order ${backOrder.join(',')} is not the reverse DOM order`);
    }
  }
  return { stops: stops.length, reached: order.length, back, skipLink };
}

/** Elements that stick out of the viewport or are clipped (sideways), and the document's own width. */
async function reflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      if (el.matches('.skip:not(:focus)')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const name = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\s+/g, '.') : '');
      if (rect.right > width + 0.5 || rect.left < -0.5) {
        out.push(`${name} "${(el.innerText || '').trim().slice(0, 40)}" spans ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
      }
      if (['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
        out.push(`${name} clips its content sideways (${el.scrollWidth} > ${el.clientWidth} px)`);
      }
    }
    // text that runs out of its box (a long word) without the box itself being too wide
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim() || node.parentElement.closest('svg, .skip:not(:focus)')) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.right > width + 0.5 || rect.left < -0.5) {
          out.push(`text "${node.textContent.trim().slice(0, 40)}" in ${node.parentElement.tagName.toLowerCase()}`
            + ` spans ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
          break;
        }
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, out };
  });
}

async function checkReflow(page, r, label, limit) {
  const { scrollWidth, out } = await reflow(page);
  if (scrollWidth > limit) fail(r, `[${label}] reflow: document is ${scrollWidth} px wide, more than ${limit} px`);
  // only the outermost offenders, to keep the list short
  for (const line of out.slice(0, 8)) fail(r, `[${label}] reflow: ${line}`);
  return scrollWidth;
}

async function checkCharts(page, r, viewport) {
  const charts = await page.evaluate(() => [...document.querySelectorAll('svg[role="img"]')]
    .filter((svg) => svg.getClientRects().length > 0).map((svg) => {
    const ids = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    const name = (ids.map((id) => document.getElementById(id)?.textContent || '').join(' ').trim()
      || svg.getAttribute('aria-label') || svg.querySelector(':scope > title')?.textContent || '').trim();
    // the table next to the chart: in the chart's own container (figure or its parent)
    let table = null;
    for (let p = svg.parentElement; p && !table && p !== document.body; p = p.parentElement) {
      table = p.querySelector('table');
      if (p.matches('section, main, article')) break;
    }
    const viewBox = svg.viewBox.baseVal;
    const scale = viewBox && viewBox.width ? svg.getBoundingClientRect().width / viewBox.width : 1;
    const textPx = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    // axe cannot judge SVG text; its fill against the background behind the chart
    let background = 'rgb(255, 255, 255)';
    for (let p = svg; p; p = p.parentElement) {
      const c = getComputedStyle(p).backgroundColor;
      if (c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) {
        background = c;
        break;
      }
    }
    const fills = [...new Set([...svg.querySelectorAll('text')].map((t) => getComputedStyle(t).fill))];
    return {
      name,
      table: table ? {
        caption: table.caption?.textContent.trim() || '',
        colHeaders: table.querySelectorAll('thead th[scope="col"]').length,
        rows: table.querySelectorAll('tbody tr').length,
        rowHeaders: table.querySelectorAll('tbody th[scope="row"]').length,
      } : null,
      points: svg.querySelectorAll('circle').length,
      minTextPx: textPx.length ? Math.min(...textPx) : null,
      fills,
      background,
    };
  }));
  let minText = Infinity;
  let minContrast = Infinity;
  charts.forEach((c, i) => {
    const label = `[${viewport}] chart ${i + 1}`;
    if (!c.name) fail(r, `${label}: svg role=img has no accessible name`);
    if (!c.table) fail(r, `${label} "${c.name.slice(0, 40)}": no table next to it`);
    else {
      if (!c.table.caption) fail(r, `${label}: its table has no caption`);
      if (c.table.colHeaders === 0) fail(r, `${label}: its table has no column headers`);
      if (c.points > 0 && c.table.rowHeaders !== c.points) {
        fail(r, `${label}: ${c.points} points in the chart, ${c.table.rowHeaders} rows in its table`);
      }
    }
    for (const fill of c.fills) {
      const ratio = contrast(fill, c.background);
      minContrast = Math.min(minContrast, ratio);
      if (ratio < 4.5) fail(r, `${label}: chart text ${fill} has ${ratio.toFixed(2)}:1 on ${c.background} (4.5:1 needed)`);
    }
    if (c.minTextPx !== null) {
      minText = Math.min(minText, c.minTextPx);
      if (c.minTextPx < MIN_CHART_TEXT_PX - 0.05) {
        fail(r, `${label}: chart text is ${c.minTextPx.toFixed(1)} px, less than ${MIN_CHART_TEXT_PX} px`);
      }
    }
  });
  return { charts: charts.length, minText: Number.isFinite(minText) ? minText : null,
    minContrast: Number.isFinite(minContrast) ? minContrast : null };
}

const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

// ---- one page ----------------------------------------------------------------------------------------------------

async function checkPage(context, address, { expectStatus = 200, name, skipLink = true } = {}) {
  const r = result(name);
  r.url = address;
  const summary = {};
  for (const vp of VIEWPORTS) {
    const page = await context.newPage();
    await page.setViewportSize({ width: vp.width, height: vp.height });
    const response = await page.goto(address.startsWith('file:') ? address : BASE + address);
    const status = response ? response.status() : 0;
    if (!address.startsWith('file:') && status !== expectStatus) {
      fail(r, `[${vp.name}] HTTP ${status}, expected ${expectStatus}`);
    }
    r.status = status;
    const head = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      title: document.title,
      h1: document.querySelectorAll('h1').length,
    }));
    r.title = head.title;
    if (vp.name === 'desktop') {
      if (head.lang !== 'da') fail(r, `html lang is "${head.lang}", not "da"`);
      if (!head.title.trim()) fail(r, 'the page has no title');
      if (head.h1 !== 1) fail(r, `${head.h1} h1 headings, expected 1`);
    }
    const shot = `${SHOTS}/${name}-${vp.width}.png`;
    await page.screenshot({ path: shot, fullPage: true });
    const axeCount = await runAxe(page, r, vp.name);
    const width = await checkReflow(page, r, `${vp.width} px`, vp.width);
    const charts = await checkCharts(page, r, vp.name);
    const keys = await keyboard(page, r, vp.name, { skipLink });
    summary[vp.name] = { axe: axeCount, width, ...charts, ...keys, shot };
    await page.close();
  }
  // 400 % zoom of 1280 px = 320 CSS px, and text spacing at 375 px
  const page = await context.newPage();
  await page.setViewportSize(ZOOM_400);
  await page.goto(address.startsWith('file:') ? address : BASE + address);
  summary.zoom400 = await checkReflow(page, r, '320 px', ZOOM_400.width);
  await page.screenshot({ path: `${SHOTS}/${name}-320.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.addStyleTag({ content: TEXT_SPACING });
  summary.spacing = await checkReflow(page, r, '375 px, text spacing', 375);
  await page.close();
  r.summary = summary;
  return r;
}

function pageName(address) {
  if (address === '/barometer') return 'barometer';
  return address.replace(/^\//, '').replace(/\//g, '_');
}

// ---- run -----------------------------------------------------------------------------------------------------

let exitCode = 0;
try {
  // bypassCSP only lets this test inject axe-core; the pages' own policy is checked below
  const context = await browser.newContext({ bypassCSP: true, locale: 'da-DK', reducedMotion: 'reduce' });
  decoder = await context.newPage();
  await decoder.goto('about:blank');

  const pages = await discover(context);
  log(`Pages found from /barometer: ${pages.join(', ')}`);
  const csp = (await fetch(BASE + '/barometer')).headers.get('content-security-policy') || '';
  if (!csp.includes("default-src 'none'")) {
    fail(result('barometer'), `Content-Security-Policy is "${csp}", expected default-src 'none'`);
  }

  for (const address of pages) {
    await checkPage(context, address, { name: pageName(address) });
  }
  const period = pages.find((p) => /^\/barometer\/\d{4}(-\d{4})?$/.test(p));
  const unknown = [['404-periode', '/barometer/1999-2002'], ['404-adresse', '/barometer/findes-ikke']];
  if (period) unknown.push(['404-tema', `${period}/tema-99`]);
  for (const [name, address] of unknown) {
    const r = await checkPage(context, address, { name, expectStatus: 404 });
    const p = await context.newPage();
    const response = await p.goto(BASE + address);
    const text = await p.locator('main').innerText().catch(() => '');
    if (!/Siden findes ikke/.test(text)) fail(r, 'the 404 page has no <main> saying "Siden findes ikke"');
    if (!(response.headers()['content-security-policy'] || '').includes("default-src 'none'")) {
      fail(r, 'the 404 page has no Content-Security-Policy');
    }
    if (await p.locator('a[href="/barometer"]').count() === 0) fail(r, 'the 404 page has no link to /barometer');
    await p.close();
  }
  // the app's generic error pages (staff pages outside /barometer), from disk
  for (const file of fs.readdirSync(ERROR_PAGES).filter((f) => f.endsWith('.html')).sort()) {
    await checkPage(context, 'file://' + path.join(ERROR_PAGES, file), { name: 'error-' + file.replace('.html', ''), skipLink: false });
  }

  // titles unique among the pages (the 404 addresses are one page)
  const titles = new Map();
  for (const r of results.values()) {
    if (r.key.startsWith('404-') && r.key !== '404-periode') continue;
    if (titles.has(r.title)) fail(r, `title "${r.title}" is also the title of ${titles.get(r.title)}`);
    else titles.set(r.title, r.key);
  }
} catch (e) {
  log('ERROR', e.stack || e);
  exitCode = 1;
} finally {
  await browser.close();
}

// ---- summary -----------------------------------------------------------------------------------------------------

log('\n=== Summary ===');
let failed = 0;
for (const r of results.values()) {
  const s = r.summary || {};
  const d = s.desktop || {};
  const m = s.mobile || {};
  log(`\n${r.failures.length === 0 ? 'OK  ' : 'FAIL'} ${r.key}  ${r.url}  (HTTP ${r.status}) "${r.title}"`);
  log(`     axe WCAG violations: desktop ${d.axe}, 375 px ${m.axe}; best-practice findings ${r.bestPractice.length}`
    + `; needs review ${r.incomplete.length}`);
  log(`     keyboard: ${d.stops} stops, Tab reached ${d.reached}/${d.stops} (375 px: ${m.reached}/${m.stops}),`
    + ` Shift+Tab ${d.back}, skip link ${d.skipLink ? 'checked' : 'not required'}`);
  log(`     width: 1280 px → ${d.width}, 375 px → ${m.width}, 320 px → ${s.zoom400}, text spacing → ${s.spacing}`);
  if (d.charts) {
    log(`     charts: ${d.charts} with name and table; smallest chart text ${d.minText?.toFixed(1)} px (desktop),`
      + ` ${m.minText?.toFixed(1)} px (375 px); lowest chart text contrast ${d.minContrast?.toFixed(2)}:1`);
  }
  log(`     screenshots: ${d.shot}, ${m.shot}`);
  for (const line of r.bestPractice) log(`     best-practice: ${line}`);
  // axe's "needs review" (incomplete) results, grouped by rule and reason
  const review = new Map();
  for (const i of r.incomplete) {
    const k = `${i.id}: ${i.reason}`;
    review.set(k, (review.get(k) || new Set()).add(i.target.replace(/^.* > /, '')));
  }
  for (const [k, targets] of review) {
    log(`     needs review: ${k} (${[...targets].slice(0, 4).join(', ')}${targets.size > 4 ? ', …' : ''})`);
  }
  for (const line of r.failures) log(`     FAILED: ${line}`);
  if (r.failures.length > 0) failed++;
}
log(`\n${results.size} page(s) checked, ${failed} with failures.`);
process.exit(exitCode || (failed > 0 ? 1 : 0));
