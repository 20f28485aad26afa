"""The video interview as data: checklist items, the psychological questionnaire
and its masking / consistency scores (pure functions), and the submit rules.

The questionnaire lives in ``resources/questionnaire/<version>.json``: each
question has a trait and options; each option carries a masking weight (0 candid
.. 3 implausibly self-flattering) and a stance on the trait (-2 .. +2). Masking
score = weights chosen / highest weights possible x 100; consistency score per
trait = 100 - spread of the stances chosen / widest spread x 100, averaged over the
traits with two or more answers.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Mapping

from workstation.assets import resource_path
from workstation.domain.errors import DomainError
from workstation.domain.products import Problem  # the domain's one problem type (field, message)

QUESTIONNAIRE_DIR = resource_path("questionnaire")
DEFAULT_QUESTIONNAIRE = "psych_v1"

RESULTS = ("confirmed", "discrepancy", "not_checked")
OUTCOMES = ("verified", "not_verified", "follow_up")
CHANNELS = ("video_app", "phone_video", "on_site", "other")
OUTCOME_NAMES = {"verified": ("已核实", "Verified"), "not_verified": ("未能核实", "Not verified"),
                 "follow_up": ("需跟进", "Follow-up needed")}
RESULT_NAMES = {"confirmed": ("确认", "Confirmed"), "discrepancy": ("不符", "Discrepancy"),
                "not_checked": ("未核", "Not checked")}


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    text_zh: str
    text_en: str
    figure: str | None = None     # 'money' | 'pct': the interview records the figure stated
    declared_field: str | None = None   # the declared-financials field it re-checks


CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem("id_photo", "本人与身份证照片一致", "The person matches the ID photo"),
    ChecklistItem("legal_rep", "本人为法定代表人/实际经营者", "The person is the legal representative"),
    ChecklistItem("premises", "展示了经营场所或仓库", "Business premises or warehouse shown"),
    ChecklistItem("inventory", "库存与申报数据相符", "Inventory consistent with declared figures",
                  "money", "inventory"),
    ChecklistItem("sales", "申报年销售额", "Declared sales", "money", "sales"),
    ChecklistItem("costs", "申报经营成本", "Declared operating cost", "money", "operating_cost"),
    ChecklistItem("profit", "申报净利润率", "Declared net profit margin", "pct", "net_margin_pct"),
    ChecklistItem("customers", "两大下游客户已确认", "The two largest customers confirmed"),
    ChecklistItem("purpose", "贷款用途已说明", "Loan purpose stated"),
)
CHECKLIST_CODES = tuple(i.code for i in CHECKLIST)
CHECKLIST_BY_CODE = {i.code: i for i in CHECKLIST}

# What a stated figure may be: a percentage from -100 to 100 (a margin cannot lose more
# than the sales), an amount in CNY from 0 to 100 billion; both to two decimals.
FIGURE_BOUNDS: dict[str, tuple[Decimal, Decimal]] = {
    "pct": (Decimal(-100), Decimal(100)),
    "money": (Decimal(0), Decimal(100_000_000_000)),
}
FIGURE_PLACES = 2


def figure_problem(kind: str, value: Decimal) -> str | None:
    """Why a stated figure of ``kind`` ('pct' | 'money') cannot be recorded, as a code:
    'not_a_number', 'out_of_range' or 'too_precise'; None when it is fine."""
    if not isinstance(value, Decimal) or not value.is_finite():
        return "not_a_number"
    low, high = FIGURE_BOUNDS[kind]
    if not low <= value <= high:
        return "out_of_range"
    if value != value.quantize(Decimal(1).scaleb(-FIGURE_PLACES)):
        return "too_precise"
    return None


class QuestionnaireError(DomainError):
    """A questionnaire file or answer that cannot be used: ``questionnaire_missing``,
    ``questionnaire_invalid`` (an English ``detail`` about the file, logged by the desk),
    ``questionnaire_no_question``, ``questionnaire_no_option``."""


@dataclass(frozen=True)
class Option:
    id: str
    text_zh: str
    text_en: str
    masking: int
    stance: int


@dataclass(frozen=True)
class Question:
    id: str
    trait: str
    text_zh: str
    text_en: str
    options: tuple[Option, ...]

    def option(self, option_id: str) -> Option:
        for o in self.options:
            if o.id == option_id:
                return o
        raise QuestionnaireError("questionnaire_no_option", question=self.id, option=option_id)


@dataclass(frozen=True)
class Questionnaire:
    version: str
    title_zh: str
    title_en: str
    questions: tuple[Question, ...]
    masking_flag_at: int = 60
    consistency_flag_below: int = 50

    def question(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise QuestionnaireError("questionnaire_no_question", version=self.version, question=qid)


def parse_questionnaire(data: Mapping) -> Questionnaire:
    qs = []
    for raw in data["questions"]:
        opts = tuple(Option(o["id"], o["text_zh"], o["text_en"], int(o["masking"]), int(o["stance"]))
                     for o in raw["options"])
        if len(opts) < 2:
            raise QuestionnaireError("questionnaire_invalid", file="", detail=f"question {raw['id']}: needs at least two options")
        for o in opts:
            if not 0 <= o.masking <= 3 or not -2 <= o.stance <= 2:
                raise QuestionnaireError("questionnaire_invalid", file="",
                                         detail=f"question {raw['id']} option {o.id}: masking 0..3, stance -2..2")
        qs.append(Question(raw["id"], raw["trait"], raw["text_zh"], raw["text_en"], opts))
    if len({q.id for q in qs}) != len(qs):
        raise QuestionnaireError("questionnaire_invalid", file="", detail="question ids must be unique")
    return Questionnaire(data["version"], data.get("title_zh", ""), data.get("title_en", ""), tuple(qs),
                         int(data.get("masking_flag_at", 60)), int(data.get("consistency_flag_below", 50)))


def load_questionnaire(version: str = DEFAULT_QUESTIONNAIRE) -> Questionnaire:
    path = QUESTIONNAIRE_DIR / f"{version}.json"
    if not path.exists():
        raise QuestionnaireError("questionnaire_missing", version=version, file=path.name)
    try:
        return parse_questionnaire(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as exc:     # the file named, the flaw kept as detail
        detail = exc.params.get("detail", str(exc)) if isinstance(exc, QuestionnaireError) else repr(exc)
        raise QuestionnaireError("questionnaire_invalid", file=path.name, detail=detail) from None


@dataclass(frozen=True)
class QuestionnaireScore:
    answered: int
    total: int
    masking: int | None          # 0 candid .. 100 masks everything; None: nothing answered
    consistency: int | None      # 100 fully consistent; None: no trait answered twice
    flags_en: tuple[str, ...]
    flags_zh: tuple[str, ...]


def masking_score(q: Questionnaire, answers: Mapping[str, str]) -> int | None:
    """Masking weights of the answers as a share of the highest possible, 0-100."""
    got = possible = 0
    for qid, oid in answers.items():
        question = q.question(qid)
        got += question.option(oid).masking
        possible += max(o.masking for o in question.options)
    if possible == 0:
        return None if not answers else 0
    return (got * 100 + possible // 2) // possible


def consistency_score(q: Questionnaire, answers: Mapping[str, str]) -> int | None:
    """100 - the spread of stances within each trait (widest possible spread = 4), averaged."""
    by_trait: dict[str, list[int]] = {}
    for qid, oid in answers.items():
        question = q.question(qid)
        by_trait.setdefault(question.trait, []).append(question.option(oid).stance)
    scores = [100 - (max(v) - min(v)) * 25 for v in by_trait.values() if len(v) >= 2]
    if not scores:
        return None
    return (sum(scores) * 2 + len(scores)) // (2 * len(scores))


def score_questionnaire(q: Questionnaire, answers: Mapping[str, str]) -> QuestionnaireScore:
    m, c = masking_score(q, answers), consistency_score(q, answers)
    en, zh = [], []
    if m is not None and m >= q.masking_flag_at:
        en.append(f"masking score {m} (flag at {q.masking_flag_at}): answers look self-flattering")
        zh.append(f"掩饰分{m}（{q.masking_flag_at}分以上提示）：回答有美化倾向")
    if c is not None and c < q.consistency_flag_below:
        en.append(f"consistency score {c} (flag below {q.consistency_flag_below}): answers contradict each other")
        zh.append(f"一致性分{c}（低于{q.consistency_flag_below}分提示）：前后回答矛盾")
    return QuestionnaireScore(len(answers), len(q.questions), m, c, tuple(en), tuple(zh))


# --- the interview record and its submit rules -------------------------------------------

@dataclass(frozen=True)
class CheckEntry:
    item: str
    result: str = "not_checked"
    note: str = ""
    stated_value: Decimal | None = None


@dataclass(frozen=True)
class InterviewDraft:
    """Everything the officer types; saved whole on every (debounced) change."""
    planned_start: datetime | None = None
    planned_end: datetime | None = None
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    channel: str | None = None
    participants: tuple[str, ...] = ()
    checks: tuple[CheckEntry, ...] = ()
    answers: tuple[tuple[str, str], ...] = ()     # (question id, option id)
    red_flags: tuple[str, ...] = ()
    notes: str = ""
    outcome: str | None = None


def draft_problems(d: InterviewDraft, q: Questionnaire | None = None) -> list[Problem]:
    """Values that can never be stored (checked on every save)."""
    out: list[Problem] = []
    P = Problem.coded
    for c in d.checks:
        if c.item not in CHECKLIST_CODES:
            out.append(P(f"checks.{c.item}", "check_item_unknown"))
        if c.result not in RESULTS:
            out.append(P(f"checks.{c.item}", "check_result_invalid", results=list(RESULTS)))
        if c.stated_value is not None and not isinstance(c.stated_value, Decimal):
            out.append(P(f"checks.{c.item}", "figure_not_decimal"))
        elif c.stated_value is not None and c.item in CHECKLIST_BY_CODE:
            item = CHECKLIST_BY_CODE[c.item]
            why = figure_problem(item.figure, c.stated_value) if item.figure else "no_figure"
            if why is not None:
                low, high = FIGURE_BOUNDS.get(item.figure or "", (None, None))
                code = {"no_figure": "figure_none", "not_a_number": "figure_not_a_number",
                        "out_of_range": "figure_out_of_range_" + ("pct" if item.figure == "pct" else "cny"),
                        "too_precise": "figure_too_precise"}[why]
                out.append(P(f"checks.{c.item}", code, low=low, high=high, places=FIGURE_PLACES))
    if d.outcome is not None and d.outcome not in OUTCOMES:
        out.append(P("outcome", "outcome_invalid", outcomes=list(OUTCOMES)))
    if q is not None:
        for qid, oid in d.answers:
            try:
                q.question(qid).option(oid)
            except QuestionnaireError as exc:
                out.append(P(f"answers.{qid}", "answer_invalid", question=qid, option=oid))
    return out


def submit_problems(d: InterviewDraft, q: Questionnaire | None = None) -> list[Problem]:
    """What must be there before notes are submitted and become read-only."""
    out = draft_problems(d, q)
    P = Problem.coded
    if d.actual_start is None or d.actual_end is None:
        out.append(P("actual", "actual_times_missing"))
    elif d.actual_end < d.actual_start:
        out.append(P("actual_end", "actual_end_before_start"))
    if not d.channel:
        out.append(P("channel", "channel_missing"))
    if not d.participants:
        out.append(P("participants", "participants_missing"))
    if d.outcome is None:
        out.append(P("outcome", "outcome_missing"))
    done = {c.item: c for c in d.checks}
    if d.outcome == "verified":
        for code in ("id_photo", "legal_rep"):
            if done.get(code) is None or done[code].result != "confirmed":
                out.append(P(f"checks.{code}", "verified_needs_identity"))
    for c in d.checks:
        if c.result == "discrepancy" and not c.note.strip():
            out.append(P(f"checks.{c.item}", "discrepancy_needs_note"))
    return out


def discrepancy_count(checks: tuple[CheckEntry, ...] | list[CheckEntry]) -> int:
    """Checklist items found not to match: what the scorecard's interview factor counts."""
    return sum(1 for c in checks if c.result == "discrepancy")
