-- Soft input errors, called directly.  PostgreSQL 16 introduced
-- pg_input_is_valid() and pg_input_error_info(), which hand an input
-- function an ErrorSaveContext: every type's input must then report through
-- it (errsave/ereturn, src/common/compat.h) and not raise, or these queries
-- would stop at the first ERROR.  expected/soft_input_errors.out is the
-- output of 16 and later; expected/soft_input_errors_1.out is 15's, where
-- neither function exists (there the same inputs raise, with the same
-- SQLSTATEs: amount_soft_errors.sql checks that on every version).
SELECT typ, input, pg_input_is_valid(input, typ) AS valid,
	   e.sql_error_code, e.message
FROM (VALUES
	('currency', 'EUR'), ('currency', 'ZZZ'), ('currency', 'EURO'),
	('currency_amount', 'EUR 1.25'), ('currency_amount', 'EUR 1.255'),
	('currency_amount', 'JPY 9223372036854775808'), ('currency_amount', 'EUR'),
	('agreement_period', '[2024-01-01,2025-01-01)'),
	('agreement_period', '[2025-01-01,2024-01-01)'), ('agreement_period', '[2024-02-30,2025-01-01)'),
	('agreement_period', '2024-13'),
	('fiscal_calendar', 'jp'), ('fiscal_calendar', 'nowhere'), ('fiscal_calendar', '13-01/start/fy'),
	('currency_amount_sum_state', 'USD 2 150 2'), ('currency_amount_sum_state', 'garbage'),
	('currency_amount_sum_state', 'ZZZ 2 150 2'), ('currency_amount_sum_state', 'USD 3 150 2'),
	('currency_amount_by_currency_state', 'USD 2 150 2'), ('currency_amount_by_currency_state', 'garbage'),
	('currency_amount_by_currency_state', 'USD 3 1505 1')
) AS v(typ, input), LATERAL pg_input_error_info(input, typ) AS e
ORDER BY typ, input;

-- a soft error leaves the transaction usable
BEGIN;
SELECT pg_input_is_valid('ZZZ', 'currency') AS valid;
SELECT 'EUR 1.00'::currency_amount AS still_in_the_transaction;
COMMIT;
