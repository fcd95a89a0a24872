#!/usr/bin/env bash
# Installs what building and testing assoc-tidy needs on Debian 12, and
# nothing that is already there.
set -euo pipefail

packages=(cmake ninja-build g++ python3 git
          llvm-19-dev libclang-19-dev clang-19 clang-tidy-19 clangd-19
          clang-tools-19 llvm-19-tools nlohmann-json3-dev libgtest-dev
          ruby-activerecord libsqlite3-dev libpq-dev postgresql
          postgresql-common libclang-rt-19-dev libboost-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing+=("$p")
done
# Node.js validates the SARIF output in the tests; any node will do.
command -v npm >/dev/null || missing+=(nodejs npm)
if ((${#missing[@]})); then
  echo "assoc-tidy: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
