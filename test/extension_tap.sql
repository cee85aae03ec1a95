-- pgTAP: the extension and its schema exist.
BEGIN;
SELECT plan(3);

CREATE SCHEMA costshare_test;
CREATE EXTENSION costshare SCHEMA costshare_test;

SELECT has_extension('costshare_test', 'costshare', 'costshare is installed in the schema it was given');
SELECT has_schema('costshare_test');
SELECT is(
	(SELECT extversion FROM pg_extension WHERE extname = 'costshare'),
	(SELECT default_version FROM pg_available_extensions WHERE name = 'costshare'),
	'the installed version is the default version');

SELECT * FROM finish();
ROLLBACK;
