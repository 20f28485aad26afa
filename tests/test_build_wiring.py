"""Issue 14, the build's part: screens wired by name (a broken screen stops the desk,
it never loses a menu quietly), the schema checked by revision (Alembic only when the
revision differs), nothing heavy at start-up, one resources helper, the log file
(scrubbed of personal data) named in About and in the error dialog."""
from __future__ import annotations

import ast
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.test_ui_fixtures import actor_for, desk, ui_env  # noqa: F401 - fixtures
from workstation import logfile
from workstation.ui import extensions

ROOT = Path(__file__).resolve().parents[1]


# --- screens wired explicitly ---------------------------------------------------------------

def test_every_listed_screen_imports_and_has_its_hook():
    for name in extensions.WINDOW_SCREENS:
        assert callable(extensions.load(name, "install").install)
    for name in extensions.CASE_SCREENS:
        assert callable(extensions.load(name, "install_case").install_case)


def test_extensions_scan_no_folder():
    source = (ROOT / "workstation" / "ui" / "extensions.py").read_text(encoding="utf-8")
    assert "pkgutil" not in source and "iter_modules" not in source and "except Exception:" not in source


@pytest.fixture
def broken_loan_screen(tmp_path, monkeypatch):
    """workstation.ui.loans.loan_screen replaced by a module whose import fails (issue 14: one
    bad import in loan_screen.py silently removed the Loans menu and tab)."""
    import workstation.ui.loans as ui_pkg
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "loan_screen.py").write_text("from workstation.services.no_such_module import anything\n")
    monkeypatch.setattr(ui_pkg, "__path__", [str(folder), *ui_pkg.__path__])
    monkeypatch.delitem(sys.modules, "workstation.ui.loans.loan_screen", raising=False)
    monkeypatch.delattr(ui_pkg, "loan_screen", raising=False)
    return folder


def test_a_screen_that_fails_to_import_stops_the_main_window(qtbot, desk, broken_loan_screen):
    from workstation.ui.main_window import MainWindow
    with pytest.raises(extensions.ScreenError) as info:
        MainWindow(desk, actor_for(desk, "officer1"), idle_ms=3_600_000)
    assert "workstation.ui.loans.loan_screen" in str(info.value)
    assert "no_such_module" in str(info.value)


def test_start_up_fails_with_a_clear_message_and_a_log_entry(qtbot, desk, broken_loan_screen, ui_env,
                                                             monkeypatch):
    from argparse import Namespace

    from workstation.ui import app as ui_app
    from workstation.ui import start
    monkeypatch.setattr(desk, "close", lambda: None)          # the fixture closes it
    monkeypatch.setattr(start, "sign_in_while_loading",       # signed in (tests/test_ui_desk_start.py: the real one)
                        lambda url, preload=None: start.SignInOutcome(actor_for(desk, "officer1"), desk))
    code = ui_app.run_gui(Namespace(database="sqlite:///unused.db", lang="en"))
    assert code == 3
    assert any("workstation.ui.loans.loan_screen" in m and "cannot be loaded" in m for m in ui_env)
    log_text = logfile.log_file().read_text(encoding="utf-8")
    assert "workstation.ui.loans.loan_screen cannot be loaded" in log_text


def test_a_case_screen_that_fails_to_import_stops_the_case_by_name(qtbot, desk, ui_env, tmp_path, monkeypatch):
    import workstation.ui.case as ui_pkg
    from workstation.decide import queue
    from workstation.ui.main_window import MainWindow
    officer = actor_for(desk, "officer1")
    w = MainWindow(desk, officer, idle_ms=3_600_000)
    qtbot.addWidget(w)
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "interview_form.py").write_text("raise ImportError('cannot import name InterviewChecks')\n")
    monkeypatch.setattr(ui_pkg, "__path__", [str(folder), *ui_pkg.__path__])
    monkeypatch.delitem(sys.modules, "workstation.ui.case.interview_form", raising=False)
    monkeypatch.delattr(ui_pkg, "interview_form", raising=False)
    app_id = queue.queue_ids(desk, officer, queue.QueueQuery(queue="mine"))[0]
    assert w.open_case(app_id) is None and w.case_files() == []
    assert any("workstation.ui.case.interview_form cannot be loaded" in m and "InterviewChecks" in m for m in ui_env)


def test_case_screens_load_with_the_first_case(qtbot, desk):
    from workstation.decide import queue
    from workstation.ui.main_window import MainWindow
    officer = actor_for(desk, "officer1")
    w = MainWindow(desk, officer, idle_ms=3_600_000)
    qtbot.addWidget(w)
    app_id = queue.queue_ids(desk, officer, queue.QueueQuery(queue="mine"))[0]
    cf = w.open_case(app_id)
    titles = [cf.tabs.tabText(i) for i in range(cf.tabs.count())]
    assert titles[-3:] == ["Interview", "Recommendation", "Documents"]      # the order of the work
    assert w.case_files() == [cf]


# --- cold start -------------------------------------------------------------------------------

def _fresh(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)}).stdout.strip()


def test_main_window_imports_neither_reportlab_nor_alembic_nor_the_case_file():
    out = _fresh("import sys, workstation.ui.app, workstation.ui.main_window, workstation.ui.signin;"
                 "from workstation.ui import extensions;"
                 "[extensions.load(n, 'install') for n in extensions.WINDOW_SCREENS];"
                 "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'alembic', 'pypdf'}),"
                 " sorted(m for m in sys.modules if m in ('workstation.ui.case.case_file', 'workstation.documents.data',"
                 " 'workstation.printing.batch_print', 'workstation.ui.documents.documents_batch')))")
    assert out == "[] []"


def test_a_current_database_opens_without_alembic(tmp_path):
    from workstation.store.session import Store
    url = f"sqlite:///{tmp_path / 'current.db'}"
    Store.open(url).close()                      # created and migrated here
    out = _fresh(f"import sys; from workstation.store.session import Store; Store.open({url!r}).close();"
                 "print('alembic' in sys.modules)")
    assert out == "False"


def test_schema_upgrades_only_when_the_revision_differs(db_url, monkeypatch):
    from workstation.store import db
    url, schema = db_url
    engine = db.make_engine(url, schema=schema)
    try:
        assert db.stored_revisions(engine) == frozenset()
        assert db.ensure_schema(engine) is True                  # empty: migrated
        assert db.stored_revisions(engine) == db.head_revisions()
        monkeypatch.setattr(db, "upgrade_to_head", lambda e: pytest.fail("Alembic ran on a current database"))
        assert db.ensure_schema(engine) is False
        with engine.begin() as conn:                              # an older database: upgraded
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'b0e3d93718d1'")
        ran = []
        monkeypatch.setattr(db, "upgrade_to_head", lambda e: ran.append(e))
        assert db.ensure_schema(engine) is True and ran == [engine]
    finally:
        engine.dispose()


def test_head_read_from_the_scripts_is_alembics_head():
    from alembic.script import ScriptDirectory

    from workstation.store import db
    from workstation.store.db import alembic_config, make_engine
    engine = make_engine("sqlite://")
    assert db.head_revisions() == frozenset(ScriptDirectory.from_config(alembic_config(engine)).get_heads())


# --- resources --------------------------------------------------------------------------------

def test_resources_are_found_through_one_helper():
    from workstation.assets import read_text, resource_path, resources_dir
    assert resources_dir() == ROOT / "resources"             # a source checkout: the top-level folder
    assert resource_path("scorecards", "scorecard_v1.json").is_file()
    assert "the desk in brief" in read_text("help", "guide_en.html")
    hand_made = []
    for path in (ROOT / "workstation").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if '"resources"' in text and path.name != "assets.py":
            hand_made.append(str(path.relative_to(ROOT)))
    assert hand_made == []


def test_every_third_party_import_is_a_dependency():
    import tomllib
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    declared = {d.split(">")[0].split("<")[0].split("[")[0].split("=")[0].strip().lower() for d in deps}
    module_to_dist = {"PySide6": "pyside6", "sqlalchemy": "sqlalchemy", "alembic": "alembic",
                      "reportlab": "reportlab", "stdnum": "python-stdnum", "argon2": "argon2-cffi",
                      "psycopg": "psycopg", "pypdf": "pypdf", "zxingcpp": "zxing-cpp", "PIL": "pillow",
                      "platformdirs": "platformdirs"}
    missing = []
    for path in (ROOT / "workstation").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else [])
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top == "workstation":
                    continue
                if module_to_dist.get(top, top.lower()) not in declared:
                    missing.append(f"{path.relative_to(ROOT)}: {top}")
    assert missing == []


# --- the log file -----------------------------------------------------------------------------

PERSONAL = {"name": "张伟明", "id": "110105199003071234", "phone": "13912345678",
            "card": "6222 0212 3456 7890 123", "email": "zhang.wm@example.cn"}


def test_log_goes_to_the_log_dir_and_keeps_no_personal_data(tmp_path, monkeypatch):
    from workstation.domain.errors import DomainError
    monkeypatch.setenv("WORKSTATION_LOG_DIR", str(tmp_path / "logs"))
    path = logfile.setup()
    try:
        assert path == tmp_path / "logs" / logfile.LOG_NAME
        log = logging.getLogger("workstation.test")
        p = PERSONAL
        refusal = DomainError(f"application A2026112000042 of {p['name']} (ID {p['id']}, phone {p['phone']}) "
                              f"is already assigned")
        log.warning("refused: %s", refusal)
        try:
            raise ValueError(f"card {p['card']} of {p['name']} <{p['email']}> rejected")
        except ValueError:
            log.exception("posting failed for loan HT202611200000047")
        for h in logging.getLogger().handlers:
            h.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        logfile.shutdown()
    assert "A2026112000042" in text and "HT202611200000047" in text      # the case can still be found
    assert "Traceback" in text and "ValueError" in text
    for kind, value in PERSONAL.items():
        assert value not in text, kind
    assert "5678" not in text and "7890" not in text and "张" not in text


def test_scrub_keeps_case_numbers_and_amounts():
    assert logfile.scrub("A2026112000042 HT202611200000047 200000.00 fen 12") == \
        "A2026112000042 HT202611200000047 200000.00 fen 12"
    assert logfile.scrub("身份证 110105199003071234") == "[text] [id-number]"


def test_unwritable_log_folder_leaves_the_desk_running(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("WORKSTATION_LOG_DIR", str(blocker / "logs"))
    try:
        assert logfile.setup() is None and logfile.log_file() is None
    finally:
        logfile.shutdown()


def test_unexpected_error_dialog_names_the_log_file(qtbot, ui_env, tmp_path, monkeypatch):
    from workstation.ui.errors import present_error
    monkeypatch.setenv("WORKSTATION_LOG_DIR", str(tmp_path / "logs"))
    path = logfile.setup()
    try:
        present_error(None, RuntimeError(f"row of {PERSONAL['name']} {PERSONAL['phone']}"))
        for h in logging.getLogger().handlers:
            h.flush()
        assert any(str(path) in m for m in ui_env)
        text = path.read_text(encoding="utf-8")
        assert "RuntimeError" in text and PERSONAL["phone"] not in text and PERSONAL["name"] not in text
    finally:
        logfile.shutdown()


def test_about_shows_version_masked_database_url_and_log_file(qtbot, desk, tmp_path, monkeypatch):
    from types import SimpleNamespace

    from workstation import __version__
    from workstation.ui.main_window import MainWindow
    monkeypatch.setenv("WORKSTATION_LOG_DIR", str(tmp_path / "logs"))
    path = logfile.setup()
    try:
        w = MainWindow(desk, actor_for(desk, "officer1"), idle_ms=3_600_000)
        qtbot.addWidget(w)
        text = w.about_text()
        assert __version__ in text and str(path) in text and str(desk.engine.url.database) in text
        w.store = SimpleNamespace(engine=SimpleNamespace(url=make_url("postgresql+psycopg://clerk:s3cret@db1/branch")))
        text = w.about_text()
        assert "clerk:***@db1/branch" in text and "s3cret" not in text
    finally:
        w.store = desk
        logfile.shutdown()


def test_desktop_start_builds_the_command_line_without_importing_commands():
    from workstation import cli
    assert cli.command_in([]) is None and cli.command_in(["--lang", "en"]) is None
    assert cli.command_in(["--database", "quote", "demo", "--applications", "5"]) == "demo"
    assert cli.command_in(["--database=sqlite://", "verify-document", "x.pdf"]) == "verify-document"
    out = _fresh("import sys; from workstation import cli;"
                 "cli.build_parser(cli.command_in(['--lang', 'en'])).parse_args(['--lang', 'en']);"
                 "print(sorted(m for m in sys.modules if m.startswith(('workstation.commands', 'workstation.services'))))")
    assert out == "[]"
    args = cli.build_parser(cli.command_in(["quote", "--amount", "1000", "--annual-rate", "18", "--term", "3"])) \
        .parse_args(["quote", "--amount", "1000", "--annual-rate", "18", "--term", "3"])
    assert args._module == "workstation.commands.quote"
