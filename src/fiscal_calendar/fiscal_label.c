/*
 * fiscal_label.c
 *		Fiscal labels written (fiscal_year_label, fiscal_label) and read (the
 *		label forms of agreement_period input: JFY2016..JFY2020,
 *		FY2021@us_federal, 2021-22@uk, ...).
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

#include "../common/ascii.h"
#include "../common/compat.h"
#include "../agreement_period/agreement_period.h"
#include "fiscal_calendar.h"

PG_FUNCTION_INFO_V1(fiscal_year_label);
PG_FUNCTION_INFO_V1(fiscal_label);

/*
 * A year in a label has at least four digits, as label input requires, so
 * that the labels of years 1 to 999 read back.
 */
static void
append_label_year(StringInfo buf, int64 y)
{
	if (y >= 0)
		appendStringInfo(buf, "%04lld", (long long) y);
	else
		appendStringInfo(buf, "%lld", (long long) y);
}

void
fiscal_year_label_append(StringInfo buf, FiscalCalendar c, int fy)
{
	FiscalCalendarFields f;
	int64		start_year;		/* fy - 1 of INT32_MIN is below int32 */

	fiscal_calendar_unpack(c, &f);
	switch (f.style)
	{
		case FISCAL_LABEL_PLAIN:
			append_label_year(buf, fy);
			break;
		case FISCAL_LABEL_FY:
			appendStringInfoString(buf, "FY");
			append_label_year(buf, fy);
			break;
		case FISCAL_LABEL_JFY:
			appendStringInfoString(buf, "JFY");
			append_label_year(buf, fy);
			break;
		case FISCAL_LABEL_SPLIT:
			start_year = (int64) fy - (f.end_naming ? 1 : 0);
			append_label_year(buf, start_year);
			if (!(f.month == 1 && f.day == 1))
				appendStringInfo(buf, "-%02d", (int) ((start_year + 1) % 100 + 100) % 100);
			break;
	}
}

Datum
fiscal_year_label(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	initStringInfo(&buf);
	fiscal_year_label_append(&buf, PG_GETARG_FISCAL_CALENDAR(1), PG_GETARG_INT32(0));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf.data, buf.len));
}

/* Is d the first day of a fiscal year? */
static bool
is_year_start(FiscalCalendar c, DateADT d)
{
	DateADT		start;

	if (DATE_NOT_FINITE(d))
		return false;
	return fiscal_calendar_year_start(c, fiscal_calendar_year_of(c, d), &start, NULL) &&
		start == d;
}

/*
 * FY labels when the period is whole fiscal years (JFY2016–JFY2020, with an
 * en dash, or ".." where the database encoding has no en dash), else the
 * inclusive dates first..last; both forms read back as agreement_period
 * input (a non-JFY label needs its @calendar appended).
 */
static char *
period_label(AgreementPeriod p, FiscalCalendar c)
{
	StringInfoData buf;

	initStringInfo(&buf);
	if (is_year_start(c, p.lower) && is_year_start(c, p.upper))
	{
		int			first = fiscal_calendar_year_of(c, p.lower);
		int			last = fiscal_calendar_year_of(c, p.upper - 1);

		fiscal_year_label_append(&buf, c, first);
		if (last != first)
		{
			appendStringInfoString(&buf, GetDatabaseEncoding() == PG_UTF8 ? "\xe2\x80\x93" : "..");
			fiscal_year_label_append(&buf, c, last);
		}
	}
	else
	{
		char		d[16];

		agreement_period_date_out(p.lower, d);
		appendStringInfoString(&buf, d);
		appendStringInfoString(&buf, "..");
		agreement_period_date_out(DATE_IS_NOEND(p.upper) ? p.upper : p.upper - 1, d);
		appendStringInfoString(&buf, d);
	}
	return buf.data;
}

Datum
fiscal_label(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(period_label(PG_GETARG_AGREEMENT_PERIOD(0),
												  PG_GETARG_FISCAL_CALENDAR(1))));
}

/*
 * One fiscal label: an optional JFY, FY or CY prefix, a year, and for the
 * split style the last two digits of the next year (2021-22).
 */
typedef struct LabelToken
{
	bool		jfy;			/* written with the JFY prefix */
	bool		cy;				/* written with the CY prefix */
	bool		prefixed;		/* written with any prefix */
	bool		split;			/* written as 2021-22 */
	int			year;			/* the number written */
	int			next2;			/* the two digits after the dash */
} LabelToken;

static bool
label_token_parse(const char *s, int len, LabelToken *t)
{
	int			n = 0;
	int64		year = 0;

	while (len > 0 && is_ascii_space(*s))
	{
		s++;
		len--;
	}
	while (len > 0 && is_ascii_space(s[len - 1]))
		len--;
	t->jfy = false;
	t->cy = false;
	t->prefixed = true;
	t->split = false;
	if (len >= 3 && pg_strncasecmp(s, "JFY", 3) == 0)
	{
		t->jfy = true;
		s += 3;
		len -= 3;
	}
	else if (len >= 2 && pg_strncasecmp(s, "FY", 2) == 0)
	{
		s += 2;
		len -= 2;
	}
	else if (len >= 2 && pg_strncasecmp(s, "CY", 2) == 0)
	{
		t->cy = true;
		s += 2;
		len -= 2;
	}
	else
		t->prefixed = false;
	while (n < len && n < 7 && is_ascii_digit(s[n]))
		year = year * 10 + (s[n++] - '0');
	if (n < 4)
		return false;
	t->year = (int) year;
	if (n == len)
		return true;
	/* 2021-22, 2021/22 (as HMRC writes it), 2020–21 (as Australia's budget) */
	if (len - n == 3 && (s[n] == '-' || s[n] == '/'))
		n += 1;
	else if (len - n == 5 && memcmp(s + n, "\xe2\x80\x93", 3) == 0)
		n += 3;
	else
		return false;
	if (is_ascii_digit(s[n]) && is_ascii_digit(s[n + 1]))
	{
		t->split = true;
		t->next2 = (s[n] - '0') * 10 + (s[n + 1] - '0');
		return true;
	}
	return false;
}

/* The fiscal year a token names in calendar c. */
static bool
label_token_year(const LabelToken *t, FiscalCalendar c, const char *whole,
				 int *fy, struct Node *escontext)
{
	FiscalCalendarFields f;

	fiscal_calendar_unpack(c, &f);
	if (!t->split)
	{
		*fy = t->year;
		return true;
	}
	if (f.month == 1 && f.day == 1)
		ereturn(escontext, false,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("fiscal label in \"%s\" spans two years but the calendar's years start on January 1", whole)));
	if (t->next2 != (t->year + 1) % 100)
		ereturn(escontext, false,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("fiscal label %d-%02d in \"%s\" does not name consecutive years",
						t->year, t->next2, whole),
				 errhint("Write the first calendar year and the last two digits of the next, as in 2021-22.")));
	*fy = t->year + (f.end_naming ? 1 : 0);
	return true;
}

/* Are c's fiscal years calendar years (so CY2021 is its year 2021)? */
static bool
starts_january_1(FiscalCalendar c)
{
	FiscalCalendarFields f;

	fiscal_calendar_unpack(c, &f);
	return f.month == 1 && f.day == 1;
}

bool
fiscal_label_period_parse(const char *str, AgreementPeriod *result,
						  struct Node *escontext)
{
	int			len = strlen(str);
	const char *at = strrchr(str, '@');
	const char *body_end = at ? at : str + len;
	const char *sep;
	int			sep_len = 2;
	LabelToken	first,
				last;
	bool		have_calendar = false;
	FiscalCalendar c = 0;
	FiscalCalendar calendar = fiscal_calendar_gregorian();
	FiscalCalendar jp = fiscal_calendar_jp();
	int			fy_first,
				fy_last;
	DateADT		lower,
				upper;

	if (at != NULL)
	{
		if (!fiscal_calendar_parse(at + 1, str + len - at - 1, &c, escontext))
			return false;
		have_calendar = true;
	}

	sep = strstr(str, "..");
	if (sep == NULL || sep >= body_end)
	{
		/* an en dash before two digits that end a label is 2020–21 */
		sep = strstr(str, "\xe2\x80\x93");
		while (sep != NULL && sep + 5 <= body_end &&
			   is_ascii_digit(sep[3]) && is_ascii_digit(sep[4]) &&
			   (sep + 5 == body_end || !is_ascii_digit(sep[5])))
			sep = strstr(sep + 3, "\xe2\x80\x93");
		sep_len = 3;
	}
	if (sep != NULL && sep >= body_end)
		sep = NULL;

	if (sep == NULL)
	{
		if (!label_token_parse(str, body_end - str, &first))
			goto syntax;
		last = first;
	}
	else if (!label_token_parse(str, sep - str, &first) ||
			 !label_token_parse(sep + sep_len, body_end - sep - sep_len, &last))
		goto syntax;

	/* CY names calendar years: one year each, and no other calendar */
	if (first.cy || last.cy)
	{
		if ((first.cy && first.split) || (last.cy && last.split))
			ereturn(escontext, false,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type agreement_period: \"%s\"", str),
					 errdetail("A calendar year label (CY) names one calendar year, not two."),
					 errhint("Write CY2021, or CY2021..CY2022 for two years.")));
		if (first.jfy || last.jfy)
			ereturn(escontext, false,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("\"%s\" mixes calendar years (CY) and Japanese fiscal years (JFY)", str),
					 errhint("Write both ends in one calendar, as in CY2019..CY2025 or JFY2019..JFY2025.")));
		if (have_calendar && !starts_january_1(c))
			ereturn(escontext, false,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("CY labels in \"%s\" name calendar years but the calendar given is another", str),
					 errhint("Write FY with the calendar, as in FY2021@us_federal, or CY alone, as in CY2021.")));
		if (!have_calendar)
			c = calendar;
		have_calendar = true;
	}
	/* 2021 and 2019..2025 alone are calendar years */
	if (!have_calendar && !first.prefixed && !last.prefixed &&
		!first.split && !last.split)
	{
		c = calendar;
		have_calendar = true;
	}

	if (first.jfy || last.jfy)
	{
		if (have_calendar && c != jp)
			ereturn(escontext, false,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("JFY labels in \"%s\" name Japanese fiscal years but the calendar given is another", str),
					 errhint("Write FY with the calendar, as in FY2021@us_federal, or JFY alone.")));
		c = jp;
		have_calendar = true;
	}
	if (!have_calendar)
		ereturn(escontext, false,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type agreement_period: \"%s\"", str),
				 errdetail("A fiscal label other than JFY, CY or a bare year needs its calendar."),
				 errhint("Append the calendar, as in FY2021@us_federal, 2021-22@uk or 2020-21@au.")));

	if (!label_token_year(&first, c, str, &fy_first, escontext) ||
		!label_token_year(&last, c, str, &fy_last, escontext))
		return false;
	if (fy_last < fy_first)
		ereturn(escontext, false,
				(errcode(ERRCODE_DATA_EXCEPTION),
				 errmsg("fiscal years in \"%s\" are in reverse order", str),
				 errdetail("The first fiscal year must not come after the last.")));
	if (!fiscal_calendar_year_start_in_range(c, fy_first, &lower) ||
		!fiscal_calendar_year_start_in_range(c, (int64) fy_last + 1, &upper) ||
		lower < AGREEMENT_PERIOD_MIN_DATE)
		ereturn(escontext, false,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("fiscal years in \"%s\" are out of the range of dates", str),
				 errdetail("An agreement period lies between 0001-01-01 and 5874897-12-31."),
				 errhint("Write years from 0001 to 5874896 (0002 to 5874897 where the calendar names a year by the year it ends in).")));
	return agreement_period_make(lower, upper, result, escontext);

syntax:
	ereturn(escontext, false,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type agreement_period: \"%s\"", str),
			 errdetail("A year is written with 4 to 7 digits, a date as YYYY-MM-DD."),
			 errhint("Write [start,end), first..last, calendar years such as 2021 or CY2019..CY2025, or fiscal years such as JFY2016..JFY2020 or FY2021@us_federal.")));
}

