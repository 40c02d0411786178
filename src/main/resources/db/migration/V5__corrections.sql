-- What admins said of a report, kept apart from what the parser reads so that every re-parse and
-- every new version applies it again. A null column keeps the parser's value.
create table report_corrections (
	report_id      bigint primary key references reports (id) on delete cascade,
	title          text,
	published_on   date,
	series         text,
	series_number  text,
	source_url     text,
	-- one country per line; null keeps the parser's countries, '' means none
	countries      text
);

-- A decision on one quotation, found again after a re-parse by its normalised words and the how
-- many-th quotation of the report with those words it is. speaker_set says the attribution was
-- decided (speaker_id null then means nobody); a deleted speaker leaves its quotations unattributed.
create table quote_corrections (
	report_id     bigint not null references reports (id) on delete cascade,
	text_key      text not null,
	occurrence    integer not null,
	speaker_set   boolean not null default false,
	speaker_id    bigint references speakers (id) on delete set null,
	not_quotation boolean not null default false,
	verified      boolean not null default false,
	decided_at    timestamptz not null,
	primary key (report_id, text_key, occurrence)
);
create index quote_corrections_speaker_idx on quote_corrections (speaker_id);
