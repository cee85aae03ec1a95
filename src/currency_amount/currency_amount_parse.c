/*
 * currency_amount_parse.c
 *		From text as people write money to an exact decimal and a currency.
 *
 * Two passes.  The lexer cuts the text into tokens (numbers, signs,
 * parentheses, currency markers, scale words, East Asian units), matching
 * words without regard to case and multibyte symbols byte for byte.  The
 * grammar then checks the shape of the whole:
 *
 *		input  := marker* amount marker*
 *		marker := sign | "(" | ")" | currency
 *		amount := number [scale]
 *				| (number unit)+ [number]
 *
 * with at most one currency, at most one sign, a sign or parentheses but not
 * both, units strictly from largest to smallest, and a fraction only on the
 * last number.  A number may also be "d 千 [n]" (5千億円); a pass between
 * the two rewrites it into one number token.  Every value is computed in
 * int128 from the digits as written, so nothing is rounded; the caller fits
 * the result to minor units and refuses to round.  doc/amount_input.md is
 * the user's description.
 *
 * Multibyte symbols and units are written in UTF-8 below; they are matched
 * when the server encoding is UTF-8, or when currency_amount_encoding.c
 * hands the parser a UTF-8 copy of text in another encoding.  Otherwise the
 * ASCII forms (codes, "$", words, scale words) still work.
 */
#include "postgres.h"

#include <limits.h>

#include "mb/pg_wchar.h"

#include "common/compat.h"
#include "currency_amount/currency_amount_encoding.h"
#include "currency_amount/currency_amount_parse.h"

typedef enum AmountTokenKind
{
	TK_NUMBER,
	TK_PLUS,
	TK_MINUS,
	TK_LPAREN,
	TK_RPAREN,
	TK_CURRENCY,
	TK_SCALE,					/* thousand, million, bn, ... */
	TK_UNIT						/* 万, 億, 兆, 만, 억, 조, ... */
} AmountTokenKind;

/* East Asian units may not mix scripts within one amount */
typedef enum UnitScript
{
	SCRIPT_NONE,
	SCRIPT_HAN,
	SCRIPT_HANGUL
} UnitScript;

typedef struct AmountToken
{
	AmountTokenKind kind;
	const char *text;			/* as written, for messages */
	int			len;
	int128		digits;			/* TK_NUMBER: all digits as one integer */
	int			fracdigits;		/* TK_NUMBER: how many of them follow the point */
	int			exponent;		/* TK_SCALE, TK_UNIT: power of ten */
	UnitScript	script;			/* TK_UNIT */
	bool		chinese_ambiguous;	/* TK_UNIT: 兆, whose value differs in Chinese use */
	Currency	currency;		/* TK_CURRENCY */
	bool		after_only;		/* TK_CURRENCY: a name written after the amount */
} AmountToken;

typedef struct LexEntry
{
	const char *text;
	AmountTokenKind kind;
	const char *code;			/* TK_CURRENCY: ISO code */
	int			exponent;		/* TK_SCALE, TK_UNIT */
	UnitScript	script;			/* TK_UNIT */
	bool		after_only;		/* TK_CURRENCY: only after the amount (円, 원) */
} LexEntry;

/*
 * Multibyte forms (UTF-8).  The longest entry matching at a position wins, so
 * "日元" is yen although "元" alone is yuan, and "万亿" is 10^12.
 */
static const LexEntry multibyte_lexicon[] = {
	/* symbols */
	{"¥", TK_CURRENCY, "JPY"},
	{"￥", TK_CURRENCY, "JPY"},	/* full-width yen sign */
	{"€", TK_CURRENCY, "EUR"},
	{"£", TK_CURRENCY, "GBP"},
	{"₩", TK_CURRENCY, "KRW"},
	{"￦", TK_CURRENCY, "KRW"},	/* full-width won sign */
	{"円", TK_CURRENCY, "JPY", 0, SCRIPT_NONE, true},
	{"元", TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	{"원", TK_CURRENCY, "KRW", 0, SCRIPT_NONE, true},
	/* Japanese currency names */
	{"ドル", TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{"米ドル", TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{"ユーロ", TK_CURRENCY, "EUR", 0, SCRIPT_NONE, true},
	{"ポンド", TK_CURRENCY, "GBP", 0, SCRIPT_NONE, true},
	{"ウォン", TK_CURRENCY, "KRW", 0, SCRIPT_NONE, true},
	{"人民元", TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	/* Chinese currency names */
	{"人民币", TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	{"日元", TK_CURRENCY, "JPY", 0, SCRIPT_NONE, true},
	{"美元", TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{"欧元", TK_CURRENCY, "EUR", 0, SCRIPT_NONE, true},
	{"英镑", TK_CURRENCY, "GBP", 0, SCRIPT_NONE, true},
	{"韩元", TK_CURRENCY, "KRW", 0, SCRIPT_NONE, true},
	/* Korean currency names */
	{"달러", TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{"엔", TK_CURRENCY, "JPY", 0, SCRIPT_NONE, true},
	{"위안", TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	{"유로", TK_CURRENCY, "EUR", 0, SCRIPT_NONE, true},
	{"파운드", TK_CURRENCY, "GBP", 0, SCRIPT_NONE, true},
	/* units */
	{"千", TK_UNIT, NULL, 3, SCRIPT_HAN},	/* only inside a group: 5千億 */
	{"천", TK_UNIT, NULL, 3, SCRIPT_HANGUL},
	{"万", TK_UNIT, NULL, 4, SCRIPT_HAN},
	{"萬", TK_UNIT, NULL, 4, SCRIPT_HAN},
	{"億", TK_UNIT, NULL, 8, SCRIPT_HAN},
	{"亿", TK_UNIT, NULL, 8, SCRIPT_HAN},
	{"兆", TK_UNIT, NULL, 12, SCRIPT_HAN},
	{"万亿", TK_UNIT, NULL, 12, SCRIPT_HAN},
	{"萬億", TK_UNIT, NULL, 12, SCRIPT_HAN},
	{"만", TK_UNIT, NULL, 4, SCRIPT_HANGUL},
	{"억", TK_UNIT, NULL, 8, SCRIPT_HANGUL},
	{"조", TK_UNIT, NULL, 12, SCRIPT_HANGUL},
	/* U+2212 MINUS SIGN, as typeset documents write it */
	{"−", TK_MINUS},
	/* Japanese budget documents mark negative figures with a triangle */
	{"△", TK_MINUS},
	{"▲", TK_MINUS},
};

/* Words, matched without regard to case. */
static const LexEntry word_lexicon[] = {
	{"yen", TK_CURRENCY, "JPY"},
	{"dollar", TK_CURRENCY, "USD"},
	{"dollars", TK_CURRENCY, "USD"},
	{"euro", TK_CURRENCY, "EUR"},
	{"euros", TK_CURRENCY, "EUR"},
	{"pound", TK_CURRENCY, "GBP"},
	{"pounds", TK_CURRENCY, "GBP"},
	{"sterling", TK_CURRENCY, "GBP"},
	{"won", TK_CURRENCY, "KRW"},
	{"yuan", TK_CURRENCY, "CNY"},
	{"renminbi", TK_CURRENCY, "CNY"},
	{"rmb", TK_CURRENCY, "CNY"},
	{"thousand", TK_SCALE, NULL, 3},
	{"k", TK_SCALE, NULL, 3},
	{"million", TK_SCALE, NULL, 6},
	{"m", TK_SCALE, NULL, 6},
	{"mn", TK_SCALE, NULL, 6},
	{"billion", TK_SCALE, NULL, 9},
	{"b", TK_SCALE, NULL, 9},
	{"bn", TK_SCALE, NULL, 9},
	{"trillion", TK_SCALE, NULL, 12},
	{"tn", TK_SCALE, NULL, 12},
	{"t", TK_SCALE, NULL, 12},	/* as format_amount(..., 'compact') writes it */
};

/*
 * Letters written directly before "$" or "¥" that name the currency: "US$",
 * "HK$", "CN¥".  A bare "$" is the US dollar and a bare "¥" the yen.
 */
typedef struct SymbolPrefix
{
	const char *letters;
	const char *symbol;
	const char *code;
} SymbolPrefix;

static const SymbolPrefix symbol_prefixes[] = {
	{"US", "$", "USD"},
	{"A", "$", "AUD"},
	{"AU", "$", "AUD"},
	{"C", "$", "CAD"},
	{"CA", "$", "CAD"},
	{"HK", "$", "HKD"},
	{"NZ", "$", "NZD"},
	{"S", "$", "SGD"},
	{"SG", "$", "SGD"},
	{"NT", "$", "TWD"},
	{"MX", "$", "MXN"},
	{"R", "$", "BRL"},
	{"CN", "¥", "CNY"},
	{"RMB", "¥", "CNY"},
	{"JP", "¥", "JPY"},
};

#define AMOUNT_HINT_GENERAL \
	"Write one number with one currency, for example \"JPY 946500000000\", " \
	"\"946,500,000,000 jpy\", \"946.5 billion yen\", \"$1.91bn\" or " \
	"\"(1,234.00) USD\"; see doc/amount_input.md for every accepted form."

#define AMOUNT_HINT_UNITS \
	"Write East Asian units from the largest to the smallest, each once, " \
	"for example \"1兆551億円\" or \"1조 1,833억 원\"."

/* far more than any amount needs: 1조 5천억 3천만 5천 원 is 13 */
#define AMOUNT_MAX_TOKENS 64

typedef struct ParseState
{
	const char *str;			/* the whole input, for messages */
	const char *text;			/* what is lexed: str, full-width forms narrowed */
	struct Node *escontext;
	bool		utf8;
} ParseState;

static void
amount_syntax_error(ParseState *ps, const char *detail, const char *hint)
{
	errsave(ps->escontext,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"",
					"currency_amount", ps->str),
			 errdetail("%s", detail),
			 errhint("%s", hint)));
}

static void
amount_range_error(ParseState *ps)
{
	errsave(ps->escontext,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("value \"%s\" is out of range for type %s",
					ps->str, "currency_amount")));
}

static char *
token_text(const AmountToken *t)
{
	return pnstrdup(t->text, t->len);
}

static bool
is_ascii_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		c == '\f' || c == '\v';
}

static bool
is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Skip white space: ASCII, and in UTF-8 also no-break, thin, narrow no-break
 * and ideographic spaces, which word processors put inside amounts.
 */
static const char *
skip_space(ParseState *ps, const char *p, const char *end)
{
	static const char *const wide_spaces[] = {
		"\xC2\xA0",				/* U+00A0 NO-BREAK SPACE */
		"\xE2\x80\x89",			/* U+2009 THIN SPACE */
		"\xE2\x80\xAF",			/* U+202F NARROW NO-BREAK SPACE */
		"\xE3\x80\x80",			/* U+3000 IDEOGRAPHIC SPACE */
	};

	for (;;)
	{
		bool		skipped = false;

		if (p < end && is_ascii_space(*p))
		{
			p++;
			continue;
		}
		if (ps->utf8)
		{
			for (int i = 0; i < lengthof(wide_spaces); i++)
			{
				size_t		l = strlen(wide_spaces[i]);

				if ((size_t) (end - p) >= l && memcmp(p, wide_spaces[i], l) == 0)
				{
					p += l;
					skipped = true;
					break;
				}
			}
		}
		if (!skipped)
			return p;
	}
}

/* 10^n as int128, or false if it does not fit */
static bool
pow10_int128(int n, int128 *result)
{
	int128		r = 1;

	if (n < 0)
		return false;
	for (int i = 0; i < n; i++)
	{
		if (__builtin_mul_overflow(r, (int128) 10, &r))
			return false;
	}
	*result = r;
	return true;
}

static bool
resolve_code(ParseState *ps, const char *code, Currency *result)
{
	return currency_from_code(code, strlen(code), result, ps->escontext);
}

/*
 * A number: digits with optional comma thousands separators (groups of three
 * after the first) and an optional point with at least one digit after it.
 * Anything else that looks numeric ("1,23", "1.234,56", "5.") is refused
 * rather than guessed at.
 */
static bool
lex_number(ParseState *ps, const char **pp, const char *end, AmountToken *t)
{
	const char *start = *pp;
	const char *p = start;
	int128		digits = 0;
	int			fracdigits = 0;
	int			group = 0;		/* digits in the current comma group */
	bool		saw_comma = false;
	bool		bad = false;
	bool		overflow = false;

	while (p < end && (is_ascii_digit(*p) || *p == ','))
	{
		if (*p == ',')
		{
			/* the first group has 1 to 3 digits, the others exactly 3 */
			if (group == 0 || (saw_comma ? group != 3 : group > 3))
				bad = true;
			saw_comma = true;
			group = 0;
		}
		else
		{
			group++;
			if (__builtin_mul_overflow(digits, (int128) 10, &digits) ||
				__builtin_add_overflow(digits, (int128) (*p - '0'), &digits))
				overflow = true;
		}
		p++;
	}
	if (saw_comma && group != 3)
		bad = true;
	if (p < end && *p == '.')
	{
		p++;
		if (p >= end || !is_ascii_digit(*p))
			bad = true;
		while (p < end && is_ascii_digit(*p))
		{
			fracdigits++;
			if (__builtin_mul_overflow(digits, (int128) 10, &digits) ||
				__builtin_add_overflow(digits, (int128) (*p - '0'), &digits))
				overflow = true;
			p++;
		}
	}
	/* "1.234,56", "1.2.3", "5.,": take in the whole run for the message */
	if (p < end && (*p == ',' || *p == '.'))
	{
		bad = true;
		while (p < end && (is_ascii_digit(*p) || *p == ',' || *p == '.'))
			p++;
	}
	t->kind = TK_NUMBER;
	t->text = start;
	t->len = p - start;
	*pp = p;
	if (bad)
	{
		amount_syntax_error(ps,
							psprintf("The number \"%s\" is not well formed.", token_text(t)),
							"Group thousands with commas in threes (1,234,567) and write "
							"decimals after a point (1,234.50).");
		return false;
	}
	if (overflow)
	{
		amount_range_error(ps);
		return false;
	}
	t->digits = digits;
	t->fracdigits = fracdigits;
	return true;
}

/* a run of ASCII letters, possibly with "$"/"¥" after it, or "US dollars" */
static bool
lex_word(ParseState *ps, const char **pp, const char *end, AmountToken *t)
{
	const char *start = *pp;
	const char *p = start;
	int			len;

	while (p < end && is_ascii_letter(*p))
		p++;
	len = p - start;
	t->text = start;

	/* "US$", "HK$", "CN¥": letters glued to a symbol */
	for (int i = 0; i < lengthof(symbol_prefixes); i++)
	{
		const SymbolPrefix *sp = &symbol_prefixes[i];
		size_t		sl = strlen(sp->symbol);

		if (strlen(sp->letters) == len &&
			pg_strncasecmp(start, sp->letters, len) == 0 &&
			(size_t) (end - p) >= sl && memcmp(p, sp->symbol, sl) == 0 &&
			(sl == 1 || ps->utf8))
		{
			t->kind = TK_CURRENCY;
			t->len = len + sl;
			*pp = p + sl;
			return resolve_code(ps, sp->code, &t->currency);
		}
	}

	/* "US dollar(s)" */
	if (len == 2 && pg_strncasecmp(start, "us", 2) == 0)
	{
		const char *q = skip_space(ps, p, end);
		const char *w = q;

		while (w < end && is_ascii_letter(*w))
			w++;
		if ((w - q == 6 && pg_strncasecmp(q, "dollar", 6) == 0) ||
			(w - q == 7 && pg_strncasecmp(q, "dollars", 7) == 0))
		{
			t->kind = TK_CURRENCY;
			t->len = w - start;
			*pp = w;
			return resolve_code(ps, "USD", &t->currency);
		}
	}

	t->len = len;
	*pp = p;
	for (int i = 0; i < lengthof(word_lexicon); i++)
	{
		const LexEntry *e = &word_lexicon[i];

		if (strlen(e->text) == len && pg_strncasecmp(start, e->text, len) == 0)
		{
			t->kind = e->kind;
			t->exponent = e->exponent;
			if (e->kind == TK_CURRENCY)
				return resolve_code(ps, e->code, &t->currency);
			return true;
		}
	}

	/* an ISO 4217 code; the currency type reports an unknown one */
	if (len == 3)
	{
		t->kind = TK_CURRENCY;
		return currency_from_code(start, 3, &t->currency, ps->escontext);
	}

	amount_syntax_error(ps,
						psprintf("The word \"%s\" is neither a currency nor a scale word.",
								 token_text(t)),
						"Use an ISO 4217 code (USD, JPY), a currency word (dollars, yen, "
						"euros, pounds, won, yuan) or a scale word (thousand, million, "
						"billion, trillion, k, m, mn, b, bn, tn).");
	return false;
}

static bool
lex_multibyte(ParseState *ps, const char **pp, const char *end, AmountToken *t)
{
	const char *p = *pp;
	const LexEntry *best = NULL;
	size_t		bestlen = 0;

	if (ps->utf8)
	{
		for (int i = 0; i < lengthof(multibyte_lexicon); i++)
		{
			const LexEntry *e = &multibyte_lexicon[i];
			size_t		l = strlen(e->text);

			if (l > bestlen && (size_t) (end - p) >= l && memcmp(p, e->text, l) == 0)
			{
				best = e;
				bestlen = l;
			}
		}
	}
	t->text = p;
	if (best == NULL)
	{
		int			l = pg_mblen(p);

		if (l > end - p)
			l = end - p;
		t->len = l;
		amount_syntax_error(ps,
							psprintf("The character \"%s\" is not part of any accepted form.",
									 token_text(t)),
							AMOUNT_HINT_GENERAL);
		return false;
	}
	t->kind = best->kind;
	t->len = bestlen;
	t->exponent = best->exponent;
	t->script = best->script;
	t->chinese_ambiguous = (strcmp(best->text, "兆") == 0);
	t->after_only = best->after_only;
	*pp = p + bestlen;
	if (best->kind == TK_CURRENCY)
		return resolve_code(ps, best->code, &t->currency);
	return true;
}

/*
 * Japanese and Chinese text often writes digits and punctuation full width
 * (２，０１７億円).  Narrow U+FF01..U+FF5E, the full-width forms of ASCII
 * "!" to "~", to ASCII, so that the lexer sees one spelling; other text is
 * copied unchanged.  Only for UTF-8, where those forms are EF BC 81..EF BD 9E.
 */
static const char *
narrow_fullwidth(const char *str)
{
	size_t		len = strlen(str);
	char	   *out;
	char	   *o;

	if (strstr(str, "\xEF\xBC") == NULL && strstr(str, "\xEF\xBD") == NULL)
		return str;
	out = palloc(len + 1);
	o = out;
	for (const char *p = str; *p;)
	{
		unsigned char b1 = (unsigned char) p[0];
		unsigned char b2 = b1 ? (unsigned char) p[1] : 0;
		unsigned char b3 = b2 ? (unsigned char) p[2] : 0;
		int			cp = -1;

		if (b1 == 0xEF && (b2 == 0xBC || b2 == 0xBD) && b3 >= 0x80 && b3 <= 0xBF)
			cp = ((b2 & 0x3F) << 6 | (b3 & 0x3F)) + 0xF000;
		if (cp >= 0xFF01 && cp <= 0xFF5E)
		{
			*o++ = (char) (cp - 0xFF01 + '!');
			p += 3;
		}
		else
			*o++ = *p++;
	}
	*o = '\0';
	return out;
}

/* Cut str into tokens; false (error reported) on anything unrecognized. */
static bool
amount_lex(ParseState *ps, AmountToken **tokensp, int *ntokens)
{
	const char *p = ps->text;
	const char *end = p + strlen(p);
	int			n = 0;
	int			capacity = 16;
	AmountToken *tokens = palloc(capacity * sizeof(AmountToken));

	*tokensp = tokens;

	for (;;)
	{
		AmountToken *t;

		p = skip_space(ps, p, end);
		if (p >= end)
			break;
		/*
		 * No amount has more than a few dozen tokens; stop long before the
		 * array could need a huge allocation.
		 */
		if (n == AMOUNT_MAX_TOKENS)
		{
			amount_syntax_error(ps,
								psprintf("The text has more than %d words, numbers and symbols.",
										 AMOUNT_MAX_TOKENS),
								AMOUNT_HINT_GENERAL);
			return false;
		}
		if (n == capacity)
		{
			capacity *= 2;
			tokens = repalloc(tokens, capacity * sizeof(AmountToken));
			*tokensp = tokens;
		}
		t = &tokens[n++];
		memset(t, 0, sizeof(*t));
		if (is_ascii_digit(*p) || (*p == '.' && p + 1 < end && is_ascii_digit(p[1])))
		{
			if (!lex_number(ps, &p, end, t))
				return false;
		}
		else if (is_ascii_letter(*p))
		{
			if (!lex_word(ps, &p, end, t))
				return false;
		}
		else if (*p == '+' || *p == '-' || *p == '(' || *p == ')' || *p == '$')
		{
			t->text = p;
			t->len = 1;
			switch (*p)
			{
				case '+':
					t->kind = TK_PLUS;
					break;
				case '-':
					t->kind = TK_MINUS;
					break;
				case '(':
					t->kind = TK_LPAREN;
					break;
				case ')':
					t->kind = TK_RPAREN;
					break;
				default:
					t->kind = TK_CURRENCY;
					if (!resolve_code(ps, "USD", &t->currency))
						return false;
					break;
			}
			p++;
		}
		else if (IS_HIGHBIT_SET(*p))
		{
			if (!lex_multibyte(ps, &p, end, t))
				return false;
		}
		else
		{
			t->text = p;
			t->len = 1;
			amount_syntax_error(ps,
								psprintf("The character \"%s\" is not part of any accepted form.",
										 token_text(t)),
								AMOUNT_HINT_GENERAL);
			return false;
		}
	}
	*ntokens = n;
	return true;
}

typedef struct Markers
{
	AmountToken *currency;
	AmountToken *sign;
	AmountToken *lparen;
	AmountToken *rparen;
} Markers;

/* Take one sign, parenthesis or currency; before is true left of the amount. */
static bool
note_marker(ParseState *ps, Markers *m, AmountToken *t, bool before)
{
	switch (t->kind)
	{
		case TK_CURRENCY:
			if (before && t->after_only)
			{
				amount_syntax_error(ps,
									psprintf("The currency \"%s\" comes before the number.",
											 token_text(t)),
									"Write \"円\", \"元\", \"원\" and the other East Asian currency "
									"names after the amount, as in \"2,017億円\"; symbols such as "
									"\"¥\" and \"₩\" may go before it.");
				return false;
			}
			if (m->currency != NULL)
			{
				amount_syntax_error(ps,
									psprintf("The text names a currency twice, \"%s\" and \"%s\".",
											 token_text(m->currency), token_text(t)),
									"Write exactly one currency code, symbol or word.");
				return false;
			}
			m->currency = t;
			return true;
		case TK_PLUS:
		case TK_MINUS:
			if (!before)
			{
				amount_syntax_error(ps,
									psprintf("The sign \"%s\" follows the number.", token_text(t)),
									"Write a sign before the number, as in \"-$5\" or \"USD -5\", "
									"or put a negative amount in parentheses.");
				return false;
			}
			if (m->sign != NULL)
			{
				amount_syntax_error(ps, "The text has more than one sign.",
									"Write at most one sign, before the number.");
				return false;
			}
			m->sign = t;
			break;
		case TK_LPAREN:
			if (!before || m->lparen != NULL)
			{
				amount_syntax_error(ps, "The parentheses are misplaced.",
									"Put a negative amount in one pair of parentheses around "
									"the number, as in \"(1,234.00) USD\" or \"($1,234.00)\".");
				return false;
			}
			m->lparen = t;
			break;
		case TK_RPAREN:
			if (before || m->rparen != NULL)
			{
				amount_syntax_error(ps, "The parentheses are misplaced.",
									"Put a negative amount in one pair of parentheses around "
									"the number, as in \"(1,234.00) USD\" or \"($1,234.00)\".");
				return false;
			}
			m->rparen = t;
			break;
		default:
			elog(ERROR, "unexpected token kind %d", (int) t->kind);
	}
	if (m->sign != NULL && (m->lparen != NULL || m->rparen != NULL))
	{
		amount_syntax_error(ps, "The text has both a sign and parentheses.",
							"Mark a negative amount either with \"-\" or with parentheses, "
							"not both.");
		return false;
	}
	return true;
}

static bool
is_marker(const AmountToken *t)
{
	return t->kind == TK_CURRENCY || t->kind == TK_PLUS || t->kind == TK_MINUS ||
		t->kind == TK_LPAREN || t->kind == TK_RPAREN;
}

/*
 * 千 and 천 (a thousand) count thousands inside a group of four digits, as in
 * 5千億円 (5000億) or 1조 5천억 원: "d 千 [n]" with a single digit d and an
 * integer n below 1000 stands for the number d * 1000 + n.  Rewrite each
 * such run as one number token, so the grammar proper never sees 千.
 */
static bool
combine_thousands(ParseState *ps, AmountToken *tokens, int *ntokens)
{
	int			n = *ntokens;
	int			out = 0;

	for (int i = 0; i < n; i++)
	{
		AmountToken *t = &tokens[i];

		if (t->kind == TK_UNIT && t->exponent == 3)
		{
			AmountToken *num = (out > 0) ? &tokens[out - 1] : NULL;

			if (num == NULL || num->kind != TK_NUMBER || num->script != SCRIPT_NONE)
			{
				amount_syntax_error(ps,
									psprintf("\"%s\" does not follow a single digit.", token_text(t)),
									"Write a digit from 1 to 9 before \"千\" or \"천\", as in "
									"\"5千億円\" or \"1조 5천억 원\".");
				return false;
			}
			if (num->fracdigits != 0 || num->digits < 1 || num->digits > 9 ||
				num->len != 1)
			{
				amount_syntax_error(ps,
									psprintf("\"%s%s\" does not have a single digit before \"%s\".",
											 token_text(num), token_text(t), token_text(t)),
									"Write a digit from 1 to 9 before \"千\" or \"천\", as in "
									"\"5千億円\" or \"1조 5천억 원\"; otherwise write the number in "
									"full (5000億円).");
				return false;
			}
			num->digits *= 1000;
			num->script = t->script;
			num->len = (t->text + t->len) - num->text;
			/* "5千300万": the hundreds after 千 belong to the same number */
			if (i + 1 < n && tokens[i + 1].kind == TK_NUMBER)
			{
				AmountToken *rest = &tokens[i + 1];

				if (rest->fracdigits != 0 || rest->digits >= 1000)
				{
					amount_syntax_error(ps,
										psprintf("\"%s\" after \"%s\" is not a whole number below 1000.",
												 token_text(rest), token_text(t)),
										"Write a digit from 1 to 9 before \"千\" or \"천\", as in "
										"\"5千億円\" or \"1조 5천억 원\"; otherwise write the number in "
										"full (5000億円).");
					return false;
				}
				num->digits += rest->digits;
				num->len = (rest->text + rest->len) - num->text;
				i++;
			}
			continue;
		}
		if (out != i)
			tokens[out] = *t;
		out++;
	}
	*ntokens = out;
	return true;
}

/* one term of the amount: digits * 10^exponent */
typedef struct Term
{
	int128		digits;
	int			exponent;
} Term;

/* is the integer part of number t below 10^k? */
static bool
number_below_pow10(const AmountToken *t, int k)
{
	int128		limit;

	if (!pow10_int128(k + t->fracdigits, &limit))
		return true;
	return t->digits < limit;
}

bool
currency_amount_parse(const char *str, ParsedAmount *result,
					  struct Node *escontext)
{
	ParseState	ps;
	AmountToken *tokens;
	int			ntokens;
	int			i = 0;
	Markers		m = {0};
	Term	   *terms;
	int			nterms = 0;
	AmountToken *chinese_ambiguous_unit = NULL;
	int			exponent;
	int128		total = 0;

	ps.str = str;
	ps.escontext = escontext;
	/* a UTF-8 copy in another encoding: currency_amount_encoding.c */
	ps.utf8 = (GetDatabaseEncoding() == PG_UTF8) || currency_amount_input_is_utf8;
	ps.text = ps.utf8 ? narrow_fullwidth(str) : str;

	if (!amount_lex(&ps, &tokens, &ntokens) ||
		!combine_thousands(&ps, tokens, &ntokens))
		return false;
	/* one term per token at most */
	terms = palloc((ntokens + 1) * sizeof(Term));
	if (ntokens == 0)
	{
		amount_syntax_error(&ps, "The text is empty.", AMOUNT_HINT_GENERAL);
		return false;
	}

	/* markers before the amount */
	while (i < ntokens && is_marker(&tokens[i]))
	{
		if (!note_marker(&ps, &m, &tokens[i], true))
			return false;
		i++;
	}
	if (i >= ntokens)
	{
		amount_syntax_error(&ps, "The text has no number.", AMOUNT_HINT_GENERAL);
		return false;
	}
	if (tokens[i].kind != TK_NUMBER)
	{
		amount_syntax_error(&ps,
							psprintf("\"%s\" comes before any number.", token_text(&tokens[i])),
							AMOUNT_HINT_GENERAL);
		return false;
	}

	/* the amount */
	if (i + 1 < ntokens && tokens[i + 1].kind == TK_UNIT)
	{
		AmountToken *prev_unit = NULL;
		AmountToken *num = &tokens[i++];

		for (;;)
		{
			AmountToken *unit = &tokens[i++];

			/* 5천億: 천 and the unit after it must agree */
			if (num->script != SCRIPT_NONE && num->script != unit->script)
			{
				amount_syntax_error(&ps,
									psprintf("\"%s%s\" mixes Korean and Chinese characters.",
											 token_text(num), token_text(unit)),
									AMOUNT_HINT_UNITS);
				return false;
			}
			if (prev_unit != NULL)
			{
				if (unit->script != prev_unit->script)
				{
					amount_syntax_error(&ps,
										psprintf("The units \"%s\" and \"%s\" mix Korean and Chinese characters.",
												 token_text(prev_unit), token_text(unit)),
										AMOUNT_HINT_UNITS);
					return false;
				}
				if (unit->exponent >= prev_unit->exponent)
				{
					amount_syntax_error(&ps,
										unit->exponent == prev_unit->exponent ?
										psprintf("The unit \"%s\" is repeated.", token_text(unit)) :
										psprintf("The unit \"%s\" follows the smaller unit \"%s\".",
												 token_text(unit), token_text(prev_unit)),
										AMOUNT_HINT_UNITS);
					return false;
				}
				/* 1兆12000億 is not an amount anyone writes */
				if (!number_below_pow10(num, prev_unit->exponent - unit->exponent))
				{
					amount_syntax_error(&ps,
										psprintf("\"%s%s\" is not less than one \"%s\".",
												 token_text(num), token_text(unit),
												 token_text(prev_unit)),
										AMOUNT_HINT_UNITS);
					return false;
				}
			}
			if (unit->chinese_ambiguous)
				chinese_ambiguous_unit = unit;
			terms[nterms].digits = num->digits;
			terms[nterms].exponent = unit->exponent - num->fracdigits;
			nterms++;
			prev_unit = unit;

			if (i < ntokens && tokens[i].kind == TK_NUMBER)
			{
				if (num->fracdigits > 0)
				{
					amount_syntax_error(&ps,
										psprintf("\"%s\" has a fraction but is not the last number.",
												 token_text(num)),
										"Only the last number of an amount may have a decimal point, "
										"as in \"1兆551.5億円\".");
					return false;
				}
				num = &tokens[i++];
				if (i < ntokens && tokens[i].kind == TK_UNIT)
					continue;
				/* a last number without a unit: 1億5000万1234円 */
				if (!number_below_pow10(num, prev_unit->exponent))
				{
					amount_syntax_error(&ps,
										psprintf("\"%s\" after \"%s\" is not less than one \"%s\".",
												 token_text(num), token_text(prev_unit),
												 token_text(prev_unit)),
										AMOUNT_HINT_UNITS);
					return false;
				}
				terms[nterms].digits = num->digits;
				terms[nterms].exponent = -num->fracdigits;
				nterms++;
			}
			break;
		}
	}
	else
	{
		AmountToken *num = &tokens[i++];
		int			scale = 0;

		if (i < ntokens && tokens[i].kind == TK_SCALE)
		{
			if (num->script != SCRIPT_NONE)
			{
				amount_syntax_error(&ps,
									psprintf("The scale word \"%s\" follows \"%s\".",
											 token_text(&tokens[i]), token_text(num)),
									AMOUNT_HINT_GENERAL);
				return false;
			}
			scale = tokens[i++].exponent;
		}
		terms[nterms].digits = num->digits;
		terms[nterms].exponent = scale - num->fracdigits;
		nterms++;
	}

	/* markers after the amount */
	while (i < ntokens && is_marker(&tokens[i]))
	{
		if (!note_marker(&ps, &m, &tokens[i], false))
			return false;
		i++;
	}
	if (i < ntokens)
	{
		AmountToken *t = &tokens[i];
		const char *detail;

		if (t->kind == TK_NUMBER && tokens[i - 1].kind == TK_NUMBER)
			detail = psprintf("A second number \"%s\" follows \"%s\".",
							  token_text(t), token_text(&tokens[i - 1]));
		else if (t->kind == TK_UNIT && tokens[i - 1].kind == TK_SCALE)
			detail = psprintf("The unit \"%s\" follows the scale word \"%s\".",
							  token_text(t), token_text(&tokens[i - 1]));
		else if (t->kind == TK_SCALE && tokens[i - 1].kind == TK_UNIT)
			detail = psprintf("The scale word \"%s\" follows the unit \"%s\".",
							  token_text(t), token_text(&tokens[i - 1]));
		else
			detail = psprintf("Unexpected \"%s\" after \"%.*s\".", token_text(t),
							  (int) (t->text - ps.text), ps.text);
		amount_syntax_error(&ps, detail, AMOUNT_HINT_GENERAL);
		return false;
	}
	if ((m.lparen == NULL) != (m.rparen == NULL))
	{
		amount_syntax_error(&ps, "The parentheses are not balanced.",
							"Put a negative amount in one pair of parentheses around "
							"the number, as in \"(1,234.00) USD\" or \"($1,234.00)\".");
		return false;
	}
	if (m.currency == NULL)
	{
		/* the hint is valid text in the server encoding */
		amount_syntax_error(&ps, "The text names no currency.",
							ps.utf8 ?
							"Add an ISO 4217 code (USD, JPY), a symbol ($, US$, ¥, €, £, ₩, "
							"円, 元, 원) or a currency word (dollars, yen, euros, pounds, won, "
							"yuan)." :
							"Add an ISO 4217 code (USD, JPY), \"$\" or a currency word "
							"(dollars, yen, euros, pounds, won, yuan).");
		return false;
	}
	if (chinese_ambiguous_unit != NULL)
	{
		char		code[4];

		currency_code(m.currency->currency, code);
		if (strcmp(code, "CNY") == 0)
		{
			amount_syntax_error(&ps,
								"In Chinese usage \"兆\" may mean 10^6 rather than 10^12, so an "
								"amount in yuan with \"兆\" is ambiguous.",
								"Write \"万亿\" for 10^12 yuan, for example \"1万亿元\".");
			return false;
		}
	}

	/* exact sum of the terms at the smallest exponent among them */
	exponent = INT_MAX;
	for (int k = 0; k < nterms; k++)
		exponent = Min(exponent, terms[k].exponent);
	for (int k = 0; k < nterms; k++)
	{
		int128		factor;
		int128		v;

		if (terms[k].digits == 0)
			continue;
		if (!pow10_int128(terms[k].exponent - exponent, &factor) ||
			__builtin_mul_overflow(terms[k].digits, factor, &v) ||
			__builtin_add_overflow(total, v, &total))
		{
			amount_range_error(&ps);
			return false;
		}
	}
	/* 1.50 is 15 * 10^-1: fewer digits for the caller to carry */
	while (total != 0 && exponent < 0 && total % 10 == 0)
	{
		total /= 10;
		exponent++;
	}
	if (total == 0)
		exponent = 0;

	result->negative = (total != 0) && (m.lparen != NULL ||
										(m.sign != NULL && m.sign->kind == TK_MINUS));
	result->coefficient = total;
	result->exponent = exponent;
	result->currency = m.currency->currency;
	pfree(tokens);
	pfree(terms);
	return true;
}
