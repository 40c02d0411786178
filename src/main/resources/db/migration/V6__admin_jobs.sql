-- Long admin jobs (re-parse all reports, rebuild the index), run in the background one at a time.
-- The row is the job's state: it survives a page reload and a restart, after which a job left
-- running is resumed (a re-parse after last_report_id, a reindex from the start).
create table admin_jobs (
	id             bigint generated always as identity primary key,
	kind           text not null check (kind in ('REPARSE', 'REINDEX')),
	state          text not null check (state in ('RUNNING', 'DONE', 'FAILED')),
	total          integer not null default 0,
	done           integer not null default 0,
	failed         integer not null default 0,
	last_report_id bigint,
	message        text,
	requested_by   text not null,
	started_at     timestamptz not null,
	finished_at    timestamptz
);
-- One job at a time: a second one cannot be started while one runs.
create unique index admin_jobs_one_running on admin_jobs ((true)) where state = 'RUNNING';
