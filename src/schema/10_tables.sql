/*
 * The cost-sharing schema: parties, cost categories, agreements, burden
 * items, exchange rates, personnel, demands and negotiation events.
 *
 * Every table holds user data and is registered with
 * pg_extension_config_dump so that pg_dump keeps its rows.  Codes (party,
 * category, agreement) are the primary keys: they are what people type and
 * what a dump restores without renumbering.
 *
 * No expression here or in the views mixes types without a cast (rate >
 * 0::numeric, not rate > 0): the install binds each operator by looking it
 * up on the search_path, where an operator of exactly the mixed types,
 * planted in the target schema, would win over pg_catalog's and later run
 * with the rights of whoever reads the view or writes the table
 * (test/install_hostile_schema.sh).
 */

/*
 * A range of codes, used only to compare party codes for equality inside the
 * GiST exclusion constraint on agreements (range GiST supports =), so that
 * costshare needs no btree_gist.  "C" collation: equality is byte equality.
 */
-- begin: extension only (install_schema()'s tables use the extension's type,
-- which exists wherever the extension does, as Citus needs of a column's or
-- a constraint's type)
CREATE TYPE @extschema@.party_code_range AS RANGE (subtype = text, collation = "C");
COMMENT ON TYPE @extschema@.party_code_range IS
	'Range of party codes; the agreement exclusion constraint compares [code,code] ranges for equality';
COMMENT ON TYPE @extschema@.party_code_multirange IS
	'Multirange of party codes (created with party_code_range; unused)';
COMMENT ON FUNCTION @extschema@.party_code_range(text, text) IS
	'Range of party codes from lower to upper, [)';
COMMENT ON FUNCTION @extschema@.party_code_range(text, text, text) IS
	'Range of party codes with the given bounds; [code,code] is one code';
COMMENT ON FUNCTION @extschema@.party_code_multirange() IS 'Empty multirange of party codes';
COMMENT ON FUNCTION @extschema@.party_code_multirange(@extschema@.party_code_range) IS
	'Multirange of party codes holding one range';
COMMENT ON FUNCTION @extschema@.party_code_multirange(@extschema@.party_code_range[]) IS
	'Multirange of party codes holding the ranges given';
-- end: extension only

-- ---------------------------------------------------------------- party

CREATE TABLE @extschema@.party (
	code			text PRIMARY KEY
					CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$' AND pg_catalog.length(code) <= 32),
	name			text NOT NULL,
	default_currency @extschema@.currency NOT NULL,
	fiscal_calendar	@extschema@.fiscal_calendar NOT NULL,
	source			text,
	note			text
);
COMMENT ON TABLE @extschema@.party IS
	'A government or organisation that hosts forces, stations them, or pays';
COMMENT ON COLUMN @extschema@.party.code IS 'Short unique code, for example JP or US';
COMMENT ON COLUMN @extschema@.party.name IS 'Name of the party';
COMMENT ON COLUMN @extschema@.party.default_currency IS
	'Currency of the party''s budget; the default currency of agreements it hosts';
COMMENT ON COLUMN @extschema@.party.fiscal_calendar IS
	'How the party counts its fiscal years; burden views bucket a host''s burden by it';
COMMENT ON COLUMN @extschema@.party.source IS 'Where the facts about the party come from';
COMMENT ON COLUMN @extschema@.party.note IS 'Free-form note';

-- ---------------------------------------------------------------- cost_category

CREATE TABLE @extschema@.cost_category (
	code			text PRIMARY KEY
					CHECK (code ~ '^[a-z0-9][a-z0-9_.-]*$' AND pg_catalog.length(code) <= 64),
	name			text NOT NULL,
	parent			text REFERENCES @extschema@.cost_category (code) ON UPDATE CASCADE,
	description		text,
	builtin			boolean NOT NULL DEFAULT false,
	CHECK (parent IS DISTINCT FROM code)
);
COMMENT ON TABLE @extschema@.cost_category IS
	'Hierarchy of the kinds of cost a party bears (labor, utilities, facilities, training, logistics, ...); users add a host''s own, rename and remove them';
COMMENT ON COLUMN @extschema@.cost_category.code IS 'Short unique code, lower case, for example utilities';
COMMENT ON COLUMN @extschema@.cost_category.name IS 'Name shown in reports';
COMMENT ON COLUMN @extschema@.cost_category.parent IS 'Enclosing category, or NULL for a top-level one';
COMMENT ON COLUMN @extschema@.cost_category.description IS 'What the category covers';
COMMENT ON COLUMN @extschema@.cost_category.builtin IS
	'True for the categories CREATE EXTENSION installs; those are not dumped and cannot be changed';

/*
 * The installed categories are those any host's burden falls into; a host's
 * own lines (Japan's training relocation, say) are the user's rows, added
 * under them (data/10_japan_us.sql).  A code is what items refer to:
 * burden_item.category and cost_category.parent follow a renamed code (ON
 * UPDATE CASCADE), and a category still used by an item or a child cannot
 * be deleted (the foreign keys refuse it).  doc/schema.md, "Cost
 * categories".
 */
INSERT INTO @extschema@.cost_category (code, name, parent, description, builtin) VALUES
	('labor', 'Labor costs', NULL,
	 'Pay and employer''s costs of the host-country workers employed for the stationed forces', true),
	('labor_basic_pay', 'Labor: basic pay and allowances', 'labor',
	 'Basic pay, allowances and bonuses of the workers', true),
	('labor_welfare', 'Labor: welfare costs', 'labor',
	 'Employer''s welfare and social-insurance costs of the workers', true),
	('utilities', 'Utilities', NULL,
	 'Electricity, gas, water, sewage and heating, cooking and hot-water fuel', true),
	('facilities_improvement', 'Facilities and construction', NULL,
	 'Construction, improvement and upkeep of facilities used by the stationed forces', true),
	('training', 'Training', NULL,
	 'Costs of the stationed forces'' training borne by the host: ranges, relocation, equipment', true),
	('logistics', 'Logistics support', NULL,
	 'Supplies, services, transport and maintenance the host provides or pays for', true),
	('other', 'Other costs', NULL,
	 'A known kind of cost outside the categories above', true),
	('general', 'Not broken down', NULL,
	 'An amount that covers several categories or whose split is not known', true);

-- begin: extension only (install_schema() leaves this out: its tables are
-- ordinary tables, dumped whole, the installed rows included, so those rows
-- are restored from the dump and may be copied by Citus into shards)
/*
 * The installed rows come back with CREATE EXTENSION, so a dump must not
 * carry them (they would be inserted twice), and changes to them would not
 * survive a dump: refuse those changes instead of losing them silently.
 * The rows are inserted before this trigger exists.
 */
CREATE FUNCTION costshare_internal.cost_category_guard_builtin()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF (TG_OP IN ('UPDATE', 'DELETE') AND OLD.builtin)
		OR (TG_OP IN ('INSERT', 'UPDATE') AND NEW.builtin) THEN
		RAISE EXCEPTION 'cost category "%" is installed by costshare and cannot be changed',
			CASE WHEN TG_OP = 'INSERT' THEN NEW.code ELSE OLD.code END
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = 'Installed categories (builtin = true) are recreated by CREATE EXTENSION and are not dumped.',
				HINT = 'Add a category of your own, with builtin = false, as a child of the installed one.';
	END IF;
	RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
COMMENT ON FUNCTION costshare_internal.cost_category_guard_builtin() IS
	'Trigger function: keeps the installed cost categories as installed';

CREATE TRIGGER cost_category_guard_builtin
	BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.cost_category
	FOR EACH ROW EXECUTE FUNCTION costshare_internal.cost_category_guard_builtin();
-- end: extension only

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
CREATE FUNCTION costshare_internal.cost_category_check_cycle()
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
COMMENT ON FUNCTION costshare_internal.cost_category_check_cycle() IS
	'Trigger function: a cost category''s new parent is not the category itself or one of its descendants';

CREATE TRIGGER cost_category_check_cycle
	BEFORE UPDATE OF parent ON @extschema@.cost_category
	FOR EACH ROW
	WHEN (NEW.parent IS NOT NULL AND NEW.parent IS DISTINCT FROM OLD.parent)
	EXECUTE FUNCTION costshare_internal.cost_category_check_cycle();

-- ---------------------------------------------------------------- agreement

CREATE TABLE @extschema@.agreement (
	code			text PRIMARY KEY
					CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$' AND pg_catalog.length(code) <= 64),
	title			text NOT NULL,
	host_party		text NOT NULL REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	stationed_party	text NOT NULL REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	period			@extschema@.agreement_period NOT NULL,
	kind			text NOT NULL DEFAULT 'base'
					CHECK (kind IN ('base', 'extension', 'protocol', 'amendment', 'other')),
	status			text NOT NULL DEFAULT 'in_force'
					CHECK (status IN ('negotiating', 'signed', 'in_force', 'expired')),
	agreed_on		date,
	signed_on		date,
	in_force_on		date,
	predecessor		text REFERENCES @extschema@.agreement (code) ON UPDATE CASCADE,
	currency		@extschema@.currency NOT NULL,
	total_ceiling	@extschema@.currency_amount,
	allocation_method text NOT NULL DEFAULT 'equal'
					CHECK (allocation_method IN ('equal', 'days', 'months')),
	source			text,
	note			text,
	CONSTRAINT agreement_parties_differ CHECK (host_party <> stationed_party),
	CONSTRAINT agreement_not_own_predecessor CHECK (predecessor IS DISTINCT FROM code),
	CONSTRAINT agreement_signed_after_agreed CHECK (signed_on >= agreed_on),
	CONSTRAINT agreement_ceiling_currency
		CHECK (total_ceiling IS NULL OR @extschema@.currency(total_ceiling) = currency),
	CONSTRAINT agreement_base_no_overlap
		EXCLUDE USING gist (@extschema@.party_code_range(host_party, host_party, '[]') WITH =,
							@extschema@.party_code_range(stationed_party, stationed_party, '[]') WITH =,
							period WITH &&)
		WHERE (kind = 'base')
);
COMMENT ON TABLE @extschema@.agreement IS
	'A cost-sharing agreement between a host party and a stationed party, over a span of dates';
COMMENT ON COLUMN @extschema@.agreement.code IS 'Short unique code, for example SMA2016';
COMMENT ON COLUMN @extschema@.agreement.title IS 'Title of the agreement';
COMMENT ON COLUMN @extschema@.agreement.host_party IS 'Party on whose soil the forces are stationed, which bears the burden';
COMMENT ON COLUMN @extschema@.agreement.stationed_party IS 'Party whose forces are stationed';
COMMENT ON COLUMN @extschema@.agreement.period IS 'Span the agreement covers, [first day, day after the last); may be open-ended';
COMMENT ON COLUMN @extschema@.agreement.kind IS
	'base, extension, protocol, amendment or other; base agreements of one pair of parties do not overlap';
COMMENT ON COLUMN @extschema@.agreement.status IS 'negotiating, signed, in_force or expired';
COMMENT ON COLUMN @extschema@.agreement.agreed_on IS 'Date the parties announced agreement';
COMMENT ON COLUMN @extschema@.agreement.signed_on IS 'Date the agreement was signed';
COMMENT ON COLUMN @extschema@.agreement.in_force_on IS 'Date the agreement entered into force';
COMMENT ON COLUMN @extschema@.agreement.predecessor IS 'Agreement this one follows or extends';
COMMENT ON COLUMN @extschema@.agreement.currency IS
	'Currency of the agreement''s burden items (default: the host''s currency); an item may differ only if it says so';
COMMENT ON COLUMN @extschema@.agreement.total_ceiling IS 'Total amount agreed for the whole period, if one was published';
COMMENT ON COLUMN @extschema@.agreement.allocation_method IS
	'How an item spanning several fiscal years is spread over them unless the item says otherwise: equal, days or months';
COMMENT ON COLUMN @extschema@.agreement.source IS 'Where the facts about the agreement come from';
COMMENT ON COLUMN @extschema@.agreement.note IS 'Free-form note';

-- the agreement's currency defaults to its host's
CREATE FUNCTION costshare_internal.agreement_default_currency()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF NEW.currency IS NULL THEN
		SELECT p.default_currency INTO NEW.currency
		FROM @extschema@.party p WHERE p.code = NEW.host_party;
	END IF;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION costshare_internal.agreement_default_currency() IS
	'Trigger function: an agreement without a currency takes its host''s default currency';

CREATE TRIGGER agreement_default_currency
	BEFORE INSERT OR UPDATE OF currency, host_party ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION costshare_internal.agreement_default_currency();

/*
 * The exclusion constraint is the guarantee (it also holds between
 * concurrent transactions); this trigger only gives the usual case a message
 * that names the agreement in the way.
 */
CREATE FUNCTION costshare_internal.agreement_check_overlap()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	other		record;
BEGIN
	IF NEW.kind = 'base' THEN
		SELECT a.code, a.period INTO other
		FROM @extschema@.agreement a
		WHERE a.kind = 'base' AND a.host_party = NEW.host_party
		  AND a.stationed_party = NEW.stationed_party
		  AND a.period OPERATOR(@extschema@.&&) NEW.period
		  AND (TG_OP = 'INSERT' OR a.code <> OLD.code)
		ORDER BY @extschema@.lower(a.period)
		LIMIT 1;
		IF FOUND THEN
			RAISE EXCEPTION 'base agreement "%" (%) overlaps base agreement "%" (%) between % and %',
				NEW.code, NEW.period, other.code, other.period, NEW.host_party, NEW.stationed_party
				USING ERRCODE = 'exclusion_violation',
					CONSTRAINT = 'agreement_base_no_overlap',
					DETAIL = 'The base agreements between the same host and stationed party cannot overlap.',
					HINT = 'Shorten one of the periods, or record the newer one as an extension or protocol.';
		END IF;
	END IF;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION costshare_internal.agreement_check_overlap() IS
	'Trigger function: a clear message for base agreements that would overlap (the exclusion constraint enforces it)';

CREATE TRIGGER agreement_check_overlap
	BEFORE INSERT OR UPDATE OF kind, period, host_party, stationed_party ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION costshare_internal.agreement_check_overlap();

-- ---------------------------------------------------------------- burden_item

CREATE TABLE @extschema@.burden_item (
	id				bigserial PRIMARY KEY,
	agreement		text NOT NULL REFERENCES @extschema@.agreement (code)
					ON UPDATE CASCADE ON DELETE CASCADE,
	category		text NOT NULL REFERENCES @extschema@.cost_category (code) ON UPDATE CASCADE,
	period			@extschema@.agreement_period NOT NULL,
	amount			@extschema@.currency_amount,
	basis			text NOT NULL DEFAULT 'budget'
					CHECK (basis IN ('ceiling', 'budget', 'contract', 'settled')),
	allocation_method text CHECK (allocation_method IN ('equal', 'days', 'months')),
	other_currency	boolean NOT NULL DEFAULT false,
	source			text,
	note			text,
	-- an amount over an endless span cannot be spread over fiscal years
	CONSTRAINT burden_item_period_finite CHECK (@extschema@.isfinite(period)),
	status			text NOT NULL DEFAULT 'reported'
					CHECK (status IN ('reported', 'unknown')),
	-- a missing amount is only ever a known unknown, never an omission
	CONSTRAINT burden_item_amount_status
		CHECK ((amount IS NULL) = (status OPERATOR(pg_catalog.=) 'unknown'))
);
CREATE INDEX burden_item_agreement_idx ON @extschema@.burden_item (agreement);
/*
 * burden_allocation joins the items to their agreement's fiscal years, so a
 * filter on a fiscal year, a host or an agreement lands on the years, and
 * the planner fetches the items of each year kept by its agreement and its
 * period together, from one GiST index over both: the agreement through
 * text_equality_ops (by hash), the period through agreement_period's.  With
 * an index on each, it would intersect all the agreement's items with all
 * the year's, every year.  A filter on the category uses the category's.
 */
CREATE INDEX burden_item_agreement_period_idx ON @extschema@.burden_item
	USING gist (agreement costshare_internal.text_equality_ops, period);
CREATE INDEX burden_item_category_idx ON @extschema@.burden_item (category);
COMMENT ON TABLE @extschema@.burden_item IS
	'An amount a host bears under an agreement, for one category, over a span (usually one fiscal year)';
COMMENT ON COLUMN @extschema@.burden_item.id IS 'Surrogate key';
COMMENT ON COLUMN @extschema@.burden_item.agreement IS 'Agreement under which the amount is borne';
COMMENT ON COLUMN @extschema@.burden_item.category IS 'Cost category (general if not broken down)';
COMMENT ON COLUMN @extschema@.burden_item.period IS 'Span the amount covers; it lies inside the agreement''s period';
COMMENT ON COLUMN @extschema@.burden_item.amount IS 'The amount, in the agreement''s currency unless other_currency; NULL exactly when status is unknown';
COMMENT ON COLUMN @extschema@.burden_item.basis IS
	'ceiling (agreed maximum), budget (initial budget), contract (contract basis) or settled (actual)';
COMMENT ON COLUMN @extschema@.burden_item.allocation_method IS
	'How to spread the amount over fiscal years when it spans several: equal, days or months; NULL means the agreement''s method';
COMMENT ON COLUMN @extschema@.burden_item.other_currency IS
	'True allows the amount to be in a currency other than the agreement''s';
COMMENT ON COLUMN @extschema@.burden_item.source IS 'Where the figure comes from';
COMMENT ON COLUMN @extschema@.burden_item.note IS 'Free-form note';
COMMENT ON COLUMN @extschema@.burden_item.status IS
	'reported (amount given) or unknown (the span and category are known to carry an amount that is not on file; amount NULL, currency the agreement''s)';

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
CREATE FUNCTION costshare_internal.burden_item_check()
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
COMMENT ON FUNCTION costshare_internal.burden_item_check() IS
	'Trigger function: a burden item lies inside its agreement''s period and is in its currency';

CREATE TRIGGER burden_item_check
	BEFORE INSERT OR UPDATE ON @extschema@.burden_item
	FOR EACH ROW EXECUTE FUNCTION costshare_internal.burden_item_check();

-- changing an agreement must not leave its items outside it
CREATE FUNCTION costshare_internal.agreement_check_items()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	i			record;
BEGIN
	SELECT bi.id, bi.period, bi.amount INTO i
	FROM @extschema@.burden_item bi
	WHERE bi.agreement = NEW.code
	  AND (NOT (NEW.period OPERATOR(@extschema@.@>) bi.period)
		   OR (NOT bi.other_currency
			   AND @extschema@.currency(bi.amount) OPERATOR(@extschema@.<>) NEW.currency))
	LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'agreement "%" would no longer contain its burden item % (period %, amount %)',
			NEW.code, i.id, i.period, i.amount
			USING ERRCODE = 'check_violation',
				DETAIL = 'A burden item''s period must lie within its agreement''s period, in the agreement''s currency.',
				HINT = 'Change or delete the burden items first.';
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION costshare_internal.agreement_check_items() IS
	'Trigger function: an agreement''s new period or currency still fits its burden items';

CREATE TRIGGER agreement_check_items
	AFTER UPDATE OF period, currency ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION costshare_internal.agreement_check_items();

-- ---------------------------------------------------------------- exchange_rate

CREATE TABLE @extschema@.exchange_rate (
	id				bigserial PRIMARY KEY,
	base_currency	@extschema@.currency NOT NULL,
	quote_currency	@extschema@.currency NOT NULL,
	period			@extschema@.agreement_period NOT NULL,
	rate			numeric NOT NULL CHECK (rate > 0::numeric),
	kind			text NOT NULL DEFAULT 'average'
					CHECK (kind IN ('average', 'spot', 'implied')),
	provider		text NOT NULL,
	source			text,
	note			text,
	CONSTRAINT exchange_rate_currencies_differ CHECK (base_currency <> quote_currency)
);
/*
 * The two searches of rate_in_force_direct, which every conversion of a
 * view makes once per row: the latest rate of a pair starting no later than
 * a span (the pair, then the start, read backwards), and the averages
 * overlapping the span.  Without them each lookup read every rate of the
 * pair, and a table of daily rates made every converting view slow in
 * proportion to its rows times the days on file.
 */
CREATE INDEX exchange_rate_pair_start_idx
	ON @extschema@.exchange_rate (base_currency, quote_currency, @extschema@.lower(period));
CREATE INDEX exchange_rate_average_period_idx
	ON @extschema@.exchange_rate USING gist (period) WHERE kind = 'average';
COMMENT ON TABLE @extschema@.exchange_rate IS
	'Exchange rates: units of the quote currency per unit of the base currency, for a day or a span, from a named provider';
COMMENT ON COLUMN @extschema@.exchange_rate.id IS 'Surrogate key';
COMMENT ON COLUMN @extschema@.exchange_rate.base_currency IS 'Currency of which one unit is priced (USD in 109.84 yen per dollar)';
COMMENT ON COLUMN @extschema@.exchange_rate.quote_currency IS 'Currency in which the price is given (JPY in 109.84 yen per dollar)';
COMMENT ON COLUMN @extschema@.exchange_rate.period IS 'Day or span the rate applies to (a calendar year for an annual average)';
COMMENT ON COLUMN @extschema@.exchange_rate.rate IS 'Units of quote_currency per unit of base_currency, exact as published';
COMMENT ON COLUMN @extschema@.exchange_rate.kind IS
	'average (over the period), spot (on a day) or implied (derived from a conversion in a report)';
COMMENT ON COLUMN @extschema@.exchange_rate.provider IS
	'Short name of the publisher, used to choose among rates: Fed G.5A, IMF IFS, Reuters, ...';
COMMENT ON COLUMN @extschema@.exchange_rate.source IS 'Title or URL of the publication';
COMMENT ON COLUMN @extschema@.exchange_rate.note IS 'Free-form note';

-- ---------------------------------------------------------------- force_presence

CREATE TABLE @extschema@.force_presence (
	id				bigserial PRIMARY KEY,
	host_party		text NOT NULL REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	stationed_party	text NOT NULL REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	as_of			date NOT NULL,
	personnel		integer NOT NULL CHECK (personnel > 0),
	source			text,
	note			text,
	CONSTRAINT force_presence_parties_differ CHECK (host_party <> stationed_party)
);
COMMENT ON TABLE @extschema@.force_presence IS 'Personnel of a stationed party in a host country, as of a date';
COMMENT ON COLUMN @extschema@.force_presence.id IS 'Surrogate key';
COMMENT ON COLUMN @extschema@.force_presence.host_party IS 'Host country';
COMMENT ON COLUMN @extschema@.force_presence.stationed_party IS 'Party whose personnel are counted';
COMMENT ON COLUMN @extschema@.force_presence.as_of IS 'Date the count refers to (or the date it was reported)';
COMMENT ON COLUMN @extschema@.force_presence.personnel IS 'Number of personnel';
COMMENT ON COLUMN @extschema@.force_presence.source IS 'Where the count comes from';
COMMENT ON COLUMN @extschema@.force_presence.note IS 'Free-form note';

-- ---------------------------------------------------------------- demand

CREATE TABLE @extschema@.demand (
	id				bigserial PRIMARY KEY,
	demanding_party	text NOT NULL REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	demanded_of		text NOT NULL REFERENCES @extschema@.party (code) ON UPDATE CASCADE,
	amount			@extschema@.currency_amount NOT NULL,
	per_year		boolean NOT NULL DEFAULT true,
	demanded_on		date NOT NULL,
	source			text,
	note			text,
	CONSTRAINT demand_parties_differ CHECK (demanding_party <> demanded_of)
);
COMMENT ON TABLE @extschema@.demand IS 'An amount one party asked another to bear, per year or in total';
COMMENT ON COLUMN @extschema@.demand.id IS 'Surrogate key';
COMMENT ON COLUMN @extschema@.demand.demanding_party IS 'Party that made the demand (the stationed party)';
COMMENT ON COLUMN @extschema@.demand.demanded_of IS 'Party asked to pay (the host)';
COMMENT ON COLUMN @extschema@.demand.amount IS 'Amount asked for';
COMMENT ON COLUMN @extschema@.demand.per_year IS 'True if the amount is per fiscal year, false if a total';
COMMENT ON COLUMN @extschema@.demand.demanded_on IS 'Date the demand was made or first reported; conversions use the rate in force then';
COMMENT ON COLUMN @extschema@.demand.source IS 'Where the demand is reported';
COMMENT ON COLUMN @extschema@.demand.note IS 'Free-form note';

-- ---------------------------------------------------------------- negotiation_event

CREATE TABLE @extschema@.negotiation_event (
	id				bigserial PRIMARY KEY,
	agreement		text REFERENCES @extschema@.agreement (code) ON UPDATE CASCADE ON DELETE SET NULL,
	period			@extschema@.agreement_period NOT NULL,
	kind			text NOT NULL
					CHECK (kind IN ('working_level_talks', 'official_talks', 'final_consultations',
									'agreement', 'signing', 'ratification', 'entry_into_force',
									'announcement', 'other')),
	format			text CHECK (format IN ('in_person', 'video_conference', 'telephone', 'mixed')),
	place			text,
	summary			text NOT NULL,
	source			text,
	note			text
);
COMMENT ON TABLE @extschema@.negotiation_event IS 'A step in the negotiation of an agreement: talks, agreement, signing, ...';
COMMENT ON COLUMN @extschema@.negotiation_event.id IS 'Surrogate key';
COMMENT ON COLUMN @extschema@.negotiation_event.agreement IS 'Agreement negotiated (NULL if not known)';
COMMENT ON COLUMN @extschema@.negotiation_event.period IS 'Day or span of the event';
COMMENT ON COLUMN @extschema@.negotiation_event.kind IS
	'working_level_talks, official_talks, final_consultations, agreement, signing, ratification, entry_into_force, announcement or other';
COMMENT ON COLUMN @extschema@.negotiation_event.format IS 'in_person, video_conference, telephone or mixed';
COMMENT ON COLUMN @extschema@.negotiation_event.place IS 'Where the event took place';
COMMENT ON COLUMN @extschema@.negotiation_event.summary IS 'What happened';
COMMENT ON COLUMN @extschema@.negotiation_event.source IS 'Where the event is reported';
COMMENT ON COLUMN @extschema@.negotiation_event.note IS 'Free-form note';

-- ---------------------------------------------------------------- pg_dump

SELECT pg_catalog.pg_extension_config_dump('@extschema@.party', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.cost_category', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.agreement', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.burden_item', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.burden_item_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.exchange_rate', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.exchange_rate_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.force_presence', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.force_presence_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.demand', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.demand_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.negotiation_event', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.negotiation_event_id_seq', '');
