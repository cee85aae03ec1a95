/*
 * currency_amount_canonical.c
 *		A fast path for text input in the canonical form.
 *
 * The canonical form is what currency_amount_out writes: three upper-case
 * letters of an ISO 4217 code, one space, an optional "-", digits, and an
 * optional point with digits.  The fast path reads exactly that, and only
 * when the result is certain: a code in the catalog that is no word of the
 * parser's lexicon, at most as many decimals as the currency has minor units
 * (so nothing needs the full parser's refusal to round), and a count of
 * minor units that fits without overflow.  Anything else (lower case, other
 * spacing, "+", more decimals, a value out of range, any other form) goes to
 * the full parser, which then accepts it or refuses it with its own error.
 * So the fast path changes no result and no message; sql/amount_parse_fast_
 * path.sql compares the two on generated inputs with the switch on and off.
 */
#include "postgres.h"

#include "common/int.h"
#include "utils/guc.h"

#include "../currency/currency_catalog.h"
#include "currency_amount_canonical.h"
#include "currency_amount_funcs.h"
#include "currency_amount_lexicon.h"

bool		currency_amount_parse_fast_path = true;

#define CODE_COUNT	(26 * 26 * 26)

/*
 * The stored scale of every code the fast path may take, by packed code
 * (currency.h), or -1: not in the catalog, or a word of the lexicon, whose
 * meaning the full parser gives it ("yen" is JPY whatever its case).  Built
 * once per backend from the compiled-in catalog and lexicon.
 */
static int8 canonical_scale[CODE_COUNT];
static bool canonical_scale_built = false;

static inline int
pack_upper(const char *s)
{
	return (s[0] - 'A') * 26 * 26 + (s[1] - 'A') * 26 + (s[2] - 'A');
}

static void
build_canonical_scale(void)
{
	memset(canonical_scale, -1, sizeof(canonical_scale));
	for (int i = 0; i < currency_catalog_size; i++)
	{
		const char *code = currency_catalog[i].code;
		Currency	c;

		/* the catalog's own reading of the code, and the scale input gives */
		if (!currency_from_code(code, 3, &c, NULL) || c != pack_upper(code))
			elog(ERROR, "currency catalog entry \"%s\" does not read back", code);
		canonical_scale[c] = (int8) currency_amount_scale_of(c);
	}
	for (int i = 0; i < amount_word_lexicon_size; i++)
	{
		const LexEntry *e = &amount_word_lexicon[i];
		char		upper[3];
		int			k;

		if (e->len != 3)
			continue;
		for (k = 0; k < 3; k++)
		{
			char		ch = e->text[k];

			if (ch >= 'a' && ch <= 'z')
				ch = ch - 'a' + 'A';
			if (ch < 'A' || ch > 'Z')
				break;
			upper[k] = ch;
		}
		if (k == 3)
			canonical_scale[pack_upper(upper)] = -1;
	}
	canonical_scale_built = true;
}

static inline bool
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

bool
currency_amount_parse_canonical(const char *str, CurrencyAmount *result)
{
	const char *p = str;
	int			code;
	int			scale;
	bool		negative = false;
	int64		whole = 0;
	int64		fraction = 0;
	int			fracdigits = 0;
	int64		units;

	if (!is_upper(p[0]) || !is_upper(p[1]) || !is_upper(p[2]) || p[3] != ' ')
		return false;
	if (unlikely(!canonical_scale_built))
		build_canonical_scale();
	code = pack_upper(p);
	scale = canonical_scale[code];
	if (scale < 0)
		return false;
	p += 4;
	if (*p == '-')
	{
		negative = true;
		p++;
	}
	if (!is_digit(*p))
		return false;
	do
	{
		if (pg_mul_s64_overflow(whole, 10, &whole) ||
			pg_add_s64_overflow(whole, *p - '0', &whole))
			return false;
		p++;
	} while (is_digit(*p));
	if (*p == '.')
	{
		p++;
		if (!is_digit(*p))
			return false;
		do
		{
			/* more decimals than minor units: the full parser's to judge */
			if (++fracdigits > scale)
				return false;
			fraction = fraction * 10 + (*p - '0');
			p++;
		} while (is_digit(*p));
	}
	if (*p != '\0')
		return false;
	/* whole * 10^scale + fraction * 10^(scale - fracdigits) <= INT64_MAX */
	if (pg_mul_s64_overflow(whole, currency_pow10[scale], &units) ||
		pg_add_s64_overflow(units, fraction * currency_pow10[scale - fracdigits], &units))
		return false;
	currency_amount_make(result, negative ? -units : units, (Currency) code, scale);
	return true;
}

void
currency_amount_define_settings(void)
{
	DefineCustomBoolVariable("costshare.parse_fast_path",
							 "Reads currency_amount text in the canonical form without the full parser.",
							 "A testing and diagnostic switch: the results are the same either way.",
							 &currency_amount_parse_fast_path,
							 true,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
}
