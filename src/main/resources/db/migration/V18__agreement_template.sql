-- Issue 17: Slagelse's udviklingsaftale, a third goal template of the agreement block (period.goal_template
-- 'AGREEMENT', which fits the existing column). An udviklingsaftale between a committee and a unit has few, clear
-- goals of two kinds: the management's goal for the unit, and the unit's part of a common goal the directorate set
-- for the whole organisation (owner MUNICIPALITY) or for one area (owner AREA, new). A unit's part of a common goal
-- names the common goal as its parent (parent_goal_id), so goals roll up to it.
--
-- Existing data keeps its meaning: every existing goal is its owner's own goal (OWN) – a DUS goal, a term goal, a
-- council's or committee's goal – and no goal belongs to an area. Nothing here depends on the migration before it
-- (only on V12's goal lineage and V15's goal template).

-- the area whose common goal it is (owner_kind 'AREA'); none for every other goal
alter table goal add column owner_area_id bigint references area (id);

-- OWN: the owner's own goal (in an udviklingsaftale: the management's goal for the unit); COMMON: the unit's part of
-- the common goal named by parent_goal_id
alter table goal add column goal_kind varchar(20) default 'OWN' not null;

-- the goals serving a goal: a common goal cannot be removed once a unit's goal serves it
create index ix_goal_parent on goal (parent_goal_id);
create index ix_goal_owner_area on goal (owner_area_id);
