/*
 * fiscal_year.c
 *		Fiscal year arithmetic: the year a date falls in, and the bounds of a
 *		year, in a given calendar.
 */
#include "postgres.h"


#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "common/int.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"

#include "../common/compat.h"
#include "../agreement_period/agreement_period.h"
#include "fiscal_calendar.h"

PG_FUNCTION_INFO_V1(fiscal_year_of_date);
PG_FUNCTION_INFO_V1(fiscal_year_period);

/* the proleptic range PostgreSQL dates cover, with a year to spare */
#define FISCAL_YEAR_MIN		(-4712)
#define FISCAL_YEAR_MAX		5874897

int
fiscal_calendar_year_of(FiscalCalendar c, DateADT d)
{
	FiscalCalendarFields f;
	int			y,
				m,
				dd;
	int			start_year;

	Assert(!DATE_NOT_FINITE(d));
	fiscal_calendar_unpack(c, &f);
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	start_year = (m > f.month || (m == f.month && dd >= f.day)) ? y : y - 1;
	return start_year + (f.end_naming ? 1 : 0);
}

/* Does fiscal year fy start on a date PostgreSQL can hold? */
bool
fiscal_calendar_year_start_in_range(FiscalCalendar c, int64 fy, DateADT *start)
{
	FiscalCalendarFields f;
	int64		start_year;
	int			jd;

	fiscal_calendar_unpack(c, &f);
	start_year = fy - (f.end_naming ? 1 : 0);
	if (start_year < FISCAL_YEAR_MIN || start_year > FISCAL_YEAR_MAX ||
		!IS_VALID_JULIAN((int) start_year, f.month, f.day))
		return false;
	/* one date2j: this runs for every fiscal year an amount is split over */
	jd = date2j((int) start_year, f.month, f.day) - POSTGRES_EPOCH_JDATE;
	if (!IS_VALID_DATE(jd))
		return false;
	*start = jd;
	return true;
}

bool
fiscal_calendar_year_start(FiscalCalendar c, int fy, DateADT *start,
						   struct Node *escontext)
{
	if (!fiscal_calendar_year_start_in_range(c, fy, start))
		ereturn(escontext, false,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("fiscal year %d is out of the range of dates", fy)));
	return true;
}

/* A year whose end (the next year's start) is out of range is refused too. */
bool
fiscal_calendar_year_period(FiscalCalendar c, int fy, AgreementPeriod *result,
							struct Node *escontext)
{
	DateADT		lower,
				upper;

	if (!fiscal_calendar_year_start_in_range(c, fy, &lower) ||
		!fiscal_calendar_year_start_in_range(c, (int64) fy + 1, &upper))
		ereturn(escontext, false,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("fiscal year %d is out of the range of dates", fy)));
	result->lower = lower;
	result->upper = upper;
	return true;
}

static void
require_finite_date(DateADT d)
{
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("an infinite date has no fiscal year")));
}

Datum
fiscal_year_of_date(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);

	require_finite_date(d);
	PG_RETURN_INT32(fiscal_calendar_year_of(PG_GETARG_FISCAL_CALENDAR(1), d));
}

Datum
fiscal_year_period(PG_FUNCTION_ARGS)
{
	AgreementPeriod bounds;
	AgreementPeriod p;

	fiscal_calendar_year_period(PG_GETARG_FISCAL_CALENDAR(1), PG_GETARG_INT32(0), &bounds, NULL);
	agreement_period_make(bounds.lower, bounds.upper, &p, NULL);
	PG_RETURN_AGREEMENT_PERIOD(p);
}

