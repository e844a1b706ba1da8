# The commands a person types. Each target installs what it needs on a fresh machine.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ERRKB := .build/release/errkb

.PHONY: deps build test run bench bench-smoke clean

# libyaml (through pkg-config) for the CYAML target, jemalloc for the executable (README,
# "Dependencies"); python3's jsonschema for the oracle tests.
deps:
	@command -v pkg-config >/dev/null && pkg-config --exists yaml-0.1 jemalloc || \
		($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libyaml-dev libjemalloc-dev pkg-config)
	@python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet jsonschema || true

# The Swift runtime and Foundation linked in (README, "Dependencies"): each run starts ~5 ms sooner.
build: deps
	$(SWIFT) build -c release --product errkb --static-swift-stdlib

# The whole test suite: unit, golden, differential (python3 oracles) and conformance tests.
test: deps
	$(SWIFT) test
	$(MAKE) bench-smoke

# errkb's main job on the KB in records/: check it, then build the release bundle into dist/.
run: build
	$(ERRKB) validate
	$(ERRKB) build --out dist

# errkb against the libyaml floor and a Python pipeline; writes bench/results.md.
bench: deps
	bench/run.sh

# One run on 1,000 records into a scratch file: keeps the benchmark from rotting (part of make test).
bench-smoke: deps
	BENCH_SIZES=1000 BENCH_RUNS=1 BENCH_WORK=.build/bench-smoke BENCH_RESULTS=.build/bench-smoke/results.md bench/run.sh >/dev/null
	@grep -q "| 1000 | .* | validate |" .build/bench-smoke/results.md && echo "bench-smoke: ok"

clean:
	rm -rf .build dist
