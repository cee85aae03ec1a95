/*
 * currency_amount_parse.c
 *		Text to an exact decimal and a currency; see currency_amount_parse.h.
 *
 * Two stages: a tokenizer that cuts the text into numbers, words and signs,
 * and a grammar over the token list.  The forms recognised so far are the
 * canonical ones:
 *
 *		amount	:= [sign] code [sign] number
 *				 | [sign] number code
 *		number	:= digits [ "." digits ]		digits may group by "," in threes
 *		code	:= three letters, any case, in the ISO 4217 catalog
 *
 * with spaces allowed between tokens.  Symbols, currency words, scale words
 * and East Asian units extend the token kinds and the grammar; the number is
 * always carried as coefficient * 10^exponent so nothing is ever rounded.
 */
#include "postgres.h"

#include "common/compat.h"
#include "currency_amount/currency_amount_parse.h"

/* at most this many tokens in any accepted form */
#define PARSE_MAX_TOKENS	8

/* 38 decimal digits always fit an int128 */
#define PARSE_MAX_DIGITS	38

typedef enum TokenKind
{
	TOK_NUMBER,
	TOK_WORD,
	TOK_SIGN
} TokenKind;

typedef struct Token
{
	TokenKind	kind;
	const char *start;			/* in the input */
	int			len;
	int128		coefficient;	/* TOK_NUMBER: value = coefficient * 10^exponent */
	int			exponent;
	bool		negative;		/* TOK_SIGN: '-' */
} Token;

typedef struct ParseState
{
	const char *input;			/* whole text, for messages */
	Token		tokens[PARSE_MAX_TOKENS];
	int			ntokens;
	struct Node *escontext;
} ParseState;

static bool
parse_fail(ParseState *ps, const char *detail)
{
	ereturn(ps->escontext, false,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type currency_amount: \"%s\"", ps->input),
			 errdetail("%s", detail),
			 errhint("Write an amount as a currency code and a number, such as \"USD 1910000000.00\" or \"946500000000 JPY\".")));
}

static inline bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static inline bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Lex a number at *p: digits, optionally grouped by commas in threes, and an
 * optional fraction.  Leading zeros do not count towards the digit limit.
 */
static bool
lex_number(ParseState *ps, const char **p, Token *tok)
{
	const char *s = *p;
	int128		coef = 0;
	int			significant = 0;
	int			exponent = 0;
	int			group = 0;		/* digits in the current comma group */
	bool		grouped = false;
	bool		first_group = true;

	tok->kind = TOK_NUMBER;
	tok->start = s;
	for (;;)
	{
		if (is_digit(*s))
		{
			if (coef != 0 || *s != '0')
			{
				if (++significant > PARSE_MAX_DIGITS)
					ereturn(ps->escontext, false,
							(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
							 errmsg("currency_amount out of range: \"%s\"", ps->input),
							 errdetail("The number has more than %d significant digits.", PARSE_MAX_DIGITS)));
				coef = coef * 10 + (*s - '0');
			}
			group++;
			s++;
		}
		else if (*s == ',' && is_digit(s[1]))
		{
			if ((first_group && group > 3) || (!first_group && group != 3))
				return parse_fail(ps, "Thousands separators must separate groups of three digits.");
			grouped = true;
			first_group = false;
			group = 0;
			s++;
		}
		else
			break;
	}
	if (grouped && group != 3)
		return parse_fail(ps, "Thousands separators must separate groups of three digits.");
	if (*s == '.')
	{
		s++;
		if (!is_digit(*s))
			return parse_fail(ps, "A decimal point must be followed by a digit.");
		while (is_digit(*s))
		{
			if (coef != 0 || *s != '0')
			{
				if (++significant > PARSE_MAX_DIGITS)
					ereturn(ps->escontext, false,
							(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
							 errmsg("currency_amount out of range: \"%s\"", ps->input),
							 errdetail("The number has more than %d significant digits.", PARSE_MAX_DIGITS)));
				coef = coef * 10 + (*s - '0');
			}
			exponent--;
			s++;
		}
	}
	tok->len = (int) (s - tok->start);
	tok->coefficient = coef;
	tok->exponent = exponent;
	*p = s;
	return true;
}

static bool
tokenize(ParseState *ps)
{
	const char *p = ps->input;

	ps->ntokens = 0;
	for (;;)
	{
		Token	   *tok;

		while (is_space(*p))
			p++;
		if (*p == '\0')
			return true;
		if (ps->ntokens == PARSE_MAX_TOKENS)
			return parse_fail(ps, "There is more text than an amount.");
		tok = &ps->tokens[ps->ntokens++];
		memset(tok, 0, sizeof(Token));
		if (is_digit(*p))
		{
			if (!lex_number(ps, &p, tok))
				return false;
		}
		else if (is_alpha(*p))
		{
			tok->kind = TOK_WORD;
			tok->start = p;
			while (is_alpha(*p))
				p++;
			tok->len = (int) (p - tok->start);
		}
		else if (*p == '+' || *p == '-')
		{
			tok->kind = TOK_SIGN;
			tok->start = p;
			tok->len = 1;
			tok->negative = (*p == '-');
			p++;
		}
		else
		{
			char		detail[64];

			snprintf(detail, sizeof(detail), "Unexpected character at \"%.8s\".", p);
			return parse_fail(ps, detail);
		}
	}
}

/* A word that names a currency: for now, an ISO 4217 code. */
static bool
resolve_currency_word(ParseState *ps, const Token *tok, Currency *currency)
{
	return currency_from_code(tok->start, tok->len, currency, ps->escontext);
}

bool
currency_amount_parse(const char *str, ParsedAmount *result,
					  struct Node *escontext)
{
	ParseState	ps;
	int			i = 0;
	int			nsigns = 0;
	bool		negative = false;
	const Token *number = NULL;
	const Token *word = NULL;

	ps.input = str;
	ps.escontext = escontext;
	if (!tokenize(&ps))
		return false;
	if (ps.ntokens == 0)
		return parse_fail(&ps, "The text is empty.");

	/* [sign] code [sign] number | [sign] number code */
	if (i < ps.ntokens && ps.tokens[i].kind == TOK_SIGN)
	{
		negative = ps.tokens[i].negative;
		nsigns++;
		i++;
	}
	if (i < ps.ntokens && ps.tokens[i].kind == TOK_WORD)
	{
		word = &ps.tokens[i++];
		if (i < ps.ntokens && ps.tokens[i].kind == TOK_SIGN)
		{
			negative = ps.tokens[i].negative;
			nsigns++;
			i++;
		}
		if (i < ps.ntokens && ps.tokens[i].kind == TOK_NUMBER)
			number = &ps.tokens[i++];
	}
	else if (i < ps.ntokens && ps.tokens[i].kind == TOK_NUMBER)
	{
		number = &ps.tokens[i++];
		if (i < ps.ntokens && ps.tokens[i].kind == TOK_WORD)
			word = &ps.tokens[i++];
	}

	if (nsigns > 1)
		return parse_fail(&ps, "An amount has at most one sign.");
	if (number == NULL)
		return parse_fail(&ps, "The amount has no number.");
	if (word == NULL)
		return parse_fail(&ps, "The amount has no currency.");
	if (i != ps.ntokens)
		return parse_fail(&ps, "There is more text than an amount.");

	if (!resolve_currency_word(&ps, word, &result->currency))
		return false;
	result->coefficient = number->coefficient;
	result->exponent = number->exponent;
	result->negative = negative && number->coefficient != 0;
	return true;
}
