; Inno Setup 6 script: the Windows installer of DSR Desk (not built by CI; see packaging/README.md).
;
; Build on Windows, from the repository's root, after `make dist` (or the same PyInstaller
; command) produced dist\dsr-desk\:
;   dist\dsr-desk\dsr-desk.exe --self-test      (the spec also makes dsr-desk-gui.exe there)
;   iscc /DAppVersion=0.1.0 packaging\windows\dsr-desk.iss
; The installer is written to dist\installer\dsr-desk-<version>-setup.exe. Sign both the
; program and the installer with the office's code-signing certificate (signtool, see README).
;
; Per-user install by default (no administrator rights: DPO staff rarely have them), into
; %LOCALAPPDATA%\Programs\DSR Desk; an administrator may choose "all users" (Program Files).
; The vault is never inside the program folder: it lives in the user's data folder
; (%LOCALAPPDATA%\DSR Desk), so uninstalling or upgrading leaves every vault untouched.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "DSR Desk"
; The desktop app, without a console window; the same program as a console command (scripts,
; --self-test). Both are made by packaging/dsr-desk.spec on Windows.
#define AppExe "dsr-desk-gui.exe"
#define CliExe "dsr-desk.exe"
#define Root "..\.."

[Setup]
; A fixed AppId: upgrades replace the installed version instead of installing beside it.
AppId={{6B0F5E2C-8C7A-4E55-9E63-2F1D0E5A7C41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=DSR Desk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist\installer
OutputBaseFilename=dsr-desk-{#AppVersion}-setup
SetupIconFile={#Root}\packaging\windows\dsr-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app must be closed to be upgraded (its files are in use while it runs).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; old files of a previous version are removed first.
Source: "{#Root}\dist\dsr-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; Check the installed copy before the first start (a few seconds, a throwaway vault).
Filename: "{app}\{#CliExe}"; Parameters: "--self-test"; StatusMsg: "Checking the installation…"; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
