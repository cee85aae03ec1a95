/*
 * For drivers and BI tools that bind parameters as text or varchar
 * (pgjdbc's setString, a report's "target currency" prompt): a
 * burden_in_currency that takes the target currency as text.  An untyped
 * literal (burden_in_currency('USD')) now resolves to this one (the string
 * category is preferred for an unknown argument); both give the same rows.
 */

-- ---------------------------------------------------------------- burden_in_currency(text)

CREATE FUNCTION @extschema@.burden_in_currency(target text, rate_source text DEFAULT NULL)
RETURNS TABLE (
	host_party text,
	stationed_party text,
	agreement_code text,
	basis text,
	fiscal_calendar @extschema@.fiscal_calendar,
	fiscal_year integer,
	fiscal_year_label text,
	period @extschema@.agreement_period,
	start_date date,
	end_date date,
	amount @extschema@.currency_amount,
	amount_value numeric,
	currency_code text,
	converted @extschema@.currency_amount,
	converted_value numeric,
	target_currency_code text,
	rate numeric,
	rate_base_currency text,
	rate_quote_currency text,
	rate_period @extschema@.agreement_period,
	rate_kind text,
	rate_provider text,
	rate_source_title text,
	rate_rule text,
	via_currency_code text,
	via_rate numeric,
	via_rate_base_currency text,
	via_rate_quote_currency text,
	via_rate_kind text,
	via_rate_provider text,
	via_rate_source_title text,
	rate_missing boolean,
	state text,
	complete boolean,
	fiscal_years_summed bigint,
	fiscal_years_expected bigint,
	fiscal_calendar_name text,
	rate_start_date date,
	rate_end_date date)
LANGUAGE sql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT * FROM @extschema@.burden_in_currency($1::@extschema@.currency, $2)
$$;
COMMENT ON FUNCTION @extschema@.burden_in_currency(text, text) IS
	'burden_in_currency with the target currency as text (a code), for drivers that bind parameters as text or varchar; the same rows as burden_in_currency(currency, text)';
