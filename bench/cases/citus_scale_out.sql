-- title: sum, sum_by_currency and burden_by_period over burden items distributed by Citus, against the same tables on one node
-- cluster: citus
-- sizes: 1000000 3000000
-- baseline: one_node_sum
-- ratio-to: one_node_parallel_sum one_node_sum
-- ratio-to: distributed_sum one_node_sum
-- ratio-to: one_node_parallel_sum_by_currency one_node_sum_by_currency
-- ratio-to: distributed_sum_by_currency one_node_sum_by_currency
-- ratio-to: one_node_parallel_view one_node_view
-- ratio-to: distributed_view one_node_view
--
-- Three queries over the same burden items, on the coordinator of a Citus
-- cluster (a coordinator and two workers): in `bench_one` the tables of
-- the cost-sharing schema as install_schema() makes them, left ordinary
-- tables of the coordinator (one node); in `bench_dist` the same rows, with
-- burden_item distributed by id in 8 shards over the two workers and the
-- other tables reference tables, as scripts/test-citus and doc/citus.md
-- lay them out.  Both copies live in the same server, with the same
-- settings, the same view definitions and the same query text, so the only
-- difference is Citus's distribution.  The queries: sum per currency
-- (`GROUP BY currency(amount)`, four currencies), sum_by_currency over every
-- item, and the view burden_by_period (per agreement, basis and fiscal
-- year).  Each `one_node` variant runs serially; `one_node_parallel` allows
-- PostgreSQL two parallel workers on the same tables; each `distributed`
-- and `one_node_parallel` variant's ratio is to the serial one-node
-- variant of the same query.
--
-- Caveat: all three servers share one machine (the cores listed above), so
-- this measures Citus's overhead and its use of the machine's cores (the 8
-- shards are read concurrently by up to 8 backends), never the gain of more
-- machines.  A ratio below 1 here comes from the second core, which the
-- `one_node_parallel` variants use too; one above 1 is the cost of the
-- shards' queries and of combining their partial aggregates, or of rows
-- sent to the coordinator: the view's plan (in the report) has the shards
-- group the items by span (partial aggregates of sum_by_currency and
-- count, in costshare_internal.burden_year_amounts, one read of the items
-- for the coverage and the amounts), the rest on the coordinator.  Items are
-- loaded with the trigger burden_item_check disabled (they are generated
-- inside their agreements, in their agreement's currency).
-- @setup
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench_one CASCADE;
DROP SCHEMA IF EXISTS bench_dist CASCADE;
CREATE SCHEMA bench_one;
SELECT install_schema('bench_one');
CREATE SCHEMA bench_dist;
SELECT install_schema('bench_dist');

INSERT INTO bench_one.party (code, name, default_currency, fiscal_calendar) VALUES
	('HOST', 'Host', 'JPY', 'jp'), ('STAT', 'Stationed', 'USD', 'us_federal');
INSERT INTO bench_one.agreement (code, title, host_party, stationed_party, period, kind, currency)
SELECT 'A' || k, 'Agreement ' || k, 'HOST', 'STAT',
       agreement_period(make_date(1900 + 5 * k, 4, 1), make_date(1905 + 5 * k, 4, 1)), 'base',
       (ARRAY['JPY', 'USD', 'EUR', 'KWD'])[1 + k % 4]::currency
FROM generate_series(0, 39) AS k;
ALTER TABLE bench_one.burden_item DISABLE TRIGGER burden_item_check;
INSERT INTO bench_one.burden_item (agreement, category, period, amount, basis)
SELECT 'A' || k,
       (ARRAY['labor_basic_pay', 'labor_welfare', 'utilities', 'facilities_improvement',
              'training', 'logistics'])[1 + i % 6],
       agreement_period(make_date(y, 4, 1), make_date(y + 1, 4, 1)),
       from_minor_units(1000000 + i::int8 * 7919 % 100000000, (ARRAY['JPY', 'USD', 'EUR', 'KWD'])[1 + k % 4]::currency),
       (ARRAY['budget', 'settled'])[1 + i % 2]
FROM (SELECT i, 1900 + i % 200 AS y, (i % 200) / 5 AS k FROM generate_series(1, :rows) AS i) AS g;
ALTER TABLE bench_one.burden_item ENABLE TRIGGER burden_item_check;

-- the same rows in bench_dist, then made Citus tables there
INSERT INTO bench_dist.party SELECT * FROM bench_one.party;
INSERT INTO bench_dist.agreement SELECT * FROM bench_one.agreement;
ALTER TABLE bench_dist.burden_item DISABLE TRIGGER burden_item_check;
INSERT INTO bench_dist.burden_item SELECT * FROM bench_one.burden_item;
SET citus.enable_unsafe_triggers = on;
SET citus.shard_count = 8;
SELECT create_reference_table('bench_dist.' || t)
FROM unnest(ARRAY['party', 'cost_category', 'exchange_rate', 'force_presence', 'demand', 'price_index',
                  'macro_figure', 'agreement', 'escalation_rule', 'negotiation_event']) WITH ORDINALITY AS u(t, n)
ORDER BY n;
SELECT create_distributed_table('bench_dist.burden_item', 'id');
SELECT truncate_local_data_after_distributing_table('bench_dist.burden_item');
ALTER TABLE bench_dist.burden_item ENABLE TRIGGER burden_item_check;
-- @variant one_node_sum
SELECT currency(amount), sum(amount) FROM bench_one.burden_item GROUP BY 1;
-- @variant one_node_parallel_sum
-- @prepare
SET max_parallel_workers_per_gather = 2;
-- @query
SELECT currency(amount), sum(amount) FROM bench_one.burden_item GROUP BY 1;
-- @variant distributed_sum
SELECT currency(amount), sum(amount) FROM bench_dist.burden_item GROUP BY 1;
-- @variant one_node_sum_by_currency
SELECT sum_by_currency(amount) FROM bench_one.burden_item;
-- @variant one_node_parallel_sum_by_currency
-- @prepare
SET max_parallel_workers_per_gather = 2;
-- @query
SELECT sum_by_currency(amount) FROM bench_one.burden_item;
-- @variant distributed_sum_by_currency
SELECT sum_by_currency(amount) FROM bench_dist.burden_item;
-- @variant one_node_view
SELECT count(*), sum(minor_units(amount)) FROM bench_one.burden_by_period;
-- @variant one_node_parallel_view
-- @prepare
SET max_parallel_workers_per_gather = 2;
-- @query
SELECT count(*), sum(minor_units(amount)) FROM bench_one.burden_by_period;
-- @variant distributed_view
SELECT count(*), sum(minor_units(amount)) FROM bench_dist.burden_by_period;
-- @report
SELECT nodeport, count(*) AS burden_item_shards, pg_size_pretty(sum(shard_size)) AS size
FROM citus_shards WHERE table_name = 'bench_dist.burden_item'::regclass GROUP BY 1 ORDER BY 1;
SELECT pg_size_pretty(pg_table_size('bench_one.burden_item')) AS one_node_burden_item;
SELECT 'same answers, one node and distributed' AS check,
       (SELECT array_agg(s ORDER BY c)::text FROM (SELECT currency(amount) AS c, sum(amount) AS s FROM bench_one.burden_item GROUP BY 1) x)
        = (SELECT array_agg(s ORDER BY c)::text FROM (SELECT currency(amount) AS c, sum(amount) AS s FROM bench_dist.burden_item GROUP BY 1) x) AS sum,
       (SELECT sum_by_currency(amount)::text FROM bench_one.burden_item)
        = (SELECT sum_by_currency(amount)::text FROM bench_dist.burden_item) AS sum_by_currency,
       (SELECT count(*) || ' ' || sum(minor_units(amount)) FROM bench_one.burden_by_period)
        = (SELECT count(*) || ' ' || sum(minor_units(amount)) FROM bench_dist.burden_by_period) AS view;
SELECT sum_by_currency(amount) FROM bench_dist.burden_item;
EXPLAIN (COSTS OFF) SELECT sum_by_currency(amount) FROM bench_dist.burden_item;
EXPLAIN (COSTS OFF) SELECT count(*), sum(minor_units(amount)) FROM bench_dist.burden_by_period;
