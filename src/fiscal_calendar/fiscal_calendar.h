/*
 * fiscal_calendar.h
 *		The fiscal_calendar type: when a fiscal year starts and how it is named.
 *
 * A calendar is four small fields packed into an int32 and passed by value:
 * the month and day the year starts, whether a year is numbered by the
 * calendar year it starts in or ends in, and the style of its labels.  The
 * packed value is the whole meaning (no catalog lookup), so a stored
 * calendar never changes meaning.  The built-in names (jp, us_federal, ...)
 * are only spellings of particular packed values.
 */
#ifndef COSTSHARE_FISCAL_CALENDAR_H
#define COSTSHARE_FISCAL_CALENDAR_H

#include "postgres.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/date.h"

#include "../agreement_period/agreement_period.h"

typedef int32 FiscalCalendar;

typedef enum FiscalLabelStyle
{
	FISCAL_LABEL_PLAIN = 0,		/* 2021 */
	FISCAL_LABEL_FY = 1,		/* FY2021 */
	FISCAL_LABEL_JFY = 2,		/* JFY2021 */
	FISCAL_LABEL_SPLIT = 3		/* 2021-22: the calendar years it spans */
} FiscalLabelStyle;

#define FISCAL_LABEL_STYLE_MAX	FISCAL_LABEL_SPLIT

typedef struct FiscalCalendarFields
{
	int			month;			/* 1..12: month the fiscal year starts */
	int			day;			/* 1..28/30/31: day it starts (never Feb 29) */
	bool		end_naming;		/* numbered by the year it ends in */
	FiscalLabelStyle style;
} FiscalCalendarFields;

#define DatumGetFiscalCalendar(X)	((FiscalCalendar) DatumGetInt32(X))
#define FiscalCalendarGetDatum(X)	Int32GetDatum(X)
#define PG_GETARG_FISCAL_CALENDAR(n)	DatumGetFiscalCalendar(PG_GETARG_DATUM(n))
#define PG_RETURN_FISCAL_CALENDAR(x)	return FiscalCalendarGetDatum(x)

/*
 * Layout: bits 0-1 label style, bit 2 end naming, bits 3-7 day, bits 8-11
 * month.  A year starting on January 1 is always stored with start naming:
 * it starts and ends in the same calendar year, so the flag means nothing
 * and two spellings of one calendar must be one value.
 */
static inline FiscalCalendar
fiscal_calendar_pack(const FiscalCalendarFields *f)
{
	bool		end_naming = f->end_naming && !(f->month == 1 && f->day == 1);

	return (FiscalCalendar) ((f->month << 8) | (f->day << 3) |
							 ((end_naming ? 1 : 0) << 2) | (int) f->style);
}

static inline void
fiscal_calendar_unpack(FiscalCalendar c, FiscalCalendarFields *f)
{
	f->month = (c >> 8) & 0xF;
	f->day = (c >> 3) & 0x1F;
	f->end_naming = ((c >> 2) & 1) != 0;
	f->style = (FiscalLabelStyle) (c & 3);
}

/* Is a packed value one that fiscal_calendar_pack can produce? */
extern bool fiscal_calendar_valid(FiscalCalendar c);

/* Find a calendar by name or canonical form; false (soft error) if unknown. */
extern bool fiscal_calendar_parse(const char *str, int len, FiscalCalendar *result,
								  struct Node *escontext);

/* The built-in calendars "calendar" and "jp" (fiscal_calendar.c). */
extern FiscalCalendar fiscal_calendar_gregorian(void);
extern FiscalCalendar fiscal_calendar_jp(void);

/* ---- fiscal_year.c */

/* The fiscal year a finite date belongs to. */
extern int	fiscal_calendar_year_of(FiscalCalendar c, DateADT d);

/* First day of fiscal year fy; false (soft error 22008) if out of range. */
extern bool fiscal_calendar_year_start(FiscalCalendar c, int fy, DateADT *start,
									   struct Node *escontext);

/*
 * The bounds of fiscal year fy; false (soft error 22008) if out of the date
 * range.  The lower bound may precede AGREEMENT_PERIOD_MIN_DATE (fiscal year
 * 0 of jp starts in 1 BC); a caller that returns the bounds as a value makes
 * it with agreement_period_make.
 */
extern bool fiscal_calendar_year_period(FiscalCalendar c, int fy,
										AgreementPeriod *result,
										struct Node *escontext);

/*
 * Does fiscal year fy start on a date PostgreSQL can hold?  If so, *start is
 * that date.  fy is int64 so that the year after INT_MAX can be asked about.
 */
extern bool fiscal_calendar_year_start_in_range(FiscalCalendar c, int64 fy,
												DateADT *start);

/* ---- fiscal_label.c */

/* Append the label of fiscal year fy in c (2021, FY2021, JFY2021, 2021-22). */
extern void fiscal_year_label_append(StringInfo buf, FiscalCalendar c, int fy);

/*
 * Parse the fiscal-label forms of agreement_period input (JFY2016..JFY2020,
 * FY2021@us_federal, 2021-22@uk, ...).  str is the whole input, NUL
 * terminated.  Returns false after a soft error.
 */
extern bool fiscal_label_period_parse(const char *str, AgreementPeriod *result,
									  struct Node *escontext);

#endif							/* COSTSHARE_FISCAL_CALENDAR_H */
