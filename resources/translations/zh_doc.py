"""Chinese texts of the documents area (issue 12): Settings > Document access."""
ZH = {
    "Document access": "文书权限",
    "&Document access...": "文书权限(&A)…",
    "Loan officers": "信贷员",
    "Supervisors": "审批主管",
    "Roles ticked here print contracts and guarantee agreements only as masked copies: ID and phone numbers "
    "partly hidden, marked as a masked copy, never the signed original. Applies to single prints, batches "
    "and the command line.":
        "勾选的角色打印借款合同和联保协议时只能得到遮蔽副本：身份证号码和电话部分隐藏，标注“遮蔽副本”，"
        "不作为签署原件。单份打印、批量打印和命令行均适用。",
    "Only loan officers and supervisors can be limited to masked copies.": "只有信贷员和审批主管可以被限定为只能打印遮蔽副本。",
}
ZH.update({
    "Orders behind the loan": "借款对应订单",
    "Orders behind the loan...": "借款对应订单…",
    "One order per line: order number, amount, shipped date (YYYY-MM-DD, optional). The contract names these "
    "orders; repayment is deducted when the platform settles them.":
        "每行一笔订单：订单编号、金额、发货日期（YYYY-MM-DD，可不填）。借款合同将列明这些订单；平台结算时自动扣款还款。",
    "order number": "订单编号",
    "amount": "金额",
    "shipped date": "发货日期",
    "missing": "未填写",
    "at most 40 letters, digits, '-' or '_'": "最多40个字母、数字、“-”或“_”",
    "listed twice": "重复列出",
    "too many orders (at most 500)": "订单过多（最多500笔）",
    "not a date (YYYY-MM-DD)": "不是日期（YYYY-MM-DD）",
    "outside the dates allowed": "超出允许的日期范围",
    "not a valid amount": "不是有效金额",
    "Line %1, %2: %3": "第 %1 行，%2：%3",
    "Give at least one order.": "请至少填写一笔订单。",
    "This application is not an order loan.": "该申请不是订单贷款。",
    "The contract is signed: the orders it names can no longer change.": "合同已签署：合同所列订单不能再更改。",
    "The orders could not be recorded.": "订单未能保存。",
})
