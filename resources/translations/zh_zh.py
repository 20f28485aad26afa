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
    "no repayment schedule: {detail}": "按这些条件无法生成还款计划。",
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
    # the database (store/db.StoreError) and the main window's status bar
    "The database {path} is on a network share. SQLite cannot be shared that way; use a local disk, or a PostgreSQL server URL for a shared branch.":
        "数据库 {path} 位于网络共享上。SQLite 不能以这种方式共享：请使用本地磁盘；网点共用时请使用 PostgreSQL 服务器地址。",
    "The database {path} is on a network file system ({fstype}). SQLite cannot be shared that way; use a local disk, or a PostgreSQL server URL for a shared branch.":
        "数据库 {path} 位于网络文件系统（{fstype}）上。SQLite 不能以这种方式共享：请使用本地磁盘；网点共用时请使用 PostgreSQL 服务器地址。",
    "Cannot open the database {url}: {error}":
        "无法打开数据库 {url}：服务器没有响应、没有访问权限或文件无法读取。详情已写入日志。",
    "The queue counts could not be refreshed: the database did not answer. They are tried again shortly.":
        "未能刷新队列数量：数据库没有响应。稍后将自动重试。",
    "No repayment schedule for these terms: see the findings.": "按这些条件无法生成还款计划：请查看上方的检查结果。",
    # a line of an applications import, in the import dialog's rejects
    "required, missing": "必填，缺失。",
    "must be text, not {kind}": "须为文本，不能是{kind}。",
    "is {length} characters long, at most {max_len} allowed": "长度为 {length} 个字符，最多 {max_len} 个。",
    "contains an invisible or control character ({char}) at position {position}": "第 {position} 个字符是不可见字符或控制字符（{char}）。",
    "the number is too long for this field": "数字过长或超出该字段可容纳的范围。",
    'must be an amount such as "1234.50", not {kind}': "须为金额（如“1234.50”），不能是{kind}。",
    "not an amount of money: {value}": "不是金额：{value}",
    "{amount} is larger than any amount this field can hold": "{amount} 超出该字段可容纳的最大金额。",
    "must be more than 0.00, got {amount}": "须大于 0.00（填写的是 {amount}）。",
    "must be at least 0.00, got {amount}": "不能小于 0.00（填写的是 {amount}）。",
    "must be a whole number, not {kind}": "须为整数，不能是{kind}。",
    "must be a whole number, got {value}": "须为整数（填写的是 {value}）。",
    "{value} is outside {lo} to {hi}": "{value} 超出范围 {lo} 至 {hi}。",
    "must be a number, not {kind}": "须为数字，不能是{kind}。",
    "must be a number, got {value}": "须为数字（填写的是 {value}）。",
    "must be a number with at most two decimal places, got {value}": "须为最多两位小数的数字（填写的是 {value}）。",
    "must be true or false, got {value!r}": "须为“是”或“否”（true/false），填写的是 {value}。",
    "must be a date YYYY-MM-DD, got {value!r}": "须为日期 YYYY-MM-DD（填写的是 {value}）。",
    "{value} is in the future": "{value} 晚于今天。",
    "{value} is before {lo}: not plausible": "{value} 早于 {lo}，不合理。",
    "must be a date and time such as 2026-03-01T09:30:00+08:00, got {value!r}": "须为日期时间，如 2026-03-01T09:30:00+08:00（填写的是 {value}）。",
    "the number is malformed ({field})": "号码无效：格式或校验位不正确。",
    "unknown platform {value!r}; known: {known}": "未知平台 {value}；可选：{known}。",
    "is not an e-mail address": "不是有效的电子邮件地址。",
    "must be a list of months, not {kind}": "须为按月数据的列表，不能是{kind}。",
    "has {count} months, at most {max_months}": "共 {count} 个月，最多 {max_months} 个月。",
    "must be an object, not {kind}": "须为对象，不能是{kind}。",
    "must be a month YYYY-MM, got {value!r}": "须为月份 YYYY-MM（填写的是 {value}）。",
    "{value} is after the application or before {lo}": "{value} 晚于申请日期或早于 {lo} 年。",
    "{value} appears twice": "{value} 出现了两次。",
    "unknown or inactive product {value!r}; known: {known}": "产品 {value} 不存在或已停用；可选：{known}。",
    "this ID number is on file under another name": "该身份证号码在系统中登记的是另一个姓名。",
    "member {member} is on file with another legal representative; a change of legal representative must be checked before import":
        "会员 {member} 在系统中登记的是另一位法定代表人；法定代表人变更须先核实，再导入。",
    "member {member} appears earlier in the file with another legal representative": "会员 {member} 在文件前面出现时登记的是另一位法定代表人。",
    "the line cannot be read": "该行无法读取。",
    # kinds of value a file gave
    "text": "文本", "a number": "数字", "true/false": "是/否", "a list": "列表", "an object": "对象",
    # an error without a code on the Chinese desk (ui/errors.py)
    "This cannot be done. The details are in the log.": "无法执行此操作。详情已写入日志。",
    # a refusal's English detail from below the rules, named on the Chinese desk (ui/refusals.py)
    "no repayment schedule can be computed for these terms (the details are in the log)": "按这些条件无法生成还款计划（详情已写入日志）。",
    "no repayment schedule can be computed (the details are in the log)": "详情已写入日志",
    "the loan's books cannot take this entry (the details are in the log)": "贷款账务无法记入这笔分录（详情已写入日志）。",
}
