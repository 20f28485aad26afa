"""还款提醒函 and 催收函: the collection letters of an overdue loan — a reminder, then
a formal demand — with the overdue figures of the ledger on the letter's date (overdue
principal, overdue interest, penalty, the whole balance) and the day to pay by."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer

from workstation.domain.money import to_chinese_upper

from .data import LenderInfo
from .fonts import CJKFont
from .layout import CONTENT_W, build_pdf, esc, grid_table, resolve_font, rmb, styles, yuan, zh_date
from .letters import _closing

TITLES = {"reminder": "还款提醒函", "demand": "催收函"}


@dataclass(frozen=True)
class CollectionLetterData:
    letter: str                       # "reminder" or "demand"
    letter_no: str
    contract_no: str
    lender: LenderInfo
    borrower_company: str
    borrower_credit_code: str
    legal_rep_name: str
    contract_signed_on: date
    loan_amount: Decimal
    as_of: date                       # the figures are those at the start of this day
    dpd: int
    overdue_principal: Decimal
    overdue_interest: Decimal
    penalty: Decimal
    principal_outstanding: Decimal
    pay_by: date
    payment_account: str
    accelerated_on: date | None = None

    @property
    def kind(self) -> str:
        return f"collection_{self.letter}"

    @property
    def document_no(self) -> str:
        return self.letter_no

    @property
    def overdue_total(self) -> Decimal:
        return self.overdue_principal + self.overdue_interest + self.penalty


def render_collection_letter(data: CollectionLetterData, *, font: CJKFont | None = None) -> bytes:
    font = resolve_font(font)
    st = styles(font.name)
    body = ParagraphStyle("letter", parent=st["indent"], leading=22, fontSize=11)
    title = TITLES[data.letter]
    rows = [["项目", "金额（元）"], ["逾期本金", yuan(data.overdue_principal)], ["逾期利息", yuan(data.overdue_interest)],
            ["罚息", yuan(data.penalty)], ["逾期应还合计", yuan(data.overdue_total)]]
    story: list = [
        Paragraph(title, st["title"]),
        Paragraph(f"编号：{esc(data.letter_no)}", st["docno"]), Spacer(1, 0.5 * cm),
        Paragraph(f"{esc(data.borrower_company)}（统一社会信用代码：{esc(data.borrower_credit_code)}，"
                  f"法定代表人：{esc(data.legal_rep_name)}）：", ParagraphStyle("salute", parent=body, firstLineIndent=0)),
        Paragraph(f"贵方于{zh_date(data.contract_signed_on)}与我司签订《借款合同》（合同编号：{esc(data.contract_no)}），"
                  f"借款金额人民币{to_chinese_upper(data.loan_amount)}（{rmb(data.loan_amount)}）。"
                  + (f"我司已宣布该合同项下全部借款于{zh_date(data.accelerated_on)}提前到期。" if data.accelerated_on else "")
                  + f"截至{zh_date(data.as_of)}，贵方已逾期{data.dpd}天，逾期款项如下：", body),
        Spacer(1, 0.2 * cm),
        grid_table(rows, font=font.name, widths=[7 * cm, CONTENT_W - 7 * cm], numeric_cols=(1,), font_size=10,
                   total_row=True),
        Spacer(1, 0.2 * cm),
        Paragraph(f"截至上述日期，贵方尚欠未还本金合计{rmb(data.principal_outstanding)}。罚息自逾期之日起按合同约定"
                  "逐日计收，实际应还金额以还款当日计算为准。", body),
    ]
    if data.letter == "reminder":
        story.append(Paragraph(
            f"请贵方于<b>{zh_date(data.pay_by)}</b>前（含当日）偿还上述逾期款项合计人民币"
            f"<b>{to_chinese_upper(data.overdue_total)}</b>（{rmb(data.overdue_total)}），可通过支付账户"
            f"（{esc(data.payment_account)}）还款。如已还款，请忽略本函。", body))
    else:
        story += [
            Paragraph(f"贵方的逾期行为已构成《借款合同》约定的违约。我司现正式催告：请贵方于<b>{zh_date(data.pay_by)}</b>"
                      f"前（含当日）偿还全部逾期款项合计人民币<b>{to_chinese_upper(data.overdue_total)}</b>"
                      f"（{rmb(data.overdue_total)}）。", body),
            Paragraph(f"逾期仍不履行的，我司将依照合同约定从贵方支付账户（{esc(data.payment_account)}）划扣应还款项，"
                      "将逾期信息报送征信系统，并保留通过诉讼等法律途径追收全部欠款及实现债权费用的权利。", body),
        ]
    story += [
        Paragraph("如有疑问，请与我司联系。特此函告。", body),
        _closing(data.lender.name, data.as_of, font.name), Spacer(1, 0.8 * cm),
        Paragraph(f"贷款人：{esc(data.lender.name)}　经营许可证编号：{esc(data.lender.licence_no)}　"
                  f"地址：{esc(data.lender.address)}　电话：{esc(data.lender.phone)}", st["small"]),
    ]
    return build_pdf(story, data=data, title=title, font=font, author=data.lender.name)
