; Windows installer of tcloud-desktop (臺灣雲市集 數位點數申請), built with NSIS 3.
;
; Per-user: installs into %LOCALAPPDATA%\Programs\tcloud-desktop without administrator
; rights, adds a Start-menu shortcut and an entry under "Apps & features" (HKCU) with
; an uninstaller. After installing it checks for the two card components every applicant
; needs — the HiPKI 跨平台網頁元件 (LocalSignServer) and the HiCOS 卡片管理工具 — and offers
; their download page when one is missing.
;
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=..\..\dist\tcloud-desktop ^
;            /DOUTFILE=..\..\dist\tcloud-desktop-0.1.0-setup.exe tcloud-desktop.nsi
;
; SOURCE_DIR is the one-folder bundle made by installer/build.py.

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass the version: /DVERSION=x.y.z"
!endif
!ifndef SOURCE_DIR
  !error "pass the bundle folder: /DSOURCE_DIR=path\to\dist\tcloud-desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "tcloud-desktop-${VERSION}-setup.exe"
!endif

!define APP_ID "tcloud-desktop"
!define APP_EXE "tcloud-desktop.exe"
!define APP_NAME_ZH "臺灣雲市集 數位點數申請"
!define PUBLISHER "tcloud-desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define UNINSTALL_ROOT "Software\Microsoft\Windows\CurrentVersion\Uninstall"
!define CARD_COMPONENTS_URL "https://moica.nat.gov.tw/rac_plugin.html"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "StrFunc.nsh"
!include "x64.nsh"

${StrStr}

Name "${APP_NAME_ZH}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
ShowInstDetails show
ShowUninstDetails show
BrandingText "${APP_ID} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME_ZH}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME_ZH} 安裝程式"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT License"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_LANGUAGE "English"

LangString MissingIntro ${LANG_TRADCHINESE} "以憑證卡（工商憑證、自然人憑證、組織及團體憑證）驗證身分與簽章，需要下列元件，但這台電腦上找不到："
LangString MissingIntro ${LANG_ENGLISH} "Signing in and signing with a certificate card needs these components, which this computer does not have:"
LangString MissingHiPKI ${LANG_TRADCHINESE} "內政部憑證管理中心 HiPKI 跨平台網頁元件"
LangString MissingHiPKI ${LANG_ENGLISH} "HiPKI cross-platform web component (跨平台網頁元件) of the MOICA"
LangString MissingHiCOS ${LANG_TRADCHINESE} "HiCOS 卡片管理工具"
LangString MissingHiCOS ${LANG_ENGLISH} "HiCOS card management tool (HiCOS 卡片管理工具)"
LangString MissingOutro ${LANG_TRADCHINESE} "請到 ${CARD_COMPONENTS_URL} 下載安裝。現在開啟這個網頁嗎？（手機驗證與訓練模式不需要這些元件。）"
LangString MissingOutro ${LANG_ENGLISH} "Download them from ${CARD_COMPONENTS_URL}. Open that page now? (Phone verification and training mode work without them.)"

Var HiPKIFound
Var HiCOSFound

; Sets ${RESULT} to 1 when a DisplayName under ROOT's uninstall key contains NEEDLE
; (case-insensitive). EnumRegKey needs a constant root key, hence a macro.
!macro ScanUninstallEntries ROOT NEEDLE RESULT
  Push $0
  Push $1
  Push $2
  Push $3
  StrCpy $0 0
  ${Do}
    EnumRegKey $1 ${ROOT} "${UNINSTALL_ROOT}" $0
    ${If} $1 == ""
      ${Break}
    ${EndIf}
    ReadRegStr $2 ${ROOT} "${UNINSTALL_ROOT}\$1" "DisplayName"
    ${StrStr} $3 $2 "${NEEDLE}"
    ${If} $3 != ""
      StrCpy ${RESULT} 1
      ${Break}
    ${EndIf}
    IntOp $0 $0 + 1
  ${Loop}
  Pop $3
  Pop $2
  Pop $1
  Pop $0
!macroend

!macro FindInstalled NEEDLE RESULT
  StrCpy ${RESULT} 0
  ${If} ${RunningX64}
    SetRegView 64
    !insertmacro ScanUninstallEntries HKLM "${NEEDLE}" ${RESULT}
  ${EndIf}
  SetRegView 32
  ${If} ${RESULT} == 0
    !insertmacro ScanUninstallEntries HKLM "${NEEDLE}" ${RESULT}
  ${EndIf}
  ${If} ${RESULT} == 0
    !insertmacro ScanUninstallEntries HKCU "${NEEDLE}" ${RESULT}
  ${EndIf}
  SetRegView lastused
!macroend

Function CheckCardComponents
  !insertmacro FindInstalled "HiPKI" $HiPKIFound
  ${If} $HiPKIFound == 0
    ; the component may be registered under its Chinese name only
    !insertmacro FindInstalled "跨平台網頁元件" $HiPKIFound
  ${EndIf}
  !insertmacro FindInstalled "HiCOS" $HiCOSFound
  ; The HiCOS PKCS#11 module in the system folder also counts (older HiCOS installers
  ; register under other names).
  ${If} $HiCOSFound == 0
    ${DisableX64FSRedirection}
    ${If} ${FileExists} "$WINDIR\System32\HiCOSPKCS11.dll"
      StrCpy $HiCOSFound 1
    ${EndIf}
    ${EnableX64FSRedirection}
  ${EndIf}
  ${If} $HiCOSFound == 0
  ${AndIf} ${FileExists} "$WINDIR\SysWOW64\HiCOSPKCS11.dll"
    StrCpy $HiCOSFound 1
  ${EndIf}
FunctionEnd

Function ReportCardComponents
  Call CheckCardComponents
  ${If} $HiPKIFound == 1
  ${AndIf} $HiCOSFound == 1
    DetailPrint "HiPKI / HiCOS: OK"
    Return
  ${EndIf}
  StrCpy $0 "$(MissingIntro)$\r$\n"
  ${If} $HiPKIFound == 0
    StrCpy $0 "$0$\r$\n  • $(MissingHiPKI)"
    DetailPrint "HiPKI: missing"
  ${EndIf}
  ${If} $HiCOSFound == 0
    StrCpy $0 "$0$\r$\n  • $(MissingHiCOS)"
    DetailPrint "HiCOS: missing"
  ${EndIf}
  IfSilent done
  MessageBox MB_YESNO|MB_ICONINFORMATION "$0$\r$\n$\r$\n$(MissingOutro)" IDNO done
  ExecShell "open" "${CARD_COMPONENTS_URL}"
  done:
FunctionEnd

Section "tcloud-desktop" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; A previous version's files go first, so nothing stale stays in the bundle.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME_ZH}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME_ZH}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  Call ReportCardComponents
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME_ZH}.lnk"
  ; Only what the installer put there: the bundle and the uninstaller. The user's data
  ; (drafts, logs) lives in %APPDATA% and stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\tcloud-desktop-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
