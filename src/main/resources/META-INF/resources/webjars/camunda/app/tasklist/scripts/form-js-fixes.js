/*
 * Årshjul: two fixes for the Camunda Forms (form-js) that Tasklist 7.24 renders.
 *
 * 1. Danish texts. form-js hard-codes its own texts in English: the
 *    validation messages shown under a field while the user types ("Field is
 *    required.", "Field must have maximum length of 200."), the placeholder of
 *    an empty dropdown ("Select") and its search ("Search"), the buttons of a
 *    dynamic list ("Add new", "Collapse", "Expand all (n)") and some
 *    screen-reader labels ("Remove list item 2"). The validator service of
 *    each form is wrapped so its messages are Danish, and the other texts are
 *    replaced in the rendered form (only in these form-js elements, never in
 *    what a user typed). The server still validates every submission and
 *    answers in Danish itself.
 *
 * 2. Typed text that vanishes. form-js debounces each field's update by
 *    300 ms; when another field's update re-renders the form in that time, the
 *    field being typed in is reset to the value of the form's state (e.g. the
 *    unit code typed right after the year in a start form disappears, see
 *    bpmn-io/form-js#958 and #969). Tasklist creates the form without options,
 *    so form-js' own switch (debounce: false) is set here in each form's
 *    config, which the fields read at every render.
 *
 * 3. A Tasklist bug with dynamic lists:
 *
 * Tasklist (cam-tasklist-form-camunda.js) listens to the form-js 'changed'
 * event and disables the Complete button when
 *
 *   !!Object.keys(event.errors).length
 *
 * is true. For fields inside a repeating dynamic list, form-js stores
 * validation results under the path [fieldId, index] and writes `undefined`
 * when the field is valid, so `errors` keeps keys like
 * `{ Field_GoalTitle: [undefined, undefined] }` although there is no error.
 * The Complete button then stays disabled (no error is shown) until the user
 * clicks Save, which re-runs form.validate() and resets the error state.
 *
 * Fix: for every form-js instance rendered by Tasklist we register an extra
 * 'changed' listener with a higher priority than Tasklist's (default 1000).
 * It replaces `event.errors` on the event object with a copy that only
 * contains real errors (non-empty arrays / objects). The form's internal
 * state is not modified, so the inline error messages of form-js still work;
 * only what Tasklist sees is cleaned.
 *
 * The form-js instance is not exposed by Tasklist, so we reach its services
 * through the Preact tree that form-js renders into its `.fjs-container`
 * element: the root component renders a context provider whose value has
 * `getService(name)`, which gives us the form's `eventBus`.
 */

const FIX_PRIORITY = 2000; // Tasklist registers its listener with the default 1000
const patchedBuses = new WeakSet();
const patchedValidators = new WeakSet();
const patchedInjectors = new WeakSet();

// ---- 1. Danish texts ---------------------------------------------------------

/** form-js' validation messages (form-js 1.x as shipped with Tasklist 7.24) and their Danish. */
const DANISH_MESSAGES = [
  [/^Field is required\.$/, () => 'Feltet skal udfyldes.'],
  [/^Field must have minimum length of (.+)\.$/, (n) => `Feltet skal have mindst ${n} tegn.`],
  [/^Field must have maximum length of (.+)\.$/, (n) => `Feltet må højst have ${n} tegn.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Værdien skal være mindst ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Værdien må højst være ${n}.`],
  [/^Field must match pattern [\s\S]*$/, () => 'Feltet har ikke den rigtige form.'],
  [/^Field must be a valid email\.$/, () => 'Angiv en gyldig e-mailadresse.'],
  [/^Field must be a valid\s+international phone number[\s\S]*$/,
    () => 'Angiv et telefonnummer med landekode, fx +4512345678.'],
  [/^Value is not a number\.$/, () => 'Værdien er ikke et tal.'],
  [/^Value is expected to be an integer\.$/, () => 'Værdien skal være et helt tal.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    (n) => `Værdien må højst have ${n} ${n === '1' ? 'decimal' : 'decimaler'}.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Vælg en gyldig værdi; de to nærmeste er ${a} og ${b}.`]
];

/** Fixed texts of form-js elements, by the element that shows them. */
const DANISH_TEXTS = {
  '.fjs-select-display': { Select: 'Vælg' },
  '.fjs-repeat-render-add': { 'Add new': 'Tilføj' },
  '.fjs-repeat-render-collapse': { Collapse: 'Fold sammen' }
};

/** Screen-reader labels and placeholders of form-js elements. */
const DANISH_ATTRIBUTES = [
  [/^Remove list item (\d+)$/, (n) => `Fjern element ${n}`],
  [/^Increment$/, () => 'Større'],
  [/^Decrement$/, () => 'Mindre'],
  [/^Previous page$/, () => 'Forrige side'],
  [/^Next page$/, () => 'Næste side'],
  [/^Search$/, () => 'Søg']
];

function danish(text, table) {
  for (const [pattern, translate] of table) {
    const match = pattern.exec(text);
    if (match) {
      return translate(...match.slice(1));
    }
  }
  return text;
}

/** Makes the messages of the form's validator service Danish (they are shown under the field). */
function patchValidator(context) {
  let validator;
  try {
    validator = context.getService('validator', false);
  } catch (e) {
    validator = null;
  }
  if (!validator || patchedValidators.has(validator)) {
    return;
  }
  patchedValidators.add(validator);
  ['validateField', 'validateFieldInstance'].forEach((name) => {
    const original = validator[name];
    if (typeof original !== 'function') {
      return;
    }
    validator[name] = function (...args) {
      const errors = original.apply(this, args);
      return Array.isArray(errors)
        ? errors.map((message) => (typeof message === 'string' ? danish(message, DANISH_MESSAGES) : message))
        : errors;
    };
  });
}

/** Replaces the fixed English texts, labels and placeholders of the rendered form-js elements. */
function translateTexts(scope) {
  Object.keys(DANISH_TEXTS).forEach((selector) => {
    scope.querySelectorAll(`.fjs-container ${selector}`).forEach((element) => {
      element.childNodes.forEach((node) => {
        if (node.nodeType !== Node.TEXT_NODE) {
          return;
        }
        const text = node.data.trim();
        const expandAll = /^Expand all \((\d+)\)$/.exec(text);
        const replacement = expandAll
          ? `Fold alle ud (${expandAll[1]})`
          : DANISH_TEXTS[selector][text];
        if (replacement && replacement !== text) {
          node.data = node.data.replace(text, replacement);
        }
      });
    });
  });
  scope.querySelectorAll('.fjs-container [aria-label], .fjs-container [placeholder]').forEach((element) => {
    ['aria-label', 'placeholder'].forEach((attribute) => {
      const value = element.getAttribute(attribute);
      if (value) {
        const replacement = danish(value, DANISH_ATTRIBUTES);
        if (replacement !== value) {
          element.setAttribute(attribute, replacement);
        }
      }
    });
  });
}

// ---- 2. No debounced updates ---------------------------------------------------

/**
 * What form-js does with `debounce: false`: the viewer's text field, text area and number field
 * (form-js' useFlushDebounce) read `config.debounce` at each render and update at once when it is
 * false. The viewer has no debounce service (only the form editor has one), so the form's config
 * object (didi value 'config', the one the form was created with) is changed here; fields pick it
 * up at their next render.
 */
function disableDebounce(context) {
  let injector;
  try {
    injector = context.getService('injector', false);
  } catch (e) {
    injector = null;
  }
  if (!injector || patchedInjectors.has(injector)) {
    return;
  }
  patchedInjectors.add(injector);
  let config;
  try {
    config = injector.get('config', false);
  } catch (e) {
    config = null;
  }
  if (!config || config.debounce === false) {
    return;
  }
  config.debounce = false;
  // re-render once with the same state, so the fields drop the debounced updates of the first
  // render before the user types
  const form = injector.get('form', false);
  if (form && typeof form._setState === 'function') {
    form._setState({});
  }
}

// ---- 3. Errors of dynamic lists ----------------------------------------------

/**
 * Returns a copy of a form-js errors structure without empty entries, or
 * `undefined` when nothing real is left.
 */
function pruneErrors(value) {
  if (value === undefined || value === null) {
    return undefined;
  }

  if (Array.isArray(value)) {
    // Leaf: list of error messages of a single field, e.g. ['Field is required.']
    if (value.some((entry) => typeof entry === 'string')) {
      return value.length ? value : undefined;
    }

    // Repeating list: one entry per list item (index); keep the indexes
    const pruned = value.map(pruneErrors);
    return pruned.some((entry) => entry !== undefined) ? pruned : undefined;
  }

  if (typeof value === 'object') {
    const pruned = {};
    Object.keys(value).forEach((key) => {
      const entry = pruneErrors(value[key]);
      if (entry !== undefined) {
        pruned[key] = entry;
      }
    });
    return Object.keys(pruned).length ? pruned : undefined;
  }

  // Any other non-empty value (e.g. a plain message) counts as an error
  return value === '' ? undefined : value;
}

/**
 * Searches the Preact vnode tree rendered into a form-js container for the
 * form context (an object with a getService function).
 * Preact 10 stores the rendered tree in `__k` (mangled name of `_children`).
 */
function findFormContext(container) {
  const stack = [container.__k];
  let visited = 0;

  while (stack.length && visited < 500) {
    const vnode = stack.pop();
    visited++;
    if (!vnode) {
      continue;
    }
    if (Array.isArray(vnode)) {
      stack.push(...vnode);
      continue;
    }
    const value = vnode.props && vnode.props.value;
    if (value && typeof value.getService === 'function') {
      return value;
    }
    if (vnode.__k) {
      stack.push(vnode.__k);
    }
  }
  return null;
}

function patchContainer(container) {
  const context = findFormContext(container);
  if (!context) {
    return false; // not rendered yet (schema not imported); try again later
  }

  patchValidator(context);

  let eventBus;
  try {
    eventBus = context.getService('eventBus', false);
  } catch (e) {
    eventBus = null;
  }
  if (!eventBus || typeof eventBus.on !== 'function') {
    return false;
  }
  if (patchedBuses.has(eventBus)) {
    return true;
  }
  patchedBuses.add(eventBus);

  eventBus.on('changed', FIX_PRIORITY, (event) => {
    if (event && event.errors && typeof event.errors === 'object') {
      // Only the event object is changed, never the form's own state
      event.errors = pruneErrors(event.errors) || {};
    }
  });
  // after the errors fix: it re-renders, and Tasklist must see the pruned errors then too
  disableDebounce(context);
  return true;
}

function patchAll(root) {
  const scope = root && root.querySelectorAll ? root : document;
  const containers = [];
  if (scope.classList && scope.classList.contains('fjs-container')) {
    containers.push(scope);
  }
  containers.push(...scope.querySelectorAll('.fjs-container'));
  containers.forEach((container) => {
    try {
      patchContainer(container);
    } catch (e) {
      // never break the Tasklist because of the workaround
      console.warn('[aarshjul] form-js errors fix failed', e);
    }
  });
}

// Forms are rendered asynchronously (after the schema is imported), so watch
// the DOM for new or re-rendered form-js content.
let scheduled = false;
const observer = new MutationObserver(() => {
  if (scheduled) {
    return;
  }
  scheduled = true;
  // run after the current rendering, but before any user interaction
  Promise.resolve().then(() => {
    scheduled = false;
    patchAll(document);
    try {
      translateTexts(document);
    } catch (e) {
      console.warn('[aarshjul] form-js Danish texts failed', e);
    }
  });
});
// characterData and attributes: form-js writes "Select" back into a dropdown that is emptied again
observer.observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-label', 'placeholder']
});

// Safety net: patch the form right before the first user input reaches it
// (capture phase runs before the form-js handlers on the field itself).
['input', 'change', 'click', 'keydown'].forEach((type) => {
  document.addEventListener(
    type,
    (event) => {
      const target = event.target;
      const container = target && target.closest && target.closest('.fjs-container');
      if (container) {
        try {
          patchContainer(container);
        } catch (e) {
          console.warn('[aarshjul] form-js errors fix failed', e);
        }
      }
    },
    true
  );
});

patchAll(document);
translateTexts(document);

// Exposed for tests / debugging in the browser console
window.__aarshjulFormFixes = { pruneErrors, patchAll, translateTexts, danishMessage: (m) => danish(m, DANISH_MESSAGES) };

// Tasklist treats the default export of a custom script as plugin list;
// this script registers no plugins.
export default [];
