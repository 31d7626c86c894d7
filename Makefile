# Thin wrapper over the CMake presets; `make run` and `make test` are the README's commands.
JOBS ?= $(shell nproc)
DEMO ?= resources/demo

.PHONY: deps build run test asan bench screenshots clean

deps:
	@.ci/install-deps

build: deps
	@cmake --preset dev >/dev/null
	@cmake --build --preset dev -j$(JOBS)

run: build
	build/dev/app/dtdb-history/dtdb-history $(DEMO)/server

test: build
	ctest --preset dev -j$(JOBS)

asan: deps
	cmake --preset asan && cmake --build --preset asan -j$(JOBS) && ctest --preset asan -j$(JOBS)

bench: deps
	cmake --preset release >/dev/null && cmake --build --preset release -j$(JOBS)
	build/release/bench/dtdb-bench-engine

screenshots: build
	resources/screenshots/take-screenshots.sh build/dev/app/dtdb-history/dtdb-history

clean:
	rm -rf build
