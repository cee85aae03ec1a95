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
 * numeric / integer): made again, they bind to pg_catalog's.  The views are
 * dropped and created again with their comments and grants;
 * burden_by_category also gets the cycle-safe walk of the section below.
 */
ALTER TABLE @extschema@.exchange_rate DROP CONSTRAINT exchange_rate_rate_check;
ALTER TABLE @extschema@.exchange_rate
	ADD CONSTRAINT exchange_rate_rate_check CHECK (rate > 0::numeric);

DROP VIEW @extschema@.burden_by_category;
DROP VIEW @extschema@.burden_per_person;
DROP VIEW @extschema@.burden_vs_demand;

CREATE VIEW @extschema@.burden_by_category WITH (security_invoker = false) AS
WITH RECURSIVE closure (ancestor, descendant, depth, path) AS (
	SELECT c.code, c.code, 0, ARRAY[c.code]
	FROM @extschema@.cost_category c
	UNION ALL
	SELECT cl.ancestor, c.code, cl.depth + 1, pg_catalog.array_append(cl.path, c.code)
	FROM closure cl
		JOIN @extschema@.cost_category c ON c.parent = cl.descendant
	WHERE c.code <> ALL (cl.path)
),
levels AS (
	-- depth of each category from the top of the hierarchy
	SELECT cl.descendant AS code, pg_catalog.max(cl.depth) AS level
	FROM closure cl GROUP BY cl.descendant
),
item_totals AS (
	SELECT bi.agreement, bi.basis, bi.category, @extschema@.currency(bi.amount) AS cur,
		   @extschema@.sum(bi.amount) AS amount, pg_catalog.count(*) AS item_count
	FROM @extschema@.burden_item bi
	GROUP BY bi.agreement, bi.basis, bi.category, @extschema@.currency(bi.amount)
),
rolled AS (
	SELECT it.agreement, it.basis, it.cur, cl.ancestor AS category,
		   @extschema@.sum(it.amount) AS amount, pg_catalog.sum(it.item_count) AS item_count
	FROM item_totals it
		JOIN closure cl ON cl.descendant = it.category
	GROUP BY it.agreement, it.basis, it.cur, cl.ancestor
),
agreement_totals AS (
	SELECT it.agreement, it.basis, it.cur, @extschema@.sum(it.amount) AS amount
	FROM item_totals it
	GROUP BY it.agreement, it.basis, it.cur
)
SELECT
	a.host_party,
	a.stationed_party,
	a.code AS agreement_code,
	r.basis,
	r.category AS category_code,
	c.name AS category_name,
	c.parent AS parent_code,
	lv.level AS category_level,
	a.period,
	@extschema@.lower(a.period) AS start_date,
	@extschema@.last_day(a.period) AS end_date,
	-- an open-ended agreement has no last fiscal year
	CASE WHEN pg_catalog.isfinite(@extschema@.lower(a.period)) THEN
		@extschema@.fiscal_year(@extschema@.lower(a.period), h.fiscal_calendar) END AS first_fiscal_year,
	CASE WHEN pg_catalog.isfinite(@extschema@.last_day(a.period)) THEN
		@extschema@.fiscal_year(@extschema@.last_day(a.period), h.fiscal_calendar) END AS last_fiscal_year,
	@extschema@.fiscal_label(a.period, h.fiscal_calendar) AS fiscal_year_label,
	r.amount,
	@extschema@.amount(r.amount) AS amount_value,
	r.cur::text AS currency_code,
	t.amount AS agreement_total,
	@extschema@.amount(t.amount) AS agreement_total_value,
	CASE WHEN @extschema@.amount(t.amount) <> 0::numeric THEN
		pg_catalog.round(100::numeric * @extschema@.amount(r.amount) / @extschema@.amount(t.amount), 2)
	END AS share_percent,
	r.item_count
FROM rolled r
	JOIN agreement_totals t USING (agreement, basis, cur)
	JOIN @extschema@.agreement a ON a.code = r.agreement
	JOIN @extschema@.party h ON h.code = a.host_party
	JOIN @extschema@.cost_category c ON c.code = r.category
	JOIN levels lv ON lv.code = r.category;
COMMENT ON VIEW @extschema@.burden_by_category IS
	'Burden per agreement, basis and cost category, each category including its descendants, with its share of the agreement''s total';
COMMENT ON COLUMN @extschema@.burden_by_category.host_party IS 'Host party';
COMMENT ON COLUMN @extschema@.burden_by_category.stationed_party IS 'Stationed party';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_code IS 'Agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.basis IS 'ceiling, budget, contract or settled';
COMMENT ON COLUMN @extschema@.burden_by_category.category_code IS 'Cost category';
COMMENT ON COLUMN @extschema@.burden_by_category.category_name IS 'Name of the category';
COMMENT ON COLUMN @extschema@.burden_by_category.parent_code IS 'Enclosing category, NULL at the top';
COMMENT ON COLUMN @extschema@.burden_by_category.category_level IS 'Depth in the hierarchy: 0 at the top';
COMMENT ON COLUMN @extschema@.burden_by_category.period IS 'Period of the agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.start_date IS 'First day of the agreement';
COMMENT ON COLUMN @extschema@.burden_by_category.end_date IS 'Last day of the agreement (inclusive)';
COMMENT ON COLUMN @extschema@.burden_by_category.first_fiscal_year IS 'First fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category.last_fiscal_year IS 'Last fiscal year of the agreement (host''s calendar)';
COMMENT ON COLUMN @extschema@.burden_by_category.fiscal_year_label IS 'Label of the agreement''s fiscal years';
COMMENT ON COLUMN @extschema@.burden_by_category.amount IS 'Total of the category and its descendants';
COMMENT ON COLUMN @extschema@.burden_by_category.amount_value IS 'amount in major units of currency_code';
COMMENT ON COLUMN @extschema@.burden_by_category.currency_code IS 'ISO 4217 code of the amounts';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_total IS 'Total of the agreement for this basis and currency';
COMMENT ON COLUMN @extschema@.burden_by_category.agreement_total_value IS 'agreement_total in major units';
COMMENT ON COLUMN @extschema@.burden_by_category.share_percent IS 'amount as a percentage of agreement_total, to two decimals';
COMMENT ON COLUMN @extschema@.burden_by_category.item_count IS 'Number of burden items counted';
GRANT SELECT ON @extschema@.burden_by_category TO costshare_reader;

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
	@extschema@.amount(pp.per_person) AS per_person_value
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
GRANT SELECT ON @extschema@.burden_per_person TO costshare_reader;

CREATE VIEW @extschema@.burden_vs_demand WITH (security_invoker = false) AS
WITH burden AS (
	SELECT b.host_party, b.stationed_party, b.agreement_code, b.basis, b.fiscal_calendar,
		   b.fiscal_year, b.fiscal_year_label, b.period, b.amount, true AS per_year
	FROM @extschema@.burden_by_period b
	UNION ALL
	SELECT a.host_party, a.stationed_party, a.code, bi.basis, h.fiscal_calendar,
		   NULL, @extschema@.fiscal_label(a.period, h.fiscal_calendar), a.period,
		   @extschema@.sum(bi.amount), false
	FROM @extschema@.burden_item bi
		JOIN @extschema@.agreement a ON a.code = bi.agreement
		JOIN @extschema@.party h ON h.code = a.host_party
	-- grouping by the keys makes the other columns of a and h available
	GROUP BY a.code, h.code, bi.basis, @extschema@.currency(bi.amount)
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
	END AS demand_ratio
FROM @extschema@.demand d
	JOIN burden b ON b.host_party = d.demanded_of AND b.stationed_party = d.demanding_party
		AND b.per_year = d.per_year
	LEFT JOIN LATERAL @extschema@.rate_in_force(@extschema@.currency(b.amount), @extschema@.currency(d.amount),
		@extschema@.agreement_period(d.demanded_on, d.demanded_on + 1)) r ON true
	CROSS JOIN LATERAL (
		SELECT CASE
			WHEN @extschema@.currency(b.amount) = @extschema@.currency(d.amount) THEN b.amount
			WHEN r.rate IS NOT NULL THEN
				@extschema@.convert_at(b.amount, @extschema@.currency(d.amount), r.rate, r.inverted)
		END AS burden_converted) c;
COMMENT ON VIEW @extschema@.burden_vs_demand IS
	'Each demand against the burden agreed: per-year demands against each fiscal year, total demands against each agreement, converted at the rate in force on the day of the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_id IS 'The demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demanding_party IS 'Party that made the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.host_party IS 'Party asked to pay';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demanded_on IS 'Date of the demand; the rate used is the one in force then';
COMMENT ON COLUMN @extschema@.burden_vs_demand.per_year IS 'True: a per-year demand against a fiscal year; false: a total against an agreement';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand IS 'Amount demanded';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_value IS 'demand in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_currency_code IS 'ISO 4217 code of the demand';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_source IS 'Where the demand is reported';
COMMENT ON COLUMN @extschema@.burden_vs_demand.agreement_code IS 'Agreement whose burden is compared';
COMMENT ON COLUMN @extschema@.burden_vs_demand.basis IS 'Basis of the burden';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_year IS 'Fiscal year of the burden (NULL for a total)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.fiscal_year_label IS 'Label of the fiscal year or of the agreement''s years';
COMMENT ON COLUMN @extschema@.burden_vs_demand.period IS 'Fiscal year, or the agreement''s period for a total';
COMMENT ON COLUMN @extschema@.burden_vs_demand.start_date IS 'First day of period';
COMMENT ON COLUMN @extschema@.burden_vs_demand.end_date IS 'Last day of period (inclusive)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden IS 'Burden, in its own currency';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_value IS 'burden in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_currency_code IS 'ISO 4217 code of burden';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted IS 'Burden in the demand''s currency';
COMMENT ON COLUMN @extschema@.burden_vs_demand.burden_converted_value IS 'burden_converted in major units';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate IS 'Exchange rate used, as stored (see rate_in_force)';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate_provider IS 'Provider of the rate used';
COMMENT ON COLUMN @extschema@.burden_vs_demand.rate_source IS 'Source of the rate used';
COMMENT ON COLUMN @extschema@.burden_vs_demand.demand_ratio IS 'demand / burden_converted, to two decimals';
GRANT SELECT ON @extschema@.burden_vs_demand TO costshare_reader;

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

-- ---------------------------------------------------------------- burden_by_stationed_calendar: over prorate_minor_units
-- (src/schema/50_burden_more.sql) made again with the new name; nothing
-- depends on it.
DROP VIEW @extschema@.burden_by_stationed_calendar;
/*
 * Each item's part for a host fiscal year is spread by days over the
 * stationed party's fiscal years; both steps are exact, so the totals
 * equal the host-calendar totals.
 */
CREATE VIEW @extschema@.burden_by_stationed_calendar WITH (security_invoker = false) AS
SELECT
	g.host_party,
	g.stationed_party,
	g.agreement_code,
	g.basis,
	s.fiscal_calendar,
	g.fiscal_year,
	@extschema@.fiscal_year_label(g.fiscal_year, s.fiscal_calendar) AS fiscal_year_label,
	fy.p AS period,
	@extschema@.lower(fy.p) AS start_date,
	@extschema@.last_day(fy.p) AS end_date,
	g.amount,
	@extschema@.amount(g.amount) AS amount_value,
	@extschema@.currency(g.amount)::text AS currency_code
FROM (
	SELECT p.host_party, p.stationed_party, p.agreement_code, p.basis, al.fiscal_year,
		   @extschema@.sum(@extschema@.from_minor_units(al.share, p.cur)) AS amount
	FROM (
		-- the parts falling on the same span are split together, so that a
		-- fiscal year's total is split as one figure
		SELECT ba.host_party, ba.stationed_party, ba.agreement_code, ba.basis, ba.part_period,
			   @extschema@.currency(ba.amount) AS cur,
			   pg_catalog.sum(@extschema@.minor_units(ba.amount))::bigint AS units
		FROM @extschema@.burden_allocation ba
		GROUP BY ba.host_party, ba.stationed_party, ba.agreement_code, ba.basis, ba.part_period,
				 @extschema@.currency(ba.amount)
	) p
		JOIN @extschema@.party sp ON sp.code = p.stationed_party
		CROSS JOIN LATERAL @extschema@.prorate_minor_units(p.units, p.part_period, sp.fiscal_calendar, 'days') al
	GROUP BY p.host_party, p.stationed_party, p.agreement_code, p.basis, al.fiscal_year, p.cur
) g
	JOIN @extschema@.party s ON s.code = g.stationed_party
	CROSS JOIN LATERAL (SELECT @extschema@.fiscal_year_period(g.fiscal_year, s.fiscal_calendar) AS p) fy;
COMMENT ON VIEW @extschema@.burden_by_stationed_calendar IS
	'burden_by_period re-bucketed into the stationed party''s fiscal years by days; exact in total';
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
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.amount IS 'Burden falling in the fiscal year, by days';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.amount_value IS 'amount in major units';
COMMENT ON COLUMN @extschema@.burden_by_stationed_calendar.currency_code IS 'ISO 4217 code of the amount';

GRANT SELECT ON @extschema@.burden_by_stationed_calendar TO costshare_reader;
