#!/usr/bin/env bash
# Makes sure the LibreOffice tests have what they drive: soffice (LibreOffice Writer and Calc, without the
# GUI), which renders 绩效自评报告.docx to PDF (test/browser/docx-libreoffice.test.ts) and converts the .xls
# inputs (test/xls-inputs.test.ts, and jixiao itself when it reads a .xls). pdftoppm and the Chinese font
# come from scripts/ensure-chromium.sh, which runs first. Installed with apt-get when missing.
set -euo pipefail

command -v soffice >/dev/null 2>&1 && exit 0
packages=(libreoffice-writer-nogui libreoffice-calc-nogui)

if [ "$(id -u)" -ne 0 ]; then
  cat >&2 <<MSG
LibreOffice 测试需要 soffice（${packages[*]}），当前未安装。本用户不是 root，无法自动安装。请以 root 运行：
  apt-get update && apt-get install -y --no-install-recommends ${packages[*]}

The LibreOffice tests need soffice (${packages[*]}); it is not installed and this user is not root. As root:
  apt-get update && apt-get install -y --no-install-recommends ${packages[*]}
MSG
  exit 1
fi

echo "Installing ${packages[*]} for the LibreOffice tests (正在安装 LibreOffice 测试所需的软件包)…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}"
command -v soffice >/dev/null 2>&1 || { echo "安装后仍找不到 soffice (soffice still missing after apt-get install)" >&2; exit 1; }
