; Inno Setup script: a per-user installer of the built folder, no administrator rights
; (docs/packaging.md#windows). NOT YET RUN: no Windows machine was available.
; Build the folder first (python -m PyInstaller packaging/keyaccount-desk.spec --noconfirm),
; then, from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\keyaccount-desk.iss
; The installer is written to dist\installer\.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{8B0844F2-B514-5653-86E4-7EEA7D6E11F8}
AppName=Key Account Desk
AppVerName=Key Account Desk {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Key Account Desk
VersionInfoVersion={#AppVersion}
; per user: installs under %LOCALAPPDATA%\Programs, asks for no administrator rights
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Key Account Desk
DefaultGroupName=Key Account Desk
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\keyaccount-desk.exe
SetupIconFile=..\..\resources\icons\keyaccount-desk.ico
SourceDir=..\..
OutputDir=dist\installer
OutputBaseFilename=keyaccount-desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "dist\keyaccount-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Key Account Desk"; Filename: "{app}\keyaccount-desk.exe"
Name: "{autodesktop}\Key Account Desk"; Filename: "{app}\keyaccount-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\keyaccount-desk.exe"; Description: "{cm:LaunchProgram,Key Account Desk}"; Flags: nowait postinstall skipifsilent

; The user's data (%LOCALAPPDATA%\KeyAccountDesk) is not the program's: uninstalling leaves it.
