--
-- Declarations that the planner and the security model rely on.
--
-- A LEAKPROOF function may be pushed below a security barrier and sees rows
-- the user may not; it must never raise an error (an error can disclose the
-- argument).  Every LEAKPROOF function of the extension is called here with
-- the extreme values of its argument types, every combination, and must
-- answer every call.  Functions are found in the catalog, so a function
-- declared LEAKPROOF later is checked too.
--
CREATE TEMP TABLE sample (typ regtype, v text);
INSERT INTO sample VALUES
	('currency', 'ADF'), ('currency', 'USD'), ('currency', 'ZWR'), ('currency', 'XXX'),
	('currency_amount', 'JPY 9223372036854775807'), ('currency_amount', 'JPY -9223372036854775807'),
	('currency_amount', 'USD 0'), ('currency_amount', 'USD -92233720368547758.07'),
	('currency_amount', 'CLF 0.0001'), ('currency_amount', 'XAU 1'),
	('agreement_period', '[-infinity,infinity)'), ('agreement_period', '[0001-01-01,0001-01-02)'),
	('agreement_period', '[5874897-12-30,5874897-12-31)'), ('agreement_period', '[-infinity,0001-01-01)'),
	('agreement_period', '[5874897-12-30,infinity)'), ('agreement_period', '[2000-01-01,2000-01-02)'),
	('fiscal_calendar', 'calendar'), ('fiscal_calendar', 'jp'), ('fiscal_calendar', 'us_federal'),
	('fiscal_calendar', 'uk_tax'), ('fiscal_calendar', '12-31/end/plain'), ('fiscal_calendar', '02-28/start/split'),
	('date', '-infinity'), ('date', 'infinity'), ('date', '4714-11-24 BC'), ('date', '5874897-12-31'),
	('date', '2000-01-01'),
	('integer', '-2147483648'), ('integer', '2147483647'), ('integer', '0'),
	('bigint', '-9223372036854775808'), ('bigint', '9223372036854775807'), ('bigint', '0');

CREATE TEMP TABLE leakproof_fn AS
SELECT p.oid::regprocedure AS fn, p.proname,
	ARRAY(SELECT t::regtype FROM pg_catalog.unnest(p.proargtypes) WITH ORDINALITY u(t, i) ORDER BY i) AS args
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
WHERE p.proleakproof;

-- every argument type of a LEAKPROOF function has samples
SELECT fn, args FROM leakproof_fn
WHERE EXISTS (SELECT FROM pg_catalog.unnest(args) a(t) WHERE NOT EXISTS (SELECT FROM sample s WHERE s.typ = a.t))
ORDER BY fn::text;

CREATE FUNCTION pg_temp.call(fn regprocedure, vals text[], types regtype[]) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	args text := '';
	i int;
	r text;
BEGIN
	FOR i IN 1..COALESCE(pg_catalog.array_length(vals, 1), 0) LOOP
		args := args || CASE WHEN i > 1 THEN ', ' ELSE '' END
			|| pg_catalog.quote_literal(vals[i]) || '::' || types[i]::text;
	END LOOP;
	EXECUTE pg_catalog.format('SELECT %s(%s)::text',
		(SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname)
		 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = fn),
		args) INTO r;
	RETURN 'ok';
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END
$$;

-- one- and two-argument functions, every combination of samples
CREATE TEMP TABLE leakproof_call AS
SELECT f.fn, ARRAY[s1.v] AS vals, pg_temp.call(f.fn, ARRAY[s1.v], f.args) AS result
FROM leakproof_fn f JOIN sample s1 ON s1.typ = f.args[1]
WHERE pg_catalog.array_length(f.args, 1) = 1
UNION ALL
SELECT f.fn, ARRAY[s1.v, s2.v], pg_temp.call(f.fn, ARRAY[s1.v, s2.v], f.args)
FROM leakproof_fn f JOIN sample s1 ON s1.typ = f.args[1] JOIN sample s2 ON s2.typ = f.args[2]
WHERE pg_catalog.array_length(f.args, 1) = 2;

SELECT pg_catalog.count(DISTINCT fn) >= 40 AS many_functions, pg_catalog.count(*) >= 500 AS many_calls,
	pg_catalog.count(DISTINCT fn) = (SELECT pg_catalog.count(*) FROM leakproof_fn) AS every_function_called
FROM leakproof_call;

-- no rows: a LEAKPROOF function that raised
SELECT fn, vals, result FROM leakproof_call WHERE result <> 'ok' ORDER BY fn::text, vals;

-- C functions of the extension that are not STRICT take an aggregate state
-- (internal), which may be NULL before the first row; no other may be
-- lax about NULL
SELECT p.oid::regprocedure
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
WHERE p.prolang = (SELECT oid FROM pg_catalog.pg_language WHERE lanname = 'c') AND NOT p.proisstrict
	AND p.proargtypes[0] <> 'internal'::regtype
ORDER BY 1::text;

-- C functions are IMMUTABLE: their results depend only on their arguments
SELECT p.oid::regprocedure, p.provolatile
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
WHERE p.prolang = (SELECT oid FROM pg_catalog.pg_language WHERE lanname = 'c')
	AND (p.provolatile <> 'i' OR p.proparallel <> 's')
	-- (the operators' selectivity estimators read the planner's statistics:
	-- STABLE, as PostgreSQL's own)
	AND p.oid NOT IN (SELECT oprrest FROM pg_catalog.pg_operator
		UNION SELECT oprjoin FROM pg_catalog.pg_operator)
ORDER BY 1::text;
