#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing, then runs every test.
#   - the npm test peers (telegram-test-api emulator, twilio webhook signing), from package-lock.json
#   - Debian's chromium for the browser tests of the public receipts page (Playwright drives it by its path;
#     it never downloads a browser)
#   - Debian's postgresql server binaries: the tests start a throwaway cluster of their own (never the system one)
# Extra arguments go to dotnet test (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -f package-lock.json ] && { [ ! -e node_modules ] || [ -n "${CI:-}" ]; }; then
  npm ci --no-audit --no-fund
fi

if [ -z "${CIVBOT_CHROMIUM:-}" ] && [ ! -x /usr/lib/chromium/chromium ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ -z "${CIVBOT_PG_BIN:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the PostgreSQL tests..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi

dotnet test CivBot.sln "$@"
