-- A contract's goals are numbered once, and each stakeholder body is heard once per contract: duplicates must be
-- impossible, also when two nodes or a retried job would write them.
alter table goal add constraint uq_goal_contract_position unique (contract_id, position);
alter table stakeholder_comment add constraint uq_stakeholder_comment_body unique (contract_id, body);
