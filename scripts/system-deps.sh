#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt, the tests and the screenshots need, only those missing.
set -euo pipefail
packages=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-xinerama0 libxcb-xkb1 libxcb-shape0 libxcb-randr0
  libcups2 xvfb xauth x11-utils poppler-utils fonts-noto-cjk
  binutils  # objdump: PyInstaller and packaging/glibc_floor.py read shared libraries with it
  curl bzip2 debootstrap  # the build for older PCs: its sources, and the Debian 11 system it is tried on
)
# --- Chinese input (tests/gui/test_real_input_method.py): the two input methods of Chinese Linux desktops with
# pinyin, a session bus, and keys typed through the X server.
packages+=(ibus ibus-libpinyin fcitx5 fcitx5-pinyin dbus-daemon dbus-bin xdotool)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A distribution Python may come without venv/ensurepip.
if ! python3 -c "import venv, ensurepip" 2>/dev/null; then
  missing+=(python3-venv)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
