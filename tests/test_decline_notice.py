"""A decline for reason "other" (其他（见说明）) needs its explanation, and the notice
prints it (issue 12, point 7)."""
from __future__ import annotations

import io

import pypdf
import pytest

from decide_helpers import make_application, make_store, status, users
from workstation.decide import decisions
from workstation.domain.errors import DomainError
from workstation.printing.document_data import decline_notice_data
from workstation.printing.documents import render_pdf
from workstation.store.models import Application


@pytest.fixture
def env(db_url):
    store = make_store(db_url)
    yield store, users(store)
    store.close()


def app_no(store, app_id) -> str:
    with store.read() as s:
        return s.get(Application, app_id).app_no


def test_other_without_explanation_is_refused(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    for comment in ("", "   "):
        with pytest.raises(DomainError, match="OTHER needs its explanation") as err:
            decisions.decline(store, u["off1"], app, reason_codes=["LOW_SCORE", "OTHER"], comment=comment)
        assert err.value.code == "decline_other_needs_explanation"
    assert status(store, app) != "declined"


def test_the_notice_prints_the_explanation(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    why = "近三个月店铺退款率超过 30%，经营稳定性不足"
    decisions.decline(store, u["off1"], app, reason_codes=["OTHER"], comment=f"  {why} ")
    data = decline_notice_data(store, None, app_no(store, app))
    assert data.explanation == why
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render_pdf(data))).pages).replace("\n", "")
    assert "其他（见说明）" in text and f"说明：{why}" in text


def test_other_reasons_print_no_comment(env):
    store, u = env
    app = make_application(store, officer=u["off1"])
    decisions.decline(store, u["off1"], app, reason_codes=["LOW_SCORE"], comment="内部备注：勿外传")
    data = decline_notice_data(store, None, app_no(store, app))
    assert data.explanation == ""
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render_pdf(data))).pages)
    assert "内部备注" not in text


def test_the_desk_sees_the_refusal_in_chinese(qapp):
    from workstation.ui import i18n
    from workstation.ui.errors import user_message
    err = DomainError("decline_other_needs_explanation")
    i18n.install("zh_CN")
    try:
        assert user_message(err).startswith("选择“其他”原因时须在说明中填写具体理由")
    finally:
        i18n.install("en")
