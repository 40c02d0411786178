-- Every upload reads the admins' aliases, to teach them to the parser. Without an index that read
-- scanned every alias the reports brought in (some 4,300 rows an upload in a 10,000-report
-- archive, 43 million in its bulk import), for the handful an admin added.
create index speaker_aliases_source_idx on speaker_aliases (source);
