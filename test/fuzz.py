#!/usr/bin/python3
"""Fuzz costshare's types and functions against a running server.

The rule it checks, for every input:
  * an input a type accepts (text or binary) round-trips: its text output
    reads back as the same value with the same text, and its binary output
    (send) reads back through COPY BINARY (recv) as the same value with the
    same bytes;
  * an input it refuses is refused with a class-22 SQLSTATE (data
    exception), never XX000 (internal error);
  * the hostile calls of the functions (fiscal_pieces, fiscal_years,
    allocate, rebucket, the aggregates' inverse and combine functions) end
    with a result, a class-22 or a 54000 (program limit) error, or the
    statement timeout of this harness, never XX000;
  * the server never crashes: the harness's connection survives to the
    end, and the server log (when it can be read) has no "terminated by
    signal".

Deterministic: the seed is printed and can be given (FUZZ_SEED); the count
per type is FUZZ_N (a few thousand by default, FUZZ_FULL=1 for 100,000).
Prints "N passed, N failed", where a check is one input or one call.
"""
import io
import os
import random
import struct
import sys

import psycopg2
import psycopg2.errors

SEED = int(os.environ.get("FUZZ_SEED", "20261130"))
FULL = os.environ.get("FUZZ_FULL", "") not in ("", "0")
N = int(os.environ.get("FUZZ_N", "100000" if FULL else "2000"))
# under Valgrind (scripts/check-memory) everything is some 30 times slower
SLOW = int(os.environ.get("FUZZ_TIMEOUT_SCALE", "1"))
TYPES = ["currency", "currency_amount", "agreement_period", "fiscal_calendar"]

rng = random.Random(SEED)
passed = 0
failed = 0
failures = []


def fail(what):
    global failed
    failed += 1
    if len(failures) < 30:
        failures.append(what)


def ok():
    global passed
    passed += 1


conn = psycopg2.connect("")
conn.autocommit = True
cur = conn.cursor()
cur.execute("SET statement_timeout = %d" % (5000 * SLOW))
cur.execute("SET client_min_messages = error")

# ------------------------------------------------------------ generators

CODES = ["USD", "JPY", "EUR", "KRW", "GBP", "CNY", "KWD", "BHD", "CLF", "XAU",
         "usd", "jpy", "XXX", "ABC", "US", "USDD", "U$D", "¥", "$", "€"]
SYMBOLS = ["$", "US$", "¥", "CN¥", "€", "£", "₩", "RMB", "元", "円", "원",
           "yen", "dollars", "US dollars", "euros", "won", "yuan", "pounds"]
SCALES = ["thousand", "k", "million", "m", "mn", "billion", "b", "bn",
          "trillion", "t", "tn", "万", "億", "亿", "兆", "만", "억", "조"]
ODD = ["", " ", "\t", "\n", ",", ".", "..", "-", "+", "(", ")", "e", "E",
       "1e9", "NaN", "infinity", "-infinity", "\u3000", "\u00a0", "０", "１",
       "９", "．", "，", "\u2013", "@", "/", "[", "]", "'", '"', "\\", "%",
       "\U0001F4B0", "\ufeff", "\u200b", "ß", "ı", "İ"]


def digits(lo=1, hi=25):
    n = rng.randint(lo, hi)
    return "".join(rng.choice("0123456789") for _ in range(n))


def number():
    r = rng.random()
    if r < 0.3:
        s = digits(1, 22)
    elif r < 0.5:
        s = digits(1, 19) + "." + digits(0, 6)
    elif r < 0.65:
        g = [digits(1, 3)] + [digits(3, 3) for _ in range(rng.randint(0, 7))]
        s = ",".join(g)
        if rng.random() < 0.3:
            s += "." + digits(1, 4)
    elif r < 0.75:
        s = str(rng.choice([0, 1, -1, 2**63 - 1, -2**63, 2**63, 2**64, 10**18,
                            9223372036854775807, 92233720368547758.07]))
    else:
        s = "".join(rng.choice("0123456789.,-+() ") for _ in range(rng.randint(1, 30)))
    if rng.random() < 0.2:
        s = "-" + s
    if rng.random() < 0.1:
        s = "(" + s + ")"
    return s


def mutate(s):
    if not s or rng.random() < 0.1:
        return s + rng.choice(ODD)
    k = rng.randint(1, 3)
    chars = list(s)
    for _ in range(k):
        op = rng.random()
        i = rng.randrange(len(chars) + 1)
        if op < 0.3:
            chars.insert(i, rng.choice(ODD + list("0123456789")))
        elif op < 0.55 and chars:
            del chars[min(i, len(chars) - 1)]
        elif op < 0.8 and chars:
            chars[min(i, len(chars) - 1)] = chr(rng.choice([rng.randint(1, 127), rng.randint(128, 0x2FFF),
                                                            rng.randint(0x3000, 0xFFFF) & ~0x800]))
        else:
            j = rng.randrange(len(chars) + 1)
            chars[i:i] = chars[j:j + rng.randint(1, 8)]
    out = "".join(chars).replace("\x00", "")
    # surrogates cannot be encoded; the server never sees them
    return "".join(c for c in out if not 0xD800 <= ord(c) <= 0xDFFF)


def gen_currency():
    r = rng.random()
    if r < 0.5:
        s = rng.choice(CODES)
    elif r < 0.8:
        s = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz") for _ in range(rng.randint(0, 5)))
    else:
        s = "".join(chr(rng.randint(1, 0x2FF)) for _ in range(rng.randint(0, 6)))
    if rng.random() < 0.3:
        s = mutate(s)
    if rng.random() < 0.1:
        s = " " * rng.randint(0, 2) + s + " " * rng.randint(0, 2)
    return s


def gen_amount():
    r = rng.random()
    n = number()
    if r < 0.25:
        s = rng.choice(CODES) + " " + n
    elif r < 0.45:
        s = n + " " + rng.choice(CODES)
    elif r < 0.6:
        s = rng.choice(SYMBOLS) + n
    elif r < 0.75:
        s = n + rng.choice(["", " "]) + rng.choice(SCALES) + rng.choice(["", " "]) + rng.choice(SYMBOLS)
    elif r < 0.85:
        parts = []
        for u in rng.sample(["兆", "億", "万"] if rng.random() < 0.6 else ["조", "억", "만"], rng.randint(1, 3)):
            parts.append(digits(1, 5) + u)
        s = "".join(parts) + rng.choice(["円", "元", "원", " 원", ""])
    elif r < 0.92:
        s = " ".join(rng.choice(SCALES + SYMBOLS + CODES + [n]) for _ in range(rng.randint(0, 8)))
    else:
        s = "".join(rng.choice("0123456789 ,.$¥€-+()kmbtn円億万JPYUSD") for _ in range(rng.randint(0, 80)))
    if rng.random() < 0.35:
        s = mutate(s)
    if rng.random() < 0.01:
        s = s + " " + "1" * rng.randint(100, 5000)
    return s


def date():
    r = rng.random()
    if r < 0.6:
        y = rng.randint(1900, 2100)
    elif r < 0.8:
        y = rng.choice([1, 9999, 4713, 5874897, 5874898, 10000, 99999, 0])
    else:
        y = rng.randint(0, 6000000)
    m = rng.randint(0 if rng.random() < 0.05 else 1, 13 if rng.random() < 0.05 else 12)
    d = rng.randint(0 if rng.random() < 0.05 else 1, 32 if rng.random() < 0.05 else 31)
    s = "%04d-%02d-%02d" % (y, m, d)
    if rng.random() < 0.05:
        s += " BC"
    if rng.random() < 0.05:
        s = rng.choice(["infinity", "-infinity", "epoch", "today", "2020-02-29", "2021-02-29"])
    return s


def label():
    y = rng.choice([rng.randint(1990, 2040), rng.randint(0, 9999999), rng.randint(1, 999)])
    r = rng.random()
    if r < 0.4:
        return "JFY%d" % y
    if r < 0.7:
        return "FY%d" % y
    if r < 0.85:
        return "%d-%02d" % (y, rng.randint(0, 99))
    return "%d" % y


def gen_period():
    r = rng.random()
    if r < 0.4:
        s = rng.choice("[(") + date() + "," + date() + rng.choice(")]")
    elif r < 0.6:
        s = date() + ".." + date()
    elif r < 0.85:
        s = label() + rng.choice(["..", "\u2013", " .. "]) + label()
        if rng.random() < 0.5:
            s += "@" + gen_calendar()
    else:
        s = label()
        if rng.random() < 0.6:
            s += "@" + gen_calendar()
    if rng.random() < 0.3:
        s = mutate(s)
    return s


def gen_calendar():
    r = rng.random()
    if r < 0.4:
        s = rng.choice(["calendar", "jp", "us_federal", "uk", "uk_tax", "au", "JP", "Us_Federal"])
    elif r < 0.9:
        s = "%02d-%02d/%s/%s" % (rng.randint(0, 13), rng.randint(0, 32),
                                 rng.choice(["start", "end", "START", "middle", ""]),
                                 rng.choice(["plain", "fy", "jfy", "split", "FY", "x", ""]))
    else:
        s = "".join(rng.choice("0123456789-/abcdefjpsu_") for _ in range(rng.randint(0, 20)))
    if rng.random() < 0.3:
        s = mutate(s)
    return s


GEN = {"currency": gen_currency, "currency_amount": gen_amount,
       "agreement_period": gen_period, "fiscal_calendar": gen_calendar}


def gen_binary(t, samples):
    r = rng.random()
    if samples and r < 0.6:
        b = bytearray(rng.choice(samples))
        for _ in range(rng.randint(1, 4)):
            op = rng.random()
            if op < 0.6 and b:
                i = rng.randrange(len(b))
                b[i] ^= 1 << rng.randrange(8)
            elif op < 0.75 and b:
                i = rng.randrange(len(b))
                b[i] = rng.choice([0, 0xFF, 0x7F, 0x80, rng.randrange(256)])
            elif op < 0.85:
                b.insert(rng.randrange(len(b) + 1), rng.randrange(256))
            elif b:
                del b[rng.randrange(len(b))]
        return bytes(b)
    n = rng.choice([0, 1, 2, 3, 4, 7, 8, 9, 12, 15, 16, 17, 20, rng.randint(0, 64)])
    return bytes(rng.randrange(256) for _ in range(n))


# ------------------------------------------------------------ checks

def sqlstate(e):
    return getattr(e, "pgcode", None) or "?????"


def refused_ok(state, allow=("22",)):
    return any(state.startswith(p) for p in allow)


def copy_binary_file(fields):
    """A COPY BINARY file of one column, one row per field."""
    out = io.BytesIO()
    out.write(b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0))
    for f in fields:
        out.write(struct.pack("!hi", 1, len(f)) + f)
    out.write(struct.pack("!h", -1))
    out.seek(0)
    return out


def fuzz_type(t):
    accepted = []               # canonical text outputs
    refused = 0
    for _ in range(N):
        s = GEN[t]()
        try:
            cur.execute("SELECT (%%s::%s)::text" % t, (s,))
            accepted.append(cur.fetchone()[0])
            ok()
        except psycopg2.errors.QueryCanceled:
            fail("%s text input timed out: %r" % (t, s))
        except psycopg2.DatabaseError as e:
            st = sqlstate(e)
            if refused_ok(st):
                refused += 1
                ok()
            else:
                fail("%s text input %r: %s %s" % (t, s, st, str(e).strip()[:200]))
            if conn.closed:
                raise
    # text round trip of every accepted value, in one statement
    uniq = sorted(set(accepted))
    cur.execute("SELECT o FROM unnest(%%s::text[]) AS o WHERE (o::%s)::text <> o" % t, (uniq,))
    bad = cur.fetchall()
    if bad:
        fail("%s: %d accepted values do not read back as themselves, e.g. %r" % (t, len(bad), bad[0][0]))
    else:
        ok()
    # binary round trip: send, then recv through COPY BINARY, same bytes
    cur.execute("DROP TABLE IF EXISTS fuzz_rt")
    cur.execute("CREATE TEMP TABLE fuzz_rt (i serial, v %s)" % t)
    cur.execute("SELECT %s_send(o::%s) FROM unnest(%%s::text[]) WITH ORDINALITY AS u(o, i) ORDER BY i"
                % (t, t), (uniq,))
    sent = [bytes(r[0]) for r in cur.fetchall()]
    try:
        cur.copy_expert("COPY fuzz_rt (v) FROM STDIN (FORMAT binary)", copy_binary_file(sent))
        cur.execute("SELECT i, %s_send(v) FROM fuzz_rt ORDER BY i" % t)
        back = [bytes(r[1]) for r in cur.fetchall()]
        if back != sent:
            fail("%s: binary round trip changed %d values" % (t, sum(a != b for a, b in zip(back, sent))))
        else:
            ok()
        cur.execute("SELECT count(*) FROM fuzz_rt JOIN unnest(%%s::text[]) WITH ORDINALITY AS u(o, i) USING (i) "
                    "WHERE v <> o::%s OR v::text <> o" % t, (uniq,))
        n = cur.fetchone()[0]
        if n:
            fail("%s: %d values differ after the binary round trip" % (t, n))
        else:
            ok()
    except psycopg2.DatabaseError as e:
        fail("%s: COPY BINARY of sent values refused: %s %s" % (t, sqlstate(e), str(e).strip()[:200]))
    # hostile binary input, one COPY per input
    brefused = 0
    for _ in range(N):
        b = gen_binary(t, sent[:2000])
        cur.execute("TRUNCATE fuzz_rt")
        try:
            cur.copy_expert("COPY fuzz_rt (v) FROM STDIN (FORMAT binary)", copy_binary_file([b]))
            # accepted: it must read back as itself, in text and in binary
            cur.execute("SELECT (v::text)::%s = v AND %s_send((v::text)::%s) = %s_send(v) FROM fuzz_rt"
                        % (t, t, t, t))
            row = cur.fetchone()
            cur.execute("SELECT %s_send(v) FROM fuzz_rt" % t)
            again = bytes(cur.fetchone()[0])
            if not row[0]:
                fail("%s binary input %s accepted but its text does not read back" % (t, b.hex()))
            else:
                # the bytes sent back must read back through recv as well
                cur.execute("TRUNCATE fuzz_rt")
                cur.copy_expert("COPY fuzz_rt (v) FROM STDIN (FORMAT binary)", copy_binary_file([again]))
                cur.execute("SELECT %s_send(v) FROM fuzz_rt" % t)
                if bytes(cur.fetchone()[0]) != again:
                    fail("%s binary input %s: send/recv not stable" % (t, b.hex()))
                else:
                    ok()
        except psycopg2.DatabaseError as e:
            st = sqlstate(e)
            if refused_ok(st):
                brefused += 1
                ok()
            else:
                fail("%s binary input %s: %s %s" % (t, b.hex(), st, str(e).strip()[:200]))
            if conn.closed:
                raise
    print("%s: %d text inputs (%d accepted, %d distinct; %d refused), %d binary inputs (%d refused)"
          % (t, N, len(accepted), len(uniq), refused, N, brefused))


# ------------------------------------------------------------ functions

def call(sql, args=None):
    try:
        cur.execute(sql, args)
        cur.fetchall()
        ok()
    except psycopg2.errors.QueryCanceled:
        ok()                    # the harness's own statement timeout
    except psycopg2.DatabaseError as e:
        st = sqlstate(e)
        if refused_ok(st, ("22", "54")):
            ok()
        else:
            fail("%s %r: %s %s" % (sql[:120], args, st, str(e).strip()[:200]))
        if conn.closed:
            raise


def hostile_period():
    r = rng.random()
    if r < 0.2:
        return rng.choice(["[2000-01-01,5874897-12-31)", "[4713-01-01 BC,5874897-12-31)",
                           "[2020-01-01,infinity)", "[-infinity,infinity)", "[-infinity,2020-01-01)",
                           "[5874897-01-01,5874897-12-31)", "[4713-01-01 BC,4712-01-01 BC)"])
    if r < 0.5:
        return gen_period()
    a = rng.randint(-2000000, 2900000)
    b = a + rng.choice([1, 2, 365, 366, 1000, 100000, rng.randint(1, 3000000000)])
    return "[%s,%s)" % (a, b)   # day numbers; most read as garbage, on purpose


def hostile_calendars():
    n = rng.choice([0, 1, 2, 3, 5, 50, 1000, rng.randint(0, 10)])
    return "{%s}" % ",".join(rng.choice(['jp', 'us_federal', 'uk', 'au', 'calendar', 'uk_tax', 'NULL',
                                         '"07-01/end/fy"', '"02-29/start/fy"']) for _ in range(n))


def fuzz_functions():
    n = int(os.environ.get("FUZZ_ROUNDS", max(200, min(N // 10, 1000))))
    cur.execute("SET statement_timeout = %d" % (2000 * SLOW))
    for _ in range(n):
        p = hostile_period()
        call("SELECT (x).* FROM (SELECT fiscal_pieces(%s, %s) AS x LIMIT 1000) s", (p, hostile_calendars()))
        call("SELECT count(*) FROM fiscal_pieces(%s, %s)", (p, hostile_calendars()))
        call("SELECT count(*), sum(days) FROM fiscal_years(%s, %s)", (p, gen_calendar()))
        amt = gen_amount()
        m = rng.choice(["days", "equal", "months", "", "DAYS", "x"])
        call("SELECT count(*), sum(share) FROM prorate(%s::currency_amount, %s, %s, %s)", (amt, p, gen_calendar(), m))
        call("SELECT count(*) FROM prorate_minor_units(%s, %s, %s, %s)",
             (rng.choice([0, 1, -1, 2**63 - 1, -2**63, rng.randint(-2**63, 2**63 - 1)]), p, gen_calendar(), m))
        call("SELECT costshare_internal.prorate_share(%s::currency_amount, %s, %s, %s, %s)",
             (amt, p, gen_calendar(), m, rng.choice([None, 0, 2020, -2147483648, 2147483647])))
        call("SELECT count(*) FROM rebucket(%s::currency_amount, %s, %s)", (amt, p, gen_calendar()))
        k = rng.choice([0, 1, 2, 3, 10, 1000, 100000])
        if k > 10:
            p = "[2020-01-01,2030-01-01)" if rng.random() < 0.9 else p
        call("SELECT count(*) FROM rebucket_minor_units(array_fill(%s::agreement_period, ARRAY[%s]), "
             "array_fill(%s::bigint, ARRAY[%s]), %s)",
             (p, k, rng.choice([1, -1, 2**63 - 1, -2**63]), k + rng.choice([0, 0, 1]), gen_calendar()))
        w = rng.choice(["{}", "{0}", "{0,0}", "{-1,2}", "{NULL,1}", "{NaN}", "{Infinity}", "{1e-1000,1}",
                        "{1e100,1}", "{{1,2},{3,4}}", "{1,1,1}", "{0.5,0.25,0.25}",
                        "{%s}" % ",".join(str(rng.choice([0, 1, 2, 0.001, 10**20])) for _ in range(rng.randint(1, 50)))])
        call("SELECT allocate(%s::currency_amount, %s::numeric[])", (amt, w))
        call("SELECT cardinality(allocate(%s::currency_amount, array_fill(1::numeric, ARRAY[%s])))",
             (amt, rng.choice([1, 2, 1000, 100000, 1000000])))
        call("SELECT format_amount(%s::currency_amount, %s)", (amt, rng.choice(["code", "symbol", "compact", "words", "kanji", "", "x"])))
    # the aggregates: the inverse functions through moving windows, the
    # combine functions through parallel plans
    cur.execute("SET statement_timeout = %d" % (20000 * SLOW))
    cur.execute("DROP TABLE IF EXISTS fuzz_amounts")
    cur.execute("CREATE TABLE fuzz_amounts (i int, a currency_amount)")
    vals = []
    for i in range(max(N // 5, 2000)):
        c = rng.choice(["USD", "JPY", "KWD", "EUR"])
        u = rng.choice([0, 1, -1, 2**62, -2**62, 2**63 - 1, -2**63 + 1, rng.randint(-10**12, 10**12)])
        vals.append((i, c, u))
    cur.execute("INSERT INTO fuzz_amounts SELECT i, from_minor_units(u, c::currency) FROM unnest(%s::int[], %s::text[], %s::bigint[]) AS t(i, c, u)",
                ([v[0] for v in vals], [v[1] for v in vals], [v[2] for v in vals]))
    cur.execute("ANALYZE fuzz_amounts")
    for frame in ["ROWS BETWEEN 3 PRECEDING AND CURRENT ROW", "ROWS BETWEEN 100 PRECEDING AND 2 FOLLOWING",
                  "ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING"]:
        for agg in ["sum(a)", "avg(a)", "min(a)", "max(a)", "sum_by_currency(a)"]:
            call("SELECT count(x) FROM (SELECT %s OVER (ORDER BY i %s) AS x FROM fuzz_amounts) s" % (agg, frame))
            call("SELECT count(x) FROM (SELECT %s OVER (PARTITION BY i %% 7 ORDER BY i %s) AS x FROM fuzz_amounts) s"
                 % (agg, frame))
    cur.execute("SET parallel_setup_cost = 0")
    cur.execute("SET parallel_tuple_cost = 0")
    cur.execute("SET min_parallel_table_scan_size = 0")
    cur.execute("SET max_parallel_workers_per_gather = 2")
    for agg in ["sum(a)", "avg(a)", "min(a)", "max(a)", "sum_by_currency(a)"]:
        call("SELECT %s FROM fuzz_amounts" % agg)
        call("SELECT %s FROM fuzz_amounts WHERE i %% 3 = 0" % agg)
        call("SELECT i %% 5, %s FROM fuzz_amounts GROUP BY 1" % agg)
    cur.execute("RESET ALL")
    cur.execute("SET statement_timeout = %d" % (5000 * SLOW))
    print("functions: %d rounds of hostile calls, %d window and parallel aggregate queries" % (n, 45))


def server_log():
    """The cluster's log (scripts/cluster.sh keeps it beside the data)."""
    try:
        cur.execute("SELECT current_setting('data_directory')")
        logf = os.path.join(os.path.dirname(cur.fetchone()[0]), "server.log")
        return logf, os.path.getsize(logf)
    except (OSError, psycopg2.DatabaseError):
        return None, 0


def server_log_clean(logf, start):
    """No crash logged since start (the log of earlier runs is kept)."""
    try:
        with open(logf, "rb") as f:
            f.seek(start)
            return b"terminated by signal" not in f.read()
    except OSError:
        return True


LOG, LOG_START = server_log()
print("fuzz seed %d, %d inputs per type%s" % (SEED, N, " (full)" if FULL else ""))
try:
    for t in TYPES:
        fuzz_type(t)
    fuzz_functions()
    cur.execute("SELECT 1")
    ok()
except (psycopg2.InterfaceError, psycopg2.OperationalError) as e:
    fail("the connection was lost (the server crashed?): %s" % e)
if LOG is None:
    print("(server log not readable here; the connection's survival stands for it)")
elif server_log_clean(LOG, LOG_START):
    ok()
else:
    fail("the server log %s has 'terminated by signal'" % LOG)
for f in failures:
    print("not ok - " + f)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
