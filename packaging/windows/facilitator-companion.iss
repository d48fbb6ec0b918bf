; Inno Setup 6 script: the Windows installer for Facilitator Companion.
;
; Built by packaging\windows\build.ps1 after PyInstaller has made the one-folder bundle:
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\dist\facilitator-companion /DOutputDir=..\dist ^
;        packaging\windows\facilitator-companion.iss
; Relative paths are relative to this file. Needs Inno Setup 6.3 or newer (x64compatible).
;
; Installs per user by default (no administrator needed: %LOCALAPPDATA%\Programs), or for
; everyone when the user chooses so in the first dialog; adds a Start-menu entry (and an
; optional desktop icon) for the windowed FacilitatorCompanion.exe; registers an
; uninstaller. facilitator.exe in the same folder is the command line (DESIGN section 6).
; Uninstalling leaves the facilitator's data folder (%LOCALAPPDATA%\facilitator-companion)
; alone: it holds attendance records and notes, which the application's own retention
; and erase functions govern. No file associations: programme packages are .zip files,
; and the application installs them with its own import (or `facilitator install`).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\facilitator-companion"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "Facilitator Companion"
#define AppExe "FacilitatorCompanion.exe"

[Setup]
; The AppId identifies the application to Windows for upgrades and uninstall: never change it.
AppId={{E90AA2DE-FC6F-404F-B0C3-26B20CC15B15}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Facilitator Companion developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=FacilitatorCompanion-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app\facilitator-companion.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; Replacing a running copy would leave a broken install: ask to close it first.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
; Arabic is not among Inno Setup's bundled translations in every version; when Arabic.isl
; has been added to the compiler's Languages folder (from jrsoftware.org's translations
; page) it is used, right to left.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An older version's bundle may hold files the new one no longer has: start clean.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; VLC may write a fresh plugin cache beside its plugins.
Type: files; Name: "{app}\_internal\vlc\plugins\plugins.dat"
Type: dirifempty; Name: "{app}\_internal\vlc\plugins"
Type: dirifempty; Name: "{app}\_internal\vlc"
Type: dirifempty; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
