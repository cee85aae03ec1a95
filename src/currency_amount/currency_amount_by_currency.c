/*
 * currency_amount_by_currency.c
 *		sum_by_currency(currency_amount): one total per currency.
 *
 * The state is the SQL type currency_amount_by_currency_state (see
 * currency_amount_by_currency_state.h): text and binary forms validated as
 * strictly as any other input, a transition function that updates the
 * entry of a currency already seen in place, and a combine function that
 * merges two sorted lists, so that partial aggregates can be computed by
 * parallel workers or by the workers of a sharding layer such as Citus.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "utils/array.h"

#include "../common/compat.h"
#include "../currency/currency_catalog.h"
#include "currency_amount_by_currency_state.h"
#include "currency_amount_funcs.h"

#define BC_INT128_MAX ((int128) (((unsigned __int128) 1 << 127) - 1))

PG_FUNCTION_INFO_V1(currency_amount_by_currency_state_in);
PG_FUNCTION_INFO_V1(currency_amount_by_currency_state_out);
PG_FUNCTION_INFO_V1(currency_amount_by_currency_state_recv);
PG_FUNCTION_INFO_V1(currency_amount_by_currency_state_send);
PG_FUNCTION_INFO_V1(currency_amount_by_currency_state_trans);
PG_FUNCTION_INFO_V1(currency_amount_by_currency_state_combine);
PG_FUNCTION_INFO_V1(currency_amount_by_currency_state_final);

void
currency_amount_by_currency_error_range(Currency c)
{
	char		code[4];

	currency_code(c, code);
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("sum_by_currency total of %s out of range", code),
			 errdetail("The running total of one currency is kept exactly in 128 bits, at the finest scale of its amounts."),
			 errhint("Sum the amounts in smaller groups, or round them to fewer decimal places first.")));
}

pg_noreturn static void by_currency_error_count(Currency c);

static void
by_currency_error_count(Currency c)
{
	char		code[4];

	currency_code(c, code);
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("sum_by_currency row count of %s out of range", code),
			 errdetail("A state counts at most %lld rows per currency.", (long long) PG_INT64_MAX)));
}

static ByCurrencyState *
by_currency_alloc(int n)
{
	ByCurrencyState *st = palloc0(BY_CURRENCY_STATE_SIZE(n));

	SET_VARSIZE(st, BY_CURRENCY_STATE_SIZE(n));
	st->version = BY_CURRENCY_STATE_VERSION;
	return st;
}

/* the state argument, never compressed or out of line in practice */
static inline ByCurrencyState *
by_currency_arg(FunctionCallInfo fcinfo, int argno)
{
	struct varlena *v = (struct varlena *) PG_GETARG_POINTER(argno);

	if (unlikely(VARATT_IS_EXTENDED(v)))
		v = pg_detoast_datum(v);
	return (ByCurrencyState *) v;
}

/*
 * Add count rows totalling units * 10^-scale to an entry, bringing both to
 * the finer scale.  Rows of one currency may come at different scales, and
 * a total kept at 18 decimal places reaches the int128 limit after a few
 * dozen rows of the largest amounts; a wrapped total could land back within
 * range and be returned as a silent wrong answer, so every step is checked.
 */
static void
by_currency_entry_add(ByCurrencyEntry *e, int128 units, int scale, int64 count)
{
	if (unlikely(e->scale != scale))
	{
		if (e->scale < scale)
		{
			if (__builtin_mul_overflow(e->sum, (int128) currency_pow10[scale - e->scale], &e->sum))
				currency_amount_by_currency_error_range(e->currency);
			e->scale = (int8) scale;
		}
		else if (__builtin_mul_overflow(units, (int128) currency_pow10[e->scale - scale], &units))
			currency_amount_by_currency_error_range(e->currency);
	}
	if (unlikely(__builtin_add_overflow(e->sum, units, &e->sum)))
		currency_amount_by_currency_error_range(e->currency);
	if (unlikely(__builtin_add_overflow(e->count, count, &e->count)))
		by_currency_error_count(e->currency);
}

/* ---------------------------------------------------------------- int128 text */

static char *
int128_to_cstring(int128 v, char *buf)
{
	char		tmp[48];
	int			n = 0;
	int			len = 0;
	unsigned __int128 mag = (v < 0) ? (unsigned __int128) 0 - (unsigned __int128) v : (unsigned __int128) v;

	do
	{
		tmp[n++] = '0' + (char) (mag % 10);
		mag /= 10;
	} while (mag != 0);
	if (v < 0)
		buf[len++] = '-';
	while (n > 0)
		buf[len++] = tmp[--n];
	buf[len] = '\0';
	return buf;
}

/* ---------------------------------------------------------------- text form */

#define BY_CURRENCY_SYNTAX_DETAIL \
	"The state is \"empty\" or entries \"<code> <scale> <sum of units> <count>\" separated by \", \", sorted by code, each code once."

/*
 * Read one entry "<code> <scale> <sum> <count>" at *pp; false (having
 * reported through escontext) if it is not one.
 */
static bool
by_currency_parse_entry(const char *str, const char **pp, ByCurrencyEntry *e, Node *escontext)
{
	const char *p = *pp;
	unsigned __int128 mag = 0;
	unsigned __int128 limit;
	bool		neg = false;
	int			digits = 0;
	long		scale;
	long long	count;
	char	   *end;

	if (strlen(p) < 4 || p[3] != ' ' ||
		!currency_from_code(p, 3, &e->currency, escontext))
	{
		if (SOFT_ERROR_OCCURRED(escontext))
			return false;
		ereturn(escontext, false,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type currency_amount_by_currency_state: \"%s\"", str),
				 errdetail(BY_CURRENCY_SYNTAX_DETAIL)));
	}
	p += 4;
	errno = 0;
	scale = strtol(p, &end, 10);
	if (end == p || *p == '+' || *p == '-' || *p == ' ' || *end != ' ' || errno != 0 ||
		scale < 0 || scale > CURRENCY_AMOUNT_MAX_SCALE)
		goto syntax;
	p = end + 1;
	if (*p == '-')
	{
		neg = true;
		p++;
	}
	limit = neg ? (unsigned __int128) BC_INT128_MAX + 1 : (unsigned __int128) BC_INT128_MAX;
	while (*p >= '0' && *p <= '9')
	{
		int			d = *p++ - '0';

		/* the magnitude stays within the int128 range of its sign */
		if (++digits > 39 || mag > (limit - d) / 10)
			goto syntax;
		mag = mag * 10 + d;
	}
	if (digits == 0 || *p != ' ')
		goto syntax;
	p++;
	if (*p < '0' || *p > '9')
		goto syntax;
	errno = 0;
	count = strtoll(p, &end, 10);
	if (end == p || errno != 0 || count <= 0 || (*end != '\0' && *end != ','))
		goto syntax;
	e->sum = neg ? (int128) ((unsigned __int128) 0 - mag) : (int128) mag;
	e->scale = (int8) scale;
	e->count = (int64) count;
	memset(e->padding, 0, sizeof(e->padding));
	/*
	 * A state is made and finished under one catalog, so its scale is the
	 * currency's, as for sum's state: any other would finish as an amount
	 * that text input does not read back.
	 */
	if (scale != currency_amount_scale_of(e->currency))
	{
		char		code[4];

		currency_code(e->currency, code);
		ereturn(escontext, false,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid scale %ld in currency_amount_by_currency_state for %s", scale, code),
				 errdetail("%s amounts have %d decimal places.", code, currency_amount_scale_of(e->currency))));
	}
	*pp = end;
	return true;

syntax:
	ereturn(escontext, false,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type currency_amount_by_currency_state: \"%s\"", str),
			 errdetail(BY_CURRENCY_SYNTAX_DETAIL)));
}

/*
 * Text form: "empty", or entries such as "EUR 2 -500 3, USD 2 350 2"
 * (code, scale, sum of units, rows), sorted by code.
 */
Datum
currency_amount_by_currency_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	Node	   *escontext = COSTSHARE_ESCONTEXT(fcinfo);
	const char *p = str;
	ByCurrencyState *st;
	int			n = 1;
	int			i;

	if (strcmp(str, "empty") == 0)
		PG_RETURN_POINTER(by_currency_alloc(0));
	for (p = str; *p; p++)
		if (*p == ',')
			n++;
	/* each code at most once: more entries than currencies is no state */
	if (n > currency_catalog_size)
		ereturn(escontext, (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type currency_amount_by_currency_state: more entries than the %d currencies of the catalog",
						currency_catalog_size),
				 errdetail(BY_CURRENCY_SYNTAX_DETAIL)));
	st = by_currency_alloc(n);
	p = str;
	for (i = 0; i < n; i++)
	{
		if (i > 0)
		{
			if (p[0] != ',' || p[1] != ' ')
				ereturn(escontext, (Datum) 0,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for type currency_amount_by_currency_state: \"%s\"", str),
						 errdetail(BY_CURRENCY_SYNTAX_DETAIL)));
			p += 2;
		}
		if (!by_currency_parse_entry(str, &p, &st->entries[i], escontext))
			PG_RETURN_NULL();
		if (i > 0 && st->entries[i - 1].currency >= st->entries[i].currency)
			ereturn(escontext, (Datum) 0,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type currency_amount_by_currency_state: \"%s\"", str),
					 errdetail("Entries are sorted by currency code, each code once.")));
	}
	if (*p != '\0')
		ereturn(escontext, (Datum) 0,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type currency_amount_by_currency_state: \"%s\"", str),
				 errdetail(BY_CURRENCY_SYNTAX_DETAIL)));
	PG_RETURN_POINTER(st);
}

Datum
currency_amount_by_currency_state_out(PG_FUNCTION_ARGS)
{
	ByCurrencyState *st = by_currency_arg(fcinfo, 0);
	int			n = BY_CURRENCY_STATE_N(st);
	StringInfoData buf;
	int			i;

	if (n == 0)
		PG_RETURN_CSTRING(pstrdup("empty"));
	initStringInfo(&buf);
	for (i = 0; i < n; i++)
	{
		ByCurrencyEntry *e = &st->entries[i];
		char		code[4];
		char		sum[48];

		currency_code(e->currency, code);
		appendStringInfo(&buf, "%s%s %d %s " INT64_FORMAT, i > 0 ? ", " : "",
						 code, e->scale, int128_to_cstring(e->sum, sum), e->count);
	}
	PG_RETURN_CSTRING(buf.data);
}

/* ---------------------------------------------------------------- binary form */

/*
 * Version 1: a version byte, the number of entries as int32, and per entry
 * the three letters of the code, the scale as one byte, the sum as two
 * big-endian int64 halves (high, then low) and the count as int64.
 */
#define BY_CURRENCY_BINARY_ENTRY 28

Datum
currency_amount_by_currency_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	ByCurrencyState *st;
	int			version;
	int			n;
	int			i;

	/* a short field is bad data, not a broken protocol message (08P01) */
	if (buf->len - buf->cursor < 5)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary currency_amount_by_currency_state of %d bytes", buf->len - buf->cursor),
				 errdetail("A binary currency_amount_by_currency_state is a version byte, a count of entries and %d bytes per entry.",
						   BY_CURRENCY_BINARY_ENTRY)));
	version = pq_getmsgbyte(buf);
	if (version != BY_CURRENCY_STATE_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary currency_amount_by_currency_state format version %d", version)));
	n = pq_getmsgint(buf, 4);
	/* compared by division so that no product can overflow */
	if (n < 0 || (buf->len - buf->cursor) / BY_CURRENCY_BINARY_ENTRY != n ||
		(buf->len - buf->cursor) % BY_CURRENCY_BINARY_ENTRY != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary currency_amount_by_currency_state announces %d entries in %d bytes", n, buf->len - buf->cursor),
				 errdetail("Each entry is %d bytes.", BY_CURRENCY_BINARY_ENTRY)));
	if (n > currency_catalog_size)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary currency_amount_by_currency_state announces %d entries, more than the %d currencies of the catalog",
						n, currency_catalog_size),
				 errdetail("Entries are sorted by currency code, each code once.")));
	st = by_currency_alloc(n);
	for (i = 0; i < n; i++)
	{
		ByCurrencyEntry *e = &st->entries[i];
		int			scale;
		int64		hi;
		uint64		lo;

		e->currency = currency_from_binary_code(pq_getmsgbytes(buf, 3), "currency_amount_by_currency_state");
		scale = (int8) pq_getmsgbyte(buf);
		if (scale < 0 || scale > CURRENCY_AMOUNT_MAX_SCALE)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid scale %d in binary currency_amount_by_currency_state", scale)));
		e->scale = (int8) scale;
		if (scale != currency_amount_scale_of(e->currency))
		{
			char		code[4];

			currency_code(e->currency, code);
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid scale %d in binary currency_amount_by_currency_state for %s", scale, code),
					 errdetail("%s amounts have %d decimal places.", code, currency_amount_scale_of(e->currency))));
		}
		hi = pq_getmsgint64(buf);
		lo = (uint64) pq_getmsgint64(buf);
		/* shifting a negative int128 is undefined; build the bits unsigned */
		e->sum = (int128) (((unsigned __int128) (uint64) hi << 64) | lo);
		e->count = pq_getmsgint64(buf);
		if (e->count <= 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("row count " INT64_FORMAT " in binary currency_amount_by_currency_state is not positive", e->count)));
		if (i > 0 && st->entries[i - 1].currency >= e->currency)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("binary currency_amount_by_currency_state entries are not sorted by currency"),
					 errdetail("Entries are sorted by currency code, each code once.")));
	}
	PG_RETURN_POINTER(st);
}

Datum
currency_amount_by_currency_state_send(PG_FUNCTION_ARGS)
{
	ByCurrencyState *st = by_currency_arg(fcinfo, 0);
	int			n = BY_CURRENCY_STATE_N(st);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, BY_CURRENCY_STATE_VERSION);
	pq_sendint32(&buf, n);
	for (i = 0; i < n; i++)
	{
		ByCurrencyEntry *e = &st->entries[i];
		char		code[4];

		currency_code(e->currency, code);
		pq_sendbytes(&buf, code, 3);
		pq_sendbyte(&buf, (uint8) e->scale);
		pq_sendint64(&buf, (int64) (e->sum >> 64));
		pq_sendint64(&buf, (int64) (uint64) e->sum);
		pq_sendint64(&buf, e->count);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------- aggregate */

/*
 * Everything but the common case of currency_amount_by_currency_state_trans:
 * a new currency (inserted in a new state one entry larger), another scale,
 * an overflow, or a call from outside an aggregate (which must not change
 * its argument).
 */
static pg_noinline Datum
by_currency_trans_general(FunctionCallInfo fcinfo, ByCurrencyState *st, bool in_agg)
{
	const CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(1);
	int			n = BY_CURRENCY_STATE_N(st);
	int			lo = 0;
	int			hi = n;
	ByCurrencyState *result;
	ByCurrencyEntry *e;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (st->entries[mid].currency < a->currency)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < n && st->entries[lo].currency == a->currency)
	{
		if (in_agg)
			result = st;
		else
			result = (ByCurrencyState *) memcpy(palloc(VARSIZE(st)), st, VARSIZE(st));
		e = &result->entries[lo];
		by_currency_entry_add(e, a->units, a->scale, 1);
	}
	else
	{
		/*
		 * A new currency: a copy one entry larger.  Under an aggregate the
		 * executor copies the result into the aggregate's memory and frees
		 * the old state, as for any state returned by a new pointer.
		 */
		result = by_currency_alloc(n + 1);
		memcpy(result->entries, st->entries, sizeof(ByCurrencyEntry) * lo);
		memcpy(&result->entries[lo + 1], &st->entries[lo], sizeof(ByCurrencyEntry) * (n - lo));
		e = &result->entries[lo];
		e->currency = a->currency;
		e->scale = a->scale;
		e->sum = a->units;
		e->count = 1;
	}
	result->last = (uint16) lo;
	PG_RETURN_POINTER(result);
}

/* the index of currency c's entry, or -1 */
static inline int
by_currency_find(const ByCurrencyState *st, int n, Currency c)
{
	int			lo = 0;
	int			hi = n;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (st->entries[mid].currency < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo < n && st->entries[lo].currency == c) ? lo : -1;
}

/*
 * The transition function runs once per row, so the common case (under an
 * aggregate, a currency already seen at the same scale, no overflow) updates
 * that entry in place with no call: the entry touched last is tried first
 * (rows often come grouped by currency), then a binary search.
 */
Datum
currency_amount_by_currency_state_trans(PG_FUNCTION_ARGS)
{
	ByCurrencyState *st = by_currency_arg(fcinfo, 0);
	const CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(1);
	bool		in_agg;
	int128		r;

	/* what AggCheckCallContext() tests, without the call */
	in_agg = (fcinfo->context != NULL &&
			  (IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState)));
	if (likely(in_agg))
	{
		int			n = BY_CURRENCY_STATE_N(st);
		int			k = st->last;

		if (k >= n || st->entries[k].currency != a->currency)
			k = by_currency_find(st, n, a->currency);
		if (likely(k >= 0))
		{
			ByCurrencyEntry *e = &st->entries[k];

			if (likely(e->scale == a->scale && e->count < PG_INT64_MAX &&
					   !__builtin_add_overflow(e->sum, (int128) a->units, &r)))
			{
				e->sum = r;
				e->count++;
				st->last = (uint16) k;
				PG_RETURN_POINTER(st);
			}
		}
	}
	return by_currency_trans_general(fcinfo, st, in_agg);
}

/* merge two sorted lists of entries into a new state */
Datum
currency_amount_by_currency_state_combine(PG_FUNCTION_ARGS)
{
	ByCurrencyState *s1 = by_currency_arg(fcinfo, 0);
	ByCurrencyState *s2 = by_currency_arg(fcinfo, 1);
	int			n1 = BY_CURRENCY_STATE_N(s1);
	int			n2 = BY_CURRENCY_STATE_N(s2);
	ByCurrencyState *result;
	int			i = 0,
				j = 0,
				k = 0;

	if (n2 == 0)
		PG_RETURN_POINTER(s1);
	if (n1 == 0)
		PG_RETURN_POINTER(s2);
	result = by_currency_alloc(n1 + n2);
	while (i < n1 || j < n2)
	{
		if (j == n2 || (i < n1 && s1->entries[i].currency < s2->entries[j].currency))
			result->entries[k++] = s1->entries[i++];
		else if (i == n1 || s2->entries[j].currency < s1->entries[i].currency)
			result->entries[k++] = s2->entries[j++];
		else
		{
			result->entries[k] = s1->entries[i++];
			by_currency_entry_add(&result->entries[k++], s2->entries[j].sum,
								  s2->entries[j].scale, s2->entries[j].count);
			j++;
		}
	}
	SET_VARSIZE(result, BY_CURRENCY_STATE_SIZE(k));
	PG_RETURN_POINTER(result);
}

Datum
currency_amount_by_currency_state_final(PG_FUNCTION_ARGS)
{
	ByCurrencyState *st = by_currency_arg(fcinfo, 0);
	int			n = BY_CURRENCY_STATE_N(st);
	Oid			elemtype;
	Datum	   *elems;
	int			i;

	if (n == 0)
		PG_RETURN_NULL();
	elemtype = currency_amount_type_oid(fcinfo);
	elems = palloc(sizeof(Datum) * n);
	for (i = 0; i < n; i++)
	{
		ByCurrencyEntry *e = &st->entries[i];

		if (!currency_amount_units_ok(e->sum))
			currency_amount_error_range(e->currency);
		elems[i] = CurrencyAmountPGetDatum(currency_amount_new((int64) e->sum, e->currency, e->scale));
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, elemtype, sizeof(CurrencyAmount),
										  false, TYPALIGN_DOUBLE));
}
