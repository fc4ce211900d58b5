"""pyinstaller hook for Faker, narrower than pyinstaller-hooks-contrib's (which takes all ~110 locales: 740
modules, 13 MB, a third of the build's analysis time). The bundle needs Faker only for demo mode's first start,
which draws names from server_db.demo.generate.LOCALES; keep those locales, Faker's defaults and every
provider's default locale. Locale modules that import another locale (en_GB → en) pull it in by analysis."""
import ast
import importlib.util
import re
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules


def _demo_locales() -> set[str]:
    spec = importlib.util.find_spec("server_db.demo.generate")
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "LOCALES" for t in node.targets):
            return {locale for locale, _weight in ast.literal_eval(node.value)}
    raise SystemExit("hook-faker: server_db.demo.generate.LOCALES not found")


def _provider_default_locales() -> set[str]:
    found = set()
    providers = Path(importlib.util.find_spec("faker.providers").origin).parent
    for init in providers.glob("*/__init__.py"):
        match = re.search(r'^default_locale\s*=\s*"([^"]+)"', init.read_text(encoding="utf-8"), re.M)
        if match:
            found.add(match.group(1))
    return found


LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
KEEP = _demo_locales() | _provider_default_locales() | {"en_US"}


def _wanted(name: str) -> bool:
    parts = name.split(".")[2:]  # faker.providers.<provider>.<locale>...
    return len(parts) < 2 or not LOCALE.match(parts[1]) or parts[1] in KEEP


hiddenimports = collect_submodules("faker.providers", filter=_wanted)
# In a pyinstaller bundle Faker finds its providers and their locales by globbing the bundle's folders
# (faker/utils/loading.py: <bundle>/faker/providers/*/__init__.py, then <provider>/*/__init__.py).
datas = collect_data_files("faker.providers", include_py_files=True,
                           includes=["*/__init__.py", *(f"*/{locale}/__init__.py" for locale in sorted(KEEP))])
