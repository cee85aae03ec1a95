/*
 * proration_amount.c
 *		allocate(currency_amount, agreement_period, fiscal_calendar, method).
 *
 * The amount's minor units go through the same prorate() as
 * allocate_minor_units; each share keeps the amount's currency and scale,
 * so the shares add back to the amount exactly.
 */
#include "postgres.h"

#include "funcapi.h"

#include "currency_amount/currency_amount.h"
#include "currency_amount/currency_amount_funcs.h"
#include "fiscal_calendar/proration.h"

PG_FUNCTION_INFO_V1(allocate_currency_amount);

Datum
allocate_currency_amount(PG_FUNCTION_ARGS)
{
	CurrencyAmount *total = PG_GETARG_CURRENCY_AMOUNT_P(0);
	AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(1);
	FiscalCalendar c = PG_GETARG_FISCAL_CALENDAR(2);
	ProrationMethod method = proration_method_from_text(PG_GETARG_TEXT_PP(3));
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ProrationPiece *pieces;
	int			n,
				i;

	n = prorate(total->units, p, c, method, &pieces);
	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < n; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};
		CurrencyAmount share;

		/* |share| <= |total|, so the share is always a valid amount */
		currency_amount_make(&share, pieces[i].share, total->currency, total->scale);
		values[0] = Int32GetDatum(pieces[i].fiscal_year);
		values[1] = AgreementPeriodGetDatum(pieces[i].part);
		values[2] = CurrencyAmountPGetDatum(&share);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	pfree(pieces);
	return (Datum) 0;
}
