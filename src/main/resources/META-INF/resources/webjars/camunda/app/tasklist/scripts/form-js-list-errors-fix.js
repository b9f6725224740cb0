/*
 * Årshjul: workaround for a Camunda Tasklist 7.24 bug with form-js forms.
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
  });
});
observer.observe(document.documentElement, { childList: true, subtree: true });

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

// Exposed for tests / debugging in the browser console
window.__aarshjulFormErrorsFix = { pruneErrors, patchAll };

// Tasklist treats the default export of a custom script as plugin list;
// this script registers no plugins.
export default [];
