--
-- Plain twins: every column of an extension type in a view (and in the
-- result of a function that returns a table) has plain columns beside it
-- that hold the same value, so that a BI tool or a driver without the
-- client adapters reads it as a date, a numeric or a text; every count is
-- bigint.  The rule, as doc/schema.md ("Views") writes it:
--
--   currency X          X_code (text) = X::text
--   fiscal_calendar X   X_name (text) = X::text
--   agreement_period X  start_date and end_date when X is period, else
--                       P_start_date and P_end_date when X is P_period
--                       (date) = lower(X) and last_day(X), the last day
--                       inclusive
--   currency_amount X   a numeric X_value, else S_value, where S is X less
--                       a final _total or _amount (headline_total:
--                       headline_value), = amount(X); and a text currency
--                       code = currency(X)::text where X is not NULL: for
--                       X = amount, currency_code; else X_currency_code,
--                       S_currency_code, else the row's target currency,
--                       the first of target_currency_code,
--                       demand_currency_code and currency_code the view has
--   any other type of the extension, an array of one, a composite or a
--   domain: no twin can say it, so it is a fault
--   counts: a column named *_count, *_items, *_years or fiscal_years_*
--   (but not *_label) is bigint
--
-- Every twin is checked on the rows, not only by name: the values must be
-- equal on every row, NULL where the typed column is NULL.  The rows are
-- the sample data and a fixture (rolled back) that gives every typed
-- column at least one non-NULL value.
--
BEGIN;
\set ECHO none
\o /dev/null
\i sql/include/measures_fixture.sql
\o
\set ECHO all
-- a gap between two agreements (agreement_coverage.gap_period)
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, status, source)
VALUES ('ZB-GAP', 'B: after a year with no agreement', 'ZB', 'ZS', '[2019-01-01,2020-01-01)', 'base', 'expired', 'test');
-- projected years (burden_projection, burden_with_projection)
INSERT INTO escalation_rule (agreement, basis, kind, fixed_percent, lag_years, rounding_unit, rounding, first_year, source)
VALUES ('ZA-1', 'ceiling', 'fixed_percent', 3.3, 1, 1000000, 'half_up', 2021, 'test');

-- the types with no twin rule, and the types of the extension
CREATE TEMP VIEW ext_types AS
SELECT t.oid, t.typname::text
FROM pg_type t
	JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare');

-- one row per typed column: its twins (by the rule), the rows holding a
-- value, and what is wrong, if anything
CREATE FUNCTION pg_temp.twins(rel regclass)
RETURNS TABLE (relation text, col text, type text, twins text, rows_with_value bigint, fault text)
LANGUAGE plpgsql AS $$
DECLARE
	a record;
	cols text[];
	typs text[];
	stem text;
	v text;
	c text;
	s text;
	e text;
	names text[] := '{}';
	types text[] := '{}';
	twin_list text[] := '{}';
	faults text[] := '{}';
	-- per column: an expression counting its values, and one counting the
	-- rows where a twin differs (one scan of the relation for all)
	counts text[] := '{}';
	n bigint[];
	i integer;
BEGIN
	SELECT array_agg(attname::text ORDER BY attnum), array_agg(format_type(atttypid, NULL) ORDER BY attnum)
	INTO cols, typs
	FROM pg_attribute WHERE attrelid = rel AND attnum > 0 AND NOT attisdropped;
	FOR a IN
		SELECT at.attname::text AS name, format_type(at.atttypid, NULL) AS typ, et.typname AS ext
		FROM pg_attribute at
			JOIN pg_type t ON t.oid = at.atttypid
			LEFT JOIN pg_temp.ext_types et ON et.oid = at.atttypid
		WHERE at.attrelid = rel AND at.attnum > 0 AND NOT at.attisdropped
		  AND (et.oid IS NOT NULL OR t.typtype IN ('c', 'd')
			   OR t.typelem IN (SELECT oid FROM pg_temp.ext_types))
		ORDER BY at.attnum
	LOOP
		twins := NULL; fault := NULL; c := 'false';
		IF a.ext IN ('currency', 'fiscal_calendar') THEN
			v := a.name || CASE a.ext WHEN 'currency' THEN '_code' ELSE '_name' END;
			twins := v;
			IF NOT v = ANY (cols) THEN fault := 'no ' || v;
			ELSIF typs[array_position(cols, v)] <> 'text' THEN fault := v || ' is not text';
			ELSE c := format('%I::text IS DISTINCT FROM %I', a.name, v);
			END IF;
		ELSIF a.ext = 'agreement_period' THEN
			IF a.name = 'period' THEN s := 'start_date'; e := 'end_date';
			ELSIF a.name LIKE '%\_period' THEN
				s := left(a.name, -6) || 'start_date'; e := left(a.name, -6) || 'end_date';
			ELSE s := a.name || '_start_date'; e := a.name || '_end_date';
			END IF;
			twins := s || ', ' || e;
			IF NOT (s = ANY (cols) AND e = ANY (cols)) THEN
				fault := 'no ' || CASE WHEN s = ANY (cols) THEN e WHEN e = ANY (cols) THEN s ELSE twins END;
			ELSIF typs[array_position(cols, s)] <> 'date' OR typs[array_position(cols, e)] <> 'date' THEN
				fault := twins || ' are not both date';
			ELSE
				c := format('lower(%I) IS DISTINCT FROM %I OR last_day(%I) IS DISTINCT FROM %I', a.name, s, a.name, e);
			END IF;
		ELSIF a.ext = 'currency_amount' THEN
			stem := regexp_replace(a.name, '_(total|amount)$', '');
			v := CASE WHEN a.name || '_value' = ANY (cols) THEN a.name || '_value' ELSE stem || '_value' END;
			e := CASE WHEN a.name = 'amount' THEN 'currency_code'
					  WHEN a.name || '_currency_code' = ANY (cols) THEN a.name || '_currency_code'
					  WHEN stem || '_currency_code' = ANY (cols) THEN stem || '_currency_code'
					  WHEN 'target_currency_code' = ANY (cols) THEN 'target_currency_code'
					  WHEN 'demand_currency_code' = ANY (cols) THEN 'demand_currency_code'
					  ELSE 'currency_code' END;
			twins := v || ', ' || e;
			IF NOT (v = ANY (cols) AND e = ANY (cols)) THEN
				fault := 'no ' || CASE WHEN v = ANY (cols) THEN e WHEN e = ANY (cols) THEN v ELSE twins END;
			ELSIF typs[array_position(cols, v)] <> 'numeric' OR typs[array_position(cols, e)] <> 'text' THEN
				fault := v || ' is not numeric or ' || e || ' not text';
			ELSE
				c := format('amount(%I) IS DISTINCT FROM %I OR (%I IS NOT NULL AND currency(%I)::text IS DISTINCT FROM %I)',
							a.name, v, a.name, a.name, e);
			END IF;
		ELSE
			fault := 'no twin rule for ' || a.typ;
		END IF;
		names := names || a.name; types := types || a.typ; twin_list := twin_list || twins;
		faults := faults || fault;
		counts := counts || format('count(%I)', a.name) || format('count(*) FILTER (WHERE %s)', c);
	END LOOP;
	IF cardinality(names) = 0 THEN RETURN; END IF;
	EXECUTE format('SELECT ARRAY[%s] FROM %s', array_to_string(counts, ', '), rel) INTO n;
	FOR i IN 1 .. cardinality(names) LOOP
		relation := rel::text; col := names[i]; type := types[i]; twins := twin_list[i];
		rows_with_value := n[2 * i - 1];
		fault := COALESCE(faults[i], CASE WHEN n[2 * i] > 0 THEN twins || ' differ from ' || names[i] END);
		RETURN NEXT;
	END LOOP;
END
$$;

-- each function of the extension that returns a table, called as a view
-- (named after the call; its comment names the function)
CREATE TEMP VIEW "burden_in_currency('USD'::currency)" AS SELECT * FROM burden_in_currency('USD'::currency);
COMMENT ON VIEW "burden_in_currency('USD'::currency)" IS 'burden_in_currency(currency,text)';
CREATE TEMP VIEW "burden_in_currency('JPY'::text)" AS SELECT * FROM burden_in_currency('JPY'::text);
COMMENT ON VIEW "burden_in_currency('JPY'::text)" IS 'burden_in_currency(text,text)';
CREATE TEMP VIEW "burden_per_person_in('USD')" AS SELECT * FROM burden_per_person_in('USD');
COMMENT ON VIEW "burden_per_person_in('USD')" IS 'burden_per_person_in(currency,text)';
CREATE TEMP VIEW "burden_in_constant_prices(2011, 'cpi', 'EUR')" AS
	SELECT * FROM burden_in_constant_prices(2011, 'cpi', 'EUR');
COMMENT ON VIEW "burden_in_constant_prices(2011, 'cpi', 'EUR')" IS
	'burden_in_constant_prices(integer,text,currency,boolean,text,text)';
-- every one is there (a new one shows here as false)
SELECT p.oid::regprocedure AS table_function,
	   EXISTS (SELECT 1 FROM pg_class c
			   WHERE c.relnamespace = pg_my_temp_schema()
				 AND obj_description(c.oid, 'pg_class') = p.oid::regprocedure::text) AS checked
FROM pg_proc p
	JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
  AND p.pronamespace = 'public'::regnamespace AND 't' = ANY (p.proargmodes)
ORDER BY p.oid::regprocedure::text COLLATE "C";

-- (the views of costshare_internal are no interface: no driver reads them)
CREATE TEMP VIEW checked_relations AS
SELECT c.oid::regclass AS rel
FROM pg_class c
	JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare') AND c.relkind = 'v'
  AND c.relnamespace <> 'costshare_internal'::regnamespace
UNION ALL
SELECT c.oid::regclass FROM pg_class c
WHERE c.relnamespace = pg_my_temp_schema() AND c.relkind = 'v' AND c.relname LIKE '%(%)';

CREATE TEMP TABLE twin_check AS
SELECT t.* FROM pg_temp.checked_relations r, pg_temp.twins(r.rel) t;

-- every typed column with its twins, and that the rows held a value to
-- compare
SELECT relation, col, type, twins, rows_with_value > 0 AS compared
FROM twin_check ORDER BY replace(relation, '"', '') COLLATE "C", col COLLATE "C";

-- what is wrong (no row)
SELECT relation, col, fault FROM twin_check WHERE fault IS NOT NULL OR rows_with_value = 0
ORDER BY 1, 2;

-- counts are bigint (no row)
SELECT r.rel AS relation, a.attname, format_type(a.atttypid, NULL) AS type
FROM pg_temp.checked_relations r
	JOIN pg_attribute a ON a.attrelid = r.rel AND a.attnum > 0 AND NOT a.attisdropped
WHERE (a.attname ~ '_(count|items|years)$' OR a.attname ~ '^fiscal_years_') AND a.attname !~ '_label$'
  AND a.atttypid <> 'bigint'::regtype;
-- (the count columns there are)
SELECT count(*) AS count_columns
FROM pg_temp.checked_relations r
	JOIN pg_attribute a ON a.attrelid = r.rel AND a.attnum > 0 AND NOT a.attisdropped
WHERE (a.attname ~ '_(count|items|years)$' OR a.attname ~ '^fiscal_years_') AND a.attname !~ '_label$';

-- the check finds what it should: a period, a calendar, a currency and an
-- amount without twins, twins that differ from their column, a twin of
-- the wrong type, a composite column, an array of amounts and an integer
-- count
CREATE TEMP VIEW bad_twins AS
SELECT b.period AS previous_period,
	   b.fiscal_calendar AS host_fiscal_calendar,
	   'USD'::currency AS base_currency,
	   b.amount AS burden,
	   b.period, b.start_date + 1 AS start_date, b.end_date,
	   b.amount AS per_person, b.amount_value + 0.01 AS per_person_value, b.currency_code,
	   b.fiscal_calendar, b.fiscal_calendar_name::varchar AS fiscal_calendar_name,
	   ROW(b.fiscal_year, b.period, b.amount)::fiscal_year_share AS share,
	   ARRAY[b.amount] AS amounts,
	   b.item_count::integer AS item_count
FROM burden_by_period b;
SELECT t.col, t.twins, t.fault FROM pg_temp.twins('bad_twins') t ORDER BY t.col COLLATE "C";
SELECT a.attname, format_type(a.atttypid, NULL) AS type
FROM pg_attribute a
WHERE a.attrelid = 'bad_twins'::regclass AND a.attname ~ '_(count|items|years)$' AND a.atttypid <> 'bigint'::regtype;

-- burden_in_currency's coverage columns, one row per row of
-- burden_by_period: complete only when the year is reported and converted.
-- per agreement: ZB-1's years are reported and converted (complete);
-- ZB-GAP's 2019 is half on file (partial: summed, not complete); ZA-1's
-- yen has no rate into euros (reported but not converted: not complete,
-- not summed), and its JFY2021 is missing
INSERT INTO burden_item (agreement, category, period, amount, basis, source)
VALUES ('ZB-GAP', 'general', '[2019-01-01,2019-07-01)', 'EUR 50.00', 'ceiling', 'test');
SELECT agreement_code, fiscal_year_label, state, converted, rate_missing, complete,
	   fiscal_years_summed, fiscal_years_expected
FROM burden_in_currency('EUR') WHERE agreement_code IN ('ZA-1', 'ZB-1', 'ZB-GAP')
ORDER BY agreement_code, basis, fiscal_year;

-- every view and table function that reads burden amounts says whether
-- its rows are whole: a boolean complete and the counts
-- fiscal_years_summed and fiscal_years_expected.  A view reads them when
-- burden_item is among the relations its rules read, through other views
-- too; a table function (checked here through its view above) when its
-- body names such a view or such a function.  Not aggregates, so without them: the coverage
-- itself (burden_coverage, burden_year_coverage: a state per year, from
-- which complete is derived) and burden_allocation (each item's own part
-- of a fiscal year, no sum)
CREATE TEMP VIEW burden_readers AS
WITH RECURSIVE reads (rel, read_rel) AS (
	SELECT DISTINCT r.ev_class, d.refobjid
	FROM pg_rewrite r
		JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
							AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> r.ev_class
	UNION
	SELECT rd.rel, d.refobjid
	FROM reads rd
		JOIN pg_rewrite r ON r.ev_class = rd.read_rel
		JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
							AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> r.ev_class
),
ext_views AS (
	SELECT c.oid, c.relname::text AS relname
	FROM pg_class c
		JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
	WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare') AND c.relkind = 'v'
	  AND c.relnamespace <> 'costshare_internal'::regnamespace
),
view_readers AS (
	SELECT v.oid::regclass AS rel, v.relname
	FROM ext_views v
	WHERE EXISTS (SELECT 1 FROM reads rd WHERE rd.rel = v.oid AND rd.read_rel = 'burden_item'::regclass)
),
fn_readers (oid) AS (
	SELECT p.oid FROM pg_proc p
	WHERE EXISTS (SELECT 1 FROM view_readers vr WHERE p.prosrc ~ ('\m' || vr.relname || '\M'))
	UNION
	SELECT p.oid FROM pg_proc p, fn_readers f
	WHERE p.prosrc ~ ('\m' || (SELECT proname FROM pg_proc WHERE oid = f.oid) || '\M')
)
SELECT vr.rel, vr.relname AS what FROM view_readers vr
UNION ALL
SELECT c.oid::regclass, obj_description(c.oid, 'pg_class')
FROM pg_class c
	JOIN pg_proc p ON p.oid::regprocedure::text = obj_description(c.oid, 'pg_class')
WHERE c.relnamespace = pg_my_temp_schema() AND c.relkind = 'v' AND c.relname LIKE '%(%)'
  AND p.oid IN (SELECT oid FROM fn_readers);
-- the relations that read burden amounts, and whether they have the three
SELECT b.what,
	   (SELECT format_type(a.atttypid, NULL) FROM pg_attribute a
		WHERE a.attrelid = b.rel AND a.attname = 'complete' AND NOT a.attisdropped) AS complete,
	   (SELECT format_type(a.atttypid, NULL) FROM pg_attribute a
		WHERE a.attrelid = b.rel AND a.attname = 'fiscal_years_summed' AND NOT a.attisdropped) AS summed,
	   (SELECT format_type(a.atttypid, NULL) FROM pg_attribute a
		WHERE a.attrelid = b.rel AND a.attname = 'fiscal_years_expected' AND NOT a.attisdropped) AS expected
FROM burden_readers b
ORDER BY b.what COLLATE "C";
-- what lacks them (no row but the three named above)
SELECT b.what
FROM burden_readers b
WHERE NOT EXISTS (SELECT 1 FROM pg_attribute a
				  WHERE a.attrelid = b.rel AND a.attname = 'complete' AND a.atttypid = 'boolean'::regtype)
   OR NOT EXISTS (SELECT 1 FROM pg_attribute a
				  WHERE a.attrelid = b.rel AND a.attname = 'fiscal_years_summed' AND a.atttypid = 'bigint'::regtype)
   OR NOT EXISTS (SELECT 1 FROM pg_attribute a
				  WHERE a.attrelid = b.rel AND a.attname = 'fiscal_years_expected' AND a.atttypid = 'bigint'::regtype)
ORDER BY b.what COLLATE "C";
-- the check finds what it should: a view summing burden_by_period
-- without them, and a table function that reads it
CREATE VIEW public.burden_sum_without_coverage AS
SELECT host_party, sum(amount) AS total FROM burden_by_period GROUP BY host_party;
ALTER EXTENSION costshare ADD VIEW public.burden_sum_without_coverage;
CREATE FUNCTION public.burden_total_without_coverage() RETURNS TABLE (host_party text, total currency_amount)
LANGUAGE sql AS $$ SELECT host_party, sum(amount) FROM burden_by_period GROUP BY host_party $$;
CREATE TEMP VIEW "burden_total_without_coverage()" AS SELECT * FROM burden_total_without_coverage();
COMMENT ON VIEW "burden_total_without_coverage()" IS 'burden_total_without_coverage()';
SELECT b.what
FROM burden_readers b
WHERE NOT EXISTS (SELECT 1 FROM pg_attribute a
				  WHERE a.attrelid = b.rel AND a.attname = 'complete' AND a.atttypid = 'boolean'::regtype)
ORDER BY b.what COLLATE "C";
ROLLBACK;
