# make install PREFIX=/usr/local: scripts/install does the work (a static release build, the
# man page and the shell completions); see README.md, "Install".
PREFIX ?= /usr/local

.PHONY: install
install:
	PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" scripts/install
