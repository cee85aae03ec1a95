#!/usr/bin/env bash
# test/install_hostile_schema.sh: a user who may create objects in the schema
# costshare goes into cannot make the extension run his code.
#
# The role costshare_mallory, with CREATE on the schema "shared", plants
# there, before CREATE EXTENSION, a trap for every signature an expression of
# the install script could resolve to instead of the intended one:
#   - every operator of pg_catalog for every pair of argument types that
#     reaches it by an implicit cast (numeric * integer, numeric <> integer,
#     text = varchar, ...), where pg_catalog has no operator of exactly those
#     types (an exact match in pg_catalog is found first and is safe);
#   - every function named in the extension's views, constraints, defaults
#     and function bodies (read from a reference install's catalog), for
#     every argument list of one or two built-in types that reaches one of
#     its pg_catalog or costshare overloads by an implicit cast.
# Each trap counts its call in a sequence (nextval survives a rollback).
# Then a superuser installs costshare into "shared" (fresh, and 0.1.0 updated
# to the current version), loads the sample data, reads every view, calls
# every SQL and PL/pgSQL function, fires every trigger and re-checks every
# constraint by updating every row.  The traps must never have run, and no
# object of the extension may depend on an object of the untrusted role.
#
# Runs against the server of PGHOST/PGPORT (scripts/test's throwaway
# cluster).  Prints "N passed, N failed".
set -uo pipefail

cd "$(dirname "$0")/.."
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; }
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$@"; }
check() {  # check NAME GOT EXPECTED
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1"; printf '  expected: %s\n  got:      %s\n' "$3" "$2"; fi
}
current=$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" costshare.control)
ref=costshare_hostile_ref
role=costshare_mallory

# -- the reference install: which names the extension's objects use
dropdb --if-exists "$ref" >/dev/null 2>&1
createdb "$ref" && q "$ref" -c 'CREATE EXTENSION costshare' ||
	{ not_ok "reference install"; echo "$passed passed, $failed failed"; exit 1; }
# "name|argtypes" of every overload the traps shadow, and the operators
names_sql="
WITH ext AS (
	SELECT d.objid, d.classid FROM pg_depend d
	WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
),
texts AS (
	SELECT pg_get_viewdef(c.oid) AS t FROM pg_class c JOIN ext ON ext.objid = c.oid
	WHERE ext.classid = 'pg_class'::regclass AND c.relkind = 'v'
	UNION ALL
	SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN ext ON ext.objid = k.conrelid
	WHERE ext.classid = 'pg_class'::regclass
	UNION ALL
	SELECT pg_get_expr(a.adbin, a.adrelid) FROM pg_attrdef a JOIN ext ON ext.objid = a.adrelid
	WHERE ext.classid = 'pg_class'::regclass
	UNION ALL
	SELECT coalesce(pg_get_function_sqlbody(p.oid), p.prosrc) FROM pg_proc p JOIN ext ON ext.objid = p.oid
	WHERE ext.classid = 'pg_proc'::regclass AND p.prolang IN
		(SELECT oid FROM pg_language WHERE lanname IN ('sql', 'plpgsql'))
)
SELECT DISTINCT m[1] FROM texts, regexp_matches(t, '([a-z_][a-z0-9_]*)\s*\(', 'g') m
ORDER BY 1"
fnames=$(q "$ref" -c "$names_sql" | paste -sd, -)
ext_funcs=$(q "$ref" -c "
	SELECT string_agg(format('%s|{%s}', p.proname, array_to_string(ARRAY(SELECT t::regtype::text FROM unnest(p.proargtypes) t), ',')), ';')
	FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
	WHERE d.deptype = 'e' AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
	  AND p.pronargs BETWEEN 1 AND 2
	  AND NOT EXISTS (SELECT 1 FROM unnest(p.proargtypes) t
					  WHERE (SELECT typnamespace FROM pg_type WHERE oid = t) <> 'pg_catalog'::regnamespace)")
[ -n "$fnames" ] && ok "the function names the extension uses, from its catalog (${fnames:0:60}...)" ||
	not_ok "the function names the extension uses, from its catalog"

# -- plant: one trap per signature
plant() {  # plant DB
	local db=$1
	q "$db" <<SQL
DO \$\$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$role') THEN
		CREATE ROLE $role NOLOGIN;
	END IF;
END \$\$;
CREATE SCHEMA shared;
GRANT CREATE, USAGE ON SCHEMA shared TO $role;
CREATE SCHEMA trap AUTHORIZATION $role;
GRANT USAGE ON SCHEMA trap TO PUBLIC;
SET ROLE $role;
CREATE SEQUENCE trap.hits;
CREATE TABLE trap.hit (what text);
GRANT USAGE, UPDATE ON SEQUENCE trap.hits TO PUBLIC;
GRANT INSERT ON trap.hit TO PUBLIC;
-- the sources of each type: itself, and every type with an implicit cast to it
CREATE TEMP VIEW src AS
	SELECT t.oid AS target, t.oid AS source FROM pg_type t
	WHERE t.typtype IN ('b', 'r', 'm', 'e', 'd') AND t.typisdefined
	UNION
	SELECT c.casttarget, c.castsource FROM pg_cast c
	JOIN pg_type s ON s.oid = c.castsource AND s.typtype <> 'p'
	WHERE c.castcontext = 'i';
CREATE TEMP TABLE planted (kind text, ok boolean);
DO \$\$
DECLARE
	r record;
	n int := 0;
	fn text;
BEGIN
	-- operators: pg_catalog's, on every implicit-cast pair it has no exact operator for
	FOR r IN
		SELECT DISTINCT ON (o.oprname, l.source, rt.source)
			   o.oprname, l.source::regtype AS lt, rt.source::regtype AS rt, o.oprresult::regtype AS res
		FROM pg_operator o
			JOIN src l ON l.target = o.oprleft
			JOIN src rt ON rt.target = o.oprright
		WHERE o.oprkind = 'b' AND o.oprnamespace = 'pg_catalog'::regnamespace
		  AND NOT EXISTS (SELECT 1 FROM pg_operator x WHERE x.oprname = o.oprname
						  AND x.oprleft = l.source AND x.oprright = rt.source
						  AND x.oprnamespace = 'pg_catalog'::regnamespace)
		UNION ALL
		SELECT DISTINCT ON (o.oprname, rt.source)
			   o.oprname, NULL, rt.source::regtype, o.oprresult::regtype
		FROM pg_operator o JOIN src rt ON rt.target = o.oprright
		WHERE o.oprkind = 'l' AND o.oprnamespace = 'pg_catalog'::regnamespace
		  AND NOT EXISTS (SELECT 1 FROM pg_operator x WHERE x.oprname = o.oprname AND x.oprkind = 'l'
						  AND x.oprright = rt.source AND x.oprnamespace = 'pg_catalog'::regnamespace)
	LOOP
		n := n + 1;
		fn := 'trap.op_' || n;
		BEGIN
			EXECUTE format('CREATE FUNCTION %s(%s) RETURNS %s LANGUAGE plpgsql AS %L',
				fn, concat_ws(', ', r.lt, r.rt), r.res,
				format('BEGIN PERFORM pg_catalog.nextval(''trap.hits''); '
					   'INSERT INTO trap.hit VALUES (%L); RETURN NULL; END',
					   format('operator %s(%s)', r.oprname, concat_ws(', ', r.lt, r.rt))));
			EXECUTE format('CREATE OPERATOR shared.%s (%s RIGHTARG = %s, FUNCTION = %s)',
				r.oprname, CASE WHEN r.lt IS NOT NULL THEN format('LEFTARG = %s,', r.lt) END, r.rt, fn);
			INSERT INTO planted VALUES ('operator', true);
		EXCEPTION WHEN others THEN
			INSERT INTO planted VALUES ('operator', false);
		END;
	END LOOP;
	-- functions: the names the extension uses, on every implicit-cast argument
	-- list of one or two built-in types that is not itself a signature
	FOR r IN
		WITH sig AS (
			SELECT p.proname AS name, p.proargtypes[0] AS a0,
				   CASE WHEN p.pronargs = 2 THEN p.proargtypes[1] END AS a1
			FROM pg_proc p
			WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.pronargs IN (1, 2)
			  AND p.proname = ANY (string_to_array('$fnames', ','))
			UNION
			SELECT split_part(e, '|', 1), (string_to_array(btrim(split_part(e, '|', 2), '{}'), ','))[1]::regtype,
				   (string_to_array(btrim(split_part(e, '|', 2), '{}'), ','))[2]::regtype
			FROM unnest(string_to_array(NULLIF('$ext_funcs', ''), ';')) e
		)
		SELECT DISTINCT s.name, x0.source::regtype AS t0, x1.source::regtype AS t1
		FROM sig s
			JOIN src x0 ON x0.target = s.a0
			LEFT JOIN src x1 ON x1.target = s.a1
		WHERE (s.a1 IS NULL OR x1.source IS NOT NULL)
		  AND NOT EXISTS (SELECT 1 FROM pg_proc p WHERE p.proname = s.name
						  AND p.pronamespace = 'pg_catalog'::regnamespace
						  AND p.proargtypes::oid[] = ARRAY[x0.source] || CASE WHEN s.a1 IS NOT NULL THEN ARRAY[x1.source] ELSE '{}'::oid[] END)
		  AND NOT (s.name || '|{' || concat_ws(',', x0.source::regtype, x1.source::regtype) || '}'
				   = ANY (string_to_array('$ext_funcs', ';')))
	LOOP
		BEGIN
			EXECUTE format('CREATE FUNCTION shared.%I(%s) RETURNS int LANGUAGE plpgsql AS %L',
				r.name, concat_ws(', ', r.t0, r.t1),
				format('BEGIN PERFORM pg_catalog.nextval(''trap.hits''); '
					   'INSERT INTO trap.hit VALUES (%L); RETURN NULL; END',
					   format('function %s(%s)', r.name, concat_ws(', ', r.t0, r.t1))));
			INSERT INTO planted VALUES ('function', true);
		EXCEPTION WHEN others THEN
			INSERT INTO planted VALUES ('function', false);
		END;
	END LOOP;
END
\$\$;
SELECT kind || ' ' || count(*) FILTER (WHERE ok) FROM planted GROUP BY kind ORDER BY kind;
RESET ROLE;
SQL
}

# the traps must not have run; no extension object may depend on the role's
hits() { q "$1" -c "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM trap.hits"; }
deps_on_role() {
	q "$1" -c "
	SELECT count(*) FROM pg_depend d
	WHERE d.refclassid IN ('pg_operator'::regclass, 'pg_proc'::regclass)
	  AND (SELECT r.rolname FROM pg_roles r WHERE r.oid = CASE d.refclassid
			WHEN 'pg_operator'::regclass THEN (SELECT oprowner FROM pg_operator WHERE oid = d.refobjid)
			ELSE (SELECT proowner FROM pg_proc WHERE oid = d.refobjid) END) = '$role'
	  AND NOT (d.classid = 'pg_operator'::regclass
			   AND (SELECT oprowner FROM pg_operator WHERE oid = d.objid) = (SELECT oid FROM pg_roles WHERE rolname = '$role'))"
}

exercise() {  # exercise DB: everything the extension does, as the superuser
	local db=$1
	PGOPTIONS='-c search_path=shared' q "$db" -f data/10_japan_us.sql -f data/20_korea_us.sql -f data/30_measures.sql >/dev/null &&
	PGOPTIONS='-c search_path=shared' q "$db" <<'SQL'
-- the test's own catalog queries must not meet the traps
SET search_path = pg_catalog;
-- every view, every row and column
DO $$
DECLARE
	v regclass;
	n bigint;
BEGIN
	FOR v IN SELECT c.oid FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass
			 WHERE d.deptype = 'e' AND c.relkind = 'v'
			   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
	LOOP
		EXECUTE format('SELECT count(*) FROM (SELECT t::text FROM %s t) s', v) INTO n;
		IF n = 0 THEN RAISE EXCEPTION 'view % is empty with the sample data', v; END IF;
	END LOOP;
END $$;
-- every SQL and PL/pgSQL function
SELECT count(*) FROM shared.burden_in_currency('USD');
SELECT count(*) FROM shared.burden_in_currency('USD', 'Fed G.5A');
SELECT count(*) FROM shared.rate_in_force('JPY', 'USD', '[2020-04-01,2021-04-01)');
SELECT count(*) FROM shared.rate_in_force('KRW', 'JPY', '[2020-01-01,2021-01-01)');
SELECT count(*) FROM shared.rate_in_force_direct('JPY', 'USD', '[2020-04-01,2021-04-01)');
SELECT shared.rate_pair_on_file('JPY', 'USD'), shared.rate_pair_on_file('KRW', 'JPY', 'Fed G.5A');
SELECT shared.convert_at('KRW 1000000', 'JPY', 1180.5554, true, 106.7754, false);
SELECT count(*) FROM shared.burden_vs_demand;
SELECT shared.convert_at('JPY 1000', 'USD', 0.0091, false), shared.convert_at('JPY 1000', 'USD', 110, true);
SELECT shared.to_jsonb('USD 1.50'::shared.currency_amount),
	   shared.currency_amount('{"amount": "1.50", "currency": "USD"}'::jsonb);
SELECT count(*) FROM shared.allocate('JPY 1000', '[2020-01-01,2022-01-01)', 'jp');
SELECT count(*) FROM shared.rebucket('JPY 1000', '[2020-01-01,2022-01-01)', 'jp');
SELECT count(*) FROM shared.prorate_minor_units(1000, '[2020-01-01,2022-01-01)', 'jp');
SELECT count(*) FROM shared.prorate('JPY 1000', '[2020-01-01,2022-01-01)', 'jp');
-- the deprecated names of 0.1.0 and the new ones they stand for
SELECT count(*) FROM shared.allocate_minor_units(1000, '[2020-01-01,2022-01-01)', 'jp');
SELECT shared.minor_units('JPY'::shared.currency), shared.decimal_places('JPY'::shared.currency);
SELECT shared.start_month('jp'::shared.fiscal_calendar), shared.start_day('jp'::shared.fiscal_calendar),
	   shared.naming('jp'::shared.fiscal_calendar), shared.label_style('jp'::shared.fiscal_calendar),
	   shared.fiscal_year_start_month('jp'::shared.fiscal_calendar),
	   shared.fiscal_year_start_day('jp'::shared.fiscal_calendar),
	   shared.fiscal_year_naming('jp'::shared.fiscal_calendar),
	   shared.fiscal_label_style('jp'::shared.fiscal_calendar);
-- the helpers inside costshare_internal, by name (as the superuser may)
SELECT count(*) FROM costshare_internal.prorate_pieces('JPY 1000', '[2020-01-01,2022-01-01)', 'jp', 'days');
SELECT count(*) FROM costshare_internal.prorate_fiscal_years('JPY 1000', '[2020-01-01,2022-01-01)', 'jp', 'days');
SELECT costshare_internal.prorate_share('JPY 1000', '[2020-01-01,2022-01-01)', 'jp', 'days', 2020);
SELECT count(*) FROM costshare_internal.prorate_minor_units_pieces(1000, '[2020-01-01,2022-01-01)', 'jp', 'days');
SELECT count(*) FROM costshare_internal.category_closure(ARRAY['a', 'b'], ARRAY[NULL, 'a']);
SELECT count(*) FROM costshare_internal.projection_chain(ARRAY['a'], ARRAY[2021], ARRAY[2022],
	ARRAY['JPY']::shared.currency[], ARRAY[1::numeric], ARRAY['half_up'], ARRAY['a'], ARRAY[2020],
	ARRAY[100::numeric], ARRAY[true], ARRAY[1::bigint], ARRAY['a', 'a'], ARRAY[2021, 2022],
	ARRAY[110::numeric, 110::numeric], ARRAY[100::numeric, 100::numeric]);
SELECT count(*) FROM shared.rebucket_minor_units(1000, '[2020-01-01,2022-01-01)', 'jp');
SELECT shared.compare_amounts('JPY 5', 'JPY 7');
SELECT shared.divide_round(1, 8, 2), shared.divide_round(-1, 8, 2, 'half_up');
SELECT shared.annualised_rate_percent(100, 121, 2);
SELECT count(*) FROM shared.price_index_for('cpi', 'KR', '[2020-01-01,2021-01-01)');
SELECT count(*) FROM shared.macro_figure_for('gdp', 'KR', '[2022-01-01,2023-01-01)');
SELECT count(*) FROM shared.burden_in_constant_prices(2020, 'cpi');
SELECT count(*) FROM shared.burden_in_constant_prices(2020, 'cpi', 'USD', true, 'JP', 'Fed G.5A');
SELECT count(*) FROM shared.burden_per_person_in('USD');
-- every operator whose function is SQL (the forms that take text or
-- timestamptz for drivers' parameters), each with a sample of its types
DO $$
DECLARE
	o record;
	sample jsonb := '{"currency_amount": "JPY 5", "currency": "JPY", "fiscal_calendar": "jp",
		"agreement_period": "[2020-01-01,2021-01-01)", "timestamptz": "2020-06-01 00:00+00",
		"date": "2020-06-01"}';
	result boolean;
BEGIN
	FOR o IN SELECT op.oprname, op.oprleft::regtype AS lt, op.oprright::regtype AS rt,
					tl.typname AS ln, tr.typname AS rn
			 FROM pg_operator op
			 JOIN pg_depend d ON d.objid = op.oid AND d.classid = 'pg_operator'::regclass AND d.deptype = 'e'
			 JOIN pg_proc p ON p.oid = op.oprcode
			 JOIN pg_language l ON l.oid = p.prolang AND l.lanname IN ('sql', 'plpgsql')
			 JOIN pg_type tl ON tl.oid = op.oprleft
			 JOIN pg_type tr ON tr.oid = op.oprright
			 WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
	LOOP
		-- a text side takes the sample of the other side's type
		EXECUTE format('SELECT %L::%s OPERATOR(shared.%s) %L::%s',
			sample ->> (CASE WHEN o.ln = 'text' THEN o.rn ELSE o.ln END), o.lt, o.oprname,
			sample ->> (CASE WHEN o.rn = 'text' THEN o.ln ELSE o.rn END), o.rt) INTO result;
	END LOOP;
END $$;
-- every trigger and constraint: every row of every table written again
DO $$
DECLARE
	t regclass;
	cols text;
BEGIN
	FOR t IN SELECT c.oid FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass
			 WHERE d.deptype = 'e' AND c.relkind = 'r'
			   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
	LOOP
		SELECT string_agg(format('%I = %I', attname, attname), ', ') INTO cols
		FROM pg_attribute WHERE attrelid = t AND attnum > 0 AND NOT attisdropped;
		EXECUTE format('UPDATE %s SET %s %s', t, cols,
			CASE WHEN t = 'shared.cost_category'::regclass THEN 'WHERE NOT builtin' END);
	END LOOP;
END $$;
INSERT INTO shared.cost_category (code, name) VALUES ('hostile_test', 'test');
UPDATE shared.cost_category SET parent = 'labor' WHERE code = 'hostile_test';
DELETE FROM shared.cost_category WHERE code = 'hostile_test';
DELETE FROM shared.burden_item WHERE id OPERATOR(pg_catalog.=) (SELECT min(id) FROM shared.burden_item);
-- install_schema(): the schema again, as ordinary objects of a schema of the superuser's
CREATE SCHEMA hostile_target;
SELECT shared.install_schema('hostile_target'::pg_catalog.regnamespace);
SQL
	[ $? -eq 0 ] &&
	PGOPTIONS='-c search_path=hostile_target,shared' q "$db" -f data/10_japan_us.sql -f data/20_korea_us.sql -f data/30_measures.sql >/dev/null &&
	q "$db" <<'SQL'
SET search_path = pg_catalog;
-- every view of the installed copy, every row and column
DO $$
DECLARE
	v regclass;
	n bigint;
BEGIN
	FOR v IN SELECT c.oid FROM pg_class c
			 WHERE c.relnamespace = 'hostile_target'::regnamespace AND c.relkind = 'v'
	LOOP
		EXECUTE format('SELECT count(*) FROM (SELECT t::text FROM %s t) s', v) INTO n;
		IF n = 0 THEN RAISE EXCEPTION 'view % is empty with the sample data', v; END IF;
	END LOOP;
END $$;
SQL
}

# -- the list of SQL and PL/pgSQL functions above must be complete
exercised="allocate allocate_minor_units agreement_check_items agreement_check_overlap agreement_default_currency
burden_in_currency burden_item_check convert_at cost_category_guard_builtin currency_amount rate_in_force
rate_in_force_direct rate_pair_on_file
rebucket rebucket_minor_units to_jsonb cost_category_check_cycle compare_amounts
divide_round annualised_rate_percent price_index_for macro_figure_for burden_in_constant_prices burden_per_person_in
prorate prorate_minor_units minor_units start_month start_day naming label_style install_schema category_closure
projection_chain"
missing=$(q "$ref" -c "
	SELECT string_agg(DISTINCT p.proname, ' ') FROM pg_proc p
	JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
	JOIN pg_language l ON l.oid = p.prolang
	WHERE l.lanname IN ('sql', 'plpgsql')
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'costshare')
	  AND p.proname <> ALL (string_to_array(regexp_replace('$exercised', '\s+', ' ', 'g'), ' '))
	  -- functions behind operators: the loop over the operators calls each
	  AND NOT EXISTS (SELECT 1 FROM pg_operator o WHERE o.oprcode = p.oid)")
check "every SQL and PL/pgSQL function of the extension is exercised here" "$missing" ""

# -- a fresh install, and an install of each released version then updated
released=$(find . -maxdepth 1 -name 'costshare--*.sql' ! -name 'costshare--*--*.sql' \
	! -name "costshare--$current.sql" | sed 's|^\./costshare--\(.*\)\.sql$|\1|' | sort -V)
for from in fresh $released; do
	db="costshare_hostile_${from//./_}"
	dropdb --if-exists "$db" >/dev/null 2>&1
	if createdb "$db" && planted=$(plant "$db") && [ "$(hits "$db")" = 0 ]; then
		ok "$from: the untrusted role planted its traps ($(echo $planted))"
	else
		not_ok "$from: the untrusted role planted its traps"; continue
	fi
	if [ "$from" = fresh ]; then
		how="CREATE EXTENSION costshare SCHEMA shared"
		q "$db" -c "$how"
	else
		how="CREATE EXTENSION costshare VERSION '$from' SCHEMA shared, then ALTER EXTENSION UPDATE"
		q "$db" -c "CREATE EXTENSION costshare VERSION '$from' SCHEMA shared" &&
			q "$db" -c "ALTER EXTENSION costshare UPDATE"
	fi
	check "$from: $how" "$?" 0
	check "$from: no object of the extension depends on an object of the untrusted role" "$(deps_on_role "$db")" 0
	[ "${VERBOSE:-}" ] && q "$db" -c "SELECT pg_describe_object(classid, objid, objsubid), pg_describe_object(refclassid, refobjid, 0) FROM pg_depend WHERE refclassid = 'pg_operator'::regclass AND refobjid IN (SELECT oid FROM pg_operator WHERE oprowner = '$role'::regrole) AND classid <> 'pg_operator'::regclass"
	exercise "$db" >/dev/null
	check "$from: sample data, views, functions, triggers and constraints exercised as the superuser" "$?" 0
	check "$from: no trap ran" "$(hits "$db")" 0
	ran=$(q "$db" -c "SELECT string_agg(DISTINCT what, '; ') FROM trap.hit")
	[ -n "$ran" ] && echo "  traps that ran: ${ran:0:2000}"
	check "$from: the traps are still in place (the test tested something)" \
		"$(q "$db" -c "SELECT count(*) > 1000 FROM pg_operator WHERE oprnamespace = 'shared'::regnamespace AND oprowner = '$role'::regrole")" t
	dropdb "$db" >/dev/null 2>&1
done

dropdb "$ref" >/dev/null 2>&1
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
