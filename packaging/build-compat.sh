#!/usr/bin/env bash
# Builds dist/compat/zydesk/: the office-PC folder for older Linux (glibc 2.28 and newer: UOS 20, Kylin V10,
# Debian 10/11, Ubuntu 20.04), from a clean checkout, in one command.
#
# A PyInstaller folder needs the glibc of the Python that built it. Here Python is compiled from Debian's
# copy of the CPython source with zig's C compiler aimed at glibc 2.28, whatever this machine runs; Qt is
# PySide6 6.9.3, the newest whose wheels need no more than 2.28; the desktop libraries (X11, fontconfig,
# D-Bus, ...) are the PC's own. packaging/glibc_floor.py then proves the result asks no more than 2.28.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/build/compat
PREFIX=$WORK/python
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
GLIBC=2.28
GLIBCXX=3.4.25  # libstdc++ of GCC 8, the oldest on the systems above
make -s .venv/.installed
mkdir -p "$WORK/src" "$WORK/wheels"

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
[ -x "$WORK/zig/bin/pip" ] || "$ROOT/.venv/bin/python" -m venv "$WORK/zig"
"$WORK/zig/bin/pip" install -q ziglang==0.17.1
export ZIG
ZIG=$(echo "$WORK"/zig/lib/python3*/site-packages/ziglang/zig)
export CC=$ROOT/packaging/compat/zig-cc

# Python, rebuilt only when its inputs change.
recipe=$(cat "$0" packaging/compat/zig-cc | sha256sum | cut -c1-16)
if [ "$(cat "$PREFIX/.recipe" 2>/dev/null)" != "$recipe" ]; then
  rm -rf "$PREFIX" "$WORK/cpython"
  mkdir -p "$WORK/cpython" && cd "$WORK/cpython"
  tar xjf "$zlib_src" && (cd zlib-* && CFLAGS="-O2 -fPIC" ./configure --prefix="$PREFIX" --static >/dev/null \
    && make -j"$(nproc)" >/dev/null && make install >/dev/null)
  # No static trampolines: their file is incomplete in 3.4.4 and they are only a hardening on newer kernels.
  tar xzf "$libffi_src" && (cd libffi-* && CFLAGS="-O2 -fPIC" ./configure --prefix="$PREFIX" --disable-shared \
    --enable-static --disable-docs --disable-multi-os-directory --disable-exec-static-tramp >/dev/null \
    && make -j"$(nproc)" >/dev/null && make install >/dev/null)
  tar xzf "$python_src" && cd Python-3.11.2
  # setup.py would add this machine's /usr/include, whose newer glibc headers clash with zig's 2.28 ones.
  sed -i 's/^        self.add_multiarch_paths()$/        pass/' setup.py
  sed -i "s|add_dir_to_list(self.compiler.include_dirs, '/usr/local/include')|pass|" setup.py
  grep -q 'self.add_multiarch_paths()$' setup.py && { echo "setup.py patch did not apply" >&2; exit 1; }
  # zig does not link a shared library from shared libraries alone: give libpython3.so one empty object.
  echo > Modules/empty_shim.c
  sed -i 's|-o \$@ -Wl,-h\$@ \$^|-o $@ -Wl,-h$@ Modules/empty_shim.c $^|' Makefile.pre.in
  grep -q 'Modules/empty_shim.c \$^' Makefile.pre.in || { echo "Makefile patch did not apply" >&2; exit 1; }
  CPPFLAGS="-I$PREFIX/include" LDFLAGS="-L$PREFIX/lib "'-Wl,-rpath,\$$ORIGIN/../lib' \
    ./configure --prefix="$PREFIX" --enable-shared --without-ensurepip >/dev/null
  make -j"$(nproc)" > "$WORK/cpython.log" 2>&1 || { tail -30 "$WORK/cpython.log" >&2; exit 1; }
  make install >> "$WORK/cpython.log" 2>&1
  "$PREFIX/bin/python3.11" -c "import decimal, zlib, ctypes, json, hashlib, pyexpat"
  echo "$recipe" > "$PREFIX/.recipe"
  cd "$ROOT"
fi

# The packages, as wheels for glibc 2.28 (taken with this checkout's pip: the new Python has no TLS).
platforms=()
for v in 5 12 17 24 26 27 28; do platforms+=(--platform "manylinux_2_${v}_x86_64"); done
"$ROOT/.venv/bin/pip" download -q -d "$WORK/wheels" --only-binary=:all: "${platforms[@]}" \
  --platform manylinux2014_x86_64 --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none \
  -r packaging/compat/requirements.txt
if ! cmp -s packaging/compat/requirements.txt "$WORK/venv/requirements.txt"; then
  rm -rf "$WORK/venv"
  "$PREFIX/bin/python3.11" -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install -q --no-index --find-links "$WORK/wheels" -r packaging/compat/requirements.txt
  cp packaging/compat/requirements.txt "$WORK/venv/requirements.txt"
fi

.venv/bin/python packaging/compile_ui.py
ZYDESK_BUNDLE_SYSTEM_LIBRARIES=0 "$WORK/venv/bin/pyinstaller" --noconfirm --clean --log-level ERROR \
  --distpath dist/compat --workpath "$WORK/pyinstaller" packaging/zydesk.spec
find dist/compat/zydesk -xtype l -delete
install -m 644 packaging/zydesk.desktop dist/compat/zydesk/zydesk.desktop
install -m 644 resources/icons/zydesk.svg dist/compat/zydesk/zydesk.svg
.venv/bin/python packaging/glibc_floor.py dist/compat/zydesk --max-glibc "$GLIBC" --max-glibcxx "$GLIBCXX"
echo "built dist/compat/zydesk ($(du -sh --apparent-size dist/compat/zydesk | cut -f1)), for glibc $GLIBC and newer"
