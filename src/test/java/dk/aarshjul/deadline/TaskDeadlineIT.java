package dk.aarshjul.deadline;

import dk.aarshjul.it.OnPostgres;

/** Deadlines, reminders, escalation and mail (and the mail-server outage) on PostgreSQL. */
@OnPostgres
class TaskDeadlineIT extends TaskDeadlineTest {}
