/*
 * 20_currency_params.sql
 *		currency: parameters from drivers (SQL only, over 10_currency.sql).
 */

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
