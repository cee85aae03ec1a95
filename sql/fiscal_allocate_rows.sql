-- The planner's row estimate of a split over fiscal years: the number of
-- fiscal years a constant period touches (proration_rows_support), else
-- the function's ROWS.  An estimate several times the truth multiplies up
-- through the joins and groupings of the burden views.
CREATE FUNCTION plan_rows(query text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
	RETURN (plan->0->'Plan'->>'Plan Rows')::numeric;
END $$;
SELECT q, plan_rows(q) AS estimate, n AS fiscal_years
FROM (VALUES
	-- constant period and calendar: the fiscal years counted exactly
	($$SELECT * FROM costshare_internal.prorate_pieces('JPY 100', '[2020-01-01,2023-05-01)', 'jp', 'days')$$, 5),
	($$SELECT * FROM prorate('JPY 100', 'JFY2020', 'jp')$$, 1),
	($$SELECT * FROM prorate('JPY 100', '[2020-04-01,2020-04-02)', 'jp')$$, 1),
	($$SELECT * FROM prorate('JPY 100', '[2000-01-01,2100-01-01)', 'jp')$$, 101),
	($$SELECT * FROM prorate_minor_units(100, 'JFY2020', 'us_federal')$$, 2),
	($$SELECT * FROM costshare_internal.prorate_minor_units_pieces(100, 'JFY2020', 'calendar', 'equal')$$, 2),
	($$SELECT * FROM costshare_internal.prorate_fiscal_years('USD 1.00', '[2019-10-01,2021-10-01)', 'us_federal', 'days')$$, 2),
	($$SELECT * FROM rebucket('JPY 100', 'JFY2020', 'jp')$$, 1),
	($$SELECT * FROM rebucket_minor_units(100, '[2020-01-01,2030-01-01)', 'us_federal')$$, 11)
) AS t(q, n)
ORDER BY q;
CREATE TABLE allocate_rows_periods (p agreement_period);
INSERT INTO allocate_rows_periods VALUES ('JFY2020');
CREATE TABLE allocate_rows_calendars (c fiscal_calendar);
INSERT INTO allocate_rows_calendars VALUES ('jp');
ANALYZE allocate_rows_periods, allocate_rows_calendars;
-- a constant period and an unknown calendar: the expected count over all
-- calendars; an unknown period: ROWS 2
SELECT plan_rows($$SELECT * FROM allocate_rows_calendars v, prorate('JPY 100', 'JFY2020', c)$$) AS one_year,
       plan_rows($$SELECT * FROM allocate_rows_calendars v, prorate('JPY 100', '[2020-04-01,2020-04-02)', c)$$) AS one_day,
       plan_rows($$SELECT * FROM allocate_rows_calendars v, prorate('JPY 100', '[2020-01-01,2030-01-01)', c)$$) AS ten_years,
       plan_rows($$SELECT * FROM allocate_rows_periods v, prorate('JPY 100', p, 'jp')$$) AS unknown_period,
       plan_rows($$SELECT * FROM prorate('JPY 100', '[2020-01-01,)', 'jp')$$) AS infinite_period;
DROP TABLE allocate_rows_periods, allocate_rows_calendars;
-- a parameter's value counts when the plan is made for it
PREPARE allocate_rows(agreement_period) AS SELECT * FROM prorate('JPY 100', $1, 'jp');
SET plan_cache_mode = force_custom_plan;
SELECT plan_rows($$EXECUTE allocate_rows('[2000-04-01,2010-04-01)')$$) AS custom_plan;
SET plan_cache_mode = force_generic_plan;
SELECT plan_rows($$EXECUTE allocate_rows('[2000-04-01,2010-04-01)')$$) AS generic_plan;
RESET plan_cache_mode;
DEALLOCATE allocate_rows;
-- every allocation and rebucketing function has the support function
SELECT p.oid::regprocedure, p.prorows, p.prosupport
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
WHERE p.proretset AND p.proname ~ '^(allocate|prorate|rebucket)'
ORDER BY p.oid::regprocedure::text;
DROP FUNCTION plan_rows(text);
