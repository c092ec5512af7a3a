#!/bin/bash
# Renders the French manual pages (apt-get install manpages-fr manpages-fr-dev)
# to plain text in txt/, one file a page, for gen.py.
mkdir -p txt
i=0
find /usr/share/man/fr -type f -name '*.gz' | sort | while read f; do
  i=$((i+1))
  MANWIDTH=2000 LANG=C.UTF-8 man --nh --nj -E UTF-8 -l "$f" 2>/dev/null | col -b > txt/$i.txt
done
