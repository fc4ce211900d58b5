"""pyinstaller runtime hook: a windowed Windows build has no console, so `--self-check` (the installer's smoke
test) would print nothing. Attach to the console of the parent (cmd, PowerShell, the installer) for it.
Does nothing on Linux and macOS, where a windowed build keeps stdout, or when there is no parent console."""
import sys

if sys.platform == "win32" and "--self-check" in sys.argv[1:] and sys.stdout is None:
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
