/*
 * currency_amount_ops.c
 *		Ordering, hashing and arithmetic of currency_amount.
 *
 * currency_amount_cmp_internal() is the single source of the order: by
 * currency (alphabetically), then by exact value.  It never errors, so
 * ORDER BY, DISTINCT, GROUP BY and indexes work on columns that mix
 * currencies; arithmetic, by contrast, refuses to mix them.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/sortsupport.h"

#include "currency_amount_funcs.h"

PG_FUNCTION_INFO_V1(currency_amount_cmp);
PG_FUNCTION_INFO_V1(currency_amount_eq);
PG_FUNCTION_INFO_V1(currency_amount_ne);
PG_FUNCTION_INFO_V1(currency_amount_lt);
PG_FUNCTION_INFO_V1(currency_amount_le);
PG_FUNCTION_INFO_V1(currency_amount_gt);
PG_FUNCTION_INFO_V1(currency_amount_ge);
PG_FUNCTION_INFO_V1(currency_amount_smaller);
PG_FUNCTION_INFO_V1(currency_amount_larger);
PG_FUNCTION_INFO_V1(currency_amount_hash);
PG_FUNCTION_INFO_V1(currency_amount_hash_extended);
PG_FUNCTION_INFO_V1(currency_amount_sortsupport);
PG_FUNCTION_INFO_V1(currency_amount_add);
PG_FUNCTION_INFO_V1(currency_amount_sub);
PG_FUNCTION_INFO_V1(currency_amount_neg);
PG_FUNCTION_INFO_V1(currency_amount_abs);
PG_FUNCTION_INFO_V1(currency_amount_mul_int8);
PG_FUNCTION_INFO_V1(currency_amount_mul_int4);
PG_FUNCTION_INFO_V1(currency_amount_int8_mul);
PG_FUNCTION_INFO_V1(currency_amount_int4_mul);
PG_FUNCTION_INFO_V1(currency_amount_mul_numeric);
PG_FUNCTION_INFO_V1(currency_amount_numeric_mul);
PG_FUNCTION_INFO_V1(currency_amount_div_int8);
PG_FUNCTION_INFO_V1(currency_amount_div_int4);
PG_FUNCTION_INFO_V1(currency_amount_div_numeric);
PG_FUNCTION_INFO_V1(currency_amount_div);
PG_FUNCTION_INFO_V1(currency_amount_round);
PG_FUNCTION_INFO_V1(currency_amount_convert);

/* ---------------------------------------------------------------- order */

static inline int
currency_amount_cmp_internal(const CurrencyAmount *a, const CurrencyAmount *b)
{
	if (a->currency != b->currency)
		return (a->currency > b->currency) ? 1 : -1;
	if (likely(a->scale == b->scale))
		return (a->units > b->units) - (a->units < b->units);
	{
		/* values stored under different editions of the catalog */
		int128		wa = currency_amount_wide(a);
		int128		wb = currency_amount_wide(b);

		return (wa > wb) - (wa < wb);
	}
}

#define CMP_ARGS \
	currency_amount_cmp_internal(PG_GETARG_CURRENCY_AMOUNT_P(0), PG_GETARG_CURRENCY_AMOUNT_P(1))

Datum
currency_amount_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(CMP_ARGS);
}

Datum
currency_amount_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(CMP_ARGS == 0);
}

Datum
currency_amount_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(CMP_ARGS != 0);
}

Datum
currency_amount_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(CMP_ARGS < 0);
}

Datum
currency_amount_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(CMP_ARGS <= 0);
}

Datum
currency_amount_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(CMP_ARGS > 0);
}

Datum
currency_amount_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(CMP_ARGS >= 0);
}

/* min and max return one of their arguments: nothing is allocated */
Datum
currency_amount_smaller(PG_FUNCTION_ARGS)
{
	return (CMP_ARGS <= 0) ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1);
}

Datum
currency_amount_larger(PG_FUNCTION_ARGS)
{
	return (CMP_ARGS >= 0) ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1);
}

static int
currency_amount_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	return currency_amount_cmp_internal(DatumGetCurrencyAmountP(x), DatumGetCurrencyAmountP(y));
}

/*
 * Abbreviated key, compared as an unsigned integer: the currency in the top
 * 15 bits (26^3 codes fit), and below it a 49-bit code for the value counted
 * in the currency's catalog minor units (its reference scale, a function of
 * the currency alone, so keys of one currency are comparable whatever scale
 * each value was stored at).  Values within 2^47 - 1 units of zero -- every
 * amount up to about a hundred trillion yen or a trillion dollars -- are
 * coded exactly as 2^48 + units, so for them the key is the order itself
 * and the full comparison runs only for equal values.  Larger magnitudes are
 * coded like a floating-point number (bit length, then the 40 bits after the
 * leading one), still never reversing the order.  A value stored at a finer
 * scale than its currency's is truncated to the reference scale, which is
 * monotonic too; equal keys always fall back to the full comparison.
 */
#define ABBREV_VALUE_BITS		49
#define ABBREV_EXACT_LIMIT		(((int64) 1 << (ABBREV_VALUE_BITS - 2)) - 1)
#define ABBREV_ZERO				((uint64) 1 << (ABBREV_VALUE_BITS - 1))
#define ABBREV_MANTISSA_BITS	40

StaticAssertDecl(26 * 26 * 26 <= (1 << (64 - ABBREV_VALUE_BITS)),
				 "a packed currency fits above the value code");

/* the reference scale of the last currency seen: sorted columns mostly hold one */
typedef struct AbbrevCache
{
	Currency	currency;
	int			scale;
} AbbrevCache;

/* the catalog minor units; never an error while sorting, so no catalog, no error */
static pg_noinline int
abbrev_reference_scale(AbbrevCache *cache, Currency c)
{
	const CurrencyInfo *info = currency_lookup(c);

	cache->currency = c;
	if (info == NULL)
		cache->scale = CURRENCY_AMOUNT_MAX_SCALE;
	else if (info->minor_units == CURRENCY_MINOR_UNITS_NA)
		cache->scale = CURRENCY_AMOUNT_NA_SCALE;
	else
		cache->scale = info->minor_units;
	return cache->scale;
}

/* the code of a value beyond the exact range: |v| >= 2^47 */
static pg_noinline uint64
abbrev_code_wide(int128 v)
{
	unsigned __int128 m = (v < 0) ? (unsigned __int128) 0 - (unsigned __int128) v : (unsigned __int128) v;
	uint64		hi = (uint64) (m >> 64);
	int			bits = hi ? 128 - __builtin_clzll(hi) : 64 - __builtin_clzll((uint64) m);
	uint64		mantissa;
	uint64		code;

	Assert(bits >= ABBREV_VALUE_BITS - 1 && bits <= 127);
	mantissa = (uint64) (m >> (bits - 1 - ABBREV_MANTISSA_BITS)) &
		(((uint64) 1 << ABBREV_MANTISSA_BITS) - 1);
	/* above every exact magnitude (< 2^47), below 2^48 as bits <= 127 */
	code = ((uint64) 1 << (ABBREV_VALUE_BITS - 2)) +
		((uint64) (bits - (ABBREV_VALUE_BITS - 1)) << ABBREV_MANTISSA_BITS) + mantissa;
	return (v < 0) ? ABBREV_ZERO - code : ABBREV_ZERO + code;
}

static Datum
currency_amount_abbrev_convert(Datum original, SortSupport ssup)
{
	const CurrencyAmount *a = DatumGetCurrencyAmountP(original);
	AbbrevCache *cache = (AbbrevCache *) ssup->ssup_extra;
	uint64		key = (uint64) a->currency << ABBREV_VALUE_BITS;
	int			ref;
	int128		v;

	ref = likely(a->currency == cache->currency) ? cache->scale :
		abbrev_reference_scale(cache, a->currency);
	if (likely(a->scale == ref))
	{
		if (likely(a->units >= -ABBREV_EXACT_LIMIT && a->units <= ABBREV_EXACT_LIMIT))
			return UInt64GetDatum(key | (uint64) ((int64) ABBREV_ZERO + a->units));
		v = a->units;
	}
	else if (a->scale < ref)
		v = (int128) a->units * currency_pow10[ref - a->scale];
	else
		v = a->units / currency_pow10[a->scale - ref];
	if (v >= -ABBREV_EXACT_LIMIT && v <= ABBREV_EXACT_LIMIT)
		return UInt64GetDatum(key | (uint64) ((int64) ABBREV_ZERO + (int64) v));
	return UInt64GetDatum(key | abbrev_code_wide(v));
}

static bool
currency_amount_abbrev_abort(int memtupcount, SortSupport ssup)
{
	/*
	 * The key is cheap to make, and it ties only on equal values or on huge
	 * ones that agree in their first 41 significant bits, so it is worth
	 * keeping for any input.
	 */
	return false;
}

#if PG_VERSION_NUM < 150000
/* what PostgreSQL 15 provides as ssup_datum_unsigned_cmp */
static int
currency_amount_abbrev_cmp(Datum x, Datum y, SortSupport ssup)
{
	return (x > y) - (x < y);
}
#define ssup_datum_unsigned_cmp currency_amount_abbrev_cmp
#endif

Datum
currency_amount_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = currency_amount_fastcmp;
#if SIZEOF_DATUM >= 8
	if (ssup->abbreviate)
	{
		AbbrevCache *cache = MemoryContextAlloc(ssup->ssup_cxt, sizeof(AbbrevCache));

		abbrev_reference_scale(cache, PG_UINT16_MAX);
		ssup->ssup_extra = cache;
		/* PostgreSQL 15 recognises this comparator and sorts with it inline */
		ssup->comparator = ssup_datum_unsigned_cmp;
		ssup->abbrev_converter = currency_amount_abbrev_convert;
		ssup->abbrev_abort = currency_amount_abbrev_abort;
		ssup->abbrev_full_comparator = currency_amount_fastcmp;
	}
#endif
	PG_RETURN_VOID();
}

/*
 * Hash the currency and the value at the common scale 18, so that equal
 * values hash equal even if they were stored at different scales, and every
 * bit of the value counts.  Each 32-bit piece is hashed as a value, as
 * PostgreSQL's integer hashes do, not as bytes in memory: hash_any() reads
 * bytes in native-order words, which would hash differently on big- and
 * little-endian machines (and hash partitioning stores the hash in effect).
 * The 32-bit hash is the low half of the extended hash with seed 0.
 */
static uint64
currency_amount_hash64(const CurrencyAmount *a, uint64 seed)
{
	uint128		w = (uint128) currency_amount_wide(a);
	uint64		h = DatumGetUInt64(hash_uint32_extended((uint32) a->currency, seed));
	int			shift;

	for (shift = 0; shift < 128; shift += 32)
		h = hash_combine64(h, DatumGetUInt64(hash_uint32_extended((uint32) (w >> shift), seed)));
	return h;
}

Datum
currency_amount_hash(PG_FUNCTION_ARGS)
{
	return UInt32GetDatum((uint32) currency_amount_hash64(PG_GETARG_CURRENCY_AMOUNT_P(0), 0));
}

Datum
currency_amount_hash_extended(PG_FUNCTION_ARGS)
{
	return UInt64GetDatum(currency_amount_hash64(PG_GETARG_CURRENCY_AMOUNT_P(0),
												 (uint64) PG_GETARG_INT64(1)));
}

/* ---------------------------------------------------------------- arithmetic */

static inline CurrencyAmount *
result_units(int64 units, bool overflow, const CurrencyAmount *like, int scale)
{
	if (unlikely(overflow || units == PG_INT64_MIN))
		currency_amount_error_range(like->currency);
	return currency_amount_new(units, like->currency, scale);
}

Datum
currency_amount_add(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	CurrencyAmount *b = PG_GETARG_CURRENCY_AMOUNT_P(1);
	int64		ua,
				ub,
				r;
	int			scale;
	bool		overflow;

	if (a->currency != b->currency)
		currency_amount_error_mismatch(a->currency, b->currency, "add");
	overflow = !currency_amount_align(a, b, &ua, &ub, &scale) ||
		pg_add_s64_overflow(ua, ub, &r);
	PG_RETURN_CURRENCY_AMOUNT_P(result_units(r, overflow, a, scale));
}

Datum
currency_amount_sub(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	CurrencyAmount *b = PG_GETARG_CURRENCY_AMOUNT_P(1);
	int64		ua,
				ub,
				r;
	int			scale;
	bool		overflow;

	if (a->currency != b->currency)
		currency_amount_error_mismatch(a->currency, b->currency, "subtract");
	overflow = !currency_amount_align(a, b, &ua, &ub, &scale) ||
		pg_sub_s64_overflow(ua, ub, &r);
	PG_RETURN_CURRENCY_AMOUNT_P(result_units(r, overflow, a, scale));
}

/* The range is symmetric, so negation and abs cannot overflow. */
Datum
currency_amount_neg(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);

	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new(-a->units, a->currency, a->scale));
}

Datum
currency_amount_abs(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);

	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new(a->units < 0 ? -a->units : a->units,
													a->currency, a->scale));
}

static CurrencyAmount *
mul_int(const CurrencyAmount *a, int64 n)
{
	int64		r;
	bool		overflow = pg_mul_s64_overflow(a->units, n, &r);

	return result_units(r, overflow, a, a->scale);
}

Datum
currency_amount_mul_int8(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY_AMOUNT_P(mul_int(PG_GETARG_CURRENCY_AMOUNT_P(0), PG_GETARG_INT64(1)));
}

Datum
currency_amount_mul_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY_AMOUNT_P(mul_int(PG_GETARG_CURRENCY_AMOUNT_P(0), PG_GETARG_INT32(1)));
}

Datum
currency_amount_int8_mul(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY_AMOUNT_P(mul_int(PG_GETARG_CURRENCY_AMOUNT_P(1), PG_GETARG_INT64(0)));
}

Datum
currency_amount_int4_mul(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY_AMOUNT_P(mul_int(PG_GETARG_CURRENCY_AMOUNT_P(1), PG_GETARG_INT32(0)));
}

static void
error_division_by_zero(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DIVISION_BY_ZERO),
			 errmsg("division by zero")));
}

/* quotient rounded half-even; it is never larger than the dividend */
static CurrencyAmount *
div_int(const CurrencyAmount *a, int64 n)
{
	if (n == 0)
		error_division_by_zero();
	if (n < 0)
		return currency_amount_new((int64) currency_round_div(-(int128) a->units, -(int128) n,
															  CA_ROUND_HALF_EVEN),
								   a->currency, a->scale);
	return currency_amount_new((int64) currency_round_div(a->units, n, CA_ROUND_HALF_EVEN),
							   a->currency, a->scale);
}

Datum
currency_amount_div_int8(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY_AMOUNT_P(div_int(PG_GETARG_CURRENCY_AMOUNT_P(0), PG_GETARG_INT64(1)));
}

Datum
currency_amount_div_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY_AMOUNT_P(div_int(PG_GETARG_CURRENCY_AMOUNT_P(0), PG_GETARG_INT32(1)));
}

static CurrencyAmount *
mul_numeric(const CurrencyAmount *a, Numeric n)
{
	Numeric		num;

	if (numeric_is_nan(n) || numeric_is_inf(n))
		num = n;
	else
		num = DatumGetNumeric(DirectFunctionCall2(numeric_mul,
												  NumericGetDatum(int64_to_numeric(a->units)),
												  NumericGetDatum(n)));
	return currency_amount_new(currency_amount_round_numeric(num, int64_to_numeric(1),
															 CA_ROUND_HALF_EVEN, a->currency),
							   a->currency, a->scale);
}

Datum
currency_amount_mul_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY_AMOUNT_P(mul_numeric(PG_GETARG_CURRENCY_AMOUNT_P(0), PG_GETARG_NUMERIC(1)));
}

Datum
currency_amount_numeric_mul(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY_AMOUNT_P(mul_numeric(PG_GETARG_CURRENCY_AMOUNT_P(1), PG_GETARG_NUMERIC(0)));
}

static bool
numeric_is_zero(Numeric n)
{
	if (numeric_is_nan(n) || numeric_is_inf(n))
		return false;
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(n),
											 NumericGetDatum(int64_to_numeric(0)))) == 0;
}

Datum
currency_amount_div_numeric(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	Numeric		n = PG_GETARG_NUMERIC(1);
	int64		units;

	if (numeric_is_zero(n))
		error_division_by_zero();
	units = currency_amount_round_numeric(int64_to_numeric(a->units), n,
										  CA_ROUND_HALF_EVEN, a->currency);
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new(units, a->currency, a->scale));
}

/* the ratio of two amounts of one currency, as numeric division gives it */
Datum
currency_amount_div(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	CurrencyAmount *b = PG_GETARG_CURRENCY_AMOUNT_P(1);

	if (a->currency != b->currency)
		currency_amount_error_mismatch(a->currency, b->currency, "divide");
	if (b->units == 0)
		error_division_by_zero();
	return DirectFunctionCall2(numeric_div,
							   NumericGetDatum(currency_amount_numeric(a)),
							   NumericGetDatum(currency_amount_numeric(b)));
}

/*
 * round(amount, digits, mode): round to a multiple of 10^-digits of the
 * major unit; digits may be negative (-9 rounds to billions).  The result
 * keeps the amount's scale.
 */
Datum
currency_amount_round(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	int32		digits = PG_GETARG_INT32(1);
	CurrencyRoundingMode mode = currency_rounding_mode(PG_GETARG_TEXT_PP(2));
	int64		shift;
	int128		q;

	shift = (int64) a->scale - digits;
	if (shift <= 0)
		PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new(a->units, a->currency, a->scale));
	if (shift > 19)
	{
		/*
		 * Every amount is smaller than half of 10^20 units, so the quotient
		 * is 0 or, when the mode rounds away from zero, a multiple of
		 * 10^shift that no amount can hold.
		 */
		q = currency_round_div(a->units, (int128) currency_pow10[18] * 100, mode);
		if (q != 0)
			currency_amount_error_range(a->currency);
		PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new(0, a->currency, a->scale));
	}
	else
	{
		int128		d = (shift == 19) ? (int128) currency_pow10[18] * 10 : currency_pow10[shift];

		q = currency_round_div(a->units, d, mode) * d;
		if (!currency_amount_units_ok(q))
			currency_amount_error_range(a->currency);
		PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new((int64) q, a->currency, a->scale));
	}
}

/*
 * convert(amount, target, rate, mode): rate is units of the target currency
 * per one unit of the source; the product is rounded to the target's minor
 * units by the mode.
 */
Datum
currency_amount_convert(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	Currency	target = PG_GETARG_CURRENCY(1);
	Numeric		rate = PG_GETARG_NUMERIC(2);
	CurrencyRoundingMode mode = currency_rounding_mode(PG_GETARG_TEXT_PP(3));
	int			tscale = currency_amount_scale_of(target);
	Numeric		num;
	Numeric		den;
	int64		units;

	if (numeric_is_nan(rate) || numeric_is_inf(rate) ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(rate),
										  NumericGetDatum(int64_to_numeric(0)))) <= 0)
	{
		char		src[4],
					dst[4];

		currency_code(a->currency, src);
		currency_code(target, dst);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid exchange rate %s from %s to %s",
						DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(rate))),
						src, dst),
				 errdetail("An exchange rate is a positive, finite number of target units per source unit.")));
	}
	num = DatumGetNumeric(DirectFunctionCall2(numeric_mul,
											  NumericGetDatum(int64_to_numeric(a->units)),
											  NumericGetDatum(rate)));
	if (tscale >= a->scale)
	{
		num = DatumGetNumeric(DirectFunctionCall2(numeric_mul, NumericGetDatum(num),
												  NumericGetDatum(int64_to_numeric(currency_pow10[tscale - a->scale]))));
		den = int64_to_numeric(1);
	}
	else
		den = int64_to_numeric(currency_pow10[a->scale - tscale]);
	units = currency_amount_round_numeric(num, den, mode, target);
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new(units, target, tscale));
}
