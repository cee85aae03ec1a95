/*
 * Coverage: the agreements of each pair of parties in order, and the gaps
 * and overlaps between them.
 */

-- ---------------------------------------------------------------- agreement_coverage

CREATE VIEW @extschema@.agreement_coverage WITH (security_invoker = false) AS
SELECT
	s.host_party,
	s.stationed_party,
	s.code AS agreement_code,
	s.kind,
	s.status,
	s.period,
	@extschema@.lower(s.period) AS start_date,
	@extschema@.last_day(s.period) AS end_date,
	-- an open-ended agreement has no first or last fiscal year
	CASE WHEN pg_catalog.isfinite(@extschema@.lower(s.period)) THEN
		@extschema@.fiscal_year(@extschema@.lower(s.period), s.fiscal_calendar) END AS first_fiscal_year,
	CASE WHEN pg_catalog.isfinite(@extschema@.last_day(s.period)) THEN
		@extschema@.fiscal_year(@extschema@.last_day(s.period), s.fiscal_calendar) END AS last_fiscal_year,
	@extschema@.fiscal_label(s.period, s.fiscal_calendar) AS fiscal_year_label,
	s.previous_code AS previous_agreement_code,
	s.previous_period,
	CASE WHEN s.previous_period IS NOT NULL AND s.ends_finite THEN
		GREATEST(@extschema@.lower(s.period) - @extschema@.upper(s.previous_period), 0)
	END AS gap_days,
	CASE WHEN s.previous_period IS NOT NULL AND s.ends_finite THEN
		GREATEST(@extschema@.upper(s.previous_period) - @extschema@.lower(s.period), 0)
	END AS overlap_days,
	g.gap_period,
	CASE WHEN s.previous_period IS NOT NULL THEN
		s.previous_period OPERATOR(@extschema@.-|-) s.period
	END AS continuous,
	-- the plain twins of the two periods, added after 0.1.0's columns
	@extschema@.lower(s.previous_period) AS previous_start_date,
	@extschema@.last_day(s.previous_period) AS previous_end_date,
	@extschema@.lower(g.gap_period) AS gap_start_date,
	@extschema@.last_day(g.gap_period) AS gap_end_date
FROM (
	SELECT a.*, h.fiscal_calendar,
		   pg_catalog.lag(a.code) OVER w AS previous_code,
		   pg_catalog.lag(a.period) OVER w AS previous_period,
		   -- the previous end and this start are dates one can subtract
		   pg_catalog.isfinite(@extschema@.lower(a.period))
			 AND pg_catalog.isfinite(@extschema@.upper(pg_catalog.lag(a.period) OVER w)) AS ends_finite
	FROM @extschema@.agreement a
		JOIN @extschema@.party h ON h.code = a.host_party
	WINDOW w AS (PARTITION BY a.host_party, a.stationed_party
				 ORDER BY @extschema@.lower(a.period), @extschema@.upper(a.period), a.code)
) s
	CROSS JOIN LATERAL (
		SELECT CASE WHEN s.previous_period IS NOT NULL
					 AND @extschema@.lower(s.period) > @extschema@.upper(s.previous_period) THEN
				   @extschema@.agreement_period(@extschema@.upper(s.previous_period), @extschema@.lower(s.period))
			   END AS gap_period
	) g;
COMMENT ON VIEW @extschema@.agreement_coverage IS
	'Agreements between each pair of parties in order of start, with the gap or overlap since the one before';
COMMENT ON COLUMN @extschema@.agreement_coverage.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.agreement_coverage.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.agreement_coverage.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.agreement_coverage.kind IS 'Kind of agreement';
COMMENT ON COLUMN @extschema@.agreement_coverage.status IS 'Status of the agreement';
COMMENT ON COLUMN @extschema@.agreement_coverage.period IS 'Period of the agreement';
COMMENT ON COLUMN @extschema@.agreement_coverage.start_date IS 'First day';
COMMENT ON COLUMN @extschema@.agreement_coverage.end_date IS 'Last day (inclusive)';
COMMENT ON COLUMN @extschema@.agreement_coverage.first_fiscal_year IS 'First fiscal year (host''s calendar)';
COMMENT ON COLUMN @extschema@.agreement_coverage.last_fiscal_year IS 'Last fiscal year (host''s calendar)';
COMMENT ON COLUMN @extschema@.agreement_coverage.fiscal_year_label IS 'Label of the fiscal years covered';
COMMENT ON COLUMN @extschema@.agreement_coverage.previous_agreement_code IS 'Agreement before this one for the same pair (NULL for the first)';
COMMENT ON COLUMN @extschema@.agreement_coverage.previous_period IS 'Period of the previous agreement';
COMMENT ON COLUMN @extschema@.agreement_coverage.gap_days IS 'Days not covered between the previous agreement and this one';
COMMENT ON COLUMN @extschema@.agreement_coverage.overlap_days IS 'Days covered by both the previous agreement and this one';
COMMENT ON COLUMN @extschema@.agreement_coverage.gap_period IS 'The uncovered span, if any';
COMMENT ON COLUMN @extschema@.agreement_coverage.continuous IS 'True when this agreement starts the day the previous one ends';
COMMENT ON COLUMN @extschema@.agreement_coverage.previous_start_date IS 'First day of the previous agreement (previous_period as a date)';
COMMENT ON COLUMN @extschema@.agreement_coverage.previous_end_date IS 'Last day of the previous agreement (inclusive)';
COMMENT ON COLUMN @extschema@.agreement_coverage.gap_start_date IS 'First day of the uncovered span, if any (gap_period as a date)';
COMMENT ON COLUMN @extschema@.agreement_coverage.gap_end_date IS 'Last day of the uncovered span (inclusive), if any';


GRANT SELECT ON @extschema@.agreement_coverage TO costshare_reader;

-- ---------------------------------------------------------------- statistics for the views

/*
 * How many spans of the items there are: burden_coverage and burden_by_period
 * group the items by agreement, basis, status and span (in
 * costshare_internal.burden_year_amounts), and
 * without these statistics the planner takes every item for a group of its
 * own (the columns go together, and it knows nothing of the currency of an
 * amount): it then sorts the items for a join it expects to be large, and
 * at a small work_mem plans the grouping to spill.
 */
CREATE STATISTICS @extschema@.burden_item_spans (ndistinct)
	ON agreement, basis, status, period, (@extschema@.currency(amount))
	FROM @extschema@.burden_item;
COMMENT ON STATISTICS @extschema@.burden_item_spans IS
	'Distinct spans of the burden items per agreement, basis, status and currency, for the estimates of the coverage views';

/*
 * How many currencies the items have, as burden_allocation gives them
 * (currency_code): the views summing it group by the currency with the
 * fiscal year and the category.  Without it the planner counts the
 * currencies by the amounts they are read from, as many as the items, and
 * expects a group per item: on ten million items it then sorts them all
 * rather than hashing a few thousand groups.
 */
CREATE STATISTICS @extschema@.burden_item_currencies
	ON ((@extschema@.currency(amount))::text)
	FROM @extschema@.burden_item;
COMMENT ON STATISTICS @extschema@.burden_item_currencies IS
	'The currencies of the burden items as burden_allocation.currency_code gives them, for the estimates of the views that group by it';

-- ---------------------------------------------------------------- burden_coverage

/*
 * Which fiscal years of each agreement have amounts on file, per basis.
 *
 * The fiscal years are those of the agreement's period in the host's
 * calendar; an open-ended agreement's run to the last fiscal year any of its
 * items reaches.  The bases are those the agreement's items use; an
 * agreement with no item at all shows its years once, basis NULL, missing.
 * A year's own days are the days of the fiscal year inside the agreement
 * (agreement_days); the items of the basis, any category, cover some of
 * them (days_covered).  The state, first rule that applies:
 *   unknown   an item of the basis touching the year has status unknown
 *   reported  reported items cover every one of agreement_days
 *   partial   reported items cover some of them
 *   missing   nothing on file
 * Coverage is by days: a category never entered for a year cannot be told
 * from one that costs nothing, so enter an unknown item for it.
 *
 * The rows are those of costshare_internal.burden_year_amounts, which also
 * carries each year's reported amounts for burden_by_period: the coverage
 * and the amounts come from one read of the items, so that burden_by_period
 * does not read them a second time.  Not granted: burden_coverage and
 * burden_by_period show it.
 */
CREATE VIEW costshare_internal.burden_year_amounts WITH (security_invoker = false) AS
WITH spans AS (
	/*
	 * The items of each agreement, basis and status grouped by span first:
	 * items over the same span cover the same days, and most share one
	 * (budget lines over a fiscal year), so the fiscal years are cut once
	 * per span, not once per item, and a span within one fiscal year comes
	 * whole into it with its total.  The totals per currency
	 * (sum_by_currency) spare a grouping by currency: a span's amount is
	 * its only total, NULL when its items are in several currencies (they
	 * are then summed item by item in amounts).  The span's first and last
	 * fiscal year are in the host's calendar.
	 */
	SELECT t.agreement, t.basis, t.status, t.period, t.items,
		   CASE WHEN pg_catalog.cardinality(t.totals) OPERATOR(pg_catalog.=) 1 THEN t.totals[1] END AS amount,
		   a.allocation_method, h.fiscal_calendar,
		   @extschema@.fiscal_year(@extschema@.lower(t.period), h.fiscal_calendar) AS first_year,
		   @extschema@.fiscal_year(@extschema@.last_day(t.period), h.fiscal_calendar) AS last_year
	FROM (
		SELECT bi.agreement, bi.basis, bi.status, bi.period,
			   @extschema@.sum_by_currency(bi.amount) AS totals, pg_catalog.count(*) AS items
		FROM @extschema@.burden_item bi
		GROUP BY bi.agreement, bi.basis, bi.status, bi.period
	) t
		JOIN @extschema@.agreement a ON a.code = t.agreement
		JOIN @extschema@.party h ON h.code = a.host_party
),
per_year AS (
	-- each span cut at the host's fiscal years (the span lies inside its
	-- agreement, so its parts do too)
	SELECT s.agreement, s.basis, y.fiscal_year,
		   pg_catalog.range_agg(@extschema@.daterange(y.part)) FILTER (WHERE s.status = 'reported') AS covered,
		   COALESCE(pg_catalog.sum(s.items) FILTER (WHERE s.status = 'reported'), 0)::bigint AS reported_items,
		   COALESCE(pg_catalog.sum(s.items) FILTER (WHERE s.status = 'unknown'), 0)::bigint AS unknown_items
	FROM spans s
		CROSS JOIN LATERAL @extschema@.fiscal_years(s.period, s.fiscal_calendar) y
	GROUP BY s.agreement, s.basis, y.fiscal_year
),
amounts AS (
	-- the reported amounts of each year, one total per currency, in order
	-- of currency
	SELECT c.agreement, c.basis, c.fiscal_year,
		   pg_catalog.array_agg(c.amount ORDER BY c.cur) AS amounts,
		   pg_catalog.array_agg(c.items ORDER BY c.cur) AS amount_items
	FROM (
		SELECT p.agreement, p.basis, p.fiscal_year, @extschema@.currency(p.amount) AS cur,
			   @extschema@.sum(p.amount) AS amount, pg_catalog.sum(p.items)::bigint AS items
		FROM (
			-- a span within one fiscal year, in one currency: its items come
			-- whole into it
			SELECT s.agreement, s.basis, s.first_year AS fiscal_year, s.amount, s.items
			FROM spans s
			WHERE s.status = 'reported' AND s.amount IS NOT NULL
			  AND s.first_year OPERATOR(pg_catalog.=) s.last_year
			UNION ALL
			-- a span over several, or in several currencies: each item
			-- spread as burden_allocation does (an item within one fiscal
			-- year is its only piece)
			SELECT q.agreement, q.basis, (q.piece).fiscal_year, (q.piece).share, 1::bigint
			FROM (
				SELECT bi.agreement, bi.basis,
					   costshare_internal.prorate_pieces(bi.amount, bi.period, m.fiscal_calendar,
						   COALESCE(bi.allocation_method, m.allocation_method)) AS piece
				FROM (SELECT DISTINCT s.agreement, s.basis, s.period, s.fiscal_calendar, s.allocation_method
					  FROM spans s
					  WHERE s.status = 'reported'
						AND (s.amount IS NULL OR s.first_year OPERATOR(pg_catalog.<>) s.last_year)) m
					JOIN @extschema@.burden_item bi
						ON bi.agreement = m.agreement AND bi.basis = m.basis AND bi.period OPERATOR(@extschema@.=) m.period
				WHERE bi.status = 'reported'
			) q
		) p
		GROUP BY p.agreement, p.basis, p.fiscal_year, @extschema@.currency(p.amount)
	) c
	GROUP BY c.agreement, c.basis, c.fiscal_year
),
item_span AS (
	SELECT p.agreement, pg_catalog.min(p.fiscal_year) AS first_year, pg_catalog.max(p.fiscal_year) AS last_year
	FROM per_year p
	GROUP BY p.agreement
),
ag AS (
	SELECT a.code, a.host_party, a.stationed_party, a.period, a.currency, h.fiscal_calendar,
		   COALESCE(
			   CASE WHEN pg_catalog.isfinite(@extschema@.lower(a.period)) THEN
				   @extschema@.fiscal_year(@extschema@.lower(a.period), h.fiscal_calendar) END,
			   sp.first_year) AS first_year,
		   COALESCE(
			   CASE WHEN pg_catalog.isfinite(@extschema@.last_day(a.period)) THEN
				   @extschema@.fiscal_year(@extschema@.last_day(a.period), h.fiscal_calendar) END,
			   sp.last_year) AS last_year
	FROM @extschema@.agreement a
		JOIN @extschema@.party h ON h.code = a.host_party
		LEFT JOIN item_span sp ON sp.agreement = a.code
),
years AS (
	-- fiscal_years gives each year's part inside the agreement and its days
	SELECT ag.*, b.basis, y.fiscal_year, y.days AS agreement_days, fy.p AS year_period
	FROM ag
		-- the bases the agreement's items use; NULL when it has none
		LEFT JOIN (SELECT DISTINCT s.agreement, s.basis FROM spans s) b
			ON b.agreement = ag.code
		CROSS JOIN LATERAL @extschema@.fiscal_years(
			@extschema@.agreement_period(
				@extschema@.lower(@extschema@.fiscal_year_period(ag.first_year, ag.fiscal_calendar)),
				@extschema@.upper(@extschema@.fiscal_year_period(ag.last_year, ag.fiscal_calendar)))
			OPERATOR(@extschema@.*) ag.period,
			ag.fiscal_calendar) y
		CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(y.fiscal_year, ag.fiscal_calendar) AS p) fy
),
counted AS (
	SELECT y.*,
		   COALESCE(p.reported_items, 0::bigint) AS reported_items,
		   COALESCE(p.unknown_items, 0::bigint) AS unknown_items,
		   (SELECT COALESCE(pg_catalog.sum(pg_catalog.upper(r) - pg_catalog.lower(r)), 0)
			FROM pg_catalog.unnest(p.covered) r)::integer AS days_covered,
		   m.amounts,
		   m.amount_items
	FROM years y
		LEFT JOIN per_year p
			ON p.agreement = y.code AND p.basis = y.basis AND p.fiscal_year = y.fiscal_year
		LEFT JOIN amounts m
			ON m.agreement = y.code AND m.basis = y.basis AND m.fiscal_year = y.fiscal_year
)
SELECT
	c.host_party,
	c.stationed_party,
	c.code AS agreement_code,
	c.basis,
	c.fiscal_calendar,
	c.fiscal_calendar::text AS fiscal_calendar_name,
	c.fiscal_year,
	@extschema@.fiscal_year_label(c.fiscal_year, c.fiscal_calendar) AS fiscal_year_label,
	c.year_period,
	@extschema@.lower(c.year_period) AS start_date,
	@extschema@.last_day(c.year_period) AS end_date,
	CASE WHEN c.unknown_items > 0 THEN 'unknown'
		 WHEN c.days_covered = c.agreement_days AND c.agreement_days > 0 THEN 'reported'
		 WHEN c.days_covered > 0 THEN 'partial'
		 ELSE 'missing' END AS state,
	c.days_covered,
	c.agreement_days,
	(@extschema@.upper(c.year_period) - @extschema@.lower(c.year_period)) AS days_in_year,
	c.reported_items,
	c.unknown_items,
	c.currency::text AS currency_code,
	c.amounts,
	c.amount_items
FROM counted c;
COMMENT ON VIEW costshare_internal.burden_year_amounts IS
	'burden_coverage''s rows with the reported amounts of each year, one per currency (amounts, in order of currency, and amount_items, the items each sums); NULL when there are none';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.host_party IS 'Host party';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.stationed_party IS 'Stationed party';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.agreement_code IS 'Agreement';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.basis IS 'ceiling, budget, contract or settled; NULL when the agreement has no item at all';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.fiscal_calendar_name IS 'fiscal_calendar as text';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.fiscal_year IS 'Fiscal year of the host''s calendar';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.year_period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.state IS 'unknown, reported, partial or missing, as burden_coverage.state';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.days_covered IS 'Days of agreement_days covered by reported items of the basis';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.agreement_days IS 'Days of the fiscal year inside the agreement''s period';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.days_in_year IS 'Days in the fiscal year';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.reported_items IS 'Reported items of the basis touching the year';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.unknown_items IS 'Items of the basis touching the year recorded as unknown';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.currency_code IS 'The agreement''s currency';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.amounts IS 'The reported amounts of the year, one total per currency in order of currency; NULL when none';
COMMENT ON COLUMN costshare_internal.burden_year_amounts.amount_items IS 'The items each of amounts sums (pieces of items over several years count once per year)';

CREATE VIEW @extschema@.burden_coverage WITH (security_invoker = false) AS
SELECT
	c.host_party,
	c.stationed_party,
	c.agreement_code,
	c.basis,
	c.fiscal_calendar,
	c.fiscal_calendar_name,
	c.fiscal_year,
	c.fiscal_year_label,
	c.start_date,
	c.end_date,
	c.state,
	c.days_covered,
	c.agreement_days,
	c.days_in_year,
	c.reported_items,
	c.unknown_items,
	c.currency_code
FROM costshare_internal.burden_year_amounts c;
COMMENT ON VIEW @extschema@.burden_coverage IS
	'For each agreement, basis and fiscal year of the agreement in the host''s calendar: whether amounts are on file (reported, partial, unknown, missing) and the days they cover';
COMMENT ON COLUMN @extschema@.burden_coverage.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_coverage.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_coverage.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_coverage.basis IS 'ceiling, budget, contract or settled; NULL when the agreement has no item at all';
COMMENT ON COLUMN @extschema@.burden_coverage.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_coverage.fiscal_calendar_name IS 'fiscal_calendar as text';
COMMENT ON COLUMN @extschema@.burden_coverage.fiscal_year IS 'Fiscal year of the host''s calendar';
COMMENT ON COLUMN @extschema@.burden_coverage.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_coverage.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_coverage.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_coverage.state IS
	'unknown (an item of the year is recorded as unknown), reported (reported items cover all agreement_days), partial (some of them) or missing (nothing on file)';
COMMENT ON COLUMN @extschema@.burden_coverage.days_covered IS 'Days of agreement_days covered by reported items of the basis';
COMMENT ON COLUMN @extschema@.burden_coverage.agreement_days IS 'Days of the fiscal year inside the agreement''s period';
COMMENT ON COLUMN @extschema@.burden_coverage.days_in_year IS 'Days in the fiscal year';
COMMENT ON COLUMN @extschema@.burden_coverage.reported_items IS 'Reported items of the basis touching the year';
COMMENT ON COLUMN @extschema@.burden_coverage.unknown_items IS 'Items of the basis touching the year recorded as unknown';
COMMENT ON COLUMN @extschema@.burden_coverage.currency_code IS 'The agreement''s currency (that of its items unless they say otherwise)';

-- ---------------------------------------------------------------- burden_coverage_by_agreement

/*
 * burden_coverage summed per agreement and basis: the years that have
 * amounts, against the years the agreement has, and a label naming the
 * years with amounts (runs of consecutive years, comma-separated), never
 * the agreement's whole span when less is on file.
 */
CREATE VIEW @extschema@.burden_coverage_by_agreement WITH (security_invoker = false) AS
SELECT
	r.host_party,
	r.stationed_party,
	r.agreement_code,
	r.basis,
	pg_catalog.bool_and(r.all_reported) AS complete,
	COALESCE(pg_catalog.sum(r.years) FILTER (WHERE r.has_data), 0)::bigint AS fiscal_years_summed,
	pg_catalog.sum(r.years)::bigint AS fiscal_years_expected,
	pg_catalog.string_agg(r.label, ', ' ORDER BY r.first_year) FILTER (WHERE r.has_data)
		AS fiscal_years_summed_label,
	pg_catalog.min(r.first_year) FILTER (WHERE r.has_data) AS first_fiscal_year_summed,
	pg_catalog.max(r.last_year) FILTER (WHERE r.has_data) AS last_fiscal_year_summed
FROM (
	-- runs of consecutive years with amounts (reported or partial), or without
	SELECT i.host_party, i.stationed_party, i.agreement_code, i.basis, i.has_data,
		   pg_catalog.count(*) AS years,
		   pg_catalog.bool_and(i.state = 'reported') AS all_reported,
		   pg_catalog.min(i.fiscal_year) AS first_year,
		   pg_catalog.max(i.fiscal_year) AS last_year,
		   @extschema@.fiscal_label(@extschema@.agreement_period(pg_catalog.min(i.start_date),
																 pg_catalog.max(i.end_date) + 1),
									(SELECT h.fiscal_calendar FROM @extschema@.party h
									 WHERE h.code = i.host_party)) AS label
	FROM (
		SELECT c.host_party, c.stationed_party, c.agreement_code, c.basis, c.state,
			   c.fiscal_year, c.start_date, c.end_date,
			   c.state IN ('reported', 'partial') AS has_data,
			   c.fiscal_year - (pg_catalog.row_number() OVER (
				   PARTITION BY c.agreement_code, c.basis, c.state IN ('reported', 'partial')
				   ORDER BY c.fiscal_year))::integer AS run
		FROM @extschema@.burden_coverage c
	) i
	GROUP BY i.host_party, i.stationed_party, i.agreement_code, i.basis, i.has_data, i.run
) r
GROUP BY r.host_party, r.stationed_party, r.agreement_code, r.basis;
COMMENT ON VIEW @extschema@.burden_coverage_by_agreement IS
	'burden_coverage per agreement and basis: whether every fiscal year is reported, how many have amounts against how many the agreement has, and which';
COMMENT ON COLUMN @extschema@.burden_coverage_by_agreement.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_coverage_by_agreement.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_coverage_by_agreement.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_coverage_by_agreement.basis IS 'ceiling, budget, contract or settled; NULL when the agreement has no item';
COMMENT ON COLUMN @extschema@.burden_coverage_by_agreement.complete IS 'True when every fiscal year of the agreement is reported';
COMMENT ON COLUMN @extschema@.burden_coverage_by_agreement.fiscal_years_summed IS 'Fiscal years with amounts (reported or partial)';
COMMENT ON COLUMN @extschema@.burden_coverage_by_agreement.fiscal_years_expected IS 'Fiscal years of the agreement';
COMMENT ON COLUMN @extschema@.burden_coverage_by_agreement.fiscal_years_summed_label IS 'Labels of the fiscal years with amounts, runs of consecutive years comma-separated; NULL when none';
COMMENT ON COLUMN @extschema@.burden_coverage_by_agreement.first_fiscal_year_summed IS 'First fiscal year with amounts';
COMMENT ON COLUMN @extschema@.burden_coverage_by_agreement.last_fiscal_year_summed IS 'Last fiscal year with amounts';

GRANT SELECT ON @extschema@.burden_coverage, @extschema@.burden_coverage_by_agreement TO costshare_reader;
