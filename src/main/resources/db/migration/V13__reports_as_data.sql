-- Issue 14: reports are data, not markdown. The goal overview and the year-end report were stored as rendered text;
-- both are derived from rows that stay (contracts, goals, follow-up reports, goal statuses), so the reporting module
-- queries them whenever they are shown and renders them for Tasklist (and later PDF and public pages). What is not
-- derived stays: when each was compiled, the counts, the council's presentation and the directorate's conclusion.
alter table goal_overview drop column content;
alter table year_end_report drop column report_text;
