; Inno Setup 6 script for メールまもり (Mail Mamori): a per-user installer in Japanese.
;
;   packaging/build.sh                 (on Windows: PyInstaller, then this script)
;   ISCC.exe packaging\windows\mail-mamori.iss      (by hand, after the PyInstaller build)
;
; Installs dist\mail-mamori\ (the one-folder build) into %LOCALAPPDATA%\Programs\MailMamori without
; administrator rights, with a Start-menu entry, an optional desktop shortcut and an uninstaller
; (Settings > Apps). The version comes from the .exe's version resource, which the PyInstaller
; spec writes from app/__init__.py; `/DAppVersion=1.2.3` overrides it.
; The user's saved cases and settings (in %LOCALAPPDATA%\mail-mamori) are kept on uninstall.

#define AppName "メールまもり"
#define AppExe "mail-mamori.exe"
#define BuildDir "..\..\dist\mail-mamori"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + BuildDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: build dist\mail-mamori with PyInstaller first (packaging/build.sh)"
#endif

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6DB163B9-DA7F-476A-8DA7-29DFC34713E7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Mail Mamori developers
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName} (Mail Mamori)
VersionInfoDescription={#AppName} セットアップ
; Per-user: no administrator rights, no UAC prompt. {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\MailMamori
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; PySide6 6.11 needs 64-bit Windows 10 1809 or later.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=mail-mamori-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\mail-mamori.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Japanese whatever the Windows display language: the app is Japanese first too.
ShowLanguageDialog=no
LanguageDetectionMethod=none
CloseApplications=yes

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "乗っ取られたメールサーバの立て直しと再発防止"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
