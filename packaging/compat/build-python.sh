#!/usr/bin/env bash
# Compiles CPython 3.11 for the build for older PCs into PREFIX: Debian's copy of the source, built by zig's
# clang against glibc 2.28's symbol versions. Skipped when PREFIX already holds this recipe's build.
# Usage: build-python.sh WORK PREFIX  (WORK keeps the downloads, zig and the build log)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$1
PREFIX=$2
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
recipe=$(cat "$0" "$HERE/zig-cc" | sha256sum | cut -c1-16)
[ "$(cat "$PREFIX/.recipe" 2>/dev/null)" = "$recipe" ] && exit 0
mkdir -p "$WORK/src"
LOG=$WORK/cpython.log
: > "$LOG"

fetch() {  # POOL_PATH SHA256: a source tarball from Debian's archive, checked against its known digest
  local file=$WORK/src/${1##*/}
  if ! echo "$2  $file" | sha256sum --check --status - 2>/dev/null; then
    curl -fsSL --retry 3 -o "$file.part" "$MIRROR/pool/main/$1"
    echo "$2  $file.part" | sha256sum --check --quiet -
    mv "$file.part" "$file"
  fi
  echo "$file"
}
python_src=$(fetch p/python3.11/python3.11_3.11.2.orig.tar.gz \
  2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849)
zlib_src=$(fetch z/zlib/zlib_1.2.13.dfsg.orig.tar.bz2 \
  71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1)
libffi_src=$(fetch libf/libffi/libffi_3.4.4.orig.tar.gz \
  d66c56ad259a82cf2a9dfc408b32bf5da52371500b84745f7fb8b645712df676)

# zig, from its PyPI package: one self-contained binary that carries the glibc 2.28 symbol lists.
[ -x "$WORK/zig/bin/pip" ] || python3 -m venv "$WORK/zig"
"$WORK/zig/bin/pip" install -q ziglang==0.17.1
export ZIG
ZIG=$(echo "$WORK"/zig/lib/python3*/site-packages/ziglang/zig)
export CC=$HERE/zig-cc

step() {  # what it does goes to the log; the log's end is shown when it fails
  "$@" >> "$LOG" 2>&1 || { tail -30 "$LOG" >&2; echo "failed: $* (whole log: $LOG)" >&2; exit 1; }
}

rm -rf "$PREFIX" "$WORK/cpython"
mkdir -p "$WORK/cpython"
cd "$WORK/cpython"
tar xjf "$zlib_src"
(cd zlib-* && CFLAGS="-O2 -fPIC" step ./configure --prefix="$PREFIX" --static && step make -j"$(nproc)" \
  && step make install)
# No static trampolines: their source is incomplete in 3.4.4, and they are only a hardening on new kernels.
tar xzf "$libffi_src"
(cd libffi-* && CFLAGS="-O2 -fPIC" step ./configure --prefix="$PREFIX" --disable-shared --enable-static \
  --disable-docs --disable-multi-os-directory --disable-exec-static-tramp \
  && step make -j"$(nproc)" && step make install)
tar xzf "$python_src"
cd Python-3.11.2
# setup.py would add this machine's /usr/include, whose newer glibc headers clash with zig's 2.28 ones.
sed -i 's/^        self.add_multiarch_paths()$/        pass/' setup.py
sed -i "s|add_dir_to_list(self.compiler.include_dirs, '/usr/local/include')|pass|" setup.py
sed -i "s|add_dir_to_list(self.compiler.library_dirs, '/usr/local/lib')|pass|" setup.py
! grep -q "self.add_multiarch_paths()$\|'/usr/local/" setup.py || { echo "setup.py patch did not apply" >&2; exit 1; }
# zig does not link a shared library from shared libraries alone: give libpython3.so one empty source.
echo > Modules/empty_shim.c
sed -i 's|-o \$@ -Wl,-h\$@ \$^|-o $@ -Wl,-h$@ Modules/empty_shim.c $^|' Makefile.pre.in
grep -q 'Modules/empty_shim.c \$^' Makefile.pre.in || { echo "Makefile patch did not apply" >&2; exit 1; }
CPPFLAGS="-I$PREFIX/include" LDFLAGS="-L$PREFIX/lib "'-Wl,-rpath,\$$ORIGIN/../lib' \
  step ./configure --prefix="$PREFIX" --enable-shared --without-ensurepip
step make -j"$(nproc)"
step make install
"$PREFIX/bin/python3.11" -c "import decimal, zlib, ctypes, json, hashlib, pyexpat"
echo "$recipe" > "$PREFIX/.recipe"
echo "built Python $("$PREFIX/bin/python3.11" -c 'import platform; print(platform.python_version())') in $PREFIX"
