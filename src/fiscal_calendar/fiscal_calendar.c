/*
 * fiscal_calendar.c
 *		The fiscal_calendar type: input, output, binary form, comparison,
 *		hashing and the fields of a calendar.
 *
 * Every function takes its calendar as an argument and nothing else
 * (no settings, no catalog), so all of them are immutable.  Year
 * arithmetic is in fiscal_year.c, labels in fiscal_label.c.
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

	while (len > 0 && is_ascii_space(*s))
	{
		s++;
		len--;
	}
	while (len > 0 && is_ascii_space(s[len - 1]))
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

	if (len >= 7 && is_ascii_digit(s[0]) && is_ascii_digit(s[1]) &&
		s[2] == '-' && is_ascii_digit(s[3]) && is_ascii_digit(s[4]) &&
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

/* The calendar whose fiscal years are calendar years. */
FiscalCalendar
fiscal_calendar_gregorian(void)
{
	return fiscal_calendar_pack(&builtin_calendars[0].fields);
}

/* Japan's: April 1, JFY labels. */
FiscalCalendar
fiscal_calendar_jp(void)
{
	return fiscal_calendar_pack(&builtin_calendars[1].fields);
}
