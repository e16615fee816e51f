#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests (test/browser/).
# Playwright's own browser download cannot work on a closed network, so the tests drive the
# distribution's Chromium through playwright-core instead. fonts-noto-cjk makes screenshots
# show Chinese rather than boxes.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  cat >&2 <<'MSG'
浏览器测试需要 Debian 的 Chromium（/usr/bin/chromium），当前未安装，且本用户不是 root，无法自动安装。
请以 root 运行：
  apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk

The browser tests need Debian's Chromium at /usr/bin/chromium. It is not installed, and this
user is not root, so it cannot be installed automatically. As root, run:
  apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk
MSG
  exit 1
fi

echo "Installing chromium and fonts-noto-cjk for the browser tests (正在安装 Chromium 与中文字体)…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk
