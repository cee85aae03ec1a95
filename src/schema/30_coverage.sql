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
	@extschema@.fiscal_year(@extschema@.lower(s.period), s.fiscal_calendar) AS first_fiscal_year,
	@extschema@.fiscal_year(@extschema@.last_day(s.period), s.fiscal_calendar) AS last_fiscal_year,
	@extschema@.fiscal_label(s.period, s.fiscal_calendar) AS fiscal_year_label,
	s.previous_code AS previous_agreement_code,
	s.previous_period,
	CASE WHEN s.previous_period IS NOT NULL THEN
		GREATEST(@extschema@.lower(s.period) - @extschema@.upper(s.previous_period), 0)
	END AS gap_days,
	CASE WHEN s.previous_period IS NOT NULL THEN
		GREATEST(@extschema@.upper(s.previous_period) - @extschema@.lower(s.period), 0)
	END AS overlap_days,
	CASE WHEN s.previous_period IS NOT NULL
		  AND @extschema@.lower(s.period) > @extschema@.upper(s.previous_period) THEN
		@extschema@.agreement_period(@extschema@.upper(s.previous_period), @extschema@.lower(s.period))
	END AS gap_period,
	CASE WHEN s.previous_period IS NOT NULL THEN
		s.previous_period OPERATOR(@extschema@.-|-) s.period
	END AS continuous
FROM (
	SELECT a.*, h.fiscal_calendar,
		   pg_catalog.lag(a.code) OVER w AS previous_code,
		   pg_catalog.lag(a.period) OVER w AS previous_period
	FROM @extschema@.agreement a
		JOIN @extschema@.party h ON h.code = a.host_party
	WINDOW w AS (PARTITION BY a.host_party, a.stationed_party
				 ORDER BY @extschema@.lower(a.period), @extschema@.upper(a.period), a.code)
) s;
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


GRANT SELECT ON @extschema@.agreement_coverage TO costshare_reader;
