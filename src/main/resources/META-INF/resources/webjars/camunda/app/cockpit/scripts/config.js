/*
 * Årshjul: Cockpit's configuration. It replaces the webapp's own config.js,
 * which sets nothing (all of its options are commented out), so Cockpit keeps
 * its defaults apart from what is set here. The options are described in
 * Camunda's documentation (Cockpit > Extend > Configuration).
 */

export default {
  // Plugins loaded as ES modules; paths are relative to the 'cockpit' folder
  // and '.js' is appended.
  customScripts: [
    // Dashboard: the open user tasks whose due date has passed ("Forfaldne
    // opgaver"). A task's deadline is an engine job on its own process
    // instance since the task-deadline process is gone, so no process diagram
    // shows the overdue tasks any more (see the script for details).
    'scripts/overdue-tasks'
  ]
};
