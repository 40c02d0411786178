-- The log of admin actions (uploads, edits, merges, deletions, reindexing): who, when, what, on
-- what. Kept apart from the reports so that deleting a report keeps the record of its deletion.
create table admin_actions (
	id     bigint generated always as identity primary key,
	at     timestamptz not null,
	actor  text not null,
	action text not null,
	target text,
	detail text
);
create index admin_actions_at_idx on admin_actions (at desc);
