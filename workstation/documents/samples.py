"""Sample documents for tests, benchmarks and the preview gallery.

Not business logic: the little schedule maker here only produces plausible rows for
layout work (the real schedule engine lives in the domain layer).
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from workstation.domain.money import money, round_fen

from .data import (ApprovalMemoData, BackingOrder, BorrowerInfo, ContractData, DeclineNoticeData,
                   GuaranteeAgreementData, GuaranteeMember, InterviewSummary, LenderInfo, OrderBacking,
                   PolicyCheck, RateDisclosure, Recommendation, ScheduleDocData, ScheduleRow,
                   ScoreFactor, SettlementData, SignOff, StatementData, StatementLine)

LONG_NAME = ("杭州市西湖区某某某某跨境电子商务与供应链管理服务有限公司（原名：杭州某某某某服装服饰"
             "设计研发生产销售及进出口贸易有限责任公司）滨江分公司第二经营部")


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    days = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31,
            30, 31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(d.day, days))


def lender() -> LenderInfo:
    return LenderInfo(name="浙江阿里巴巴小额贷款股份有限公司", licence_no="浙金融办〔2010〕第0012号",
                      address="浙江省杭州市滨江区网商路699号", phone="0571-8802 2088",
                      legal_rep="张某某", regulator="浙江省地方金融监督管理局",
                      credit_code="91330000556194617R", seal_name="浙江阿里巴巴小额贷款股份有限公司合同专用章")


def borrower(*, long_name: bool = False) -> BorrowerInfo:
    return BorrowerInfo(company=LONG_NAME if long_name else "杭州云裳服饰有限公司",
                        credit_code="91330106MA2B3C4D5E", address="浙江省杭州市西湖区文三路90号东部软件园3号楼402室",
                        legal_rep_name="李晓梅", legal_rep_id_no="330106198503150028",
                        phone="138 0571 2345", payment_account="yunshang_fushi@alipay（实名认证）",
                        bank_card="招商银行 6225 88** **** 1234")


RATE = RateDisclosure(daily_rate="0.0600%", annualised_rate="23.87%", nominal_annual_rate="21.60%")


def schedule_rows(*, amount: Decimal, months: int, start: date,
                  monthly_rate: Decimal = Decimal("0.018")) -> tuple[ScheduleRow, ...]:
    """Equal installments (等额本息), last row absorbing rounding."""
    factor = (1 + monthly_rate) ** months
    payment = round_fen(amount * monthly_rate * factor / (factor - 1))
    rows, balance = [], amount
    for k in range(1, months + 1):
        interest = round_fen(balance * monthly_rate)
        principal = balance if k == months else payment - interest
        balance -= principal
        rows.append(ScheduleRow(period=k, due_date=add_months(start, k), principal=principal,
                                interest=interest, payment=principal + interest, balance=balance))
    return tuple(rows)


def contract(*, months: int = 12, long_name: bool = False, amount: str = "300000.00") -> ContractData:
    start = date(2026, 3, 15)
    amt = money(amount)
    return ContractData(
        contract_no="ALXD-2026-000123", lender=lender(), borrower=borrower(long_name=long_name),
        product_name="阿里信用贷款（B2B）", amount=amt, purpose="采购原材料及支付货款等日常经营周转",
        term_text=f"{months}个月", start_date=start, end_date=add_months(start, months), rate=RATE,
        repayment_method="等额本息", penalty_daily_rate="0.0900%",
        schedule=schedule_rows(amount=amt, months=months, start=start), sign_date=date(2026, 3, 14),
        repayment_day_text="每月15日", form=2)


def sole_borrower() -> BorrowerInfo:
    """A sole proprietor (个体工商户, credit code class 92)."""
    return BorrowerInfo(company="义乌市稠城恒达日用品商行", credit_code="92330782MA2C3D4E5F",
                        address="浙江省义乌市稠城街道工人北路88号", legal_rep_name="王建国",
                        legal_rep_id_no="330782197809120031", phone="139 5799 8765",
                        payment_account="hengda_ryp@alipay（实名认证）", bank_card="农业银行 6228 48** **** 5678")


def _with_terms(c: ContractData, terms) -> ContractData:
    from dataclasses import replace

    from .clauses import contract_clauses
    return replace(c, clauses=contract_clauses(terms))


def line_contract(*, sole: bool = False) -> ContractData:
    """A revolving credit line of 200,000 for 12 months (CREDIT_REVOLVING's settings)."""
    from dataclasses import replace

    from workstation.domain.products import product_by_code
    from workstation.domain.terms import ApprovedTerms
    p = product_by_code("CREDIT_REVOLVING")
    start, amount = date(2026, 3, 15), money("200000.00")
    t = ApprovedTerms.from_product(p, amount=amount, method="bullet", term_months=12, start=start)
    end = add_months(start, 12)
    days = (end - start).days
    interest = round_fen(amount * Decimal("0.0006") * days)
    rows = (ScheduleRow(period=1, due_date=end, principal=amount, interest=interest, payment=amount + interest,
                        balance=money("0.00")),)
    c = replace(contract(), contract_no="XYXH-2026-000311", product_name="信用贷款（循环贷）", amount=amount,
                term_text="12个月", end_date=end, borrower=sole_borrower() if sole else borrower(),
                rate=RateDisclosure(daily_rate="0.0600%", annualised_rate="21.90%",
                                    annualised_basis="按日利率×365天以单利法计算（循环额度，按实际用款金额和天数计息）",
                                    nominal_annual_rate="21.60%"),
                repayment_method="随借随还（按日计息，额度到期日前还清）", schedule=rows,
                repayment_day_text=f"额度到期日{end.year}年{end.month}月{end.day}日前", revolving=True)
    return _with_terms(c, t)


def order_contract(*, sole: bool = False, itemised: bool = True) -> ContractData:
    """An order loan of 86,400 for 30 days against four shipped Taobao orders."""
    from dataclasses import replace

    from workstation.domain.products import product_by_code
    from workstation.domain.terms import ApprovedTerms
    p = product_by_code("ORDER")
    start, amount = date(2026, 3, 15), money("86400.00")
    t = ApprovedTerms.from_product(p, amount=amount, method="bullet", term_days=30, start=start)
    end = date(2026, 4, 14)
    interest = round_fen(amount * Decimal("0.0005") * 30)
    rows = (ScheduleRow(period=1, due_date=end, principal=amount, interest=interest, payment=amount + interest,
                        balance=money("0.00")),)
    orders = (BackingOrder("3920571846210334", money("31250.00"), date(2026, 3, 12)),
              BackingOrder("3920571846210871", money("24980.00"), date(2026, 3, 13)),
              BackingOrder("3920571846211502", money("18760.00"), date(2026, 3, 13)),
              BackingOrder("3920571846212019", money("16410.00"), date(2026, 3, 14)))
    backing = OrderBacking(platform="淘宝", shop_name="恒达日用百货店" if sole else "云裳女装旗舰店",
                           orders=orders if itemised else (), total=sum((o.amount for o in orders), Decimal("0.00")))
    c = replace(contract(), contract_no="DDXD-2026-000452", product_name="订单贷款", amount=amount,
                term_text="30天", end_date=end, borrower=sole_borrower() if sole else borrower(),
                rate=RateDisclosure(daily_rate="0.0500%", annualised_rate="18.25%",
                                    annualised_basis="按日利率×365天以单利法计算（到期一次还本付息，按实际用款天数计息）",
                                    nominal_annual_rate="18.00%"),
                repayment_method="到期一次还本付息", penalty_daily_rate="0.0750%", schedule=rows,
                repayment_day_text=f"到期日{end.year}年{end.month}月{end.day}日", orders=backing)
    return _with_terms(c, t)


def schedule_doc(*, months: int = 12, long_name: bool = False) -> ScheduleDocData:
    c = contract(months=months, long_name=long_name)
    rows = tuple(ScheduleRow(period=r.period, due_date=r.due_date, principal=r.principal,
                             interest=r.interest, payment=r.payment, balance=r.balance,
                             status="已还" if r.period <= 2 else "未到期") for r in c.schedule)
    return ScheduleDocData(contract_no=c.contract_no, lender_name=c.lender.name,
                           borrower_company=c.borrower.company, product_name=c.product_name,
                           amount=c.amount, start_date=c.start_date, end_date=c.end_date,
                           rate=c.rate, repayment_method=c.repayment_method, rows=rows,
                           issue_date=date(2026, 5, 20))


def guarantee() -> GuaranteeAgreementData:
    names = [("杭州云裳服饰有限公司", "李晓梅"), ("义乌市恒达日用品有限公司", "王建国"),
             ("绍兴柯桥锦绣纺织品有限公司", "陈丽华"), (LONG_NAME, "赵志强")]
    loans = [money("200000.00"), money("150000.00"), money("180000.00"), money("120000.00")]
    total = sum(loans, Decimal("0.00"))
    members = tuple(GuaranteeMember(company=n, credit_code=f"9133010{i}MA2B3C4D5{i}", legal_rep=rep,
                                    legal_rep_id_no=f"33010619800101{i:03d}X",
                                    contract_no=f"ALXD-2026-00020{i}", loan_amount=amt,
                                    liability_amount=total - amt)
                    for i, ((n, rep), amt) in enumerate(zip(names, loans), start=1))
    return GuaranteeAgreementData(agreement_no="LB-2026-0042", group_name="杭州西湖服饰联保一组",
                                  lender=lender(), members=members, term_text="12个月",
                                  sign_date=date(2026, 3, 14), form=2)


def statement(i: int = 0) -> StatementData:
    """A November statement; ``i`` varies the borrower and amounts (batch benchmarks)."""
    bal = money("250000.00") - Decimal(i % 50) * 1000
    lines = (
        StatementLine(when=date(2026, 11, 1), kind_zh="计息", amount=money("4200.00"), principal=money("0.00"),
                      interest=money("4200.00"), penalty=money("0.00"), balance_after=bal),
        StatementLine(when=date(2026, 11, 15), kind_zh="还款", amount=money("29000.00"),
                      principal=money("24800.00"), interest=money("4200.00"), penalty=money("0.00"),
                      balance_after=bal - money("24800.00")),
        StatementLine(when=date(2026, 11, 30), kind_zh="计息", amount=money("3780.00"), principal=money("0.00"),
                      interest=money("3780.00"), penalty=money("0.00"), balance_after=bal - money("24800.00")),
    )
    return StatementData(
        statement_no=f"DZ-202611-{i:06d}", contract_no=f"ALXD-2026-{i:06d}", lender_name=lender().name,
        borrower_company=f"杭州云裳服饰有限公司第{i}分店", payment_account="yunshang_fushi@alipay",
        product_name="阿里信用贷款（B2B）", loan_amount=money("300000.00"), daily_rate="0.0600%",
        period_from=date(2026, 11, 1), period_to=date(2026, 11, 30), opening_principal=bal,
        opening_interest=money("0.00"), opening_penalty=money("0.00"), lines=lines,
        closing_principal=bal - money("24800.00"), closing_interest=money("3780.00"),
        closing_penalty=money("0.00"), next_due_date=date(2026, 12, 15), next_due_amount=money("28580.00"),
        overdue_principal=money("0.00"), overdue_interest=money("0.00"), overdue_penalty=money("0.00"),
        overdue_days=0, issue_date=date(2026, 12, 1), service_phone="0571-8802 2088")


def settlement() -> SettlementData:
    return SettlementData(certificate_no="JQ-2027-000123", contract_no="ALXD-2026-000123", lender=lender(),
                          borrower_company="杭州云裳服饰有限公司", borrower_credit_code="91330106MA2B3C4D5E",
                          legal_rep_name="李晓梅", loan_amount=money("300000.00"), start_date=date(2026, 3, 15),
                          settled_date=date(2027, 3, 15), principal_paid=money("300000.00"),
                          interest_paid=money("37520.64"), penalty_paid=money("12.30"),
                          total_paid=money("337532.94"), issue_date=date(2027, 3, 16))


def memo() -> ApprovalMemoData:
    factors = (
        ScoreFactor("平台经营年限", "4年2个月", 42, "经营稳定，超过3年"),
        ScoreFactor("近12个月交易额", "¥3,820,000.00", 55, "同行业前30%，且逐月上升"),
        ScoreFactor("退款及纠纷率", "1.2%", 38, "低于行业平均2.5%"),
        ScoreFactor("买家好评率", "99.1%", 30, ""),
        ScoreFactor("店铺活跃度", "每2日登录", 20, "近90天登录规律，广告投入稳定"),
    )
    rate = RateDisclosure(daily_rate="0.0600%", annualised_rate="23.87%")
    return ApprovalMemoData(
        application_no="SQ-2026-004567", merchant=borrower(), platform="1688（阿里巴巴B2B）",
        applied_at=datetime(2026, 3, 10, 9, 42), amount_requested=money("350000.00"), factors=factors,
        score_total=185, grade="A2", pd="1.35%", suggested_limit=money("300000.00"),
        policy_checks=(PolicyCheck("申请人年龄18-65周岁", True, "41周岁"),
                       PolicyCheck("平台会员满6个月", True, "会员50个月"),
                       PolicyCheck("经营地区在开放范围内", True, "浙江省杭州市"),
                       PolicyCheck("黑名单", True, "未命中"),
                       PolicyCheck("当前无逾期借款", True, "无在贷逾期")),
        inconsistencies=("申报年销售额¥5,000,000.00，平台数据年化约¥3,820,000.00（平台占比申报为70%，可解释）",),
        interview=InterviewSummary(outcome="通过", held_at=datetime(2026, 3, 11, 14, 5), officer="周敏",
                                   checklist_summary="身份、法定代表人身份、经营场所、库存、主要客户均已核实（10/10）",
                                   red_flags=()),
        recommendation=Recommendation(product="阿里信用贷款（B2B）", limit=money("300000.00"), term_text="12个月",
                                      method="等额本息", rate=rate, conditions=("按月查看平台经营数据",),
                                      justification="经营稳定、交易额上升，面谈信息与平台数据基本一致，建议按模型额度授信。"),
        signoffs=(SignOff("信贷员", "周敏", datetime(2026, 3, 11, 16, 20), "推荐", "按模型额度"),
                  SignOff("审批主管", "孙立军", datetime(2026, 3, 12, 10, 3), "同意", "")),
        printed_at=datetime(2026, 3, 12, 10, 30), lender_name=lender().name, status="已批准")


def decline() -> DeclineNoticeData:
    return DeclineNoticeData(
        notice_no="JJ-2026-000078", application_no="SQ-2026-004999", lender=lender(),
        applicant_company="宁波海曙星辰电子商务有限公司", legal_rep_name="吴海涛", applied_on=date(2026, 4, 2),
        product_name="阿里信用贷款（B2B）", amount_requested=money("500000.00"),
        reasons=("平台会员注册时间不足6个月，不符合我司现行授信政策；",
                 "近三个月平台交易额下降明显，暂不足以支持所申请的借款金额。"),
        decided_on=date(2026, 4, 5))
