"""Chinese texts of the further disbursements (tranches) under one contract (issue 11)."""
ZH = {
    "Disbursements": "放款记录",
    "Disburse the rest...": "发放剩余额度...",
    "Disburse the rest of the contract": "发放合同剩余金额",
    "Already paid out": "已放款金额",
    "Disbursement no.": "放款笔次",
    "%1 (a further tranche with its own receipt and schedule)": "第%1笔（另出具借款借据及还款计划）",
    "%1 of the contracted amount remains undisbursed. It can be paid out later under this contract, as a "
    "further tranche, until the offer expires on %2.":
        "合同金额尚有%1未发放，可在批复有效期（至%2）内依本合同另行分笔发放。",
    "Value date: the offer expired on %1; nothing more can be paid out after it.":
        "放款日期：批复已于%1到期，此后不得再发放。",
    "The offer expired on %1: the rest of the contracted amount can no longer be paid out.":
        "批复已于%1到期，合同剩余金额不能再发放。",
    "The amount must be more than zero and at most %1, what is left of the contract.":
        "金额须大于零且不超过合同剩余可发放金额%1。",
    "The value date must not be before the last disbursement under this contract (%1).":
        "放款日期不得早于本合同项下上一笔放款日期（%1）。",
    "Nothing more can be paid out under this contract: the case is no longer disbursed.":
        "本合同项下不能再发放：该案件已不处于已放款状态。",
    "This is a revolving line: draw on it from the loan screen.": "这是循环额度，请在贷款页面提款。",
    "Contracted %1, paid out %2: %3 can still be paid out under this contract until %4.":
        "合同金额%1，已放款%2；本合同项下尚可发放%3，有效期至%4。",
    "Contracted %1, paid out %2: nothing more can be paid out under this contract.":
        "合同金额%1，已放款%2；本合同项下不能再发放。",
    "Loan": "贷款",
    "Receipt": "借据",
    "Value date": "起息日",
    "Amount": "金额",
    "Principal outstanding": "未还本金",
    "Status": "状态",
    "contracted": "已签约",
    "closed": "已结清",
    "written off": "已核销",
    "Cannot disburse": "无法放款",
}
