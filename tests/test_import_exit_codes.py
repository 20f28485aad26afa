"""`workstation import applications`: distinct exit codes, as docs/import-format.md says:
0 all imported / 1 some rejected / 2 nothing imported / 3 failed."""
from __future__ import annotations

import json

import pytest

from workstation.cli import main
from tests.servicing_support import cli_database
from tests.test_import_hardening import SAMPLES

GOOD = (SAMPLES / "applications_sample.jsonl").read_text(encoding="utf-8").splitlines()


@pytest.fixture
def cli(tmp_path, monkeypatch):
    url = cli_database(tmp_path / "c.db", monkeypatch, username="imp", password="Import#2026", roles={"officer"})

    def run(name: str, lines: list[str]) -> int:
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return main(["--database", url, "import", "applications", str(path), "--user", "imp", "--quiet"])
    return run


def test_exit_codes(cli, monkeypatch):
    bad = json.loads(GOOD[5])
    bad["amount_requested"] = "1e1000000"
    bad_line = json.dumps(bad, ensure_ascii=False)
    assert cli("all.jsonl", GOOD[:2]) == 0
    assert cli("again.jsonl", GOOD[:2]) == 0                 # all already there
    assert cli("some.jsonl", [GOOD[3], bad_line]) == 1
    assert cli("none.jsonl", [bad_line, "{not json"]) == 2
    assert cli("file.txt", GOOD[:1]) == 2                     # unknown file type: nothing imported
    from workstation.intake import imports

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(imports, "import_applications", boom)
    assert cli("fails.jsonl", GOOD[6:7]) == 3
