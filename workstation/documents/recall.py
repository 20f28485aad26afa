"""提前收贷通知书: the notice of early recall (acceleration). It rests on the loan
contract's acceleration clause (its default article's first two paragraphs, numbered as the
signed contract numbers them), quoted from the same text the contract prints
(``ACCELERATION_CLAUSE``; a test keeps them equal)."""
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
from .letters import _closing
from .layout import CONTENT_W, build_pdf, esc, grid_table, resolve_font, rmb, styles, yuan, zh_date

ACCELERATION_ARTICLE = "第九条 违约及加速到期"
ACCELERATION_CLAUSE = "（三）宣布本合同项下全部借款提前到期，要求借款人立即偿还全部未还本金、利息及罚息；"
_CLAUSE_WORDS = ACCELERATION_CLAUSE.removeprefix("（三）").rstrip("；")


@dataclass(frozen=True)
class RecallNoticeData:
    notice_no: str
    contract_no: str
    lender: LenderInfo
    borrower_company: str
    borrower_credit_code: str
    legal_rep_name: str
    contract_signed_on: date
    loan_amount: Decimal
    declared_on: date
    due_date: date
    principal: Decimal
    interest: Decimal
    penalty: Decimal
    total: Decimal
    reasons: tuple[str, ...]
    payment_account: str
    # the signed contract's own article numbers for its default and acceleration clause
    # (contract_articles.default_refs): form 1 contracts say 第九条, later forms count theirs
    default_article: str = "第九条“违约及加速到期”"
    default_events: str = "第9.1条"
    default_measures: str = "第9.2条"
    sole_proprietor: bool = False

    kind = "recall_notice"

    @property
    def document_no(self) -> str:
        return self.notice_no


def render_recall_notice(data: RecallNoticeData, *, font: CJKFont | None = None) -> bytes:
    font = resolve_font(font)
    st = styles(font.name)
    body = ParagraphStyle("letter", parent=st["indent"], leading=22, fontSize=11)
    item = ParagraphStyle("item", parent=body, firstLineIndent=0, leftIndent=22)
    rows = [["项目", "金额（元）"], ["未还本金", yuan(data.principal)], ["利息（计至到期日）", yuan(data.interest)],
            ["罚息", yuan(data.penalty)], ["应还合计", yuan(data.total)]]
    story: list = [
        Paragraph("提前收贷通知书", st["title"]),
        Paragraph(f"通知编号：{esc(data.notice_no)}", st["docno"]), Spacer(1, 0.5 * cm),
        Paragraph(f"{esc(data.borrower_company)}（统一社会信用代码：{esc(data.borrower_credit_code)}，"
                  f"{'经营者' if data.sole_proprietor else '法定代表人'}：{esc(data.legal_rep_name)}）：", ParagraphStyle("salute", parent=body, firstLineIndent=0)),
        Paragraph(f"贵方于{zh_date(data.contract_signed_on)}与我司签订《借款合同》（合同编号：{esc(data.contract_no)}），"
                  f"借款金额人民币{to_chinese_upper(data.loan_amount)}（{rmb(data.loan_amount)}）。"
                  "经我司贷后监测，贵方出现下列情形：", body),
    ]
    for i, reason in enumerate(data.reasons, start=1):
        story.append(Paragraph(f"{i}. {esc(reason)}", item))
    story += [
        Paragraph(f"上述情形构成《借款合同》{data.default_article}{data.default_events}约定的违约。"
                  f"根据该条{data.default_measures}第（三）项"
                  f"“{esc(_CLAUSE_WORDS)}”之约定，我司现宣布该合同项下全部借款提前到期。", body),
        Paragraph(f"请贵方于<b>{zh_date(data.due_date)}</b>前（含当日）一次性偿还全部未还本金、利息及罚息，"
                  f"合计人民币<b>{to_chinese_upper(data.total)}</b>（{rmb(data.total)}），明细如下：", body),
        Spacer(1, 0.2 * cm),
        grid_table(rows, font=font.name, widths=[7 * cm, CONTENT_W - 7 * cm], numeric_cols=(1,), font_size=10,
                   total_row=True),
        Spacer(1, 0.2 * cm),
        Paragraph(f"上述金额按截至{zh_date(data.due_date)}计算；贵方在此之前还款的，利息按实际天数计算，"
                  "多收部分不予收取。逾期未还的，我司将按合同约定计收罚息，并有权从贵方支付账户"
                  f"（{esc(data.payment_account)}）划扣应还款项、依法追收及报送征信。", body),
        Paragraph("如对本通知有异议，请于收到本通知之日起三日内与我司联系。特此通知。", body),
        _closing(data.lender.name, data.declared_on, font.name), Spacer(1, 0.8 * cm),
        Paragraph(f"贷款人：{esc(data.lender.name)}　经营许可证编号：{esc(data.lender.licence_no)}　"
                  f"地址：{esc(data.lender.address)}　电话：{esc(data.lender.phone)}", st["small"]),
    ]
    return build_pdf(story, data=data, title="提前收贷通知书", font=font, author=data.lender.name)
