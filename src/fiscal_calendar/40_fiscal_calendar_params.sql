/*
 * 40_fiscal_calendar_params.sql
 *		fiscal_calendar: parameters from drivers (SQL only, over the fragments
 *		before it).
 */

-- As for currency (20_currency_params.sql): = and <> with text on one side for
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
