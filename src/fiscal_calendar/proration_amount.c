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

#include "currency_amount/currency_amount.h"
#include "currency_amount/currency_amount_funcs.h"
#include "fiscal_calendar/proration.h"

PG_FUNCTION_INFO_V1(allocate_currency_amount);

Datum
allocate_currency_amount(PG_FUNCTION_ARGS)
{
	CurrencyAmount *total = PG_GETARG_CURRENCY_AMOUNT_P(0);
	TupleDesc	tupdesc;
	ProrationPiece *piece;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};
	CurrencyAmount share;

	piece = proration_srf_next(fcinfo, total->units, PG_GETARG_AGREEMENT_PERIOD(1),
							   PG_GETARG_FISCAL_CALENDAR(2),
							   proration_method_from_text(PG_GETARG_TEXT_PP(3)), &tupdesc);
	if (piece == NULL)
		PG_RETURN_NULL();
	/* |share| <= |total|, so the share is always a valid amount */
	currency_amount_make(&share, piece->share, total->currency, total->scale);
	values[0] = Int32GetDatum(piece->fiscal_year);
	values[1] = AgreementPeriodGetDatum(piece->part);
	values[2] = CurrencyAmountPGetDatum(&share);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
