-- title: burden_by_period_category_rollup over burden items against the same rows computed by hand over plain bigint, text and date columns
-- sizes: 1000000 3000000 10000000
-- baseline: plain_columns
-- goal: view <= 1.3 the view at most 1.3x the hand-written query
-- flat: view 15
-- flat: plain_columns 15
--
-- The same synthetic items twice: in costshare's tables (currency_amount,
-- agreement_period, fiscal_calendar) read through the view, and in plain
-- tables (bigint amount, text currency and status, start and end dates)
-- read by a hand-written query giving the same rows (the report checks it,
-- and fails if a row differs): the same ROLLUP over fiscal year and
-- category of the reported amounts, and on each row the coverage of what
-- it sums (complete, fiscal_years_summed and fiscal_years_expected) from
-- the fiscal years of every agreement, with the days reported items cover
-- against the days of each year.  Items lie within one fiscal year, as
-- budget lines do; one fiscal year has items of unknown amount, one is
-- half covered, and the basis not used in a year leaves it missing.  Both
-- plans are in the report.
--
-- Both read the items twice, once for the coverage (grouped by span before
-- cutting fiscal years) and once for the ROLLUP.  The view's second read
-- is costshare_internal.burden_parts: the items grouped by agreement,
-- basis, category, span and currency, each span within one fiscal year
-- then a part of that year whole, and only the items of a span over
-- several years split one by one; the statistics burden_item_category_spans
-- count its groups, so the planner hashes them.  The plain query groups
-- the items by the year of their first day.  The hand-written query has no
-- statistics to go on for its years (generate_series counts a thousand per
-- agreement), so it plans sorts and merge joins for rows it will not get;
-- the view's coverage has burden_item_spans.
-- @setup
TRUNCATE burden_item, agreement, party, exchange_rate CASCADE;
DROP TABLE IF EXISTS plain_item, plain_agreement, plain_party, plain_category, plain_category_closure,
	plain_force_presence CASCADE;
INSERT INTO party (code, name, default_currency, fiscal_calendar) VALUES
	('HOST', 'Host', 'JPY', 'jp'), ('STAT', 'Stationed', 'USD', 'us_federal');
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency)
SELECT 'A' || k, 'Agreement ' || k, 'HOST', 'STAT',
       agreement_period(make_date(1900 + 5 * k, 4, 1), make_date(1905 + 5 * k, 4, 1)), 'base', 'JPY'
FROM generate_series(0, 39) AS k;
-- an agreement with nothing on file: its years are rows of burden_by_period
INSERT INTO agreement (code, title, host_party, stationed_party, period, kind, currency)
VALUES ('A40', 'Agreement 40', 'HOST', 'STAT', agreement_period('2100-04-01', '2102-10-01'), 'base', 'JPY');
-- Every item lies within one fiscal year.  Fiscal year 1950 has items of
-- unknown amount (state unknown); the items of 1960 cover half the year
-- (partial); a year has the items of one basis only, so the other basis's
-- year is missing.
INSERT INTO burden_item (agreement, category, period, amount, basis, status)
SELECT 'A' || (y - 1900) / 5,
       (ARRAY['labor_basic_pay', 'labor_welfare', 'utilities', 'facilities_improvement',
              'training', 'logistics'])[1 + i % 6],
       agreement_period(make_date(y, 4, 1), CASE WHEN y = 1960 THEN make_date(y, 10, 1) ELSE make_date(y + 1, 4, 1) END),
       CASE WHEN y = 1950 AND i % 7 = 0 THEN NULL
            ELSE from_minor_units(1000000 + i::int8 * 7919 % 100000000, 'JPY') END,
       (ARRAY['budget', 'settled'])[1 + i % 2],
       CASE WHEN y = 1950 AND i % 7 = 0 THEN 'unknown' ELSE 'reported' END
FROM (SELECT i, 1900 + i % 200 AS y FROM generate_series(1, :rows) AS i) AS g;
-- Published totals (agreement_consistency): half the agreements have
-- one, the sum of their budget items for a few, a round figure for the
-- rest.
UPDATE agreement AS a
SET total_ceiling = CASE WHEN a.code IN ('A10', 'A11', 'A12')
                         THEN (SELECT sum(bi.amount) FROM burden_item AS bi
                               WHERE bi.agreement = a.code AND bi.basis = 'budget' AND bi.status = 'reported')
                         ELSE currency_amount(1000000000000, 'JPY') END
WHERE substr(a.code, 2)::int % 2 = 0 OR a.code IN ('A11');
-- The figures some views set the items against (schema_views): the
-- personnel each year, a demand, a yearly rate to its currency, a defence
-- budget each year and an escalation rule per agreement.  No other case
-- reads them.
INSERT INTO force_presence (host_party, stationed_party, as_of, personnel)
SELECT 'HOST', 'STAT', make_date(y, 10, 1), 40000 + y FROM generate_series(1900, 2101) AS y;
INSERT INTO demand (demanding_party, demanded_of, amount, per_year, demanded_on)
VALUES ('STAT', 'HOST', currency_amount(8000000000, 'USD'), true, '2000-06-01');
INSERT INTO exchange_rate (base_currency, quote_currency, period, rate, kind, provider)
SELECT 'USD', 'JPY', fiscal_year_period(y, 'calendar'), 100 + y % 50, 'average', 'synthetic'
FROM generate_series(1900, 2102) AS y;
INSERT INTO macro_figure (party, kind, year_kind, year, amount, source)
SELECT 'HOST', 'defence_budget', 'fiscal', y, currency_amount(5000000000000 + y::int8 * 1000000000, 'JPY'), 'synthetic'
FROM generate_series(1900, 2101) AS y;
INSERT INTO escalation_rule (agreement, basis, kind, fixed_percent, rounding_unit)
SELECT code, 'budget', 'fixed_percent', 1.5, 100000000 FROM agreement;

-- The same in plain columns: dates (the last day inclusive), bigint minor
-- units, text codes, the month the host's fiscal year starts.
CREATE TABLE plain_party AS
SELECT code, CASE fiscal_calendar::text WHEN 'jp' THEN 4 WHEN 'us_federal' THEN 10 END AS fiscal_start_month
FROM party;
CREATE TABLE plain_agreement AS
SELECT code, host_party, stationed_party, lower(period) AS start_date, last_day(period) AS end_date,
       currency::text AS currency, minor_units(total_ceiling) AS total_ceiling
FROM agreement;
CREATE TABLE plain_item AS
SELECT agreement, category, basis, status, lower(period) AS start_date, last_day(period) AS end_date,
       minor_units(amount) AS amount, currency(amount)::text AS currency
FROM burden_item;

/*
 * The hand-written queries, as views (a view is only the query: the planner
 * inlines it).  plain_by_period is burden_by_period: every fiscal year of
 * each agreement and basis its items use (basis NULL when it has none), the
 * reported amounts of the year, and its coverage (the days reported items
 * cover against the days of the year inside the agreement; unknown when an
 * item of the year is unknown).  Written for items that lie within one
 * fiscal year, each counted in the fiscal year of its first day, and for
 * items in their agreement's currency, as this data is; the views hold for
 * any items.
 */
CREATE VIEW plain_by_period AS
WITH spans AS (
	-- items over the same span cover the same days: one range per span
	SELECT i.agreement, i.basis, i.status, i.start_date, i.end_date,
	       count(*) AS items, sum(i.amount) AS amount
	FROM plain_item AS i
	GROUP BY 1, 2, 3, 4, 5
),
per_year AS (
	SELECT s.agreement, s.basis,
	       extract(year FROM s.start_date)::int - (extract(month FROM s.start_date)::int < h.fiscal_start_month)::int AS fiscal_year,
	       sum(s.amount) FILTER (WHERE s.status = 'reported') AS amount,
	       coalesce(sum(s.items) FILTER (WHERE s.status = 'reported'), 0) AS item_count,
	       coalesce(sum(s.items) FILTER (WHERE s.status = 'unknown'), 0) AS unknown_items,
	       range_agg(daterange(s.start_date, s.end_date, '[]')) FILTER (WHERE s.status = 'reported') AS covered
	FROM spans AS s
	JOIN plain_agreement AS a ON a.code = s.agreement
	JOIN plain_party AS h ON h.code = a.host_party
	GROUP BY 1, 2, 3
),
years AS (
	SELECT a.code, a.host_party, a.stationed_party, a.currency, y AS fiscal_year,
	       greatest(make_date(y, h.fiscal_start_month, 1), a.start_date) AS first_day,
	       least((make_date(y, h.fiscal_start_month, 1) + interval '1 year')::date, a.end_date + 1) AS after_last_day,
	       make_date(y, h.fiscal_start_month, 1) AS year_start,
	       (make_date(y, h.fiscal_start_month, 1) + interval '1 year')::date AS next_year_start
	FROM plain_agreement AS a
	JOIN plain_party AS h ON h.code = a.host_party
	CROSS JOIN generate_series(
		extract(year FROM a.start_date)::int - (extract(month FROM a.start_date)::int < h.fiscal_start_month)::int,
		extract(year FROM a.end_date)::int - (extract(month FROM a.end_date)::int < h.fiscal_start_month)::int) AS y
),
yr AS (
	SELECT y.host_party, y.stationed_party, y.code AS agreement_code, b.basis, y.fiscal_year,
	       y.year_start AS start_date, y.next_year_start - 1 AS end_date,
	       p.amount, y.currency AS currency_code, coalesce(p.item_count, 0) AS item_count,
	       coalesce(p.unknown_items, 0) AS unknown_items,
	       (SELECT coalesce(sum(upper(r) - lower(r)), 0) FROM unnest(p.covered) AS r)::int AS days_covered,
	       y.after_last_day - y.first_day AS agreement_days,
	       y.next_year_start - y.year_start AS days_in_year
	FROM years AS y
	LEFT JOIN (SELECT DISTINCT agreement, basis FROM per_year) AS b ON b.agreement = y.code
	LEFT JOIN per_year AS p ON p.agreement = y.code AND p.basis = b.basis AND p.fiscal_year = y.fiscal_year
)
SELECT r.host_party, r.stationed_party, r.agreement_code, r.basis, r.fiscal_year, r.start_date, r.end_date,
       r.amount, r.currency_code, r.item_count, s.state, s.state = 'reported' AS complete,
       CASE WHEN s.state IN ('reported', 'partial') THEN 1 ELSE 0 END AS fiscal_years_summed,
       1 AS fiscal_years_expected, r.days_covered, r.agreement_days, r.days_in_year, r.unknown_items
FROM yr AS r
CROSS JOIN LATERAL (
	SELECT CASE WHEN r.unknown_items > 0 THEN 'unknown'
	            WHEN r.days_covered = r.agreement_days AND r.agreement_days > 0 THEN 'reported'
	            WHEN r.days_covered > 0 THEN 'partial'
	            ELSE 'missing' END AS state
) AS s;

/*
 * plain_by_period_category_rollup is burden_by_period_category_rollup: the
 * reported amounts per host, stationed party, basis and currency with a
 * ROLLUP over fiscal year and category, each row with the coverage of what
 * it sums: a fiscal year is complete when it is reported for every
 * agreement of the pair and basis (plain_by_period's coverage), a grand
 * total when every such year is.
 */
CREATE VIEW plain_by_period_category_rollup AS
WITH yc AS (
	SELECT host_party, stationed_party, basis, fiscal_year,
	       bool_and(state = 'reported') AS reported,
	       bool_or(state IN ('reported', 'partial')) AS has_data
	FROM plain_by_period
	GROUP BY 1, 2, 3, 4
),
tc AS (
	SELECT host_party, stationed_party, basis, bool_and(reported) AS complete,
	       count(*) FILTER (WHERE has_data) AS fiscal_years_summed, count(*) AS fiscal_years_expected
	FROM yc
	GROUP BY 1, 2, 3
),
g AS (
	SELECT a.host_party, a.stationed_party, i.basis, i.currency,
	       (extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int) AS fiscal_year,
	       i.category, sum(i.amount) AS amount,
	       GROUPING((extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int), i.category) AS grouping_bits
	FROM plain_item AS i
	JOIN plain_agreement AS a ON a.code = i.agreement
	JOIN plain_party AS h ON h.code = a.host_party
	WHERE i.status = 'reported'
	GROUP BY a.host_party, a.stationed_party, i.basis, i.currency,
	         ROLLUP ((extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int), i.category)
)
SELECT g.host_party, g.stationed_party, g.basis, g.fiscal_year,
       make_date(g.fiscal_year, h.fiscal_start_month, 1) AS start_date,
       (make_date(g.fiscal_year, h.fiscal_start_month, 1) + interval '1 year')::date - 1 AS end_date,
       g.category AS category_code,
       CASE g.grouping_bits WHEN 0 THEN 'detail' WHEN 1 THEN 'fiscal year subtotal' ELSE 'grand total' END AS row_kind,
       g.amount, g.currency AS currency_code,
       CASE WHEN g.fiscal_year IS NULL THEN coalesce(tc.complete, false) ELSE coalesce(yc.reported, false) END AS complete,
       CASE WHEN g.fiscal_year IS NULL THEN coalesce(tc.fiscal_years_summed, 0)
            WHEN yc.has_data THEN 1 ELSE 0 END AS fiscal_years_summed,
       CASE WHEN g.fiscal_year IS NULL THEN coalesce(tc.fiscal_years_expected, 0) ELSE 1 END AS fiscal_years_expected
FROM g
JOIN plain_party AS h ON h.code = g.host_party
LEFT JOIN yc ON yc.host_party = g.host_party AND yc.stationed_party = g.stationed_party
	AND yc.basis = g.basis AND yc.fiscal_year = g.fiscal_year
LEFT JOIN tc ON tc.host_party = g.host_party AND tc.stationed_party = g.stationed_party AND tc.basis = g.basis;
/*
 * plain_coverage_by_agreement is burden_coverage_by_agreement: per
 * agreement and basis, whether every year is reported, the years with
 * amounts against the agreement's, and their label: runs of consecutive
 * years, "JFY2016–JFY2020" as the host's calendar names them.
 */
CREATE VIEW plain_coverage_by_agreement AS
WITH runs AS (
	SELECT host_party, stationed_party, agreement_code, basis, has_data, count(*) AS years,
	       bool_and(state = 'reported') AS all_reported, min(fiscal_year) AS first_year, max(fiscal_year) AS last_year,
	       'JFY' || min(fiscal_year) || CASE WHEN max(fiscal_year) > min(fiscal_year) THEN '–JFY' || max(fiscal_year) ELSE '' END AS label
	FROM (SELECT p.host_party, p.stationed_party, p.agreement_code, p.basis, p.state, p.fiscal_year,
	             p.state IN ('reported', 'partial') AS has_data,
	             p.fiscal_year - row_number() OVER (PARTITION BY p.agreement_code, p.basis, p.state IN ('reported', 'partial')
	                                                ORDER BY p.fiscal_year)::int AS run
	      FROM plain_by_period AS p) AS i
	GROUP BY host_party, stationed_party, agreement_code, basis, has_data, run
)
SELECT host_party, stationed_party, agreement_code, basis, bool_and(all_reported) AS complete,
       coalesce(sum(years) FILTER (WHERE has_data), 0) AS fiscal_years_summed,
       sum(years) AS fiscal_years_expected,
       string_agg(label, ', ' ORDER BY first_year) FILTER (WHERE has_data) AS fiscal_years_summed_label,
       min(first_year) FILTER (WHERE has_data) AS first_fiscal_year_summed,
       max(last_year) FILTER (WHERE has_data) AS last_fiscal_year_summed
FROM runs
GROUP BY host_party, stationed_party, agreement_code, basis;

/*
 * plain_coverage, plain_year_coverage and plain_per_person are
 * burden_coverage, burden_year_coverage and burden_per_person
 * (schema_coverage): plain_by_period's coverage of each year, the same per
 * host, stationed party, basis and year over the pair's agreements, and
 * each year's amount over the personnel counted last on or before the
 * year's last day (else first after it), rounded half to even to the yen.
 */
CREATE VIEW plain_coverage AS
SELECT host_party, stationed_party, agreement_code, basis, fiscal_year, 'JFY' || fiscal_year AS fiscal_year_label,
       start_date, end_date, state, days_covered, agreement_days, days_in_year,
       item_count AS reported_items, unknown_items, currency_code
FROM plain_by_period;
CREATE VIEW plain_year_coverage AS
SELECT host_party, stationed_party, basis, fiscal_year, bool_and(state = 'reported') AS reported,
       bool_or(state IN ('reported', 'partial')) AS has_data
FROM plain_by_period
GROUP BY 1, 2, 3, 4;
CREATE TABLE plain_force_presence AS
SELECT id, host_party, stationed_party, as_of, personnel FROM force_presence;
CREATE VIEW plain_per_person AS
SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_year, 'JFY' || b.fiscal_year AS fiscal_year_label,
       b.start_date, b.end_date, b.amount AS amount_value, b.currency_code, f.personnel, f.as_of AS personnel_as_of,
       CASE WHEN q.x - floor(q.x) = 0.5 THEN floor(q.x) + mod(floor(q.x), 2) ELSE round(q.x) END AS per_person_value,
       b.state, b.complete, b.fiscal_years_summed, b.fiscal_years_expected
FROM plain_by_period AS b
JOIN LATERAL (
	SELECT p.personnel, p.as_of
	FROM plain_force_presence AS p
	WHERE p.host_party = b.host_party AND p.stationed_party = b.stationed_party
	ORDER BY (p.as_of <= b.end_date) DESC,
	         CASE WHEN p.as_of <= b.end_date THEN b.end_date - p.as_of ELSE p.as_of - b.end_date END, p.id
	LIMIT 1
) AS f ON true
CROSS JOIN LATERAL (SELECT b.amount::numeric / f.personnel AS x) AS q;

/*
 * plain_by_category is burden_by_category (schema_category): per agreement,
 * basis, currency and category the items were entered under, the total,
 * the counts, the share of the agreement's total in hundredths of a percent
 * by largest remainder (ties to the lower category code), the category's
 * levels, and the coverage of the agreement and basis
 * (plain_coverage_by_agreement: complete, the years with amounts and their
 * label).  The
 * categories come from plain_category, their hierarchy flattened into
 * columns, as a plain design keeps it.  Written, like the others, for the
 * data here: amounts in yen (no minor unit), fiscal years starting on the
 * first of a month, labelled "JFY".
 */
CREATE TABLE plain_category AS
SELECT c.code, c.name, c.parent, lv.category_level,
       lv.level_1_code, c1.name AS level_1_name, lv.level_2_code, c2.name AS level_2_name,
       lv.level_3_code, c3.name AS level_3_name
FROM cost_category AS c
JOIN cost_category_levels AS lv ON lv.code = c.code
JOIN cost_category AS c1 ON c1.code = lv.level_1_code
JOIN cost_category AS c2 ON c2.code = lv.level_2_code
JOIN cost_category AS c3 ON c3.code = lv.level_3_code;
CREATE VIEW plain_by_category AS
WITH item_totals AS (
	SELECT i.agreement, i.basis, i.category, coalesce(i.currency, a.currency) AS currency,
	       sum(i.amount) AS amount,
	       count(*) FILTER (WHERE i.status = 'reported') AS item_count,
	       count(*) FILTER (WHERE i.status = 'unknown') AS unknown_item_count
	FROM plain_item AS i
	JOIN plain_agreement AS a ON a.code = i.agreement
	GROUP BY 1, 2, 3, 4
),
valued AS (
	SELECT t.*, sum(t.amount) OVER g AS total,
	       (bool_and(coalesce(t.amount, 0) >= 0) OVER g OR bool_and(coalesce(t.amount, 0) <= 0) OVER g)
	       AND sum(t.amount) OVER g <> 0 AS shareable
	FROM item_totals AS t
	WINDOW g AS (PARTITION BY t.agreement, t.basis, t.currency)
),
floored AS (
	SELECT v.*, q.q, 10000 * abs(coalesce(v.amount, 0)) - q.q * abs(v.total) AS remainder
	FROM valued AS v
	CROSS JOIN LATERAL (SELECT CASE WHEN v.shareable THEN div(10000 * abs(coalesce(v.amount, 0)), abs(v.total)) END AS q) AS q
),
shared AS (
	SELECT f.*,
	       CASE WHEN f.shareable AND f.amount IS NOT NULL THEN
	           round((f.q + CASE WHEN row_number() OVER r <= 10000 - sum(f.q) OVER g THEN 1 ELSE 0 END) / 100.0, 2)
	       END AS share_percent
	FROM floored AS f
	WINDOW g AS (PARTITION BY f.agreement, f.basis, f.currency),
	       r AS (PARTITION BY f.agreement, f.basis, f.currency ORDER BY f.amount IS NULL, f.remainder DESC, f.category)
)
SELECT a.host_party, a.stationed_party, a.code AS agreement_code, s.basis,
       s.category AS category_code, c.name AS category_name, c.parent AS parent_code, c.category_level,
       c.level_1_code AS category_level_1_code, c.level_1_name AS category_level_1_name,
       c.level_2_code AS category_level_2_code, c.level_2_name AS category_level_2_name,
       c.level_3_code AS category_level_3_code, c.level_3_name AS category_level_3_name,
       a.start_date, a.end_date,
       extract(year FROM a.start_date)::int - (extract(month FROM a.start_date)::int < h.fiscal_start_month)::int AS first_fiscal_year,
       extract(year FROM a.end_date)::int - (extract(month FROM a.end_date)::int < h.fiscal_start_month)::int AS last_fiscal_year,
       cv.fiscal_years_summed_label AS fiscal_year_label,
       s.amount AS amount_value, s.currency AS currency_code, s.total AS agreement_total_value,
       s.share_percent, s.item_count, s.unknown_item_count,
       cv.complete AND s.unknown_item_count = 0 AS complete,
       cv.fiscal_years_summed, cv.fiscal_years_expected
FROM shared AS s
JOIN plain_agreement AS a ON a.code = s.agreement
JOIN plain_party AS h ON h.code = a.host_party
JOIN plain_category AS c ON c.code = s.category
JOIN plain_coverage_by_agreement AS cv ON cv.agreement_code = s.agreement AND cv.basis = s.basis;
/*
 * plain_by_category_rollup is burden_by_category_rollup: plain_by_category
 * summed per ancestor of each category (itself included), from a plain
 * table of the hierarchy's pairs.
 */
CREATE TABLE plain_category_closure AS
SELECT ancestor, descendant FROM cost_category_closure;
CREATE VIEW plain_by_category_rollup AS
SELECT d.host_party, d.stationed_party, d.agreement_code, d.basis, cl.ancestor AS category_code,
       c.name AS category_name, c.parent AS parent_code, c.category_level,
       min(d.start_date) AS start_date, max(d.end_date) AS end_date,
       min(d.first_fiscal_year) AS first_fiscal_year, max(d.last_fiscal_year) AS last_fiscal_year,
       min(d.fiscal_year_label) AS fiscal_year_label, sum(d.amount_value) AS amount_value, d.currency_code,
       min(d.agreement_total_value) AS agreement_total_value, sum(d.share_percent) AS share_percent,
       sum(d.item_count) AS item_count, sum(d.unknown_item_count) AS unknown_item_count,
       bool_and(d.complete) AS complete, min(d.fiscal_years_summed) AS fiscal_years_summed,
       min(d.fiscal_years_expected) AS fiscal_years_expected
FROM plain_by_category AS d
JOIN plain_category_closure AS cl ON cl.descendant = d.category_code
JOIN plain_category AS c ON c.code = cl.ancestor
GROUP BY d.host_party, d.stationed_party, d.agreement_code, d.basis, d.currency_code,
         cl.ancestor, c.name, c.parent, c.category_level;

/*
 * plain_by_period_category is burden_by_period_category: the reported
 * amounts per host, stationed party, basis, currency, fiscal year and
 * category, with the category's levels and whether the year is reported
 * for every agreement of the pair and basis (plain_by_period's coverage).
 */
CREATE VIEW plain_by_period_category AS
WITH yc AS (
	SELECT host_party, stationed_party, basis, fiscal_year, bool_and(state = 'reported') AS reported
	FROM plain_by_period
	GROUP BY 1, 2, 3, 4
),
g AS (
	SELECT a.host_party, a.stationed_party, i.basis, i.currency,
	       extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int AS fiscal_year,
	       i.category, sum(i.amount) AS amount, count(*) AS item_count
	FROM plain_item AS i
	JOIN plain_agreement AS a ON a.code = i.agreement
	JOIN plain_party AS h ON h.code = a.host_party
	WHERE i.status = 'reported'
	GROUP BY 1, 2, 3, 4, 5, 6
)
SELECT g.host_party, g.stationed_party, g.basis, g.fiscal_year, 'JFY' || g.fiscal_year AS fiscal_year_label,
       make_date(g.fiscal_year, h.fiscal_start_month, 1) AS start_date,
       (make_date(g.fiscal_year, h.fiscal_start_month, 1) + interval '1 year')::date - 1 AS end_date,
       g.category AS category_code, c.name AS category_name, c.category_level,
       c.level_1_code AS category_level_1_code, c.level_1_name AS category_level_1_name,
       c.level_2_code AS category_level_2_code, c.level_2_name AS category_level_2_name,
       c.level_3_code AS category_level_3_code, c.level_3_name AS category_level_3_name,
       g.amount AS amount_value, g.currency AS currency_code, g.item_count,
       coalesce(yc.reported, false) AS complete
FROM g
JOIN plain_party AS h ON h.code = g.host_party
JOIN plain_category AS c ON c.code = g.category
LEFT JOIN yc ON yc.host_party = g.host_party AND yc.stationed_party = g.stationed_party
            AND yc.basis = g.basis AND yc.fiscal_year = g.fiscal_year;
/*
 * plain_consistency is agreement_consistency (schema_measures): each
 * agreement's published total against the sum of its reported items per
 * basis and currency, the difference, its percentage rounded half up to
 * four places, and a status.
 */
CREATE VIEW plain_consistency AS
WITH sums AS (
	SELECT agreement, basis, currency, sum(amount) AS items_total, count(*) AS item_count,
	       min(start_date) AS first_day, max(end_date) AS last_day
	FROM plain_item
	WHERE status = 'reported'
	GROUP BY 1, 2, 3
)
SELECT a.host_party, a.stationed_party, a.code AS agreement_code, s.basis,
       a.total_ceiling AS headline_value,
       CASE WHEN a.total_ceiling IS NOT NULL THEN a.currency END AS headline_currency_code,
       s.items_total AS items_value, s.currency AS items_currency_code, coalesce(s.item_count, 0) AS item_count,
       s.first_day AS items_first_day, s.last_day AS items_last_day,
       CASE WHEN s.currency = a.currency AND a.total_ceiling IS NOT NULL THEN s.items_total - a.total_ceiling END
           AS difference_value,
       CASE WHEN s.currency = a.currency AND a.total_ceiling <> 0
            THEN round(100 * (s.items_total - a.total_ceiling)::numeric / a.total_ceiling, 4) END AS difference_percent,
       CASE WHEN a.total_ceiling IS NULL THEN 'no headline'
            WHEN s.agreement IS NULL THEN 'no items'
            WHEN s.currency <> a.currency THEN 'other currency'
            WHEN s.items_total = a.total_ceiling THEN 'matches'
            ELSE 'differs' END AS status,
       coalesce(cv.complete, false) AS complete, coalesce(cv.fiscal_years_summed, 0) AS fiscal_years_summed,
       coalesce(cv.fiscal_years_expected, 0) AS fiscal_years_expected
FROM plain_agreement AS a
LEFT JOIN sums AS s ON s.agreement = a.code
LEFT JOIN plain_coverage_by_agreement AS cv ON cv.agreement_code = a.code AND cv.basis IS NOT DISTINCT FROM s.basis;

/*
 * plain_change is burden_change (schema_measures): each fiscal year's
 * reported amount against the previous year on file of its series (an
 * agreement or all the host's, a category or all), the change between
 * adjacent years, or over a gap the years between and the compound annual
 * rate (numeric power, rounded half up to two places); complete when both
 * years are reported for every agreement the series sums, and adjacent.
 */
CREATE VIEW plain_change AS
WITH detail AS (
	SELECT a.host_party, a.stationed_party, i.agreement, i.basis, i.currency, i.category,
	       extract(year FROM i.start_date)::int - (extract(month FROM i.start_date)::int < h.fiscal_start_month)::int AS fiscal_year,
	       sum(i.amount) AS amount
	FROM plain_item AS i
	JOIN plain_agreement AS a ON a.code = i.agreement
	JOIN plain_party AS h ON h.code = a.host_party
	WHERE i.status = 'reported'
	GROUP BY 1, 2, 3, 4, 5, 6, 7
),
on_file AS (
	SELECT host_party, stationed_party, 'agreement' AS scope, agreement AS agreement_code, basis, currency,
	       category, fiscal_year, amount
	FROM detail
	UNION ALL
	SELECT host_party, stationed_party, 'agreement', agreement, basis, currency, NULL, fiscal_year, sum(amount)
	FROM detail GROUP BY host_party, stationed_party, agreement, basis, currency, fiscal_year
	UNION ALL
	SELECT host_party, stationed_party, 'host', NULL, basis, currency, category, fiscal_year, sum(amount)
	FROM detail GROUP BY host_party, stationed_party, basis, currency, category, fiscal_year
	UNION ALL
	SELECT host_party, stationed_party, 'host', NULL, basis, currency, NULL, fiscal_year, sum(amount)
	FROM detail GROUP BY host_party, stationed_party, basis, currency, fiscal_year
),
agreement_year AS (
	SELECT host_party, stationed_party, agreement_code, basis, fiscal_year, bool_and(state = 'reported') AS reported
	FROM plain_by_period
	WHERE basis IS NOT NULL
	GROUP BY 1, 2, 3, 4, 5
),
year_state AS (
	SELECT host_party, stationed_party, 'agreement' AS scope, agreement_code, basis, fiscal_year, reported
	FROM agreement_year
	UNION ALL
	SELECT host_party, stationed_party, 'host', NULL, basis, fiscal_year, bool_and(reported)
	FROM agreement_year GROUP BY host_party, stationed_party, basis, fiscal_year
),
sequenced AS (
	SELECT o.*, lag(o.fiscal_year) OVER w AS previous_fiscal_year, lag(o.amount) OVER w AS previous_value
	FROM on_file AS o
	WINDOW w AS (PARTITION BY o.host_party, o.stationed_party, o.scope, o.agreement_code, o.basis, o.currency, o.category
	             ORDER BY o.fiscal_year)
)
SELECT s.host_party, s.stationed_party, s.scope, s.agreement_code, s.basis, s.category AS category_code,
       s.fiscal_year, 'JFY' || s.fiscal_year AS fiscal_year_label, s.amount AS amount_value, s.currency AS currency_code,
       s.previous_fiscal_year, 'JFY' || s.previous_fiscal_year AS previous_fiscal_year_label, s.previous_value,
       CASE WHEN s.previous_fiscal_year IS NULL THEN 'first'
            WHEN s.previous_fiscal_year = s.fiscal_year - 1 THEN 'one year'
            ELSE 'over gap' END AS change_kind,
       CASE WHEN s.previous_fiscal_year = s.fiscal_year - 1 THEN s.amount - s.previous_value END AS change_value,
       CASE WHEN s.previous_fiscal_year = s.fiscal_year - 1 AND s.previous_value <> 0
            THEN round(100 * (s.amount - s.previous_value)::numeric / s.previous_value, 2) END AS change_percent,
       CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN s.previous_fiscal_year + 1 END AS gap_first_year,
       CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN s.fiscal_year - 1 END AS gap_last_year,
       CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN s.fiscal_year - s.previous_fiscal_year - 1 END AS gap_years,
       CASE WHEN s.previous_fiscal_year = s.fiscal_year - 2 THEN 'JFY' || (s.fiscal_year - 1)
            WHEN s.previous_fiscal_year < s.fiscal_year - 2
            THEN 'JFY' || (s.previous_fiscal_year + 1) || '..JFY' || (s.fiscal_year - 1) END AS gap_label,
       CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN s.amount - s.previous_value END AS gap_change_value,
       CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 AND s.previous_value > 0 AND s.amount >= 0
            THEN round(100 * (power(s.amount::numeric / s.previous_value, 1.0 / (s.fiscal_year - s.previous_fiscal_year)) - 1), 2)
       END AS annualised_rate_percent,
       CASE WHEN s.previous_fiscal_year IS NULL THEN true ELSE s.previous_fiscal_year = s.fiscal_year - 1 END
       AND coalesce(y1.reported, false) AND (s.previous_fiscal_year IS NULL OR coalesce(y0.reported, false)) AS complete,
       CASE WHEN s.previous_fiscal_year IS NULL THEN 1 ELSE 2 END AS fiscal_years_summed,
       CASE WHEN s.previous_fiscal_year IS NULL THEN 1 ELSE s.fiscal_year - s.previous_fiscal_year + 1 END
           AS fiscal_years_expected
FROM sequenced AS s
LEFT JOIN year_state AS y1
       ON y1.host_party = s.host_party AND y1.stationed_party = s.stationed_party AND y1.scope = s.scope
      AND y1.agreement_code IS NOT DISTINCT FROM s.agreement_code AND y1.basis = s.basis AND y1.fiscal_year = s.fiscal_year
LEFT JOIN year_state AS y0
       ON y0.host_party = s.host_party AND y0.stationed_party = s.stationed_party AND y0.scope = s.scope
      AND y0.agreement_code IS NOT DISTINCT FROM s.agreement_code AND y0.basis = s.basis
      AND y0.fiscal_year = s.previous_fiscal_year;
/*
 * require_same_rows: fails, naming both and how many rows differ, unless
 * the two views give the same rows (both ways, duplicates counted) over the
 * columns named.  The reports of the cases that set a view against its
 * plain query (schema_category, schema_coverage, schema_measures) call it
 * once per pair, so that a run stops on a difference.
 */
CREATE OR REPLACE FUNCTION require_same_rows(view_name text, plain_name text, columns text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	n bigint;
BEGIN
	EXECUTE format('SELECT count(*) FROM ((SELECT %1$s FROM %2$I EXCEPT ALL SELECT %1$s FROM %3$I)
	                UNION ALL (SELECT %1$s FROM %3$I EXCEPT ALL SELECT %1$s FROM %2$I)) AS d',
	               columns, view_name, plain_name) INTO n;
	IF n > 0 THEN
		RAISE EXCEPTION '% and % differ in % rows', view_name, plain_name, n;
	END IF;
END
$$;
-- @variant plain_columns
SELECT count(*), sum(amount), count(*) FILTER (WHERE complete), sum(fiscal_years_summed),
       sum(fiscal_years_expected), max(row_kind)
FROM plain_by_period_category_rollup;
-- @variant view
SELECT count(*), sum(minor_units(amount)), count(*) FILTER (WHERE complete), sum(fiscal_years_summed),
       sum(fiscal_years_expected), max(row_kind)
FROM burden_by_period_category_rollup;
-- @report
DO $check$
DECLARE
	differ bigint;
BEGIN
	SELECT count(*) INTO differ FROM (
		(SELECT host_party, stationed_party, basis, fiscal_year, start_date, end_date, category_code, row_kind, minor_units(amount), currency_code, complete, fiscal_years_summed, fiscal_years_expected FROM burden_by_period_category_rollup
		 EXCEPT ALL
		 SELECT host_party, stationed_party, basis, fiscal_year, start_date, end_date, category_code, row_kind, amount, currency_code, complete, fiscal_years_summed, fiscal_years_expected FROM plain_by_period_category_rollup)
		UNION ALL
		(SELECT host_party, stationed_party, basis, fiscal_year, start_date, end_date, category_code, row_kind, amount, currency_code, complete, fiscal_years_summed, fiscal_years_expected FROM plain_by_period_category_rollup
		 EXCEPT ALL
		 SELECT host_party, stationed_party, basis, fiscal_year, start_date, end_date, category_code, row_kind, minor_units(amount), currency_code, complete, fiscal_years_summed, fiscal_years_expected FROM burden_by_period_category_rollup)) AS d;
	IF differ > 0 THEN
		RAISE EXCEPTION 'burden_by_period_category_rollup and plain_by_period_category_rollup differ in % rows', differ;
	END IF;
END
$check$;
EXPLAIN SELECT count(*), sum(minor_units(amount)), count(*) FILTER (WHERE complete), sum(fiscal_years_summed),
       sum(fiscal_years_expected), max(row_kind)
FROM burden_by_period_category_rollup;
EXPLAIN SELECT count(*), sum(amount), count(*) FILTER (WHERE complete), sum(fiscal_years_summed),
       sum(fiscal_years_expected), max(row_kind)
FROM plain_by_period_category_rollup;
