'use strict';
// node-postgres against the throwaway cluster of test/clients.sh (TCP,
// scram-sha-256, a login holding only costshare_reader).
const test = require('node:test');
const assert = require('node:assert/strict');
const { Client } = require('pg');
const {
  Amount, Period, FiscalCalendar, registerTypes,
  parseAmountBinary, parsePeriodBinary, parseFiscalCalendarBinary, parseCurrencyBinary,
} = require('..');

const config = {
  host: process.env.COSTSHARE_TEST_HOST || '127.0.0.1',
  port: Number(process.env.COSTSHARE_TEST_PORT || 54339),
  database: process.env.COSTSHARE_TEST_DB || 'costshare_clients',
  user: process.env.COSTSHARE_TEST_USER || 'costshare_bi',
  password: process.env.COSTSHARE_TEST_PASSWORD,
};
const CUSTOM = { currency: 'string', currency_amount: Amount, agreement_period: Period, fiscal_calendar: FiscalCalendar };
const BINARY = {
  currency: parseCurrencyBinary,
  currency_amount: parseAmountBinary,
  agreement_period: parsePeriodBinary,
  fiscal_calendar: parseFiscalCalendarBinary,
};
const TEXT_PARAM = {
  currency_amount: ['> $1', 'JPY -1'],
  agreement_period: ['&& $1', '[1900-01-01,infinity)'],
  currency: ['<> $1', 'XAU'],
  fiscal_calendar: ['<> $1', 'uk_tax'],
};

let client;
let oids;
let views;

test.before(async () => {
  client = new Client(config);
  await client.connect();
  oids = await registerTypes(client);
  const { rows } = await client.query(`
    SELECT c.relname AS view, a.attname AS col, t.typname AS typ
    FROM pg_class c
    JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'e'
    JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_type t ON t.oid = a.atttypid
    WHERE c.relkind = 'v' AND has_table_privilege(c.oid, 'SELECT')
    ORDER BY c.relname, a.attnum`);
  views = {};
  for (const r of rows) (views[r.view] ||= []).push([r.col, r.typ]);
});

test.after(async () => { await client.end(); });

test('reads every view, custom columns as objects', async () => {
  assert.ok(Object.keys(views).length >= 8);
  for (const [view, cols] of Object.entries(views)) {
    const custom = cols.filter(([, typ]) => typ in CUSTOM).map(([col]) => `"${col}"`);
    const all = await client.query(`SELECT * FROM "${view}"`);
    assert.ok(all.rows.length > 0, view);
    if (custom.length === 0) continue;
    const sql = `SELECT ${custom.join(', ')} FROM "${view}" ORDER BY ${custom.map((_, i) => i + 1).join(', ')}`;
    const text = await client.query(sql);
    for (const [i, field] of text.fields.entries()) {
      const typ = cols.find(([col]) => col === field.name)[1];
      assert.equal(field.dataTypeID, oids[typ], `${view}.${field.name}`);
      for (const row of text.rows) {
        const v = row[field.name];
        if (v !== null) {
          if (CUSTOM[typ] === 'string') assert.equal(typeof v, 'string');
          else assert.ok(v instanceof CUSTOM[typ], `${view}.${field.name}`);
        }
      }
    }
    // the binary parsers on the same rows, from the types' send functions
    const sends = cols.filter(([, typ]) => typ in CUSTOM)
      .map(([col, typ]) => `encode(${typ}_send("${col}"), 'hex') AS "${col}"`);
    const raw = await client.query(`SELECT ${sends.join(', ')} FROM "${view}" ORDER BY ${custom.map((_, i) => i + 1).join(', ')}`);
    const fromBinary = raw.rows.map((row) => Object.fromEntries(Object.entries(row).map(([col, hex]) => {
      const typ = cols.find(([c]) => c === col)[1];
      return [col, hex === null ? null : BINARY[typ](Buffer.from(hex, 'hex'))];
    })));
    assert.deepEqual(fromBinary, text.rows, view);
  }
});

test('round trips each type through text and through the binary form', async () => {
  const values = [
    [new Amount('1910000000.00', 'USD'), 'currency_amount'],
    [new Amount('-1234.5', 'usd'), 'currency_amount'],
    [new Amount('946500000000', 'JPY'), 'currency_amount'],
    [new Amount('9223372036854775807', 'JPY'), 'currency_amount'],
    [new Amount('-9223372036854775807', 'JPY'), 'currency_amount'],
    [new Amount('1.234', 'KWD'), 'currency_amount'],
    [new Period('2016-04-01', '2021-04-01'), 'agreement_period'],
    [new Period(null, '2021-04-01'), 'agreement_period'],
    [new Period('1999-12-31', null), 'agreement_period'],
    [new Period('0001-01-01', '5874897-12-31'), 'agreement_period'],
    [new FiscalCalendar(4, 1, false, 'jfy'), 'fiscal_calendar'],
    [new FiscalCalendar(2, 15, true, 'plain'), 'fiscal_calendar'],
    [new FiscalCalendar(7, 1, true, 'split'), 'fiscal_calendar'],
    ['EUR', 'currency'],
  ];
  for (const [value, typ] of values) {
    const { rows } = await client.query(
      `SELECT $1::${typ} AS v, $1::${typ}::text AS t, encode(${typ}_send($1::${typ}), 'hex') AS b`, [value]);
    const fromBinary = BINARY[typ](Buffer.from(rows[0].b, 'hex'));
    assert.deepEqual(rows[0].v, fromBinary, String(value));
    assert.equal(String(rows[0].v), rows[0].t);
    if (typ !== 'currency') assert.equal(rows[0].v.constructor, value.constructor);
    if (typ === 'currency_amount') {
      assert.equal(typeof rows[0].v.units, 'bigint');
      assert.equal(rows[0].v.currency, value.currency);
    }
  }
  // the scale of the currency, whatever the scale written
  const { rows } = await client.query("SELECT 'USD 1.5'::currency_amount AS a");
  assert.equal(rows[0].a.amount, '1.50');
});

test('binary: true results reach the binary parsers (exact only for bytes valid as UTF-8)', async () => {
  // node-postgres 8 (pg-protocol) decodes every field as UTF-8 before a
  // binary parser sees it (Buffer.from(string)), so a binary result is exact
  // only when its bytes happen to be valid UTF-8; costshare-pg's parsers
  // refuse a mangled value (wrong length) rather than guess.  Binary results
  // need the extended protocol, i.e. a query with values.
  const sql = 'SELECT $1::currency_amount AS a, $2::agreement_period AS p, $3::fiscal_calendar AS f, $4::currency AS c';
  const safe = await client.query({ text: sql, values: ['USD 1.00', '[2000-01-01,2000-01-17)', 'jp', 'JPY'], binary: true });
  assert.equal(safe.fields[0].format, 'binary');
  assert.deepEqual(safe.rows[0], {
    a: new Amount('1.00', 'USD'), p: new Period('2000-01-01', '2000-01-17'),
    f: new FiscalCalendar(4, 1, false, 'jfy'), c: 'JPY',
  });
  // -1.00 is ff ff ff ff ff ff ff 9c: not UTF-8, mangled by the driver
  await assert.rejects(client.query({ text: sql, values: ['USD -1.00', 'JFY2016', 'jp', 'JPY'], binary: true }),
    /unsupported binary currency_amount/);
});

function ctorArgs(v) {
  if (v instanceof Amount) return [v.amount, v.currency];
  if (v instanceof Period) return [v.lower, v.upper];
  return [v.month, v.day, v.endNaming, v.style];
}

test('text parameters against every custom-typed column', async () => {
  let checked = 0;
  for (const [view, cols] of Object.entries(views)) {
    const total = Number((await client.query(`SELECT count(*) AS n FROM "${view}"`)).rows[0].n);
    for (const [col, typ] of cols) {
      if (!(typ in TEXT_PARAM)) continue;
      const [cond, param] = TEXT_PARAM[typ];
      const { rows } = await client.query(
        `SELECT count(*) AS n FROM "${view}" WHERE "${col}" ${cond} OR "${col}" IS NULL`, [param]);
      assert.equal(Number(rows[0].n), total, `${view}.${col}`);
      checked++;
    }
  }
  assert.ok(checked > 20);
});

test('a JavaScript Date and a day string against period @> $1', async () => {
  const expected = Number((await client.query(
    "SELECT count(*) AS n FROM burden_by_period WHERE start_date <= '2017-06-01' AND end_date >= '2017-06-01'")).rows[0].n);
  assert.ok(expected > 0);
  // node-postgres sends a Date as local midnight with the local offset
  for (const param of [new Date(2017, 5, 1), '2017-06-01']) {
    const { rows } = await client.query('SELECT count(*) AS n FROM burden_by_period WHERE period @> $1', [param]);
    assert.equal(Number(rows[0].n), expected, String(param));
  }
  const { rows } = await client.query('SELECT count(*) AS n FROM burden_by_period WHERE period @> $1::timestamptz',
    [new Date(2017, 5, 1, 12, 30)]);
  assert.equal(Number(rows[0].n), expected);
  await assert.rejects(client.query('SELECT count(*) FROM burden_by_period WHERE period @> $1',
    [new Date(2017, 5, 1, 12, 30)]), (err) => err.code === '22P02' && /midnight/.test(err.detail));
});

test('parameters as objects and burden_in_currency($1)', async () => {
  const { rows } = await client.query('SELECT count(*) AS n FROM burden_by_period WHERE amount > $1 AND period && $2',
    [new Amount('100000000000', 'JPY'), new Period('2016-04-01', '2017-04-01')]);
  assert.ok(Number(rows[0].n) > 0);
  const conv = await client.query('SELECT converted, target_currency_code FROM burden_in_currency($1)', ['USD']);
  assert.ok(conv.rows.length > 0);
  for (const r of conv.rows) {
    assert.equal(r.target_currency_code, 'USD');
    assert.ok(r.converted === null || (r.converted instanceof Amount && r.converted.currency === 'USD'));
  }
});

test('the reader cannot open the tables', async () => {
  const { rows } = await client.query(`
    SELECT c.relname FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.deptype = 'e'
    JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'costshare' WHERE c.relkind = 'r'`);
  assert.ok(rows.length >= 8);
  for (const { relname } of rows) {
    await assert.rejects(client.query(`SELECT 1 FROM "${relname}" LIMIT 1`), (err) => err.code === '42501', relname);
  }
});
