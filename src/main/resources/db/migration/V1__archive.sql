-- The archive: reports and their parts, the reference rows they share, and the speaker authority
-- file. Parts (sections, paragraphs, footnotes, quotes, originals, revisions) belong to one
-- report and go with it (ON DELETE CASCADE); shared rows (series, countries, outlets, authors,
-- speakers) outlive the reports that name them. Ids come from sequences so Hibernate can batch
-- inserts; the parts' sequences hand out blocks of 50.

create sequence series_id_seq;
create sequence countries_id_seq;
create sequence outlets_id_seq;
create sequence authors_id_seq;
create sequence speakers_id_seq;
create sequence speaker_aliases_id_seq;
create sequence reports_id_seq;
create sequence report_revisions_id_seq;
create sequence sections_id_seq increment by 50;
create sequence paragraphs_id_seq increment by 50;
create sequence footnotes_id_seq increment by 50;
create sequence quotes_id_seq increment by 50;

create table series (
	id   bigint primary key,
	name text not null unique,
	slug text not null unique
);

create table countries (
	id   bigint primary key,
	name text not null unique,
	slug text not null unique
);

create table outlets (
	id       bigint primary key,
	name     text not null,
	-- the folded name: one outlet however its name is capitalised or accented
	name_key text not null unique,
	slug     text not null unique
);

create table authors (
	id       bigint primary key,
	name     text not null,
	name_key text not null unique,
	slug     text not null unique,
	bio      text
);

create table speakers (
	id             bigint primary key,
	canonical_name text not null,
	slug           text not null unique,
	kind           text not null check (kind in ('PERSON', 'OUTLET', 'INSTITUTION')),
	created_at     timestamptz not null
);

-- Every spelling seen for a speaker, plus seeded transliterations and admin additions. The folded
-- key is unique across speakers: a spelling resolves to exactly one person.
create table speaker_aliases (
	id           bigint primary key,
	speaker_id   bigint not null references speakers on delete cascade,
	spelling     text not null,
	spelling_key text not null unique,
	source       text not null check (source in ('REPORT', 'SEED', 'ADMIN')),
	created_at   timestamptz not null
);
create index speaker_aliases_speaker_idx on speaker_aliases (speaker_id);

create table reports (
	id             bigint primary key,
	version        bigint not null,
	slug           text not null unique,
	title          text not null,
	published_on   date,
	series_id      bigint references series,
	series_number  text,
	source_url     text,
	source_format  text not null,
	content_hash   text not null unique check (content_hash ~ '^[0-9a-f]{64}$'),
	media_type     text not null,
	file_name      text,
	original_size  bigint not null,
	ingested_at    timestamptz not null,
	updated_at     timestamptz not null
);
-- A series number identifies a report: a second upload with it is a new version.
create unique index reports_series_number_key on reports (series_id, series_number)
	where series_id is not null and series_number is not null;
create index reports_source_url_idx on reports (source_url) where source_url is not null;
create index reports_published_on_idx on reports (published_on desc, id desc);

-- The bytes the report is built from, apart so that reading reports never loads them.
create table report_originals (
	report_id bigint primary key references reports on delete cascade,
	content   bytea not null
);

create table report_revisions (
	id           bigint primary key,
	report_id    bigint not null references reports on delete cascade,
	revision     integer not null,
	content_hash text not null,
	media_type   text not null,
	file_name    text,
	source_url   text,
	title        text,
	content      bytea not null,
	ingested_at  timestamptz not null,
	replaced_at  timestamptz not null,
	unique (report_id, revision)
);

create table report_authors (
	report_id bigint not null references reports on delete cascade,
	position  integer not null,
	author_id bigint not null references authors,
	primary key (report_id, position)
);
create index report_authors_author_idx on report_authors (author_id);

create table report_countries (
	report_id  bigint not null references reports on delete cascade,
	position   integer not null,
	country_id bigint not null references countries,
	primary key (report_id, position)
);
create index report_countries_country_idx on report_countries (country_id);

create table sections (
	id            bigint primary key,
	report_id     bigint not null references reports on delete cascade,
	section_index integer not null,
	anchor        text not null,
	heading       text,
	captions      text[] not null default '{}',
	unique (report_id, section_index)
);

create table paragraphs (
	id         bigint primary key,
	section_id bigint not null references sections on delete cascade,
	position   integer not null,
	text       text not null,
	unique (section_id, position)
);

create table paragraph_footnote_refs (
	paragraph_id    bigint not null references paragraphs on delete cascade,
	position        integer not null,
	footnote_number integer not null,
	char_offset     integer not null,
	primary key (paragraph_id, position)
);

create table footnotes (
	id          bigint primary key,
	report_id   bigint not null references reports on delete cascade,
	number      integer not null,
	text        text not null,
	outlet_id   bigint references outlets,
	country_id  bigint references countries,
	source_date date,
	unique (report_id, number)
);
create index footnotes_outlet_idx on footnotes (outlet_id);
create index footnotes_country_idx on footnotes (country_id);

-- A quote's place (section, paragraph, footnote) is informative: losing it must not lose the
-- quote, hence SET NULL; the quote itself goes with its report.
create table quotes (
	id                 bigint primary key,
	report_id          bigint not null references reports on delete cascade,
	number             integer not null,
	text               text not null,
	speaker_id         bigint references speakers,
	role               text,
	speaker_as_written text,
	cue                text,
	kind               text not null check (kind in ('DIRECT', 'BLOCK', 'PARTIAL', 'TERM')),
	confidence         double precision not null check (confidence between 0 and 1),
	section_id         bigint references sections on delete set null,
	paragraph_id       bigint references paragraphs on delete set null,
	footnote_id        bigint references footnotes on delete set null,
	unique (report_id, number)
);
create index quotes_speaker_idx on quotes (speaker_id);
create index quotes_section_idx on quotes (section_id);
create index quotes_paragraph_idx on quotes (paragraph_id);
create index quotes_footnote_idx on quotes (footnote_id);

-- Hibernate Search outbox-polling coordination (8.2): the outbox of indexing events, written in
-- the same transaction as the data, and the registry of event-processing agents. The DDL is what
-- Hibernate Search's own mapping generates for PostgreSQL.
create table hsearch_outbox_event (
	id             uuid not null primary key,
	entity_name    varchar(256) not null,
	entity_id      varchar(256) not null,
	entity_id_hash integer not null,
	payload        bytea not null,
	retries        integer not null,
	process_after  timestamp(6) with time zone not null,
	status         varchar(255) not null check (status in ('PENDING', 'ABORTED')),
	tenant_id      varchar(255)
);
create index processAfter on hsearch_outbox_event (process_after);

create table hsearch_agent (
	id                   uuid not null primary key,
	type                 varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING',
		'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
	name                 varchar(255) not null,
	expiration           timestamp(6) with time zone not null,
	state                varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
	total_shard_count    integer,
	assigned_shard_index integer,
	payload              bytea,
	tenant_id            varchar(255)
);
