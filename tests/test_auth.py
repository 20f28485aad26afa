import logging
from datetime import datetime, timedelta, timezone

import re

import pytest
from argon2 import PasswordHasher

from workstation.services import auth
from workstation.domain.errors import DomainError, PermissionDenied


@pytest.fixture
def admin(svc):
    return auth.add_user(svc, None, username="root", display_name="Root", password="First#admin1",
                         roles={"admin"})


def test_hash_is_argon2id_with_enough_memory():
    h = auth.hash_password("Secret#123")
    assert h.startswith("$argon2id$")
    assert "m=19456" in h and "t=2" in h
    PasswordHasher().verify(h, "Secret#123")     # a standard argon2 hash any verifier reads


def test_first_user_then_only_admins_add(svc, admin):
    with pytest.raises(PermissionDenied):
        auth.add_user(svc, None, username="x", display_name="X", password="Pass#word1", roles={"officer"})
    off = auth.add_user(svc, admin, username="o1", display_name="O", password="Pass#word1", roles={"officer"})
    with pytest.raises(PermissionDenied):
        auth.add_user(svc, off, username="o2", display_name="O", password="Pass#word1", roles={"officer"})


def test_sign_in_and_wrong_password_and_lockout(svc, admin, caplog):
    caplog.set_level(logging.DEBUG)
    assert auth.sign_in(svc, "root", "First#admin1").roles == frozenset({"admin"})
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(auth.SignInFailed) as err:
            auth.sign_in(svc, "root", "wrong-password")
        assert str(err.value) == auth.refused_message() and "attempts left" not in str(err.value)
    with pytest.raises(auth.SignInFailed) as err:
        auth.sign_in(svc, "root", "First#admin1")      # right password, still locked
    assert str(err.value) == auth.refused_message()
    later = datetime.now(timezone.utc) + timedelta(minutes=16)
    assert auth.sign_in(svc, "root", "First#admin1", now=later).username == "root"
    assert "wrong-password" not in caplog.text and "First#admin1" not in caplog.text


def test_unknown_user_same_message(svc, admin):
    """An unknown user, a wrong password, a deactivated and a locked account: one message."""
    auth.add_user(svc, admin, username="gone", display_name="G", password="Pass#word1", roles={"officer"})
    auth.set_active(svc, admin, username="gone", active=False)
    messages = set()
    for name, pw in [("nobody", "whatever1"), ("root", "whatever1"), ("gone", "Pass#word1")]:
        with pytest.raises(auth.SignInFailed) as err:
            auth.sign_in(svc, name, pw)
        messages.add(str(err.value))
    assert messages == {auth.refused_message()}
    assert auth.refused_message().startswith("wrong user name or password")


def test_locked_signer_is_told_locked_not_wrong_password(svc, admin):
    from workstation.domain.errors import SessionEnded
    sup = auth.add_user(svc, admin, username="sup", display_name="S", password="Pass#word1",
                        roles={"supervisor"})
    assert auth.verify_password(svc, sup, "Pass#word1")
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(auth.SignInFailed):
            auth.sign_in(svc, "sup", "wrong-password")
    with pytest.raises(SessionEnded, match="account is locked") as err:
        auth.verify_password(svc, sup, "Pass#word1")
    assert err.value.code == "locked"


def test_reset_deactivate(svc, admin):
    auth.add_user(svc, admin, username="o1", display_name="O", password="Pass#word1", roles={"officer"})
    auth.reset_password(svc, admin, username="o1", new_password="New#pass99")
    assert auth.change_temporary_password(svc, "o1", old="New#pass99", new="Own#pass99").username == "o1"
    auth.set_active(svc, admin, username="o1", active=False)
    with pytest.raises(auth.SignInFailed):
        auth.sign_in(svc, "o1", "Own#pass99")
    with pytest.raises(DomainError, match="own account"):
        auth.set_active(svc, admin, username="root", active=False)


@pytest.mark.parametrize("pw,msg", [("short1", "too short"), ("onlyletters", "mix"), ("12345678", "mix")])
def test_password_rules(svc, admin, pw, msg):
    with pytest.raises(DomainError, match=msg):
        auth.add_user(svc, admin, username="o9", display_name="O", password=pw, roles={"officer"})


def test_unknown_role_refused(svc, admin):
    with pytest.raises(DomainError, match="unknown boss"):
        auth.add_user(svc, admin, username="o9", display_name="O", password="Pass#word1", roles={"boss"})


def test_temporary_password_must_be_changed_before_any_session(svc, admin):
    auth.add_user(svc, admin, username="o1", display_name="O", password="Pass#word1", roles={"officer"})
    auth.reset_password(svc, admin, username="o1", new_password="Temp#pass99")
    # the right temporary password gives no Actor: nothing can be done through a service
    with pytest.raises(auth.PasswordChangeRequired, match="temporary"):
        auth.sign_in(svc, "o1", "Temp#pass99")
    assert auth.verify_password(svc, auth.sign_in(svc, "root", "First#admin1"), "x") is False
    with pytest.raises(auth.SignInFailed, match=re.escape(auth.refused_message())):     # a wrong one is still wrong
        auth.change_temporary_password(svc, "o1", old="nope-1234", new="Mine#pass12")
    with pytest.raises(DomainError, match="differ"):
        auth.change_temporary_password(svc, "o1", old="Temp#pass99", new="Temp#pass99")
    with pytest.raises(DomainError, match="too short"):
        auth.change_temporary_password(svc, "o1", old="Temp#pass99", new="short1")
    actor = auth.change_temporary_password(svc, "o1", old="Temp#pass99", new="Mine#pass12")
    assert actor.username == "o1"
    assert auth.sign_in(svc, "o1", "Mine#pass12").username == "o1"
    with pytest.raises(auth.SignInFailed):
        auth.sign_in(svc, "o1", "Temp#pass99")


def test_cli_refuses_a_temporary_password_until_changed(svc, admin, monkeypatch, capsys):
    from workstation import cli
    from workstation.commands.common import sign_in_cli
    auth.add_user(svc, admin, username="o1", display_name="O", password="Pass#word1", roles={"officer"})
    auth.reset_password(svc, admin, username="o1", new_password="Temp#pass99")
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Temp#pass99")
    with pytest.raises(auth.PasswordChangeRequired, match="users change-password o1"):
        sign_in_cli(svc, "o1")
    import importlib                 # every command module imported first: one imported while common's
    for module, _help in cli.COMMANDS.values():      # open_store is patched would keep the patch after it
        importlib.import_module(module)
    monkeypatch.setattr("workstation.commands.common.open_store", lambda args: svc)
    monkeypatch.setattr("workstation.commands.users.open_store", lambda args: svc)
    monkeypatch.setenv("WORKSTATION_NEW_PASSWORD", "Mine#pass12")
    assert cli.main(["users", "change-password", "o1"]) == 0
    assert "changed" in capsys.readouterr().out
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Mine#pass12")
    assert sign_in_cli(svc, "o1").username == "o1"


def test_the_command_line_lists_users_only_for_a_signed_in_administrator(svc, admin, monkeypatch, capsys):
    """``users list`` read every user name, role and lock without signing anybody in."""
    from workstation import cli
    import importlib
    for module, _help in cli.COMMANDS.values():
        importlib.import_module(module)
    monkeypatch.setattr("workstation.commands.users.open_store", lambda args: svc)
    monkeypatch.setattr("workstation.commands.common.open_store", lambda args: svc)
    auth.add_user(svc, admin, username="o1", display_name="O", password="Pass#word1", roles={"officer"})
    capsys.readouterr()
    assert cli.main(["--lang", "en", "users", "list"]) == 2
    assert "o1" not in capsys.readouterr().out
    monkeypatch.setenv("WORKSTATION_PASSWORD", "wrong-password1")
    assert cli.main(["--lang", "en", "users", "--admin", "root", "list"]) == 2
    assert "o1" not in capsys.readouterr().out
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Pass#word1")
    assert cli.main(["--lang", "en", "users", "--admin", "o1", "list"]) == 2      # an officer
    assert "root" not in capsys.readouterr().out
    monkeypatch.setenv("WORKSTATION_PASSWORD", "First#admin1")
    assert cli.main(["--lang", "en", "users", "--admin", "root", "list"]) == 0
    out = capsys.readouterr().out
    assert "o1" in out and "root" in out
