#!/usr/bin/env bash
# Sign, package and notarise the macOS app: dist/Mail Mamori.app -> dist/mail-mamori-<version>-macos.dmg
#
#   packaging/macos/make_dmg.sh VERSION        (packaging/build.sh runs it after PyInstaller)
#
# Signing and notarisation are wired to environment variables and skipped, with a message saying
# what that means for users, when they are not set:
#   MACOS_CODESIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", in the keychain
#   MACOS_NOTARY_PROFILE      a `xcrun notarytool store-credentials` profile, or else all three of
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (an app-specific password)
set -euo pipefail
cd "$(dirname "$0")/../.."

version="${1:?usage: make_dmg.sh VERSION}"
app="dist/Mail Mamori.app"
dmg="dist/mail-mamori-${version}-macos.dmg"
entitlements="packaging/macos/entitlements.plist"
identity="${MACOS_CODESIGN_IDENTITY:-}"

[ -d "$app" ] || { echo "make_dmg.sh: $app not found: run PyInstaller first" >&2; exit 1; }

if [ -n "$identity" ]; then
  echo "Signing $app as: $identity"
  # Inside out: every library and executable, then the bundle, with the hardened runtime that
  # notarisation requires.
  find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' file; do
      if file "$file" | grep -q 'Mach-O'; then
        codesign --force --timestamp --options runtime --entitlements "$entitlements" \
          --sign "$identity" "$file"
      fi
    done
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
    --sign "$identity" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "No signing identity (MACOS_CODESIGN_IDENTITY is not set): the app keeps PyInstaller's"
  echo "ad-hoc signature. Gatekeeper will block the first start; users open it with"
  echo "right-click > Open (or System Settings > Privacy & Security > Open Anyway)."
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "メールまもり" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "$identity" ]; then
  codesign --force --timestamp --sign "$identity" "$dmg"
fi

notary_args=()
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  notary_args=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] &&
  [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
  notary_args=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID"
    --password "$MACOS_NOTARY_PASSWORD")
fi
if [ -z "$identity" ]; then
  echo "Notarisation skipped: it needs a signed app (MACOS_CODESIGN_IDENTITY)."
elif [ ${#notary_args[@]} -eq 0 ]; then
  echo "Notarisation skipped: set MACOS_NOTARY_PROFILE or MACOS_NOTARY_APPLE_ID,"
  echo "MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD. Without it Gatekeeper warns on first start."
else
  echo "Notarising $dmg (this waits for Apple's answer)"
  xcrun notarytool submit "$dmg" "${notary_args[@]}" --wait
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
fi
echo "$dmg"
