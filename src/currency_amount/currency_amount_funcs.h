/*
 * currency_amount_funcs.h
 *		Helpers shared by the currency_amount sources: scales, powers of ten,
 *		exact rescaling and rounding division.
 *
 * Not part of the type's public interface (that is currency_amount.h).
 */
#ifndef COSTSHARE_CURRENCY_AMOUNT_FUNCS_H
#define COSTSHARE_CURRENCY_AMOUNT_FUNCS_H

#include "postgres.h"

#include "common/int.h"
#include "utils/numeric.h"

#include "../common/compat.h"

#include "../currency/currency.h"
#include "currency_amount.h"
#include "currency_amount_parse.h"

/*
 * Amounts of currencies that ISO 4217 gives no minor unit (N.A.: XAU, XAG,
 * XPT, XPD, XDR, the bond market units, XSU, XUA, XTS, XXX) are kept to
 * four decimal places, the finest minor unit ISO assigns (CLF): enough for
 * ten-thousandths of a troy ounce or of an SDR.
 */
#define CURRENCY_AMOUNT_NA_SCALE	4

/* largest scale a stored value may carry; 10^18 fits an int64 */
#define CURRENCY_AMOUNT_MAX_SCALE	18

/*
 * The range of units is symmetric, -INT64_MAX .. INT64_MAX, so negation and
 * abs never overflow; INT64_MIN is never a valid value.
 */
#define CURRENCY_AMOUNT_MAX_UNITS	PG_INT64_MAX

typedef enum CurrencyRoundingMode
{
	CA_ROUND_HALF_EVEN,
	CA_ROUND_HALF_UP,
	CA_ROUND_HALF_DOWN,
	CA_ROUND_UP,
	CA_ROUND_DOWN,
	CA_ROUND_CEILING,
	CA_ROUND_FLOOR
} CurrencyRoundingMode;

/* currency_amount_io.c */
extern int	currency_amount_scale_of(Currency c);
extern bool currency_amount_fit(const ParsedAmount *parsed, int scale,
								int64 *units, const char *what,
								struct Node *escontext);
extern Numeric currency_amount_numeric(const CurrencyAmount *a);
extern int64 currency_amount_round_numeric(Numeric num, Numeric den,
										   CurrencyRoundingMode mode,
										   Currency currency);
extern CurrencyRoundingMode currency_rounding_mode(text *mode);
pg_noreturn extern void currency_amount_error_mismatch(Currency a, Currency b,
													   const char *what);
pg_noreturn extern void currency_amount_error_range(Currency c);
extern Oid	currency_amount_type_oid(FunctionCallInfo fcinfo);

extern const int64 currency_pow10[CURRENCY_AMOUNT_MAX_SCALE + 1];

/* value as units at scale 18, exactly: |units| * 10^18 < 2^127 */
static inline int128
currency_amount_wide(const CurrencyAmount *a)
{
	return (int128) a->units * currency_pow10[CURRENCY_AMOUNT_MAX_SCALE - a->scale];
}

/* Is v a valid count of units? */
static inline bool
currency_amount_units_ok(int128 v)
{
	return v <= CURRENCY_AMOUNT_MAX_UNITS && v >= -CURRENCY_AMOUNT_MAX_UNITS;
}

/*
 * The one rounding rule of costshare, for integers and numerics alike: does
 * a quotient truncated toward zero move one unit away from zero?  sign is
 * the exact value's sign, half_cmp how the remainder compares with half the
 * divisor (< 0 below, 0 exactly half, > 0 above), and quotient_odd whether
 * the truncated quotient is odd (looked at only for half_even ties).
 */
static inline bool
currency_round_away(CurrencyRoundingMode mode, int sign, int half_cmp, bool quotient_odd)
{
	switch (mode)
	{
		case CA_ROUND_DOWN:
			return false;
		case CA_ROUND_UP:
			return true;
		case CA_ROUND_CEILING:
			return sign > 0;
		case CA_ROUND_FLOOR:
			return sign < 0;
		case CA_ROUND_HALF_UP:
			return half_cmp >= 0;
		case CA_ROUND_HALF_DOWN:
			return half_cmp > 0;
		case CA_ROUND_HALF_EVEN:
		default:
			return half_cmp > 0 || (half_cmp == 0 && quotient_odd);
	}
}

/*
 * Divide n by d > 0, rounding the quotient by mode.  Remainders are compared
 * as |r| against d - |r| so that nothing overflows for any d.
 */
static inline int128
currency_round_div(int128 n, int128 d, CurrencyRoundingMode mode)
{
	int128		q = n / d;
	int128		r = n % d;
	int128		ar;
	int			sign;

	if (r == 0)
		return q;
	sign = (n < 0) ? -1 : 1;
	ar = (r < 0) ? -r : r;
	return currency_round_away(mode, sign, (ar > d - ar) - (ar < d - ar), (q % 2) != 0)
		? q + sign : q;
}

/* a and b in a common scale, the larger of the two; false on overflow */
static inline bool
currency_amount_align(const CurrencyAmount *a, const CurrencyAmount *b,
					  int64 *ua, int64 *ub, int *scale)
{
	*ua = a->units;
	*ub = b->units;
	*scale = a->scale;
	if (likely(a->scale == b->scale))
		return true;
	if (a->scale < b->scale)
	{
		*scale = b->scale;
		return !pg_mul_s64_overflow(a->units, currency_pow10[b->scale - a->scale], ua) &&
			*ua != PG_INT64_MIN;
	}
	return !pg_mul_s64_overflow(b->units, currency_pow10[a->scale - b->scale], ub) &&
		*ub != PG_INT64_MIN;
}

#endif							/* COSTSHARE_CURRENCY_AMOUNT_FUNCS_H */
