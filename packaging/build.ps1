# Builds dist\zydesk\ (PyInstaller onedir) from a clean checkout on Windows, in one command:
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
# Needs Python 3.11+ (python.org installer, "py" launcher) and network access to PyPI.
# Written with care but NOT run on Windows by the team yet (no Windows machine here): see README.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    py -3 -m venv .venv
}
& .venv\Scripts\python.exe -m pip install -q --upgrade pip
& .venv\Scripts\python.exe -m pip install -q -e ".[dev]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

& .venv\Scripts\python.exe packaging\compile_ui.py
if ($LASTEXITCODE -ne 0) { throw "compiling ui\*.ui failed" }

& .venv\Scripts\pyinstaller.exe --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\zydesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

& dist\zydesk\zydesk-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test of the built program failed" }
Write-Host "built dist\zydesk"
