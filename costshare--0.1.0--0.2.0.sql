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
