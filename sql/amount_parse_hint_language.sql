--
-- Hints with East Asian examples show them in the language of the input:
-- Korean for Hangul units or names, Chinese for units or names only Chinese
-- writes (亿, 万亿, 元, 美元, ...), Japanese otherwise.
--
CREATE FUNCTION pg_temp.hint_of(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	hint text;
BEGIN
	PERFORM t::currency_amount;
	RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS hint = PG_EXCEPTION_HINT;
	RETURN SQLSTATE || ' ' || hint;
END $$;

-- each mistake once per language
SELECT t, pg_temp.hint_of(t) FROM (VALUES
	-- units out of order
	('5億1兆円'),
	('5억1조 원'),
	('5亿1万亿元'),
	-- a unit repeated, a group too large
	('1億1億ドル'),
	('1억1억 달러'),
	('1亿1亿美元'),
	('1兆12000億円'),
	('1조 12,000억 원'),
	('1万亿12000亿元'),
	-- the name of the currency before the number
	('円100'),
	('원 100'),
	('元100'),
	('美元100'),
	('달러 100'),
	-- 千 and 천 without a single digit
	('千億円'),
	('천억 원'),
	('千亿元'),
	('15千億円'),
	('15천억 원'),
	('15千亿元'),
	('5千1000億円'),
	('5천1,000억 원'),
	('5千1000亿元'),
	-- a fraction before the last number
	('1.5兆551億円'),
	('1.5조 551억 원'),
	('1.5万亿551亿元'),
	-- units with a code: the units decide
	('5億1兆 USD'),
	('5억1조 USD'),
	('5亿1万亿 USD'),
	-- Japanese units, Korean name: the Korean example shows a consistent form
	('1兆5억원'),
	('5億1兆ウォン')
) v(t);

-- the examples the hints give are accepted as written
SELECT e, e::currency_amount FROM (VALUES
	('1兆551億円'), ('1조 1,833억 원'), ('1万亿1833亿元'),
	('5千億円'), ('1조 5천억 원'), ('5千亿元'),
	('5000億円'), ('5,000억 원'), ('5000亿元'),
	('1兆551.5億円'), ('1조 551.5억 원'), ('1万亿551.5亿元'),
	('2,017億円')
) v(e);
