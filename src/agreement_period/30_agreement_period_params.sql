/*
 * 30_agreement_period_params.sql
 *		agreement_period: parameters from drivers (SQL only, over the fragments
 *		before it).
 */

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
