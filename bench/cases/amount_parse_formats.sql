-- title: text input of currency_amount per format against numeric and int8 input of the same numbers
-- sizes: 1000000 3000000 10000000
-- baseline: numeric_input
-- goal: canonical <= 1.5 canonical parse at most 1.5x numeric input
-- goal: symbol <= 3.0 press format at most 3x numeric input
-- goal: words <= 3.0 press format at most 3x numeric input
-- goal: east_asian <= 3.0 press format at most 3x numeric input
-- goal: korean <= 3.0 press format at most 3x numeric input
-- flat: canonical 15
--
-- Every row's text differs, so nothing is cached.  Each variant casts a
-- text column of one format: the digits alone read as numeric (the
-- baseline) and as int8; the canonical form (JPY 1055100000000); a symbol
-- with a scale word ($1.91 billion); a scale word and a currency word
-- (946.5 billion yen); the East Asian units (1兆551億円); the Korean units
-- with a thousands separator (1조 1,833억 원).  The count of the casts makes
-- every value be parsed without sending rows.
--
-- The press forms go through the full parser: a lexer (multibyte spellings
-- found by their first character in an index built once per backend) and a
-- grammar over the tokens, all on the stack; what they cost beyond the
-- canonical form is that lexing and the exact int128 sum of the terms.
-- @setup
DROP TABLE IF EXISTS bench_parse;
CREATE TABLE bench_parse AS
SELECT n::text AS s_digits,
       'JPY ' || n AS s_canonical,
       '$' || (1 + i % 999) || '.' || lpad((i % 100)::text, 2, '0') || ' billion' AS s_symbol,
       (1 + i % 999) || '.' || (i % 10) || ' billion yen' AS s_words,
       (1 + i % 9) || '兆' || (1 + i % 9999) || '億円' AS s_east_asian,
       (1 + i % 9) || '조 ' || to_char(1 + i % 9999, 'FM9,999') || '억 원' AS s_korean
FROM (SELECT i, (i::int8 * 2654435761 % 1000000007) * 1000 + i % 1000 AS n
      FROM generate_series(1, :rows) AS i) AS g;
-- @variant numeric_input
SELECT count(s_digits::numeric) FROM bench_parse;
-- @variant int8_input
SELECT count(s_digits::int8) FROM bench_parse;
-- @variant canonical
SELECT count(s_canonical::currency_amount) FROM bench_parse;
-- @variant symbol
SELECT count(s_symbol::currency_amount) FROM bench_parse;
-- @variant words
SELECT count(s_words::currency_amount) FROM bench_parse;
-- @variant east_asian
SELECT count(s_east_asian::currency_amount) FROM bench_parse;
-- @variant korean
SELECT count(s_korean::currency_amount) FROM bench_parse;
-- @report
SELECT s_canonical::currency_amount AS canonical, s_symbol::currency_amount AS symbol,
       s_words::currency_amount AS words, s_east_asian::currency_amount AS east_asian, s_korean::currency_amount AS korean
FROM bench_parse LIMIT 2;
