"""Synthetic platform export records (valid checksums, realistic Chinese data) for
the shipped samples, the tests and the import benchmark. Deterministic per seed.

``python -m workstation.intake.imports_samples`` rewrites resources/samples/.
"""
from __future__ import annotations

import csv
import io
import json
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from workstation.domain import identity
from workstation.demo import demo_data as dd
from workstation.intake.imports_rules import CHINA_TZ

CSV_COLUMNS = [
    "external_id", "received_at", "product_code", "amount_requested", "term_months", "term_days", "purpose",
    "merchant.member_id", "merchant.name", "merchant.platform", "merchant.shop_name", "merchant.credit_code",
    "merchant.province", "merchant.city", "merchant.address", "merchant.member_since",
    "merchant.contact_phone", "merchant.email", "merchant.payment_account", "merchant.real_name_verified",
    "merchant.bank_name", "merchant.bank_card", "merchant.bank_listed", "merchant.applicant_is_legal_rep",
    "legal_rep.name", "legal_rep.id_number", "legal_rep.phone", "legal_rep.citizen",
    "declared.year", "declared.sales", "declared.operating_cost", "declared.net_margin_pct",
    "declared.inventory", "declared.total_assets", "declared.total_liabilities", "declared.receivables",
    "declared.platform_share_pct", "declared.customer1_name", "declared.customer1_years",
    "declared.customer1_share_pct", "declared.customer2_name", "declared.customer2_years",
    "declared.customer2_share_pct",
]


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def make_record(rng: random.Random, *, seq: int, as_of: date, months: bool = True,
                prefix: str = "TB", used_ids: set[str] | None = None) -> dict:
    """One application as the platform exports it (the JSON Lines shape); ``used_ids``
    keeps ID numbers unique across a big file (random ones collide now and then)."""
    province, city, region = dd.weighted_city(rng)
    platform = rng.choices(["taobao", "tmall", "1688"], weights=[55, 25, 20])[0]
    sex = rng.choice("MF")
    birth = as_of - timedelta(days=rng.randint(22 * 365, 58 * 365))
    id_number = identity.make_resident_id(rng, region=region, birth=birth, sex=sex)
    while used_ids is not None and id_number in used_ids:
        id_number = identity.make_resident_id(rng, region=region, birth=birth - timedelta(days=1), sex=sex)
        birth -= timedelta(days=1)
    if used_ids is not None:
        used_ids.add(id_number)
    phone = identity.make_mobile(rng)
    name = dd.person_name(rng)
    company, shop, _ = dd.company_name(rng, city)
    bank_name, bank_prefix = rng.choice(dd.BANKS)
    member_since = as_of - timedelta(days=rng.randint(200, 3000))
    if platform == "1688":
        product, term_m, term_d = "B2B_CREDIT", rng.choice([3, 6, 9, 12]), None
        amount = rng.randint(50, 1500) * 1000 * 100
    elif rng.random() < 0.45:
        product, term_m, term_d = "ORDER", None, rng.choice([7, 15, 30])
        amount = rng.randint(1000, 300000) * 10
    else:
        product, term_m, term_d = "CREDIT_FIXED", rng.choice([6, 12]), None
        amount = rng.randint(50, 800) * 1000 * 100
    received = datetime.combine(as_of - timedelta(days=rng.randint(1, 7)),
                                time(rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59)), tzinfo=CHINA_TZ)
    sales_fen = rng.randint(200_000, 20_000_000) * 100
    margin = rng.randint(3, 18)
    assets = sales_fen * rng.randint(30, 90) // 100
    c1, c2 = rng.sample(dd.CUSTOMERS, 2)
    rec = {
        "external_id": f"{prefix}{as_of:%Y%m%d}{seq:08d}",
        "received_at": received.isoformat(timespec="seconds"),
        "product_code": product, "amount_requested": _yuan(amount),
        "term_months": term_m, "term_days": term_d, "purpose": rng.choice(dd.PURPOSES),
        "merchant": {
            "member_id": f"{platform[:2].upper()}{prefix}{seq:09d}", "name": company, "platform": platform,
            "shop_name": shop,
            "credit_code": identity.make_credit_code(rng) if platform == "1688" or rng.random() < 0.5 else None,
            "province": province, "city": city, "address": dd.address(rng, city),
            "member_since": member_since.isoformat(), "contact_phone": phone, "email": None,
            "payment_account": f"{phone[:3]}****{phone[-4:]}@alipay", "real_name_verified": True,
            "bank_name": bank_name, "bank_card": identity.make_bank_card(rng, prefix=bank_prefix),
            "bank_listed": bank_name != dd.UNLISTED_BANK, "applicant_is_legal_rep": True,
        },
        "legal_rep": {"name": name, "id_number": id_number, "phone": phone, "citizen": True},
        "declared": {
            "year": as_of.year - 1, "sales": _yuan(sales_fen),
            "operating_cost": _yuan(sales_fen * (100 - margin - 2) // 100), "net_margin_pct": str(margin),
            "inventory": _yuan(sales_fen * rng.randint(5, 30) // 100), "total_assets": _yuan(assets),
            "total_liabilities": _yuan(assets * rng.randint(10, 70) // 100),
            "receivables": _yuan(sales_fen * rng.randint(2, 25) // 100),
            "platform_share_pct": str(rng.choice([60, 70, 80, 90, 100])),
            "customer1_name": c1, "customer1_years": rng.randint(1, 8),
            "customer1_share_pct": str(rng.randint(5, 30)),
            "customer2_name": c2, "customer2_years": rng.randint(1, 6),
            "customer2_share_pct": str(rng.randint(3, 15)),
        },
    }
    if months:
        rec["platform_months"] = _months(rng, as_of=as_of, monthly_fen=sales_fen // 12)
    return rec


def _months(rng: random.Random, *, as_of: date, monthly_fen: int) -> list[dict]:
    first = dd.month_add(date(as_of.year, as_of.month, 1), -24)
    rows, ticket = [], rng.randint(40, 600) * 100
    for k in range(24):
        month = dd.month_add(first, k)
        sales = monthly_fen * dd.SEASON[month.month] // 100 * rng.randint(90, 110) // 100
        orders = sales // ticket
        refunds = orders * rng.randint(5, 60) // 1000
        rows.append({"month": f"{month:%Y-%m}", "sales": _yuan(sales), "orders": orders, "refunds": refunds,
                     "refund_amount": _yuan(refunds * ticket), "disputes": orders * rng.randint(0, 3) // 1000,
                     "rating": _rating(rng),
                     "login_days": rng.randint(15, 30), "ad_spend": _yuan(sales * rng.randint(1, 8) // 100),
                     "listings": rng.randint(20, 800), "favourites": orders * rng.randint(2, 9)})
    return rows


def _rating(rng: random.Random) -> str:
    centi = rng.randint(440, 499)
    return f"{centi // 100}.{centi % 100:02d}"


def to_json_line(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


def to_csv_row(rec: dict) -> list[str]:
    flat = {k: v for k, v in rec.items() if not isinstance(v, (dict, list))}
    for part in ("merchant", "legal_rep", "declared"):
        for k, v in (rec.get(part) or {}).items():
            flat[f"{part}.{k}"] = v

    def cell(v) -> str:
        if v is None:
            return ""
        if isinstance(v, bool):
            return "true" if v else "false"
        return str(v)
    return [cell(flat.get(c)) for c in CSV_COLUMNS]


def csv_text(records: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in records:
        w.writerow(to_csv_row(r))
    return buf.getvalue()


def write_jsonl(path: Path, *, count: int, seed: int = 1, as_of: date, months: bool = True) -> None:
    rng = random.Random(seed)
    used: set[str] = set()
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for i in range(1, count + 1):
            fh.write(to_json_line(make_record(rng, seq=i, as_of=as_of, months=months, used_ids=used)) + "\n")


def bad_records(*, as_of: date) -> list[str]:
    """Deliberately bad lines for resources/samples/applications_bad.jsonl, one fault each."""
    rng = random.Random(99)
    out: list[str] = []

    def variant(seq: int, change) -> None:
        rec = make_record(rng, seq=seq, as_of=as_of, months=False, prefix="BAD")
        change(rec)
        out.append(to_json_line(rec))
    variant(1, lambda r: r["legal_rep"].update(id_number=r["legal_rep"]["id_number"][:17] +
                                               ("0" if r["legal_rep"]["id_number"][17] != "0" else "1")))
    variant(2, lambda r: r.update(amount_requested="80000.005"))
    variant(3, lambda r: r.update(product_code="PAYDAY"))
    good = identity.make_credit_code(rng)
    variant(4, lambda r: r["merchant"].update(credit_code=good[:17] + ("Y" if good[17] != "Y" else "X")))
    variant(5, lambda r: r["declared"].update(total_assets="-5000.00"))
    variant(6, lambda r: r.update(term_months="twelve"))
    out.append('{"external_id": "BAD00000007", "received_at": "2026-03-01T10:00:00+08:00", "merchant": {')
    return out


def write_samples(folder: Path, *, as_of: date) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_jsonl(folder / "applications_sample.jsonl", count=20, seed=2026, as_of=as_of)
    rng = random.Random(2027)
    records = [make_record(rng, seq=i, as_of=as_of, months=False, prefix="CSV") for i in range(1, 21)]
    (folder / "applications_sample.csv").write_text(csv_text(records), encoding="utf-8-sig")
    (folder / "applications_bad.jsonl").write_text("\n".join(bad_records(as_of=as_of)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    from workstation.assets import resource_path
    write_samples(resource_path("samples"), as_of=date(2026, 11, 20))
