"""Chinese texts of the after-the-loan refusals in the one catalogue
(domain/after_refusal_texts.py, contexts "Refusals" and "Fields"), and of the loan
screen's recall line."""

ZH = {
    # the warnings desk
    "warning {warning} is closed": "预警 {warning} 已关闭。",
    "{field_name}: required": "{field_name}：必填。",
    "only a supervisor gives a warning to someone else; you may take it yourself":
        "只有主管可以把预警分配给他人；您可以自己认领。",
    "loan {contract} is no longer being repaid ({loan_status})": "贷款 {contract} 已不在还款中（{loan_status}）。",
    "a request of this kind already awaits sign-off": "同类申请已在等待签批。",
    "loan {contract} is not a revolving line: there is no line to freeze or limit to cut":
        "贷款 {contract} 不是循环额度：没有可冻结或压降的额度。",
    "the new limit {new} must be below the current limit {limit}": "新额度 {new} 必须低于当前额度 {limit}。",
    "the due date {due} must be after today ({today})": "到期日 {due} 必须晚于今天（{today}）。",
    "loan {contract} has already been recalled": "贷款 {contract} 已提前收贷。",
    "this request was already decided": "该申请已处理。",
    "you may not sign or refuse your own request: another supervisor does":
        "不能签批或驳回自己提出的申请，须由另一位主管处理。",
    "you are the officer of this case: another supervisor signs it": "您是该案件的经办信贷员，须由另一位主管签批。",
    "the loan's amount {amount} is above your sign-off authority ({limit})":
        "贷款金额 {amount} 超出您的签批权限（{limit}）。",
    "you have no sign-off authority for this product": "您没有该产品的签批权限。",
    "a request on this warning still awaits sign-off: decide it first": "该预警仍有申请等待签批，请先处理。",
    "this recall has not been signed yet: there is no notice to print": "该提前收贷尚未签批，暂无通知书可打印。",
    "the warning rules cannot be stored: rule {rule}, field {rule_field}":
        "预警规则无法保存：规则 {rule}，字段 {rule_field}。",
    # collections
    "{field_name}: choose one of the listed values": "{field_name}：请从列表中选择。",
    "no collection contact outside {start}:00-{end}:00 (it is {time} in Beijing time)":
        "{start}:00-{end}:00 以外不得进行催收联系（现在北京时间 {time}）。",
    "{attempts} attempts today already: the limit is {limit} a day": "今日已联系 {attempts} 次，每日上限 {limit} 次。",
    "amount: write yuan with at most two decimals, more than zero": "金额：请填写大于零、最多两位小数的元金额。",
    "the promised date {date} is before today ({today})": "承诺还款日 {date} 早于今天（{today}）。",
    "there is no such loan": "没有这笔贷款。",
    "loan {contract} is no longer being repaid ({loan_status}): no promise to pay":
        "贷款 {contract} 已不在还款中（{loan_status}），不能登记还款承诺。",
    "loan {contract} is not overdue on {date}: no collection letter": "贷款 {contract} 在 {date} 未逾期，不能出具催收函件。",
    # the blacklist
    "give at least one of credit code, ID number, phone, payment account":
        "请至少填写统一社会信用代码、身份证号、电话、支付账户之一。",
    "{field_name}: at most {max_length} characters": "{field_name}：最多 {max_length} 个字符。",
    "listing {listing} was already decided": "名单 {listing} 已经处理。",
    "a second person signs this, not the one who proposed it": "须由提请人以外的另一人签批。",
    "listing {listing} is not in force": "名单 {listing} 未生效。",
    "the date {date} is before today ({today})": "日期 {date} 早于今天（{today}）。",
    "the date {date} is after today ({today})": "日期 {date} 晚于今天（{today}）。",
    "there is no such listing": "没有该名单。",
    # good borrowers
    "this borrower has no loan yet": "该客户尚无贷款。",
    "merchant {merchant} is not eligible under the current rules": "按现行规则，商户 {merchant} 不符合条件。",
    "an application for merchant {merchant}'s offer was already opened today": "今天已为商户 {merchant} 生成过申请。",
    # the inputs a refusal names (context "Fields")
    "note": "记录",
    "what is asked for": "所需资料",
    "reason": "原因",
    "channel": "联系方式",
    "person reached": "联系对象",
    "result of the contact": "联系结果",
    "letter": "函件",
    "bucket": "逾期档",
    "source": "来源",
    "name (company or person)": "名称（企业或个人）",
    "evidence (what proves it)": "证据（证明材料）",
    "restoration conditions": "信用修复条件",
    "credit code": "统一社会信用代码",
    "ID number": "身份证号",
    "phone": "电话",
    "payment account": "支付账户",
    # the loan screen after an early recall (ui/loans/loan_screen.py)
    "Recalled early (notice %1, signed %2): the whole balance falls due on %3; the schedule shows the dates as they "
    "apply after the recall.": "已提前收贷（通知书 %1，%2 签批）：全部未还款项于 %3 到期；还款计划按提前收贷后的日期列示。",
}
