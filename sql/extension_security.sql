--
-- Install-script and function hygiene against search_path hijacking.
--
-- A SQL or PL/pgSQL function that runs with its caller's search_path can be
-- made to call an attacker's function or operator instead of the one meant;
-- every such function of costshare must pin its search_path or have its body
-- parsed at creation (BEGIN ATOMIC).
SELECT p.oid::regprocedure AS unpinned_function
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
JOIN pg_language l ON l.oid = p.prolang
WHERE l.lanname IN ('sql', 'plpgsql')
  AND p.prosqlbody IS NULL
  AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) AS c WHERE c LIKE 'search_path=%')
ORDER BY 1;

-- SECURITY DEFINER functions would run with the installer's rights; there
-- are none.
SELECT p.oid::regprocedure AS security_definer_function
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
WHERE p.prosecdef;

-- A caller whose search_path puts a hostile schema first still gets
-- costshare's own answers: the hostile schema shadows names the views and
-- functions use, and nothing of it is called.
CREATE SCHEMA hostile;
CREATE TABLE hostile.calls (fn text);
CREATE FUNCTION hostile.fiscal_year(date, fiscal_calendar) RETURNS integer
	LANGUAGE sql AS $$ INSERT INTO hostile.calls VALUES ('fiscal_year'); SELECT 0 $$;
CREATE FUNCTION hostile.lower(agreement_period) RETURNS date
	LANGUAGE sql AS $$ INSERT INTO hostile.calls VALUES ('lower'); SELECT DATE '1900-01-01' $$;
CREATE FUNCTION hostile.prorate(currency_amount, agreement_period, fiscal_calendar, text,
	OUT fiscal_year integer, OUT part agreement_period, OUT share currency_amount) RETURNS SETOF record
	LANGUAGE sql AS $$ INSERT INTO hostile.calls VALUES ('prorate') RETURNING 0, NULL::agreement_period, NULL::currency_amount $$;
SET search_path = hostile, public;
SELECT count(*) >= 0 AS views_readable FROM public.burden_by_period;
SELECT * FROM public.rebucket('JPY 365', 'JFY2021', 'us_federal');
RESET search_path;
SELECT count(*) AS hostile_calls FROM hostile.calls;
DROP SCHEMA hostile CASCADE;
