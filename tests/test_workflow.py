import pytest

from workstation.domain.workflow import ALLOWED, STATUS_NAMES, Status, TransitionError, check_move
from workstation.demo.demo import STATUS_MIX, status_path


def test_every_status_named_and_has_rules():
    assert set(STATUS_NAMES) == set(Status) == set(ALLOWED)


@pytest.mark.parametrize("status", [s for s, _ in STATUS_MIX])
def test_demo_paths_are_legal(status):
    path = status_path(status)
    for a, b in zip(path, path[1:]):
        check_move(a, b)
    assert path[-1] == status


def test_illegal_moves_refused_with_names():
    with pytest.raises(TransitionError, match="'Declined' cannot become 'Approved'"):
        check_move("declined", "approved")
    with pytest.raises(TransitionError):
        check_move("received", "approved")        # no approval without a sign-off
    with pytest.raises(TransitionError):
        check_move("in_review", "disbursed")


def test_terminal_states():
    for s in (Status.DECLINED, Status.CLOSED, Status.WITHDRAWN, Status.OFFER_EXPIRED):
        assert not ALLOWED[s]
