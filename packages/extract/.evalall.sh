#!/bin/bash
# usage: .evalall.sh [actors.json]
cd /work/main
for f in packages/extract/fixtures/articles/*.txt; do j=${f%.txt}.json; echo "=== $(basename $f)"; if [ -n "$1" ]; then npx tsx packages/extract/scripts/eval.ts $f $j --actors $1 2>&1 | sed -n "${FROM:-3},200p"; else npx tsx packages/extract/scripts/eval.ts $f $j 2>&1 | sed -n "${FROM:-3},200p"; fi; done
