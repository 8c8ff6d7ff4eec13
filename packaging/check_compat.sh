#!/usr/bin/env bash
# Tries dist/compat/zydesk on an older Linux: a Debian 11 (glibc 2.31) or Ubuntu 20.04 (Kylin V10's base)
# system made with debootstrap, holding only packaging/pc-libraries.txt and Xvfb. There, with nothing of
# this checkout: every library resolves, --self-test passes, check and print work, and the editor paints
# its window on Xvfb. Needs root (debootstrap, chroot). The system is kept under $ZYDESK_COMPAT_SYSTEMS.
set -euo pipefail
cd "$(dirname "$0")/.."
SUITE=${1:-bullseye}
case $SUITE in
  bullseye) mirror=http://deb.debian.org/debian; options=() ;;
  focal) mirror=http://archive.ubuntu.com/ubuntu
         # Debian does not package Ubuntu's archive key; this throw-away test system is then unverified.
         keyring=/usr/share/keyrings/ubuntu-archive-keyring.gpg
         options=(--components=main,universe)
         if [ -f "$keyring" ]; then options+=(--keyring="$keyring"); else options+=(--no-check-gpg); fi ;;
  *) echo "usage: $0 [bullseye|focal]" >&2; exit 2 ;;
esac
[ "$(id -u)" = 0 ] || { echo "$0 needs root (debootstrap, chroot)" >&2; exit 1; }
[ -x dist/compat/zydesk/zydesk ] || { echo "dist/compat/zydesk is missing: run packaging/build-compat.sh" >&2; exit 1; }
CACHE=${ZYDESK_COMPAT_SYSTEMS:-/var/tmp/zydesk-compat}
SYS=$CACHE/$SUITE
mkdir -p "$CACHE"
mapfile -t pc_libraries < <(grep -v '^#' packaging/pc-libraries.txt | grep .)
wanted="$SUITE ${pc_libraries[*]}"
if [ "$(cat "$SYS/.ready" 2>/dev/null)" != "$wanted" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
  umount "$SYS/proc" 2>/dev/null || true
  rm -rf "$SYS"
  debootstrap --variant=minbase "${options[@]}" "$SUITE" "$SYS" "$mirror" > "$CACHE/$SUITE.log" 2>&1 \
    || { tail -20 "$CACHE/$SUITE.log" >&2; exit 1; }
  chroot "$SYS" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    xvfb xauth "${pc_libraries[@]}" >> "$CACHE/$SUITE.log" 2>&1 || { tail -20 "$CACHE/$SUITE.log" >&2; exit 1; }
  echo "$wanted" > "$SYS/.ready"
fi

mountpoint -q "$SYS/proc" || mount -t proc proc "$SYS/proc"
trap 'umount "$SYS/proc" 2>/dev/null || true' EXIT
rm -rf "$SYS/opt/zydesk" "$SYS/home/clerk"
cp -a dist/compat/zydesk "$SYS/opt/"
mkdir -p "$SYS/home/clerk"
cp resources/examples/xiaoguan-2021.json "$SYS/home/clerk/example.zyd.json"
as_clerk() {  # the PC's user in their home folder, with nothing from this machine's environment
  chroot "$SYS" env -i HOME=/home/clerk PATH=/usr/bin:/bin LANG=C.UTF-8 sh -c "cd /home/clerk && $1"
}
echo "$SUITE: $(as_clerk 'ldd --version | head -1')"
# Wayland's client libraries come with every Wayland desktop; an X11 desktop never loads that plugin.
# ldd is given the folder's own library path, as the zydesk program sets it when it starts.
missing=$(as_clerk 'LD_LIBRARY_PATH=/opt/zydesk/_internal find /opt/zydesk -name "*.so*" -type f -exec ldd {} + 2>/dev/null' \
  | grep 'not found' | grep -v 'libwayland-' | sort -u || true)
[ -z "$missing" ] || { echo "libraries the PC lacks:" >&2; echo "$missing" >&2; exit 1; }
as_clerk '/opt/zydesk/zydesk --self-test'
as_clerk '/opt/zydesk/zydesk check example.zyd.json > check.txt' || [ $? -eq 1 ]
grep -q "共 4 张表：2 个错误，5 个警告" "$SYS/home/clerk/check.txt"
as_clerk '/opt/zydesk/zydesk print example.zyd.json -o example.pdf'
test -s "$SYS/home/clerk/example.pdf"
painted=$(as_clerk 'xvfb-run -a -s "-screen 0 1600x1000x24" /opt/zydesk/zydesk --startup-probe example.zyd.json')
echo "$painted" | grep -q '^painted ' || { echo "the editor did not paint: $painted" >&2; exit 1; }
echo "compat check passed on $SUITE: the editor painted its window on Xvfb ($painted MB RSS)"
