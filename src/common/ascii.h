/*
 * ascii.h
 *		Character classes for the input functions, in ASCII alone.
 *
 * <ctype.h> classifies by the database's LC_CTYPE, so under some locales
 * and C libraries a byte of a multibyte character, or a no-break space in
 * a single-byte encoding, counts as a space or a digit.  Whether a text is
 * a valid value must not depend on the locale: every parser of the
 * extension asks these instead.
 */
#ifndef COSTSHARE_ASCII_H
#define COSTSHARE_ASCII_H

static inline bool
is_ascii_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		c == '\f' || c == '\v';
}

static inline bool
is_ascii_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
is_ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

#endif							/* COSTSHARE_ASCII_H */
