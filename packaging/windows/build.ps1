<#
.SYNOPSIS
  Builds the Windows installer of Facilitator Companion: a PyInstaller one-folder bundle
  carrying VLC, then an Inno Setup installer.

.DESCRIPTION
  Run from anywhere, in PowerShell 5.1 or 7 on 64-bit Windows 10/11:

    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -Vlc "C:\Program Files\VideoLAN\VLC"

  Needs: Python 3.11+ (64-bit, python.org; `py` launcher or `python` on PATH), a 64-bit
  VLC 3.0.x (-Vlc: the folder holding libvlc.dll, libvlccore.dll and plugins\ - an installed
  VLC, or vlc-3.0.x-win64.7z from https://get.videolan.org/vlc/ unpacked; the SDK folder
  in it only adds headers), and Inno Setup 6.3+ (https://jrsoftware.org/isdl.php; iscc on
  PATH or in its default folder). Creates .venv if missing and installs the application
  and PyInstaller into it.

  Writes to -Out (default packaging\dist):
    facilitator-companion\                     the bundle (facilitator.exe: command line,
                                               FacilitatorCompanion.exe: the windowed app)
    FacilitatorCompanion-<version>-setup.exe   the installer

.PARAMETER Vlc
  Folder of a 64-bit VLC 3.0.x with libvlc.dll, libvlccore.dll and plugins\.
.PARAMETER Out
  Output folder (default packaging\dist).
.PARAMETER NoInstaller
  Build the bundle only.
#>
param(
    [Parameter(Mandatory = $true)][string]$Vlc,
    [string]$Out = "packaging\dist",
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$repo = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $repo

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "build.ps1: $What failed (exit $LASTEXITCODE)" }
}

# VLC: 64-bit, with its plugins.
$Vlc = (Resolve-Path $Vlc).Path
foreach ($needed in @("libvlc.dll", "libvlccore.dll", "plugins")) {
    if (-not (Test-Path (Join-Path $Vlc $needed))) {
        throw "build.ps1: $Vlc has no $needed; give the folder of a 64-bit VLC 3.0.x"
    }
}
$bytes = [System.IO.File]::ReadAllBytes((Join-Path $Vlc "libvlc.dll"))
$pe = [BitConverter]::ToInt32($bytes, 0x3C)
if ([BitConverter]::ToUInt16($bytes, $pe + 4) -ne 0x8664) {
    throw "build.ps1: $Vlc\libvlc.dll is not 64-bit; a 64-bit Python needs the 64-bit VLC"
}

# Python environment.
if (-not (Test-Path ".venv\Scripts\python.exe")) {
    if (Get-Command py -ErrorAction SilentlyContinue) { Invoke-Checked "venv" { py -3 -m venv .venv } }
    else { Invoke-Checked "venv" { python -m venv .venv } }
}
$python = Join-Path $repo ".venv\Scripts\python.exe"
Invoke-Checked "pip" { & $python -m pip install -q --upgrade pip }
Invoke-Checked "pip install" { & $python -m pip install -q -e . "pyinstaller>=6.10" }
$version = (& $python -c "import facilitator; print(facilitator.__version__)").Trim()

# The bundle.
New-Item -ItemType Directory -Force -Path $Out | Out-Null
$Out = (Resolve-Path $Out).Path
Write-Host "build.ps1: building Facilitator Companion $version into $Out"
Invoke-Checked "PyInstaller" {
    & $python -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath $Out --workpath (Join-Path $Out "build") `
        packaging\facilitator.spec "--" --vlc $Vlc  # quoted: PowerShell may swallow a bare --
}
$bundle = Join-Path $Out "facilitator-companion"
Invoke-Checked "the bundle's --version" { & (Join-Path $bundle "facilitator.exe") --version }
$env:FACILITATOR_SELFTEST = "play"
$env:QT_QPA_PLATFORM = "offscreen"
try { Invoke-Checked "playing a demo film in the bundle" { & (Join-Path $bundle "facilitator.exe") } }
finally { Remove-Item Env:FACILITATOR_SELFTEST, Env:QT_QPA_PLATFORM }
if ($NoInstaller) { exit 0 }

# The installer.
$iscc = Get-Command iscc -ErrorAction SilentlyContinue
if ($iscc) { $iscc = $iscc.Source }
else {
    $iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") |
        Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $iscc) { throw "build.ps1: Inno Setup 6 (ISCC.exe) not found; install it from jrsoftware.org" }
Invoke-Checked "Inno Setup" {
    & $iscc /Q "/DAppVersion=$version" "/DBundleDir=$bundle" "/DOutputDir=$Out" `
        packaging\windows\facilitator-companion.iss
}
Write-Host "build.ps1: $(Join-Path $Out "FacilitatorCompanion-$version-setup.exe")"
