#!/bin/sh
# Register tslab, the TypeScript kernel of examples/seed-pair.ipynb, with Debian's Jupyter:
#   sh examples/notebook/install-kernel.sh            (after npm ci --prefix examples/notebook)
# The kernel spec names tslab by its absolute path: a bare `tslab` (tslab's default) is not on
# PATH, since it lives in this folder's node_modules/.bin, and Jupyter would fail to start it.
# /usr/bin/python3 is Debian's, the one with Jupyter (a pyenv or venv python3 first on PATH
# may have none). Extra arguments go to `tslab install` (--user, --prefix DIR); without
# them it installs for the current user, or system-wide as root.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tslab="$here/node_modules/.bin/tslab"
if [ ! -x "$tslab" ]; then
  echo "install-kernel.sh: $tslab not found: run npm ci --prefix examples/notebook first" >&2
  exit 2
fi
exec "$tslab" install --python=/usr/bin/python3 --binary="$tslab" "$@"
