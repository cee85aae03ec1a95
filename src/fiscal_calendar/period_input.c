/*
 * period_input.c
 *		agreement_period_in: the text input of the agreement_period type.
 *
 * The type is declared with the dates (agreement_period/), but its text
 * input also reads fiscal labels (JFY2016..JFY2020, FY2021@us_federal),
 * which need calendars, a room above.  So the C behind agreement_period_in
 * lives here: it tries the date forms through the parser the period's room
 * exports, then the label forms.  The SQL declaration names the symbol only,
 * and stays with the type.
 */
#include "postgres.h"

#include "fmgr.h"

#include "../common/compat.h"
#include "../agreement_period/agreement_period.h"
#include "fiscal_calendar.h"

PG_FUNCTION_INFO_V1(agreement_period_in);

/*
 * first..last@calendar: the calendar is checked and otherwise ignored, so
 * that fiscal_label(p, c) || '@' || c reads back as p whether fiscal_label
 * wrote years or dates.
 */
static bool
check_calendar_suffix(const char *s, int len, struct Node *escontext)
{
	FiscalCalendar c;

	return fiscal_calendar_parse(s, len, &c, escontext);
}

Datum
agreement_period_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	struct Node *escontext = COSTSHARE_ESCONTEXT(fcinfo);
	AgreementPeriod p;

	switch (agreement_period_parse_dates(str, &p, check_calendar_suffix, escontext))
	{
		case PERIOD_PARSE_DATES:
			PG_RETURN_AGREEMENT_PERIOD(p);
		case PERIOD_PARSE_ERROR:
			PG_RETURN_NULL();
		case PERIOD_PARSE_NOT_DATES:
			break;
	}
	if (!fiscal_label_period_parse(str, &p, escontext))
		PG_RETURN_NULL();
	PG_RETURN_AGREEMENT_PERIOD(p);
}
