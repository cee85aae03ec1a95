/*
 * currency_amount_io.c
 *		currency_amount input and output (text and binary), constructors,
 *		accessors, and the scaling and rounding helpers the other files share.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "../common/compat.h"
#include "../currency/currency_catalog.h"
#include "currency_amount_canonical.h"
#include "currency_amount_encoding.h"
#include "currency_amount_funcs.h"

PG_FUNCTION_INFO_V1(currency_amount_in);
PG_FUNCTION_INFO_V1(currency_amount_out);
PG_FUNCTION_INFO_V1(currency_amount_recv);
PG_FUNCTION_INFO_V1(currency_amount_send);
PG_FUNCTION_INFO_V1(currency_amount_from_numeric);
PG_FUNCTION_INFO_V1(currency_amount_from_numeric_mode);
PG_FUNCTION_INFO_V1(currency_amount_from_minor_units);
PG_FUNCTION_INFO_V1(currency_amount_amount);
PG_FUNCTION_INFO_V1(currency_amount_minor_units);
PG_FUNCTION_INFO_V1(currency_amount_currency);

const int64 currency_pow10[CURRENCY_AMOUNT_MAX_SCALE + 1] = {
	INT64CONST(1), INT64CONST(10), INT64CONST(100), INT64CONST(1000),
	INT64CONST(10000), INT64CONST(100000), INT64CONST(1000000),
	INT64CONST(10000000), INT64CONST(100000000), INT64CONST(1000000000),
	INT64CONST(10000000000), INT64CONST(100000000000),
	INT64CONST(1000000000000), INT64CONST(10000000000000),
	INT64CONST(100000000000000), INT64CONST(1000000000000000),
	INT64CONST(10000000000000000), INT64CONST(100000000000000000),
	INT64CONST(1000000000000000000)
};

/* the code of a currency written into the caller's buffer, for messages */
static const char *
code_of(Currency c, char *buf)
{
	currency_code(c, buf);
	return buf;
}

void
currency_amount_error_mismatch(Currency a, Currency b, const char *what)
{
	char		ca[4],
				cb[4];

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cannot %s %s and %s amounts", what, code_of(a, ca), code_of(b, cb)),
			 errdetail("Amounts in different currencies cannot be combined."),
			 errhint("Convert one amount with convert() first, or use sum_by_currency().")));
}

void
currency_amount_error_range(Currency c)
{
	char		cc[4];

	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s amount out of range", code_of(c, cc)),
			 errdetail("An amount holds at most 9223372036854775807 minor units either side of zero.")));
}

/*
 * The scale new amounts of every code of the catalog get, by packed code
 * (currency.h), or -1 for a code not in it.  Built once per backend from the
 * compiled-in catalog, so that text input, which has just found the
 * currency, does not search the catalog for it a second time.
 */
static int8 scale_by_code[CURRENCY_MAX_PACKED + 1];
static bool scale_by_code_built = false;

static void
build_scale_by_code(void)
{
	memset(scale_by_code, -1, sizeof(scale_by_code));
	for (int i = 0; i < currency_catalog_size; i++)
	{
		const CurrencyInfo *info = &currency_catalog[i];
		Currency	c;

		currency_from_code(info->code, 3, &c, NULL);
		scale_by_code[c] = (info->minor_units == CURRENCY_MINOR_UNITS_NA) ?
			CURRENCY_AMOUNT_NA_SCALE : info->minor_units;
	}
	scale_by_code_built = true;
}

/* The scale new amounts of a currency get: its minor units, or 4 for N.A. */
int
currency_amount_scale_of(Currency c)
{
	if (unlikely(!scale_by_code_built))
		build_scale_by_code();
	if (c > CURRENCY_MAX_PACKED || scale_by_code[c] < 0)
	{
		char		cc[4];

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("currency \"%s\" is not in the ISO 4217 catalog", code_of(c, cc))));
	}
	return scale_by_code[c];
}

static int128
pow10_128(int n)
{
	int128		r = 1;

	while (n-- > 0)
		r *= 10;
	return r;
}

/*
 * Fit an exact decimal to a count of units at the given scale, refusing to
 * round: a value with non-zero digits beyond the scale is an error (22P02),
 * one too large is 22003.  what is the text being read, for messages.
 */
bool
currency_amount_fit(const ParsedAmount *parsed, int scale, int64 *units,
					const char *what, struct Node *escontext)
{
	int			shift = parsed->exponent + scale;
	int128		coef = parsed->coefficient;
	char		cc[4];

	if (coef == 0)
	{
		*units = 0;
		return true;
	}
	if (shift >= 0)
	{
		int128		scaled;

		/*
		 * A multiplication with an overflow check rather than a division by
		 * the power of ten: this runs for every amount read from text.  Any
		 * coefficient (never 0 here) times 10^19 or more is out of range.
		 */
		if (shift > CURRENCY_AMOUNT_MAX_SCALE ||
			__builtin_mul_overflow(coef, (int128) currency_pow10[shift], &scaled) ||
			scaled > CURRENCY_AMOUNT_MAX_UNITS)
			ereturn(escontext, false,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s amount out of range: \"%s\"", code_of(parsed->currency, cc), what),
					 errdetail("An amount holds at most 9223372036854775807 minor units either side of zero.")));
		coef = scaled;
	}
	else
	{
		int128		div;

		if (-shift > 38 || coef % (div = pow10_128(-shift)) != 0)
			ereturn(escontext, false,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("too many decimal places for %s: \"%s\"", code_of(parsed->currency, cc), what),
					 errdetail("%s amounts have %d decimal places, and input is never rounded.", cc, scale),
					 errhint("Round the number first, for example with round(numeric, %d).", scale)));
		coef /= div;
		if (coef > CURRENCY_AMOUNT_MAX_UNITS)
			ereturn(escontext, false,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("%s amount out of range: \"%s\"", code_of(parsed->currency, cc), what),
					 errdetail("An amount holds at most 9223372036854775807 minor units either side of zero.")));
	}
	*units = parsed->negative ? -(int64) coef : (int64) coef;
	return true;
}

Datum
currency_amount_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	struct Node *escontext = COSTSHARE_ESCONTEXT(fcinfo);
	ParsedAmount parsed;
	int64		units;
	int			scale;

	/* the form amounts are dumped and exported in, read in one pass */
	if (likely(currency_amount_parse_fast_path))
	{
		CurrencyAmount canonical;

		if (currency_amount_parse_canonical(str, &canonical))
		{
			CurrencyAmount *result = palloc(sizeof(CurrencyAmount));

			*result = canonical;
			PG_RETURN_CURRENCY_AMOUNT_P(result);
		}
	}
	if (!currency_amount_parse_server_text(str, &parsed, escontext))
		PG_RETURN_NULL();
	scale = currency_amount_scale_of(parsed.currency);
	if (!currency_amount_fit(&parsed, scale, &units, str, escontext))
		PG_RETURN_NULL();
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new(units, parsed.currency, scale));
}

/* Write the number of a (sign, digits, point, scale digits) into buf. */
static int
format_number(const CurrencyAmount *a, char *buf)
{
	char		digits[24];
	uint64		mag = (a->units < 0) ? (uint64) 0 - (uint64) a->units : (uint64) a->units;
	int			n = 0;
	int			len = 0;
	int			i;

	do
	{
		digits[n++] = '0' + (char) (mag % 10);
		mag /= 10;
	} while (mag != 0);
	while (n <= a->scale)
		digits[n++] = '0';
	if (a->units < 0)
		buf[len++] = '-';
	for (i = n - 1; i >= 0; i--)
	{
		buf[len++] = digits[i];
		if (i == a->scale && i != 0)
			buf[len++] = '.';
	}
	buf[len] = '\0';
	return len;
}

Datum
currency_amount_out(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	char	   *out = palloc(48);

	currency_code(a->currency, out);
	out[3] = ' ';
	format_number(a, out + 4);
	PG_RETURN_CSTRING(out);
}

/*
 * Binary format, version 1: a version byte, the three ASCII letters of the
 * code, the scale as one byte and the units as a big-endian int64.  recv
 * reads the value as an exact decimal and fits it to the currency exactly as
 * text input does, so it accepts what text input accepts and nothing more.
 */
Datum
currency_amount_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	ParsedAmount parsed;
	int			version;
	int			scale;
	int			cscale;			/* the currency's decimal places */
	int64		units;
	const char *code;
	char		what[64];

	/* a short field is bad data, not a broken protocol message (08P01) */
	if (buf->len - buf->cursor < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary currency_amount of 0 bytes")));
	version = pq_getmsgbyte(buf);
	if (version != CURRENCY_AMOUNT_LAYOUT_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary currency_amount format version %d", version),
				 errdetail("This server reads version %d.", CURRENCY_AMOUNT_LAYOUT_VERSION)));
	if (buf->len - buf->cursor < 12)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary currency_amount of %d bytes", buf->len - buf->cursor + 1),
				 errdetail("A binary currency_amount of version %d is 13 bytes.",
						   CURRENCY_AMOUNT_LAYOUT_VERSION)));
	code = pq_getmsgbytes(buf, 3);
	parsed.currency = currency_from_binary_code(code, "currency_amount");
	scale = (int8) pq_getmsgbyte(buf);
	if (scale < 0 || scale > CURRENCY_AMOUNT_MAX_SCALE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid scale %d in binary currency_amount", scale),
				 errdetail("The scale must be between 0 and %d.", CURRENCY_AMOUNT_MAX_SCALE)));
	units = pq_getmsgint64(buf);
	if (buf->cursor != buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("binary currency_amount has %d bytes left over", buf->len - buf->cursor)));
	if (units == PG_INT64_MIN)
		currency_amount_error_range(parsed.currency);
	parsed.negative = units < 0;
	parsed.coefficient = (units < 0) ? -(int128) units : units;
	parsed.exponent = -scale;
	snprintf(what, sizeof(what), "%.3s units " INT64_FORMAT " scale %d", code, units, scale);
	/*
	 * Digits beyond the currency's decimal places are bad binary data (22P03),
	 * as in text they are bad text; currency_amount_fit would say 22P02.
	 */
	cscale = currency_amount_scale_of(parsed.currency);
	if (scale > cscale && units % currency_pow10[scale - cscale] != 0)
	{
		char		cc[4];

		currency_code(parsed.currency, cc);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("too many decimal places for %s in binary currency_amount: %s", cc, what),
				 errdetail("%s amounts have %d decimal places, and input is never rounded.",
						   cc, cscale)));
	}
	scale = cscale;
	currency_amount_fit(&parsed, scale, &units, what, NULL);
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new(units, parsed.currency, scale));
}

Datum
currency_amount_send(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	StringInfoData buf;
	char		code[4];

	currency_code(a->currency, code);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CURRENCY_AMOUNT_LAYOUT_VERSION);
	pq_sendbytes(&buf, code, 3);
	pq_sendbyte(&buf, (uint8) a->scale);
	pq_sendint64(&buf, a->units);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* The value in major units as an exact numeric with scale digits. */
Numeric
currency_amount_numeric(const CurrencyAmount *a)
{
	char		buf[32];

	format_number(a, buf);
	return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

CurrencyRoundingMode
currency_rounding_mode(text *mode)
{
	char	   *m = text_to_cstring(mode);

	if (strcmp(m, "half_even") == 0)
		return CA_ROUND_HALF_EVEN;
	if (strcmp(m, "half_up") == 0)
		return CA_ROUND_HALF_UP;
	if (strcmp(m, "half_down") == 0)
		return CA_ROUND_HALF_DOWN;
	if (strcmp(m, "up") == 0)
		return CA_ROUND_UP;
	if (strcmp(m, "down") == 0)
		return CA_ROUND_DOWN;
	if (strcmp(m, "ceiling") == 0)
		return CA_ROUND_CEILING;
	if (strcmp(m, "floor") == 0)
		return CA_ROUND_FLOOR;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown rounding mode \"%s\"", m),
			 errhint("The rounding modes are half_even, half_up, half_down, up, down, ceiling and floor.")));
	return CA_ROUND_HALF_EVEN;	/* keep the compiler quiet */
}

static inline int
numeric_sign_of(Numeric n)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(n),
											 NumericGetDatum(int64_to_numeric(0))));
}

/*
 * Round num / den to an integer count of units by mode, exactly (numeric
 * division by div and mod is exact).  den must not be zero; the caller has
 * raised 22012 for that.  exact demands that no rounding is needed.
 */
static int64
round_numeric_internal(Numeric num, Numeric den, CurrencyRoundingMode mode,
					   bool exact, Currency currency)
{
	Numeric		q,
				r;
	int			rsign;
	char		cc[4];

	if (numeric_is_nan(num) || numeric_is_nan(den))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("NaN is not a %s amount", code_of(currency, cc))));
	if (numeric_is_inf(num) || numeric_is_inf(den))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("infinity is not a %s amount", code_of(currency, cc))));

	/* make the divisor positive so that the quotient's sign is num's */
	if (numeric_sign_of(den) < 0)
	{
		num = DatumGetNumeric(DirectFunctionCall1(numeric_uminus, NumericGetDatum(num)));
		den = DatumGetNumeric(DirectFunctionCall1(numeric_uminus, NumericGetDatum(den)));
	}
	q = DatumGetNumeric(DirectFunctionCall2(numeric_div_trunc, NumericGetDatum(num),
											NumericGetDatum(den)));
	r = DatumGetNumeric(DirectFunctionCall2(numeric_mod, NumericGetDatum(num),
											NumericGetDatum(den)));
	rsign = numeric_sign_of(r);
	if (rsign != 0)
	{
		Numeric		ar2 = DatumGetNumeric(DirectFunctionCall1(numeric_abs, NumericGetDatum(r)));
		int			half;
		bool		quotient_odd = false;
		bool		away;

		if (exact)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s amount would need rounding", code_of(currency, cc)),
					 errdetail("%s amounts have %d decimal places.", cc,
							   currency_amount_scale_of(currency)),
					 errhint("Pass a rounding mode, such as 'half_even', or round the number first.")));

		ar2 = DatumGetNumeric(DirectFunctionCall2(numeric_add, NumericGetDatum(ar2),
												  NumericGetDatum(ar2)));
		half = DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(ar2),
												 NumericGetDatum(den)));
		if (mode == CA_ROUND_HALF_EVEN && half == 0)
		{
			Numeric		qmod2 = DatumGetNumeric(DirectFunctionCall2(numeric_mod, NumericGetDatum(q),
																	NumericGetDatum(int64_to_numeric(2))));

			quotient_odd = numeric_sign_of(qmod2) != 0;
		}
		away = currency_round_away(mode, rsign, half, quotient_odd);
		if (away)
			q = DatumGetNumeric(DirectFunctionCall2(numeric_add, NumericGetDatum(q),
													NumericGetDatum(int64_to_numeric(rsign))));
	}
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(q),
										  NumericGetDatum(int64_to_numeric(CURRENCY_AMOUNT_MAX_UNITS)))) > 0 ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(q),
										  NumericGetDatum(int64_to_numeric(-CURRENCY_AMOUNT_MAX_UNITS)))) < 0)
		currency_amount_error_range(currency);
	return DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(q)));
}

int64
currency_amount_round_numeric(Numeric num, Numeric den, CurrencyRoundingMode mode,
							  Currency currency)
{
	return round_numeric_internal(num, den, mode, false, currency);
}

/* units of value * 10^scale, by mode or exactly */
static CurrencyAmount *
from_numeric(Numeric value, Currency currency, bool exact, CurrencyRoundingMode mode)
{
	int			scale = currency_amount_scale_of(currency);
	Numeric		num;
	int64		units;

	if (numeric_is_nan(value) || numeric_is_inf(value))
		num = value;
	else
		num = DatumGetNumeric(DirectFunctionCall2(numeric_mul, NumericGetDatum(value),
												  NumericGetDatum(int64_to_numeric(currency_pow10[scale]))));
	units = round_numeric_internal(num, int64_to_numeric(1), mode, exact, currency);
	return currency_amount_new(units, currency, scale);
}

Datum
currency_amount_from_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY_AMOUNT_P(from_numeric(PG_GETARG_NUMERIC(0), PG_GETARG_CURRENCY(1),
											 true, CA_ROUND_HALF_EVEN));
}

Datum
currency_amount_from_numeric_mode(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY_AMOUNT_P(from_numeric(PG_GETARG_NUMERIC(0), PG_GETARG_CURRENCY(1),
											 false, currency_rounding_mode(PG_GETARG_TEXT_PP(2))));
}

Datum
currency_amount_from_minor_units(PG_FUNCTION_ARGS)
{
	int64		units = PG_GETARG_INT64(0);
	Currency	currency = PG_GETARG_CURRENCY(1);
	int			scale = currency_amount_scale_of(currency);

	if (units == PG_INT64_MIN)
		currency_amount_error_range(currency);
	PG_RETURN_CURRENCY_AMOUNT_P(currency_amount_new(units, currency, scale));
}

Datum
currency_amount_amount(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(currency_amount_numeric(PG_GETARG_CURRENCY_AMOUNT_P(0)));
}

Datum
currency_amount_minor_units(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_CURRENCY_AMOUNT_P(0)->units);
}

Datum
currency_amount_currency(PG_FUNCTION_ARGS)
{
	PG_RETURN_CURRENCY(PG_GETARG_CURRENCY_AMOUNT_P(0)->currency);
}

/*
 * The OID of the currency_amount type, for building arrays of it: found in
 * the schema of the calling function (the extension's), so that it does not
 * depend on how the function was called.
 */
Oid
currency_amount_type_oid(FunctionCallInfo fcinfo)
{
	Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	Oid			typoid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
										 CStringGetDatum("currency_amount"),
										 ObjectIdGetDatum(nsp));

	if (!OidIsValid(typoid))
		elog(ERROR, "type currency_amount not found beside function %u", fcinfo->flinfo->fn_oid);
	return typoid;
}
