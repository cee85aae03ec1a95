/*
 * currency_amount_format.c
 *		format_amount(): currency amounts written for people.
 *
 * Display only: nothing here is stored or parsed back by the type itself,
 * and the canonical text form (currency_amount_out) is untouched.  Every
 * style is computed with integer arithmetic from the stored minor units and
 * scale, independently of locale and settings.  All styles but "compact"
 * are exact, and their output is accepted by currency_amount_parse, so
 * input(format_amount(x, style)) = x for them.
 *
 * Symbols and East Asian units are UTF-8; when the server encoding is not
 * UTF-8 the symbol styles fall back to ASCII (the code, or "$") and the East
 * Asian styles ("kanji", "japanese", "korean", "chinese") are refused, so the
 * result is always valid text in the database.
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "currency_amount.h"
#include "currency_amount_format.h"

typedef enum KanjiSystem
{
	KANJI_JAPANESE,				/* 兆 億 万, no separators: 1兆551億円 */
	KANJI_CHINESE,				/* 亿 万: 11833亿元 */
	KANJI_KOREAN				/* 조 억 만, separators and spaces: 1조 1,833억 원 */
} KanjiSystem;

typedef struct CurrencyWords
{
	const char *code;
	const char *symbol;			/* UTF-8 */
	const char *singular;
	const char *plural;
	const char *kanji_suffix;	/* UTF-8, written after the amount */
	KanjiSystem kanji;
	/* the currency's name in each language, UTF-8, all read by the parser */
	const char *japanese;
	const char *korean;
	const char *chinese;
} CurrencyWords;

/*
 * The currencies with a symbol, a word and East Asian names.  "¥" alone is
 * the yen, so the yuan's symbol is written "CN¥", which the parser also
 * reads.  Other currencies are written with their code.
 */
static const CurrencyWords currency_words[] = {
	{"USD", "$", "dollar", "dollars", "ドル", KANJI_JAPANESE, "ドル", "달러", "美元"},
	{"JPY", "¥", "yen", "yen", "円", KANJI_JAPANESE, "円", "엔", "日元"},
	{"EUR", "€", "euro", "euros", "ユーロ", KANJI_JAPANESE, "ユーロ", "유로", "欧元"},
	{"GBP", "£", "pound", "pounds", "ポンド", KANJI_JAPANESE, "ポンド", "파운드", "英镑"},
	{"KRW", "₩", "won", "won", "원", KANJI_KOREAN, "ウォン", "원", "韩元"},
	{"CNY", "CN¥", "yuan", "yuan", "元", KANJI_CHINESE, "元", "위안", "元"},
};

/*
 * The sets of East Asian units, largest first, each four digits above the
 * next.
 */
typedef enum UnitSet
{
	UNITS_JAPANESE,				/* 兆 億 万 */
	UNITS_JAPANESE_NO_CHO,		/* 億 万: 兆 with yuan is refused as ambiguous */
	UNITS_CHINESE_YI,			/* 亿 万: the kanji style's yuan */
	UNITS_CHINESE,				/* 万亿 亿 万 */
	UNITS_KOREAN				/* 조 억 만 */
} UnitSet;

typedef struct FormatInput
{
	bool		negative;
	uint64		magnitude;		/* |units|, exact even for PG_INT64_MIN */
	int			scale;			/* minor digits, 0..18 */
	char		code[4];
	const CurrencyWords *words; /* NULL for a currency without words */
	bool		utf8;
} FormatInput;

static uint64
pow10_u64(int n)
{
	uint64		r = 1;

	Assert(n >= 0 && n <= 19);
	while (n-- > 0)
		r *= 10;
	return r;
}

/* v in decimal, with a comma between groups of three if grouped */
static void
append_uint64(StringInfo buf, uint64 v, bool grouped)
{
	char		digits[24];
	int			n = 0;

	do
	{
		digits[n++] = '0' + (int) (v % 10);
		v /= 10;
	} while (v > 0);
	while (n > 0)
	{
		appendStringInfoChar(buf, digits[n - 1]);
		n--;
		if (grouped && n > 0 && n % 3 == 0)
			appendStringInfoChar(buf, ',');
	}
}

/* the frac_digits-digit fraction f, dropping trailing zeros if trim */
static void
append_fraction(StringInfo buf, uint64 f, int frac_digits, bool trim)
{
	char		digits[24];

	for (int i = frac_digits - 1; i >= 0; i--)
	{
		digits[i] = '0' + (int) (f % 10);
		f /= 10;
	}
	if (trim)
	{
		while (frac_digits > 0 && digits[frac_digits - 1] == '0')
			frac_digits--;
	}
	if (frac_digits > 0)
	{
		appendStringInfoChar(buf, '.');
		appendBinaryStringInfo(buf, digits, frac_digits);
	}
}

/* the prefix of the symbol styles: sign, then symbol or code */
static void
append_symbol_prefix(StringInfo buf, const FormatInput *in)
{
	if (in->negative)
		appendStringInfoChar(buf, '-');
	if (in->words != NULL && (in->utf8 || strcmp(in->words->symbol, "$") == 0))
		appendStringInfoString(buf, in->words->symbol);
	else
	{
		appendStringInfoString(buf, in->code);
		appendStringInfoChar(buf, ' ');
	}
}

/* ¥946,500,000,000 and $1,910,000,000.00: every minor digit */
static void
format_symbol(StringInfo buf, const FormatInput *in)
{
	uint64		one = pow10_u64(in->scale);

	append_symbol_prefix(buf, in);
	append_uint64(buf, in->magnitude / one, true);
	append_fraction(buf, in->magnitude % one, in->scale, false);
}

/* q / d rounded half to even, for display */
static uint64
divide_half_even(uint64 q, uint64 d)
{
	uint64		r = q / d;
	uint64		rem = q % d;

	if (rem > d - rem || (rem == d - rem && (r & 1)))
		r++;
	return r;
}

/*
 * ¥946.5B, $1.91B: the largest of K, M, B, T that leaves at least 1, with
 * at most two decimals, rounded half to even, trailing zeros dropped.  Below
 * a thousand the amount is written as in "symbol".
 */
static void
format_compact(StringInfo buf, const FormatInput *in)
{
	static const char suffixes[] = "KMBT";
	uint64		one = pow10_u64(in->scale);
	uint64		hundredths = 0;
	int			step = -1;		/* index into suffixes */

	if (in->magnitude / one < 1000)
	{
		format_symbol(buf, in);
		return;
	}
	for (int k = 3; k >= 0; k--)
	{
		int			e = 3 * (k + 1) + in->scale;

		/* 10^e may exceed uint64 (T with 8 minor digits): then it is too big */
		if (e <= 19 && in->magnitude >= pow10_u64(e))
		{
			step = k;
			break;
		}
	}
	Assert(step >= 0);
	for (;;)
	{
		int			e = 3 * (step + 1) + in->scale;

		hundredths = divide_half_even(in->magnitude, pow10_u64(e - 2));
		/* 999.996M rounds to 1000M: say 1B instead */
		if (hundredths >= 100000 && step < 3)
		{
			step++;
			continue;
		}
		break;
	}
	append_symbol_prefix(buf, in);
	append_uint64(buf, hundredths / 100, true);
	append_fraction(buf, hundredths % 100, 2, true);
	appendStringInfoChar(buf, suffixes[step]);
}

/*
 * 946.5 billion yen: exact.  A scale word (million, billion, trillion) is
 * used when it leaves at least 1 and at most three decimals; otherwise the
 * whole number is written with its minor digits, if any are not zero.
 */
static void
format_words(StringInfo buf, const FormatInput *in)
{
	static const char *const scale_words[] = {"million", "billion", "trillion"};
	uint64		one = pow10_u64(in->scale);
	bool		done = false;

	if (in->negative)
		appendStringInfoChar(buf, '-');
	for (int k = 2; k >= 0 && !done; k--)
	{
		int			e = 3 * (k + 2) + in->scale;
		uint64		unit;

		if (e > 19)
			continue;
		unit = pow10_u64(e);
		if (in->magnitude >= unit && in->magnitude % (unit / 1000) == 0)
		{
			append_uint64(buf, in->magnitude / unit, true);
			append_fraction(buf, (in->magnitude % unit) / (unit / 1000), 3, true);
			appendStringInfo(buf, " %s", scale_words[k]);
			done = true;
		}
	}
	if (!done)
	{
		append_uint64(buf, in->magnitude / one, true);
		if (in->magnitude % one != 0)
			append_fraction(buf, in->magnitude % one, in->scale, false);
	}
	appendStringInfoChar(buf, ' ');
	if (in->words == NULL)
		appendStringInfoString(buf, in->code);
	else if (in->magnitude == one)
		appendStringInfoString(buf, in->words->singular);
	else
		appendStringInfoString(buf, in->words->plural);
}

/*
 * 9465億円, 1兆551億円, 11833亿元, 1조 1,833억 원: exact, the integer part in
 * groups of four digits named by their unit, the minor digits (if any are
 * not zero) after the last group.  Korean writes a comma inside a group and
 * a space between groups and before the currency name; Japanese and Chinese
 * write neither.  suffix is the currency's name, or NULL for the code.
 */
static void
format_east_asian(StringInfo buf, const FormatInput *in, const char *style,
				  UnitSet set, const char *suffix)
{
	static const char *const unit_sets[][3] = {
		[UNITS_JAPANESE] = {"兆", "億", "万"},
		[UNITS_JAPANESE_NO_CHO] = {"億", "万"},
		[UNITS_CHINESE_YI] = {"亿", "万"},
		[UNITS_CHINESE] = {"万亿", "亿", "万"},
		[UNITS_KOREAN] = {"조", "억", "만"},
	};
	const char *const *units = unit_sets[set];
	int			nunits = (units[2] != NULL) ? 3 : 2;
	uint64		one = pow10_u64(in->scale);
	uint64		integer = in->magnitude / one;
	uint64		fraction = in->magnitude % one;
	bool		korean = (set == UNITS_KOREAN);
	bool		any = false;

	if (!in->utf8)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("format style \"%s\" needs the UTF8 server encoding", style),
				 errdetail("The server encoding is %s.", GetDatabaseEncodingName()),
				 errhint("Use the style \"words\", \"symbol\", \"compact\" or \"code\".")));

	if (in->negative)
		appendStringInfoChar(buf, '-');
	for (int k = 0; k < nunits; k++)
	{
		int			e = 4 * (nunits - k);
		uint64		group = integer / pow10_u64(e);

		/* the largest unit takes everything above it */
		if (k > 0)
			group %= 10000;
		if (group == 0)
			continue;
		if (any && korean)
			appendStringInfoChar(buf, ' ');
		append_uint64(buf, group, korean);
		appendStringInfoString(buf, units[k]);
		any = true;
	}
	if (integer % 10000 != 0 || fraction != 0 || !any)
	{
		if (any && korean)
			appendStringInfoChar(buf, ' ');
		append_uint64(buf, integer % 10000, korean);
		if (fraction != 0)
			append_fraction(buf, fraction, in->scale, false);
	}
	if (suffix == NULL)
		appendStringInfo(buf, " %s", in->code);
	else if (korean)
		appendStringInfo(buf, " %s", suffix);
	else
		appendStringInfoString(buf, suffix);
}

/* kanji: the units and name of the currency's own country (USD: Japanese) */
static void
format_kanji(StringInfo buf, const FormatInput *in)
{
	static const UnitSet kanji_units[] = {
		[KANJI_JAPANESE] = UNITS_JAPANESE,
		[KANJI_CHINESE] = UNITS_CHINESE_YI,
		[KANJI_KOREAN] = UNITS_KOREAN,
	};
	KanjiSystem system = in->words ? in->words->kanji : KANJI_JAPANESE;

	format_east_asian(buf, in, "kanji", kanji_units[system],
					  in->words ? in->words->kanji_suffix : NULL);
}

char *
currency_amount_format_cstring(int64 units, int scale, Currency currency,
							   const char *style)
{
	FormatInput in;
	StringInfoData buf;

	if (scale < 0 || scale > 18)
		elog(ERROR, "currency_amount scale %d out of range", scale);

	in.negative = units < 0;
	in.magnitude = units < 0 ? -(uint64) units : (uint64) units;
	in.scale = scale;
	currency_code(currency, in.code);
	in.words = NULL;
	for (int i = 0; i < lengthof(currency_words); i++)
	{
		if (strcmp(currency_words[i].code, in.code) == 0)
			in.words = &currency_words[i];
	}
	in.utf8 = (GetDatabaseEncoding() == PG_UTF8);

	initStringInfo(&buf);
	if (pg_strcasecmp(style, "symbol") == 0)
		format_symbol(&buf, &in);
	else if (pg_strcasecmp(style, "compact") == 0)
		format_compact(&buf, &in);
	else if (pg_strcasecmp(style, "words") == 0)
		format_words(&buf, &in);
	else if (pg_strcasecmp(style, "kanji") == 0)
		format_kanji(&buf, &in);
	else if (pg_strcasecmp(style, "japanese") == 0)
		format_east_asian(&buf, &in, "japanese",
						  strcmp(in.code, "CNY") == 0 ? UNITS_JAPANESE_NO_CHO : UNITS_JAPANESE,
						  in.words ? in.words->japanese : NULL);
	else if (pg_strcasecmp(style, "korean") == 0)
		format_east_asian(&buf, &in, "korean", UNITS_KOREAN,
						  in.words ? in.words->korean : NULL);
	else if (pg_strcasecmp(style, "chinese") == 0)
		format_east_asian(&buf, &in, "chinese", UNITS_CHINESE,
						  in.words ? in.words->chinese : NULL);
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown format style \"%s\"", style),
				 errhint("The styles are \"code\", \"symbol\", \"compact\", \"words\", \"kanji\", \"japanese\", \"korean\" and \"chinese\".")));
	return buf.data;
}

/* the canonical form is the type's own output function */
extern PGDLLEXPORT Datum currency_amount_out(PG_FUNCTION_ARGS);

PG_FUNCTION_INFO_V1(currency_amount_format);

Datum
currency_amount_format(PG_FUNCTION_ARGS)
{
	CurrencyAmount *a = PG_GETARG_CURRENCY_AMOUNT_P(0);
	char	   *style = text_to_cstring(PG_GETARG_TEXT_PP(1));

	if (pg_strcasecmp(style, "code") == 0)
		PG_RETURN_TEXT_P(cstring_to_text(DatumGetCString(
														 DirectFunctionCall1(currency_amount_out,
																			 CurrencyAmountPGetDatum(a)))));
	PG_RETURN_TEXT_P(cstring_to_text(currency_amount_format_cstring(a->units, a->scale,
																	a->currency, style)));
}
