/*
 * currency_amount_agg.c
 *		sum and avg over currency_amount.
 *
 * sum and avg keep a fixed 32-byte state (currency_amount_sum_state) that
 * the transition function updates in place: nothing is allocated per row.
 * Mixing currencies in one sum is an error naming both; sum_by_currency
 * (currency_amount_by_currency.c) keeps one total per currency instead.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "../common/compat.h"
#include "currency_amount_funcs.h"
#include "currency_amount_sum_state.h"

#define CA_INT128_MAX ((int128) (((unsigned __int128) 1 << 127) - 1))

PG_FUNCTION_INFO_V1(currency_amount_sum_state_in);
PG_FUNCTION_INFO_V1(currency_amount_sum_state_out);
PG_FUNCTION_INFO_V1(currency_amount_sum_state_recv);
PG_FUNCTION_INFO_V1(currency_amount_sum_state_send);
PG_FUNCTION_INFO_V1(currency_amount_sum_trans);
PG_FUNCTION_INFO_V1(currency_amount_sum_combine);
PG_FUNCTION_INFO_V1(currency_amount_sum_inv);
PG_FUNCTION_INFO_V1(currency_amount_sum_final);
PG_FUNCTION_INFO_V1(currency_amount_avg_final);

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

/* ---------------------------------------------------------------- the state type */

#define SUM_STATE_SYNTAX_DETAIL \
	"The state is \"empty\" or a currency code, a scale, a sum of units and a count, such as \"USD 2 123456 10\"."

/*
 * A state is transient: it is made and finished under one catalog, so its
 * scale must be the currency's.  Refusing others keeps every amount a
 * finished state yields one that text input reads back.  False (having
 * reported through escontext) if the scale is not the currency's.
 */
static bool
sum_state_check_scale(const CurrencyAmountSumState *s, int sqlstate, Node *escontext)
{
	int			expected = currency_amount_scale_of(s->currency);

	if (s->scale != expected)
	{
		char		code[4];

		currency_code(s->currency, code);
		ereturn(escontext, false,
				(errcode(sqlstate),
				 errmsg("invalid scale %d in currency_amount_sum_state for %s", s->scale, code),
				 errdetail("%s amounts have %d decimal places.", code, expected)));
	}
	return true;
}

/*
 * Text form: "empty", or "<code> <scale> <sum> <count>", such as
 * "USD 2 123456 10": each number plain digits (the sum with an optional
 * "-"), one space between the fields, as the output writes them.  Errors
 * are soft (pg_input_is_valid), as for every input function.
 */
Datum
currency_amount_sum_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	Node	   *escontext = COSTSHARE_ESCONTEXT(fcinfo);
	CurrencyAmountSumState *s = palloc0(sizeof(CurrencyAmountSumState));
	const char *p = str;
	unsigned __int128 mag = 0;
	unsigned __int128 limit;
	bool		neg = false;
	int			digits = 0;
	long		scale;
	long long	count;
	char	   *end;

	s->version = CURRENCY_AMOUNT_SUM_STATE_VERSION;
	if (strcmp(str, "empty") == 0)
		PG_RETURN_CURRENCY_AMOUNT_SUM_STATE_P(s);
	if (strlen(str) < 4 || str[3] != ' ')
		goto syntax;
	if (!currency_from_code(str, 3, &s->currency, escontext))
		PG_RETURN_NULL();
	p = str + 4;
	/* strtol would take leading spaces and a sign, which the output never writes */
	if (*p < '0' || *p > '9')
		goto syntax;
	errno = 0;
	scale = strtol(p, &end, 10);
	if (*end != ' ' || errno != 0 || scale < 0 || scale > CURRENCY_AMOUNT_MAX_SCALE)
		goto syntax;
	p = end + 1;
	if (*p == '-')
	{
		neg = true;
		p++;
	}
	limit = neg ? (unsigned __int128) CA_INT128_MAX + 1 : (unsigned __int128) CA_INT128_MAX;
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
	if (*end != '\0' || errno != 0 || count <= 0)
		goto syntax;
	s->sum = neg ? (int128) ((unsigned __int128) 0 - mag) : (int128) mag;
	s->scale = (int8) scale;
	s->count = (int64) count;
	if (!sum_state_check_scale(s, ERRCODE_INVALID_TEXT_REPRESENTATION, escontext))
		PG_RETURN_NULL();
	PG_RETURN_CURRENCY_AMOUNT_SUM_STATE_P(s);

syntax:
	ereturn(escontext, (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type currency_amount_sum_state: \"%s\"", str),
			 errdetail(SUM_STATE_SYNTAX_DETAIL)));
}

Datum
currency_amount_sum_state_out(PG_FUNCTION_ARGS)
{
	CurrencyAmountSumState *s = PG_GETARG_CURRENCY_AMOUNT_SUM_STATE_P(0);
	char		code[4];
	char		sum[48];

	if (s->count == 0)
		PG_RETURN_CSTRING(pstrdup("empty"));
	currency_code(s->currency, code);
	PG_RETURN_CSTRING(psprintf("%s %d %s " INT64_FORMAT, code, s->scale,
							   int128_to_cstring(s->sum, sum), s->count));
}

/*
 * Binary form, version 1: a version byte, the count as int64, and, when
 * the count is not zero, the three letters of the code, the scale as one
 * byte and the sum as two big-endian int64 halves (high, then low).
 */
pg_noreturn static void sum_state_short(StringInfo buf);

static void
sum_state_short(StringInfo buf)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary currency_amount_sum_state of %d bytes", buf->len),
			 errdetail("A binary currency_amount_sum_state of version %d is 9 bytes when empty, else 29.",
					   CURRENCY_AMOUNT_SUM_STATE_VERSION)));
}

Datum
currency_amount_sum_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CurrencyAmountSumState *s = palloc0(sizeof(CurrencyAmountSumState));
	int			version;

	/* a short field is bad data, not a broken protocol message (08P01) */
	if (buf->len - buf->cursor < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary currency_amount_sum_state of 0 bytes")));
	version = pq_getmsgbyte(buf);
	if (version != CURRENCY_AMOUNT_SUM_STATE_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary currency_amount_sum_state format version %d", version)));
	s->version = CURRENCY_AMOUNT_SUM_STATE_VERSION;
	if (buf->len - buf->cursor < 8)
		sum_state_short(buf);
	s->count = pq_getmsgint64(buf);
	if (s->count < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("negative row count " INT64_FORMAT " in binary currency_amount_sum_state", s->count)));
	if (s->count > 0)
	{
		int			scale;
		int64		hi;
		uint64		lo;

		if (buf->len - buf->cursor < 20)
			sum_state_short(buf);
		s->currency = currency_from_binary_code(pq_getmsgbytes(buf, 3), "currency_amount_sum_state");
		scale = (int8) pq_getmsgbyte(buf);
		if (scale < 0 || scale > CURRENCY_AMOUNT_MAX_SCALE)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid scale %d in binary currency_amount_sum_state", scale)));
		s->scale = (int8) scale;
		sum_state_check_scale(s, ERRCODE_INVALID_BINARY_REPRESENTATION, NULL);
		hi = pq_getmsgint64(buf);
		lo = (uint64) pq_getmsgint64(buf);
		s->sum = (int128) (((unsigned __int128) (uint64) hi << 64) | lo);
	}
	if (buf->cursor != buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary currency_amount_sum_state has %d bytes left over", buf->len - buf->cursor)));
	PG_RETURN_CURRENCY_AMOUNT_SUM_STATE_P(s);
}

Datum
currency_amount_sum_state_send(PG_FUNCTION_ARGS)
{
	CurrencyAmountSumState *s = PG_GETARG_CURRENCY_AMOUNT_SUM_STATE_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CURRENCY_AMOUNT_SUM_STATE_VERSION);
	pq_sendint64(&buf, s->count);
	if (s->count > 0)
	{
		char		code[4];

		currency_code(s->currency, code);
		pq_sendbytes(&buf, code, 3);
		pq_sendbyte(&buf, (uint8) s->scale);
		pq_sendint64(&buf, (int64) (s->sum >> 64));
		pq_sendint64(&buf, (int64) (uint64) s->sum);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------- sum and avg */

/*
 * Add units * 10^-scale to the state, bringing both to the finer scale.
 * Rows alone cannot overflow the int128 sum (that would take 2^64 of
 * them), but states typed in by hand or combined from such can; those
 * raise 22003 instead of wrapping.
 */
static inline void
sum_state_add(CurrencyAmountSumState *s, int128 units, int scale)
{
	int128		r;

	if (unlikely(s->scale != scale))
	{
		if (s->scale < scale)
		{
			if (__builtin_mul_overflow(s->sum, (int128) currency_pow10[scale - s->scale], &r))
				currency_amount_error_range(s->currency);
			s->sum = r;
			s->scale = (int8) scale;
		}
		else if (__builtin_mul_overflow(units, (int128) currency_pow10[s->scale - scale], &units))
			currency_amount_error_range(s->currency);
	}
	if (unlikely(__builtin_add_overflow(s->sum, units, &r)))
		currency_amount_error_range(s->currency);
	s->sum = r;
}

/* the state to update: in place under an aggregate, else a copy */
static CurrencyAmountSumState *
sum_state_writable(FunctionCallInfo fcinfo, int argno)
{
	CurrencyAmountSumState *s = PG_GETARG_CURRENCY_AMOUNT_SUM_STATE_P(argno);

	if (AggCheckCallContext(fcinfo, NULL))
		return s;
	return (CurrencyAmountSumState *) memcpy(palloc(sizeof(CurrencyAmountSumState)), s,
											 sizeof(CurrencyAmountSumState));
}

/*
 * The transition function runs once per row, so it is split: the common
 * case (under an aggregate, a row of the state's currency and scale, no
 * overflow) is a few instructions with no call and no stack frame, and
 * everything else goes to sum_trans_general().
 */
static pg_noinline CurrencyAmountSumState *
sum_trans_general(FunctionCallInfo fcinfo)
{
	CurrencyAmountSumState *s = sum_state_writable(fcinfo, 0);
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(1);

	if (likely(s->count > 0))
	{
		if (unlikely(s->currency != a->currency))
			currency_amount_error_mismatch(s->currency, a->currency, "sum");
		/* only a state typed in by hand can hold this many rows */
		if (unlikely(s->count == PG_INT64_MAX))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("currency_amount_sum_state row count out of range"),
					 errdetail("A state counts at most %lld rows.", (long long) PG_INT64_MAX)));
		sum_state_add(s, a->units, a->scale);
	}
	else
	{
		s->currency = a->currency;
		s->scale = a->scale;
		s->sum = a->units;
	}
	s->count++;
	return s;
}

/* currency, scale and version, read as one word to compare them at once */
static inline uint32
sum_key(const void *currency_field)
{
	uint32		k;

	memcpy(&k, currency_field, sizeof(k));
	return k;
}

StaticAssertDecl(offsetof(CurrencyAmount, scale) == offsetof(CurrencyAmount, currency) + 2 &&
				 offsetof(CurrencyAmount, version) == offsetof(CurrencyAmount, currency) + 3 &&
				 offsetof(CurrencyAmountSumState, scale) == offsetof(CurrencyAmountSumState, currency) + 2 &&
				 offsetof(CurrencyAmountSumState, version) == offsetof(CurrencyAmountSumState, currency) + 3 &&
				 CURRENCY_AMOUNT_LAYOUT_VERSION == CURRENCY_AMOUNT_SUM_STATE_VERSION,
				 "currency, scale and version are adjacent in both structs");

Datum
currency_amount_sum_trans(PG_FUNCTION_ARGS)
{
	CurrencyAmountSumState *s = PG_GETARG_CURRENCY_AMOUNT_SUM_STATE_P(0);
	const CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(1);
	int128		r;

	/*
	 * What AggCheckCallContext() tests, without the call: only under an
	 * aggregate may the state be updated in place.  A count in 1 ..
	 * PG_INT64_MAX - 1 is a started state whose count can grow.  Equal
	 * currency, scale and version words mean the same currency at the same
	 * scale (a row of another version, if one ever exists, takes the general
	 * path).
	 */
	if (likely(fcinfo->context != NULL &&
			   (IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState)) &&
			   (uint64) s->count - 1 < (uint64) PG_INT64_MAX - 1 &&
			   sum_key(&s->currency) == sum_key(&a->currency) &&
			   !__builtin_add_overflow(s->sum, (int128) a->units, &r)))
	{
		s->sum = r;
		s->count++;
		PG_RETURN_CURRENCY_AMOUNT_SUM_STATE_P(s);
	}
	PG_RETURN_CURRENCY_AMOUNT_SUM_STATE_P(sum_trans_general(fcinfo));
}

/*
 * Inverse transition for sum and avg as moving aggregates over window
 * frames: take back one amount that the forward function added.
 */
Datum
currency_amount_sum_inv(PG_FUNCTION_ARGS)
{
	CurrencyAmountSumState *s = sum_state_writable(fcinfo, 0);
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(1);

	if (s->count <= 0 || s->currency != a->currency)
	{
		char		code[4];

		currency_code(a->currency, code);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot take %s amount out of a sum that does not hold it", code),
				 errdetail("The inverse transition takes back only what the forward transition added.")));
	}
	sum_state_add(s, -(int128) a->units, a->scale);
	if (--s->count == 0)
	{
		/* back to the empty state, so the next amount may be of any currency */
		memset(s, 0, sizeof(CurrencyAmountSumState));
		s->version = CURRENCY_AMOUNT_SUM_STATE_VERSION;
	}
	PG_RETURN_CURRENCY_AMOUNT_SUM_STATE_P(s);
}

Datum
currency_amount_sum_combine(PG_FUNCTION_ARGS)
{
	CurrencyAmountSumState *s1;
	CurrencyAmountSumState *s2 = PG_GETARG_CURRENCY_AMOUNT_SUM_STATE_P(1);

	if (s2->count == 0)
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	s1 = sum_state_writable(fcinfo, 0);
	if (s1->count == 0)
	{
		memcpy(s1, s2, sizeof(CurrencyAmountSumState));
		PG_RETURN_CURRENCY_AMOUNT_SUM_STATE_P(s1);
	}
	if (s1->currency != s2->currency)
		currency_amount_error_mismatch(s1->currency, s2->currency, "sum");
	sum_state_add(s1, s2->sum, s2->scale);
	if (pg_add_s64_overflow(s1->count, s2->count, &s1->count))
		currency_amount_error_range(s1->currency);
	PG_RETURN_CURRENCY_AMOUNT_SUM_STATE_P(s1);
}

Datum
currency_amount_sum_final(PG_FUNCTION_ARGS)
{
	CurrencyAmountSumState *s = PG_GETARG_CURRENCY_AMOUNT_SUM_STATE_P(0);

	if (s->count == 0)
		PG_RETURN_NULL();
	if (!currency_amount_units_ok(s->sum))
		currency_amount_error_range(s->currency);
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new((int64) s->sum, s->currency, s->scale));
}

/* the mean, rounded half-even to the minor unit */
Datum
currency_amount_avg_final(PG_FUNCTION_ARGS)
{
	CurrencyAmountSumState *s = PG_GETARG_CURRENCY_AMOUNT_SUM_STATE_P(0);
	int128		mean;

	if (s->count == 0)
		PG_RETURN_NULL();
	mean = currency_round_div(s->sum, s->count, CA_ROUND_HALF_EVEN);
	/* rows give a mean within range; a state typed in by hand may not */
	if (!currency_amount_units_ok(mean))
		currency_amount_error_range(s->currency);
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new((int64) mean, s->currency, s->scale));
}
