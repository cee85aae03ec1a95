# costshare: PGXS build.
#
# Each type lives in its own folder under src/ with its C, its header and the
# SQL that declares it.  The install script is the concatenation of those SQL
# fragments, folder by folder in the order of TYPE_DIRS (a type's SQL may use
# only the types declared before it), files inside a folder in name order.

EXTENSION = costshare
# The version has one source: default_version in costshare.control.
EXTVERSION := $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" $(EXTENSION).control)

TYPE_DIRS = common currency currency_amount agreement_period fiscal_calendar schema

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

# pg_regress: every file in sql/ is a test, run in name order in one database
# into which pg_regress first installs the extension.
REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --load-extension=btree_gist --load-extension=$(EXTENSION)

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
