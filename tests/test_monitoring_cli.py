"""`workstation import monitoring FILE`: the samples import, re-importing adds nothing,
and the exit codes are the application import's (0 / 1 / 2)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from workstation.cli import main
from workstation.store.session import Store

from tests.servicing_support import cli_database

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


@pytest.fixture
def cli(tmp_path, monkeypatch):
    url = cli_database(tmp_path / "c.db", monkeypatch, username="imp", password="Import#2026", roles={"officer"})
    assert main(["--database", url, "import", "applications", str(SAMPLES / "applications_sample.jsonl"),
                 "--user", "imp", "--quiet"]) == 0        # the merchants the snapshots name

    def run(kind_path: Path) -> int:
        return main(["--database", url, "import", "monitoring", str(kind_path), "--user", "imp", "--quiet"])
    return run


def test_samples_import_once_with_exit_codes(cli, tmp_path, capsys):
    assert cli(SAMPLES / "monitoring_sample.jsonl") == 0
    assert "36 snapshots imported" in capsys.readouterr().out
    assert cli(SAMPLES / "monitoring_sample.csv") == 0          # the same snapshots: already there
    assert "0 snapshots imported, 36 already there" in capsys.readouterr().out
    lines = (SAMPLES / "monitoring_sample.jsonl").read_text(encoding="utf-8").splitlines()
    bad = json.loads(lines[0])
    bad.update(date="2026-12-31", gmv="-5.00")
    some = tmp_path / "some.jsonl"
    some.write_text(json.dumps(bad) + "\n" + json.dumps(dict(json.loads(lines[1]), date="2027-01-07")) + "\n",
                    encoding="utf-8")
    assert cli(some) == 1
    assert "rejected: line 1, gmv" in capsys.readouterr().out
    none = tmp_path / "none.jsonl"
    none.write_text("{not json\n", encoding="utf-8")
    assert cli(none) == 2
    assert cli(tmp_path / "none.txt") == 2


def test_a_missing_file_is_a_coded_refusal_said_in_chinese(cli, tmp_path, capsys):
    """Was DomainError("<path>: no such file"): a message where the code belongs, shown
    untranslated (English) on the Chinese desk and command line."""
    from workstation.aftercare.monitoring import import_monitoring
    from workstation.domain.actor import Actor
    from workstation.domain.errors import DomainError
    store = Store.open(f"sqlite:///{tmp_path / 'c.db'}")
    try:
        with pytest.raises(DomainError) as exc:
            import_monitoring(store, Actor(1, "imp", "I", frozenset({"officer"})), tmp_path / "none.jsonl")
    finally:
        store.close()
    assert exc.value.code == "file_not_found" and exc.value.params["path"] == tmp_path / "none.jsonl"
    assert cli(tmp_path / "none.jsonl") == 2
    capsys.readouterr()
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert main(["--lang", "zh_CN", "--database", url, "import", "monitoring", str(tmp_path / "none.jsonl"),
                 "--user", "imp", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "none.jsonl" in err and re.search(r"[\u4e00-\u9fff]", err) and "no such file" not in err, err


def test_a_chinese_refusal_leaves_no_application_object_behind(tmp_path):
    """The command line makes a QCoreApplication to translate a refusal: left behind, a
    QApplication made later in the same process (a desk, a test's) aborted the process."""
    import subprocess
    import sys
    code = ("from PySide6.QtCore import QCoreApplication\n"
            "from workstation.cli import refusal_line\n"
            "from workstation.domain.errors import DomainError\n"
            "text = refusal_line(DomainError('file_not_found', path='x.jsonl'), 'zh_CN')\n"
            "assert QCoreApplication.instance() is None, 'left behind'\n"
            "from PySide6.QtWidgets import QApplication, QWidget\n"
            "app = QApplication([]); w = QWidget()\n"
            "print(text)\n")
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    assert "x.jsonl" in out.stdout and re.search(r"[\u4e00-\u9fff]", out.stdout), out.stdout


def test_a_chinese_command_line_reports_a_file_as_the_desk_does(cli, tmp_path, capsys):
    """--lang zh_CN: the repayment file's and the snapshots' report and refused lines in the
    desk's Chinese words (they were English whatever the language)."""
    from tests.ui_texts import latin_words
    url = f"sqlite:///{tmp_path / 'c.db'}"
    pay = tmp_path / "pay.csv"
    pay.write_text("payment_ref,contract_no,value_date,amount\nP1,HT-NONE,2026-01-05,10.00\nP2,HT-NONE,2026-01-05,1e3\n",
                   encoding="utf-8")
    capsys.readouterr()
    assert main(["--lang", "zh_CN", "--database", url, "import", "repayments", str(pay), "--user", "imp",
                 "--quiet"]) == 1
    out = capsys.readouterr().out
    assert "读取行数：2" in out and "第 2 行，合同编号：没有该合同号的贷款。" in out and "第 3 行，金额：" in out, out
    assert [w for w in latin_words(out) if w not in ("HT", "NONE", "csv", "rejects", "pay")] == [], out
    lines = (SAMPLES / "monitoring_sample.jsonl").read_text(encoding="utf-8").splitlines()
    snaps = tmp_path / "snaps.jsonl"
    snaps.write_text(lines[0] + "\n" + json.dumps(dict(json.loads(lines[1]), rating="9")) + "\n", encoding="utf-8")
    assert main(["--lang", "zh_CN", "--database", url, "import", "monitoring", str(snaps), "--user", "imp",
                 "--quiet"]) == 1
    out = capsys.readouterr().out
    assert "已导入监测数据：1 条" in out and "第 2 行，店铺评分：必须在 0 到 5 之间" in out, out
    assert main(["--lang", "en", "--database", url, "import", "monitoring", str(snaps), "--user", "imp",
                 "--quiet"]) == 1
    assert "0 snapshots imported, 1 already there, 1 rejected" in capsys.readouterr().out


def test_a_chinese_command_line_reports_an_application_import_as_the_desk_does(cli, tmp_path, capsys):
    from tests.ui_texts import latin_words
    url = f"sqlite:///{tmp_path / 'c.db'}"
    lines = (SAMPLES / "applications_sample.jsonl").read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "apps.jsonl"
    bad.write_text(lines[0] + "\n{not json\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--lang", "zh_CN", "--database", url, "import", "applications", str(bad), "--user", "imp",
                 "--quiet"]) == 1
    out = capsys.readouterr().out
    assert "第 2 行" in out and re.search(r"[\u4e00-\u9fff]", out), out
    assert [w for w in latin_words(out) if w not in ("apps", "jsonl", "rejects", "csv", "line")] == [], out
