--
-- Robustness of binary input (the recv functions), through binary COPY.
-- Each case is one field's bytes: sent values, their truncations and
-- extensions, single-byte mutations and random bytes.  The bytes are written
-- as a binary COPY file in the data directory (lo_export, as superuser) and
-- read back into a one-column table.  A case must either be refused with a
-- data exception (class 22) or be read as the value the bytes say; nothing
-- else (another error class, XX000, a crash, a value other than the bytes
-- mean).  Seeded, so deterministic; only the rows that break the rule show.
--
CREATE FUNCTION pg_temp.recv_probe(typ text, field bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	lo oid;
	got text;
BEGIN
	lo := pg_catalog.lo_from_bytea(0,
		'\x5047434f50590aff0d0a00'::bytea			-- PGCOPY\n\377\r\n\0
		|| '\x0000000000000000'::bytea				-- flags, header extension
		|| '\x0001'::bytea							-- one field
		|| pg_catalog.int4send(pg_catalog.length(field)) || field
		|| '\xffff'::bytea);						-- trailer
	PERFORM pg_catalog.lo_export(lo, 'costshare_recv_probe.bin');
	PERFORM pg_catalog.lo_unlink(lo);
	EXECUTE pg_catalog.format('TRUNCATE recv_%s', typ);
	BEGIN
		EXECUTE pg_catalog.format('COPY recv_%s FROM %L (FORMAT binary)', typ,
			'costshare_recv_probe.bin');
	EXCEPTION WHEN others THEN
		RETURN SQLSTATE;
	END;
	EXECUTE pg_catalog.format('SELECT v::text FROM recv_%s', typ) INTO got;
	RETURN 'read ' || got;
END
$$;

CREATE TEMP TABLE recv_currency (v currency);
CREATE TEMP TABLE recv_currency_amount (v currency_amount);
CREATE TEMP TABLE recv_agreement_period (v agreement_period);
CREATE TEMP TABLE recv_fiscal_calendar (v fiscal_calendar);
CREATE TEMP TABLE recv_currency_amount_sum_state (v currency_amount_sum_state);

-- what the bytes mean, decoded independently of the recv functions; NULL
-- where they mean no valid value
CREATE FUNCTION pg_temp.meaning(typ text, b bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	units numeric;
	sc int;
	ccode text;
	lo int;
	hi int;
BEGIN
	IF typ = 'currency' THEN
		IF pg_catalog.length(b) <> 3 THEN RETURN NULL; END IF;
		FOR lo IN 0..2 LOOP
			IF NOT (pg_catalog.get_byte(b, lo) BETWEEN 65 AND 90 OR pg_catalog.get_byte(b, lo) BETWEEN 97 AND 122) THEN
				RETURN NULL;
			END IF;
		END LOOP;
		ccode := pg_catalog.upper(pg_catalog.convert_from(b, 'SQL_ASCII'));
		IF ccode !~ '^[A-Z]{3}$' OR NOT EXISTS (SELECT FROM currencies() c WHERE c.code::text = ccode) THEN
			RETURN NULL;
		END IF;
		RETURN ccode;
	ELSIF typ = 'currency_amount' THEN
		IF pg_catalog.length(b) <> 13 OR pg_catalog.get_byte(b, 0) <> 1 THEN RETURN NULL; END IF;
		ccode := pg_temp.meaning('currency', pg_catalog.substr(b, 2, 3));
		sc := pg_catalog.get_byte(b, 4);
		IF ccode IS NULL OR sc > 18 THEN RETURN NULL; END IF;
		units := ('x' || pg_catalog.encode(pg_catalog.substr(b, 6, 8), 'hex'))::bit(64)::bigint;
		IF units = -9223372036854775808 THEN RETURN NULL; END IF;
		BEGIN
			RETURN currency_amount(units / 10::numeric ^ sc, ccode::currency)::text;
		EXCEPTION WHEN others THEN
			RETURN NULL;
		END;
	ELSIF typ = 'agreement_period' THEN
		IF pg_catalog.length(b) <> 8 THEN RETURN NULL; END IF;
		lo := ('x' || pg_catalog.encode(pg_catalog.substr(b, 1, 4), 'hex'))::bit(32)::int;
		hi := ('x' || pg_catalog.encode(pg_catalog.substr(b, 5, 4), 'hex'))::bit(32)::int;
		BEGIN
			RETURN agreement_period(
				CASE WHEN lo = -2147483648 THEN '-infinity'::date ELSE DATE '2000-01-01' + lo END,
				CASE WHEN hi = 2147483647 THEN 'infinity'::date ELSE DATE '2000-01-01' + hi END)::text;
		EXCEPTION WHEN others THEN
			RETURN NULL;
		END;
	ELSIF typ = 'currency_amount_sum_state' THEN
		IF pg_catalog.length(b) < 9 OR pg_catalog.get_byte(b, 0) <> 1 THEN RETURN NULL; END IF;
		units := ('x' || pg_catalog.encode(pg_catalog.substr(b, 2, 8), 'hex'))::bit(64)::bigint;
		IF units = 0 AND pg_catalog.length(b) = 9 THEN RETURN 'empty'; END IF;
		IF units <= 0 OR pg_catalog.length(b) <> 29 THEN RETURN NULL; END IF;
		ccode := pg_temp.meaning('currency', pg_catalog.substr(b, 10, 3));
		sc := pg_catalog.get_byte(b, 12);
		IF ccode IS NULL OR sc IS DISTINCT FROM
				(SELECT COALESCE(c.minor_units, 4) FROM currencies() c WHERE c.code::text = ccode) THEN
			RETURN NULL;
		END IF;
		-- the sum: a big-endian two's complement int128
		RETURN ccode || ' ' || sc || ' ' ||
			(('x' || pg_catalog.encode(pg_catalog.substr(b, 14, 8), 'hex'))::bit(64)::bigint::numeric * 18446744073709551616
			 + ('x' || pg_catalog.encode(pg_catalog.substr(b, 22, 8), 'hex'))::bit(64)::bigint::numeric
			 + CASE WHEN pg_catalog.get_byte(b, 21) >= 128 THEN 18446744073709551616 ELSE 0 END)::text
			|| ' ' || units;
	ELSE
		IF pg_catalog.length(b) <> 4 THEN RETURN NULL; END IF;
		lo := ('x' || pg_catalog.encode(b, 'hex'))::bit(32)::int;
		IF lo & ~4095 <> 0 THEN RETURN NULL; END IF;
		BEGIN
			RETURN fiscal_calendar((lo >> 8) & 15, (lo >> 3) & 31,
				CASE WHEN (lo >> 2) & 1 = 1 THEN 'end' ELSE 'start' END,
				(ARRAY['plain', 'fy', 'jfy', 'split'])[1 + (lo & 3)])::text
				|| CASE WHEN fiscal_calendar_send(fiscal_calendar((lo >> 8) & 15, (lo >> 3) & 31,
					CASE WHEN (lo >> 2) & 1 = 1 THEN 'end' ELSE 'start' END,
					(ARRAY['plain', 'fy', 'jfy', 'split'])[1 + (lo & 3)])) = b THEN '' ELSE ' (not canonical)' END;
		EXCEPTION WHEN others THEN
			RETURN NULL;
		END;
	END IF;
END
$$;

CREATE TEMP TABLE sent (typ text, b bytea);
INSERT INTO sent
SELECT 'currency', currency_send(c) FROM (VALUES ('USD'::currency), ('JPY'), ('XAU'), ('ZWL')) v(c)
UNION ALL
SELECT 'currency_amount', currency_amount_send(a) FROM (VALUES ('JPY 946500000000'::currency_amount),
	('USD -1.50'), ('USD 92233720368547758.07'), ('JPY -9223372036854775807'), ('KWD 0.001'),
	('CLF 1.2345'), ('XAU 1.5'), ('USD 0')) v(a)
UNION ALL
SELECT 'agreement_period', agreement_period_send(p) FROM (VALUES ('[2016-04-01,2021-04-01)'::agreement_period),
	('[-infinity,infinity)'), ('[,2000-01-01)'), ('[2000-01-01,)'), ('[5874897-12-30,5874897-12-31)'),
	('[0001-01-01,0001-01-02)')) v(p)
UNION ALL
SELECT 'fiscal_calendar', fiscal_calendar_send(c) FROM (VALUES ('jp'::fiscal_calendar), ('us_federal'),
	('uk_tax'), ('07-01/end/fy'), ('12-31/start/plain'), ('02-28/end/split')) v(c)
UNION ALL
SELECT 'currency_amount_sum_state', currency_amount_sum_state_send(s) FROM (VALUES
	('empty'::currency_amount_sum_state), ('USD 2 -150 3'), ('JPY 0 170141183460469231731687303715884105727 2'),
	('KWD 3 -170141183460469231731687303715884105728 9223372036854775807')) v(s);

CREATE TEMP TABLE recv_case (typ text, b bytea);
DO $$
DECLARE
	s record;
	i int;
	j int;
	m bytea;
BEGIN
	PERFORM pg_catalog.setseed(0.2718);
	FOR s IN SELECT * FROM sent ORDER BY typ, b LOOP
		INSERT INTO recv_case VALUES (s.typ, s.b);
		-- every truncation, and one byte too many
		FOR i IN 0..pg_catalog.length(s.b) - 1 LOOP
			INSERT INTO recv_case VALUES (s.typ, pg_catalog.substr(s.b, 1, i));
		END LOOP;
		INSERT INTO recv_case VALUES (s.typ, s.b || '\x00'::bytea);
		-- every byte set to each of a few telling values
		FOR i IN 0..pg_catalog.length(s.b) - 1 LOOP
			FOREACH j IN ARRAY ARRAY[0, 19, 97, 128, 255] LOOP
				INSERT INTO recv_case VALUES (s.typ, pg_catalog.set_byte(s.b, i, j));
			END LOOP;
		END LOOP;
		-- random bit flips, one to three per case
		FOR i IN 1..16 LOOP
			m := s.b;
			FOR j IN 0..(i % 3) LOOP
				m := pg_catalog.set_bit(m, pg_catalog.floor(pg_catalog.random() * 8 * pg_catalog.length(m))::int,
					1 - pg_catalog.get_bit(m, 0));
			END LOOP;
			INSERT INTO recv_case VALUES (s.typ, m);
		END LOOP;
	END LOOP;
	-- random bytes of the right and of wrong lengths
	FOR s IN SELECT DISTINCT typ FROM sent ORDER BY typ LOOP
		FOR i IN 1..30 LOOP
			m := '';
			FOR j IN 1..(CASE WHEN i % 2 = 0 THEN pg_catalog.length((SELECT b FROM sent WHERE typ = s.typ LIMIT 1)) ELSE i % 20 END) LOOP
				m := m || pg_catalog.set_byte('\x00'::bytea, 0, pg_catalog.floor(pg_catalog.random() * 256)::int);
			END LOOP;
			INSERT INTO recv_case VALUES (s.typ, m);
		END LOOP;
	END LOOP;
END
$$;

CREATE TEMP TABLE recv_result AS
SELECT typ, b, pg_temp.recv_probe(typ, b) AS result, pg_temp.meaning(typ, b) AS meaning
FROM recv_case;

-- each type both read and refused some of the cases
SELECT typ, pg_catalog.count(*) FILTER (WHERE result LIKE 'read %') > 0 AS some_read,
	pg_catalog.count(*) FILTER (WHERE result LIKE '22%') > 0 AS some_refused,
	pg_catalog.count(*) >= 100 AS enough_cases
FROM recv_result GROUP BY typ ORDER BY typ;

-- the rule; no rows: a refusal is class 22, a value read is what the bytes
-- mean, and bytes that mean a valid value are read
SELECT typ, b, result, meaning FROM recv_result
WHERE CASE WHEN result LIKE 'read %' THEN meaning IS NULL OR pg_catalog.substr(result, 6) <> pg_catalog.split_part(meaning, ' (', 1)
	ELSE result NOT LIKE '22%' OR (meaning IS NOT NULL AND meaning NOT LIKE '%(not canonical)') END
ORDER BY typ, b;

SELECT 1 AS alive;
