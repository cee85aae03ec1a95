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

-- ---------------------------------------------------------------- format_amount: japanese, korean and chinese styles

COMMENT ON FUNCTION format_amount(currency_amount, text) IS
	'the amount written for people, for display only: style code (canonical), symbol ($1,910,000,000.00), compact ($1.91B, rounded), words (946.5 billion yen), kanji (East Asian units of the currency''s country), japanese, korean or chinese (that language''s units and currency names)';
