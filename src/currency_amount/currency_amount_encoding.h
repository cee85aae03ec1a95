/*
 * currency_amount_encoding.h
 *		Amount input in databases whose encoding is not UTF-8.
 *
 * The parser's lexicon (円, 億, ₩, 원, ...) is written in UTF-8.  In a
 * database of another encoding, text that is not ASCII is parsed through a
 * UTF-8 copy, so every form the database can hold is understood (EUC_JP: 円
 * and 億; LATIN1: ¥ and £), and the messages come back in the database's
 * encoding.  A form it cannot hold cannot reach the parser: the client's text
 * fails conversion to the database encoding first (22P05).
 */
#ifndef COSTSHARE_CURRENCY_AMOUNT_ENCODING_H
#define COSTSHARE_CURRENCY_AMOUNT_ENCODING_H

#include "currency_amount_parse.h"

/*
 * True while the parser reads a UTF-8 copy of the input: it then matches the
 * multibyte lexicon whatever the server encoding.
 */
extern bool currency_amount_input_is_utf8;

/* currency_amount_parse for text in the server encoding, whichever it is */
extern bool currency_amount_parse_server_text(const char *str, ParsedAmount *result,
											  struct Node *escontext);

#endif							/* COSTSHARE_CURRENCY_AMOUNT_ENCODING_H */
