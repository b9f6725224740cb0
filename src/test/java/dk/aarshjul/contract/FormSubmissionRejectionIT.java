package dk.aarshjul.contract;

import dk.aarshjul.it.OnPostgres;

/** Every rejected payload on PostgreSQL: nothing is stored there either. */
@OnPostgres
class FormSubmissionRejectionIT extends FormSubmissionRejectionTest {}
