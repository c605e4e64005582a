; Inno Setup script for the Windows installer of Review Workbench (合法性审核工作台).
; Build the bundle first (uv run python packaging\build.py), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\workbench.iss
; The installer is per-machine (Program Files, Start-menu entry, uninstaller). Its optional
; "shared server" page writes the PostgreSQL address into the site configuration that every
; user of the PC reads (%PROGRAMDATA%\ReviewWorkbench\ReviewWorkbench\site.json).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "合法性审核工作台"
#define AppNameEn "Review Workbench"
#define BundleDir "..\..\dist\workbench"

[Setup]
AppId={{6F0E2B1C-7C3A-4E55-9B7B-2D9C1A0F4E21}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Review Workbench
DefaultDirName={autopf}\ReviewWorkbench
DefaultGroupName={#AppName}
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
ArchitecturesAllowed=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=workbench-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\workbench.ico
UninstallDisplayIcon={app}\workbench.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.ServerTitle=共享服务器（可选）
chinesesimplified.ServerDesc=多人共用一个 PostgreSQL 数据库时，在此填写服务器地址（不含登录名和密码：每个人启动时用自己的登录名登录）；单机使用请留空。
chinesesimplified.ServerPrompt=数据库地址，例如 postgresql+psycopg://db.office.lan/workbench?sslmode=verify-full&&sslrootcert=C:/office/ca.pem
chinesesimplified.SelfTest=运行自检
english.ServerTitle=Shared server (optional)
english.ServerDesc=When several counsel share one PostgreSQL database, enter its address (without a login or password: each person signs in as themselves); leave empty for a single PC.
english.ServerPrompt=Database URL, e.g. postgresql+psycopg://db.office.lan/workbench?sslmode=verify-full&&sslrootcert=C:/office/ca.pem
english.SelfTest=Run the self-test

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\workbench.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\workbench.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\workbench-cli.exe"; Parameters: "self-test"; Flags: runhidden waituntilterminated; StatusMsg: "{cm:SelfTest}"
Filename: "{app}\workbench.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  ServerPage: TInputQueryWizardPage;

procedure InitializeWizard;
begin
  ServerPage := CreateInputQueryPage(wpSelectTasks, CustomMessage('ServerTitle'),
    CustomMessage('ServerDesc'), '');
  ServerPage.Add(CustomMessage('ServerPrompt'), False);
  ServerPage.Values[0] := ExpandConstant('{param:SERVER|}');
end;

function JsonEscape(S: String): String;
begin
  StringChangeEx(S, '\', '\\', True);
  StringChangeEx(S, '"', '\"', True);
  Result := S;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Dir, Server: String;
begin
  if CurStep = ssPostInstall then
  begin
    Server := Trim(ServerPage.Values[0]);
    if Server <> '' then
    begin
      Dir := ExpandConstant('{commonappdata}\ReviewWorkbench\ReviewWorkbench');
      ForceDirectories(Dir);
      SaveStringToFile(Dir + '\site.json', '{"db": "' + JsonEscape(Server) + '"}', False);
    end;
  end;
end;
