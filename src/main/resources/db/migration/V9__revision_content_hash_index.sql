-- The bulk import treats a file whose bytes are an earlier version of a stored report as
-- already held (so that running it again over the same files changes nothing): it looks
-- revisions up by their content hash.
create index report_revisions_content_hash on report_revisions (content_hash);
