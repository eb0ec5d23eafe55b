#!/usr/bin/env bash
# Build the frozen app and this OS's installer. `make package-linux` and the release workflow
# (.github/workflows/release.yml) run this on every OS:
#   Linux    dist/mail-mamori/ and dist/mail-mamori_<version>_<arch>.deb
#   Windows  dist/mail-mamori/ and dist/mail-mamori-<version>-setup.exe   (Inno Setup 6, Git Bash)
#   macOS    dist/Mail Mamori.app and dist/mail-mamori-<version>-macos.dmg
# Python: $PYTHON, else .venv (with the project installed with its `package` extra).
set -euo pipefail
cd "$(dirname "$0")/.."

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) echo "build.sh: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
if [ -n "${PYTHON:-}" ]; then
  py="$PYTHON"
elif [ -x .venv/bin/python ]; then
  py=.venv/bin/python
elif [ -x .venv/Scripts/python.exe ]; then
  py=.venv/Scripts/python.exe
else
  echo "build.sh: no .venv: run make package-setup (Linux) or see packaging/README.md" >&2
  exit 1
fi
bin="$(dirname "$py")"
version="$("$py" -c 'import app; print(app.__version__)')"
echo "Building mail-mamori $version for $os"

# The compiled translations (make translations does the same; the release runners have no make).
for ts in i18n/mail_mamori_*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
  fi
done

rm -rf dist/mail-mamori "dist/Mail Mamori.app"
start=$SECONDS
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/mail-mamori.spec
echo "PyInstaller: $((SECONDS - start)) s"

start=$SECONDS
case "$os" in
  linux)
    "$py" packaging/linux/build_deb.py
    ;;
  macos)
    packaging/macos/make_dmg.sh "$version"
    ;;
  windows)
    iscc="$(command -v iscc || true)"
    if [ -z "$iscc" ]; then
      iscc="/c/Program Files (x86)/Inno Setup 6/ISCC.exe"
    fi
    [ -x "$iscc" ] || { echo "build.sh: Inno Setup 6 (ISCC.exe) not found" >&2; exit 1; }
    "$iscc" //Q "$(cygpath -w packaging/windows/mail-mamori.iss)"
    ls -l dist/mail-mamori-"$version"-setup.exe
    ;;
esac
echo "Installer: $((SECONDS - start)) s"
