'use strict';
// Type parsers for node-postgres (pg) for the costshare extension's types,
// in text and binary format, and classes that serialize back as parameters.
//
//   const { registerTypes } = require('costshare-pg');
//   await registerTypes(client);            // once per client (or in pool.on('connect'))
//   const { rows } = await client.query('SELECT amount, period FROM burden_by_period');
//   rows[0].amount   // Amount { amount: '189196330778', currency: 'JPY', units: 189196330778n, scale: 0 }
//
// Amounts stay exact: the amount is a decimal string and units a BigInt,
// never a JavaScript number.  Period ends are 'YYYY-MM-DD' strings (no Date:
// a day has no time zone), null for an infinite end.

const CURRENCY_AMOUNT_LAYOUT_VERSION = 1;
const NOBEGIN = -2147483648;
const NOEND = 2147483647;
const STYLES = ['plain', 'fy', 'jfy', 'split'];
const BUILTIN = {
  calendar: [1, 1, false, 'plain'],
  jp: [4, 1, false, 'jfy'],
  us_federal: [10, 1, true, 'fy'],
  uk: [4, 1, false, 'split'],
  uk_tax: [4, 6, false, 'split'],
  au: [7, 1, true, 'split'],
};

function decimalString(units, scale) {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = digits.slice(0, digits.length - scale) + '.' + digits.slice(digits.length - scale);
  }
  return (negative ? '-' : '') + digits;
}

class Amount {
  // new Amount('1910000000.00', 'USD'): the amount as a decimal string (or a
  // BigInt of major units), never a Number, which would round money.
  constructor(amount, currency) {
    if (typeof amount === 'number') throw new TypeError('an Amount is made from a decimal string or a BigInt, never a Number');
    const text = String(amount).trim();
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
    if (!m) throw new RangeError(`not a decimal amount: ${text}`);
    this.currency = String(currency).trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(this.currency)) throw new RangeError(`not a currency code: ${currency}`);
    this.scale = m[3] ? m[3].length : 0;
    this.units = BigInt(m[1] + m[2] + (m[3] || ''));
    this.amount = decimalString(this.units, this.scale);
  }

  static fromUnits(units, scale, currency) {
    return new Amount(decimalString(BigInt(units), scale), currency);
  }

  toString() { return `${this.currency} ${this.amount}`; }
  toPostgres() { return this.toString(); }
  toJSON() { return { amount: this.amount, currency: this.currency }; }
}

class Period {
  // [lower, upper): lower the first day, upper the day after the last, as
  // 'YYYY-MM-DD'; null for an infinite end.
  constructor(lower, upper) {
    for (const d of [lower, upper]) {
      if (d !== null && !/^\d{4,7}-\d{2}-\d{2}$/.test(d)) throw new RangeError(`not a YYYY-MM-DD day: ${d}`);
    }
    if (lower !== null && upper !== null && !(lower.padStart(12, '0') < upper.padStart(12, '0'))) {
      throw new RangeError('a period is never empty: lower must precede upper');
    }
    this.lower = lower;
    this.upper = upper;
  }

  contains(day) {
    const k = (d) => d.padStart(12, '0');
    return (this.lower === null || k(this.lower) <= k(day)) && (this.upper === null || k(day) < k(this.upper));
  }

  toString() { return `[${this.lower ?? '-infinity'},${this.upper ?? 'infinity'})`; }
  toPostgres() { return this.toString(); }
  toJSON() { return { lower: this.lower, upper: this.upper }; }
}

class FiscalCalendar {
  constructor(month, day, endNaming, style) {
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31) || !STYLES.includes(style)) {
      throw new RangeError('invalid fiscal calendar');
    }
    this.month = month;
    this.day = day;
    this.endNaming = Boolean(endNaming) && !(month === 1 && day === 1);
    this.style = style;
  }

  get name() {
    for (const [name, f] of Object.entries(BUILTIN)) {
      if (f[0] === this.month && f[1] === this.day && f[2] === this.endNaming && f[3] === this.style) return name;
    }
    return null;
  }

  toString() {
    const pad = (n) => String(n).padStart(2, '0');
    return this.name ?? `${pad(this.month)}-${pad(this.day)}/${this.endNaming ? 'end' : 'start'}/${this.style}`;
  }

  toPostgres() { return this.toString(); }
  toJSON() { return this.toString(); }
}

// ---------------------------------------------------------------- text

function parseAmount(text) {
  const space = text.indexOf(' ');
  return new Amount(text.slice(space + 1), text.slice(0, space));
}

function parseEnd(s) {
  s = s.trim();
  return (s === '' || s === 'infinity' || s === '-infinity' || s === '+infinity') ? null : s;
}

function parsePeriod(text) {
  const m = /^\[([^,]*),([^)]*)\)$/.exec(text.trim());
  if (!m) throw new RangeError(`not a canonical agreement_period: ${text}`);
  return new Period(parseEnd(m[1]), parseEnd(m[2]));
}

function parseFiscalCalendar(text) {
  const t = text.trim();
  if (Object.prototype.hasOwnProperty.call(BUILTIN, t.toLowerCase())) return new FiscalCalendar(...BUILTIN[t.toLowerCase()]);
  const m = /^(\d{2})-(\d{2})\/(start|end)\/(\w+)$/.exec(t);
  if (!m) throw new RangeError(`not a fiscal_calendar: ${text}`);
  return new FiscalCalendar(Number(m[1]), Number(m[2]), m[3] === 'end', m[4]);
}

// ---------------------------------------------------------------- binary

// Days since 2000-01-01 to a civil date, in integers (H. Hinnant's
// civil_from_days): JavaScript's Date stops at year 275760, PostgreSQL's
// dates at 5874897.
function dayFromInt(n) {
  if (n === NOBEGIN || n === NOEND) return null;
  const z = n + 730425;          // days since 0000-03-01
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseCurrencyBinary(buf) { return buf.toString('ascii', 0, 3); }

function parseAmountBinary(buf) {
  if (buf.length !== 13 || buf[0] !== CURRENCY_AMOUNT_LAYOUT_VERSION) {
    throw new RangeError(`unsupported binary currency_amount (${buf.length} bytes, version ${buf[0]})`);
  }
  return Amount.fromUnits(buf.readBigInt64BE(5), buf.readInt8(4), buf.toString('ascii', 1, 4));
}

function parsePeriodBinary(buf) {
  return new Period(dayFromInt(buf.readInt32BE(0)), dayFromInt(buf.readInt32BE(4)));
}

function parseFiscalCalendarBinary(buf) {
  const p = buf.readInt32BE(0);
  return new FiscalCalendar((p >> 8) & 0xf, (p >> 3) & 0x1f, ((p >> 2) & 1) === 1, STYLES[p & 3]);
}

const PARSERS = {
  currency: [(s) => s, parseCurrencyBinary],
  currency_amount: [parseAmount, parseAmountBinary],
  agreement_period: [parsePeriod, parsePeriodBinary],
  fiscal_calendar: [parseFiscalCalendar, parseFiscalCalendarBinary],
};

// Look up the types' OIDs (they differ between databases) and set text and
// binary parsers on this client (or, with no client argument given as
// target, on the pg.types of the process: registerTypes(client, pg.types)).
async function registerTypes(client, target = client, schema = null) {
  const names = Object.keys(PARSERS);
  const qualified = names.map((n) => (schema ? `${schema}.${n}` : n));
  const { rows } = await client.query(
    'SELECT n, to_regtype(n)::oid AS oid FROM unnest($1::text[]) AS n', [qualified]);
  const oids = {};
  rows.forEach((row, i) => {
    if (row.oid === null) throw new Error(`type ${row.n} not found: is the costshare extension installed?`);
    const [text, binary] = PARSERS[names[i]];
    const oid = Number(row.oid);
    target.setTypeParser(oid, 'text', text);
    target.setTypeParser(oid, 'binary', binary);
    oids[names[i]] = oid;
  });
  return oids;
}

module.exports = {
  Amount, Period, FiscalCalendar, registerTypes,
  parseAmount, parsePeriod, parseFiscalCalendar,
  parseAmountBinary, parsePeriodBinary, parseFiscalCalendarBinary, parseCurrencyBinary,
};
