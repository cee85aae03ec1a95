/*
 * 60_currency_amount_params.sql
 *		currency_amount: parameters from drivers (SQL only, over the fragments
 *		before it).
 */

-- As for currency (20_currency_params.sql): operators with text on one side
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
