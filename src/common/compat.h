/*
 * compat.h
 *		What differs between the PostgreSQL versions costshare builds for.
 *
 * Soft input errors (errsave/ereturn with an escontext) arrived in
 * PostgreSQL 16; before that every input error is thrown.  Code is written
 * against the 16 interface and this header supplies it on older servers, so
 * pg_input_is_valid() works where it exists and nothing changes elsewhere.
 */
#ifndef COSTSHARE_COMPAT_H
#define COSTSHARE_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#else
#define errsave(context, ...)	ereport(ERROR, __VA_ARGS__)
#define ereturn(context, dummy_value, ...) \
	do { \
		ereport(ERROR, __VA_ARGS__); \
		return dummy_value; \
	} while (0)
#define SOFT_ERROR_OCCURRED(escontext)	false
#endif

/* escontext of an input function: fcinfo->context on 16 and later */
#if PG_VERSION_NUM >= 160000
#define COSTSHARE_ESCONTEXT(fcinfo)	((fcinfo)->context)
#else
#define COSTSHARE_ESCONTEXT(fcinfo)	((struct Node *) NULL)
#endif

#endif							/* COSTSHARE_COMPAT_H */
