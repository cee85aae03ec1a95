-- pgTAP: CREATE EXTENSION creates costshare_reader only when absent, reuses
-- a NOLOGIN role of that name, and refuses to take over one that can log in.
BEGIN;
SELECT plan(5);

-- roles belong to the cluster: an earlier database may have made it already
DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'costshare_reader') THEN
		CREATE ROLE costshare_reader NOLOGIN;
	END IF;
END
$$;

ALTER ROLE costshare_reader LOGIN;
SELECT throws_ok('CREATE EXTENSION costshare', '42710',
	'role "costshare_reader" exists and can log in',
	'a costshare_reader that can log in is not taken over');
ALTER ROLE costshare_reader NOLOGIN;

SELECT lives_ok('CREATE EXTENSION costshare', 'an existing NOLOGIN costshare_reader is reused');
SELECT ok(has_schema_privilege('costshare_reader', 'public', 'USAGE'), 'the reader may use the schema');
SELECT ok(has_table_privilege('costshare_reader', 'public.burden_by_period', 'SELECT'), 'the reader may read a view');

DROP EXTENSION costshare;
SELECT ok(EXISTS (SELECT FROM pg_roles WHERE rolname = 'costshare_reader'),
	'DROP EXTENSION leaves the cluster-wide role');

SELECT * FROM finish();
ROLLBACK;
