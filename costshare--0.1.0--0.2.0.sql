/*
 * costshare update script: 0.1.0 to 0.2.0.
 *
 * Every change that 0.2.0 makes to the extension's objects is made here too,
 * so that ALTER EXTENSION costshare UPDATE gives a database equal to a fresh
 * CREATE EXTENSION costshare of 0.2.0 (test/extension_upgrade.sh proves it).
 * Changes are grouped by topic, in the order they were made.
 *
 * This is the template make update-scripts turns into costshare--0.1.0--0.2.0.sql: a line
 * "-- @include <fragment>" (with "-- @from" and "-- @until" lines to take a
 * part of it) stands for the fragment's text, where the update makes an
 * object again in its final form (src/update_script.awk).
 */

-- complain if the script is sourced in psql rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION costshare UPDATE TO '0.2.0'" to load this file. \quit

-- ================================================================ reliability
/*
 * 0.2.0: the install no longer depends on the search_path, rules that span
 * rows hold between concurrent transactions, category cycles are refused,
 * and the script is ASCII.
 */

-- ---------------------------------------------------------------- search_path
/*
 * 0.1.0 bound these expressions to whatever operator of the mixed types the
 * search_path offered at install (rate > 0, 100 * numeric, numeric <> 0,
 * numeric / integer): made again, they bind to pg_catalog's.  The three
 * views that hold such expressions are dropped here and made once, in their
 * final form, by the coverage section below.
 */
ALTER TABLE @extschema@.exchange_rate DROP CONSTRAINT exchange_rate_rate_check;
ALTER TABLE @extschema@.exchange_rate
	ADD CONSTRAINT exchange_rate_rate_check CHECK (rate > 0::numeric);

DROP VIEW @extschema@.burden_by_category;
DROP VIEW @extschema@.burden_per_person;
DROP VIEW @extschema@.burden_vs_demand;

-- ---------------------------------------------------------------- burden item locks
DROP TRIGGER burden_item_check ON @extschema@.burden_item;
DROP FUNCTION @extschema@.burden_item_check();

/*
 * An item and a change of its agreement's period or currency must not both
 * commit having each checked against the other's old state.  A row lock on
 * the agreement is not enough: a REPEATABLE READ transaction whose snapshot
 * predates the item could change the agreement after the item committed and
 * never see it, whatever the item's own isolation level.  So writing an item
 * writes a new version of its agreement's row (the same values), once per
 * transaction: a change of the agreement then waits for the item's
 * transaction and, under READ COMMITTED, sees the item
 * (agreement_check_items); under REPEATABLE READ it fails with a
 * serialization error.  The other way round, the item waits for the change
 * and reads the committed row.  Items of one agreement written at the same
 * time wait for one another.  doc/schema.md, "Concurrent changes".
 *
 * This needs UPDATE on agreement.title from whoever writes items; the
 * function runs with the caller's rights, as every costshare function does.
 */
CREATE FUNCTION @extschema@.burden_item_check()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	a			record;
BEGIN
	UPDATE @extschema@.agreement ag SET title = ag.title
	WHERE ag.code = NEW.agreement AND ag.xmin <> pg_current_xact_id()::xid
	RETURNING ag.period, ag.currency INTO a;
	IF NOT FOUND THEN
		-- already written by this transaction, which holds its lock
		SELECT ag.period, ag.currency INTO a
		FROM @extschema@.agreement ag WHERE ag.code = NEW.agreement;
	END IF;
	IF NOT FOUND THEN
		RETURN NEW;				-- the foreign key reports it
	END IF;
	IF NOT (a.period OPERATOR(@extschema@.@>) NEW.period) THEN
		RAISE EXCEPTION 'burden item period % is not inside the period % of agreement "%"',
			NEW.period, a.period, NEW.agreement
			USING ERRCODE = 'check_violation',
				DETAIL = 'A burden item''s period must lie within its agreement''s period.',
				HINT = 'Correct the item''s period, or widen the agreement''s period first.';
	END IF;
	IF NOT NEW.other_currency
		AND @extschema@.currency(NEW.amount) OPERATOR(@extschema@.<>) a.currency THEN
		RAISE EXCEPTION 'burden item amount % is not in currency % of agreement "%"',
			NEW.amount, a.currency, NEW.agreement
			USING ERRCODE = 'check_violation',
				DETAIL = 'The items of one agreement are in the agreement''s currency unless an item says otherwise.',
				HINT = 'Give the amount in the agreement''s currency, or set other_currency = true on the item.';
	END IF;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.burden_item_check() IS
	'Trigger function: a burden item lies inside its agreement''s period and is in its currency';

CREATE TRIGGER burden_item_check
	BEFORE INSERT OR UPDATE ON @extschema@.burden_item
	FOR EACH ROW EXECUTE FUNCTION @extschema@.burden_item_check();

-- ---------------------------------------------------------------- category cycles

/*
 * The categories form a tree: a new parent must not be the category itself
 * or one of its descendants.  Only a change of parent can close a cycle (a
 * new row has no children yet).  Two transactions that each see no cycle
 * could together make one (a -> b and b -> a), so the check first takes a
 * lock that one parent change at a time may hold: SHARE ROW EXCLUSIVE
 * conflicts with itself and with the ROW EXCLUSIVE of other writers, not
 * with readers or with the foreign-key checks of other tables.  The second
 * transaction waits until the first ends and then, under READ COMMITTED,
 * walks the committed tree; under REPEATABLE READ or SERIALIZABLE the walk
 * locks each ancestor FOR SHARE, which fails with a serialization error on
 * an ancestor changed since its snapshot.  The lock needs UPDATE on the
 * table (not only on its parent column) from whoever moves a category.
 */
CREATE FUNCTION @extschema@.cost_category_check_cycle()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	path		text[] := ARRAY[NEW.code];
	ancestor	text := NEW.parent;
BEGIN
	LOCK TABLE @extschema@.cost_category IN SHARE ROW EXCLUSIVE MODE;
	WHILE ancestor IS NOT NULL LOOP
		path := array_append(path, ancestor);
		IF ancestor = NEW.code THEN
			RAISE EXCEPTION 'cost category "%" cannot have parent "%": the categories would form a cycle',
				NEW.code, NEW.parent
				USING ERRCODE = 'check_violation',
					DETAIL = format('The cycle would be %s.', array_to_string(path, ' -> ')),
					HINT = 'Cost categories form a tree: choose a parent that is not the category itself or one of its descendants.';
		END IF;
		IF ancestor = ANY (path[1:array_length(path, 1) - 1]) THEN
			-- a cycle above us that does not pass through NEW: older rows
			RAISE EXCEPTION 'cost category "%" would be below a cycle of categories', NEW.code
				USING ERRCODE = 'check_violation',
					DETAIL = format('The ancestors are %s.', array_to_string(path, ' -> ')),
					HINT = 'Break the cycle first: set the parent of one of its categories to NULL.';
		END IF;
		SELECT c.parent INTO ancestor
		FROM @extschema@.cost_category c WHERE c.code = ancestor
		FOR SHARE;
	END LOOP;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.cost_category_check_cycle() IS
	'Trigger function: a cost category''s new parent is not the category itself or one of its descendants';

CREATE TRIGGER cost_category_check_cycle
	BEFORE UPDATE OF parent ON @extschema@.cost_category
	FOR EACH ROW
	WHEN (NEW.parent IS NOT NULL AND NEW.parent IS DISTINCT FROM OLD.parent)
	EXECUTE FUNCTION @extschema@.cost_category_check_cycle();

-- ---------------------------------------------------------------- ASCII comments
COMMENT ON FUNCTION @extschema@.fiscal_label(@extschema@.agreement_period, @extschema@.fiscal_calendar) IS
	'fiscal-year labels (JFY2016-JFY2020) when the period is whole fiscal years, else first..last dates';
-- ---------------------------------------------------------------- drivers and BI tools: parameters bound as text, casts
-- (src/currency/20_currency_params.sql, src/currency_amount/60_currency_amount_params.sql,
-- src/agreement_period/30_agreement_period_params.sql, src/fiscal_calendar/40_fiscal_calendar_params.sql,
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

/*
 * For drivers and BI tools that bind parameters as text or varchar
 * (pgjdbc's setString, a report's "target currency" prompt): a
 * burden_in_currency that takes the target currency as text.  An untyped
 * literal (burden_in_currency('USD')) now resolves to this one (the string
 * category is preferred for an unknown argument); both give the same rows.
 * It is made once, in its final form, by the coverage section below, after
 * the burden_in_currency(currency, text) it calls.
 */

-- ---------------------------------------------------------------- format_amount: japanese, korean and chinese styles

COMMENT ON FUNCTION @extschema@.format_amount(@extschema@.currency_amount, text) IS
	'the amount written for people, for display only: style code (canonical), symbol ($1,910,000,000.00), compact ($1.91B, rounded), words (946.5 billion yen), kanji (East Asian units of the currency''s country), japanese, korean or chinese (that language''s units and currency names)';

-- ---------------------------------------------------------------- row estimates of the splits over fiscal years
-- A planner support function counts the fiscal years of a constant period;
-- otherwise ROWS 2 (an item or an agreement touches one or two fiscal years
-- far more often than five).
CREATE FUNCTION @extschema@.proration_rows_support(internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.proration_rows_support(internal) IS
	'planner support: the number of fiscal years a constant period touches, as the row estimate of a split over fiscal years';
ALTER FUNCTION @extschema@.allocate_minor_units_pieces(bigint, @extschema@.agreement_period, @extschema@.fiscal_calendar, text)
	ROWS 2 SUPPORT @extschema@.proration_rows_support;
ALTER FUNCTION @extschema@.allocate_minor_units(bigint, @extschema@.agreement_period, @extschema@.fiscal_calendar, text)
	ROWS 2 SUPPORT @extschema@.proration_rows_support;
ALTER FUNCTION @extschema@.rebucket_minor_units(bigint, @extschema@.agreement_period, @extschema@.fiscal_calendar)
	SUPPORT @extschema@.proration_rows_support;
ALTER FUNCTION @extschema@.allocate_pieces(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text)
	ROWS 2 SUPPORT @extschema@.proration_rows_support;
ALTER FUNCTION @extschema@.allocate_fiscal_years(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text)
	ROWS 2 SUPPORT @extschema@.proration_rows_support;
ALTER FUNCTION @extschema@.allocate(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text)
	ROWS 2 SUPPORT @extschema@.proration_rows_support;
ALTER FUNCTION @extschema@.rebucket(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar)
	SUPPORT @extschema@.proration_rows_support;

-- ================================================================ names that say what they return, a private inside
-- (src/costshare.sql, src/currency/, src/fiscal_calendar/, src/proration/,
-- src/schema/: the trigger functions and the helpers the views call)
--
-- Renamed objects are renamed (ALTER FUNCTION ... RENAME TO / SET SCHEMA),
-- not dropped and made again, so that views and user objects that depend
-- on them follow, and their comments and rights go with them.  Only
-- rebucket and rebucket_minor_units(bigint, ...) are made again: they now
-- return a named row type, and a function's result type cannot be altered
-- (a user view over them must be dropped before the update).

-- ---------------------------------------------------------------- the private schema
CREATE SCHEMA costshare_internal;
COMMENT ON SCHEMA costshare_internal IS
	'costshare''s helpers and trigger functions: not an interface; call the public functions instead';

-- ---------------------------------------------------------------- decimal_places, fiscal_year_* names
ALTER FUNCTION @extschema@.minor_units(@extschema@.currency) RENAME TO decimal_places;
CREATE FUNCTION @extschema@.minor_units(@extschema@.currency) RETURNS integer
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT @extschema@.decimal_places($1);
END;
COMMENT ON FUNCTION @extschema@.minor_units(@extschema@.currency) IS 'deprecated since 0.2.0: use decimal_places(currency)';

ALTER FUNCTION @extschema@.start_month(@extschema@.fiscal_calendar) RENAME TO fiscal_year_start_month;
ALTER FUNCTION @extschema@.start_day(@extschema@.fiscal_calendar) RENAME TO fiscal_year_start_day;
ALTER FUNCTION @extschema@.naming(@extschema@.fiscal_calendar) RENAME TO fiscal_year_naming;
ALTER FUNCTION @extschema@.label_style(@extschema@.fiscal_calendar) RENAME TO fiscal_label_style;
CREATE FUNCTION @extschema@.start_month(@extschema@.fiscal_calendar) RETURNS integer
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT @extschema@.fiscal_year_start_month($1);
END;
CREATE FUNCTION @extschema@.start_day(@extschema@.fiscal_calendar) RETURNS integer
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT @extschema@.fiscal_year_start_day($1);
END;
CREATE FUNCTION @extschema@.naming(@extschema@.fiscal_calendar) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT @extschema@.fiscal_year_naming($1);
END;
CREATE FUNCTION @extschema@.label_style(@extschema@.fiscal_calendar) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT @extschema@.fiscal_label_style($1);
END;
COMMENT ON FUNCTION @extschema@.start_month(@extschema@.fiscal_calendar) IS 'deprecated since 0.2.0: use fiscal_year_start_month(fiscal_calendar)';
COMMENT ON FUNCTION @extschema@.start_day(@extschema@.fiscal_calendar) IS 'deprecated since 0.2.0: use fiscal_year_start_day(fiscal_calendar)';
COMMENT ON FUNCTION @extschema@.naming(@extschema@.fiscal_calendar) IS 'deprecated since 0.2.0: use fiscal_year_naming(fiscal_calendar)';
COMMENT ON FUNCTION @extschema@.label_style(@extschema@.fiscal_calendar) IS 'deprecated since 0.2.0: use fiscal_label_style(fiscal_calendar)';

-- ---------------------------------------------------------------- proration: helpers moved inside
-- The bodies of allocate and allocate_minor_units, and the view
-- burden_allocation, are bound to these functions and follow them.
ALTER FUNCTION @extschema@.allocate_minor_units_pieces(bigint, @extschema@.agreement_period, @extschema@.fiscal_calendar, text)
	SET SCHEMA costshare_internal;
ALTER FUNCTION costshare_internal.allocate_minor_units_pieces(bigint, @extschema@.agreement_period, @extschema@.fiscal_calendar, text)
	RENAME TO prorate_minor_units_pieces;
COMMENT ON FUNCTION costshare_internal.prorate_minor_units_pieces(bigint, @extschema@.agreement_period, @extschema@.fiscal_calendar, text) IS
	'the split of prorate_minor_units as one record per piece; call prorate_minor_units instead';
ALTER FUNCTION @extschema@.allocate_pieces(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text)
	SET SCHEMA costshare_internal;
ALTER FUNCTION costshare_internal.allocate_pieces(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text)
	RENAME TO prorate_pieces;
COMMENT ON FUNCTION costshare_internal.prorate_pieces(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text) IS
	'the split of prorate as one record per piece; call prorate instead';
ALTER FUNCTION @extschema@.allocate_fiscal_years(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text)
	SET SCHEMA costshare_internal;
ALTER FUNCTION costshare_internal.allocate_fiscal_years(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text)
	RENAME TO prorate_fiscal_years;
COMMENT ON FUNCTION costshare_internal.prorate_fiscal_years(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text) IS
	'the fiscal years prorate gives rows for, in order; call prorate instead';
ALTER FUNCTION @extschema@.allocate_share(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text, integer)
	SET SCHEMA costshare_internal;
ALTER FUNCTION costshare_internal.allocate_share(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text, integer)
	RENAME TO prorate_share;
COMMENT ON FUNCTION costshare_internal.prorate_share(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text, integer) IS
	'the share prorate gives one fiscal year of the period; call prorate instead';

-- ---------------------------------------------------------------- proration: trigger functions moved inside
ALTER FUNCTION @extschema@.cost_category_guard_builtin() SET SCHEMA costshare_internal;
ALTER FUNCTION @extschema@.cost_category_check_cycle() SET SCHEMA costshare_internal;
ALTER FUNCTION @extschema@.agreement_default_currency() SET SCHEMA costshare_internal;
ALTER FUNCTION @extschema@.agreement_check_overlap() SET SCHEMA costshare_internal;
ALTER FUNCTION @extschema@.burden_item_check() SET SCHEMA costshare_internal;
ALTER FUNCTION @extschema@.agreement_check_items() SET SCHEMA costshare_internal;

-- ---------------------------------------------------------------- fiscal_years: a named row type
-- 0.1.0 declared it with OUT parameters (an anonymous record); no view of
-- 0.1.0 reads it, so it is re-made before the views of 0.2.0 that do.
DROP FUNCTION @extschema@.fiscal_years(@extschema@.agreement_period, @extschema@.fiscal_calendar);
CREATE TYPE @extschema@.fiscal_year_part AS (
	fiscal_year integer,
	label text,
	part @extschema@.agreement_period,
	days integer,
	whole boolean
);
COMMENT ON TYPE @extschema@.fiscal_year_part IS
	'one fiscal year a period touches (fiscal_years): the year, its label, the part of the period inside it, its days, whether the year is covered whole';
CREATE FUNCTION @extschema@.fiscal_years(@extschema@.agreement_period, @extschema@.fiscal_calendar)
	RETURNS SETOF @extschema@.fiscal_year_part
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION @extschema@.fiscal_years(@extschema@.agreement_period, @extschema@.fiscal_calendar) IS
	'one row per fiscal year the period touches: the year, its label, the part of the period inside it, its days, whether the year is covered whole';

-- ---------------------------------------------------------------- prorate, prorate_minor_units: named row types
CREATE TYPE @extschema@.fiscal_year_share AS (
	fiscal_year integer,
	part @extschema@.agreement_period,
	share @extschema@.currency_amount
);
COMMENT ON TYPE @extschema@.fiscal_year_share IS
	'one fiscal year''s share of an amount split over a period (prorate, rebucket): the year, the part of the period in it, the share';

CREATE TYPE @extschema@.fiscal_year_share_minor_units AS (
	fiscal_year integer,
	part @extschema@.agreement_period,
	share bigint
);
COMMENT ON TYPE @extschema@.fiscal_year_share_minor_units IS
	'one fiscal year''s share of a count of minor units split over a period (prorate_minor_units, rebucket_minor_units)';

CREATE FUNCTION @extschema@.prorate_minor_units(total bigint, period @extschema@.agreement_period, calendar @extschema@.fiscal_calendar,
	method text DEFAULT 'days')
	RETURNS SETOF @extschema@.fiscal_year_share_minor_units
	LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 2 SUPPORT @extschema@.proration_rows_support
BEGIN ATOMIC
	SELECT (s.r).fiscal_year, (s.r).part, (s.r).share
	FROM (SELECT costshare_internal.prorate_minor_units_pieces(total, period, calendar, method) AS r) s;
END;
COMMENT ON FUNCTION @extschema@.prorate_minor_units(bigint, @extschema@.agreement_period, @extschema@.fiscal_calendar, text) IS
	'split an integer amount over the fiscal years of a period by days, equal (whole years alike) or months; the shares sum exactly to the amount';
COMMENT ON FUNCTION @extschema@.allocate_minor_units(bigint, @extschema@.agreement_period, @extschema@.fiscal_calendar, text) IS
	'deprecated since 0.2.0: use prorate_minor_units(bigint, agreement_period, fiscal_calendar, text)';

CREATE FUNCTION @extschema@.prorate(amount @extschema@.currency_amount, period @extschema@.agreement_period, calendar @extschema@.fiscal_calendar,
	method text DEFAULT 'days')
	RETURNS SETOF @extschema@.fiscal_year_share
	LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 2 SUPPORT @extschema@.proration_rows_support
BEGIN ATOMIC
	SELECT y.fy,
		   period OPERATOR(@extschema@.*) @extschema@.fiscal_year_period(y.fy, calendar),
		   costshare_internal.prorate_share(amount, period, calendar, method, y.fy)
	FROM (SELECT costshare_internal.prorate_fiscal_years(amount, period, calendar, method) AS fy) y;
END;
COMMENT ON FUNCTION @extschema@.prorate(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text) IS
	'split an amount of money over the fiscal years of a period by days, equal (whole years alike) or months; the shares sum exactly to the amount, in its currency';
COMMENT ON FUNCTION @extschema@.allocate(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text) IS
	'deprecated since 0.2.0: use prorate(currency_amount, agreement_period, fiscal_calendar, text)';

DROP FUNCTION @extschema@.rebucket_minor_units(bigint, @extschema@.agreement_period, @extschema@.fiscal_calendar);
CREATE FUNCTION @extschema@.rebucket_minor_units(amount bigint, source @extschema@.agreement_period, target @extschema@.fiscal_calendar)
	RETURNS SETOF @extschema@.fiscal_year_share_minor_units
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 2 SUPPORT @extschema@.proration_rows_support
BEGIN ATOMIC
	SELECT a.fiscal_year, a.part, a.share
	FROM @extschema@.prorate_minor_units(amount, source, target, 'days') a;
END;
COMMENT ON FUNCTION @extschema@.rebucket_minor_units(bigint, @extschema@.agreement_period, @extschema@.fiscal_calendar) IS
	'one amount of a schedule kept in another calendar, split by days over the target calendar''s fiscal years (shares sum exactly)';

DROP FUNCTION @extschema@.rebucket(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar);
CREATE FUNCTION @extschema@.rebucket(amount @extschema@.currency_amount, source @extschema@.agreement_period, target @extschema@.fiscal_calendar)
	RETURNS SETOF @extschema@.fiscal_year_share
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 2 SUPPORT @extschema@.proration_rows_support
BEGIN ATOMIC
	SELECT a.fiscal_year, a.part, a.share
	FROM @extschema@.prorate(amount, source, target, 'days') a;
END;
COMMENT ON FUNCTION @extschema@.rebucket(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar) IS
	'one amount of a schedule kept in another calendar, split by days over the target calendar''s fiscal years (shares sum exactly); sum the shares per target year to re-bucket a schedule';

-- ---------------------------------------------------------------- host-neutral built-in cost categories

/*
 * The installed categories become those of any host.  0.1.0 installed two
 * of Japan's own, training_relocation and training_equipment; items may
 * refer to them, so they are kept, as the user's rows (builtin = false,
 * dumped from now on), under the new installed category training.  A user
 * category that already has the code of a new installed one (training,
 * logistics, other) stays the user's, as it is.  The guard trigger refuses
 * any change to installed rows, so it is off while they change.
 */
ALTER TABLE @extschema@.cost_category DISABLE TRIGGER cost_category_guard_builtin;
INSERT INTO @extschema@.cost_category (code, name, parent, description, builtin) VALUES
	('training', 'Training', NULL,
	 'Costs of the stationed forces'' training borne by the host: ranges, relocation, equipment', true),
	('logistics', 'Logistics support', NULL,
	 'Supplies, services, transport and maintenance the host provides or pays for', true),
	('other', 'Other costs', NULL,
	 'A known kind of cost outside the categories above', true)
ON CONFLICT (code) DO NOTHING;
UPDATE @extschema@.cost_category SET builtin = false, parent = 'training'
WHERE code IN ('training_relocation', 'training_equipment') AND builtin;
UPDATE @extschema@.cost_category
SET description = 'Pay and employer''s costs of the host-country workers employed for the stationed forces'
WHERE code = 'labor' AND builtin;
UPDATE @extschema@.cost_category
SET name = 'Facilities and construction',
	description = 'Construction, improvement and upkeep of facilities used by the stationed forces'
WHERE code = 'facilities_improvement' AND builtin;
ALTER TABLE @extschema@.cost_category ENABLE TRIGGER cost_category_guard_builtin;
COMMENT ON TABLE @extschema@.cost_category IS
	'Hierarchy of the kinds of cost a party bears (labor, utilities, facilities, training, logistics, ...); users add a host''s own, rename and remove them';

-- ---------------------------------------------------------------- exchange rates: unknown names are errors, cross rates through USD, both conversions in burden_vs_demand

/*
 * rate_in_force gains cross rates through USD (its second leg in via_*
 * columns) and missing_ok, and errs (42704) on a provider or pair of which
 * no rate is stored; burden_in_currency says per row what is missing and
 * names both legs; burden_vs_demand converts at the year's rate beside the
 * demand's day.  New result columns: the functions and the view are dropped
 * and made again (nothing else depends on them).
 */
DROP FUNCTION @extschema@.burden_in_currency(@extschema@.currency, text);
DROP FUNCTION @extschema@.rate_in_force(@extschema@.currency, @extschema@.currency, @extschema@.agreement_period, text);

-- ---------------------------------------------------------------- rate_in_force

/*
 * The stored rate in force for a span (a fiscal year, or one day), for one
 * pair of currencies:
 *   1. an average rate covering at least half of the span, the one covering it
 *      most (so the calendar-year average of the year holding most of a
 *      fiscal year), ties to the later start;
 *   2. else the latest rate of any kind that starts no later than the span.
 * Either direction of the pair serves (JPY->USD uses a USD/JPY rate
 * inverted).  provider, when given, limits the choice to that provider.
 * No row when nothing qualifies; rate_in_force, built on it, adds cross
 * rates and the errors.
 *
 * Both give at most one row and declare ROWS 1: with the default estimate
 * of 1000 rows, every view that looks a rate up per row was planned as
 * 1000 times larger than it is, which on a few dozen rows passed
 * jit_above_cost and spent a second compiling.
 *
 * rate_in_force_direct is PL/pgSQL, whose plan is kept for the session:
 * as a SQL function with a pinned search_path it was planned anew at every
 * call from rate_in_force, about a millisecond for each row of a view that
 * converts (PostgreSQL 15), and a SQL function the planner inlines instead
 * is refused by Citus over its tables (doc/citus.md).  Its plan is the
 * generic one, made once (plan_cache_mode): the same index searches serve
 * every span, and with millions of rates on file PL/pgSQL's own choice
 * kept planning each call afresh: over three million rates, 0.5 ms a
 * lookup where the generic plan takes 0.13 ms.  Its two indexes are on
 * exchange_rate.
 */
CREATE TYPE @extschema@.exchange_rate_choice AS (
	rate			numeric,
	inverted		boolean,
	base_currency	@extschema@.currency,
	quote_currency	@extschema@.currency,
	rate_period		@extschema@.agreement_period,
	rate_kind		text,
	rate_provider	text,
	rate_source		text,
	rule			text
);
COMMENT ON TYPE @extschema@.exchange_rate_choice IS
	'A row of rate_in_force_direct: the stored rate chosen for a pair and a span, whether it is used inverted, and the rule that chose it';
CREATE FUNCTION @extschema@.rate_in_force_direct(
	from_currency @extschema@.currency,
	to_currency @extschema@.currency,
	within @extschema@.agreement_period,
	provider text DEFAULT NULL)
RETURNS SETOF @extschema@.exchange_rate_choice
ROWS 1
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan
AS $$
BEGIN
	RETURN QUERY
	SELECT c.rate, c.base_currency OPERATOR(@extschema@.<>) from_currency, c.base_currency, c.quote_currency,
		   c.period, c.kind, c.provider, c.source,
		   CASE WHEN v.covers THEN 'average over the period' ELSE 'latest earlier rate' END
	FROM (
		/*
		 * The rates that may be chosen, from two index searches rather than
		 * every rate of the pair: the averages overlapping the span (the
		 * only rates with days in it, so any of them that qualifies comes
		 * before every rate without), and in each direction the latest rate
		 * starting no later than the span, the first of the rest in the
		 * order below.
		 */
		SELECT r.id, r.rate, r.base_currency, r.quote_currency, r.period, r.kind, r.provider, r.source
		FROM @extschema@.exchange_rates r
		WHERE r.kind OPERATOR(pg_catalog.=) 'average' AND r.period OPERATOR(@extschema@.&&) within
		  AND ((r.base_currency OPERATOR(@extschema@.=) from_currency
				AND r.quote_currency OPERATOR(@extschema@.=) to_currency)
			   OR (r.base_currency OPERATOR(@extschema@.=) to_currency
				   AND r.quote_currency OPERATOR(@extschema@.=) from_currency))
		  AND ($4 IS NULL OR r.provider OPERATOR(pg_catalog.=) $4)
		UNION ALL
		(SELECT r.id, r.rate, r.base_currency, r.quote_currency, r.period, r.kind, r.provider, r.source
		 FROM @extschema@.exchange_rates r
		 WHERE r.base_currency OPERATOR(@extschema@.=) from_currency
		   AND r.quote_currency OPERATOR(@extschema@.=) to_currency
		   AND @extschema@.lower(r.period) OPERATOR(pg_catalog.<=) @extschema@.lower(within)
		   AND ($4 IS NULL OR r.provider OPERATOR(pg_catalog.=) $4)
		 ORDER BY @extschema@.lower(r.period) DESC, r.provider, r.id
		 LIMIT 1)
		UNION ALL
		(SELECT r.id, r.rate, r.base_currency, r.quote_currency, r.period, r.kind, r.provider, r.source
		 FROM @extschema@.exchange_rates r
		 WHERE r.base_currency OPERATOR(@extschema@.=) to_currency
		   AND r.quote_currency OPERATOR(@extschema@.=) from_currency
		   AND @extschema@.lower(r.period) OPERATOR(pg_catalog.<=) @extschema@.lower(within)
		   AND ($4 IS NULL OR r.provider OPERATOR(pg_catalog.=) $4)
		 ORDER BY @extschema@.lower(r.period) DESC, r.provider, r.id
		 LIMIT 1)
	) c
		CROSS JOIN LATERAL (
			SELECT CASE WHEN c.kind OPERATOR(pg_catalog.=) 'average' AND c.period OPERATOR(@extschema@.&&) within
						THEN @extschema@.days(c.period OPERATOR(@extschema@.*) within)
						ELSE 0 END AS overlap
		) o
		CROSS JOIN LATERAL (
			SELECT 2 OPERATOR(pg_catalog.*) o.overlap OPERATOR(pg_catalog.>=) @extschema@.days(within)
				   AND o.overlap OPERATOR(pg_catalog.>) 0 AS covers
		) v
	WHERE from_currency OPERATOR(@extschema@.<>) to_currency
	  AND (v.covers OR @extschema@.lower(c.period) OPERATOR(pg_catalog.<=) @extschema@.lower(within))
	ORDER BY v.covers DESC,
			 o.overlap DESC,
			 @extschema@.lower(c.period) DESC,
			 c.provider, c.id
	LIMIT 1;
END
$$;
COMMENT ON FUNCTION @extschema@.rate_in_force_direct(@extschema@.currency, @extschema@.currency, @extschema@.agreement_period, text) IS
	'The stored rate of one pair (either direction) in force for a span: the average covering most of it (at least half), else the latest earlier rate; no row if none';

/*
 * The rate in force for a span, directly or through the pivot currency USD
 * (doc/schema.md, "Exchange rates"):
 *   - a rate of the pair itself, if one is in force for the span
 *     (rate_in_force_direct), wins;
 *   - else, when neither currency is USD, a cross rate: from -> USD and
 *     USD -> to, each leg chosen by the same rule for the same span (and the
 *     same provider, when one is given); the via_* columns name the second
 *     leg.  convert_at with both legs multiplies and divides once and
 *     rounds once, at the end.
 * Errors rather than a silent NULL, for a name that is wrong rather than a
 * year that is missing:
 *   - a provider of which no rate is stored: 42704, naming it and those on
 *     file;
 *   - a pair that has no rate at all, directly or through USD (of that
 *     provider): 42704, naming the pair.  missing_ok = true returns no row
 *     instead (for views that convert many rows, each saying what is
 *     missing).
 * A pair that has rates, none of them in force for the span, gives no row.
 * The same currency twice gives no row (nothing to convert).
 */
CREATE TYPE @extschema@.exchange_rate_in_force AS (
	rate				numeric,
	inverted			boolean,
	base_currency		@extschema@.currency,
	quote_currency		@extschema@.currency,
	rate_period			@extschema@.agreement_period,
	rate_kind			text,
	rate_provider		text,
	rate_source			text,
	rule				text,
	via_currency		@extschema@.currency,
	via_rate			numeric,
	via_inverted		boolean,
	via_base_currency	@extschema@.currency,
	via_quote_currency	@extschema@.currency,
	via_rate_period		@extschema@.agreement_period,
	via_rate_kind		text,
	via_rate_provider	text,
	via_rate_source		text
);
COMMENT ON TYPE @extschema@.exchange_rate_in_force IS
	'A row of rate_in_force: the rate in force for a pair and a span, and for a cross rate through USD its second leg (via_*)';
CREATE FUNCTION @extschema@.rate_in_force(
	from_currency @extschema@.currency,
	to_currency @extschema@.currency,
	within @extschema@.agreement_period,
	provider text DEFAULT NULL,
	missing_ok boolean DEFAULT false)
RETURNS SETOF @extschema@.exchange_rate_in_force
ROWS 1
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
	pivot		@extschema@.currency := 'USD'::@extschema@.currency;
	leg1		record;
	leg2		record;
	known		boolean;
BEGIN
	IF from_currency OPERATOR(@extschema@.=) to_currency THEN
		RETURN;
	END IF;
	-- the pair's own rate, returned by the query that finds it (one query a lookup)
	RETURN QUERY SELECT d.rate, d.inverted, d.base_currency, d.quote_currency,
			d.rate_period, d.rate_kind, d.rate_provider, d.rate_source, d.rule,
			NULL::@extschema@.currency, NULL::numeric, NULL::boolean, NULL::@extschema@.currency,
			NULL::@extschema@.currency, NULL::@extschema@.agreement_period, NULL::text, NULL::text, NULL::text
		FROM @extschema@.rate_in_force_direct(from_currency, to_currency, within, $4) d;
	IF FOUND THEN
		RETURN;
	END IF;

	IF from_currency OPERATOR(@extschema@.<>) pivot AND to_currency OPERATOR(@extschema@.<>) pivot THEN
		SELECT * INTO leg1 FROM @extschema@.rate_in_force_direct(from_currency, pivot, within, $4);
		IF FOUND THEN
			SELECT * INTO leg2 FROM @extschema@.rate_in_force_direct(pivot, to_currency, within, $4);
			IF FOUND THEN
				RETURN QUERY SELECT leg1.rate, leg1.inverted, leg1.base_currency, leg1.quote_currency,
					leg1.rate_period, leg1.rate_kind, leg1.rate_provider, leg1.rate_source,
					'through USD: ' || leg1.rule || ', then ' || leg2.rule,
					pivot, leg2.rate, leg2.inverted, leg2.base_currency, leg2.quote_currency,
					leg2.rate_period, leg2.rate_kind, leg2.rate_provider, leg2.rate_source;
				RETURN;
			END IF;
		END IF;
	END IF;

	/*
	 * Nothing in force for the span.  A provider of which no rate is stored
	 * is a name typed wrong, an error even when missing_ok: it is checked
	 * here, once nothing was found, rather than first, so that a lookup that
	 * finds its rate (the provider then has one) pays nothing for it.
	 */
	IF $4 IS NOT NULL THEN
		IF NOT EXISTS (SELECT 1 FROM @extschema@.exchange_rates r WHERE r.provider = $4) THEN
			RAISE EXCEPTION 'no exchange rate from provider "%" is on file', $4
				USING ERRCODE = 'undefined_object',
					DETAIL = format('Providers on file: %s.',
						coalesce((SELECT string_agg(DISTINCT r.provider, ', ' ORDER BY r.provider)
								  FROM @extschema@.exchange_rates r), 'none')),
					HINT = 'Give a provider as stored in exchange_rate.provider, or NULL for any.';
		END IF;
	END IF;
	IF missing_ok THEN
		RETURN;
	END IF;
	-- a gap in the years, or no such pair?
	SELECT @extschema@.rate_pair_on_file(from_currency, to_currency, $4)
		OR (from_currency OPERATOR(@extschema@.<>) pivot AND to_currency OPERATOR(@extschema@.<>) pivot
			AND @extschema@.rate_pair_on_file(from_currency, pivot, $4)
			AND @extschema@.rate_pair_on_file(pivot, to_currency, $4))
		INTO known;
	IF NOT known THEN
		RAISE EXCEPTION 'no exchange rate between % and % is on file%', from_currency, to_currency,
			CASE WHEN $4 IS NULL THEN '' ELSE format(' from provider "%s"', $4) END
			USING ERRCODE = 'undefined_object',
				DETAIL = format('Neither a %s/%s rate nor both %s/USD and USD/%s rates are stored.',
					from_currency, to_currency, from_currency, to_currency),
				HINT = 'Check the currency codes, or add rates to exchange_rate.';
	END IF;
	RETURN;
END
$$;
COMMENT ON FUNCTION @extschema@.rate_in_force(@extschema@.currency, @extschema@.currency, @extschema@.agreement_period, text, boolean) IS
	'The exchange rate in force for a span: the pair''s own (average covering most of it, else latest earlier), else a cross rate through USD with both legs named; an unknown provider or pair is an error (42704) unless missing_ok; no row for a span without a rate';

-- Whether any rate of the pair (either direction, of the provider if given) is stored.
CREATE FUNCTION @extschema@.rate_pair_on_file(a @extschema@.currency, b @extschema@.currency,
											  provider text DEFAULT NULL)
RETURNS boolean
LANGUAGE sql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT EXISTS (
		SELECT 1 FROM @extschema@.exchange_rates r
		WHERE ((r.base_currency OPERATOR(@extschema@.=) a AND r.quote_currency OPERATOR(@extschema@.=) b)
			   OR (r.base_currency OPERATOR(@extschema@.=) b AND r.quote_currency OPERATOR(@extschema@.=) a))
		  AND ($3 IS NULL OR r.provider = $3))
$$;
COMMENT ON FUNCTION @extschema@.rate_pair_on_file(@extschema@.currency, @extschema@.currency, text) IS
	'True if any rate between the two currencies (either direction, of the provider if given) is stored';

-- ---------------------------------------------------------------- convert_at through two legs

/*
 * Convert through two legs (a cross rate of rate_in_force): the amount is
 * multiplied by the legs that multiply and divided, once, by the product of
 * those that divide, then rounded once, half to even, to the target's minor
 * units; no intermediate amount in the pivot currency is rounded.  With
 * via_rate NULL it is the one-leg convert_at.
 */
CREATE FUNCTION @extschema@.convert_at(x @extschema@.currency_amount, target @extschema@.currency,
									   rate numeric, inverted boolean,
									   via_rate numeric, via_inverted boolean)
RETURNS @extschema@.currency_amount
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE
		WHEN @extschema@.currency(x) OPERATOR(@extschema@.=) target THEN x
		WHEN via_rate IS NULL THEN @extschema@.convert_at(x, target, rate, inverted)
		ELSE @extschema@.currency_amount(
			@extschema@.amount(x)
				OPERATOR(pg_catalog.*) (CASE WHEN inverted THEN 1::numeric ELSE rate END)
				OPERATOR(pg_catalog.*) (CASE WHEN via_inverted THEN 1::numeric ELSE via_rate END)
				OPERATOR(pg_catalog./) ((CASE WHEN inverted THEN rate ELSE 1::numeric END)
										OPERATOR(pg_catalog.*) (CASE WHEN via_inverted THEN via_rate ELSE 1::numeric END)),
			target, 'half_even') END
$$;
COMMENT ON FUNCTION @extschema@.convert_at(@extschema@.currency_amount, @extschema@.currency, numeric, boolean, numeric, boolean) IS
	'x converted into target through two legs (rate, then via_rate, each inverted or not): one division, rounded half to even once at the end';

/*
 * burden_in_currency and burden_vs_demand, dropped above, are made again in
 * their final form by the coverage section below (they read the views it
 * re-creates); so is burden_in_currency(text, text), after them.
 */

-- ---------------------------------------------------------------- exchange_rate: indexes for rate_in_force
-- The pair index gains the start of the period, and the averages a GiST
-- index on it, so that a rate lookup reads the rates it may choose, not
-- every rate of the pair.
DROP INDEX @extschema@.exchange_rate_pair_idx;
CREATE INDEX exchange_rate_pair_start_idx
	ON @extschema@.exchange_rate (base_currency, quote_currency, @extschema@.lower(period));
CREATE INDEX exchange_rate_average_period_idx
	ON @extschema@.exchange_rate USING gist (period) WHERE kind = 'average';

-- ---------------------------------------------------------------- sum_by_currency with a SQL state type
-- 0.1.0 kept sum_by_currency's state as internal with serialize and
-- deserialize functions, which Citus cannot split between its workers and
-- its coordinator.  ALTER AGGREGATE cannot change a state type, so the
-- aggregate is dropped and created again over currency_amount_by_currency_state
-- (no view or function of the extension uses sum_by_currency).  The C
-- symbols of the old support functions stay in the library for databases
-- not yet updated.
DROP AGGREGATE @extschema@.sum_by_currency(@extschema@.currency_amount);
DROP FUNCTION @extschema@.currency_amount_by_currency_final(internal);
DROP FUNCTION @extschema@.currency_amount_by_currency_deserialize(bytea, internal);
DROP FUNCTION @extschema@.currency_amount_by_currency_serialize(internal);
DROP FUNCTION @extschema@.currency_amount_by_currency_combine(internal, internal);
DROP FUNCTION @extschema@.currency_amount_by_currency_trans(internal, @extschema@.currency_amount);
CREATE TYPE @extschema@.currency_amount_by_currency_state;
CREATE FUNCTION @extschema@.currency_amount_by_currency_state_in(cstring) RETURNS @extschema@.currency_amount_by_currency_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.currency_amount_by_currency_state_out(@extschema@.currency_amount_by_currency_state) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.currency_amount_by_currency_state_recv(internal) RETURNS @extschema@.currency_amount_by_currency_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.currency_amount_by_currency_state_send(@extschema@.currency_amount_by_currency_state) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.currency_amount_by_currency_state (
	INPUT = @extschema@.currency_amount_by_currency_state_in,
	OUTPUT = @extschema@.currency_amount_by_currency_state_out,
	RECEIVE = @extschema@.currency_amount_by_currency_state_recv,
	SEND = @extschema@.currency_amount_by_currency_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.currency_amount_by_currency_state IS
	'partial state of sum_by_currency: per currency, sorted by code, the scale, 128-bit sum of units and row count';
COMMENT ON FUNCTION @extschema@.currency_amount_by_currency_state_in(cstring) IS
	'sum_by_currency state input: "empty" or "<code> <scale> <sum of units> <count>" entries separated by ", ", sorted by code';
COMMENT ON FUNCTION @extschema@.currency_amount_by_currency_state_out(@extschema@.currency_amount_by_currency_state) IS
	'sum_by_currency state output: "empty" or "<code> <scale> <sum of units> <count>" entries separated by ", ", sorted by code';
COMMENT ON FUNCTION @extschema@.currency_amount_by_currency_state_recv(internal) IS
	'sum_by_currency state binary input: version, entry count, and per entry code, scale, 128-bit sum and row count';
COMMENT ON FUNCTION @extschema@.currency_amount_by_currency_state_send(@extschema@.currency_amount_by_currency_state) IS
	'sum_by_currency state binary output: version, entry count, and per entry code, scale, 128-bit sum and row count';

CREATE FUNCTION @extschema@.currency_amount_by_currency_state_trans(@extschema@.currency_amount_by_currency_state, @extschema@.currency_amount)
	RETURNS @extschema@.currency_amount_by_currency_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.currency_amount_by_currency_state_combine(@extschema@.currency_amount_by_currency_state, @extschema@.currency_amount_by_currency_state)
	RETURNS @extschema@.currency_amount_by_currency_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.currency_amount_by_currency_state_final(@extschema@.currency_amount_by_currency_state) RETURNS @extschema@.currency_amount[]
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.currency_amount_by_currency_state_trans(@extschema@.currency_amount_by_currency_state, @extschema@.currency_amount) IS
	'sum_by_currency transition: add one amount to its currency''s total (in place inside an aggregate)';
COMMENT ON FUNCTION @extschema@.currency_amount_by_currency_state_combine(@extschema@.currency_amount_by_currency_state, @extschema@.currency_amount_by_currency_state) IS
	'sum_by_currency combine: merge two partial states, adding the totals of a currency both hold';
COMMENT ON FUNCTION @extschema@.currency_amount_by_currency_state_final(@extschema@.currency_amount_by_currency_state) IS
	'sum_by_currency final: one total per currency, ordered by code; NULL for no rows';

CREATE AGGREGATE @extschema@.sum_by_currency(@extschema@.currency_amount) (
	SFUNC = @extschema@.currency_amount_by_currency_state_trans,
	STYPE = @extschema@.currency_amount_by_currency_state,
	COMBINEFUNC = @extschema@.currency_amount_by_currency_state_combine,
	FINALFUNC = @extschema@.currency_amount_by_currency_state_final,
	INITCOND = 'empty',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum_by_currency(@extschema@.currency_amount) IS
	'one total per currency, as an array ordered by currency code; NULL for no rows';

-- ================================================================ coverage as data and shapes BI tools cannot misuse
-- (src/schema/10_tables.sql: burden_item.status; src/schema/30_coverage.sql,
-- src/schema/40_burden.sql, src/schema/50_burden_more.sql)
--
-- A burden item may record a known-unknown amount: status 'unknown', amount
-- NULL.  burden_coverage shows which fiscal years of each agreement are on
-- file; the aggregate views carry complete and fiscal-year counts;
-- burden_by_category and burden_by_period_category become detail only, their
-- former shapes renamed burden_by_category_rollup and
-- burden_by_period_category_rollup.  The changed views and every view
-- depending on them are dropped and created again, with their comments and
-- grants.  burden_in_currency and burden_vs_demand, created by the section
-- on rates above, are dropped and created here in their final form: the
-- rate columns of that section with this one's no-amount rows, reported
-- totals and coverage columns, and burden_in_currency(text, text) after
-- them, with the same columns.

ALTER TABLE @extschema@.burden_item ALTER COLUMN amount DROP NOT NULL;
ALTER TABLE @extschema@.burden_item
	ADD COLUMN status text NOT NULL DEFAULT 'reported'
		CHECK (status IN ('reported', 'unknown'));
ALTER TABLE @extschema@.burden_item
	ADD CONSTRAINT burden_item_amount_status
		CHECK ((amount IS NULL) = (status OPERATOR(pg_catalog.=) 'unknown'));
COMMENT ON COLUMN @extschema@.burden_item.amount IS 'The amount, in the agreement''s currency unless other_currency; NULL exactly when status is unknown';
COMMENT ON COLUMN @extschema@.burden_item.status IS
	'reported (amount given) or unknown (the span and category are known to carry an amount that is not on file; amount NULL, currency the agreement''s)';

DROP VIEW @extschema@.burden_by_stationed_calendar;
DROP VIEW @extschema@.burden_by_period_category;
DROP VIEW @extschema@.burden_by_period;
DROP VIEW @extschema@.burden_allocation;
-- prorate_pieces returns the named row type fiscal_year_share rather than
-- an anonymous record (src/proration/20_proration.sql says why); only
-- burden_allocation, dropped just above, calls it.
DROP FUNCTION costshare_internal.prorate_pieces(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text);
CREATE FUNCTION costshare_internal.prorate_pieces(amount @extschema@.currency_amount, period @extschema@.agreement_period,
	calendar @extschema@.fiscal_calendar, method text)
	RETURNS SETOF @extschema@.fiscal_year_share
	AS 'MODULE_PATHNAME', 'allocate_currency_amount' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
	ROWS 2 SUPPORT @extschema@.proration_rows_support;
COMMENT ON FUNCTION costshare_internal.prorate_pieces(@extschema@.currency_amount, @extschema@.agreement_period, @extschema@.fiscal_calendar, text) IS
	'the split of prorate as one record per piece; call prorate instead';

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

-- ---------------------------------------------------------------- agreement_period: && as a function, for joins to a key's periods
-- burden_allocation, created just below, joins the items to their
-- agreement's fiscal years with it (agreement_period_selfuncs.c).
CREATE FUNCTION @extschema@.agreement_period_overlaps_support(internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.agreement_period_overlaps_support(internal) IS
	'planner support of costshare_internal.overlaps_within_key: a GiST index on either argument serves it as &&';
CREATE FUNCTION costshare_internal.overlaps_within_key(@extschema@.agreement_period, @extschema@.agreement_period) RETURNS boolean
	AS 'MODULE_PATHNAME', 'agreement_period_overlaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
	SUPPORT @extschema@.agreement_period_overlaps_support;
COMMENT ON FUNCTION costshare_internal.overlaps_within_key(@extschema@.agreement_period, @extschema@.agreement_period) IS
	'&& for a join of rows to the periods of their own key, estimated given the key rather than as independent of it';

-- ---------------------------------------------------------------- burden_allocation

/*
 * burden_allocation: every burden item spread over the fiscal years of its
 * host's calendar, exactly (the parts of an item sum to the item).  The base
 * of the other views; not granted to the reader, since it shows items one by
 * one.
 *
 * Each agreement's fiscal years (fiscal_years over its span, a few rows per
 * agreement, in its host's calendar) are joined to the items on the
 * agreement and on the overlap of the item's period with the year: one row
 * per item and fiscal year it touches, the years the split gives, since an
 * item lies inside its agreement.  An item within one fiscal year (the
 * usual case, a budget line) is its own only part, whole; the share of an
 * item over several years comes from prorate_share, as the split gives it.
 * The shares keep the item's currency and scale.
 *
 * So a filter on the fiscal year, like one on the host or the agreement,
 * lands on the agreements' years, and the planner can fetch the items of
 * each year kept by its agreement and its period at once, through
 * burden_item_agreement_period_idx (GiST over both); one on the category
 * uses burden_item_category_idx.  Unfiltered, the items are read once and each
 * probes a hash of the agreements' years.  The overlap is written as
 * costshare_internal.overlaps_within_key, && as a function call: as the
 * operator, its estimate multiplied by the agreement's would expect a
 * fraction of the rows (agreement_period_selfuncs.c).  The years are kept
 * whole (OFFSET 0): each agreement's are computed once, and the planner
 * sees one set of rows to hash or to loop over.
 *
 * An open-ended agreement has no last fiscal year: its years are cut to the
 * span of the items of all open-ended agreements, one lookup through
 * burden_item_agreement_idx that does not refer to the agreement row (Citus
 * plans such a subquery once, never one per row), made only when such an
 * agreement is read.  The years it adds hold no item of that agreement and
 * join to nothing.
 *
 * The items kept are those with an amount: the table's check
 * burden_item_amount_status makes that status = 'reported' exactly.
 */
CREATE VIEW @extschema@.burden_allocation WITH (security_invoker = false) AS
SELECT
	s.item_id,
	s.agreement_code,
	s.host_party,
	s.stationed_party,
	s.category,
	s.basis,
	s.allocation_method,
	s.fiscal_calendar,
	s.fiscal_year,
	s.part_period,
	s.amount,
	-- plain twins (doc/schema.md, "Views")
	s.fiscal_calendar::text AS fiscal_calendar_name,
	@extschema@.lower(s.part_period) AS part_start_date,
	@extschema@.last_day(s.part_period) AS part_end_date,
	@extschema@.amount(s.amount) AS amount_value,
	s.currency_code
FROM (
	SELECT
		bi.id AS item_id,
		y.code AS agreement_code,
		y.host_party,
		y.stationed_party,
		bi.category,
		bi.basis,
		COALESCE(bi.allocation_method, y.allocation_method) AS allocation_method,
		y.fiscal_calendar,
		y.fiscal_year,
		CASE WHEN bi.period OPERATOR(@extschema@.<@) y.part THEN bi.period
			 ELSE bi.period OPERATOR(@extschema@.*) y.part END AS part_period,
		CASE WHEN bi.period OPERATOR(@extschema@.<@) y.part THEN bi.amount
			 ELSE costshare_internal.prorate_share(bi.amount, bi.period, y.fiscal_calendar,
				  COALESCE(bi.allocation_method, y.allocation_method), y.fiscal_year) END AS amount,
		-- the share's currency is the item's: read from the item, it is the
		-- expression of the statistics burden_item_currencies, so the planner
		-- counts the currencies of a grouping by it
		@extschema@.currency(bi.amount)::text AS currency_code
	FROM (
		SELECT ag.code, ag.host_party, ag.stationed_party, ag.allocation_method, ag.fiscal_calendar,
			   fy.fiscal_year, fy.part
		FROM (
			SELECT a.code, a.host_party, a.stationed_party, a.allocation_method, h.fiscal_calendar,
				   CASE WHEN @extschema@.isfinite(a.period) THEN a.period
						ELSE a.period OPERATOR(@extschema@.*) (
							SELECT @extschema@.agreement_period(pg_catalog.min(@extschema@.lower(b.period)),
																pg_catalog.max(@extschema@.upper(b.period)))
							FROM @extschema@.burden_item b
							WHERE b.agreement OPERATOR(pg_catalog.=) ANY (ARRAY(
								SELECT o.code FROM @extschema@.agreement o
								WHERE NOT @extschema@.isfinite(o.period)))) END AS span
			FROM @extschema@.agreement a
				JOIN @extschema@.party h ON h.code = a.host_party
		) ag
			CROSS JOIN LATERAL @extschema@.fiscal_years(ag.span, ag.fiscal_calendar) fy
		OFFSET 0
	) y
		JOIN @extschema@.burden_item bi
			ON bi.agreement = y.code AND costshare_internal.overlaps_within_key(bi.period, y.part)
	-- an unknown amount has nothing to spread (burden_coverage shows it)
	WHERE bi.amount IS NOT NULL
) s;
COMMENT ON VIEW @extschema@.burden_allocation IS
	'Each reported burden item spread over the fiscal years of its host''s calendar by its allocation method; the parts sum exactly to the item';
COMMENT ON COLUMN @extschema@.burden_allocation.item_id IS 'The burden item';
COMMENT ON COLUMN @extschema@.burden_allocation.agreement_code IS 'Agreement of the item';
COMMENT ON COLUMN @extschema@.burden_allocation.host_party IS 'Host party of the agreement';
COMMENT ON COLUMN @extschema@.burden_allocation.stationed_party IS 'Stationed party of the agreement';
COMMENT ON COLUMN @extschema@.burden_allocation.category IS 'Cost category of the item';
COMMENT ON COLUMN @extschema@.burden_allocation.basis IS 'Basis of the item (ceiling, budget, contract, settled)';
COMMENT ON COLUMN @extschema@.burden_allocation.allocation_method IS 'Method used to spread the item: the item''s, else the agreement''s';
COMMENT ON COLUMN @extschema@.burden_allocation.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_allocation.fiscal_year IS 'Fiscal year of the host''s calendar';
COMMENT ON COLUMN @extschema@.burden_allocation.part_period IS 'The part of the item''s period in that fiscal year';
COMMENT ON COLUMN @extschema@.burden_allocation.amount IS 'The item''s part for that fiscal year';
COMMENT ON COLUMN @extschema@.burden_allocation.fiscal_calendar_name IS 'fiscal_calendar as text';
COMMENT ON COLUMN @extschema@.burden_allocation.part_start_date IS 'First day of part_period';
COMMENT ON COLUMN @extschema@.burden_allocation.part_end_date IS 'Last day of part_period (inclusive)';
COMMENT ON COLUMN @extschema@.burden_allocation.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_allocation.currency_code IS 'ISO 4217 code of amount';

-- ---------------------------------------------------------------- burden_parts

/*
 * The parts of burden_allocation summed per agreement, basis, category,
 * span and currency, for the views that sum the parts by fiscal year and
 * category (burden_by_period_category, its rollup, burden_change) or by
 * span (burden_by_stationed_calendar) rather than show them.  The items are grouped by span first: a span
 * within one of the host's fiscal years is its own part of that year,
 * whole, with its total, so the usual item is never split one by one; the
 * items of a span over several years are spread as burden_allocation
 * spreads them (prorate_pieces, each item rounded on its own), fetched by
 * agreement and span through burden_item_agreement_period_idx.  item_count
 * counts an item once in each fiscal year it reaches, as a count of
 * burden_allocation's rows does.
 *
 * Grouped this way the planner counts the groups from the statistics of
 * the items (burden_item_category_spans); grouped from burden_allocation by
 * agreement, fiscal year and category, it expected each item to be a group
 * of its own and sorted them all, on disk at the default work_mem.  Not
 * granted: the views show it.
 */
CREATE STATISTICS @extschema@.burden_item_category_spans (ndistinct)
	ON agreement, basis, category, period, (@extschema@.currency(amount))
	FROM @extschema@.burden_item;
COMMENT ON STATISTICS @extschema@.burden_item_category_spans IS
	'Distinct spans of the burden items per agreement, basis, category and currency, for the estimates of costshare_internal.burden_parts';

CREATE VIEW costshare_internal.burden_parts WITH (security_invoker = false) AS
WITH spans AS (
	SELECT t.agreement, a.host_party, a.stationed_party, t.basis, t.category, t.period, t.cur,
		   t.amount, t.items, a.allocation_method, h.fiscal_calendar,
		   @extschema@.fiscal_year(@extschema@.lower(t.period), h.fiscal_calendar) AS first_year,
		   @extschema@.fiscal_year(@extschema@.last_day(t.period), h.fiscal_calendar) AS last_year
	FROM (
		SELECT i.agreement, i.basis, i.category, i.period, @extschema@.currency(i.amount) AS cur,
			   @extschema@.sum(i.amount) AS amount, pg_catalog.count(*) AS items
		FROM @extschema@.burden_item i
		WHERE i.amount IS NOT NULL
		GROUP BY i.agreement, i.basis, i.category, i.period, @extschema@.currency(i.amount)
	) t
		JOIN @extschema@.agreement a ON a.code = t.agreement
		JOIN @extschema@.party h ON h.code = a.host_party
)
SELECT s.agreement AS agreement_code, s.host_party, s.stationed_party, s.basis, s.category,
	   s.fiscal_calendar, s.first_year AS fiscal_year, s.period AS part_period,
	   s.cur::text AS currency_code, s.amount, s.items AS item_count
FROM spans s
WHERE s.first_year OPERATOR(pg_catalog.=) s.last_year
UNION ALL
SELECT s.agreement, s.host_party, s.stationed_party, s.basis, s.category,
	   s.fiscal_calendar, (pc.piece).fiscal_year, (pc.piece).part,
	   s.cur::text, (pc.piece).share, 1::bigint
FROM spans s
	JOIN @extschema@.burden_item bi
		ON bi.agreement = s.agreement AND bi.basis = s.basis AND bi.category = s.category
	   AND bi.period OPERATOR(@extschema@.=) s.period
	   AND @extschema@.currency(bi.amount) OPERATOR(@extschema@.=) s.cur
	CROSS JOIN LATERAL (
		SELECT costshare_internal.prorate_pieces(bi.amount, bi.period, s.fiscal_calendar,
			COALESCE(bi.allocation_method, s.allocation_method)) AS piece) pc
WHERE s.first_year OPERATOR(pg_catalog.<>) s.last_year;
COMMENT ON VIEW costshare_internal.burden_parts IS
	'burden_allocation''s parts summed per agreement, basis, category, span and currency: a span within one fiscal year whole, the items of a span over several spread one by one';
COMMENT ON COLUMN costshare_internal.burden_parts.agreement_code IS 'Agreement';
COMMENT ON COLUMN costshare_internal.burden_parts.host_party IS 'Host party';
COMMENT ON COLUMN costshare_internal.burden_parts.stationed_party IS 'Stationed party';
COMMENT ON COLUMN costshare_internal.burden_parts.basis IS 'Basis of the items';
COMMENT ON COLUMN costshare_internal.burden_parts.category IS 'Category of the items';
COMMENT ON COLUMN costshare_internal.burden_parts.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN costshare_internal.burden_parts.fiscal_year IS 'Fiscal year of the part (host''s calendar)';
COMMENT ON COLUMN costshare_internal.burden_parts.part_period IS 'Days of the part: the span, or its days in the fiscal year';
COMMENT ON COLUMN costshare_internal.burden_parts.currency_code IS 'ISO 4217 code of amount';
COMMENT ON COLUMN costshare_internal.burden_parts.amount IS 'Sum of the items'' parts on these days';
COMMENT ON COLUMN costshare_internal.burden_parts.item_count IS 'Items with a part on these days';

-- ---------------------------------------------------------------- burden_by_period

/*
 * One row per fiscal year of each agreement and basis (burden_coverage),
 * with the amounts on file: a year with nothing on file, or only unknown
 * amounts, is a row whose amount is NULL and whose state says why, never a
 * skipped row; a year with amounts in several currencies is a row per
 * currency.  complete is true only for a reported year.  The coverage and
 * the amounts are those of costshare_internal.burden_year_amounts, one read
 * of the items: the usual item lies within one fiscal year and comes whole
 * into it, an item over several is spread as burden_allocation does.
 */
CREATE VIEW @extschema@.burden_by_period WITH (security_invoker = false) AS
SELECT
	c.host_party,
	c.stationed_party,
	c.agreement_code,
	c.basis,
	c.fiscal_calendar,
	c.fiscal_year,
	c.fiscal_year_label,
	c.year_period AS period,
	c.start_date,
	c.end_date,
	g.amount,
	@extschema@.amount(g.amount) AS amount_value,
	COALESCE(@extschema@.currency(g.amount)::text, c.currency_code) AS currency_code,
	COALESCE(g.item_count, 0::bigint) AS item_count,
	c.state,
	c.state = 'reported' AS complete,
	CASE WHEN c.state IN ('reported', 'partial') THEN 1::bigint ELSE 0::bigint END AS fiscal_years_summed,
	1::bigint AS fiscal_years_expected,
	c.days_covered,
	c.agreement_days,
	c.days_in_year,
	c.fiscal_calendar_name
FROM costshare_internal.burden_year_amounts c
	-- one row per currency of the year's amounts, or one with none
	LEFT JOIN LATERAL ROWS FROM (pg_catalog.unnest(c.amounts), pg_catalog.unnest(c.amount_items))
		AS g (amount, item_count) ON true;
COMMENT ON VIEW @extschema@.burden_by_period IS
	'Burden per host, stationed party, agreement, basis and fiscal year of the host''s calendar, every fiscal year of the agreement shown with its coverage state; multi-year amounts allocated exactly';
COMMENT ON COLUMN @extschema@.burden_by_period.host_party IS 'Host party (bears the burden)';
COMMENT ON COLUMN @extschema@.burden_by_period.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_period.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_by_period.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_year IS 'Fiscal year number in the host''s calendar';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_year_label IS 'Fiscal year label, for example JFY2021';
COMMENT ON COLUMN @extschema@.burden_by_period.period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN @extschema@.burden_by_period.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_period.amount IS 'Total burden on file for the fiscal year; NULL when state is missing, or unknown with no reported amount';
COMMENT ON COLUMN @extschema@.burden_by_period.amount_value IS 'Total in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_period.currency_code IS 'ISO 4217 code of the amount (the agreement''s when there is none)';
COMMENT ON COLUMN @extschema@.burden_by_period.item_count IS 'Number of reported burden items contributing';
COMMENT ON COLUMN @extschema@.burden_by_period.state IS 'Coverage of the year: reported, partial, unknown or missing (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_by_period.complete IS 'True only when the year is reported: the amount is the whole year''s';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_years_summed IS 'Fiscal years with amounts in the row: 1 or 0';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_years_expected IS 'Fiscal years the row should sum: 1';
COMMENT ON COLUMN @extschema@.burden_by_period.days_covered IS 'Days of the year covered by reported items';
COMMENT ON COLUMN @extschema@.burden_by_period.agreement_days IS 'Days of the year inside the agreement';
COMMENT ON COLUMN @extschema@.burden_by_period.days_in_year IS 'Days in the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period.fiscal_calendar_name IS 'fiscal_calendar as text';

-- ---------------------------------------------------------------- burden_by_category

/*
 * The category hierarchy, for the category views: each category with its
 * depth (0 at the top) and its ancestors from the top down.  The walk
 * carries its path and never enters a category twice, so even a cycle the
 * trigger did not see (rows from before it existed) ends the recursion
 * instead of hanging every reader.  Not granted: the views show it.
 *
 * The recursive walk is inside a function, and the view reads the function:
 * a recursive query in a view would become part of every query over the
 * category views, and Citus refuses a recursive query beside a distributed
 * table (burden_item), while it runs a function in FROM like a reference
 * table.  PL/pgSQL, so the planner cannot inline it back.  The view reads
 * the categories (with its owner's rights, as every view here) and hands
 * them to the function, which reads no table: a function runs with its
 * caller's rights, and the readers of the category views may not read
 * cost_category.
 */
CREATE TYPE costshare_internal.category_link AS (
	ancestor		text,
	descendant		text,
	depth			integer
);
COMMENT ON TYPE costshare_internal.category_link IS
	'A row of costshare_internal.category_closure: a category (descendant), one of its ancestors (or itself) and the steps between';
CREATE FUNCTION costshare_internal.category_closure(codes text[], parents text[])
RETURNS SETOF costshare_internal.category_link
LANGUAGE plpgsql
IMMUTABLE
PARALLEL SAFE
ROWS 50
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN QUERY
	WITH RECURSIVE category (code, parent) AS (
		SELECT u.code, u.parent FROM ROWS FROM (pg_catalog.unnest(codes), pg_catalog.unnest(parents)) AS u(code, parent)
	),
	closure (ancestor, descendant, depth, path) AS (
		SELECT c.code, c.code, 0, ARRAY[c.code]
		FROM category c
		UNION ALL
		SELECT cl.ancestor, c.code, cl.depth + 1, pg_catalog.array_append(cl.path, c.code)
		FROM closure cl
			JOIN category c ON c.parent = cl.descendant
		WHERE c.code <> ALL (cl.path)
	)
	SELECT cl.ancestor, cl.descendant, cl.depth
	FROM closure cl;
END
$$;
COMMENT ON FUNCTION costshare_internal.category_closure(text[], text[]) IS
	'The rows of cost_category_closure from the categories'' codes and parents (in the same order): each category with each of its ancestors, cycles cut';
CREATE VIEW @extschema@.cost_category_closure WITH (security_invoker = false) AS
SELECT cl.ancestor, cl.descendant, cl.depth
FROM costshare_internal.category_closure(
	ARRAY(SELECT c.code FROM @extschema@.cost_category c ORDER BY c.code),
	ARRAY(SELECT c.parent FROM @extschema@.cost_category c ORDER BY c.code)) cl;
COMMENT ON VIEW @extschema@.cost_category_closure IS
	'Each cost category with each of its ancestors (itself included, depth 0), cycles cut';
COMMENT ON COLUMN @extschema@.cost_category_closure.ancestor IS 'A category enclosing descendant, or descendant itself';
COMMENT ON COLUMN @extschema@.cost_category_closure.descendant IS 'The category';
COMMENT ON COLUMN @extschema@.cost_category_closure.depth IS 'Steps from ancestor down to descendant';

/*
 * cost_category_levels: each category's level (0 at the top) and its
 * ancestors at levels 1, 2 and 3 counted from the top (level 1 = top).  A
 * category above a level fills that level with itself, so grouping by any
 * level column partitions every category exactly once.
 */
CREATE VIEW @extschema@.cost_category_levels WITH (security_invoker = false) AS
SELECT
	p.code,
	(pg_catalog.cardinality(p.path) - 1) AS category_level,
	p.path[LEAST(1, pg_catalog.cardinality(p.path))] AS level_1_code,
	p.path[LEAST(2, pg_catalog.cardinality(p.path))] AS level_2_code,
	p.path[LEAST(3, pg_catalog.cardinality(p.path))] AS level_3_code
FROM (
	SELECT cl.descendant AS code,
		   pg_catalog.array_agg(cl.ancestor ORDER BY cl.depth DESC) AS path
	FROM @extschema@.cost_category_closure cl
	GROUP BY cl.descendant
) p;
COMMENT ON VIEW @extschema@.cost_category_levels IS
	'Each cost category''s level and its ancestors at levels 1 to 3 from the top, a category above a level standing for itself';
COMMENT ON COLUMN @extschema@.cost_category_levels.code IS 'The category';
COMMENT ON COLUMN @extschema@.cost_category_levels.category_level IS 'Depth in the hierarchy: 0 at the top';
COMMENT ON COLUMN @extschema@.cost_category_levels.level_1_code IS 'Top-level ancestor';
COMMENT ON COLUMN @extschema@.cost_category_levels.level_2_code IS 'Ancestor at level 2, else the category';
COMMENT ON COLUMN @extschema@.cost_category_levels.level_3_code IS 'Ancestor at level 3, else the category';

/*
 * burden_by_category: detail only.  One row per agreement, basis, currency
 * and the category the items were entered under (no parent totals: a
 * parent's own row holds only the items entered under the parent itself),
 * with the hierarchy as columns (level 1 to 3) to group by.  Summing
 * amount_value or share_percent over any grouping gives a true total.
 *
 * share_percent: the shares of one agreement, basis and currency add up to
 * exactly 100.00, by the largest-remainder rule in hundredths of a percent:
 * each category gets its exact share rounded down, and the hundredths still
 * missing go one each to the largest remainders, ties to the lower
 * category code.  Exact (numeric division to an integer quotient, no
 * floating point).  NULL when the total is zero or the amounts have mixed
 * signs, where shares of a whole mean nothing.
 *
 * complete: every fiscal year of the agreement for the basis is reported
 * (burden_coverage_by_agreement) and no item of the category is unknown;
 * fiscal_year_label names the years with amounts, never the agreement's
 * whole span when less is on file.
 */
CREATE VIEW @extschema@.burden_by_category WITH (security_invoker = false) AS
WITH item_sums AS (
	-- grouped by the item's own columns: the currency as text is the
	-- expression of the statistics burden_item_currencies, so the planner
	-- counts these groups (a handful per agreement) and hashes them; grouped
	-- by the currency with the agreement's in place of an unknown amount's,
	-- an expression over two tables, it expected a group per item and
	-- sorted every item
	SELECT bi.agreement, bi.basis, bi.category,
		   @extschema@.currency(bi.amount)::text AS cur,
		   @extschema@.sum(bi.amount) AS amount,
		   pg_catalog.count(*) FILTER (WHERE bi.status = 'reported') AS item_count,
		   pg_catalog.count(*) FILTER (WHERE bi.status = 'unknown') AS unknown_item_count
	FROM @extschema@.burden_item bi
	GROUP BY bi.agreement, bi.basis, bi.category, @extschema@.currency(bi.amount)::text
),
item_totals AS (
	-- an unknown amount counts in the agreement's currency
	SELECT s.agreement, s.basis, s.category, COALESCE(s.cur, ag.currency::text) AS cur,
		   @extschema@.sum(s.amount) AS amount,
		   pg_catalog.sum(s.item_count)::bigint AS item_count,
		   pg_catalog.sum(s.unknown_item_count)::bigint AS unknown_item_count
	FROM item_sums s
		JOIN @extschema@.agreement ag ON ag.code = s.agreement
	GROUP BY s.agreement, s.basis, s.category, COALESCE(s.cur, ag.currency::text)
),
valued AS (
	SELECT it.*, @extschema@.amount(it.amount) AS v,
		   pg_catalog.sum(@extschema@.amount(it.amount)) OVER g AS total_value,
		   @extschema@.sum(it.amount) OVER g AS total,
		   -- shares are meaningful when every amount has the total's sign
		   (pg_catalog.bool_and(COALESCE(@extschema@.amount(it.amount), 0::numeric) >= 0::numeric) OVER g
			OR pg_catalog.bool_and(COALESCE(@extschema@.amount(it.amount), 0::numeric) <= 0::numeric) OVER g)
		   AND pg_catalog.sum(@extschema@.amount(it.amount)) OVER g <> 0::numeric AS shareable
	FROM item_totals it
	WINDOW g AS (PARTITION BY it.agreement, it.basis, it.cur)
),
floored AS (
	-- hundredths of a percent: the exact share's integer part and remainder
	SELECT vl.*, q.q,
		   10000::numeric * pg_catalog.abs(COALESCE(vl.v, 0::numeric))
			 - q.q * pg_catalog.abs(vl.total_value) AS remainder
	FROM valued vl
		CROSS JOIN LATERAL (
			SELECT CASE WHEN vl.shareable THEN
				pg_catalog.div(10000::numeric * pg_catalog.abs(COALESCE(vl.v, 0::numeric)),
							   pg_catalog.abs(vl.total_value)) END AS q) q
),
shared AS (
	SELECT f.*,
		   -- an amount not known has no share (the others still add up to 100.00)
		   CASE WHEN f.shareable AND f.v IS NOT NULL THEN
			   pg_catalog.round((f.q + CASE WHEN (pg_catalog.row_number() OVER r)::numeric
											   <= 10000::numeric - pg_catalog.sum(f.q) OVER g
										  THEN 1::numeric ELSE 0::numeric END) / 100::numeric, 2)
		   END AS share_percent
	FROM floored f
	WINDOW g AS (PARTITION BY f.agreement, f.basis, f.cur),
		   r AS (PARTITION BY f.agreement, f.basis, f.cur ORDER BY f.v IS NULL, f.remainder DESC, f.category)
)
SELECT
	a.host_party,
	a.stationed_party,
	a.code AS agreement_code,
	s.basis,
	s.category AS category_code,
	c.name AS category_name,
	c.parent AS parent_code,
	lv.category_level,
	lv.level_1_code AS category_level_1_code,
	c1.name AS category_level_1_name,
	lv.level_2_code AS category_level_2_code,
	c2.name AS category_level_2_name,
	lv.level_3_code AS category_level_3_code,
	c3.name AS category_level_3_name,
	a.period,
	@extschema@.lower(a.period) AS start_date,
	@extschema@.last_day(a.period) AS end_date,
	-- an open-ended agreement has no first or last fiscal year
	CASE WHEN pg_catalog.isfinite(@extschema@.lower(a.period)) THEN
		@extschema@.fiscal_year(@extschema@.lower(a.period), h.fiscal_calendar) END AS first_fiscal_year,
	CASE WHEN pg_catalog.isfinite(@extschema@.last_day(a.period)) THEN
		@extschema@.fiscal_year(@extschema@.last_day(a.period), h.fiscal_calendar) END AS last_fiscal_year,
	cv.fiscal_years_summed_label AS fiscal_year_label,
	s.amount,
	s.v AS amount_value,
	s.cur::text AS currency_code,
	s.total AS agreement_total,
	s.total_value AS agreement_total_value,
	s.share_percent,
	s.item_count,
	s.unknown_item_count,
	cv.complete AND s.unknown_item_count = 0 AS complete,
	cv.fiscal_years_summed,
	cv.fiscal_years_expected
FROM shared s
	JOIN @extschema@.agreement a ON a.code = s.agreement
	JOIN @extschema@.party h ON h.code = a.host_party
	JOIN @extschema@.cost_category c ON c.code = s.category
	JOIN @extschema@.cost_category_levels lv ON lv.code = s.category
	JOIN @extschema@.cost_category c1 ON c1.code = lv.level_1_code
	JOIN @extschema@.cost_category c2 ON c2.code = lv.level_2_code
	JOIN @extschema@.cost_category c3 ON c3.code = lv.level_3_code
	JOIN @extschema@.burden_coverage_by_agreement cv
		ON cv.agreement_code = s.agreement AND cv.basis = s.basis;
COMMENT ON VIEW @extschema@.burden_by_category IS
	'Burden per agreement, basis and the cost category the items were entered under (detail only: a parent''s row excludes its children), with the hierarchy as level columns and shares adding up to exactly 100.00';
COMMENT ON COLUMN @extschema@.burden_by_category.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_category.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_category.category_code IS 'Cost category the items were entered under';
COMMENT ON COLUMN @extschema@.burden_by_category.category_name IS 'Name of the category';
COMMENT ON COLUMN @extschema@.burden_by_category.parent_code IS 'Enclosing category, NULL at the top';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level IS 'Depth in the hierarchy: 0 at the top';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_1_code IS 'Top-level category enclosing the category (or the category)';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_1_name IS 'Name of category_level_1_code';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_2_code IS 'Category at level 2 enclosing the category, else the category';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_2_name IS 'Name of category_level_2_code';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_3_code IS 'Category at level 3 enclosing the category, else the category';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level_3_name IS 'Name of category_level_3_code';
COMMENT ON COLUMN @extschema@.burden_by_category.period IS 'Period of the agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.start_date IS 'First day of the agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.end_date IS 'Last day of the agreement (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_category.first_fiscal_year IS 'First fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category.last_fiscal_year IS 'Last fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category.fiscal_year_label IS 'Labels of the fiscal years with amounts for the basis (not the agreement''s span when less is on file)';
COMMENT ON COLUMN @extschema@.burden_by_category.amount IS 'Total of the items entered under the category; NULL when all are unknown';
COMMENT ON COLUMN @extschema@.burden_by_category.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_category.currency_code IS 'ISO 4217 code of the amounts';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_total IS 'Total on file of the agreement for this basis and currency';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_total_value IS 'agreement_total in major units';
COMMENT ON COLUMN @extschema@.burden_by_category.share_percent IS 'amount as a percentage of agreement_total, two decimals, largest remainder: a group''s shares add up to exactly 100.00; NULL for an unknown amount';
COMMENT ON COLUMN @extschema@.burden_by_category.item_count IS 'Number of reported burden items counted';
COMMENT ON COLUMN @extschema@.burden_by_category.unknown_item_count IS 'Number of items of the category recorded as unknown';
COMMENT ON COLUMN @extschema@.burden_by_category.complete IS 'True only when every fiscal year of the agreement is reported for the basis and no item of the category is unknown';
COMMENT ON COLUMN @extschema@.burden_by_category.fiscal_years_summed IS 'Fiscal years of the agreement with amounts for the basis';
COMMENT ON COLUMN @extschema@.burden_by_category.fiscal_years_expected IS 'Fiscal years of the agreement';

-- ---------------------------------------------------------------- burden_by_category_rollup

/*
 * The hierarchy rolled up: a category's row includes its descendants', so
 * parents and children overlap (the name says so; sum one level only).  The
 * share of a category is the sum of its descendants' shares in
 * burden_by_category, so the top-level shares add up to exactly 100.00 and
 * a parent's share is its children's plus its own.
 */
CREATE VIEW @extschema@.burden_by_category_rollup WITH (security_invoker = false) AS
SELECT
	d.host_party,
	d.stationed_party,
	d.agreement_code,
	d.basis,
	cl.ancestor AS category_code,
	c.name AS category_name,
	c.parent AS parent_code,
	lv.category_level,
	pg_catalog.min(d.start_date) AS start_date,
	pg_catalog.max(d.end_date) AS end_date,
	pg_catalog.min(d.first_fiscal_year) AS first_fiscal_year,
	pg_catalog.max(d.last_fiscal_year) AS last_fiscal_year,
	pg_catalog.min(d.fiscal_year_label) AS fiscal_year_label,
	@extschema@.sum(d.amount) AS amount,
	pg_catalog.sum(d.amount_value) AS amount_value,
	d.currency_code,
	pg_catalog.min(d.agreement_total_value) AS agreement_total_value,
	pg_catalog.sum(d.share_percent) AS share_percent,
	pg_catalog.sum(d.item_count)::bigint AS item_count,
	pg_catalog.sum(d.unknown_item_count)::bigint AS unknown_item_count,
	pg_catalog.bool_and(d.complete) AS complete,
	pg_catalog.min(d.fiscal_years_summed) AS fiscal_years_summed,
	pg_catalog.min(d.fiscal_years_expected) AS fiscal_years_expected
FROM @extschema@.burden_by_category d
	JOIN @extschema@.cost_category_closure cl ON cl.descendant = d.category_code
	JOIN @extschema@.cost_category c ON c.code = cl.ancestor
	JOIN @extschema@.cost_category_levels lv ON lv.code = cl.ancestor
GROUP BY d.host_party, d.stationed_party, d.agreement_code, d.basis, d.currency_code,
		 cl.ancestor, c.name, c.parent, lv.category_level;
COMMENT ON VIEW @extschema@.burden_by_category_rollup IS
	'Burden per agreement, basis and cost category, each category including its descendants (parents and children overlap: sum one level only), with its share of the agreement''s total';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.category_code IS 'Cost category';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.category_name IS 'Name of the category';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.parent_code IS 'Enclosing category, NULL at the top';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.category_level IS 'Depth in the hierarchy: 0 at the top';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.start_date IS 'First day of the agreement';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.end_date IS 'Last day of the agreement (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.first_fiscal_year IS 'First fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.last_fiscal_year IS 'Last fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.fiscal_year_label IS 'Labels of the fiscal years with amounts for the basis';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.amount IS 'Total of the category and its descendants';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.currency_code IS 'ISO 4217 code of the amounts';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.agreement_total_value IS 'Total on file of the agreement for this basis and currency, in major units';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.share_percent IS 'Sum of the descendants'' largest-remainder shares (burden_by_category): top-level shares add up to exactly 100.00';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.item_count IS 'Number of reported burden items counted';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.unknown_item_count IS 'Number of items recorded as unknown';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.complete IS 'True only when every fiscal year is reported for the basis and no item of the category or its descendants is unknown';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.fiscal_years_summed IS 'Fiscal years of the agreement with amounts for the basis';
COMMENT ON COLUMN @extschema@.burden_by_category_rollup.fiscal_years_expected IS 'Fiscal years of the agreement';

-- ---------------------------------------------------------------- burden_by_period_category

/*
 * Fiscal-year coverage per host, stationed party and basis, over all the
 * pair's agreements: a year is reported when every agreement's coverage of
 * it is, and has amounts when any has.  Not granted: the views show it.
 */
CREATE VIEW @extschema@.burden_year_coverage WITH (security_invoker = false) AS
SELECT c.host_party, c.stationed_party, c.basis, c.fiscal_year,
	   pg_catalog.bool_and(c.state = 'reported') AS reported,
	   pg_catalog.bool_or(c.state IN ('reported', 'partial')) AS has_data
FROM @extschema@.burden_coverage c
GROUP BY c.host_party, c.stationed_party, c.basis, c.fiscal_year;
COMMENT ON VIEW @extschema@.burden_year_coverage IS
	'burden_coverage per host, stationed party, basis and fiscal year over all the pair''s agreements';
COMMENT ON COLUMN @extschema@.burden_year_coverage.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_year_coverage.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_year_coverage.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_year_coverage.fiscal_year IS 'Fiscal year of the host''s calendar';
COMMENT ON COLUMN @extschema@.burden_year_coverage.reported IS 'Every agreement of the pair touching the year has it reported';
COMMENT ON COLUMN @extschema@.burden_year_coverage.has_data IS 'Some agreement has amounts for the year';

/*
 * Detail only: one row per fiscal year and the category the items were
 * entered under, with the hierarchy as level columns; a BI tool's SUM over
 * any grouping is the true total of what is on file.  The totals are in
 * burden_by_period_category_rollup.
 */
CREATE VIEW @extschema@.burden_by_period_category WITH (security_invoker = false) AS
SELECT
	g.host_party,
	g.stationed_party,
	g.basis,
	h.fiscal_calendar,
	g.fiscal_year,
	@extschema@.fiscal_year_label(g.fiscal_year, h.fiscal_calendar) AS fiscal_year_label,
	fy.p AS period,
	@extschema@.lower(fy.p) AS start_date,
	@extschema@.last_day(fy.p) AS end_date,
	g.category AS category_code,
	c.name AS category_name,
	lv.category_level,
	lv.level_1_code AS category_level_1_code,
	c1.name AS category_level_1_name,
	lv.level_2_code AS category_level_2_code,
	c2.name AS category_level_2_name,
	lv.level_3_code AS category_level_3_code,
	c3.name AS category_level_3_name,
	g.amount,
	@extschema@.amount(g.amount) AS amount_value,
	g.currency_code,
	g.item_count,
	COALESCE(yc.reported, false) AS complete,
	1::bigint AS fiscal_years_summed,
	1::bigint AS fiscal_years_expected,
	h.fiscal_calendar::text AS fiscal_calendar_name
FROM (
	-- burden_allocation's parts, summed per span first (burden_parts)
	SELECT bp.host_party, bp.stationed_party, bp.basis,
		   bp.currency_code, bp.fiscal_year, bp.category,
		   @extschema@.sum(bp.amount) AS amount,
		   pg_catalog.sum(bp.item_count)::bigint AS item_count
	FROM costshare_internal.burden_parts bp
	GROUP BY bp.host_party, bp.stationed_party, bp.basis,
			 bp.currency_code, bp.fiscal_year, bp.category
) g
	JOIN @extschema@.party h ON h.code = g.host_party
	JOIN @extschema@.cost_category c ON c.code = g.category
	JOIN @extschema@.cost_category_levels lv ON lv.code = g.category
	JOIN @extschema@.cost_category c1 ON c1.code = lv.level_1_code
	JOIN @extschema@.cost_category c2 ON c2.code = lv.level_2_code
	JOIN @extschema@.cost_category c3 ON c3.code = lv.level_3_code
	LEFT JOIN @extschema@.burden_year_coverage yc
		ON yc.host_party = g.host_party AND yc.stationed_party = g.stationed_party
		   AND yc.basis = g.basis AND yc.fiscal_year = g.fiscal_year
	CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(g.fiscal_year, h.fiscal_calendar) AS p) fy;
COMMENT ON VIEW @extschema@.burden_by_period_category IS
	'Burden by fiscal year and the category the items were entered under, detail rows only (no subtotals: see burden_by_period_category_rollup), with the category hierarchy as level columns';
COMMENT ON COLUMN @extschema@.burden_by_period_category.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_period_category.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_period_category.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_year IS 'Fiscal year of the host''s calendar';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_by_period_category.period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN @extschema@.burden_by_period_category.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period_category.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_code IS 'Cost category the items were entered under';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_name IS 'Name of the category';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level IS 'Depth in the hierarchy: 0 at the top';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_1_code IS 'Top-level category enclosing the category (or the category)';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_1_name IS 'Name of category_level_1_code';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_2_code IS 'Category at level 2 enclosing the category, else the category';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_2_name IS 'Name of category_level_2_code';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_3_code IS 'Category at level 3 enclosing the category, else the category';
COMMENT ON COLUMN @extschema@.burden_by_period_category.category_level_3_name IS 'Name of category_level_3_code';
COMMENT ON COLUMN @extschema@.burden_by_period_category.amount IS 'Total of the category''s items for the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period_category.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_period_category.currency_code IS 'ISO 4217 code of the amount';
COMMENT ON COLUMN @extschema@.burden_by_period_category.item_count IS 'Number of reported items contributing';
COMMENT ON COLUMN @extschema@.burden_by_period_category.complete IS 'True only when the fiscal year is reported for every agreement of the pair and basis (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_years_summed IS 'Fiscal years summed: 1';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_years_expected IS 'Fiscal years the row should sum: 1';
COMMENT ON COLUMN @extschema@.burden_by_period_category.fiscal_calendar_name IS 'fiscal_calendar as text';

-- ---------------------------------------------------------------- burden_by_period_category_rollup

CREATE VIEW @extschema@.burden_by_period_category_rollup WITH (security_invoker = false) AS
WITH detail AS (
	-- the items summed once per fiscal year and category; the subtotals
	-- and totals are sums of these sums (exact, one currency per row)
	-- (burden_allocation's parts, summed per span first: burden_parts)
	SELECT bp.host_party, bp.stationed_party, bp.basis,
		   bp.currency_code AS cur, bp.fiscal_year, bp.category,
		   @extschema@.sum(bp.amount) AS amount
	FROM costshare_internal.burden_parts bp
	GROUP BY bp.host_party, bp.stationed_party, bp.basis,
			 bp.currency_code, bp.fiscal_year, bp.category
),
yc AS MATERIALIZED (
	SELECT y.host_party, y.stationed_party, y.basis, y.fiscal_year, y.reported, y.has_data
	FROM @extschema@.burden_year_coverage y
),
tc AS (
	-- a grand total sums every fiscal year of the pair's agreements
	SELECT y.host_party, y.stationed_party, y.basis,
		   pg_catalog.bool_and(y.reported) AS complete,
		   pg_catalog.count(*) FILTER (WHERE y.has_data) AS fiscal_years_summed,
		   pg_catalog.count(*) AS fiscal_years_expected
	FROM yc y
	GROUP BY y.host_party, y.stationed_party, y.basis
)
SELECT
	g.host_party,
	g.stationed_party,
	g.basis,
	h.fiscal_calendar,
	g.fiscal_year,
	@extschema@.fiscal_year_label(g.fiscal_year, h.fiscal_calendar) AS fiscal_year_label,
	fy.p AS period,
	@extschema@.lower(fy.p) AS start_date,
	@extschema@.last_day(fy.p) AS end_date,
	g.category AS category_code,
	CASE WHEN g.grouping_bits = 0 THEN 'detail'
		 WHEN g.grouping_bits = 1 THEN 'fiscal year subtotal'
		 ELSE 'grand total' END AS row_kind,
	g.amount,
	@extschema@.amount(g.amount) AS amount_value,
	g.cur AS currency_code,
	CASE WHEN g.fiscal_year IS NULL THEN COALESCE(tc.complete, false)
		 ELSE COALESCE(yc.reported, false) END AS complete,
	CASE WHEN g.fiscal_year IS NULL THEN COALESCE(tc.fiscal_years_summed, 0::bigint)
		 WHEN yc.has_data THEN 1::bigint ELSE 0::bigint END AS fiscal_years_summed,
	CASE WHEN g.fiscal_year IS NULL THEN COALESCE(tc.fiscal_years_expected, 0::bigint)
		 ELSE 1::bigint END AS fiscal_years_expected,
	h.fiscal_calendar::text AS fiscal_calendar_name
FROM (
	SELECT d.host_party, d.stationed_party, d.basis, d.cur, d.fiscal_year, d.category,
		   0 AS grouping_bits, d.amount
	FROM detail d
	UNION ALL
	SELECT d.host_party, d.stationed_party, d.basis, d.cur, d.fiscal_year, NULL::text,
		   1, @extschema@.sum(d.amount)
	FROM detail d
	GROUP BY d.host_party, d.stationed_party, d.basis, d.cur, d.fiscal_year
	UNION ALL
	SELECT d.host_party, d.stationed_party, d.basis, d.cur, NULL::integer, NULL::text,
		   3, @extschema@.sum(d.amount)
	FROM detail d
	GROUP BY d.host_party, d.stationed_party, d.basis, d.cur
) g
	JOIN @extschema@.party h ON h.code = g.host_party
	LEFT JOIN yc ON yc.host_party = g.host_party AND yc.stationed_party = g.stationed_party
		AND yc.basis = g.basis AND yc.fiscal_year = g.fiscal_year
	LEFT JOIN tc ON tc.host_party = g.host_party AND tc.stationed_party = g.stationed_party
		AND tc.basis = g.basis
	-- NULL on grand-total rows: the function is strict
	CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(g.fiscal_year, h.fiscal_calendar) AS p) fy;
COMMENT ON VIEW @extschema@.burden_by_period_category_rollup IS
	'Burden by fiscal year and category with a subtotal per fiscal year and a grand total per host, stationed party, basis and currency (row_kind says which; do not sum across kinds)';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_year IS 'Fiscal year (NULL on grand-total rows)';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_year_label IS 'Fiscal year label (NULL on grand-total rows)';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.category_code IS 'Cost category of the items (NULL on subtotal and total rows)';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.row_kind IS 'detail, fiscal year subtotal or grand total';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.amount IS 'Total';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.currency_code IS 'ISO 4217 code of the amount';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.complete IS 'True only when every fiscal year the row sums is reported for every agreement of the pair and basis';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_years_summed IS 'Fiscal years with amounts among those the row should sum';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_years_expected IS 'Fiscal years the row should sum: 1, or on a grand total every fiscal year of the pair''s agreements';
COMMENT ON COLUMN @extschema@.burden_by_period_category_rollup.fiscal_calendar_name IS 'fiscal_calendar as text';


GRANT SELECT ON @extschema@.burden_by_period, @extschema@.burden_by_category,
	@extschema@.burden_by_category_rollup, @extschema@.burden_by_period_category,
	@extschema@.burden_by_period_category_rollup TO costshare_reader;

-- ---------------------------------------------------------------- burden_in_currency

/*
 * Each row of burden_by_period converted at the rate in force for its
 * fiscal year (rate_in_force: the pair's own rate, else through USD).  A
 * view of many rows must not fail because one year has no rate, nor
 * answer NULL for a name typed wrong, so:
 *   - a provider of which no rate is stored, or a target that no stored
 *     rate (of that provider) mentions while some row is in another
 *     currency, is an error (42704) naming it;
 *   - a row whose pair has no rate in force for its year, or no rate at all,
 *     has converted NULL, rate_missing true and rate_rule saying what is
 *     missing;
 *   - a year with no amount on file (burden_by_period's missing or unknown
 *     years) has converted NULL, rate_missing false (no rate is missing)
 *     and rate_rule 'no amount on file: <state>'.
 * One row per row of burden_by_period, so its coverage columns per row:
 * state is the year's; complete is true only when converted_value is the
 * whole year's amount (the year reported and a rate found), so a sum over
 * complete rows never takes a year missing its rate for a whole one;
 * fiscal_years_summed is 1 when converted_value holds the year's amount
 * (whole or partial), 0 when it is NULL; fiscal_years_expected is 1.
 */
CREATE FUNCTION @extschema@.burden_in_currency(target @extschema@.currency, rate_source text DEFAULT NULL)
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
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
	IF $2 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM @extschema@.exchange_rates r WHERE r.provider = $2) THEN
		RAISE EXCEPTION 'no exchange rate from provider "%" is on file', $2
			USING ERRCODE = 'undefined_object',
				DETAIL = format('Providers on file: %s.',
					coalesce((SELECT string_agg(DISTINCT r.provider, ', ' ORDER BY r.provider)
							  FROM @extschema@.exchange_rates r), 'none')),
				HINT = 'Give a provider as stored in exchange_rate.provider, or NULL for any.';
	END IF;
	IF EXISTS (SELECT 1 FROM @extschema@.burden_by_period b WHERE b.currency_code <> $1::text)
		AND NOT EXISTS (SELECT 1 FROM @extschema@.exchange_rates r
						WHERE (r.base_currency OPERATOR(@extschema@.=) $1
							   OR r.quote_currency OPERATOR(@extschema@.=) $1)
						  AND ($2 IS NULL OR r.provider = $2)) THEN
		RAISE EXCEPTION 'no exchange rate into % is on file%', $1,
			CASE WHEN $2 IS NULL THEN '' ELSE format(' from provider "%s"', $2) END
			USING ERRCODE = 'undefined_object',
				DETAIL = 'No stored rate has that currency as its base or quote currency, so no amount could be converted.',
				HINT = 'Check the currency code, or add rates to exchange_rate.';
	END IF;
	RETURN QUERY
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_calendar,
		   b.fiscal_year, b.fiscal_year_label, b.period, b.start_date, b.end_date,
		   b.amount, b.amount_value, b.currency_code,
		   c.converted, @extschema@.amount(c.converted), $1::text,
		   CASE WHEN b.currency_code = $1::text THEN 1::numeric ELSE r.rate END,
		   r.base_currency::text, r.quote_currency::text, r.rate_period, r.rate_kind,
		   r.rate_provider, r.rate_source,
		   CASE WHEN b.amount IS NULL THEN 'no amount on file: ' || b.state
				WHEN b.currency_code = $1::text THEN 'same currency'
				WHEN r.rate IS NOT NULL THEN r.rule
				WHEN @extschema@.rate_pair_on_file(@extschema@.currency(b.amount), $1, $2)
					OR (@extschema@.rate_pair_on_file(@extschema@.currency(b.amount), 'USD'::@extschema@.currency, $2)
						AND @extschema@.rate_pair_on_file('USD'::@extschema@.currency, $1, $2))
					THEN format('missing: no %s/%s rate in force for the period', b.currency_code, $1)
				ELSE format('missing: no rate between %s and %s on file', b.currency_code, $1) END,
		   r.via_currency::text, r.via_rate, r.via_base_currency::text, r.via_quote_currency::text,
		   r.via_rate_kind, r.via_rate_provider, r.via_rate_source,
		   b.amount IS NOT NULL AND c.converted IS NULL,
		   b.state,
		   b.complete AND c.converted IS NOT NULL,
		   CASE WHEN c.converted IS NOT NULL THEN b.fiscal_years_summed ELSE 0::bigint END,
		   b.fiscal_years_expected,
		   b.fiscal_calendar_name,
		   @extschema@.lower(r.rate_period), @extschema@.last_day(r.rate_period)
	FROM @extschema@.burden_by_period b
		LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), $1,
													b.period, $2, true) r ON true
		CROSS JOIN LATERAL (
			SELECT CASE
				WHEN b.currency_code = $1::text THEN b.amount
				WHEN r.rate IS NOT NULL THEN
					@extschema@.convert_at(b.amount, $1, r.rate, r.inverted, r.via_rate, r.via_inverted)
			END AS converted) c;
END
$$;
COMMENT ON FUNCTION @extschema@.burden_in_currency(@extschema@.currency, text) IS
	'burden_by_period converted into target at the rate in force for each fiscal year (the pair''s own, else through USD), optionally from one rate provider; each row names the rates used, or says in rate_rule what is missing (rate_missing) or that no amount is on file for the year (burden_coverage''s state); complete only when the year is reported and converted; an unknown provider or target is an error';

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

-- ---------------------------------------------------------------- burden_per_person

CREATE VIEW @extschema@.burden_per_person WITH (security_invoker = false) AS
SELECT
	b.host_party,
	b.stationed_party,
	b.agreement_code,
	b.basis,
	b.fiscal_calendar,
	b.fiscal_year,
	b.fiscal_year_label,
	b.period,
	b.start_date,
	b.end_date,
	b.amount,
	b.amount_value,
	b.currency_code,
	fp.personnel,
	fp.as_of AS personnel_as_of,
	fp.source AS personnel_source,
	pp.per_person,
	@extschema@.amount(pp.per_person) AS per_person_value,
	b.state,
	b.complete,
	b.fiscal_years_summed,
	b.fiscal_years_expected,
	b.fiscal_calendar_name
FROM @extschema@.burden_by_period b
	JOIN LATERAL (
		-- the latest count on or before the fiscal year's last day, else the
		-- earliest count after it
		SELECT f.personnel, f.as_of, f.source
		FROM @extschema@.force_presence f
		WHERE f.host_party = b.host_party AND f.stationed_party = b.stationed_party
		ORDER BY (f.as_of <= b.end_date) DESC,
				 CASE WHEN f.as_of <= b.end_date THEN b.end_date - f.as_of ELSE f.as_of - b.end_date END,
				 f.id
		LIMIT 1
	) fp ON true
	CROSS JOIN LATERAL (
		SELECT @extschema@.currency_amount(b.amount_value / fp.personnel::numeric,
										   @extschema@.currency(b.amount), 'half_even') AS per_person
	) pp;
COMMENT ON VIEW @extschema@.burden_per_person IS
	'burden_by_period divided by the personnel stationed: the latest count on or before the fiscal year''s end, else the earliest after';
COMMENT ON COLUMN @extschema@.burden_per_person.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_per_person.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_per_person.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_per_person.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_year IS 'Fiscal year (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_per_person.period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN @extschema@.burden_per_person.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_per_person.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_per_person.amount IS 'Total burden of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_per_person.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_per_person.currency_code IS 'ISO 4217 code of the amounts';
COMMENT ON COLUMN @extschema@.burden_per_person.personnel IS 'Personnel stationed, from the count used';
COMMENT ON COLUMN @extschema@.burden_per_person.personnel_as_of IS 'Date of the count used';
COMMENT ON COLUMN @extschema@.burden_per_person.personnel_source IS 'Source of the count used';
COMMENT ON COLUMN @extschema@.burden_per_person.per_person IS 'amount / personnel, rounded half to even to the currency''s minor units';
COMMENT ON COLUMN @extschema@.burden_per_person.per_person_value IS 'per_person in major units';
COMMENT ON COLUMN @extschema@.burden_per_person.state IS 'Coverage of the year: reported, partial, unknown or missing (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_per_person.complete IS 'True only when the year is reported';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_years_summed IS 'Fiscal years with amounts in the row: 1 or 0';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_years_expected IS 'Fiscal years the row should sum: 1';
COMMENT ON COLUMN @extschema@.burden_per_person.fiscal_calendar_name IS 'fiscal_calendar as text';

-- ---------------------------------------------------------------- burden_vs_demand

/*
 * A per-year demand against each fiscal year's burden; a total demand
 * against each agreement's total.  Two conversions of the burden into the
 * demand's currency, side by side and each labelled, so that no one quotes
 * one believing it the other:
 *   - burden_converted: at the rate in force on the day of the demand, the
 *     comparison the parties saw (conversion_label says so);
 *   - burden_converted_at_year_rate: at the rate in force for the fiscal
 *     year itself (for a total, for the agreement's span), as
 *     burden_in_currency converts it (year_conversion_label).
 * Both use rate_in_force (the pair's own rate, else through USD, the second
 * leg in the via columns); a missing rate leaves that conversion NULL with
 * its *_rate_missing true, never an error for the whole view.  A fiscal
 * year with no amount on file has both conversions NULL and neither
 * *_rate_missing set.  An agreement's total sums the reported items only,
 * is labelled with the years it sums, and says with complete and the
 * fiscal-year counts whether it covers them all (burden_coverage).
 */
CREATE VIEW @extschema@.burden_vs_demand WITH (security_invoker = false) AS
WITH per_year AS (
	-- read by both kinds of demand, so the items are read once for both
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_calendar,
		   b.fiscal_year, b.fiscal_year_label, b.period, b.amount,
		   b.complete, b.fiscal_years_summed, b.fiscal_years_expected
	FROM @extschema@.burden_by_period b
),
burden AS (
	SELECT p.host_party, p.stationed_party, p.agreement_code, p.basis, p.fiscal_calendar,
		   p.fiscal_year, p.fiscal_year_label, p.period, p.amount, true AS per_year,
		   p.complete, p.fiscal_years_summed, p.fiscal_years_expected
	FROM per_year p
	-- each kind is computed only when a demand of that kind exists (a test
	-- made once, before the rows; SELECT 1, as Citus cannot carry a
	-- subquery of no columns beside its tables)
	WHERE EXISTS (SELECT 1 FROM @extschema@.demand d WHERE d.per_year)
	UNION ALL
	-- an agreement's total is labelled with the years it sums, not its span
	SELECT t.host_party, t.stationed_party, t.agreement_code, t.basis, t.fiscal_calendar,
		   NULL, cv.fiscal_years_summed_label, a.period, t.amount, false,
		   cv.complete, cv.fiscal_years_summed, cv.fiscal_years_expected
	FROM (
		-- the sum of its years' amounts is the sum of its reported items:
		-- each item lies inside the agreement and is spread over its
		-- fiscal years exactly
		SELECT p.host_party, p.stationed_party, p.agreement_code, p.basis, p.fiscal_calendar,
			   @extschema@.sum(p.amount) AS amount
		FROM per_year p
		WHERE p.amount IS NOT NULL
		GROUP BY p.host_party, p.stationed_party, p.agreement_code, p.basis, p.fiscal_calendar,
				 @extschema@.currency(p.amount)
	) t
		JOIN @extschema@.agreement a ON a.code = t.agreement_code
		JOIN @extschema@.burden_coverage_by_agreement cv
			ON cv.agreement_code = t.agreement_code AND cv.basis = t.basis
	WHERE EXISTS (SELECT 1 FROM @extschema@.demand d WHERE NOT d.per_year)
)
SELECT
	d.id AS demand_id,
	d.demanding_party,
	d.demanded_of AS host_party,
	d.demanded_on,
	d.per_year,
	d.amount AS demand,
	@extschema@.amount(d.amount) AS demand_value,
	@extschema@.currency(d.amount)::text AS demand_currency_code,
	d.source AS demand_source,
	b.agreement_code,
	b.basis,
	b.fiscal_year,
	b.fiscal_year_label,
	b.period,
	@extschema@.lower(b.period) AS start_date,
	@extschema@.last_day(b.period) AS end_date,
	b.amount AS burden,
	@extschema@.amount(b.amount) AS burden_value,
	@extschema@.currency(b.amount)::text AS burden_currency_code,
	c.burden_converted,
	@extschema@.amount(c.burden_converted) AS burden_converted_value,
	CASE WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN 1 ELSE r.rate END AS rate,
	r.rate_provider,
	r.rate_source,
	CASE WHEN @extschema@.amount(c.burden_converted) <> 0::numeric THEN
		pg_catalog.round(@extschema@.amount(d.amount) / @extschema@.amount(c.burden_converted), 2)
	END AS demand_ratio,
	'at the rate of ' || pg_catalog.to_char(d.demanded_on, 'YYYY-MM-DD') || ', the day of the demand' AS conversion_label,
	r.via_currency::text AS via_currency_code,
	r.via_rate,
	r.via_rate_provider,
	r.via_rate_source,
	(b.amount IS NOT NULL AND c.burden_converted IS NULL) AS rate_missing,
	cy.burden_converted_at_year_rate,
	@extschema@.amount(cy.burden_converted_at_year_rate) AS burden_converted_at_year_rate_value,
	CASE WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN 1 ELSE ry.rate END AS year_rate,
	ry.rate_provider AS year_rate_provider,
	ry.rate_source AS year_rate_source,
	ry.via_currency::text AS year_via_currency_code,
	ry.via_rate AS year_via_rate,
	ry.via_rate_provider AS year_via_rate_provider,
	ry.via_rate_source AS year_via_rate_source,
	'at the rate in force for ' || b.fiscal_year_label
		|| CASE WHEN b.amount IS NULL THEN ' (no amount on file)'
				WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN ' (same currency)'
				WHEN ry.rule IS NOT NULL THEN ' (' || ry.rule || ')'
				ELSE ' (no rate)' END AS year_conversion_label,
	(b.amount IS NOT NULL AND cy.burden_converted_at_year_rate IS NULL) AS year_rate_missing,
	CASE WHEN @extschema@.amount(cy.burden_converted_at_year_rate) <> 0::numeric THEN
		pg_catalog.round(@extschema@.amount(d.amount) / @extschema@.amount(cy.burden_converted_at_year_rate), 2)
	END AS demand_ratio_at_year_rate,
	b.complete,
	b.fiscal_years_summed,
	b.fiscal_years_expected
FROM @extschema@.demand d
	JOIN burden b ON b.host_party = d.demanded_of AND b.stationed_party = d.demanding_party
		AND b.per_year = d.per_year
	LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), @extschema@.currency(d.amount),
		@extschema@.agreement_period(d.demanded_on, d.demanded_on + 1), NULL, true) r ON true
	LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), @extschema@.currency(d.amount),
		b.period, NULL, true) ry ON true
	CROSS JOIN LATERAL (
		SELECT CASE
			WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN b.amount
			WHEN r.rate IS NOT NULL THEN
				@extschema@.convert_at(b.amount, @extschema@.currency(d.amount), r.rate, r.inverted,
									   r.via_rate, r.via_inverted)
		END AS burden_converted) c
	CROSS JOIN LATERAL (
		SELECT CASE
			WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN b.amount
			WHEN ry.rate IS NOT NULL THEN
				@extschema@.convert_at(b.amount, @extschema@.currency(d.amount), ry.rate, ry.inverted,
									   ry.via_rate, ry.via_inverted)
		END AS burden_converted_at_year_rate) cy;
COMMENT ON VIEW @extschema@.burden_vs_demand IS
	'Each demand against the burden agreed: per-year demands against each fiscal year, total demands against each agreement; converted at the rate of the day of the demand (burden_converted) and, beside it, at the rate for the year itself (burden_converted_at_year_rate), each labelled; complete says whether the burden covers every fiscal year it should';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_id IS 'The demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demanding_party IS 'Party that made the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.host_party IS 'Party asked to pay';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demanded_on IS 'Date of the demand; burden_converted uses the rate in force then';
COMMENT ON COLUMN @extschema@.burden_vs_demand.per_year IS 'True: a per-year demand against a fiscal year; false: a total against an agreement';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand IS 'Amount demanded';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_value IS 'demand in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_currency_code IS 'ISO 4217 code of the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_source IS 'Where the demand is reported';
COMMENT ON COLUMN @extschema@.burden_vs_demand.agreement_code IS 'Agreement whose burden is compared';
COMMENT ON COLUMN @extschema@.burden_vs_demand.basis IS 'Basis of the burden';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_year IS 'Fiscal year of the burden (NULL for a total)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_year_label IS 'Label of the fiscal year, or of the agreement''s years with amounts for a total';
COMMENT ON COLUMN @extschema@.burden_vs_demand.period IS 'Fiscal year, or the agreement''s period for a total';
COMMENT ON COLUMN @extschema@.burden_vs_demand.start_date IS 'First day of period';
COMMENT ON COLUMN @extschema@.burden_vs_demand.end_date IS 'Last day of period (inclusive)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden IS 'Burden, in its own currency';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_value IS 'burden in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_currency_code IS 'ISO 4217 code of burden';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted IS 'Burden in the demand''s currency at the rate of the day of the demand (conversion_label)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted_value IS 'burden_converted in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate IS 'Exchange rate of burden_converted, as stored (see rate_in_force); the first leg of a cross rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate_provider IS 'Provider of rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate_source IS 'Source of rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_ratio IS 'demand / burden_converted, to two decimals';
COMMENT ON COLUMN @extschema@.burden_vs_demand.conversion_label IS 'How burden_converted was converted: at the rate of the day of the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.via_currency_code IS 'Pivot currency of burden_converted''s cross rate (USD), NULL for a direct rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.via_rate IS 'Second leg of burden_converted''s cross rate, as stored';
COMMENT ON COLUMN @extschema@.burden_vs_demand.via_rate_provider IS 'Provider of via_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.via_rate_source IS 'Source of via_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate_missing IS 'True when burden has an amount but no rate was in force on the day of the demand: burden_converted is NULL';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted_at_year_rate IS 'Burden in the demand''s currency at the rate in force for the fiscal year (for a total, the agreement''s span): year_conversion_label';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted_at_year_rate_value IS 'burden_converted_at_year_rate in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_rate IS 'Exchange rate of burden_converted_at_year_rate, as stored; the first leg of a cross rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_rate_provider IS 'Provider of year_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_rate_source IS 'Source of year_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_via_currency_code IS 'Pivot currency of the year''s cross rate (USD), NULL for a direct rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_via_rate IS 'Second leg of the year''s cross rate, as stored';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_via_rate_provider IS 'Provider of year_via_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_via_rate_source IS 'Source of year_via_rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_conversion_label IS 'How burden_converted_at_year_rate was converted: the year and the rule of its rate';
COMMENT ON COLUMN @extschema@.burden_vs_demand.year_rate_missing IS 'True when burden has an amount but no rate was in force for the year: burden_converted_at_year_rate is NULL';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_ratio_at_year_rate IS 'demand / burden_converted_at_year_rate, to two decimals';
COMMENT ON COLUMN @extschema@.burden_vs_demand.complete IS 'True only when every fiscal year the burden sums is reported (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_years_summed IS 'Fiscal years with amounts in the burden';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_years_expected IS 'Fiscal years the burden should sum: 1 for a fiscal year, the agreement''s for a total';

-- ---------------------------------------------------------------- burden_by_stationed_calendar

/*
 * Each item's part for a host fiscal year is spread by days over the
 * stationed party's fiscal years; both steps are exact, so the totals
 * equal the host-calendar totals.
 *
 * Every stationed-party fiscal year the agreement's period touches is a
 * row, with the days of it the reported items cover: a year reached by a
 * quarter of the data says so (days_covered of days_in_year, complete
 * false), and a year with nothing on file is a row with state missing and
 * amount NULL.  The years of an open-ended agreement end with its last
 * host fiscal year in burden_coverage.
 */
CREATE VIEW @extschema@.burden_by_stationed_calendar WITH (security_invoker = false) AS
WITH amounts AS (
	SELECT p.agreement_code, p.basis, al.fiscal_year,
		   @extschema@.sum(@extschema@.from_minor_units(al.share, p.cur)) AS amount
	FROM (
		-- the parts falling on the same span are split together, so that a
		-- fiscal year's total is split as one figure (the parts summed per
		-- span by costshare_internal.burden_parts, not item by item)
		SELECT bp.agreement_code, bp.stationed_party, bp.basis, bp.part_period,
			   CAST(bp.currency_code AS @extschema@.currency) AS cur,
			   pg_catalog.sum(@extschema@.minor_units(bp.amount))::bigint AS units
		FROM costshare_internal.burden_parts bp
		GROUP BY bp.agreement_code, bp.stationed_party, bp.basis, bp.part_period, bp.currency_code
	) p
		JOIN @extschema@.party sp ON sp.code = p.stationed_party
		CROSS JOIN LATERAL @extschema@.prorate_minor_units(p.units, p.part_period, sp.fiscal_calendar, 'days') al
	GROUP BY p.agreement_code, p.basis, al.fiscal_year, p.cur
),
cov AS MATERIALIZED (
	SELECT c.host_party, c.stationed_party, c.agreement_code, c.basis, c.currency_code,
		   c.start_date, c.end_date, c.state
	FROM @extschema@.burden_coverage c
),
spans AS (
	-- the days of each agreement and basis that burden_coverage counts
	SELECT c.host_party, c.stationed_party, c.agreement_code, c.basis, c.currency_code,
		   pg_catalog.daterange(pg_catalog.min(c.start_date), pg_catalog.max(c.end_date), '[]')
			 * @extschema@.daterange(a.period) AS span
	FROM cov c
		JOIN @extschema@.agreement a ON a.code = c.agreement_code
	GROUP BY c.host_party, c.stationed_party, c.agreement_code, c.basis, c.currency_code, a.period
),
item_years AS (
	-- the items cut at the stationed party's fiscal years: grouped by span
	-- first, as items over the same span cover the same days, so each span
	-- is cut once, not each item
	SELECT bi.agreement, bi.basis, y.fiscal_year,
		   pg_catalog.range_agg(@extschema@.daterange(y.part)) FILTER (WHERE bi.status = 'reported') AS covered,
		   COALESCE(pg_catalog.sum(bi.items) FILTER (WHERE bi.status = 'unknown'), 0)::bigint AS unknown_items
	FROM (
		SELECT i.agreement, i.basis, i.status, i.period, pg_catalog.count(*) AS items
		FROM @extschema@.burden_item i
		GROUP BY i.agreement, i.basis, i.status, i.period
	) bi
		JOIN @extschema@.agreement a ON a.code = bi.agreement
		JOIN @extschema@.party s ON s.code = a.stationed_party
		CROSS JOIN LATERAL @extschema@.fiscal_years(bi.period, s.fiscal_calendar) y
	GROUP BY bi.agreement, bi.basis, y.fiscal_year
),
host_years AS (
	-- the host's fiscal years of each agreement, counted per stationed year
	-- they overlap
	SELECT c.agreement_code, c.basis, y.fiscal_year,
		   pg_catalog.count(*) FILTER (WHERE c.state IN ('reported', 'partial')) AS fiscal_years_summed,
		   pg_catalog.count(*) AS fiscal_years_expected
	FROM cov c
		JOIN @extschema@.party s ON s.code = c.stationed_party
		CROSS JOIN LATERAL @extschema@.fiscal_years(@extschema@.agreement_period(c.start_date, c.end_date + 1),
													s.fiscal_calendar) y
	GROUP BY c.agreement_code, c.basis, y.fiscal_year
),
counted AS (
	SELECT sp.*, s.fiscal_calendar, y.fiscal_year, fy.p AS year_period,
		   (SELECT COALESCE(pg_catalog.sum(pg_catalog.upper(r) - pg_catalog.lower(r)), 0)
			FROM pg_catalog.unnest(iy.covered) r)::integer AS days_covered,
		   COALESCE(iy.unknown_items, 0::bigint) > 0 AS has_unknown,
		   (@extschema@.upper(fy.p) - @extschema@.lower(fy.p)) AS days_in_year,
		   COALESCE(hy.fiscal_years_summed, 0::bigint) AS fiscal_years_summed,
		   COALESCE(hy.fiscal_years_expected, 0::bigint) AS fiscal_years_expected
	FROM spans sp
		JOIN @extschema@.party s ON s.code = sp.stationed_party
		CROSS JOIN LATERAL @extschema@.fiscal_years(@extschema@.agreement_period(sp.span), s.fiscal_calendar) y
		CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(y.fiscal_year, s.fiscal_calendar) AS p) fy
		LEFT JOIN item_years iy
			ON iy.agreement = sp.agreement_code AND iy.basis = sp.basis AND iy.fiscal_year = y.fiscal_year
		LEFT JOIN host_years hy
			ON hy.agreement_code = sp.agreement_code AND COALESCE(hy.basis, '') = COALESCE(sp.basis, '')
			   AND hy.fiscal_year = y.fiscal_year
	WHERE NOT pg_catalog.isempty(sp.span)
)
SELECT
	c.host_party,
	c.stationed_party,
	c.agreement_code,
	c.basis,
	c.fiscal_calendar,
	c.fiscal_year,
	@extschema@.fiscal_year_label(c.fiscal_year, c.fiscal_calendar) AS fiscal_year_label,
	c.year_period AS period,
	@extschema@.lower(c.year_period) AS start_date,
	@extschema@.last_day(c.year_period) AS end_date,
	m.amount,
	@extschema@.amount(m.amount) AS amount_value,
	COALESCE(@extschema@.currency(m.amount)::text, c.currency_code) AS currency_code,
	CASE WHEN c.has_unknown THEN 'unknown'
		 WHEN c.days_covered = c.days_in_year THEN 'reported'
		 WHEN c.days_covered > 0 THEN 'partial'
		 ELSE 'missing' END AS state,
	NOT c.has_unknown AND c.days_covered = c.days_in_year AS complete,
	c.days_covered,
	c.days_in_year,
	c.fiscal_years_summed,
	c.fiscal_years_expected,
	c.fiscal_calendar::text AS fiscal_calendar_name
FROM counted c
	LEFT JOIN amounts m
		ON m.agreement_code = c.agreement_code AND m.basis = c.basis AND m.fiscal_year = c.fiscal_year;
COMMENT ON VIEW @extschema@.burden_by_stationed_calendar IS
	'burden_by_period re-bucketed into the stationed party''s fiscal years by days, exact in total; every stationed fiscal year the agreement touches, with the days of it the data covers';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_calendar IS 'Stationed party''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_year IS 'Fiscal year of the stationed party''s calendar';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.period IS 'The fiscal year as an agreement_period';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.amount IS 'Burden falling in the fiscal year, by days; NULL when nothing on file falls in it';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.currency_code IS 'ISO 4217 code of the amount (the agreement''s when there is none)';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.state IS
	'unknown (an item touching the year is unknown), reported (reported items cover every day of the year), partial (some days) or missing (none)';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.complete IS 'True only when the agreement''s reported items cover every day of the fiscal year and none is unknown';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.days_covered IS 'Days of the fiscal year covered by the agreement''s reported items of the basis';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.days_in_year IS 'Days in the fiscal year';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_years_summed IS 'Host fiscal years of the agreement overlapping this year that have amounts';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_years_expected IS 'Host fiscal years of the agreement overlapping this year';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.fiscal_calendar_name IS 'fiscal_calendar as text';

GRANT SELECT ON @extschema@.burden_per_person, @extschema@.burden_vs_demand,
	@extschema@.burden_by_stationed_calendar TO costshare_reader;


-- ---------------------------------------------------------------- measures: change
-- (as in src/schema/70_measures_change.sql)

/*
 * Measures: change from year to year (burden_change) and the exact
 * rounding the measures share (divide_round).  doc/measures.md.
 */

-- ---------------------------------------------------------------- divide_round

/*
 * numerator / denominator rounded once to scale decimal places.  numeric
 * division alone rounds at a scale of its own choosing, and rounding that
 * result again to the shown digits can be off by one in the last digit
 * (1.004999...97 first becomes 1.005, then 1.01); here the integer quotient
 * and its remainder are exact (div and mod on numeric are), so the one
 * rounding decides on the exact remainder.  Modes as currency_amount's:
 * half_even (ties to the even digit), half_up (ties away from zero, as
 * round(numeric) does), down (toward zero).  A zero denominator is an
 * error (22012), as numeric division is.
 */
CREATE FUNCTION @extschema@.divide_round(numerator numeric, denominator numeric, scale integer,
										 rounding text DEFAULT 'half_even')
RETURNS numeric
LANGUAGE plpgsql
IMMUTABLE
STRICT
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n			numeric;
	d			numeric := abs(denominator);
	q			numeric;
	r			numeric;
	neg			boolean := (numerator < 0::numeric) <> (denominator < 0::numeric);
BEGIN
	IF rounding NOT IN ('half_even', 'half_up', 'down') THEN
		RAISE EXCEPTION 'invalid rounding mode "%"', rounding
			USING ERRCODE = 'invalid_parameter_value',
				HINT = 'Use half_even, half_up or down.';
	END IF;
	IF scale < -1000 OR scale > 1000 THEN
		RAISE EXCEPTION 'scale % is out of range', scale
			USING ERRCODE = 'numeric_value_out_of_range',
				DETAIL = 'The scale must lie between -1000 and 1000.';
	END IF;
	IF d = 0::numeric THEN
		RAISE EXCEPTION 'division by zero'
			USING ERRCODE = 'division_by_zero',
				HINT = 'The denominator of divide_round must not be zero.';
	END IF;
	n := abs(numerator) * power(10::numeric, scale::numeric);
	q := div(n, d);
	r := n - q * d;
	IF rounding = 'half_up' AND 2::numeric * r >= d
		OR rounding = 'half_even' AND (2::numeric * r > d OR 2::numeric * r = d AND mod(q, 2::numeric) = 1::numeric) THEN
		q := q + 1::numeric;
	END IF;
	IF neg THEN
		q := -q;
	END IF;
	RETURN round(q * power(10::numeric, (-scale)::numeric), greatest(scale, 0));
END
$$;
COMMENT ON FUNCTION @extschema@.divide_round(numeric, numeric, integer, text) IS
	'numerator / denominator rounded once, exactly, to scale decimal places: half_even (default), half_up (ties away from zero) or down (toward zero); 22012 for a zero denominator';

-- ---------------------------------------------------------------- annualised_rate_percent

/*
 * The compound annual rate, in percent, that takes from_value to to_value
 * in years years: 100 * ((to/from)^(1/years) - 1), rounded half up to
 * digits decimal places, exactly.  The root is irrational in general, so
 * numeric power() (exp and ln) only proposes the rounded rate k; k is then
 * proved: with u = 10^-(digits+2), k is right when
 *     (1 + (k - 1/2) u)^years <= to/from < (1 + (k + 1/2) u)^years,
 * and those powers of exact decimals are exact numeric products (compared
 * as products, from * power <= to, with no division).  A k that fails moves
 * one step toward the side it failed on until it holds.  A ratio exactly
 * on a half-way power (only possible when such a power is a ratio of the
 * two amounts) rounds up.
 * NULL when from_value is not positive or to_value is negative: no real
 * rate leads there.
 */
CREATE FUNCTION @extschema@.annualised_rate_percent(from_value numeric, to_value numeric,
													years integer, digits integer DEFAULT 2)
RETURNS numeric
LANGUAGE plpgsql
IMMUTABLE
STRICT
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	u			numeric;
	k			numeric;
	lo			numeric;
	hi			numeric;
	i			integer;
	steps		integer := 0;
BEGIN
	IF years < 1 OR years > 1000 THEN
		RAISE EXCEPTION 'a rate over % years cannot be computed', years
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'The number of years must lie between 1 and 1000.';
	END IF;
	IF digits < 0 OR digits > 20 THEN
		RAISE EXCEPTION '% digits are out of range', digits
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'The digits of the rate must lie between 0 and 20.';
	END IF;
	IF from_value <= 0::numeric OR to_value < 0::numeric THEN
		RETURN NULL;
	END IF;
	u := power(10::numeric, (-(digits + 2))::numeric);
	IF to_value = 0::numeric THEN
		RETURN round(-100::numeric, digits);
	END IF;
	k := round((power(to_value / from_value, 1::numeric / years::numeric) - 1::numeric) / u);
	LOOP
		steps := steps + 1;
		IF steps > 100 THEN		-- power() is never this far off
			RAISE EXCEPTION 'annualised rate did not converge' USING ERRCODE = 'internal_error';
		END IF;
		-- (1 + (k - 1/2) u)^years and (1 + (k + 1/2) u)^years, exactly
		lo := 1::numeric;
		hi := 1::numeric;
		FOR i IN 1 .. years LOOP
			lo := lo * greatest(1::numeric + (k - 0.5) * u, 0::numeric);
			hi := hi * (1::numeric + (k + 0.5) * u);
		END LOOP;
		IF from_value * lo > to_value THEN
			k := k - 1::numeric;
		ELSIF from_value * hi <= to_value THEN
			k := k + 1::numeric;
		ELSE
			EXIT;
		END IF;
	END LOOP;
	RETURN round(k * u * 100::numeric, digits);
END
$$;
COMMENT ON FUNCTION @extschema@.annualised_rate_percent(numeric, numeric, integer, integer) IS
	'Compound annual rate in percent from from_value to to_value over years, rounded half up to digits places exactly (the rounded rate is proved by exact powers); NULL when no real rate leads there';

-- ---------------------------------------------------------------- burden_change

/*
 * Each fiscal year's burden against the previous year on file of the same
 * series, where a series is host, stationed party, agreement (or all the
 * host's agreements: scope 'host'), basis, currency and category (or all
 * categories: category_code NULL).  Items' own categories, not rolled up
 * the hierarchy (burden_by_category does that for an agreement's total).
 *
 *   change_kind 'first':    no earlier year on file;
 *   change_kind 'one year': the previous year on file is the adjacent one:
 *                           change_value and change_percent;
 *   change_kind 'over gap': one or more years between have no amount on
 *                           file: no one-year change is shown (change_* are
 *                           NULL); the row names the years between
 *                           (gap_first_year .. gap_last_year, gap_years,
 *                           gap_label) and gives the total change over the
 *                           span and the compound annualised rate over it
 *                           (annualised_rate_percent).
 *
 * A year "on file" is a year with an amount in burden_allocation.
 *
 * Coverage of each row, as the burden views give it: the row's figures
 * span the fiscal years from previous_fiscal_year (its own year for a
 * first row) to fiscal_year, fiscal_years_expected of them; they use the
 * amounts of fiscal_years_summed (1 for a first row, else 2: the year and
 * the previous one).  complete is true only when the two counts are equal
 * (no years between) and every year used is reported (burden_coverage) for
 * every agreement the row sums, the agreement's or all the host's with the
 * stationed party for the basis: a change from or to a partial or unknown
 * year, or over a gap, is never complete.
 */
CREATE VIEW @extschema@.burden_change WITH (security_invoker = false) AS
WITH detail AS (
	-- the items summed once per agreement, fiscal year and category; the
	-- series of all categories and of the host's agreements are sums of
	-- these sums (exact, one currency per row)
	-- (from costshare_internal.burden_parts, summed per span, so that the
	-- planner counts these groups rather than expect one per item)
	SELECT bp.host_party, bp.stationed_party, bp.agreement_code, bp.basis,
		   bp.currency_code,
		   bp.category, bp.fiscal_year,
		   @extschema@.sum(bp.amount) AS amount
	FROM costshare_internal.burden_parts bp
	GROUP BY bp.host_party, bp.stationed_party, bp.agreement_code, bp.basis,
			 bp.currency_code, bp.fiscal_year, bp.category
),
on_file AS (
	SELECT d.host_party, d.stationed_party, 'agreement'::text AS scope, d.agreement_code, d.basis,
		   d.currency_code, d.category, d.fiscal_year, d.amount
	FROM detail d
	UNION ALL
	SELECT d.host_party, d.stationed_party, 'agreement', d.agreement_code, d.basis,
		   d.currency_code, NULL, d.fiscal_year, @extschema@.sum(d.amount)
	FROM detail d
	GROUP BY d.host_party, d.stationed_party, d.agreement_code, d.basis, d.currency_code, d.fiscal_year
	UNION ALL
	SELECT d.host_party, d.stationed_party, 'host', NULL, d.basis,
		   d.currency_code, d.category, d.fiscal_year, @extschema@.sum(d.amount)
	FROM detail d
	GROUP BY d.host_party, d.stationed_party, d.basis, d.currency_code, d.fiscal_year, d.category
	UNION ALL
	SELECT d.host_party, d.stationed_party, 'host', NULL, d.basis,
		   d.currency_code, NULL, d.fiscal_year, @extschema@.sum(d.amount)
	FROM detail d
	GROUP BY d.host_party, d.stationed_party, d.basis, d.currency_code, d.fiscal_year
),
agreement_year_state AS (
	-- per agreement and fiscal year: is the year reported?
	SELECT c.host_party, c.stationed_party, c.agreement_code, c.basis, c.fiscal_year,
		   pg_catalog.bool_and(c.state = 'reported') AS reported
	FROM @extschema@.burden_coverage c
	WHERE c.basis IS NOT NULL
	GROUP BY c.host_party, c.stationed_party, c.agreement_code, c.basis, c.fiscal_year
),
year_state AS (
	-- per series of agreements and fiscal year: is the year reported for
	-- every agreement of the series?
	SELECT a.host_party, a.stationed_party, 'agreement'::text AS scope, a.agreement_code, a.basis,
		   a.fiscal_year, a.reported
	FROM agreement_year_state a
	UNION ALL
	SELECT a.host_party, a.stationed_party, 'host', NULL, a.basis, a.fiscal_year,
		   pg_catalog.bool_and(a.reported)
	FROM agreement_year_state a
	GROUP BY a.host_party, a.stationed_party, a.basis, a.fiscal_year
),
sequenced AS (
	SELECT o.*,
		   @extschema@.amount(o.amount) AS amount_value,
		   pg_catalog.lag(o.fiscal_year) OVER w AS previous_fiscal_year,
		   pg_catalog.lag(@extschema@.amount(o.amount)) OVER w AS previous_value
	FROM on_file o
	WINDOW w AS (PARTITION BY o.host_party, o.stationed_party, o.scope, o.agreement_code, o.basis,
						  o.currency_code, o.category
				 ORDER BY o.fiscal_year)
)
SELECT
	s.host_party,
	s.stationed_party,
	s.scope,
	s.agreement_code,
	s.basis,
	s.category AS category_code,
	h.fiscal_calendar,
	s.fiscal_year,
	@extschema@.fiscal_year_label(s.fiscal_year, h.fiscal_calendar) AS fiscal_year_label,
	s.amount,
	s.amount_value,
	s.currency_code,
	s.previous_fiscal_year,
	CASE WHEN s.previous_fiscal_year IS NOT NULL THEN
		@extschema@.fiscal_year_label(s.previous_fiscal_year, h.fiscal_calendar) END AS previous_fiscal_year_label,
	s.previous_value,
	CASE WHEN s.previous_fiscal_year IS NULL THEN 'first'
		 WHEN s.previous_fiscal_year = s.fiscal_year - 1 THEN 'one year'
		 ELSE 'over gap' END AS change_kind,
	CASE WHEN s.previous_fiscal_year = s.fiscal_year - 1 THEN s.amount_value - s.previous_value END AS change_value,
	CASE WHEN s.previous_fiscal_year = s.fiscal_year - 1 AND s.previous_value <> 0::numeric THEN
		@extschema@.divide_round(100::numeric * (s.amount_value - s.previous_value), s.previous_value, 2, 'half_up')
	END AS change_percent,
	CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN s.previous_fiscal_year + 1 END AS gap_first_year,
	CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN s.fiscal_year - 1 END AS gap_last_year,
	-- a count, so bigint like every count of the views
	CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN
		(s.fiscal_year - s.previous_fiscal_year - 1)::bigint END AS gap_years,
	CASE WHEN s.previous_fiscal_year = s.fiscal_year - 2 THEN
			@extschema@.fiscal_year_label(s.fiscal_year - 1, h.fiscal_calendar)
		 WHEN s.previous_fiscal_year < s.fiscal_year - 2 THEN
			@extschema@.fiscal_year_label(s.previous_fiscal_year + 1, h.fiscal_calendar) || '..'
			|| @extschema@.fiscal_year_label(s.fiscal_year - 1, h.fiscal_calendar)
	END AS gap_label,
	CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN s.amount_value - s.previous_value END AS gap_change_value,
	CASE WHEN s.previous_fiscal_year < s.fiscal_year - 1 THEN
		@extschema@.annualised_rate_percent(s.previous_value, s.amount_value, s.fiscal_year - s.previous_fiscal_year, 2)
	END AS annualised_rate_percent,
	h.fiscal_calendar::text AS fiscal_calendar_name,
	n.summed = n.expected AND COALESCE(y1.reported, false)
		AND (s.previous_fiscal_year IS NULL OR COALESCE(y0.reported, false)) AS complete,
	n.summed AS fiscal_years_summed,
	n.expected AS fiscal_years_expected
FROM sequenced s
	JOIN @extschema@.party h ON h.code = s.host_party
	CROSS JOIN LATERAL (
		SELECT CASE WHEN s.previous_fiscal_year IS NULL THEN 1::bigint ELSE 2::bigint END AS summed,
			   CASE WHEN s.previous_fiscal_year IS NULL THEN 1::bigint
					ELSE (s.fiscal_year - s.previous_fiscal_year + 1)::bigint END AS expected) n
	LEFT JOIN year_state y1
		ON y1.host_party = s.host_party AND y1.stationed_party = s.stationed_party AND y1.scope = s.scope
		   AND y1.agreement_code IS NOT DISTINCT FROM s.agreement_code AND y1.basis = s.basis
		   AND y1.fiscal_year = s.fiscal_year
	LEFT JOIN year_state y0
		ON y0.host_party = s.host_party AND y0.stationed_party = s.stationed_party AND y0.scope = s.scope
		   AND y0.agreement_code IS NOT DISTINCT FROM s.agreement_code AND y0.basis = s.basis
		   AND y0.fiscal_year = s.previous_fiscal_year;
COMMENT ON VIEW @extschema@.burden_change IS
	'Each fiscal year''s burden against the previous year on file of its series (agreement or host, basis, currency, category or all): a one-year change only between adjacent years; across years with no amount on file, the years between and the compound annualised rate; complete only when both years are reported and adjacent';
COMMENT ON COLUMN @extschema@.burden_change.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_change.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_change.scope IS 'agreement (one agreement''s burden) or host (all the host''s agreements with the stationed party)';
COMMENT ON COLUMN @extschema@.burden_change.agreement_code IS 'Agreement (NULL when scope is host)';
COMMENT ON COLUMN @extschema@.burden_change.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_change.category_code IS 'Cost category of the items (NULL: all categories)';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_year IS 'Fiscal year (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_change.amount IS 'Burden of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_change.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_change.currency_code IS 'ISO 4217 code of the amounts';
COMMENT ON COLUMN @extschema@.burden_change.previous_fiscal_year IS 'The latest earlier fiscal year on file of the series (adjacent or not)';
COMMENT ON COLUMN @extschema@.burden_change.previous_fiscal_year_label IS 'Label of previous_fiscal_year';
COMMENT ON COLUMN @extschema@.burden_change.previous_value IS 'Burden of previous_fiscal_year in major units';
COMMENT ON COLUMN @extschema@.burden_change.change_kind IS 'first (no earlier year), one year (adjacent years) or over gap (years between with no amount)';
COMMENT ON COLUMN @extschema@.burden_change.change_value IS 'amount_value - previous_value, for adjacent years only';
COMMENT ON COLUMN @extschema@.burden_change.change_percent IS '100 * change / previous, rounded half up to two decimals exactly; adjacent years only';
COMMENT ON COLUMN @extschema@.burden_change.gap_first_year IS 'First of the fiscal years between with no amount on file';
COMMENT ON COLUMN @extschema@.burden_change.gap_last_year IS 'Last of the fiscal years between with no amount on file';
COMMENT ON COLUMN @extschema@.burden_change.gap_years IS 'Number of fiscal years between with no amount on file';
COMMENT ON COLUMN @extschema@.burden_change.gap_label IS 'Labels of the years between, for example 2023..2025';
COMMENT ON COLUMN @extschema@.burden_change.gap_change_value IS 'amount_value - previous_value over the whole span, for a gap only';
COMMENT ON COLUMN @extschema@.burden_change.annualised_rate_percent IS
	'Compound annual rate over the span from previous_fiscal_year, in percent, rounded half up to two decimals exactly; for a gap only';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_calendar_name IS 'fiscal_calendar as text';
COMMENT ON COLUMN @extschema@.burden_change.complete IS
	'True only when the row uses every fiscal year it spans (first or one year, no gap) and each is reported for every agreement the row sums (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_years_summed IS 'Fiscal years whose amounts the row uses: 1 for first, else 2 (the year and previous_fiscal_year)';
COMMENT ON COLUMN @extschema@.burden_change.fiscal_years_expected IS 'Fiscal years the row spans, from previous_fiscal_year (or the year itself for first) to fiscal_year';

GRANT SELECT ON @extschema@.burden_change TO costshare_reader;

-- ---------------------------------------------------------------- measures: consistency
-- (as in src/schema/71_measures_consistency.sql)

/*
 * Measures: an agreement's items against its published total.
 * doc/measures.md.
 */

-- ---------------------------------------------------------------- agreement_consistency

/*
 * Each agreement's headline total (agreement.total_ceiling, the total
 * published for the whole period) against the sum of its items, per basis
 * and currency, so that a mistyped item shows.  Only reported items are
 * summed (an unknown one has no amount); an agreement with none has one
 * row with basis NULL.  status:
 *   'matches'         the items add up to the headline;
 *   'differs'         they do not: difference_value = items - headline;
 *   'other currency'  the items are in another currency than the headline;
 *   'no headline'     the agreement has no published total;
 *   'no items'        the agreement has a headline and no items.
 * The headline is usually the sum of the yearly ceilings, so the ceiling
 * rows are the ones expected to match; the other bases show how far the
 * budgets or settlements are from it.
 * complete (burden_coverage_by_agreement): every fiscal year of the
 * agreement is reported for the basis, so that a sum of items missing a
 * year is not read as a mistyped item; fiscal_years_summed of
 * fiscal_years_expected have amounts.  A row with no items is not complete.
 */
CREATE VIEW @extschema@.agreement_consistency WITH (security_invoker = false) AS
WITH sums AS (
	SELECT bi.agreement, bi.basis, @extschema@.currency(bi.amount) AS cur,
		   @extschema@.sum(bi.amount) AS items_total, pg_catalog.count(*) AS item_count,
		   pg_catalog.min(@extschema@.lower(bi.period)) AS first_day,
		   pg_catalog.max(@extschema@.last_day(bi.period)) AS last_day
	FROM @extschema@.burden_item bi
	-- an item recorded as unknown has no amount to add (it makes its years
	-- not reported: complete says so)
	WHERE bi.status = 'reported'
	GROUP BY bi.agreement, bi.basis, @extschema@.currency(bi.amount)
)
SELECT
	a.host_party,
	a.stationed_party,
	a.code AS agreement_code,
	s.basis,
	a.total_ceiling AS headline_total,
	@extschema@.amount(a.total_ceiling) AS headline_value,
	@extschema@.currency(a.total_ceiling)::text AS headline_currency_code,
	s.items_total,
	@extschema@.amount(s.items_total) AS items_value,
	s.cur::text AS items_currency_code,
	COALESCE(s.item_count, 0) AS item_count,
	s.first_day AS items_first_day,
	s.last_day AS items_last_day,
	CASE WHEN s.cur OPERATOR(@extschema@.=) @extschema@.currency(a.total_ceiling) THEN
		@extschema@.amount(s.items_total) - @extschema@.amount(a.total_ceiling) END AS difference_value,
	CASE WHEN s.cur OPERATOR(@extschema@.=) @extschema@.currency(a.total_ceiling)
			  AND @extschema@.amount(a.total_ceiling) <> 0::numeric THEN
		@extschema@.divide_round(100::numeric * (@extschema@.amount(s.items_total) - @extschema@.amount(a.total_ceiling)),
								 @extschema@.amount(a.total_ceiling), 4, 'half_up') END AS difference_percent,
	CASE WHEN a.total_ceiling IS NULL THEN 'no headline'
		 WHEN s.agreement IS NULL THEN 'no items'
		 WHEN s.cur OPERATOR(@extschema@.<>) @extschema@.currency(a.total_ceiling) THEN 'other currency'
		 WHEN @extschema@.amount(s.items_total) = @extschema@.amount(a.total_ceiling) THEN 'matches'
		 ELSE 'differs' END AS status,
	COALESCE(cv.complete, false) AS complete,
	COALESCE(cv.fiscal_years_summed, 0::bigint) AS fiscal_years_summed,
	COALESCE(cv.fiscal_years_expected, 0::bigint) AS fiscal_years_expected
FROM @extschema@.agreement a
	LEFT JOIN sums s ON s.agreement = a.code
	LEFT JOIN @extschema@.burden_coverage_by_agreement cv
		ON cv.agreement_code = a.code AND cv.basis IS NOT DISTINCT FROM s.basis;
COMMENT ON VIEW @extschema@.agreement_consistency IS
	'Each agreement''s published total (total_ceiling) against the sum of its items per basis and currency, with the difference and a status (matches, differs, other currency, no headline, no items); complete only when every fiscal year of the agreement is reported';
COMMENT ON COLUMN @extschema@.agreement_consistency.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.agreement_consistency.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.agreement_consistency.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.agreement_consistency.basis IS 'Basis of the items summed (NULL when the agreement has none)';
COMMENT ON COLUMN @extschema@.agreement_consistency.headline_total IS 'The agreement''s published total for its whole period (total_ceiling)';
COMMENT ON COLUMN @extschema@.agreement_consistency.headline_value IS 'headline_total in major units';
COMMENT ON COLUMN @extschema@.agreement_consistency.headline_currency_code IS 'ISO 4217 code of headline_total';
COMMENT ON COLUMN @extschema@.agreement_consistency.items_total IS 'Sum of the agreement''s items of this basis and currency';
COMMENT ON COLUMN @extschema@.agreement_consistency.items_value IS 'items_total in major units';
COMMENT ON COLUMN @extschema@.agreement_consistency.items_currency_code IS 'ISO 4217 code of items_total';
COMMENT ON COLUMN @extschema@.agreement_consistency.item_count IS 'Number of items summed';
COMMENT ON COLUMN @extschema@.agreement_consistency.items_first_day IS 'First day covered by the items';
COMMENT ON COLUMN @extschema@.agreement_consistency.items_last_day IS 'Last day covered by the items (inclusive)';
COMMENT ON COLUMN @extschema@.agreement_consistency.difference_value IS 'items_value - headline_value (same currency only)';
COMMENT ON COLUMN @extschema@.agreement_consistency.difference_percent IS 'difference as a percentage of the headline, rounded half up to four decimals exactly';
COMMENT ON COLUMN @extschema@.agreement_consistency.status IS 'matches, differs, other currency, no headline or no items';
COMMENT ON COLUMN @extschema@.agreement_consistency.complete IS 'True only when every fiscal year of the agreement is reported for the basis (burden_coverage_by_agreement)';
COMMENT ON COLUMN @extschema@.agreement_consistency.fiscal_years_summed IS 'Fiscal years of the agreement with amounts for the basis (reported or partial)';
COMMENT ON COLUMN @extschema@.agreement_consistency.fiscal_years_expected IS 'Fiscal years of the agreement';

GRANT SELECT ON @extschema@.agreement_consistency TO costshare_reader;

-- ---------------------------------------------------------------- measures: real terms
-- (as in src/schema/72_measures_real_terms.sql)

/*
 * Measures: price indices and the burden in constant prices.
 * doc/measures.md.
 */

-- ---------------------------------------------------------------- price_index

CREATE TABLE @extschema@.price_index (
	series_kind		text NOT NULL CHECK (series_kind IN ('cpi', 'gdp_deflator', 'defence_deflator')),
	party			text NOT NULL REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	year_kind		text NOT NULL CHECK (year_kind IN ('fiscal', 'calendar')),
	year			integer NOT NULL CHECK (year BETWEEN 1 AND 9999),
	value			numeric NOT NULL CHECK (value > 0::numeric),
	reference		text,
	source			text NOT NULL,
	note			text,
	PRIMARY KEY (series_kind, party, year_kind, year)
);
COMMENT ON TABLE @extschema@.price_index IS
	'Price-index series (CPI, GDP deflator, defence deflator) of a party, per fiscal or calendar year, with source; one vintage per series (a rebased series replaces all its rows)';
COMMENT ON COLUMN @extschema@.price_index.series_kind IS 'cpi, gdp_deflator or defence_deflator';
COMMENT ON COLUMN @extschema@.price_index.party IS 'Party (country) whose prices the index measures';
COMMENT ON COLUMN @extschema@.price_index.year_kind IS 'fiscal (a fiscal year of the party''s calendar) or calendar';
COMMENT ON COLUMN @extschema@.price_index.year IS 'The year the value is for (a fiscal year number of the party''s calendar, or a calendar year)';
COMMENT ON COLUMN @extschema@.price_index.value IS 'Index value, exact as published';
COMMENT ON COLUMN @extschema@.price_index.reference IS 'Reference period of the index, for example 2020=100';
COMMENT ON COLUMN @extschema@.price_index.source IS 'Publisher and table of the value';
COMMENT ON COLUMN @extschema@.price_index.note IS 'Free-form note';

-- ---------------------------------------------------------------- price_indices

/*
 * The table as readers see it (costshare_reader reads views, not tables),
 * with the party's fiscal calendar, which says what a fiscal year of the
 * party is; the functions that look values up read this.
 */
CREATE VIEW @extschema@.price_indices WITH (security_invoker = false) AS
SELECT pi.series_kind, pi.party, p.fiscal_calendar AS party_fiscal_calendar,
	   pi.year_kind, pi.year, pi.value, pi.reference, pi.source,
	   p.fiscal_calendar::text AS party_fiscal_calendar_name
FROM @extschema@.price_index pi
	JOIN @extschema@.party p ON p.code = pi.party;
COMMENT ON VIEW @extschema@.price_indices IS
	'The stored price-index values, readable by costshare_reader, with the party''s fiscal calendar';
COMMENT ON COLUMN @extschema@.price_indices.series_kind IS 'cpi, gdp_deflator or defence_deflator';
COMMENT ON COLUMN @extschema@.price_indices.party IS 'Party whose prices the index measures';
COMMENT ON COLUMN @extschema@.price_indices.party_fiscal_calendar IS 'The party''s fiscal calendar (what its fiscal years are)';
COMMENT ON COLUMN @extschema@.price_indices.year_kind IS 'fiscal or calendar';
COMMENT ON COLUMN @extschema@.price_indices.year IS 'The year the value is for';
COMMENT ON COLUMN @extschema@.price_indices.value IS 'Index value, exact as published';
COMMENT ON COLUMN @extschema@.price_indices.reference IS 'Reference period of the index, for example 2020=100';
COMMENT ON COLUMN @extschema@.price_indices.source IS 'Publisher and table of the value';
COMMENT ON COLUMN @extschema@.price_indices.party_fiscal_calendar_name IS 'party_fiscal_calendar as text';

-- ---------------------------------------------------------------- price_index_for

/*
 * The value of a party's series for a span (a fiscal year of some
 * calendar): the value for the party's own fiscal year holding the middle
 * day of the span, else the calendar-year value of the year holding the
 * middle day (so a Japanese fiscal year April-March takes the calendar
 * year of its first nine months, a US federal year October-September the
 * year it ends in).  No row if neither is on file.
 */
CREATE TYPE @extschema@.price_index_value AS (
	year_kind		text,
	year			integer,
	value			numeric,
	reference		text,
	source			text
);
COMMENT ON TYPE @extschema@.price_index_value IS
	'A row of price_index_for: the value of a price index for a year (fiscal or calendar), its reference period and source';
CREATE FUNCTION @extschema@.price_index_for(series_kind text, party text, within @extschema@.agreement_period)
RETURNS SETOF @extschema@.price_index_value
ROWS 1
LANGUAGE sql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT pi.year_kind, pi.year, pi.value, pi.reference, pi.source
	FROM @extschema@.price_indices pi
		CROSS JOIN LATERAL (
			SELECT @extschema@.lower($3)
				   + (@extschema@.last_day($3) - @extschema@.lower($3)) / 2 AS mid) m
	WHERE pi.series_kind = $1 AND pi.party = $2 AND @extschema@.isfinite($3)
	  AND ((pi.year_kind = 'fiscal' AND pi.year = @extschema@.fiscal_year(m.mid, pi.party_fiscal_calendar))
		   OR (pi.year_kind = 'calendar' AND pi.year = extract(year FROM m.mid)::integer))
	ORDER BY pi.year_kind = 'fiscal' DESC
	LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.price_index_for(text, text, @extschema@.agreement_period) IS
	'The index value of a party''s series for a span: its fiscal year holding the span''s middle day, else the calendar year holding it; no row if none';

-- ---------------------------------------------------------------- burden_in_constant_prices

/*
 * burden_by_period in constant prices of base_year (a fiscal year of each
 * host's calendar), in the target currency (default: each row's own).
 *
 * Order of operations, by default deflate then convert (as SIPRI does):
 *     real = amount * I_host(base_year) / I_host(year), in the amount's
 *            currency, then converted at the rate in force for base_year;
 * so a host's real series moves with the host's own prices only, and one
 * base-year rate scales the whole series (the exchange rates of the other
 * years, which swing with markets, do not enter it).  An amount in a
 * currency its host has since replaced (a redenomination, a euro
 * changeover) is deflated in its own currency and converted by the base
 * year's rate of that pair, which is the legal conversion rate when one is
 * stored (give target then, since by default each row stays in its own
 * currency).  convert_first => true gives the other order:
 *     real = amount converted at the rate in force for its own year, then
 *            * I(base_year) / I(year) of index_party (default: the one
 *            party whose currency is the target),
 * the measure of what the burden would buy in the target's economy.
 *
 * Every factor is an exact numeric and the result is rounded once, half to
 * even, to the target's minor units (divide_round).  A row that cannot be
 * computed (no index for its year or the base year, no rate) has real NULL
 * and missing_reason saying what is missing; a series kind, party or rate
 * provider that does not exist is an error.
 *
 * Coverage per row, as burden_in_currency's: state is the year's
 * (burden_coverage); complete is true only when the year is reported and
 * real_value could be computed (both index values and the rate on file);
 * fiscal_years_summed is the year's (1 for reported or partial) when
 * real_value is not NULL, else 0; fiscal_years_expected is 1.
 */
CREATE FUNCTION @extschema@.burden_in_constant_prices(
	base_year integer,
	series_kind text DEFAULT 'gdp_deflator',
	target @extschema@.currency DEFAULT NULL,
	convert_first boolean DEFAULT false,
	index_party text DEFAULT NULL,
	rate_source text DEFAULT NULL)
RETURNS TABLE (
	host_party text,
	stationed_party text,
	agreement_code text,
	basis text,
	fiscal_year integer,
	fiscal_year_label text,
	start_date date,
	end_date date,
	amount @extschema@.currency_amount,
	amount_value numeric,
	currency_code text,
	method text,
	index_series text,
	index_party_code text,
	index_reference text,
	index_year_kind text,
	index_year integer,
	index_value numeric,
	index_source text,
	base_fiscal_year integer,
	base_index_year_kind text,
	base_index_year integer,
	base_index_value numeric,
	base_index_source text,
	rate numeric,
	rate_base_currency text,
	rate_quote_currency text,
	rate_provider text,
	rate_source_title text,
	rate_rule text,
	via_rate numeric,
	via_rate_provider text,
	via_rate_source_title text,
	real_amount @extschema@.currency_amount,
	real_value numeric,
	real_currency_code text,
	real_label text,
	missing_reason text,
	state text,
	complete boolean,
	fiscal_years_summed bigint,
	fiscal_years_expected bigint)
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
	IF $2 IS NULL OR $2 NOT IN ('cpi', 'gdp_deflator', 'defence_deflator') THEN
		RAISE EXCEPTION 'unknown price index series kind "%"', $2
			USING ERRCODE = 'invalid_parameter_value',
				HINT = 'Use cpi, gdp_deflator or defence_deflator.';
	END IF;
	IF $1 IS NULL THEN
		RAISE EXCEPTION 'the base year must be given'
			USING ERRCODE = 'null_value_not_allowed',
				HINT = 'Give the fiscal year whose prices the amounts are expressed in.';
	END IF;
	IF $4 AND ($3 IS NULL OR $5 IS NULL) THEN
		RAISE EXCEPTION 'converting first needs a target currency and an index party'
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'Converting first deflates by the prices of the target currency''s economy.',
				HINT = 'Give target and index_party (the party whose price index to use).';
	END IF;
	IF $5 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM @extschema@.price_indices pi
									  WHERE pi.party = $5 AND pi.series_kind = $2) THEN
		RAISE EXCEPTION 'no % of party "%" is on file', $2, $5
			USING ERRCODE = 'undefined_object',
				HINT = 'Give a party with values in price_index for that series, or NULL for each host.';
	END IF;
	IF $6 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM @extschema@.exchange_rates r WHERE r.provider = $6) THEN
		RAISE EXCEPTION 'no exchange rate from provider "%" is on file', $6
			USING ERRCODE = 'undefined_object',
				HINT = 'Give a provider as stored in exchange_rate.provider, or NULL for any.';
	END IF;
	RETURN QUERY
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_year, b.fiscal_year_label,
		   b.start_date, b.end_date, b.amount, b.amount_value, b.currency_code,
		   CASE WHEN $4 THEN 'convert then deflate' ELSE 'deflate then convert' END,
		   $2, x.ip, iy.reference, iy.year_kind, iy.year, iy.value, iy.source,
		   $1, ib.year_kind, ib.year, ib.value, ib.source,
		   CASE WHEN b.currency_code = x.tc::text THEN 1::numeric ELSE r.rate END,
		   r.base_currency::text, r.quote_currency::text, r.rate_provider, r.rate_source,
		   CASE WHEN b.currency_code = x.tc::text THEN 'same currency'
				WHEN r.rate IS NOT NULL THEN r.rule ELSE 'missing' END,
		   r.via_rate, r.via_rate_provider, r.via_rate_source,
		   CASE WHEN v.real IS NOT NULL THEN @extschema@.currency_amount(v.real, x.tc, 'half_even') END,
		   v.real, x.tc::text,
		   'in constant ' || $1::text || ' ' || x.tc::text,
		   CASE WHEN iy.value IS NULL THEN format('no %s of %s for %s', $2, x.ip, b.fiscal_year_label)
				WHEN ib.value IS NULL THEN format('no %s of %s for the base year %s', $2, x.ip, $1)
				WHEN b.currency_code <> x.tc::text AND r.rate IS NULL THEN
					format('no %s/%s rate in force for %s', b.currency_code, x.tc,
						   CASE WHEN $4 THEN b.fiscal_year_label ELSE 'the base year ' || $1::text END)
		   END,
		   b.state,
		   b.complete AND v.real IS NOT NULL,
		   CASE WHEN v.real IS NOT NULL THEN b.fiscal_years_summed ELSE 0::bigint END,
		   b.fiscal_years_expected
	FROM @extschema@.burden_by_period b
		CROSS JOIN LATERAL (
			SELECT COALESCE($3, @extschema@.currency(b.amount)) AS tc,
				   COALESCE($5, b.host_party) AS ip,
				   @extschema@.fiscal_year_period($1, b.fiscal_calendar) AS base_period) x
		LEFT JOIN LATERAL @extschema@.price_index_for($2, x.ip, b.period) iy ON true
		LEFT JOIN LATERAL @extschema@.price_index_for($2, x.ip, x.base_period) ib ON true
		LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), x.tc,
			CASE WHEN $4 THEN b.period ELSE x.base_period END, $6, true) r ON true
		CROSS JOIN LATERAL (
			SELECT CASE WHEN iy.value IS NOT NULL AND ib.value IS NOT NULL
						 AND (b.currency_code = x.tc::text OR r.rate IS NOT NULL) THEN
				@extschema@.divide_round(
					b.amount_value * ib.value
						* (CASE WHEN b.currency_code = x.tc::text OR r.inverted THEN 1::numeric ELSE r.rate END)
						* (CASE WHEN r.via_rate IS NULL OR r.via_inverted THEN 1::numeric ELSE r.via_rate END),
					iy.value
						* (CASE WHEN b.currency_code <> x.tc::text AND r.inverted THEN r.rate ELSE 1::numeric END)
						* (CASE WHEN r.via_rate IS NOT NULL AND r.via_inverted THEN r.via_rate ELSE 1::numeric END),
					@extschema@.minor_units(x.tc), 'half_even')
			END AS real) v
	-- the years with an amount on file (burden_coverage shows the others)
	WHERE b.amount IS NOT NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.burden_in_constant_prices(integer, text, @extschema@.currency, boolean, text, text) IS
	'burden_by_period in constant prices of base_year in target (default each row''s currency): deflated by the host''s index then converted at the base year''s rate (default), or converted at each year''s rate then deflated (convert_first); each row names its index values, sources and rates, rounded once; complete only when the year is reported and every index value and rate is on file';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.price_index', '');

GRANT SELECT ON @extschema@.price_indices TO costshare_reader;

-- ---------------------------------------------------------------- measures: shares
-- (as in src/schema/73_measures_shares.sql)

/*
 * Measures: macro figures (GDP, defence budget), the burden as a share of
 * them, and the burden per person in any currency.  doc/measures.md.
 */

-- ---------------------------------------------------------------- macro_figure

CREATE TABLE @extschema@.macro_figure (
	party			text NOT NULL REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	kind			text NOT NULL CHECK (kind IN ('gdp', 'defence_budget')),
	year_kind		text NOT NULL CHECK (year_kind IN ('fiscal', 'calendar')),
	year			integer NOT NULL CHECK (year BETWEEN 1 AND 9999),
	amount			@extschema@.currency_amount NOT NULL,
	source			text NOT NULL,
	note			text,
	PRIMARY KEY (party, kind, year_kind, year),
	CONSTRAINT macro_figure_positive CHECK (@extschema@.amount(amount) > 0::numeric)
);
COMMENT ON TABLE @extschema@.macro_figure IS
	'Macro figures of a party per fiscal or calendar year, in their currency, with source: nominal GDP and the defence budget';
COMMENT ON COLUMN @extschema@.macro_figure.party IS 'Party (country) the figure is of';
COMMENT ON COLUMN @extschema@.macro_figure.kind IS 'gdp (nominal gross domestic product) or defence_budget';
COMMENT ON COLUMN @extschema@.macro_figure.year_kind IS 'fiscal (a fiscal year of the party''s calendar) or calendar';
COMMENT ON COLUMN @extschema@.macro_figure.year IS 'The year the figure is for';
COMMENT ON COLUMN @extschema@.macro_figure.amount IS 'The figure, in the currency published';
COMMENT ON COLUMN @extschema@.macro_figure.source IS 'Publisher and table of the figure';
COMMENT ON COLUMN @extschema@.macro_figure.note IS 'Free-form note';

-- ---------------------------------------------------------------- macro_figures

/*
 * The table as readers see it, with the party's fiscal calendar
 * (price_indices says why).
 */
CREATE VIEW @extschema@.macro_figures WITH (security_invoker = false) AS
SELECT mf.party, p.fiscal_calendar AS party_fiscal_calendar, mf.kind, mf.year_kind, mf.year,
	   mf.amount, @extschema@.amount(mf.amount) AS amount_value,
	   @extschema@.currency(mf.amount)::text AS currency_code, mf.source,
	   p.fiscal_calendar::text AS party_fiscal_calendar_name
FROM @extschema@.macro_figure mf
	JOIN @extschema@.party p ON p.code = mf.party;
COMMENT ON VIEW @extschema@.macro_figures IS
	'The stored macro figures (GDP, defence budget), readable by costshare_reader, with the party''s fiscal calendar';
COMMENT ON COLUMN @extschema@.macro_figures.party IS 'Party the figure is of';
COMMENT ON COLUMN @extschema@.macro_figures.party_fiscal_calendar IS 'The party''s fiscal calendar (what its fiscal years are)';
COMMENT ON COLUMN @extschema@.macro_figures.kind IS 'gdp or defence_budget';
COMMENT ON COLUMN @extschema@.macro_figures.year_kind IS 'fiscal or calendar';
COMMENT ON COLUMN @extschema@.macro_figures.year IS 'The year the figure is for';
COMMENT ON COLUMN @extschema@.macro_figures.amount IS 'The figure';
COMMENT ON COLUMN @extschema@.macro_figures.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.macro_figures.currency_code IS 'ISO 4217 code of amount';
COMMENT ON COLUMN @extschema@.macro_figures.source IS 'Publisher and table of the figure';
COMMENT ON COLUMN @extschema@.macro_figures.party_fiscal_calendar_name IS 'party_fiscal_calendar as text';

-- the figure for a span: the rule of price_index_for
CREATE TYPE @extschema@.macro_figure_value AS (
	year_kind		text,
	year			integer,
	amount			@extschema@.currency_amount,
	amount_value	numeric,
	currency_code	text,
	source			text
);
COMMENT ON TYPE @extschema@.macro_figure_value IS
	'A row of macro_figure_for: a macro figure (GDP, defence budget) for a year (fiscal or calendar), in major units too, and its source';
CREATE FUNCTION @extschema@.macro_figure_for(kind text, party text, within @extschema@.agreement_period)
RETURNS SETOF @extschema@.macro_figure_value
ROWS 1
LANGUAGE sql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT mf.year_kind, mf.year, mf.amount, mf.amount_value, mf.currency_code, mf.source
	FROM @extschema@.macro_figures mf
		CROSS JOIN LATERAL (
			SELECT @extschema@.lower($3)
				   + (@extschema@.last_day($3) - @extschema@.lower($3)) / 2 AS mid) m
	WHERE mf.kind = $1 AND mf.party = $2 AND @extschema@.isfinite($3)
	  AND ((mf.year_kind = 'fiscal' AND mf.year = @extschema@.fiscal_year(m.mid, mf.party_fiscal_calendar))
		   OR (mf.year_kind = 'calendar' AND mf.year = extract(year FROM m.mid)::integer))
	ORDER BY mf.year_kind = 'fiscal' DESC
	LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.macro_figure_for(text, text, @extschema@.agreement_period) IS
	'The macro figure of a party for a span: its fiscal year holding the span''s middle day, else the calendar year holding it; no row if none';

-- ---------------------------------------------------------------- burden_share

/*
 * Each fiscal year's burden (burden_by_period) as a share of the host's
 * GDP and of its defence budget for that year (macro_figure_for: the
 * fiscal-year figure, else the calendar year holding the middle of the
 * fiscal year).  A burden in another currency than the figure is taken at
 * the rate in force for the fiscal year, in the same exact quotient.  The
 * share is rounded half up to four decimals of a percent, exactly.  A year
 * without a figure or a rate has share NULL and missing_reason.
 * Coverage per row, as burden_in_currency's: state is the year's
 * (burden_coverage); complete is true only when the year is reported and
 * share_percent could be computed (the figure and any rate on file);
 * fiscal_years_summed is the year's (1 for reported or partial) when
 * share_percent is not NULL, else 0; fiscal_years_expected is 1.
 */
CREATE VIEW @extschema@.burden_share WITH (security_invoker = false) AS
SELECT
	b.host_party,
	b.stationed_party,
	b.agreement_code,
	b.basis,
	b.fiscal_calendar,
	b.fiscal_year,
	b.fiscal_year_label,
	b.start_date,
	b.end_date,
	b.amount,
	b.amount_value,
	b.currency_code,
	k.kind AS measure,
	f.amount AS figure,
	@extschema@.amount(f.amount) AS figure_value,
	@extschema@.currency(f.amount)::text AS figure_currency_code,
	f.year_kind AS figure_year_kind,
	f.year AS figure_year,
	f.source AS figure_source,
	CASE WHEN @extschema@.currency(f.amount)::text = b.currency_code THEN 1::numeric ELSE r.rate END AS rate,
	r.rate_provider,
	r.rule AS rate_rule,
	sh.share_percent,
	CASE WHEN f.amount IS NULL THEN format('no %s of %s for %s', k.kind, b.host_party, b.fiscal_year_label)
		 WHEN @extschema@.currency(f.amount)::text <> b.currency_code AND r.rate IS NULL THEN
			format('no %s/%s rate in force for %s', b.currency_code, @extschema@.currency(f.amount), b.fiscal_year_label)
	END AS missing_reason,
	b.fiscal_calendar_name,
	b.state,
	b.complete AND sh.share_percent IS NOT NULL AS complete,
	CASE WHEN sh.share_percent IS NOT NULL THEN b.fiscal_years_summed ELSE 0::bigint END AS fiscal_years_summed,
	b.fiscal_years_expected
FROM @extschema@.burden_by_period b
	CROSS JOIN (VALUES ('gdp'), ('defence_budget')) k (kind)
	LEFT JOIN LATERAL @extschema@.macro_figure_for(k.kind, b.host_party, b.period) f ON true
	LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), @extschema@.currency(f.amount),
		b.period, NULL, true) r ON f.amount IS NOT NULL
	CROSS JOIN LATERAL (SELECT
		CASE WHEN f.amount IS NOT NULL AND (@extschema@.currency(f.amount)::text = b.currency_code OR r.rate IS NOT NULL) THEN
			@extschema@.divide_round(
				100::numeric * b.amount_value
					* (CASE WHEN @extschema@.currency(f.amount)::text = b.currency_code OR r.inverted THEN 1::numeric ELSE r.rate END)
					* (CASE WHEN r.via_rate IS NULL OR r.via_inverted THEN 1::numeric ELSE r.via_rate END),
				@extschema@.amount(f.amount)
					* (CASE WHEN @extschema@.currency(f.amount)::text <> b.currency_code AND r.inverted THEN r.rate ELSE 1::numeric END)
					* (CASE WHEN r.via_rate IS NOT NULL AND r.via_inverted THEN r.via_rate ELSE 1::numeric END),
				4, 'half_up')
		END AS share_percent) sh
-- the years with an amount on file (burden_coverage shows the others)
WHERE b.amount IS NOT NULL;
COMMENT ON VIEW @extschema@.burden_share IS
	'Each fiscal year''s burden as a percentage of the host''s GDP and of its defence budget for the year (measure), with the figure, its year and source; exact to four decimals; complete only when the year is reported and the figure and rate are on file';
COMMENT ON COLUMN @extschema@.burden_share.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_share.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_share.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_share.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_year IS 'Fiscal year (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_share.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_share.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_share.amount IS 'Burden of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_share.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_share.currency_code IS 'ISO 4217 code of amount';
COMMENT ON COLUMN @extschema@.burden_share.measure IS 'gdp or defence_budget: what the burden is a share of';
COMMENT ON COLUMN @extschema@.burden_share.figure IS 'The host''s figure for the year';
COMMENT ON COLUMN @extschema@.burden_share.figure_value IS 'figure in major units';
COMMENT ON COLUMN @extschema@.burden_share.figure_currency_code IS 'ISO 4217 code of figure';
COMMENT ON COLUMN @extschema@.burden_share.figure_year_kind IS 'fiscal or calendar: the kind of year of the figure used';
COMMENT ON COLUMN @extschema@.burden_share.figure_year IS 'The year of the figure used';
COMMENT ON COLUMN @extschema@.burden_share.figure_source IS 'Source of the figure';
COMMENT ON COLUMN @extschema@.burden_share.rate IS 'Exchange rate from the burden''s currency to the figure''s, as stored (1 for the same currency)';
COMMENT ON COLUMN @extschema@.burden_share.rate_provider IS 'Provider of rate';
COMMENT ON COLUMN @extschema@.burden_share.rate_rule IS 'How rate was chosen (rate_in_force)';
COMMENT ON COLUMN @extschema@.burden_share.share_percent IS '100 * burden / figure, rounded half up to four decimals exactly';
COMMENT ON COLUMN @extschema@.burden_share.missing_reason IS 'Why share_percent is NULL: no figure or no rate';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_calendar_name IS 'fiscal_calendar as text';
COMMENT ON COLUMN @extschema@.burden_share.state IS 'Coverage of the year: reported, partial, unknown or missing (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_share.complete IS 'True only when the year is reported and share_percent was computed (the figure and any rate on file)';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_years_summed IS 'Fiscal years with amounts in share_percent: 1 or 0 (0 when it is NULL)';
COMMENT ON COLUMN @extschema@.burden_share.fiscal_years_expected IS 'Fiscal years the row should sum: 1';

-- ---------------------------------------------------------------- burden_per_person_in

/*
 * burden_per_person in any currency: the year's burden converted at the
 * rate in force for the fiscal year (the pair's own, else through USD),
 * divided by the personnel, rounded once half to even to the target's
 * minor units (not the host-currency figure rounded and then converted).
 * Coverage per row, as burden_in_currency's: state is the year's
 * (burden_coverage); complete is true only when the year is reported and
 * per_person_value could be computed (a personnel count and the rate on
 * file: burden_per_person has a row only where a count is);
 * fiscal_years_summed is the year's (1 for reported or partial) when
 * per_person_value is not NULL, else 0; fiscal_years_expected is 1.
 */
CREATE FUNCTION @extschema@.burden_per_person_in(target @extschema@.currency, rate_source text DEFAULT NULL)
RETURNS TABLE (
	host_party text,
	stationed_party text,
	agreement_code text,
	basis text,
	fiscal_year integer,
	fiscal_year_label text,
	start_date date,
	end_date date,
	amount @extschema@.currency_amount,
	amount_value numeric,
	currency_code text,
	personnel integer,
	personnel_as_of date,
	personnel_source text,
	rate numeric,
	rate_provider text,
	rate_rule text,
	via_rate numeric,
	per_person @extschema@.currency_amount,
	per_person_value numeric,
	target_currency_code text,
	rate_missing boolean,
	state text,
	complete boolean,
	fiscal_years_summed bigint,
	fiscal_years_expected bigint)
LANGUAGE plpgsql
STABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
	IF $2 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM @extschema@.exchange_rates r WHERE r.provider = $2) THEN
		RAISE EXCEPTION 'no exchange rate from provider "%" is on file', $2
			USING ERRCODE = 'undefined_object',
				HINT = 'Give a provider as stored in exchange_rate.provider, or NULL for any.';
	END IF;
	RETURN QUERY
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_year, b.fiscal_year_label,
		   b.start_date, b.end_date, b.amount, b.amount_value, b.currency_code,
		   b.personnel, b.personnel_as_of, b.personnel_source,
		   CASE WHEN b.currency_code = $1::text THEN 1::numeric ELSE r.rate END,
		   r.rate_provider,
		   CASE WHEN b.currency_code = $1::text THEN 'same currency'
				WHEN r.rate IS NOT NULL THEN r.rule
				ELSE format('missing: no %s/%s rate in force for the period', b.currency_code, $1) END,
		   r.via_rate,
		   CASE WHEN v.pp IS NOT NULL THEN @extschema@.currency_amount(v.pp, $1, 'half_even') END,
		   v.pp, $1::text, v.pp IS NULL,
		   b.state,
		   b.complete AND b.personnel IS NOT NULL AND v.pp IS NOT NULL,
		   CASE WHEN v.pp IS NOT NULL THEN b.fiscal_years_summed ELSE 0::bigint END,
		   b.fiscal_years_expected
	FROM @extschema@.burden_per_person b
		LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), $1, b.period, $2, true) r ON true
		CROSS JOIN LATERAL (
			SELECT CASE WHEN b.currency_code = $1::text OR r.rate IS NOT NULL THEN
				@extschema@.divide_round(
					b.amount_value
						* (CASE WHEN b.currency_code = $1::text OR r.inverted THEN 1::numeric ELSE r.rate END)
						* (CASE WHEN r.via_rate IS NULL OR r.via_inverted THEN 1::numeric ELSE r.via_rate END),
					b.personnel::numeric
						* (CASE WHEN b.currency_code <> $1::text AND r.inverted THEN r.rate ELSE 1::numeric END)
						* (CASE WHEN r.via_rate IS NOT NULL AND r.via_inverted THEN r.via_rate ELSE 1::numeric END),
					@extschema@.minor_units($1), 'half_even')
			END AS pp) v
	-- the years with an amount on file (burden_coverage shows the others)
	WHERE b.amount IS NOT NULL;
END
$$;
COMMENT ON FUNCTION @extschema@.burden_per_person_in(@extschema@.currency, text) IS
	'burden_per_person in target: the burden at the rate in force for the fiscal year divided by the personnel, rounded once half to even; rate_missing when no rate is in force; complete only when the year is reported and the rate is on file';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.macro_figure', '');

GRANT SELECT ON @extschema@.macro_figures, @extschema@.burden_share TO costshare_reader;

-- ---------------------------------------------------------------- measures: projection
-- (as in src/schema/74_measures_projection.sql)

/*
 * Measures: agreed escalation rules and the projection of the years not
 * yet published.  doc/measures.md.
 */

-- ---------------------------------------------------------------- escalation_rule

CREATE TABLE @extschema@.escalation_rule (
	agreement		text PRIMARY KEY REFERENCES @extschema@.agreement (code)
					ON UPDATE CASCADE ON DELETE CASCADE,
	basis			text NOT NULL DEFAULT 'ceiling'
					CHECK (basis IN ('ceiling', 'budget', 'contract', 'settled')),
	kind			text NOT NULL
					CHECK (kind IN ('fixed_percent', 'defence_budget_growth', 'price_index')),
	fixed_percent	numeric,
	index_series	text CHECK (index_series IN ('cpi', 'gdp_deflator', 'defence_deflator')),
	index_party		text REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	lag_years		integer NOT NULL DEFAULT 1 CHECK (lag_years BETWEEN 0 AND 10),
	cap_percent		numeric,
	floor_percent	numeric,
	rounding_unit	numeric NOT NULL CHECK (rounding_unit > 0::numeric),
	rounding		text NOT NULL DEFAULT 'half_up' CHECK (rounding IN ('half_up', 'half_even', 'down')),
	first_year		integer,
	source			text,
	note			text,
	CONSTRAINT escalation_rule_fixed CHECK ((kind = 'fixed_percent') = (fixed_percent IS NOT NULL)),
	CONSTRAINT escalation_rule_index CHECK ((kind = 'price_index') = (index_series IS NOT NULL)),
	CONSTRAINT escalation_rule_limits CHECK (cap_percent >= floor_percent)
);
COMMENT ON TABLE @extschema@.escalation_rule IS
	'How an agreement''s yearly amount grows after year one: a fixed percentage, the host''s defence-budget growth or a price index, with cap, floor and rounding unit';
COMMENT ON COLUMN @extschema@.escalation_rule.agreement IS 'Agreement the rule belongs to';
COMMENT ON COLUMN @extschema@.escalation_rule.basis IS 'Basis of the yearly amounts the rule escalates (usually ceiling)';
COMMENT ON COLUMN @extschema@.escalation_rule.kind IS 'fixed_percent, defence_budget_growth (the host''s, from macro_figure) or price_index';
COMMENT ON COLUMN @extschema@.escalation_rule.fixed_percent IS 'Yearly growth in percent, for kind fixed_percent';
COMMENT ON COLUMN @extschema@.escalation_rule.index_series IS 'cpi, gdp_deflator or defence_deflator, for kind price_index';
COMMENT ON COLUMN @extschema@.escalation_rule.index_party IS 'Party whose index or defence budget is used (NULL: the host)';
COMMENT ON COLUMN @extschema@.escalation_rule.lag_years IS
	'Year Y grows by the growth from year Y - lag_years - 1 to Y - lag_years (1: the previous year''s growth)';
COMMENT ON COLUMN @extschema@.escalation_rule.cap_percent IS 'Highest yearly growth in percent (NULL: none)';
COMMENT ON COLUMN @extschema@.escalation_rule.floor_percent IS 'Lowest yearly growth in percent, for example 0 (NULL: none)';
COMMENT ON COLUMN @extschema@.escalation_rule.rounding_unit IS
	'Each projected amount is rounded to a multiple of this, in major units (100000000 for 1 oku); a multiple of the currency''s minor unit';
COMMENT ON COLUMN @extschema@.escalation_rule.rounding IS 'half_up, half_even or down: how to round to the unit';
COMMENT ON COLUMN @extschema@.escalation_rule.first_year IS 'First fiscal year the rule escalates (NULL: the year after the first year on file)';
COMMENT ON COLUMN @extschema@.escalation_rule.source IS 'Where the rule is published';
COMMENT ON COLUMN @extschema@.escalation_rule.note IS 'Free-form note';

-- ---------------------------------------------------------------- burden_projection

/*
 * The yearly amounts an escalation rule gives, from first_year to the
 * agreement's last fiscal year, marked basis 'projected'.  Year Y grows
 * from the published amount of Y - 1 (of the rule's basis) when there is
 * one, else from the projection of Y - 1:
 *     projected(Y) = round_unit(base(Y - 1) * g(Y)),
 *     g(Y) = 1 + fixed_percent / 100, or X(Y - lag) / X(Y - lag - 1) for
 *            the defence budget or index X, limited to
 *            [1 + floor/100, 1 + cap/100];
 * the growth factor is the exact ratio of the published values (not a
 * rounded percentage), and the only rounding is to the rule's unit (a
 * unit finer than the currency's minor unit is an error, not a second
 * rounding).  A
 * year whose growth cannot be computed (no value of X) has projected NULL
 * and missing_reason, and so do the years projected from it.  Where a
 * published amount exists for Y it stands beside the projection with the
 * difference.  A view: a new index value, a new figure or a new item
 * changes the projection the next time it is read.  Projected amounts are
 * never mixed with the reported ones here; burden_with_projection is the
 * view that asks for both.
 *
 * Coverage per row: a projection grows from one published year's amount
 * (base_kind published: the year before; projected: the published year
 * the chain of projections started from), so fiscal_years_expected is 1
 * and fiscal_years_summed is that year's (1 for reported or partial) when
 * projected is not NULL, else 0.  complete is true only when projected
 * could be computed (every growth value on file), the published year it
 * grows from is reported, and the published amount it is compared with,
 * if any, is reported too.
 */
/*
 * The chain of projected years of burden_projection: year by year from
 * each rule's start_year to its last_year, each year from the published
 * amount of the year before when there is one, else from the projection
 * of the year before.  The recursion is here rather than in the view: a
 * recursive query in a view becomes part of every query over it, and Citus
 * refuses one beside a distributed table (burden_item, under
 * burden_by_period), while it runs a function in FROM like a reference
 * table.  The view hands it, as arrays (one element per row), the rules,
 * the published yearly amounts and the growth factors; it reads no table
 * (a function runs with its caller's rights, and the view's readers may
 * not read the tables).  PL/pgSQL, so the planner cannot inline it back.
 */
CREATE TYPE costshare_internal.projection_step AS (
	agreement		text,
	fiscal_year		integer,
	base_value		numeric,
	base_kind		text,
	projected		numeric,
	root_complete	boolean,
	root_summed		bigint
);
COMMENT ON TYPE costshare_internal.projection_step IS
	'One projected year of costshare_internal.projection_chain: the amount it grows from and where that comes from, the projection, and the coverage of the published year the chain started from';
CREATE FUNCTION costshare_internal.projection_chain(
	rule_agreements text[], start_years integer[], last_years integer[],
	currencies @extschema@.currency[], rounding_units numeric[], roundings text[],
	published_agreements text[], published_years integer[], published_values numeric[],
	published_complete boolean[], published_summed bigint[],
	factor_agreements text[], factor_years integer[], factor_nums numeric[], factor_dens numeric[])
RETURNS SETOF costshare_internal.projection_step
LANGUAGE plpgsql
IMMUTABLE
PARALLEL SAFE
ROWS 50
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN QUERY
	WITH RECURSIVE rules (agreement, start_year, last_year, cur, rounding_unit, rounding) AS (
		SELECT * FROM ROWS FROM (pg_catalog.unnest(rule_agreements), pg_catalog.unnest(start_years),
			pg_catalog.unnest(last_years), pg_catalog.unnest(currencies), pg_catalog.unnest(rounding_units),
			pg_catalog.unnest(roundings))
	),
	published (agreement_code, fiscal_year, amount_value, complete, fiscal_years_summed) AS (
		SELECT * FROM ROWS FROM (pg_catalog.unnest(published_agreements), pg_catalog.unnest(published_years),
			pg_catalog.unnest(published_values), pg_catalog.unnest(published_complete),
			pg_catalog.unnest(published_summed))
	),
	factor (agreement, fiscal_year, num, den) AS (
		SELECT * FROM ROWS FROM (pg_catalog.unnest(factor_agreements), pg_catalog.unnest(factor_years),
			pg_catalog.unnest(factor_nums), pg_catalog.unnest(factor_dens))
	),
	chain (agreement, fiscal_year, base_value, base_kind, projected, root_complete, root_summed) AS (
		SELECT r.agreement, r.start_year, p.amount_value, 'published'::text,
			   CASE WHEN f.num IS NOT NULL THEN
				   @extschema@.amount(@extschema@.currency_amount(
					   @extschema@.divide_round(p.amount_value * f.num, f.den * r.rounding_unit, 0, r.rounding) * r.rounding_unit,
					   r.cur))
			   END,
			   p.complete, p.fiscal_years_summed
		FROM rules r
			JOIN published p ON p.agreement_code = r.agreement AND p.fiscal_year = r.start_year - 1
			JOIN factor f ON f.agreement = r.agreement AND f.fiscal_year = r.start_year
		WHERE r.start_year <= r.last_year
		UNION ALL
		SELECT c.agreement, c.fiscal_year + 1, nb.base_value, nb.base_kind,
			   CASE WHEN f.num IS NOT NULL AND nb.base_value IS NOT NULL THEN
				   @extschema@.amount(@extschema@.currency_amount(
					   @extschema@.divide_round(nb.base_value * f.num, f.den * r.rounding_unit, 0, r.rounding) * r.rounding_unit,
					   r.cur))
			   END,
			   nb.root_complete, nb.root_summed
		FROM chain c
			JOIN rules r ON r.agreement = c.agreement
			JOIN factor f ON f.agreement = c.agreement AND f.fiscal_year = c.fiscal_year + 1
			LEFT JOIN published p ON p.agreement_code = c.agreement AND p.fiscal_year = c.fiscal_year
			CROSS JOIN LATERAL (
				SELECT COALESCE(p.amount_value, c.projected) AS base_value,
					   CASE WHEN p.amount_value IS NOT NULL THEN 'published' ELSE 'projected' END AS base_kind,
					   CASE WHEN p.amount_value IS NOT NULL THEN p.complete ELSE c.root_complete END AS root_complete,
					   CASE WHEN p.amount_value IS NOT NULL THEN p.fiscal_years_summed ELSE c.root_summed END AS root_summed) nb
	)
	SELECT c.agreement, c.fiscal_year, c.base_value, c.base_kind, c.projected, c.root_complete, c.root_summed
	FROM chain c;
END
$$;
COMMENT ON FUNCTION costshare_internal.projection_chain(text[], integer[], integer[], @extschema@.currency[], numeric[], text[], text[], integer[], numeric[], boolean[], bigint[], text[], integer[], numeric[], numeric[]) IS
	'The projected years of burden_projection from the rules, the published yearly amounts and the growth factors (arrays, one element per row): each year from the published amount of the year before, else from its projection';
/*
 * The rows of burden_projection and of burden_with_projection from one
 * read of the yearly amounts: the years of each rule's agreement and basis
 * with amounts (rule_years) give the published years the projection grows
 * from, and are also the reported rows of burden_with_projection
 * (is_projected false, the projection's own columns NULL).  Each view
 * takes its rows by is_projected, a constant of each branch, so the
 * planner drops the branch a view does not read.  Not granted: the two
 * views show it.
 */
CREATE VIEW costshare_internal.projection_rows WITH (security_invoker = false) AS
WITH rule_terms AS (
	SELECT e.*, a.host_party, a.stationed_party, a.currency AS cur, h.fiscal_calendar,
		   COALESCE(e.index_party, a.host_party) AS source_party,
		   @extschema@.fiscal_year(@extschema@.last_day(a.period), h.fiscal_calendar) AS last_year
	FROM @extschema@.escalation_rule e
		JOIN @extschema@.agreement a ON a.code = e.agreement
		JOIN @extschema@.party h ON h.code = a.host_party
	WHERE @extschema@.isfinite(a.period)
),
rule_years AS (
	-- the one read of the yearly amounts: each rule's agreement and basis,
	-- the years with amounts, in any currency and whatever the agreement's
	-- end (the reported rows of burden_with_projection)
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_calendar,
		   b.fiscal_year, b.fiscal_year_label, b.start_date, b.end_date,
		   b.amount, b.amount_value, b.currency_code, b.fiscal_calendar_name,
		   b.complete, b.fiscal_years_summed, b.fiscal_years_expected
	FROM @extschema@.burden_by_period b
		JOIN @extschema@.escalation_rule e ON e.agreement = b.agreement_code AND e.basis = b.basis
	WHERE b.amount IS NOT NULL
),
published AS (
	-- the years the rules grow from, in the agreement's currency, and the
	-- first year of each rule that names none
	SELECT y.agreement_code, y.fiscal_year, y.amount_value, y.complete, y.fiscal_years_summed
	FROM rule_years y
		JOIN rule_terms r ON r.agreement = y.agreement_code AND r.cur::text = y.currency_code
),
rules AS (
	SELECT r.*,
		   COALESCE(r.first_year,
					(SELECT pg_catalog.min(p.fiscal_year) + 1 FROM published p
					 WHERE p.agreement_code = r.agreement)) AS start_year
	FROM rule_terms r
),
growth AS (
	SELECT r.agreement, y.y AS fiscal_year, v.from_value, v.to_value, v.from_source, v.to_source,
		   v.to_value AS raw_num, v.from_value AS raw_den,
		   CASE WHEN r.cap_percent IS NOT NULL
					 AND 100::numeric * v.to_value > (100::numeric + r.cap_percent) * v.from_value THEN 'cap'
				WHEN r.floor_percent IS NOT NULL
					 AND 100::numeric * v.to_value < (100::numeric + r.floor_percent) * v.from_value THEN 'floor'
		   END AS limit_applied
	FROM rules r
		CROSS JOIN LATERAL pg_catalog.generate_series(r.start_year, r.last_year) y (y)
		CROSS JOIN LATERAL (
			SELECT @extschema@.fiscal_year_period(y.y - r.lag_years - 1, r.fiscal_calendar) AS p0,
				   @extschema@.fiscal_year_period(y.y - r.lag_years, r.fiscal_calendar) AS p1) pp
		LEFT JOIN LATERAL @extschema@.price_index_for(r.index_series, r.source_party, pp.p0) i0 ON r.kind = 'price_index'
		LEFT JOIN LATERAL @extschema@.price_index_for(r.index_series, r.source_party, pp.p1) i1 ON r.kind = 'price_index'
		LEFT JOIN LATERAL @extschema@.macro_figure_for('defence_budget', r.source_party, pp.p0) m0 ON r.kind = 'defence_budget_growth'
		LEFT JOIN LATERAL @extschema@.macro_figure_for('defence_budget', r.source_party, pp.p1) m1
			ON r.kind = 'defence_budget_growth' AND m1.currency_code = m0.currency_code
		CROSS JOIN LATERAL (
			SELECT CASE r.kind WHEN 'fixed_percent' THEN 100::numeric
							   WHEN 'price_index' THEN CASE WHEN i1.value IS NOT NULL THEN i0.value END
							   ELSE CASE WHEN m1.amount_value IS NOT NULL THEN m0.amount_value END END AS from_value,
				   CASE r.kind WHEN 'fixed_percent' THEN 100::numeric + r.fixed_percent
							   WHEN 'price_index' THEN CASE WHEN i0.value IS NOT NULL THEN i1.value END
							   ELSE m1.amount_value END AS to_value,
				   CASE r.kind WHEN 'price_index' THEN i0.source WHEN 'defence_budget_growth' THEN m0.source END AS from_source,
				   CASE r.kind WHEN 'price_index' THEN i1.source WHEN 'defence_budget_growth' THEN m1.source END AS to_source
		) v
),
factor AS (
	-- the growth factor as an exact fraction num / den, after cap and floor
	SELECT g.*,
		   CASE g.limit_applied WHEN 'cap' THEN 100::numeric + r.cap_percent
								WHEN 'floor' THEN 100::numeric + r.floor_percent
								ELSE g.raw_num END AS num,
		   CASE WHEN g.limit_applied IS NOT NULL THEN 100::numeric ELSE g.raw_den END AS den
	FROM growth g JOIN rules r ON r.agreement = g.agreement
),
chain AS (
	SELECT c.*
	FROM (SELECT pg_catalog.array_agg(r.agreement) AS agreements, pg_catalog.array_agg(r.start_year) AS start_years,
				 pg_catalog.array_agg(r.last_year) AS last_years, pg_catalog.array_agg(r.cur) AS currencies,
				 pg_catalog.array_agg(r.rounding_unit) AS rounding_units, pg_catalog.array_agg(r.rounding) AS roundings
		  FROM rules r) ra,
		 (SELECT pg_catalog.array_agg(p.agreement_code) AS agreements, pg_catalog.array_agg(p.fiscal_year) AS years,
				 pg_catalog.array_agg(p.amount_value) AS amount_values, pg_catalog.array_agg(p.complete) AS complete,
				 pg_catalog.array_agg(p.fiscal_years_summed) AS summed
		  FROM published p) pa,
		 (SELECT pg_catalog.array_agg(f.agreement) AS agreements, pg_catalog.array_agg(f.fiscal_year) AS years,
				 pg_catalog.array_agg(f.num) AS nums, pg_catalog.array_agg(f.den) AS dens
		  FROM factor f) fa,
		LATERAL costshare_internal.projection_chain(ra.agreements, ra.start_years, ra.last_years, ra.currencies,
			ra.rounding_units, ra.roundings, pa.agreements, pa.years, pa.amount_values, pa.complete, pa.summed,
			fa.agreements, fa.years, fa.nums, fa.dens) c
)
SELECT
	r.host_party,
	r.stationed_party,
	r.agreement AS agreement_code,
	'projected'::text AS basis,
	r.basis AS projected_from_basis,
	r.fiscal_calendar,
	c.fiscal_year,
	@extschema@.fiscal_year_label(c.fiscal_year, r.fiscal_calendar) AS fiscal_year_label,
	@extschema@.lower(fy.p) AS start_date,
	@extschema@.last_day(fy.p) AS end_date,
	r.kind AS rule_kind,
	c.base_value,
	c.base_kind,
	f.from_value AS growth_from_value,
	f.to_value AS growth_to_value,
	f.from_source AS growth_from_source,
	f.to_source AS growth_to_source,
	CASE WHEN f.raw_num IS NOT NULL THEN
		@extschema@.divide_round(100::numeric * (f.raw_num - f.raw_den), f.raw_den, 2, 'half_up') END AS raw_growth_percent,
	f.limit_applied,
	CASE WHEN f.num IS NOT NULL THEN
		@extschema@.divide_round(100::numeric * (f.num - f.den), f.den, 2, 'half_up') END AS applied_growth_percent,
	r.rounding_unit,
	CASE WHEN c.projected IS NOT NULL THEN @extschema@.currency_amount(c.projected, r.cur) END AS projected,
	c.projected AS projected_value,
	r.cur::text AS currency_code,
	p.amount_value AS published_value,
	p.amount_value - c.projected AS difference_value,
	CASE WHEN c.base_value IS NULL THEN 'no base: the previous year was not projected'
		 WHEN f.num IS NULL AND r.kind = 'price_index' THEN
			format('needs the %s of %s for %s and %s', r.index_series, r.source_party, c.fiscal_year - r.lag_years - 1, c.fiscal_year - r.lag_years)
		 WHEN f.num IS NULL THEN
			format('needs the defence budget of %s for %s and %s, in one currency', r.source_party, c.fiscal_year - r.lag_years - 1, c.fiscal_year - r.lag_years)
	END AS missing_reason,
	r.fiscal_calendar::text AS fiscal_calendar_name,
	c.projected IS NOT NULL AND c.root_complete AND COALESCE(p.complete, true) AS complete,
	CASE WHEN c.projected IS NOT NULL THEN c.root_summed ELSE 0::bigint END AS fiscal_years_summed,
	1::bigint AS fiscal_years_expected,
	true AS is_projected,
	CASE WHEN c.projected IS NOT NULL THEN @extschema@.currency_amount(c.projected, r.cur) END AS amount,
	c.projected AS amount_value
FROM chain c
	JOIN rules r ON r.agreement = c.agreement
	JOIN factor f ON f.agreement = c.agreement AND f.fiscal_year = c.fiscal_year
	LEFT JOIN published p ON p.agreement_code = c.agreement AND p.fiscal_year = c.fiscal_year
	CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(c.fiscal_year, r.fiscal_calendar) AS p) fy
UNION ALL
SELECT y.host_party, y.stationed_party, y.agreement_code, y.basis, NULL, y.fiscal_calendar,
	   y.fiscal_year, y.fiscal_year_label, y.start_date, y.end_date,
	   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	   y.currency_code, NULL, NULL, NULL, y.fiscal_calendar_name,
	   y.complete, y.fiscal_years_summed, y.fiscal_years_expected,
	   false, y.amount, y.amount_value
FROM rule_years y;
COMMENT ON VIEW costshare_internal.projection_rows IS
	'The rows of burden_projection (is_projected) and the reported rows of burden_with_projection, from one read of the yearly amounts';

CREATE VIEW @extschema@.burden_projection WITH (security_invoker = false) AS
SELECT
	p.host_party, p.stationed_party, p.agreement_code, p.basis, p.projected_from_basis, p.fiscal_calendar,
	p.fiscal_year, p.fiscal_year_label, p.start_date, p.end_date, p.rule_kind, p.base_value, p.base_kind,
	p.growth_from_value, p.growth_to_value, p.growth_from_source, p.growth_to_source,
	p.raw_growth_percent, p.limit_applied, p.applied_growth_percent, p.rounding_unit,
	p.projected, p.projected_value, p.currency_code, p.published_value, p.difference_value,
	p.missing_reason, p.fiscal_calendar_name, p.complete, p.fiscal_years_summed, p.fiscal_years_expected
FROM costshare_internal.projection_rows p
WHERE p.is_projected;
COMMENT ON VIEW @extschema@.burden_projection IS
	'Yearly amounts projected by each agreement''s escalation rule (basis projected), each year from the published amount of the year before, else from its projection; with the growth used, cap or floor, and the published amount and difference where one exists';
COMMENT ON COLUMN @extschema@.burden_projection.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_projection.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_projection.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_projection.basis IS 'Always projected';
COMMENT ON COLUMN @extschema@.burden_projection.projected_from_basis IS 'Basis of the published amounts the rule escalates';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_calendar IS 'Host''s fiscal calendar';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_year IS 'Fiscal year projected';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_projection.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_projection.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_projection.rule_kind IS 'fixed_percent, defence_budget_growth or price_index';
COMMENT ON COLUMN @extschema@.burden_projection.base_value IS 'Amount of the year before, in major units, that grows';
COMMENT ON COLUMN @extschema@.burden_projection.base_kind IS 'published or projected: where base_value comes from';
COMMENT ON COLUMN @extschema@.burden_projection.growth_from_value IS 'Index or defence budget of the earlier year of the growth (100 for a fixed percentage)';
COMMENT ON COLUMN @extschema@.burden_projection.growth_to_value IS 'Index or defence budget of the later year of the growth (100 + the percentage for a fixed one)';
COMMENT ON COLUMN @extschema@.burden_projection.growth_from_source IS 'Source of growth_from_value';
COMMENT ON COLUMN @extschema@.burden_projection.growth_to_source IS 'Source of growth_to_value';
COMMENT ON COLUMN @extschema@.burden_projection.raw_growth_percent IS 'Growth before cap and floor, in percent, rounded half up to two decimals for display';
COMMENT ON COLUMN @extschema@.burden_projection.limit_applied IS 'cap or floor when one limited the growth, else NULL';
COMMENT ON COLUMN @extschema@.burden_projection.applied_growth_percent IS 'Growth applied, in percent, rounded half up to two decimals for display (the projection uses the exact ratio)';
COMMENT ON COLUMN @extschema@.burden_projection.rounding_unit IS 'Unit the projection is rounded to, in major units';
COMMENT ON COLUMN @extschema@.burden_projection.projected IS 'Projected amount';
COMMENT ON COLUMN @extschema@.burden_projection.projected_value IS 'projected in major units';
COMMENT ON COLUMN @extschema@.burden_projection.currency_code IS 'ISO 4217 code of the amounts (the agreement''s currency)';
COMMENT ON COLUMN @extschema@.burden_projection.published_value IS 'Published amount of the year (rule''s basis), if any, in major units';
COMMENT ON COLUMN @extschema@.burden_projection.difference_value IS 'published_value - projected_value';
COMMENT ON COLUMN @extschema@.burden_projection.missing_reason IS 'Why projected is NULL: no index or budget values, or no base';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_calendar_name IS 'fiscal_calendar as text';
COMMENT ON COLUMN @extschema@.burden_projection.complete IS
	'True only when projected was computed, the published year it grows from is reported, and published_value, if any, is a reported year''s (burden_coverage)';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_years_summed IS 'Published fiscal years with amounts the projection grows from: 1 or 0 (0 when projected is NULL)';
COMMENT ON COLUMN @extschema@.burden_projection.fiscal_years_expected IS 'Published fiscal years the projection should grow from: 1';

-- ---------------------------------------------------------------- burden_with_projection

/*
 * Asked for explicitly: the reported amounts of the agreements with an
 * escalation rule (of the rule's basis), and the projected amounts for the
 * years that have no published amount, each row saying which it is.
 */
CREATE VIEW @extschema@.burden_with_projection WITH (security_invoker = false) AS
SELECT p.host_party, p.stationed_party, p.agreement_code, p.basis, p.fiscal_year, p.fiscal_year_label,
	   p.start_date, p.end_date, p.amount, p.amount_value, p.currency_code, p.is_projected,
	   p.complete, p.fiscal_years_summed, p.fiscal_years_expected
FROM costshare_internal.projection_rows p
-- the reported years, and the projected years without a published amount
WHERE NOT p.is_projected OR (p.published_value IS NULL AND p.projected IS NOT NULL);
COMMENT ON VIEW @extschema@.burden_with_projection IS
	'For agreements with an escalation rule: the reported amounts of the rule''s basis and, for the years without one, the projected amounts (basis projected, is_projected true); complete as in burden_by_period and burden_projection';
COMMENT ON COLUMN @extschema@.burden_with_projection.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_with_projection.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_with_projection.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_with_projection.basis IS 'The reported basis, or projected';
COMMENT ON COLUMN @extschema@.burden_with_projection.fiscal_year IS 'Fiscal year (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_with_projection.fiscal_year_label IS 'Fiscal year label';
COMMENT ON COLUMN @extschema@.burden_with_projection.start_date IS 'First day of the fiscal year';
COMMENT ON COLUMN @extschema@.burden_with_projection.end_date IS 'Last day of the fiscal year (inclusive)';
COMMENT ON COLUMN @extschema@.burden_with_projection.amount IS 'Reported or projected amount';
COMMENT ON COLUMN @extschema@.burden_with_projection.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_with_projection.currency_code IS 'ISO 4217 code of amount';
COMMENT ON COLUMN @extschema@.burden_with_projection.is_projected IS 'True for a projected amount';
COMMENT ON COLUMN @extschema@.burden_with_projection.complete IS 'A reported row: the year is reported (burden_by_period); a projected row: as burden_projection.complete';
COMMENT ON COLUMN @extschema@.burden_with_projection.fiscal_years_summed IS 'Fiscal years with amounts the row sums or grows from: 1 or 0';
COMMENT ON COLUMN @extschema@.burden_with_projection.fiscal_years_expected IS 'Fiscal years the row should sum or grow from: 1';

-- costshare_internal.projection_rows: each column's comment is that of the
-- view that shows it (burden_with_projection's first, as it shows both
-- kinds of row), so that it is written once
DO $$
DECLARE
	col record;
BEGIN
	FOR col IN
		SELECT a.attname,
			   COALESCE(pg_catalog.col_description(w.attrelid, w.attnum),
						pg_catalog.col_description(p.attrelid, p.attnum)) AS description
		FROM pg_catalog.pg_attribute a
			LEFT JOIN pg_catalog.pg_attribute w
				ON w.attrelid OPERATOR(pg_catalog.=) '@extschema@.burden_with_projection'::pg_catalog.regclass
			   AND w.attname OPERATOR(pg_catalog.=) a.attname
			LEFT JOIN pg_catalog.pg_attribute p
				ON p.attrelid OPERATOR(pg_catalog.=) '@extschema@.burden_projection'::pg_catalog.regclass
			   AND p.attname OPERATOR(pg_catalog.=) a.attname
		WHERE a.attrelid OPERATOR(pg_catalog.=) 'costshare_internal.projection_rows'::pg_catalog.regclass
		  AND a.attnum OPERATOR(pg_catalog.>) 0
	LOOP
		EXECUTE pg_catalog.format('COMMENT ON COLUMN %s.%I IS %L',
			'costshare_internal.projection_rows'::pg_catalog.regclass, col.attname,
			'As in burden_projection or burden_with_projection: ' OPERATOR(pg_catalog.||) col.description);
	END LOOP;
END
$$;

SELECT pg_catalog.pg_extension_config_dump('@extschema@.escalation_rule', '');

GRANT SELECT ON @extschema@.burden_projection, @extschema@.burden_with_projection TO costshare_reader;

-- ================================================================ plain twins for every custom-typed view column
-- (src/schema/*.sql; sql/schema_plain_twins.sql checks the rule)
--
-- Every view column of an extension type has plain twins a BI tool or a
-- driver reads without the client adapters, named by the rule of
-- doc/schema.md ("Views"), and every count is bigint.  The views created
-- earlier in this script (burden_allocation, burden_change, price_indices,
-- macro_figures, burden_share, burden_projection) and burden_in_currency
-- are made there with their twins; agreement_coverage, unchanged since
-- 0.1.0, gains previous_start_date, previous_end_date, gap_start_date and
-- gap_end_date after its 0.1.0 columns.  No view depends on it.

DROP VIEW @extschema@.agreement_coverage;

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

-- ================================================================ install_schema (Citus)
--
-- install_schema(target) creates the cost-sharing schema as ordinary objects
-- in a schema the user names, so that Citus can make its tables reference
-- and distributed tables (doc/citus.md).  Its SQL is compiled into the
-- library; the cost-category guard in 10_tables.sql is unchanged.

CREATE FUNCTION costshare_internal.schema_script(extension_version text)
RETURNS text
	AS 'MODULE_PATHNAME', 'costshare_schema_script' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION costshare_internal.schema_script(text) IS
	'The cost-sharing schema''s SQL that install_schema runs, with placeholders for the schema names';

CREATE FUNCTION @extschema@.install_schema(target regnamespace)
RETURNS void
LANGUAGE plpgsql
STRICT
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	ext_schema	name;
	ext_version	text;
	target_name	name;
	script		text;
BEGIN
	SELECT n.nspname, e.extversion INTO ext_schema, ext_version
	FROM pg_catalog.pg_extension e
		JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace
	WHERE e.extname OPERATOR(pg_catalog.=) 'costshare';
	SELECT n.nspname INTO target_name
	FROM pg_catalog.pg_namespace n WHERE n.oid OPERATOR(pg_catalog.=) target;
	IF target_name IS NULL THEN
		RAISE EXCEPTION 'schema with OID % does not exist', target::oid
			USING ERRCODE = 'invalid_schema_name',
				HINT = 'Create the schema first (CREATE SCHEMA name), then call install_schema(''name'').';
	END IF;
	IF target_name OPERATOR(pg_catalog.=) ANY (ARRAY[ext_schema, 'costshare_internal',
			'information_schema']::name[])
		OR target_name OPERATOR(pg_catalog.~~) 'pg\_%' THEN
		RAISE EXCEPTION 'cannot install the cost-sharing schema into schema "%"', target_name
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'The extension''s own schemas and the system schemas are not targets.',
				HINT = 'Create a schema of your own (CREATE SCHEMA name) and install into it.';
	END IF;
	-- the views call helpers of the private schema by name, as the
	-- extension's own do
	IF NOT pg_catalog.has_schema_privilege('costshare_internal', 'USAGE') THEN
		RAISE EXCEPTION 'permission denied for schema costshare_internal'
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = 'The views install_schema creates call costshare''s private helpers, as the extension''s own views do.',
				HINT = 'Run install_schema as a superuser, or grant USAGE ON SCHEMA costshare_internal to the role that runs it.';
	END IF;
	-- the target's name goes where @target@ is, the extension's where
	-- @costshare@ is, each quoted, in one pass (neither name is looked for
	-- in the other)
	SELECT pg_catalog.array_to_string(ARRAY(
			SELECT pg_catalog.replace(piece, '@costshare@', pg_catalog.quote_ident(ext_schema))
			FROM pg_catalog.unnest(pg_catalog.string_to_array(
				costshare_internal.schema_script(ext_version), '@target@')) WITH ORDINALITY AS p (piece, i)
			ORDER BY i),
		pg_catalog.quote_ident(target_name))
	INTO script;
	-- As under CREATE EXTENSION, where the search path is the extension's
	-- schema: the script names every object it uses with its schema, but an
	-- operator between two of the extension's types, or a type's default
	-- operator class, is found through the path (the extension's, after the
	-- target's own, so that nothing can bind to the extension's tables).
	PERFORM pg_catalog.set_config('search_path',
		pg_catalog.quote_ident(target_name) OPERATOR(pg_catalog.||) ', '
			OPERATOR(pg_catalog.||) pg_catalog.quote_ident(ext_schema) OPERATOR(pg_catalog.||) ', pg_temp',
		true);
	EXECUTE script;
END
$$;
COMMENT ON FUNCTION @extschema@.install_schema(regnamespace) IS
	'Creates the cost-sharing tables, views, functions and triggers as ordinary objects in the given schema (for Citus)';

-- ================================================================ view costs: the planner counts the spans of the items

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

-- ---------------------------------------------------------------- agreement_period: selectivity of &&, @> and <@
-- Estimates from the column's statistics (common values and the histogram in
-- btree order, read as periods) instead of the geometric constants
-- (agreement_period_selfuncs.c).
CREATE FUNCTION @extschema@.agreement_period_overlaps_sel(internal, oid, internal, integer) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_period_contains_sel(internal, oid, internal, integer) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_period_contained_by_sel(internal, oid, internal, integer) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_period_overlaps_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_period_contains_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_period_contained_by_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
	AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.agreement_period_overlaps_sel(internal, oid, internal, integer) IS 'restriction selectivity of && for agreement_period';
COMMENT ON FUNCTION @extschema@.agreement_period_contains_sel(internal, oid, internal, integer) IS 'restriction selectivity of @> for agreement_period';
COMMENT ON FUNCTION @extschema@.agreement_period_contained_by_sel(internal, oid, internal, integer) IS 'restriction selectivity of <@ for agreement_period';
COMMENT ON FUNCTION @extschema@.agreement_period_overlaps_joinsel(internal, oid, internal, smallint, internal) IS 'join selectivity of && for agreement_period';
COMMENT ON FUNCTION @extschema@.agreement_period_contains_joinsel(internal, oid, internal, smallint, internal) IS 'join selectivity of @> for agreement_period';
COMMENT ON FUNCTION @extschema@.agreement_period_contained_by_joinsel(internal, oid, internal, smallint, internal) IS 'join selectivity of <@ for agreement_period';

ALTER OPERATOR @extschema@.&& (@extschema@.agreement_period, @extschema@.agreement_period)
	SET (RESTRICT = @extschema@.agreement_period_overlaps_sel, JOIN = @extschema@.agreement_period_overlaps_joinsel);
ALTER OPERATOR @extschema@.@> (@extschema@.agreement_period, @extschema@.agreement_period)
	SET (RESTRICT = @extschema@.agreement_period_contains_sel, JOIN = @extschema@.agreement_period_contains_joinsel);
ALTER OPERATOR @extschema@.<@ (@extschema@.agreement_period, @extschema@.agreement_period)
	SET (RESTRICT = @extschema@.agreement_period_contained_by_sel, JOIN = @extschema@.agreement_period_contained_by_joinsel);

-- ---------------------------------------------------------------- burden_item: indexes for the filters of burden_allocation
-- A filter on a fiscal year, a host or an agreement of burden_allocation
-- fetches each year's items by agreement and period from one GiST index,
-- whose agreement column needs the operator class text_equality_ops; one
-- on the category, a rare category's items.
/*
 * 10_text_equality_gist.sql
 *		GiST operator class for text equality, by hash (text_equality_gist.c):
 *		a text key beside a period in one GiST index, for example
 *		USING gist (agreement costshare_internal.text_equality_ops, period).
 *		Not the default for text: it answers only =, and an index built with
 *		it is chosen by name.
 */

CREATE FUNCTION costshare_internal.gtext_equality_consistent(internal, text, smallint, oid, internal)
	RETURNS boolean AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_compress(internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_union(internal, internal) RETURNS int8
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_penalty(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_picksplit(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_same(int8, int8, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION costshare_internal.gtext_equality_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION costshare_internal.gtext_equality_consistent(internal, text, smallint, oid, internal) IS
	'GiST support: consistent (the query''s hash within the key''s; matches are rechecked)';
COMMENT ON FUNCTION costshare_internal.gtext_equality_compress(internal) IS
	'GiST support: compress (a text to its hash, that of hashtext under the column''s collation)';
COMMENT ON FUNCTION costshare_internal.gtext_equality_union(internal, internal) IS
	'GiST support: union (the interval of the hashes)';
COMMENT ON FUNCTION costshare_internal.gtext_equality_penalty(internal, internal, internal) IS
	'GiST support: penalty (how far the interval widens)';
COMMENT ON FUNCTION costshare_internal.gtext_equality_picksplit(internal, internal) IS
	'GiST support: picksplit (sort by hash, cut between two keys nearest the middle)';
COMMENT ON FUNCTION costshare_internal.gtext_equality_same(int8, int8, internal) IS
	'GiST support: same';
COMMENT ON FUNCTION costshare_internal.gtext_equality_sortsupport(internal) IS
	'GiST support: sort order for building an index on a filled table (by hash)';

CREATE OPERATOR CLASS costshare_internal.text_equality_ops
	FOR TYPE text USING gist AS
	OPERATOR 3 pg_catalog.= (text, text),
	FUNCTION 1 costshare_internal.gtext_equality_consistent(internal, text, smallint, oid, internal),
	FUNCTION 2 costshare_internal.gtext_equality_union(internal, internal),
	FUNCTION 3 costshare_internal.gtext_equality_compress(internal),
	FUNCTION 5 costshare_internal.gtext_equality_penalty(internal, internal, internal),
	FUNCTION 6 costshare_internal.gtext_equality_picksplit(internal, internal),
	FUNCTION 7 costshare_internal.gtext_equality_same(int8, int8, internal),
	FUNCTION 11 costshare_internal.gtext_equality_sortsupport(internal),
	STORAGE int8;
COMMENT ON OPERATOR CLASS costshare_internal.text_equality_ops USING gist IS
	'GiST index on text for = only, by hash: a text key beside a period in one index';
CREATE INDEX burden_item_agreement_period_idx ON @extschema@.burden_item
	USING gist (agreement costshare_internal.text_equality_ops, period);
CREATE INDEX burden_item_category_idx ON @extschema@.burden_item (category);
