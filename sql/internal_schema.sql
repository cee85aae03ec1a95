--
-- costshare_internal: the helpers of the public functions and views, and the
-- schema's trigger functions.  PUBLIC has no USAGE on it, so an ordinary
-- role cannot call them by name; the views and SQL functions bound to them
-- at creation call them for every reader, because schema USAGE is checked
-- when a name is looked up, not when a function runs.
--
\set SHOW_CONTEXT never
SELECT n.nspname, n.nspacl, obj_description(n.oid, 'pg_namespace') AS comment
FROM pg_namespace n WHERE n.nspname = 'costshare_internal';
SELECT has_schema_privilege('public', 'costshare_internal', 'USAGE') AS public_usage,
	   has_schema_privilege('costshare_reader', 'costshare_internal', 'USAGE') AS reader_usage;
-- what is inside: helpers and trigger functions only, no type support
SELECT p.oid::regprocedure AS function, l.lanname,
	   p.prorettype = 'trigger'::regtype AS trigger_function
FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = 'costshare_internal'::regnamespace
ORDER BY p.oid::regprocedure::text;
-- every trigger function of the extension is inside
SELECT count(*) AS trigger_functions_outside
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
  AND p.prorettype = 'trigger'::regtype
  AND p.pronamespace <> 'costshare_internal'::regnamespace;

CREATE ROLE regress_costshare_plain NOLOGIN;
GRANT SELECT ON burden_by_period, burden_by_stationed_calendar TO regress_costshare_plain;
GRANT SELECT, INSERT, UPDATE, DELETE ON cost_category TO regress_costshare_plain;

-- a plain role: the helpers cannot be called by name ...
SET ROLE regress_costshare_plain;
SELECT count(*) FROM costshare_internal.prorate_pieces('JPY 1000', 'JFY2020', 'jp', 'days');
SELECT costshare_internal.prorate_share('JPY 1000', 'JFY2020', 'jp', 'days', 2020);
SELECT count(*) FROM costshare_internal.prorate_minor_units_pieces(1000, 'JFY2020', 'jp', 'days');
SELECT count(*) FROM costshare_internal.prorate_fiscal_years('JPY 1000', 'JFY2020', 'jp', 'days');
SELECT count(*) AS closure_rows FROM costshare_internal.category_closure(ARRAY['a', 'b'], ARRAY[NULL, 'a']);
SELECT costshare_internal.agreement_check_items();
SELECT count(*) FROM costshare_internal.burden_year_amounts;
-- ... yet the public functions and the views granted to it work
SELECT * FROM prorate('JPY 1000', 'JFY2020..JFY2021', 'jp', 'equal');
SELECT * FROM prorate_minor_units(1000, 'JFY2020..JFY2021', 'jp');
SELECT * FROM allocate('JPY 1000', 'JFY2020..JFY2021', 'jp');
SELECT * FROM rebucket('JPY 365', 'JFY2021', 'us_federal');
SELECT count(*) AS burden_by_period_rows FROM burden_by_period;
SELECT count(*) AS burden_by_stationed_calendar_rows FROM burden_by_stationed_calendar;
-- and the trigger functions inside fire for it when it writes a table
INSERT INTO cost_category (code, name) VALUES ('regress_plain', 'plain role''s category');
UPDATE cost_category SET parent = 'regress_plain' WHERE code = 'regress_plain';
DELETE FROM cost_category WHERE code = 'regress_plain';
RESET ROLE;

-- costshare_reader, which has no USAGE on the schema either, reads the
-- views built on the helpers (burden_allocation's prorate_pieces, under
-- burden_by_period and burden_by_stationed_calendar)
SET ROLE costshare_reader;
SELECT count(*) FROM costshare_internal.prorate_pieces('JPY 1000', 'JFY2020', 'jp', 'days');
SELECT (SELECT count(*) FROM burden_by_period) AS burden_by_period_rows,
	   (SELECT count(*) FROM burden_by_stationed_calendar) AS burden_by_stationed_calendar_rows;
RESET ROLE;

-- the rows the superuser sees
SELECT (SELECT count(*) FROM burden_by_period) AS burden_by_period_rows,
	   (SELECT count(*) FROM burden_by_stationed_calendar) AS burden_by_stationed_calendar_rows;

REVOKE SELECT ON burden_by_period, burden_by_stationed_calendar FROM regress_costshare_plain;
REVOKE ALL ON cost_category FROM regress_costshare_plain;
DROP ROLE regress_costshare_plain;

-- Functions the views call return named row types (burden_allocation's
-- prorate_pieces, rate_in_force, price_index_for, category_closure, ...): a
-- value of an anonymous record type cannot be sent to another server, which
-- is what Citus does with a view's columns.  No view depends on a function
-- returning "record": a new one shows here.
SELECT f AS record_function_used_by_views
FROM (SELECT DISTINCT p.oid::regprocedure::text AS f
FROM pg_rewrite r
	JOIN pg_class v ON v.oid = r.ev_class AND v.relkind = 'v'
	JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
		AND d.refclassid = 'pg_proc'::regclass
	JOIN pg_proc p ON p.oid = d.refobjid
WHERE p.prorettype = 'record'::regtype
  AND v.relnamespace IN ('public'::regnamespace, 'costshare_internal'::regnamespace)) fs
ORDER BY f COLLATE "C";
SELECT pg_catalog.format_type(p.prorettype, NULL) AS prorate_pieces_returns
FROM pg_proc p WHERE p.oid = 'costshare_internal.prorate_pieces'::regproc;
