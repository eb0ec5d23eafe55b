#!/usr/bin/env bash
# Smoke test of this OS's installer, as a user gets it (after packaging/build.sh):
#   Linux    packaging/linux/package_test.py (make package-test): the .deb unpacked, self-tests
#            offscreen, with gnome-keyring and under Xvfb, a screenshot, dpkg -i/-r as root
#   Windows  silent per-user install into a temporary folder, the Start-menu shortcut, the
#            installed mail-mamori-cli.exe --self-test --require-keyring, silent uninstall, nothing left
#   macOS    the DMG mounted, its app's Info.plist, signature and --self-test --require-keyring
# Self-test output is judged by packaging/selftest_check.py on every OS.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${PYTHON:-}" ]; then
  py="$PYTHON"
elif [ -x .venv/bin/python ]; then
  py=.venv/bin/python
else
  py=.venv/Scripts/python.exe
fi

case "$(uname -s)" in
  Linux)
    exec "$py" packaging/linux/package_test.py "$@"
    ;;

  MINGW* | MSYS* | CYGWIN*)
    setups=(dist/mail-mamori-*-setup.exe)
    setup="${setups[-1]}"
    target="$(mktemp -d)/MailMamori"
    win_target="$(cygpath -w "$target")"
    echo "Installing $setup into $win_target"
    # Inno Setup's switches start with "/": keep Git Bash from turning them into paths.
    MSYS_NO_PATHCONV=1 "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER \
      "/DIR=$win_target" /LOG="$(cygpath -w "$target").install.log"
    [ -x "$target/mail-mamori.exe" ] || { echo "not installed: $target/mail-mamori.exe" >&2; exit 1; }
    shortcut="$(cygpath -u "$APPDATA")/Microsoft/Windows/Start Menu/Programs/メールまもり.lnk"
    [ -f "$shortcut" ] || { echo "no Start-menu shortcut: $shortcut" >&2; exit 1; }
    "$py" packaging/selftest_check.py "$target/mail-mamori-cli.exe" --self-test --require-keyring
    MSYS_NO_PATHCONV=1 "$target/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
    # The uninstaller hands over to a copy of itself and returns at once: wait for it.
    for _ in $(seq 60); do
      [ -e "$target/mail-mamori.exe" ] || break
      sleep 1
    done
    if [ -e "$target" ] && [ -n "$(ls -A "$target")" ]; then
      echo "left behind after uninstall:" >&2
      ls -R "$target" >&2
      exit 1
    fi
    [ ! -f "$shortcut" ] || { echo "Start-menu shortcut left behind" >&2; exit 1; }
    echo "installed, self-tested and uninstalled: nothing left"
    ;;

  Darwin)
    dmgs=(dist/mail-mamori-*-macos.dmg)
    dmg="${dmgs[-1]}"
    mount="$(mktemp -d)"
    hdiutil attach "$dmg" -mountpoint "$mount" -nobrowse -readonly -quiet
    trap 'hdiutil detach "$mount" -quiet || true' EXIT
    app="$mount/Mail Mamori.app"
    [ -L "$mount/Applications" ] || { echo "no Applications link in the DMG" >&2; exit 1; }
    plist="$app/Contents/Info.plist"
    name="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleDisplayName' "$plist")"
    minimum="$(/usr/libexec/PlistBuddy -c 'Print :LSMinimumSystemVersion' "$plist")"
    echo "CFBundleDisplayName=$name LSMinimumSystemVersion=$minimum"
    [ "$name" = "メールまもり" ] || { echo "wrong CFBundleDisplayName" >&2; exit 1; }
    if [ -n "${MACOS_CODESIGN_IDENTITY:-}" ]; then
      codesign --verify --deep --strict --verbose=2 "$app"
      spctl --assess --type execute --verbose=2 "$app" || echo "(not notarised: Gatekeeper will ask)"
    else
      codesign --verify --deep --strict --verbose=2 "$app" || echo "(ad-hoc signature only)"
    fi
    "$py" packaging/selftest_check.py "$app/Contents/MacOS/mail-mamori" --self-test --require-keyring
    ;;

  *)
    echo "package_test.sh: unsupported system $(uname -s)" >&2
    exit 1
    ;;
esac
