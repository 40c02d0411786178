-- Every stored report keeps its original file (about 20 KB of HTML or text), compressed by
-- PostgreSQL when it is stored. Its default method, pglz, took 0.34 ms of the server's CPU per
-- report of the benchmark corpus; lz4 takes 0.09 ms, for files 5% larger (docs/benchmarks.md).
-- Rows stored before keep their method; PostgreSQL reads both. A server built without lz4
-- (it is optional at build time) keeps pglz: nothing else depends on the method.
do $$
begin
	execute 'alter table report_originals alter column content set compression lz4';
	execute 'alter table report_revisions alter column content set compression lz4';
exception
	when feature_not_supported then
		raise notice 'PostgreSQL was built without lz4: the originals stay compressed with pglz';
end
$$;
