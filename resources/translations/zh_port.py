"""Chinese texts of the Portfolio screen (ui/portfolio_*.py). Figure names, definitions
and table titles come in both languages from domain/portfolio_figures.py and
domain/portfolio_tables.py."""

ZH = {
    "&Portfolio": "资产组合(&P)",
    "Portfolio": "资产组合",
    "Refresh": "刷新",
    "As of the end of": "数据截至日终",
    "Charts": "图表",
    "Tables": "明细表",
    "Loans behind": "借款明细",
    "vs last month: %1": "较上月末：%1",
    "%1 — %2 loans": "%1 — 共 %2 笔",
    "Vintages (M2+)": "账龄分析（M2+）",
    "Roll rates": "迁徙率",
    "Application funnel": "进件漏斗",
    "Five tiers (% of balance)": "五级分类（占余额%）",
    "Outstanding principal of the month's loans more than 30 days past due, over the month's amount disbursed, "
    "at each month end": "各放款月借款中逾期超过30天的在贷本金 ÷ 该月放款额，按各月末观察",
    "Share of the loans in a bucket at one month end that are one bucket worse at the next":
        "上月末处于某逾期档的借款中，本月末恶化一档的笔数占比",
    "Applications received in the period and how far each got by the day": "期间受理的申请及截至当日各自推进到的环节",
    "Borrower": "借款人",
    "Product": "产品",
    "Disbursed on": "放款日",
    "Principal outstanding": "在贷本金",
    "Days past due": "逾期天数",
    "loan {contract_no} was written off on {written_off_on}: money received on {value_date} "
    "is not a recovery after write-off": "贷款 {contract_no} 已于 {written_off_on} 核销：{value_date} 收到的款项不属于核销后收回。",
    "loan {contract_no}: {amount:,.2f} is more than what is left of the write-off "
    "({left:,.2f}); post at most that and return the rest":
        "贷款 {contract_no}：{amount:,.2f} 超过核销余额（{left:,.2f}）；最多按该余额入账，其余退回。",
    # the loan screen's Recoveries tab (ui/loans/loan_recoveries.py)
    "Recoveries": "核销后收回",
    "Post recovery": "登记核销后收回",
    "Post recovery...": "登记核销后收回...",
    "Written off %1; recovered since %2; left on the written-off memo %3.":
        "已核销 %1；核销后已收回 %2；表外核销备查余额 %3。",
    "repayment file": "还款文件",
    "desk": "柜面",
    "reversal": "冲正",
    "reversed": "已冲正",
    "Source": "来源",
}
