/*
 * fiscal_calendar.c
 *		The fiscal_calendar type and the fiscal functions built on it.
 *
 * Every function takes its calendar as an argument and nothing else
 * (no settings, no catalog), so all of them are immutable.
 */
#include "postgres.h"

#include <ctype.h>

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

#include "common/compat.h"
#include "agreement_period/agreement_period.h"
#include "fiscal_calendar/fiscal_calendar.h"

PG_FUNCTION_INFO_V1(fiscal_calendar_in);
PG_FUNCTION_INFO_V1(fiscal_calendar_out);
PG_FUNCTION_INFO_V1(fiscal_calendar_recv);
PG_FUNCTION_INFO_V1(fiscal_calendar_send);
PG_FUNCTION_INFO_V1(fiscal_calendar_new);
PG_FUNCTION_INFO_V1(fiscal_calendar_eq);
PG_FUNCTION_INFO_V1(fiscal_calendar_ne);
PG_FUNCTION_INFO_V1(fiscal_calendar_cmp);
PG_FUNCTION_INFO_V1(fiscal_calendar_lt);
PG_FUNCTION_INFO_V1(fiscal_calendar_le);
PG_FUNCTION_INFO_V1(fiscal_calendar_gt);
PG_FUNCTION_INFO_V1(fiscal_calendar_ge);
PG_FUNCTION_INFO_V1(fiscal_calendar_hash);
PG_FUNCTION_INFO_V1(fiscal_calendar_hash_extended);
PG_FUNCTION_INFO_V1(fiscal_calendar_start_month);
PG_FUNCTION_INFO_V1(fiscal_calendar_start_day);
PG_FUNCTION_INFO_V1(fiscal_calendar_naming);
PG_FUNCTION_INFO_V1(fiscal_calendar_label_style);
PG_FUNCTION_INFO_V1(fiscal_year_of_date);
PG_FUNCTION_INFO_V1(fiscal_year_period);
PG_FUNCTION_INFO_V1(fiscal_year_label);
PG_FUNCTION_INFO_V1(fiscal_label);
PG_FUNCTION_INFO_V1(fiscal_years);
PG_FUNCTION_INFO_V1(fiscal_pieces);

typedef struct BuiltinCalendar
{
	const char *name;
	FiscalCalendarFields fields;
} BuiltinCalendar;

static const BuiltinCalendar builtin_calendars[] = {
	{"calendar", {1, 1, false, FISCAL_LABEL_PLAIN}},
	{"jp", {4, 1, false, FISCAL_LABEL_JFY}},
	{"us_federal", {10, 1, true, FISCAL_LABEL_FY}},
	{"uk", {4, 1, false, FISCAL_LABEL_SPLIT}},
	{"uk_tax", {4, 6, false, FISCAL_LABEL_SPLIT}},
	{"au", {7, 1, true, FISCAL_LABEL_SPLIT}},
};

static const char *const label_style_names[] = {"plain", "fy", "jfy", "split"};

/* the proleptic range PostgreSQL dates cover, with a year to spare */
#define FISCAL_YEAR_MIN		(-4712)
#define FISCAL_YEAR_MAX		5874897

/* ---------------------------------------------------------------- the type */

static bool
fields_valid(const FiscalCalendarFields *f)
{
	/* February 29 is refused: a year must start on a day every year has */
	return f->month >= 1 && f->month <= 12 && f->day >= 1 &&
		f->day <= day_tab[0][f->month - 1] &&
		(int) f->style >= 0 && f->style <= FISCAL_LABEL_STYLE_MAX;
}

/*
 * JFY names Japan's fiscal year, and label input reads any JFY label as one:
 * a calendar with another start that wrote JFY labels would write labels
 * that read back as different years.
 */
#define JFY_STYLE_MISFIT_ERROR(f) \
	(errcode(ERRCODE_INVALID_PARAMETER_VALUE), \
	 errmsg("the jfy label style does not fit fiscal years starting on %02d-%02d and named by the year they %s in", \
			(f)->month, (f)->day, (f)->end_naming ? "end" : "start"), \
	 errdetail("JFY labels name Japan's fiscal years, which start on April 1 and are named by the year they start in."), \
	 errhint("Use the fy, plain or split label style, or the built-in jp calendar."))

static bool
jfy_style_fits(const FiscalCalendarFields *f)
{
	return f->style != FISCAL_LABEL_JFY ||
		(f->month == 4 && f->day == 1 && !f->end_naming);
}

bool
fiscal_calendar_valid(FiscalCalendar c)
{
	FiscalCalendarFields f;

	if ((c & ~0xFFF) != 0)
		return false;
	fiscal_calendar_unpack(c, &f);
	return fields_valid(&f) && jfy_style_fits(&f) && fiscal_calendar_pack(&f) == c;
}

static bool
naming_parse(const char *s, int len, bool *end_naming)
{
	if (len == 5 && pg_strncasecmp(s, "start", 5) == 0)
		*end_naming = false;
	else if (len == 3 && pg_strncasecmp(s, "end", 3) == 0)
		*end_naming = true;
	else
		return false;
	return true;
}

static bool
label_style_parse(const char *s, int len, FiscalLabelStyle *style)
{
	int			i;

	for (i = 0; i <= FISCAL_LABEL_STYLE_MAX; i++)
	{
		if ((int) strlen(label_style_names[i]) == len &&
			pg_strncasecmp(s, label_style_names[i], len) == 0)
		{
			*style = (FiscalLabelStyle) i;
			return true;
		}
	}
	return false;
}

/*
 * A built-in name (any case) or the canonical form MM-DD/naming/style that
 * fiscal_calendar_out writes for other calendars.
 */
bool
fiscal_calendar_parse(const char *str, int len, FiscalCalendar *result,
					  struct Node *escontext)
{
	const char *s = str;
	int			i;

	while (len > 0 && isspace((unsigned char) *s))
	{
		s++;
		len--;
	}
	while (len > 0 && isspace((unsigned char) s[len - 1]))
		len--;

	for (i = 0; i < lengthof(builtin_calendars); i++)
	{
		if ((int) strlen(builtin_calendars[i].name) == len &&
			pg_strncasecmp(s, builtin_calendars[i].name, len) == 0)
		{
			*result = fiscal_calendar_pack(&builtin_calendars[i].fields);
			return true;
		}
	}

	if (len >= 7 && isdigit((unsigned char) s[0]) && isdigit((unsigned char) s[1]) &&
		s[2] == '-' && isdigit((unsigned char) s[3]) && isdigit((unsigned char) s[4]) &&
		s[5] == '/')
	{
		FiscalCalendarFields f;
		const char *naming = s + 6;
		const char *slash = memchr(naming, '/', s + len - naming);

		f.month = (s[0] - '0') * 10 + (s[1] - '0');
		f.day = (s[3] - '0') * 10 + (s[4] - '0');
		f.style = FISCAL_LABEL_FY;
		if (slash != NULL &&
			naming_parse(naming, slash - naming, &f.end_naming) &&
			label_style_parse(slash + 1, s + len - slash - 1, &f.style))
		{
			if (!fields_valid(&f))
				ereturn(escontext, false,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("fiscal year cannot start on month %d day %d", f.month, f.day),
						 errdetail("A fiscal year starts on a day that every year has (February 29 is not one).")));
			if (!jfy_style_fits(&f))
				ereturn(escontext, false, JFY_STYLE_MISFIT_ERROR(&f));
			*result = fiscal_calendar_pack(&f);
			return true;
		}
	}

	ereturn(escontext, false,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown fiscal calendar: \"%.*s\"", len, s),
			 errhint("Use calendar, jp, us_federal, uk, uk_tax or au, a form such as 07-01/end/fy, or fiscal_calendar(month, day, naming).")));
}

Datum
fiscal_calendar_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	FiscalCalendar c;

	if (!fiscal_calendar_parse(str, strlen(str), &c, COSTSHARE_ESCONTEXT(fcinfo)))
		PG_RETURN_NULL();
	PG_RETURN_FISCAL_CALENDAR(c);
}

static const char *
builtin_name(FiscalCalendar c)
{
	int			i;

	for (i = 0; i < lengthof(builtin_calendars); i++)
		if (fiscal_calendar_pack(&builtin_calendars[i].fields) == c)
			return builtin_calendars[i].name;
	return NULL;
}

Datum
fiscal_calendar_out(PG_FUNCTION_ARGS)
{
	FiscalCalendar c = PG_GETARG_FISCAL_CALENDAR(0);
	const char *name = builtin_name(c);
	FiscalCalendarFields f;

	if (name != NULL)
		PG_RETURN_CSTRING(pstrdup(name));
	fiscal_calendar_unpack(c, &f);
	PG_RETURN_CSTRING(psprintf("%02d-%02d/%s/%s", f.month, f.day,
							   f.end_naming ? "end" : "start",
							   label_style_names[f.style]));
}

Datum
fiscal_calendar_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	FiscalCalendar c;

	/* a short field is bad data, not a broken protocol message (08P01) */
	if (buf->len - buf->cursor != 4)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary fiscal_calendar of %d bytes", buf->len - buf->cursor),
				 errdetail("A binary fiscal_calendar is one 4-byte integer.")));
	c = (FiscalCalendar) pq_getmsgint(buf, 4);
	if (!fiscal_calendar_valid(c))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid fiscal_calendar value in binary input: %d", c)));
	PG_RETURN_FISCAL_CALENDAR(c);
}

Datum
fiscal_calendar_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, (uint32) PG_GETARG_FISCAL_CALENDAR(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* fiscal_calendar(month, day, naming text, label_style text default 'fy') */
Datum
fiscal_calendar_new(PG_FUNCTION_ARGS)
{
	FiscalCalendarFields f;
	text	   *naming = PG_GETARG_TEXT_PP(2);
	text	   *style = PG_GETARG_TEXT_PP(3);

	f.month = PG_GETARG_INT32(0);
	f.day = PG_GETARG_INT32(1);
	f.style = FISCAL_LABEL_FY;
	f.end_naming = false;
	if (!naming_parse(VARDATA_ANY(naming), VARSIZE_ANY_EXHDR(naming), &f.end_naming))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown fiscal year naming: \"%s\"", text_to_cstring(naming)),
				 errhint("Use start (a year is named by the year it starts in) or end.")));
	if (!label_style_parse(VARDATA_ANY(style), VARSIZE_ANY_EXHDR(style), &f.style))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown fiscal label style: \"%s\"", text_to_cstring(style)),
				 errhint("Use plain (2021), fy (FY2021), jfy (JFY2021) or split (2021-22).")));
	if (!fields_valid(&f))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("fiscal year cannot start on month %d day %d", f.month, f.day),
				 errdetail("A fiscal year starts on a day that every year has (February 29 is not one).")));
	if (!jfy_style_fits(&f))
		ereport(ERROR, JFY_STYLE_MISFIT_ERROR(&f));
	PG_RETURN_FISCAL_CALENDAR(fiscal_calendar_pack(&f));
}

Datum
fiscal_calendar_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_FISCAL_CALENDAR(0) == PG_GETARG_FISCAL_CALENDAR(1));
}

Datum
fiscal_calendar_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_FISCAL_CALENDAR(0) != PG_GETARG_FISCAL_CALENDAR(1));
}

/*
 * The packed value orders calendars by start month, start day, naming and
 * label style, in that order: a meaningful order as well as a total one.
 */
Datum
fiscal_calendar_cmp(PG_FUNCTION_ARGS)
{
	FiscalCalendar a = PG_GETARG_FISCAL_CALENDAR(0);
	FiscalCalendar b = PG_GETARG_FISCAL_CALENDAR(1);

	PG_RETURN_INT32((a > b) - (a < b));
}

Datum
fiscal_calendar_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_FISCAL_CALENDAR(0) < PG_GETARG_FISCAL_CALENDAR(1));
}

Datum
fiscal_calendar_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_FISCAL_CALENDAR(0) <= PG_GETARG_FISCAL_CALENDAR(1));
}

Datum
fiscal_calendar_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_FISCAL_CALENDAR(0) > PG_GETARG_FISCAL_CALENDAR(1));
}

Datum
fiscal_calendar_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_FISCAL_CALENDAR(0) >= PG_GETARG_FISCAL_CALENDAR(1));
}

Datum
fiscal_calendar_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) PG_GETARG_FISCAL_CALENDAR(0));
}

Datum
fiscal_calendar_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) PG_GETARG_FISCAL_CALENDAR(0), PG_GETARG_INT64(1));
}

Datum
fiscal_calendar_start_month(PG_FUNCTION_ARGS)
{
	FiscalCalendarFields f;

	fiscal_calendar_unpack(PG_GETARG_FISCAL_CALENDAR(0), &f);
	PG_RETURN_INT32(f.month);
}

Datum
fiscal_calendar_start_day(PG_FUNCTION_ARGS)
{
	FiscalCalendarFields f;

	fiscal_calendar_unpack(PG_GETARG_FISCAL_CALENDAR(0), &f);
	PG_RETURN_INT32(f.day);
}

Datum
fiscal_calendar_naming(PG_FUNCTION_ARGS)
{
	FiscalCalendarFields f;

	fiscal_calendar_unpack(PG_GETARG_FISCAL_CALENDAR(0), &f);
	PG_RETURN_TEXT_P(cstring_to_text(f.end_naming ? "end" : "start"));
}

Datum
fiscal_calendar_label_style(PG_FUNCTION_ARGS)
{
	FiscalCalendarFields f;

	fiscal_calendar_unpack(PG_GETARG_FISCAL_CALENDAR(0), &f);
	PG_RETURN_TEXT_P(cstring_to_text(label_style_names[f.style]));
}

/* ---------------------------------------------------------------- year arithmetic */

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
static bool
year_start_in_range(FiscalCalendar c, int64 fy, DateADT *start)
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
	if (!year_start_in_range(c, fy, start))
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

	if (!year_start_in_range(c, fy, &lower) ||
		!year_start_in_range(c, (int64) fy + 1, &upper))
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

/* ---------------------------------------------------------------- labels */

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

static void
append_year_label(StringInfo buf, FiscalCalendar c, int fy)
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
	append_year_label(&buf, PG_GETARG_FISCAL_CALENDAR(1), PG_GETARG_INT32(0));
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

		append_year_label(&buf, c, first);
		if (last != first)
		{
			appendStringInfoString(&buf, GetDatabaseEncoding() == PG_UTF8 ? "\xe2\x80\x93" : "..");
			append_year_label(&buf, c, last);
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

	while (len > 0 && isspace((unsigned char) *s))
	{
		s++;
		len--;
	}
	while (len > 0 && isspace((unsigned char) s[len - 1]))
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
	while (n < len && n < 7 && isdigit((unsigned char) s[n]))
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
	if (isdigit((unsigned char) s[n]) && isdigit((unsigned char) s[n + 1]))
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
	FiscalCalendar calendar = fiscal_calendar_pack(&builtin_calendars[0].fields);
	FiscalCalendar jp = fiscal_calendar_pack(&builtin_calendars[1].fields);
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
			   isdigit((unsigned char) sep[3]) && isdigit((unsigned char) sep[4]) &&
			   (sep + 5 == body_end || !isdigit((unsigned char) sep[5])))
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
	if (!year_start_in_range(c, fy_first, &lower) ||
		!year_start_in_range(c, (int64) fy_last + 1, &upper) ||
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

/* ---------------------------------------------------------------- splitting */

/*
 * fiscal_years and fiscal_pieces return their rows one per call, each row
 * built in a memory context of its own that is reset before the next: a
 * period may span millions of fiscal years (5,879,611 from 4713 BC to the
 * last date PostgreSQL holds), so neither the rows nor the cuts between
 * them may be gathered first.  Memory stays that of one row, whatever the
 * length of the period, and a LIMIT stops the work early.
 */

/* The longest label append_year_label writes: "JFY-2147483648", say. */
#define FISCAL_LABEL_MAX_LEN	16

typedef struct FiscalYearsState
{
	FiscalCalendar cal;
	AgreementPeriod period;
	int			fy;				/* the next year to return */
	int			last;			/* the last year the period touches */
	MemoryContext rowcxt;		/* the current row; reset per call */
} FiscalYearsState;

/*
 * fiscal_years(period, calendar): one row per fiscal year the period
 * touches: (fiscal_year, label, part, days, whole).
 */
Datum
fiscal_years(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	FiscalYearsState *st;
	AgreementPeriod year;
	AgreementPeriod part;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};
	StringInfoData label;
	MemoryContext old;
	HeapTuple	tuple;

	if (SRF_IS_FIRSTCALL())
	{
		AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(0);
		TupleDesc	tupdesc;

		agreement_period_require_finite(p, "split into fiscal years");
		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		st = palloc(sizeof(FiscalYearsState));
		st->cal = PG_GETARG_FISCAL_CALENDAR(1);
		st->period = p;
		st->fy = fiscal_calendar_year_of(st->cal, p.lower);
		st->last = fiscal_calendar_year_of(st->cal, p.upper - 1);
		st->rowcxt = AllocSetContextCreate(funcctx->multi_call_memory_ctx,
										   "fiscal_years row",
										   ALLOCSET_SMALL_SIZES);
		funcctx->user_fctx = st;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	st = (FiscalYearsState *) funcctx->user_fctx;
	/* fy > last only after the last year has gone out (last < INT_MAX) */
	if (st->fy > st->last)
		SRF_RETURN_DONE(funcctx);

	MemoryContextReset(st->rowcxt);
	old = MemoryContextSwitchTo(st->rowcxt);
	/* a year that ends past the last date is refused (22008), as before */
	fiscal_calendar_year_period(st->cal, st->fy, &year, NULL);
	part.lower = Max(st->period.lower, year.lower);
	part.upper = Min(st->period.upper, year.upper);
	initStringInfo(&label);
	append_year_label(&label, st->cal, st->fy);
	values[0] = Int32GetDatum(st->fy);
	values[1] = PointerGetDatum(cstring_to_text_with_len(label.data, label.len));
	values[2] = AgreementPeriodGetDatum(part);
	values[3] = Int32GetDatum(part.upper - part.lower);
	values[4] = BoolGetDatum(part.lower == year.lower && part.upper == year.upper);
	tuple = heap_form_tuple(funcctx->tuple_desc, values, nulls);
	MemoryContextSwitchTo(old);
	st->fy++;
	SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(tuple));
}

typedef struct FiscalPiecesState
{
	int			ncal;
	FiscalCalendar *cals;
	int		   *fy;				/* each calendar's year at the piece's start */
	DateADT    *next_start;		/* each calendar's next year start, or the end */
	DateADT		lower;			/* where the next piece starts */
	DateADT		upper;			/* the period's end */
	Datum	   *fy_datums;
	Datum	   *label_datums;
	MemoryContext rowcxt;		/* the current row; reset per call */
} FiscalPiecesState;

/* The start of the year after fy in c, or end if that is later (or none). */
static DateADT
next_cut(FiscalCalendar c, int fy, DateADT end)
{
	DateADT		start;

	/* the year holding the last date PostgreSQL can hold has no next */
	if (!year_start_in_range(c, (int64) fy + 1, &start) || start > end)
		return end;
	return start;
}

/*
 * fiscal_pieces(period, calendars[]): the common refinement of the period
 * by the fiscal years of every calendar given; each piece lies inside one
 * fiscal year of each calendar.  Rows: (part, days, fiscal_years int[],
 * labels text[]), the arrays in the order of the calendars.
 *
 * The cuts are merged as they come: each calendar keeps the start of its
 * next year, and a piece ends at the earliest of them.  Nothing is counted
 * or gathered in advance, so no count can overflow, and a row costs one
 * step per calendar.
 */
Datum
fiscal_pieces(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	FiscalPiecesState *st;
	AgreementPeriod part;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	MemoryContext old;
	HeapTuple	tuple;
	int			i;

	if (SRF_IS_FIRSTCALL())
	{
		AgreementPeriod p = PG_GETARG_AGREEMENT_PERIOD(0);
		ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(1);
		TupleDesc	tupdesc;
		Datum	   *cal_datums;
		bool	   *cal_nulls;
		int			ncal;

		agreement_period_require_finite(p, "split into fiscal years");
		if (ARR_NDIM(arr) > 1)
			ereport(ERROR,
					(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
					 errmsg("fiscal_pieces takes a one-dimensional array of calendars")));
		ncal = ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr));

		/*
		 * Each row holds an array of ncal labels: refuse a count whose row
		 * could not be allocated, in 64-bit arithmetic, before any work.
		 */
		if ((int64) ncal * (VARHDRSZ + FISCAL_LABEL_MAX_LEN + 2 * sizeof(Datum)) > MaxAllocSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many fiscal calendars for fiscal_pieces: %d", ncal),
					 errdetail("A row's array of labels for %d calendars would exceed %zu bytes.",
							   ncal, (size_t) MaxAllocSize),
					 errhint("Pass each distinct calendar once, or fewer calendars per call.")));

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		deconstruct_array(arr, ARR_ELEMTYPE(arr), sizeof(int32), true, TYPALIGN_INT,
						  &cal_datums, &cal_nulls, &ncal);
		for (i = 0; i < ncal; i++)
			if (cal_nulls[i])
				ereport(ERROR,
						(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
						 errmsg("the array of fiscal calendars contains a null")));
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);

		st = palloc(sizeof(FiscalPiecesState));
		st->ncal = ncal;
		st->lower = p.lower;
		st->upper = p.upper;
		st->cals = palloc(sizeof(FiscalCalendar) * Max(ncal, 1));
		st->fy = palloc(sizeof(int) * Max(ncal, 1));
		st->next_start = palloc(sizeof(DateADT) * Max(ncal, 1));
		st->fy_datums = palloc(sizeof(Datum) * Max(ncal, 1));
		st->label_datums = palloc(sizeof(Datum) * Max(ncal, 1));
		for (i = 0; i < ncal; i++)
		{
			st->cals[i] = DatumGetFiscalCalendar(cal_datums[i]);
			st->fy[i] = fiscal_calendar_year_of(st->cals[i], p.lower);
			st->next_start[i] = next_cut(st->cals[i], st->fy[i], p.upper);
		}
		pfree(cal_datums);
		pfree(cal_nulls);
		st->rowcxt = AllocSetContextCreate(funcctx->multi_call_memory_ctx,
										   "fiscal_pieces row",
										   ALLOCSET_DEFAULT_SIZES);
		funcctx->user_fctx = st;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	st = (FiscalPiecesState *) funcctx->user_fctx;
	if (st->lower >= st->upper)
		SRF_RETURN_DONE(funcctx);

	MemoryContextReset(st->rowcxt);
	old = MemoryContextSwitchTo(st->rowcxt);
	part.lower = st->lower;
	part.upper = st->upper;
	for (i = 0; i < st->ncal; i++)
		part.upper = Min(part.upper, st->next_start[i]);
	for (i = 0; i < st->ncal; i++)
	{
		StringInfoData label;

		initStringInfo(&label);
		append_year_label(&label, st->cals[i], st->fy[i]);
		st->fy_datums[i] = Int32GetDatum(st->fy[i]);
		st->label_datums[i] = PointerGetDatum(cstring_to_text_with_len(label.data, label.len));
		pfree(label.data);
		/* a calendar whose year ends here moves on to its next year */
		if (st->next_start[i] == part.upper && part.upper < st->upper)
		{
			st->fy[i]++;
			st->next_start[i] = next_cut(st->cals[i], st->fy[i], st->upper);
		}
		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
	}
	values[0] = AgreementPeriodGetDatum(part);
	values[1] = Int32GetDatum(part.upper - part.lower);
	values[2] = PointerGetDatum(construct_array(st->fy_datums, st->ncal, INT4OID,
												sizeof(int32), true, TYPALIGN_INT));
	values[3] = PointerGetDatum(construct_array(st->label_datums, st->ncal, TEXTOID,
												-1, false, TYPALIGN_INT));
	tuple = heap_form_tuple(funcctx->tuple_desc, values, nulls);
	MemoryContextSwitchTo(old);
	st->lower = part.upper;
	SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(tuple));
}
