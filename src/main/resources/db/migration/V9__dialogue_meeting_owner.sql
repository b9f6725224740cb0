-- A dialogue meeting is held by exactly one contract-dialogue instance; the version column makes two concurrent
-- starts or holds of the same meeting collide instead of both succeeding.
alter table dialogue_meeting add column process_instance_id varchar(64);
alter table dialogue_meeting add column lock_version bigint default 0 not null;
