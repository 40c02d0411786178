-- The near-duplicate fingerprint of each report's text (a MinHash signature, see
-- org.analecta.ingest.TextFingerprint), and its band keys, by which an upload finds the stored
-- reports that may be the same report. Both go with their report.
create table report_fingerprints (
	report_id bigint primary key references reports (id) on delete cascade,
	minima    bytea not null
);
create table report_fingerprint_bands (
	report_id bigint not null references reports (id) on delete cascade,
	band_key  bigint not null,
	primary key (report_id, band_key)
);
create index report_fingerprint_bands_key_idx on report_fingerprint_bands (band_key);
