/*
 * currency_amount_alloc.c
 *		allocate(amount, weights): an exact split proportional to weights.
 *
 * The weights are numeric so that users can pass shares such as 0.25 or
 * 1/3 rounded to many places; they are scaled by one common power of ten to
 * integers exactly (never rounded), and the split itself is
 * largest_remainder_split, the one allocation rule of the extension.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/memutils.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"

#include "../common/largest_remainder.h"
#include "currency_amount_funcs.h"

PG_FUNCTION_INFO_V1(currency_amount_allocate);

static void
weights_error(const char *msg, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s", msg),
			 errdetail("%s", detail),
			 errhint("Weights are non-negative numbers, at least one of them positive.")));
}

Datum
currency_amount_allocate(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	ArrayType  *warr = PG_GETARG_ARRAYTYPE_P(1);
	Datum	   *wdatums;
	bool	   *wnulls;
	int			n;
	int			i;
	int			maxscale = 0;
	Numeric		zero = int64_to_numeric(0);
	Numeric		factor;
	int64	   *weights;
	int64	   *parts;
	bool		any_positive = false;
	Datum	   *result;
	Oid			elemtype;

	if (ARR_NDIM(warr) > 1)
		weights_error("weights must be a one-dimensional array",
					  "The array has more than one dimension.");
	deconstruct_array(warr, NUMERICOID, -1, false, TYPALIGN_INT, &wdatums, &wnulls, &n);
	if (n == 0)
		weights_error("weights must not be empty", "There is nothing to allocate to.");
	/* the result holds one amount per weight: refuse what cannot be allocated */
	if ((int64) n * sizeof(CurrencyAmount) > (int64) (MaxAllocSize - ARR_OVERHEAD_NONULLS(1)))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many weights to allocate over: %d", n),
				 errdetail("An array of %d amounts would exceed %zu bytes.", n, (size_t) MaxAllocSize),
				 errhint("Allocate over fewer weights, or in several calls.")));

	for (i = 0; i < n; i++)
	{
		Numeric		w;
		int			s;

		if (wnulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("weight %d is NULL", i + 1),
					 errhint("Weights are non-negative numbers, at least one of them positive.")));
		w = DatumGetNumeric(wdatums[i]);
		if (numeric_is_nan(w) || numeric_is_inf(w))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("weight %d is %s", i + 1,
							DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(w)))),
					 errhint("Weights are non-negative numbers, at least one of them positive.")));
		if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(w), NumericGetDatum(zero))) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("weight %d is negative: %s", i + 1,
							DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(w)))),
					 errhint("Weights are non-negative numbers, at least one of them positive.")));
		s = DatumGetInt32(DirectFunctionCall1(numeric_min_scale, NumericGetDatum(w)));
		if (s > maxscale)
			maxscale = s;
	}

	/* one common power of ten makes every weight an integer, exactly */
	factor = DatumGetNumeric(DirectFunctionCall3(numeric_in,
												 CStringGetDatum(psprintf("1e%d", maxscale)),
												 ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
	weights = palloc(sizeof(int64) * n);
	for (i = 0; i < n; i++)
	{
		Numeric		scaled = DatumGetNumeric(DirectFunctionCall2(numeric_mul, wdatums[i],
																 NumericGetDatum(factor)));

		if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(scaled),
											  NumericGetDatum(int64_to_numeric(PG_INT64_MAX)))) > 0)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("weights too large or too finely divided to split exactly"),
					 errdetail("Scaled by 10^%d to whole numbers, weight %d exceeds 9223372036854775807.",
							   maxscale, i + 1),
					 errhint("Use fewer decimal places or smaller weights.")));
		weights[i] = DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(scaled)));
		if (weights[i] > 0)
			any_positive = true;
	}
	if (!any_positive)
		weights_error("weights are all zero", "At least one weight must be positive.");

	parts = palloc(sizeof(int64) * n);
	largest_remainder_split(a->units, weights, n, parts);

	elemtype = currency_amount_type_oid(fcinfo);
	result = palloc(sizeof(Datum) * n);
	for (i = 0; i < n; i++)
		result[i] = CurrencyAmountPGetDatum(currency_amount_new(parts[i], a->currency, a->scale));
	PG_RETURN_ARRAYTYPE_P(construct_array(result, n, elemtype, sizeof(CurrencyAmount),
										  false, TYPALIGN_DOUBLE));
}
