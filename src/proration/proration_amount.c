/*
 * proration_amount.c
 *		allocate(currency_amount, agreement_period, fiscal_calendar, method).
 *
 * The amount's minor units go through the same prorate() as
 * allocate_minor_units; each share keeps the amount's currency and scale,
 * so the shares add back to the amount exactly.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "funcapi.h"

#include "../currency_amount/currency_amount.h"
#include "proration.h"

PG_FUNCTION_INFO_V1(allocate_currency_amount);

Datum
allocate_currency_amount(PG_FUNCTION_ARGS)
{
	CurrencyAmount *total = PG_GETARG_CURRENCY_AMOUNT_P(0);
	ProrationPiece *piece;
	Datum		values[3];
	CurrencyAmount share;

	piece = proration_srf_next(fcinfo, total->units, PG_GETARG_AGREEMENT_PERIOD(1),
							   PG_GETARG_FISCAL_CALENDAR(2),
							   proration_method_from_text(PG_GETARG_TEXT_PP(3)));
	if (piece == NULL)
		PG_RETURN_NULL();
	/* |share| <= |total|, so the share is always a valid amount */
	currency_amount_make(&share, piece->share, total->currency, total->scale);
	values[0] = Int32GetDatum(piece->fiscal_year);
	values[1] = AgreementPeriodGetDatum(piece->part);
	values[2] = CurrencyAmountPGetDatum(&share);
	PG_RETURN_DATUM(proration_srf_tuple(fcinfo, values));
}

/*
 * allocate() in three parts, which the inlined SQL function puts together:
 * allocate_fiscal_years gives the fiscal years one per call (an int, no
 * record to build), allocate_share the share of one year.  The share
 * function keeps the split of the last amount it saw, so the split is made
 * once per amount however many years it has; a query that does not use
 * the shares does not split at all.
 */
typedef struct AllocateYearsState
{
	int			next;
	int			last;
	bool		active;			/* in the middle of an amount's years */
	bool		registered;		/* reset callback registered */
} AllocateYearsState;

static void
allocate_years_reset(Datum arg)
{
	AllocateYearsState *state = (AllocateYearsState *) DatumGetPointer(arg);

	state->active = false;
	state->registered = false;
}

PG_FUNCTION_INFO_V1(allocate_fiscal_years);

Datum
allocate_fiscal_years(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	AllocateYearsState *state = (AllocateYearsState *) fcinfo->flinfo->fn_extra;
	int			fy;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_ValuePerCall) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (state == NULL)
	{
		state = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(AllocateYearsState));
		fcinfo->flinfo->fn_extra = state;
	}
	rsinfo->returnMode = SFRM_ValuePerCall;

	if (!state->active)
	{
		AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(1);
		FiscalCalendar c = PG_GETARG_FISCAL_CALENDAR(2);
		int			n;
		int			first;

		/* the same checks, in the same order, as the split itself */
		(void) proration_method_from_text(PG_GETARG_TEXT_PP(3));
		n = prorate_count(p, c, &first);
		if (n <= 0)
		{
			rsinfo->isDone = ExprEndResult;
			PG_RETURN_NULL();
		}
		/* one year: the only one, and no state kept across calls */
		if (n == 1)
		{
			rsinfo->isDone = ExprSingleResult;
			PG_RETURN_INT32(first);
		}
		state->next = first;
		state->last = state->next + n - 1;
		state->active = true;
		if (!state->registered)
		{
			RegisterExprContextCallback(rsinfo->econtext, allocate_years_reset,
										PointerGetDatum(state));
			state->registered = true;
		}
	}

	fy = state->next++;
	if (fy == state->last)
	{
		/* the last year ends the set: no extra call per amount */
		state->active = false;
		rsinfo->isDone = ExprSingleResult;
	}
	else
		rsinfo->isDone = ExprMultipleResult;
	PG_RETURN_INT32(fy);
}

typedef struct AllocateShareCache
{
	bool		valid;
	int64		units;
	Currency	currency;
	int			scale;
	AgreementPeriod period;
	FiscalCalendar calendar;
	ProrationMethod method;
	int			n;
	int			capacity;
	ProrationPiece *pieces;
	int64	   *scratch;
} AllocateShareCache;

PG_FUNCTION_INFO_V1(allocate_share);

Datum
allocate_share(PG_FUNCTION_ARGS)
{
	CurrencyAmount *total = PG_GETARG_CURRENCY_AMOUNT_P(0);
	AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(1);
	FiscalCalendar c = PG_GETARG_FISCAL_CALENDAR(2);
	ProrationMethod method = proration_method_from_text(PG_GETARG_TEXT_PP(3));
	int			fy = PG_GETARG_INT32(4);
	AllocateShareCache *cache = (AllocateShareCache *) fcinfo->flinfo->fn_extra;
	CurrencyAmount *result;
	int64		k;

	if (cache == NULL)
	{
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(AllocateShareCache));
		fcinfo->flinfo->fn_extra = cache;
	}
	if (!cache->valid || cache->units != total->units ||
		cache->currency != total->currency || cache->scale != total->scale ||
		cache->period.lower != p.lower || cache->period.upper != p.upper ||
		cache->calendar != c || cache->method != method)
	{
		int			first;
		int			n = prorate_count(p, c, &first);

		cache->valid = false;
		if (n > cache->capacity)
		{
			MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

			if (cache->pieces)
			{
				pfree(cache->pieces);
				pfree(cache->scratch);
			}
			cache->pieces = palloc(sizeof(ProrationPiece) * Max(n, 8));
			cache->scratch = palloc(sizeof(int64) * 2 * Max(n, 8));
			cache->capacity = Max(n, 8);
			MemoryContextSwitchTo(old);
		}
		if (n > 0)
			prorate_fill(total->units, p, c, method, first, cache->pieces, n, cache->scratch);
		cache->units = total->units;
		cache->currency = total->currency;
		cache->scale = total->scale;
		cache->period = p;
		cache->calendar = c;
		cache->method = method;
		cache->n = n;
		cache->valid = true;
	}

	k = (cache->n > 0) ? (int64) fy - cache->pieces[0].fiscal_year : -1;
	if (k < 0 || k >= cache->n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("fiscal year %d is not one of the fiscal years of the period", fy)));
	result = palloc(sizeof(CurrencyAmount));
	/* |share| <= |total|, so the share is always a valid amount */
	currency_amount_make(result, cache->pieces[k].share, total->currency, total->scale);
	PG_RETURN_CURRENCY_AMOUNT_P(result);
}
