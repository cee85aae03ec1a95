/*
 * costshare update script: 0.1.0 to 0.2.0.
 *
 * Every change that 0.2.0 makes to the extension's objects is made here too,
 * so that ALTER EXTENSION costshare UPDATE gives a database equal to a fresh
 * CREATE EXTENSION costshare of 0.2.0 (test/extension_upgrade.sh proves it).
 * Changes are grouped by topic, in the order they were made.
 */

-- complain if the script is sourced in psql rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION costshare UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------- drivers and BI tools: parameters bound as text, casts
-- (src/currency/currency_params.sql, src/currency_amount/currency_amount_params.sql,
-- src/agreement_period/agreement_period_params.sql, src/fiscal_calendar/fiscal_calendar_params.sql,
-- src/schema/60_clients.sql)

-- ---------------------------------------------------------------- currency: parameters from drivers
--
-- Drivers that bind strings as varchar (pgjdbc's setString, BI tools'
-- parameters) meet `base_currency = ?` with a varchar, for which no operator
-- exists.  Operators taking text on one side (varchar reaches them by its
-- binary coercion to text) answer such parameters; an untyped literal still
-- resolves to (currency, currency), because PostgreSQL first tries the other
-- operand's type for an unknown one.  No implicit cast from text: it would
-- make calls such as minor_units(text) ambiguous and turn errors into
-- surprises.  The assignment casts let INSERT and UPDATE take a string.

CREATE CAST (text AS currency) WITH INOUT AS ASSIGNMENT;
CREATE CAST (varchar AS currency) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (text AS currency) IS 'the code as currency input reads it; in assignments (INSERT, UPDATE) and explicit casts';
COMMENT ON CAST (varchar AS currency) IS 'the code as currency input reads it; in assignments (INSERT, UPDATE) and explicit casts';

CREATE FUNCTION currency_eq_text(currency, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.=) $2::@extschema@.currency;
CREATE FUNCTION currency_ne_text(currency, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.<>) $2::@extschema@.currency;
CREATE FUNCTION text_eq_currency(text, currency) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.currency OPERATOR(@extschema@.=) $2;
CREATE FUNCTION text_ne_currency(text, currency) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.currency OPERATOR(@extschema@.<>) $2;
COMMENT ON FUNCTION currency_eq_text(currency, text) IS 'implementation of currency = text (the text read as a currency)';
COMMENT ON FUNCTION currency_ne_text(currency, text) IS 'implementation of currency <> text (the text read as a currency)';
COMMENT ON FUNCTION text_eq_currency(text, currency) IS 'implementation of text = currency (the text read as a currency)';
COMMENT ON FUNCTION text_ne_currency(text, currency) IS 'implementation of text <> currency (the text read as a currency)';

CREATE OPERATOR = (LEFTARG = currency, RIGHTARG = text, FUNCTION = currency_eq_text,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR <> (LEFTARG = currency, RIGHTARG = text, FUNCTION = currency_ne_text,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR = (LEFTARG = text, RIGHTARG = currency, FUNCTION = text_eq_currency,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR <> (LEFTARG = text, RIGHTARG = currency, FUNCTION = text_ne_currency,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR = (currency, text) IS 'same currency as the code in the text (for parameters bound as text or varchar)';
COMMENT ON OPERATOR <> (currency, text) IS 'another currency than the code in the text';
COMMENT ON OPERATOR = (text, currency) IS 'same currency as the code in the text (for parameters bound as text or varchar)';
COMMENT ON OPERATOR <> (text, currency) IS 'another currency than the code in the text';

-- ---------------------------------------------------------------- currency_amount: parameters from drivers
--
-- As for currency (currency_params.sql): operators with text on one side
-- for parameters that drivers bind as varchar (`amount > ?` from pgjdbc's
-- setString or a BI tool's filter), no implicit cast, assignment casts for
-- INSERT and UPDATE.  An untyped literal (`amount > 'USD 1.00'`) still
-- resolves to (currency_amount, currency_amount).  The text operators mean
-- exactly what the typed ones mean: the same total order (currency code,
-- then amount); compare_amounts() is the variant that refuses to compare
-- two currencies (doc/currency_amount.md says why the operators do not).

CREATE CAST (text AS currency_amount) WITH INOUT AS ASSIGNMENT;
CREATE CAST (varchar AS currency_amount) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (text AS currency_amount) IS 'the amount as currency_amount input reads it; in assignments (INSERT, UPDATE) and explicit casts';
COMMENT ON CAST (varchar AS currency_amount) IS 'the amount as currency_amount input reads it; in assignments (INSERT, UPDATE) and explicit casts';

-- amount::numeric is exact (the major units with the currency's decimal
-- places) and drops the currency, so it is explicit only: never implicit,
-- never in an assignment, where a currency could be lost unnoticed.
CREATE CAST (currency_amount AS numeric) WITH FUNCTION amount(currency_amount);
COMMENT ON CAST (currency_amount AS numeric) IS 'the amount in major units, exactly, as amount(x) gives it; the currency is dropped, so only ever explicit';

CREATE FUNCTION currency_amount_eq_text(currency_amount, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.=) $2::@extschema@.currency_amount;
CREATE FUNCTION text_eq_currency_amount(text, currency_amount) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.currency_amount OPERATOR(@extschema@.=) $2;
COMMENT ON FUNCTION currency_amount_eq_text(currency_amount, text) IS 'implementation of currency_amount = text (the text read as an amount)';
COMMENT ON FUNCTION text_eq_currency_amount(text, currency_amount) IS 'implementation of text = currency_amount (the text read as an amount)';

CREATE FUNCTION currency_amount_ne_text(currency_amount, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.<>) $2::@extschema@.currency_amount;
CREATE FUNCTION text_ne_currency_amount(text, currency_amount) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.currency_amount OPERATOR(@extschema@.<>) $2;
COMMENT ON FUNCTION currency_amount_ne_text(currency_amount, text) IS 'implementation of currency_amount <> text (the text read as an amount)';
COMMENT ON FUNCTION text_ne_currency_amount(text, currency_amount) IS 'implementation of text <> currency_amount (the text read as an amount)';

CREATE FUNCTION currency_amount_lt_text(currency_amount, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.<) $2::@extschema@.currency_amount;
CREATE FUNCTION text_lt_currency_amount(text, currency_amount) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.currency_amount OPERATOR(@extschema@.<) $2;
COMMENT ON FUNCTION currency_amount_lt_text(currency_amount, text) IS 'implementation of currency_amount < text (the text read as an amount)';
COMMENT ON FUNCTION text_lt_currency_amount(text, currency_amount) IS 'implementation of text < currency_amount (the text read as an amount)';

CREATE FUNCTION currency_amount_le_text(currency_amount, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.<=) $2::@extschema@.currency_amount;
CREATE FUNCTION text_le_currency_amount(text, currency_amount) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.currency_amount OPERATOR(@extschema@.<=) $2;
COMMENT ON FUNCTION currency_amount_le_text(currency_amount, text) IS 'implementation of currency_amount <= text (the text read as an amount)';
COMMENT ON FUNCTION text_le_currency_amount(text, currency_amount) IS 'implementation of text <= currency_amount (the text read as an amount)';

CREATE FUNCTION currency_amount_gt_text(currency_amount, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.>) $2::@extschema@.currency_amount;
CREATE FUNCTION text_gt_currency_amount(text, currency_amount) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.currency_amount OPERATOR(@extschema@.>) $2;
COMMENT ON FUNCTION currency_amount_gt_text(currency_amount, text) IS 'implementation of currency_amount > text (the text read as an amount)';
COMMENT ON FUNCTION text_gt_currency_amount(text, currency_amount) IS 'implementation of text > currency_amount (the text read as an amount)';

CREATE FUNCTION currency_amount_ge_text(currency_amount, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.>=) $2::@extschema@.currency_amount;
CREATE FUNCTION text_ge_currency_amount(text, currency_amount) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.currency_amount OPERATOR(@extschema@.>=) $2;
COMMENT ON FUNCTION currency_amount_ge_text(currency_amount, text) IS 'implementation of currency_amount >= text (the text read as an amount)';
COMMENT ON FUNCTION text_ge_currency_amount(text, currency_amount) IS 'implementation of text >= currency_amount (the text read as an amount)';

CREATE OPERATOR = (LEFTARG = currency_amount, RIGHTARG = text, FUNCTION = currency_amount_eq_text,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR = (LEFTARG = text, RIGHTARG = currency_amount, FUNCTION = text_eq_currency_amount,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel);
COMMENT ON OPERATOR = (currency_amount, text) IS 'equal to the amount in the text, as between two amounts (for parameters bound as text or varchar)';
COMMENT ON OPERATOR = (text, currency_amount) IS 'the amount in the text equal to the right one, as between two amounts (for parameters bound as text or varchar)';

CREATE OPERATOR <> (LEFTARG = currency_amount, RIGHTARG = text, FUNCTION = currency_amount_ne_text,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR <> (LEFTARG = text, RIGHTARG = currency_amount, FUNCTION = text_ne_currency_amount,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (currency_amount, text) IS 'not equal to the amount in the text, as between two amounts (for parameters bound as text or varchar)';
COMMENT ON OPERATOR <> (text, currency_amount) IS 'the amount in the text not equal to the right one, as between two amounts (for parameters bound as text or varchar)';

CREATE OPERATOR < (LEFTARG = currency_amount, RIGHTARG = text, FUNCTION = currency_amount_lt_text,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR < (LEFTARG = text, RIGHTARG = currency_amount, FUNCTION = text_lt_currency_amount,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR < (currency_amount, text) IS 'sorts before the amount in the text, as between two amounts (for parameters bound as text or varchar)';
COMMENT ON OPERATOR < (text, currency_amount) IS 'the amount in the text sorts before the right one, as between two amounts (for parameters bound as text or varchar)';

CREATE OPERATOR <= (LEFTARG = currency_amount, RIGHTARG = text, FUNCTION = currency_amount_le_text,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR <= (LEFTARG = text, RIGHTARG = currency_amount, FUNCTION = text_le_currency_amount,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <= (currency_amount, text) IS 'sorts before or equals the amount in the text, as between two amounts (for parameters bound as text or varchar)';
COMMENT ON OPERATOR <= (text, currency_amount) IS 'the amount in the text sorts before or equals the right one, as between two amounts (for parameters bound as text or varchar)';

CREATE OPERATOR > (LEFTARG = currency_amount, RIGHTARG = text, FUNCTION = currency_amount_gt_text,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR > (LEFTARG = text, RIGHTARG = currency_amount, FUNCTION = text_gt_currency_amount,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR > (currency_amount, text) IS 'sorts after the amount in the text, as between two amounts (for parameters bound as text or varchar)';
COMMENT ON OPERATOR > (text, currency_amount) IS 'the amount in the text sorts after the right one, as between two amounts (for parameters bound as text or varchar)';

CREATE OPERATOR >= (LEFTARG = currency_amount, RIGHTARG = text, FUNCTION = currency_amount_ge_text,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR >= (LEFTARG = text, RIGHTARG = currency_amount, FUNCTION = text_ge_currency_amount,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >= (currency_amount, text) IS 'sorts after or equals the amount in the text, as between two amounts (for parameters bound as text or varchar)';
COMMENT ON OPERATOR >= (text, currency_amount) IS 'the amount in the text sorts after or equals the right one, as between two amounts (for parameters bound as text or varchar)';

-- The strict comparison: an error across currencies instead of the total
-- order's answer.  For filters where a mixed-currency column must not be
-- compared with a threshold in one currency.
CREATE FUNCTION compare_amounts(a currency_amount, b currency_amount) RETURNS integer
	LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
BEGIN
	IF @extschema@.currency(a) OPERATOR(@extschema@.<>) @extschema@.currency(b) THEN
		RAISE EXCEPTION 'cannot compare % and % amounts', @extschema@.currency(a), @extschema@.currency(b)
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'compare_amounts compares amounts of one currency only.',
				HINT = 'Filter on the currency first, or convert one amount with convert().';
	END IF;
	RETURN @extschema@.currency_amount_cmp(a, b);
END
$$;
COMMENT ON FUNCTION compare_amounts(currency_amount, currency_amount) IS
	'-1, 0 or 1 as a is less than, equal to or greater than b; an error if their currencies differ (the operators < and > order by currency code instead)';

-- ---------------------------------------------------------------- agreement_period: parameters from drivers
--
-- Operators with text on one side, for periods bound as varchar
-- (`period && ?` from pgjdbc's setString); an untyped literal still resolves
-- to (agreement_period, agreement_period).  A date bound without a type
-- (pgjdbc's setDate, node-postgres) is read by the text input as that one
-- day, so `period @> ?` answers it; a typed timestamptz has its own
-- operator, by its date in the session's time zone (hence STABLE).

CREATE CAST (text AS agreement_period) WITH INOUT AS ASSIGNMENT;
CREATE CAST (varchar AS agreement_period) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (text AS agreement_period) IS 'the period as agreement_period input reads it; in assignments (INSERT, UPDATE) and explicit casts';
COMMENT ON CAST (varchar AS agreement_period) IS 'the period as agreement_period input reads it; in assignments (INSERT, UPDATE) and explicit casts';

CREATE FUNCTION agreement_period_overlaps_text(agreement_period, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.&&) $2::@extschema@.agreement_period;
CREATE FUNCTION text_overlaps_agreement_period(text, agreement_period) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.agreement_period OPERATOR(@extschema@.&&) $2;
COMMENT ON FUNCTION agreement_period_overlaps_text(agreement_period, text) IS 'implementation of agreement_period && text (the text read as a period)';
COMMENT ON FUNCTION text_overlaps_agreement_period(text, agreement_period) IS 'implementation of text && agreement_period (the text read as a period)';
CREATE OPERATOR && (LEFTARG = agreement_period, RIGHTARG = text, FUNCTION = agreement_period_overlaps_text,
	COMMUTATOR = &&, RESTRICT = areasel, JOIN = areajoinsel);
CREATE OPERATOR && (LEFTARG = text, RIGHTARG = agreement_period, FUNCTION = text_overlaps_agreement_period,
	COMMUTATOR = &&, RESTRICT = areasel, JOIN = areajoinsel);
COMMENT ON OPERATOR && (agreement_period, text) IS 'as && between periods, the text read as a period (for parameters bound as text or varchar)';
COMMENT ON OPERATOR && (text, agreement_period) IS 'as && between periods, the text read as a period (for parameters bound as text or varchar)';

CREATE FUNCTION agreement_period_contains_text(agreement_period, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.@>) $2::@extschema@.agreement_period;
CREATE FUNCTION text_contains_agreement_period(text, agreement_period) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.agreement_period OPERATOR(@extschema@.@>) $2;
COMMENT ON FUNCTION agreement_period_contains_text(agreement_period, text) IS 'implementation of agreement_period @> text (the text read as a period)';
COMMENT ON FUNCTION text_contains_agreement_period(text, agreement_period) IS 'implementation of text @> agreement_period (the text read as a period)';
CREATE OPERATOR @> (LEFTARG = agreement_period, RIGHTARG = text, FUNCTION = agreement_period_contains_text,
	COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR @> (LEFTARG = text, RIGHTARG = agreement_period, FUNCTION = text_contains_agreement_period,
	COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @> (agreement_period, text) IS 'as @> between periods, the text read as a period (for parameters bound as text or varchar)';
COMMENT ON OPERATOR @> (text, agreement_period) IS 'as @> between periods, the text read as a period (for parameters bound as text or varchar)';

CREATE FUNCTION agreement_period_contained_by_text(agreement_period, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.<@) $2::@extschema@.agreement_period;
CREATE FUNCTION text_contained_by_agreement_period(text, agreement_period) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.agreement_period OPERATOR(@extschema@.<@) $2;
COMMENT ON FUNCTION agreement_period_contained_by_text(agreement_period, text) IS 'implementation of agreement_period <@ text (the text read as a period)';
COMMENT ON FUNCTION text_contained_by_agreement_period(text, agreement_period) IS 'implementation of text <@ agreement_period (the text read as a period)';
CREATE OPERATOR <@ (LEFTARG = agreement_period, RIGHTARG = text, FUNCTION = agreement_period_contained_by_text,
	COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR <@ (LEFTARG = text, RIGHTARG = agreement_period, FUNCTION = text_contained_by_agreement_period,
	COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR <@ (agreement_period, text) IS 'as <@ between periods, the text read as a period (for parameters bound as text or varchar)';
COMMENT ON OPERATOR <@ (text, agreement_period) IS 'as <@ between periods, the text read as a period (for parameters bound as text or varchar)';

CREATE FUNCTION agreement_period_eq_text(agreement_period, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.=) $2::@extschema@.agreement_period;
CREATE FUNCTION text_eq_agreement_period(text, agreement_period) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.agreement_period OPERATOR(@extschema@.=) $2;
COMMENT ON FUNCTION agreement_period_eq_text(agreement_period, text) IS 'implementation of agreement_period = text (the text read as a period)';
COMMENT ON FUNCTION text_eq_agreement_period(text, agreement_period) IS 'implementation of text = agreement_period (the text read as a period)';
CREATE OPERATOR = (LEFTARG = agreement_period, RIGHTARG = text, FUNCTION = agreement_period_eq_text,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR = (LEFTARG = text, RIGHTARG = agreement_period, FUNCTION = text_eq_agreement_period,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel);
COMMENT ON OPERATOR = (agreement_period, text) IS 'as = between periods, the text read as a period (for parameters bound as text or varchar)';
COMMENT ON OPERATOR = (text, agreement_period) IS 'as = between periods, the text read as a period (for parameters bound as text or varchar)';

CREATE FUNCTION agreement_period_ne_text(agreement_period, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.<>) $2::@extschema@.agreement_period;
CREATE FUNCTION text_ne_agreement_period(text, agreement_period) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.agreement_period OPERATOR(@extschema@.<>) $2;
COMMENT ON FUNCTION agreement_period_ne_text(agreement_period, text) IS 'implementation of agreement_period <> text (the text read as a period)';
COMMENT ON FUNCTION text_ne_agreement_period(text, agreement_period) IS 'implementation of text <> agreement_period (the text read as a period)';
CREATE OPERATOR <> (LEFTARG = agreement_period, RIGHTARG = text, FUNCTION = agreement_period_ne_text,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR <> (LEFTARG = text, RIGHTARG = agreement_period, FUNCTION = text_ne_agreement_period,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (agreement_period, text) IS 'as <> between periods, the text read as a period (for parameters bound as text or varchar)';
COMMENT ON OPERATOR <> (text, agreement_period) IS 'as <> between periods, the text read as a period (for parameters bound as text or varchar)';

CREATE FUNCTION period_contains_timestamptz(agreement_period, timestamptz) RETURNS boolean
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.@>) $2::pg_catalog.date;
CREATE FUNCTION timestamptz_in_period(timestamptz, agreement_period) RETURNS boolean
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	RETURN $1::pg_catalog.date OPERATOR(@extschema@.<@) $2;
COMMENT ON FUNCTION period_contains_timestamptz(agreement_period, timestamptz) IS 'implementation of agreement_period @> timestamptz';
COMMENT ON FUNCTION timestamptz_in_period(timestamptz, agreement_period) IS 'implementation of timestamptz <@ agreement_period';
CREATE OPERATOR @> (LEFTARG = agreement_period, RIGHTARG = timestamptz, FUNCTION = period_contains_timestamptz,
	COMMUTATOR = <@, RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR <@ (LEFTARG = timestamptz, RIGHTARG = agreement_period, FUNCTION = timestamptz_in_period,
	COMMUTATOR = @>, RESTRICT = contsel, JOIN = contjoinsel);
COMMENT ON OPERATOR @> (agreement_period, timestamptz) IS 'the period contains the day of the timestamp in the session''s time zone';
COMMENT ON OPERATOR <@ (timestamptz, agreement_period) IS 'the day of the timestamp in the session''s time zone is in the period';

-- ---------------------------------------------------------------- fiscal_calendar: parameters from drivers
--
-- As for currency (currency_params.sql): = and <> with text on one side for
-- parameters bound as varchar, assignment casts, no implicit cast.

CREATE CAST (text AS fiscal_calendar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (varchar AS fiscal_calendar) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (text AS fiscal_calendar) IS 'the calendar as fiscal_calendar input reads it; in assignments (INSERT, UPDATE) and explicit casts';
COMMENT ON CAST (varchar AS fiscal_calendar) IS 'the calendar as fiscal_calendar input reads it; in assignments (INSERT, UPDATE) and explicit casts';

CREATE FUNCTION fiscal_calendar_eq_text(fiscal_calendar, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.=) $2::@extschema@.fiscal_calendar;
CREATE FUNCTION text_eq_fiscal_calendar(text, fiscal_calendar) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.fiscal_calendar OPERATOR(@extschema@.=) $2;
COMMENT ON FUNCTION fiscal_calendar_eq_text(fiscal_calendar, text) IS 'implementation of fiscal_calendar = text (the text read as a calendar)';
COMMENT ON FUNCTION text_eq_fiscal_calendar(text, fiscal_calendar) IS 'implementation of text = fiscal_calendar (the text read as a calendar)';
CREATE OPERATOR = (LEFTARG = fiscal_calendar, RIGHTARG = text, FUNCTION = fiscal_calendar_eq_text,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR = (LEFTARG = text, RIGHTARG = fiscal_calendar, FUNCTION = text_eq_fiscal_calendar,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel);
COMMENT ON OPERATOR = (fiscal_calendar, text) IS 'as = between calendars, the text read as a calendar (for parameters bound as text or varchar)';
COMMENT ON OPERATOR = (text, fiscal_calendar) IS 'as = between calendars, the text read as a calendar (for parameters bound as text or varchar)';

CREATE FUNCTION fiscal_calendar_ne_text(fiscal_calendar, text) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1 OPERATOR(@extschema@.<>) $2::@extschema@.fiscal_calendar;
CREATE FUNCTION text_ne_fiscal_calendar(text, fiscal_calendar) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN $1::@extschema@.fiscal_calendar OPERATOR(@extschema@.<>) $2;
COMMENT ON FUNCTION fiscal_calendar_ne_text(fiscal_calendar, text) IS 'implementation of fiscal_calendar <> text (the text read as a calendar)';
COMMENT ON FUNCTION text_ne_fiscal_calendar(text, fiscal_calendar) IS 'implementation of text <> fiscal_calendar (the text read as a calendar)';
CREATE OPERATOR <> (LEFTARG = fiscal_calendar, RIGHTARG = text, FUNCTION = fiscal_calendar_ne_text,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR <> (LEFTARG = text, RIGHTARG = fiscal_calendar, FUNCTION = text_ne_fiscal_calendar,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (fiscal_calendar, text) IS 'as <> between calendars, the text read as a calendar (for parameters bound as text or varchar)';
COMMENT ON OPERATOR <> (text, fiscal_calendar) IS 'as <> between calendars, the text read as a calendar (for parameters bound as text or varchar)';

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
	rate_rule text)
LANGUAGE sql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT * FROM @extschema@.burden_in_currency($1::@extschema@.currency, $2)
$$;
COMMENT ON FUNCTION @extschema@.burden_in_currency(text, text) IS
	'burden_in_currency with the target currency as text (a code), for drivers that bind parameters as text or varchar; the same rows as burden_in_currency(currency, text)';
