/**
 * Operations: what the municipality's monitoring reads from Årshjul — Prometheus gauges of the
 * cycle (open and overdue tasks per model, step, area and committee; incidents; the job backlog)
 * and the time each step's tasks were open. Who may read them: {@code
 * dk.aarshjul.access.OperationsEndpointAccess}.
 */
package dk.aarshjul.operations;
