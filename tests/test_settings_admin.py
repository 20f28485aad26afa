"""The administrators' settings (issue 18, part 5): ranges checked, products' rates kept
inside their bands, every change audited and listed with who and when."""
from __future__ import annotations

import pytest

from workstation.operations import settings_admin as sa
from workstation.services import auth
from workstation.decide import authority
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.store.session import Store
from workstation.services.setup import ensure_reference_data, get_setting


@pytest.fixture
def admin_desk(db_url):
    url, schema = db_url
    store = Store.open(url, schema=schema)
    ensure_reference_data(store, None)
    admin = auth.add_user(store, None, username="boss", display_name="boss", password="Secret-pass-123",
                          roles={"admin"})
    officer = auth.add_user(store, admin, username="off", display_name="off", password="Secret-pass-123",
                            roles={"officer"})
    yield store, admin, officer
    store.close()


def test_settings_change_within_range_and_are_audited(admin_desk):
    store, admin, officer = admin_desk
    sa.set_setting(store, admin, key="interview.recording_retention_days", value="365")
    assert get_setting(store, admin, "interview.recording_retention_days") == 365
    assert sa.editable_settings(store, admin)["interview.recording_retention_days"] == 365
    for bad in ("5", "abc", "99999"):
        with pytest.raises(DomainError) as e:
            sa.set_setting(store, admin, key="interview.recording_retention_days", value=bad)
        assert e.value.code == "setting_invalid"
    with pytest.raises(DomainError) as e:
        sa.set_setting(store, admin, key="lender.name", value="x")
    assert e.value.code == "setting_unknown"
    with pytest.raises(PermissionDenied):
        sa.set_setting(store, officer, key="session.idle_lock_minutes", value="10")
    top = sa.history(store, admin)[0]
    assert (top.username, top.action, top.what) == ("boss", "setting_set", "settings:interview.recording_retention_days")
    assert top.details == {"old": 180, "new": 365} and top.at is not None


def test_products_rates_inside_their_band_and_audited(admin_desk):
    store, admin, _ = admin_desk
    row = sa.set_product(store, admin, code="ORDER", active=False, rate="0.045%/day", rate_min="0.03%/day",
                         rate_max="0.05%/day")
    assert not row.active and row.rate == "0.045%/day"
    assert [p for p in sa.products(store, admin) if p.code == "ORDER"] == [row]
    with pytest.raises(DomainError) as e:
        sa.set_product(store, admin, code="ORDER", active=True, rate="0.06%/day", rate_min="0.03%/day",
                       rate_max="0.05%/day")
    assert e.value.code == "product_rates_invalid"
    authority.set_rule(store, admin, role="supervisor", product_code="ORDER", max_limit="800000.00",
                       dual_above="400000.00")
    changes = sa.history(store, admin)
    assert [c.what for c in changes[:2]] == ["authority:supervisor/ORDER", "product:ORDER"]
    assert changes[1].details["before"]["rate"] == "0.05%/day"


def test_warning_rule_versions_are_in_the_history(admin_desk):
    from workstation.aftercare import rulesets
    from workstation.domain import warning_rules as wr
    store, admin, _ = admin_desk
    raw = wr.to_data(rulesets.current(store, admin))
    version = rulesets.store_version(store, admin, raw, note="tighter login gap")
    top = sa.history(store, admin)[0]
    assert (top.what, top.username, top.details["note"]) == (f"warning_rules:{version}", "boss", "tighter login gap")
