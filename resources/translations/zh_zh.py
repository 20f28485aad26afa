"""Chinese for the findings and problems about input, by code (domain/problem_texts.py,
ui/problems.py), and the last English the desk showed (issue 14, zh)."""
ZH = {
    # terms a product allows
    "unknown repayment method {method!r}; {product} allows {methods}": "还款方式未知：{method}；{product}可选{methods}。",
    "{product} does not allow {method}; allowed: {methods}": "{product}不适用{method}；可选{methods}。",
    "must be a positive amount, got {amount}": "金额须为正数（填写的是 {amount}）。",
    "{amount:,.2f} is outside {product}'s range {amount_min:,.2f} to {amount_max:,.2f}":
        "金额 {amount} 元超出{product}的范围 {amount_min} 至 {amount_max} 元。",
    "{amount:,.2f} is above the {cap_name} {cap:,.2f}": "金额 {amount} 元高于{cap_name} {cap} 元。",
    "a bullet loan is set in days, not months": "到期一次还本付息的借款期限按天计，不按月。",
    "required for bullet loans ({days_min} to {days_max})": "到期一次还本付息须填写天数（{days_min} 至 {days_max} 天）。",
    "{days} is outside {product}'s range {days_min} to {days_max} days": "{days} 天超出{product}的范围 {days_min} 至 {days_max} 天。",
    "{method} is set in months, not days": "{method}的期限按月计，不按天。",
    "required; {product} allows {months} months": "须填写期限；{product}可选 {months} 个月。",
    "{product} does not allow {term_months} months; allowed: {months}": "{product}不适用 {term_months} 个月期限；可选 {months} 个月。",
    "{rate} is outside {product}'s band {rate_min} to {rate_max}": "{rate} 超出{product}的利率区间 {rate_min} 至 {rate_max}。",
    # a recommendation's findings
    "terms name {terms_product}, product is {product}": "条件所写产品（{terms_product}）与产品（{product}）不符。",
    "daily rate {value}: {detail}": "日利率 {value} 无效。",
    "a {product_en} needs a verified video interview ({outcome_en})": "{product}须经视频面谈核实（目前：{outcome}）。",
    "the interview outcome is '{outcome}'": "面谈结论为“{outcome}”。",
    "no suggested limit: the case has not been scored": "无建议额度：本案尚未评分。",
    "{amount:,.2f} is above the suggested limit {suggested_limit:,.2f}: write the justification":
        "金额 {amount} 元高于建议额度 {suggested_limit} 元：请填写理由。",
    "above {threshold:,.2f} a third-party site visit is required (state it in the conditions)":
        "金额超过 {threshold} 元须第三方实地走访（请在附加条件中注明）。",
    "{used:,.2f} would exceed the company's lending capacity of {limit:,.2f} ({share}%)":
        "{used} 元将超过公司可贷规模 {limit} 元（{share}%）。",
    "{used:,.2f} uses {share}% of the company's lending capacity of {limit:,.2f}":
        "{used} 元已占公司可贷规模 {limit} 元的 {share}%。",
    "{used:,.2f} would exceed the single-borrower limit (with related parties) of {limit:,.2f} ({share}%)":
        "{used} 元将超过单一借款人（含关联方）限额 {limit} 元（{share}%）。",
    "{used:,.2f} uses {share}% of the single-borrower limit (with related parties) of {limit:,.2f}":
        "{used} 元已占单一借款人（含关联方）限额 {limit} 元的 {share}%。",
    # interview notes
    "the answer is not one of the questionnaire's: {detail}": "所选答案不在问卷的选项中。",
    "unknown checklist item": "未知的核查项。",
    "result must be one of {results}": "核查结果须为以下之一：{results}。",
    "stated figure must be a Decimal": "所述数字须为数值。",
    "this item records no figure": "此项不记录数字。",
    "the stated figure is not a number": "所述数字不是数字。",
    "the stated figure must be from {low} to {high} (percent)": "所述数字须在 {low} 至 {high} 之间（百分比）。",
    "the stated figure must be from {low} to {high} (CNY)": "所述数字须在 {low} 至 {high} 元之间。",
    "the stated figure has at most {places} decimals": "所述数字最多 {places} 位小数。",
    "must be one of {outcomes}": "面谈结论须为以下之一：{outcomes}。",
    "record when the interview actually started and ended": "请记录面谈实际开始和结束的时间。",
    "ends before it starts": "结束时间早于开始时间。",
    "say which channel the interview used": "请说明面谈所用的渠道。",
    "name who took part": "请填写参加面谈的人员。",
    "choose verified, not verified or follow-up needed": "请选择“已核实”、“未能核实”或“需跟进”。",
    "an interview can only be 'verified' when identity and legal representative are confirmed":
        "只有身份和法定代表人均已确认，面谈结论才能为“已核实”。",
    "a discrepancy needs a note saying what was found": "核查结果为“不符”时须注明发现的情况。",
    # names filled into the texts above
    "open order value": "未结订单金额",
    "credit line": "授信额度",
    "member limit": "成员额度",
    "limit": "额度",
    "no submitted interview": "尚未提交面谈",
    "line %1: %2": "第 %1 行：%2",
}
