/*
 * compat.h
 *		What differs between the PostgreSQL versions costshare builds for
 *		(15, 16, 17, 18); the one place that tests PG_VERSION_NUM.
 *
 * Code is written against the newest interface; for older servers this
 * header supplies it, or its nearest equivalent.  One comment per
 * difference names the version that introduced it.
 */
#ifndef COSTSHARE_COMPAT_H
#define COSTSHARE_COMPAT_H

#include "postgres.h"
#include "fmgr.h"

/*
 * PostgreSQL 16: soft input errors.  An input function reports through the
 * ErrorSaveContext in fcinfo->context (errsave/ereturn), so that
 * pg_input_is_valid() and pg_input_error_info() get the error without a
 * transaction abort.  On 15 every input error is thrown, with the same
 * SQLSTATE and message.
 */
#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#define COSTSHARE_ESCONTEXT(fcinfo)	((fcinfo)->context)
#else
#define errsave(context, ...)	ereport(ERROR, __VA_ARGS__)
#define ereturn(context, dummy_value, ...) \
	do { \
		ereport(ERROR, __VA_ARGS__); \
		return dummy_value; \
	} while (0)
#define SOFT_ERROR_OCCURRED(escontext)	false
#define COSTSHARE_ESCONTEXT(fcinfo)	((struct Node *) NULL)
#endif

/*
 * PostgreSQL 16: make_range() takes an escontext as its last argument, and
 * reports a bad range through it.  On 15 it always throws.
 */
#include "utils/rangetypes.h"
#if PG_VERSION_NUM < 160000
#define make_range(typcache, lower, upper, empty, escontext) \
	make_range(typcache, lower, upper, empty)
#endif

/*
 * PostgreSQL 18: a function that never returns is marked by pg_noreturn in
 * front of its declaration (C11 _Noreturn); the trailing
 * pg_attribute_noreturn() of 15 to 17 is gone.  On those versions
 * pg_attribute_noreturn() is a GCC/Clang attribute (or MSVC's
 * __declspec(noreturn)), both of which may also stand in front.
 */
#ifndef pg_noreturn
#define pg_noreturn pg_attribute_noreturn()
#endif

/*
 * PostgreSQL 18: the module's magic block may carry its name and version,
 * which pg_get_loaded_modules() reports.  COSTSHARE_VERSION comes from the
 * control file through the Makefile.
 */
#ifdef PG_MODULE_MAGIC_EXT
#define COSTSHARE_MODULE_MAGIC \
	PG_MODULE_MAGIC_EXT(.name = "costshare", .version = COSTSHARE_VERSION)
#else
#define COSTSHARE_MODULE_MAGIC PG_MODULE_MAGIC
#endif

#endif							/* COSTSHARE_COMPAT_H */
