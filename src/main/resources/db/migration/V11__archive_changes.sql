-- The index health check compares how many reports and quotes the database and the index hold,
-- every few seconds. Counting the quotes is a scan of their table (50 ms at 10,000 reports, and
-- growing with the archive), over and over while nothing changes. This sequence moves on every
-- statement that adds or removes reports or quotes (truncation included), so the check can tell
-- that nothing has since its last count. nextval is not transactional: a change rolled back moves
-- it too, which costs a count, never a missed one.
create sequence archive_changes;

create function note_archive_change() returns trigger language plpgsql as $$
begin
	perform nextval('archive_changes');
	return null;
end
$$;

create trigger reports_counted after insert or delete or truncate on reports
	for each statement execute function note_archive_change();
create trigger quotes_counted after insert or delete or truncate on quotes
	for each statement execute function note_archive_change();
