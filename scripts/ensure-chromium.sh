#!/usr/bin/env bash
# Makes sure the browser tests (test/browser/) have what they drive and read:
#   - Debian's Chromium at /usr/bin/chromium (Playwright's own browser download cannot work on a closed
#     network, so the tests drive the distribution's Chromium through playwright-core);
#   - a font with Chinese glyphs (fonts-noto-cjk): without one every Chinese character prints as a box,
#     and the tests fail on purpose;
#   - pdftoppm and pdftotext (poppler-utils), which turn the printed PDF into pages to check.
# Each is checked by what it provides, not by package name, and installed with apt-get when missing. It
# runs as `pretest`, so a fresh Debian machine in CI gets all three.
set -euo pipefail

has_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]
}

missing_packages() {
  local packages=()
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  # fc-list (package fontconfig) is how a Chinese font is found; chromium pulls in only the library.
  command -v fc-list >/dev/null 2>&1 || packages+=(fontconfig)
  has_cjk_font || packages+=(fonts-noto-cjk)
  { command -v pdftoppm && command -v pdftotext; } >/dev/null 2>&1 || packages+=(poppler-utils)
  echo "${packages[@]}"
}

read -r -a missing <<<"$(missing_packages)"
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  cat >&2 <<MSG
浏览器测试需要 Chromium（/usr/bin/chromium）、中文字体与 poppler-utils，当前缺少：${missing[*]}。本用户不是 root，无法自动安装。
请以 root 运行：
  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}

The browser tests need Chromium at /usr/bin/chromium, a Chinese font and poppler-utils; missing:
${missing[*]}. This user is not root, so they cannot be installed automatically. As root, run:
  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}
MSG
  exit 1
fi

echo "Installing ${missing[*]} for the browser tests (正在安装浏览器测试所需的软件包)…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
# fontconfig learns of new fonts from its cache; refresh it so the next Chromium finds them.
if command -v fc-cache >/dev/null 2>&1; then fc-cache -f >/dev/null 2>&1 || true; fi

read -r -a still <<<"$(missing_packages)"
if [ "${#still[@]}" -ne 0 ]; then
  echo "安装后仍缺少：${still[*]} (still missing after apt-get install: ${still[*]})" >&2
  exit 1
fi
