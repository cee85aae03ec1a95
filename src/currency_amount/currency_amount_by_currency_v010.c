/*
 * currency_amount_by_currency_v010.c
 *		sum_by_currency's support functions as costshare 0.1.0 declared them.
 *
 * 0.1.0 kept the state as internal, with serialize and deserialize
 * functions; 0.2.0 replaced it with the SQL type
 * currency_amount_by_currency_state (currency_amount_by_currency.c).  A
 * database still at 0.1.0 calls these until ALTER EXTENSION costshare
 * UPDATE, and the 0.1.0 install script names their symbols, so they stay,
 * unchanged in behaviour.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "utils/array.h"

#include "../common/compat.h"
#include "currency_amount_by_currency_state.h"
#include "currency_amount_funcs.h"

PG_FUNCTION_INFO_V1(currency_amount_by_currency_trans);
PG_FUNCTION_INFO_V1(currency_amount_by_currency_combine);
PG_FUNCTION_INFO_V1(currency_amount_by_currency_serialize);
PG_FUNCTION_INFO_V1(currency_amount_by_currency_deserialize);
PG_FUNCTION_INFO_V1(currency_amount_by_currency_final);

/*
 * One running total per currency, kept sorted by currency in an array that
 * grows in the aggregate's memory context.
 */
typedef struct ByCurrencyV010Entry
{
	int128		sum;
	Currency	currency;
	int8		scale;
} ByCurrencyV010Entry;

typedef struct ByCurrencyV010State
{
	int			n;
	int			capacity;
	int			last;			/* index of the last currency touched */
	ByCurrencyV010Entry *entries;
} ByCurrencyV010State;

static ByCurrencyV010State *
by_currency_new(MemoryContext cxt)
{
	ByCurrencyV010State *st = MemoryContextAllocZero(cxt, sizeof(ByCurrencyV010State));

	st->capacity = 8;
	st->entries = MemoryContextAlloc(cxt, sizeof(ByCurrencyV010Entry) * st->capacity);
	return st;
}

static void
by_currency_add(ByCurrencyV010State *st, Currency c, int scale, int128 units, MemoryContext cxt)
{
	ByCurrencyV010Entry *e;
	int			lo,
				hi;

	if (st->n > 0 && st->entries[st->last].currency == c)
		e = &st->entries[st->last];
	else
	{
		lo = 0;
		hi = st->n;
		while (lo < hi)
		{
			int			mid = (lo + hi) / 2;

			if (st->entries[mid].currency < c)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo == st->n || st->entries[lo].currency != c)
		{
			if (st->n == st->capacity)
			{
				MemoryContext old = MemoryContextSwitchTo(cxt);

				st->capacity *= 2;
				st->entries = repalloc(st->entries, sizeof(ByCurrencyV010Entry) * st->capacity);
				MemoryContextSwitchTo(old);
			}
			memmove(&st->entries[lo + 1], &st->entries[lo], sizeof(ByCurrencyV010Entry) * (st->n - lo));
			st->entries[lo].currency = c;
			st->entries[lo].scale = (int8) scale;
			st->entries[lo].sum = 0;
			st->n++;
		}
		st->last = lo;
		e = &st->entries[lo];
	}
	/*
	 * Rows of one currency may come at different scales, and a total kept
	 * at 18 decimal places reaches the int128 limit after a few dozen rows
	 * of the largest amounts; a wrapped total could land back within range
	 * and be returned as a silent wrong answer, so every step is checked.
	 */
	if (unlikely(e->scale != scale))
	{
		if (e->scale < scale)
		{
			if (__builtin_mul_overflow(e->sum, (int128) currency_pow10[scale - e->scale], &e->sum))
				currency_amount_by_currency_error_range(c);
			e->scale = (int8) scale;
		}
		else if (__builtin_mul_overflow(units, (int128) currency_pow10[e->scale - scale], &units))
			currency_amount_by_currency_error_range(c);
	}
	if (unlikely(__builtin_add_overflow(e->sum, units, &e->sum)))
		currency_amount_by_currency_error_range(c);
}

Datum
currency_amount_by_currency_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	ByCurrencyV010State *st;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "currency_amount_by_currency_trans called outside an aggregate");
	st = PG_ARGISNULL(0) ? by_currency_new(aggcxt) : (ByCurrencyV010State *) PG_GETARG_POINTER(0);
	if (!PG_ARGISNULL(1))
	{
		CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(1);

		by_currency_add(st, a->currency, a->scale, a->units, aggcxt);
	}
	PG_RETURN_POINTER(st);
}

Datum
currency_amount_by_currency_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	ByCurrencyV010State *s1;
	ByCurrencyV010State *s2;
	int			i;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "currency_amount_by_currency_combine called outside an aggregate");
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	s1 = PG_ARGISNULL(0) ? by_currency_new(aggcxt) : (ByCurrencyV010State *) PG_GETARG_POINTER(0);
	s2 = (ByCurrencyV010State *) PG_GETARG_POINTER(1);
	for (i = 0; i < s2->n; i++)
		by_currency_add(s1, s2->entries[i].currency, s2->entries[i].scale, s2->entries[i].sum, aggcxt);
	PG_RETURN_POINTER(s1);
}

Datum
currency_amount_by_currency_serialize(PG_FUNCTION_ARGS)
{
	ByCurrencyV010State *st = (ByCurrencyV010State *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, st->n);
	for (i = 0; i < st->n; i++)
	{
		pq_sendint16(&buf, st->entries[i].currency);
		pq_sendbyte(&buf, (uint8) st->entries[i].scale);
		pq_sendint64(&buf, (int64) (st->entries[i].sum >> 64));
		pq_sendint64(&buf, (int64) (uint64) st->entries[i].sum);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
currency_amount_by_currency_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	MemoryContext aggcxt;
	StringInfoData buf;
	ByCurrencyV010State *st;
	int			n,
				i;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "currency_amount_by_currency_deserialize called outside an aggregate");
	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	st = by_currency_new(aggcxt);
	n = pq_getmsgint(&buf, 4);
	for (i = 0; i < n; i++)
	{
		Currency	c = (Currency) pq_getmsgint(&buf, 2);
		int			scale = (int8) pq_getmsgbyte(&buf);
		uint64		hi = (uint64) pq_getmsgint64(&buf);
		uint64		lo = (uint64) pq_getmsgint64(&buf);

		/* shifting a negative int128 is undefined; build the bits unsigned */
		by_currency_add(st, c, scale,
						(int128) (((unsigned __int128) hi << 64) | lo), aggcxt);
	}
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(st);
}

Datum
currency_amount_by_currency_final(PG_FUNCTION_ARGS)
{
	ByCurrencyV010State *st;
	Oid			elemtype;
	Datum	   *elems;
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (ByCurrencyV010State *) PG_GETARG_POINTER(0);
	if (st->n == 0)
		PG_RETURN_NULL();
	elemtype = currency_amount_type_oid(fcinfo);
	elems = palloc(sizeof(Datum) * st->n);
	for (i = 0; i < st->n; i++)
	{
		ByCurrencyV010Entry *e = &st->entries[i];

		if (!currency_amount_units_ok(e->sum))
			currency_amount_error_range(e->currency);
		elems[i] = CurrencyAmountPGetDatum(currency_amount_new((int64) e->sum, e->currency, e->scale));
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, st->n, elemtype, sizeof(CurrencyAmount),
										  false, TYPALIGN_DOUBLE));
}
