/*
 * currency_amount_lexicon.c
 *		The spellings of money the amount parser reads, in tables.
 *
 * Symbols, currency names in English, Japanese, Chinese and Korean, scale
 * words and East Asian units, each with what it means.  Where each may
 * stand (before or after the number, in which order) is the grammar's
 * business, in currency_amount_parse.c; doc/amount_input.md lists them for
 * the user.  Adding a spelling here is all it takes for the parser to read
 * it.
 *
 * Multibyte entries are written in UTF-8; the parser matches them only when
 * the server encoding is UTF-8.
 */
#include "postgres.h"

#include "currency_amount_lexicon.h"

/*
 * Multibyte forms (UTF-8).  The longest entry matching at a position wins, so
 * "日元" is yen although "元" alone is yuan, and "万亿" is 10^12.
 */
const LexEntry amount_multibyte_lexicon[] = {
	/* symbols */
	{LEX("¥"), TK_CURRENCY, "JPY"},
	{LEX("￥"), TK_CURRENCY, "JPY"},	/* full-width yen sign */
	{LEX("€"), TK_CURRENCY, "EUR"},
	{LEX("£"), TK_CURRENCY, "GBP"},
	{LEX("₩"), TK_CURRENCY, "KRW"},
	{LEX("￦"), TK_CURRENCY, "KRW"},	/* full-width won sign */
	{LEX("円"), TK_CURRENCY, "JPY", 0, SCRIPT_NONE, true},
	{LEX("元"), TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	{LEX("원"), TK_CURRENCY, "KRW", 0, SCRIPT_NONE, true},
	/* Japanese currency names */
	{LEX("ドル"), TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{LEX("米ドル"), TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{LEX("ユーロ"), TK_CURRENCY, "EUR", 0, SCRIPT_NONE, true},
	{LEX("ポンド"), TK_CURRENCY, "GBP", 0, SCRIPT_NONE, true},
	{LEX("ウォン"), TK_CURRENCY, "KRW", 0, SCRIPT_NONE, true},
	{LEX("人民元"), TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	/* Chinese currency names */
	{LEX("人民币"), TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	{LEX("日元"), TK_CURRENCY, "JPY", 0, SCRIPT_NONE, true},
	{LEX("美元"), TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{LEX("欧元"), TK_CURRENCY, "EUR", 0, SCRIPT_NONE, true},
	{LEX("英镑"), TK_CURRENCY, "GBP", 0, SCRIPT_NONE, true},
	{LEX("韩元"), TK_CURRENCY, "KRW", 0, SCRIPT_NONE, true},
	/* Korean currency names */
	{LEX("달러"), TK_CURRENCY, "USD", 0, SCRIPT_NONE, true},
	{LEX("엔"), TK_CURRENCY, "JPY", 0, SCRIPT_NONE, true},
	{LEX("위안"), TK_CURRENCY, "CNY", 0, SCRIPT_NONE, true},
	{LEX("유로"), TK_CURRENCY, "EUR", 0, SCRIPT_NONE, true},
	{LEX("파운드"), TK_CURRENCY, "GBP", 0, SCRIPT_NONE, true},
	/* units */
	{LEX("千"), TK_UNIT, NULL, 3, SCRIPT_HAN},	/* only inside a group: 5千億 */
	{LEX("천"), TK_UNIT, NULL, 3, SCRIPT_HANGUL},
	{LEX("万"), TK_UNIT, NULL, 4, SCRIPT_HAN},
	{LEX("萬"), TK_UNIT, NULL, 4, SCRIPT_HAN},
	{LEX("億"), TK_UNIT, NULL, 8, SCRIPT_HAN},
	{LEX("亿"), TK_UNIT, NULL, 8, SCRIPT_HAN},
	/* 10^12 in Japanese; Chinese has used it for 10^6 as well */
	{LEX("兆"), TK_UNIT, NULL, 12, SCRIPT_HAN, false, true},
	{LEX("万亿"), TK_UNIT, NULL, 12, SCRIPT_HAN},
	{LEX("萬億"), TK_UNIT, NULL, 12, SCRIPT_HAN},
	{LEX("만"), TK_UNIT, NULL, 4, SCRIPT_HANGUL},
	{LEX("억"), TK_UNIT, NULL, 8, SCRIPT_HANGUL},
	{LEX("조"), TK_UNIT, NULL, 12, SCRIPT_HANGUL},
	/* U+2212 MINUS SIGN, as typeset documents write it */
	{LEX("−"), TK_MINUS},
	/* Japanese budget documents mark negative figures with a triangle */
	{LEX("△"), TK_MINUS},
	{LEX("▲"), TK_MINUS},
};
const int	amount_multibyte_lexicon_size = lengthof(amount_multibyte_lexicon);

/* Words, matched without regard to case. */
const LexEntry amount_word_lexicon[] = {
	{LEX("yen"), TK_CURRENCY, "JPY"},
	{LEX("dollar"), TK_CURRENCY, "USD"},
	{LEX("dollars"), TK_CURRENCY, "USD"},
	{LEX("euro"), TK_CURRENCY, "EUR"},
	{LEX("euros"), TK_CURRENCY, "EUR"},
	{LEX("pound"), TK_CURRENCY, "GBP"},
	{LEX("pounds"), TK_CURRENCY, "GBP"},
	{LEX("sterling"), TK_CURRENCY, "GBP"},
	{LEX("won"), TK_CURRENCY, "KRW"},
	{LEX("yuan"), TK_CURRENCY, "CNY"},
	{LEX("renminbi"), TK_CURRENCY, "CNY"},
	{LEX("rmb"), TK_CURRENCY, "CNY"},
	/* scale words */
	{LEX("thousand"), TK_SCALE, NULL, 3},
	{LEX("k"), TK_SCALE, NULL, 3},
	{LEX("million"), TK_SCALE, NULL, 6},
	{LEX("m"), TK_SCALE, NULL, 6},
	{LEX("mn"), TK_SCALE, NULL, 6},
	{LEX("billion"), TK_SCALE, NULL, 9},
	{LEX("b"), TK_SCALE, NULL, 9},
	{LEX("bn"), TK_SCALE, NULL, 9},
	{LEX("trillion"), TK_SCALE, NULL, 12},
	{LEX("tn"), TK_SCALE, NULL, 12},
	{LEX("t"), TK_SCALE, NULL, 12},	/* as format_amount(..., 'compact') writes it */
};
const int	amount_word_lexicon_size = lengthof(amount_word_lexicon);

/*
 * Letters glued to "$" or "¥".  A bare "$" is the US dollar and a bare "¥"
 * the yen.
 */
const SymbolPrefix amount_symbol_prefixes[] = {
	{LEX("US"), LEX("$"), "USD"},
	{LEX("A"), LEX("$"), "AUD"},
	{LEX("AU"), LEX("$"), "AUD"},
	{LEX("C"), LEX("$"), "CAD"},
	{LEX("CA"), LEX("$"), "CAD"},
	{LEX("HK"), LEX("$"), "HKD"},
	{LEX("NZ"), LEX("$"), "NZD"},
	{LEX("S"), LEX("$"), "SGD"},
	{LEX("SG"), LEX("$"), "SGD"},
	{LEX("NT"), LEX("$"), "TWD"},
	{LEX("MX"), LEX("$"), "MXN"},
	{LEX("R"), LEX("$"), "BRL"},
	{LEX("CN"), LEX("¥"), "CNY"},
	{LEX("RMB"), LEX("¥"), "CNY"},
	{LEX("JP"), LEX("¥"), "JPY"},
};
const int	amount_symbol_prefixes_size = lengthof(amount_symbol_prefixes);
