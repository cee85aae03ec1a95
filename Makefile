# costshare: PGXS build.
#
# Each type lives in its own folder under src/ with its C, its header and the
# SQL that declares it.  The install script is the concatenation of those SQL
# fragments, folder by folder in the order of TYPE_DIRS (a type's SQL may use
# only the types declared before it), files inside a folder in name order.

EXTENSION = costshare
# The version has one source: default_version in costshare.control.
EXTVERSION := $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" $(EXTENSION).control)

# The rooms of src/, lowest first.  This one list is both the order of the
# SQL fragments and the layer order of the C: a room may include the headers
# of the rooms before it, never of those after it (make check-layers).
# proration (the splits over fiscal years) has no folder yet; its place is
# kept.
TYPE_DIRS = common currency currency_amount agreement_period fiscal_calendar proration schema

MODULE_big = costshare
OBJS = src/costshare.o \
	$(patsubst %.c,%.o,$(foreach d,$(TYPE_DIRS),$(sort $(wildcard src/$(d)/*.c))))

SQL_FRAGMENTS = src/costshare.sql \
	$(foreach d,$(TYPE_DIRS),$(sort $(wildcard src/$(d)/*.sql)))

# The install script of the version being built is generated; the install
# scripts of released versions (costshare--0.1.0.sql, ...) are kept in the tree
# exactly as they shipped, beside the update scripts that lead from each
# release to the next (costshare--0.1.0--0.2.0.sql, ...).
DATA_built = $(EXTENSION)--$(EXTVERSION).sql
DATA = $(filter-out $(DATA_built),$(wildcard $(EXTENSION)--*.sql))

# pg_regress: sql/NAME.sql against expected/NAME.out, run in this order in one
# database into which pg_regress first installs the extension.  The list is
# written out, feature by feature, so that the order is chosen rather than
# alphabetical.  Each test sets up what it needs and removes what it made,
# and runs alone as well as here, with one exception, named here:
# schema_data loads the Japan-US sample data set (data/10_japan_us.sql) and
# leaves it in place, so
#   - schema_views, schema_reader, schema_second_host and
#     schema_walkthrough, which read it (or its party US), run after
#     schema_data;
#   - schema_constraints, whose messages show the ids of its rows as the
#     sequences give them to an empty table, runs before it.
# The long generated checks (limits, round trips, fuzzing) come last, after
# the features they exercise.  A file in sql/ missing from this list stops
# the build, so none is skipped.
REGRESS = \
	extension module_magic function_declarations extension_security \
	currency_type \
	amount_io amount_parse amount_parse_hint_language amount_parse_fast_path \
	amount_soft_errors \
	soft_input_errors \
	amount_roundtrip amount_compare amount_sort_abbrev amount_arith \
	amount_scale amount_aggregate amount_sum_fastpath amount_accumulator_limits \
	amount_allocate \
	amount_format amount_format_east_asian \
	period_io period_operators period_gist \
	client_params \
	fiscal_calendar fiscal_years period_calendar_year_labels \
	fiscal_allocate fiscal_allocate_amount \
	fiscal_allocate_rescan fiscal_allocate_rows fiscal_bounds \
	schema_category_cycle schema_constraints schema_data schema_lock_rights \
	schema_views schema_reader \
	schema_second_host schema_walkthrough \
	readme \
	amount_limits amount_scale_words amount_format_roundtrip \
	period_date_limits fiscal_label_roundtrip text_input_fuzz \
	binary_input_fuzz
# (make installcheck REGRESS='amount_parse period_gist' runs a chosen few.)
REGRESS_FILES = $(patsubst sql/%.sql,%,$(wildcard sql/*.sql))
# (a build copy without sql/, such as scripts/cluster.sh's, has none to check)
ifeq ($(origin REGRESS),file)
ifneq ($(REGRESS_FILES),)
ifneq ($(sort $(REGRESS)),$(sort $(REGRESS_FILES)))
$(error sql/ and REGRESS in the Makefile differ; list every test once: not listed: $(filter-out $(REGRESS),$(REGRESS_FILES)); no file: $(filter-out $(REGRESS_FILES),$(REGRESS)))
endif
endif
endif
REGRESS_OPTS = --inputdir=. --load-extension=btree_gist --load-extension=$(EXTENSION)

# pg_isolation_regress: every specs/*.spec (cross-row rules under concurrent
# transactions), expected output in expected/ beside pg_regress's.
ISOLATION = $(patsubst specs/%.spec,%,$(sort $(wildcard specs/*.spec)))
ISOLATION_OPTS = --load-extension=$(EXTENSION)

# COSTSHARE_VERSION: the version the module's magic block reports (18+)
PG_CPPFLAGS = -I$(srcdir)/src -DCOSTSHARE_VERSION='"$(EXTVERSION)"'
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare
ifdef COSTSHARE_WERROR
PG_CFLAGS += -Werror
endif

EXTRA_CLEAN = $(DATA_built) META.check

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

$(DATA_built): $(SQL_FRAGMENTS) Makefile $(EXTENSION).control
	cat $(SQL_FRAGMENTS) > $@

# Every object depends on every header: the headers are few and small, and a
# stale object with an old struct layout is a silent wrong answer.
$(OBJS): $(wildcard src/*.h src/*/*.h)
src/costshare.o: $(EXTENSION).control

# META.json must carry the control file's version.
.PHONY: check-version
check-version:
	@meta=$$(sed -n 's/^   "version": "\([^"]*\)".*/\1/p' META.json); \
	if [ "$$meta" != "$(EXTVERSION)" ]; then \
		echo "META.json version '$$meta' differs from costshare.control '$(EXTVERSION)'" >&2; exit 1; \
	fi; echo "version $(EXTVERSION): costshare.control and META.json agree"

# No room includes the header of a room above it in TYPE_DIRS, and every
# folder of src/ is a room in TYPE_DIRS, so that dependencies run one way.
#
# Known exceptions, as FILE:HEADER, each to be removed when mended; an entry
# that no longer occurs fails the check, so the list only shrinks.
#   agreement_period.c reads fiscal labels (JFY2016..JFY2020) through
#   fiscal_calendar.h: the period's text input is to move up to
#   fiscal_calendar, which will try dates, then labels.
LAYER_EXCEPTIONS = \
	src/agreement_period/agreement_period.c:fiscal_calendar/fiscal_calendar.h

.PHONY: check-layers
check-layers:
	@bad=0; rank=0; \
	for room in $(TYPE_DIRS); do rank=$$((rank + 1)); eval "rank_$$room=$$rank"; done; \
	for dir in src/*/; do \
		room=$$(basename "$$dir"); \
		if [ -z "$$(eval echo \$${rank_$$room:-})" ]; then \
			echo "src/$$room/ is not a room in TYPE_DIRS (Makefile): add it in its place" >&2; bad=1; \
		fi; \
	done; \
	seen=""; \
	for room in $(TYPE_DIRS); do \
		for file in $$(ls src/$$room/*.c src/$$room/*.h 2>/dev/null); do \
			for header in $$(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$$file"); do \
				to=$${header%%/*}; \
				[ "$$to" != "$$header" ] || continue; \
				to_rank=$$(eval echo \$${rank_$$to:-}); \
				[ -n "$$to_rank" ] || continue; \
				[ "$$to_rank" -gt "$$(eval echo \$$rank_$$room)" ] || continue; \
				case " $(LAYER_EXCEPTIONS) " in \
				*" $$file:$$header "*) seen="$$seen $$file:$$header"; continue ;; \
				esac; \
				echo "$$file includes $$header: $$room must not depend on $$to, a higher room (TYPE_DIRS in the Makefile)" >&2; \
				bad=1; \
			done; \
		done; \
	done; \
	for exception in $(LAYER_EXCEPTIONS); do \
		case "$$seen " in \
		*" $$exception "*) ;; \
		*) echo "LAYER_EXCEPTIONS lists $$exception, which no longer occurs: remove it" >&2; bad=1 ;; \
		esac; \
	done; \
	[ "$$bad" -eq 0 ] && echo "layers: every include runs down $(TYPE_DIRS) (known exceptions: $(words $(LAYER_EXCEPTIONS)))"
