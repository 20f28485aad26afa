"""Chinese for the refusals (translated by code: domain/refusal_texts.py), the actions a
role check names, and the names the refusal texts fill in (issue 14, "one error shape")."""
ZH = {
    # who may do what; sessions; signing in
    "{user} may not {action}: needs role {roles}": "{user} 无权{action}：需要{roles}角色。",
    "{user} may not open this case: it belongs to another team": "该案件属于其他团队，{user} 无权查看。",
    "user stopped: the account was deactivated; sign in again ({user})": "账户 {user} 已被停用，请重新登录。",
    "user stopped: the account is locked; sign in again ({user})": "账户 {user} 已被锁定，请重新登录。",
    "user stopped: the account's roles were changed; sign in again ({user})": "账户 {user} 的角色已变更，请重新登录。",
    "user stopped: the account no longer exists; sign in again ({user})": "账户 {user} 已不存在，请重新登录。",
    "wrong user name or password, or the account is locked ({failures} failures in a row lock it for {minutes} min)":
        "用户名或密码错误，或账户已锁定。连续失败 {failures} 次将锁定账户 {minutes} 分钟。",
    "the password is a temporary one: choose a new password before anything else":
        "当前密码是临时密码：请先设置新密码。",
    "the password is a temporary one: choose a new password before anything else: workstation users change-password {username}":
        "当前密码是临时密码：请先为 {username} 设置新密码。",
    "{user} may not sign off: needs role supervisor": "审批签署需要审批主管角色。",
    "application {app_no} is not awaiting sign-off": "申请 {app_no} 不在待审批状态。",
    "{user} may not sign off their own recommendation for {app_no}": "您不能审批自己对 {app_no} 提出的授信建议。",
    "{user} has already signed this sign-off chain for {app_no}": "您已签署 {app_no}；下一级签署须由另一位审批主管完成。",
    "application {app_no} belongs to another team: its supervisor signs first": "申请 {app_no} 属于其他团队：须由该团队主管先签署。",
    "{user} may not sign off: no sign-off authority for {product}": "您没有{product}的审批权限。",
    "{user} may not sign off: {amount:,.2f} is above your sign-off authority for {product} ({limit:,.2f})":
        "金额 {amount} 元超出您对{product}的审批权限（{limit} 元）。",
    "{what}: the database stayed busy with other jobs ({attempts} attempts); nothing of this step was saved: run it again":
        "数据库一直忙于其他作业（已尝试 {attempts} 次），本步骤未保存任何内容：请重新运行。",
    "month {month}: end of day has run only through {through}; no day of the month is in the books yet":
        "{month} 月：日终只处理到 {through}，该月尚无任何一天入账。",
    "{action}: hard policy rules fail: {findings}": "未通过硬性政策规则：{findings}。",
    "decline: reason OTHER needs its explanation in the comment (it is printed on the notice)":
        "拒绝原因为“其他”时须在备注中说明（将打印在拒绝通知书上）。",
    "the line is already frozen": "该额度已冻结。",
    "the line is already not frozen": "该额度未处于冻结状态。",
    "loan {contract_no} is not paid off: it still has an outstanding balance; no settlement certificate":
        "贷款 {contract_no} 尚未结清（仍有未还余额），不能出具结清证明。",
    "loan {contract_no} is not paid off: it has not been disbursed; no settlement certificate":
        "贷款 {contract_no} 尚未放款，不能出具结清证明。",
    "loan {contract_no} is not paid off: it was written off, not paid off; no settlement certificate":
        "贷款 {contract_no} 已核销而非结清，不能出具结清证明。",
    "loan {contract_no} is not paid off: it is {loan_status}; no settlement certificate":
        "贷款 {contract_no} 当前状态为{loan_status}，尚未结清，不能出具结清证明。",
    "joint-guarantee group {group} cannot take new loans: member loan {contract_no} is {dpd} days past due":
        "联保小组 {group} 暂不能新增贷款：成员贷款 {contract_no} 已逾期 {dpd} 天。",
    "contract {contract_no}: {detail}": "合同 {contract_no} 的还款计划无法生成：{detail}",
    "{detail}": "{detail}",
    "an application that is '{transition}' cannot become '{target}'": "处于“{transition}”状态的申请不能变为“{target}”。",
    # disbursement
    "no loan with id {loan_id}": "贷款（编号 {loan_id}）不存在。",
    "an account not on the borrower's verified list needs a supervisor's user name and password":
        "收款账户不在借款人已核验账户之列：须由审批主管输入用户名和密码批准。",
    "the supervisor's user name or password is wrong": "审批主管的用户名或密码错误。",
    "{username} is not a supervisor": "{username} 不是审批主管。",
    "the supervisor allowing another account must be someone other than the person disbursing":
        "批准其他账户的审批主管不能是放款人本人。",
    "destination account: required": "请选择收款账户。",
    "destination account: at most {max_length} characters": "收款账号过长（最多 {max_length} 个字符）。",
    "destination account {account!r} is masked: money cannot be sent to a masked account":
        "收款账户 {account} 为掩码形式，不能向其放款。",
    "an account not on the borrower's verified list needs a reason": "收款账户不在借款人已核验账户之列：须填写原因。",
    "the borrower has no verified account to receive a draw": "借款人没有可用于接收提款的已核验账户。",
    # held repayment lines
    "no held repayment line {held_id}": "该挂账记录已不存在。",
    "held line {payment_ref} was already {held_status}": "挂账记录 {payment_ref} 已{held_status}。",
    "loan {contract_no} is {loan_status}: return the money instead": "贷款 {contract_no} 当前状态为{loan_status}：请退回款项。",
    "value date {value_date} is in the future (today is {today})": "起息日 {value_date} 在未来（今天是 {today}）。",
    "reason: say why the money is returned": "请说明退回款项的原因。",
    # lender, documents
    "the lender's details are not set ({fields}): an administrator sets them in Settings > Lender details or with `workstation lender set`":
        "贷款人信息尚未设置（{fields}）：请管理员在“设置 > 贷款人信息”中填写。",
    "the lender's details are not acceptable: give real values for {fields}": "贷款人信息不符合要求：请为 {fields} 填写真实内容。",
    "cannot write {path}: {reason}": "无法写入文件 {path}（{reason}），未记录为已打印。",
    "{text}": "{text}",
    # recordings
    "consent: say where the consent is evidenced (form number, clip time, ...)": "请说明同意的证据所在（表单编号、录像时间点等）。",
    "recording: no file {source}": "录像文件不存在：{source}",
    "attachment {attachment_id}: the file {path} is missing from the store": "附件 {attachment_id} 的文件已从存储中丢失：{path}",
    "attachment {attachment_id}: the stored file was altered (SHA-256 {got_hash}… size {got_size}, recorded {want_hash}… size {size})":
        "附件 {attachment_id} 的存储文件已被改动（现哈希 {got_hash}…，大小 {got_size}；登记时哈希 {want_hash}…，大小 {size}）。",
    "attachment {id} was purged on {purged_at:%Y-%m-%d} ({purge_reason})": "附件 {id} 已于 {purged_at:%Y-%m-%d} 清除（{purge_reason}）。",
    "{app_no}: record the applicant's separate consent to the recording first; nothing was attached":
        "{app_no}：请先登记申请人对录像的单独同意，未添加任何附件。",
    # users and passwords
    "password too short: at least {min_length} characters": "密码太短：至少 {min_length} 个字符。",
    "password must mix letters with digits or symbols": "密码须由字母与数字或符号混合组成。",
    "the new password must differ from the temporary one": "新密码不能与临时密码相同。",
    "user name: 1-64 characters, no spaces": "用户名须为 1 至 64 个字符，不含空格。",
    "roles: choose from {roles}; unknown {unknown}": "角色须从{roles}中选择；无法识别：{unknown}",
    "current password is wrong": "当前密码错误。",
    "you cannot deactivate your own account": "不能停用您自己的账户。",
    "no user {username!r}": "用户 {username} 不存在。",
    "user name {username!r} is taken": "用户名 {username} 已被使用。",
    "only an administrator may add users once one exists": "已有管理员后，只有管理员可以添加用户。",
    "supervisor {supervisor!r} does not exist": "审批主管 {supervisor} 不存在。",
    "authority matrix: role must be one of {roles}": "审批权限表：角色须为{roles}之一。",
    "authority matrix: limits must be positive": "审批权限表：限额必须大于零。",
    "authority matrix: unknown product {product_code!r}": "审批权限表：产品 {product_code} 不存在。",
    # documents and statements
    "unknown document kind {kind!r}; choose from {kinds}": "无法识别的文书类型。",
    "statement: give the period (from and to)": "对账单：请填写起止日期。",
    "month: {month!r} is not YYYY-MM": "月份 {month} 格式不对：请按 YYYY-MM 填写。",
    "no case or loan {ref!r}": "案件或贷款 {ref} 不存在。",
    "{user} may not see personal data of a case that is not theirs": "您无权查看非本人经办案件的个人信息。",
    "this application has no approved offer: a contract needs a signed-off approval": "本申请没有已批准的授信：签订合同须先经审批。",
    # credit lines
    "this loan is not a revolving line": "该贷款不是循环额度。",
    "amount: must be positive, got {amount}": "金额必须大于零（填写的是 {amount}）。",
    "the line is frozen: {freeze_reason}": "该额度已冻结：{freeze_reason}",
    "the line expired on {expiry}": "该额度已于 {expiry} 到期。",
    "the line is {dpd} days past due: no draws until it is brought current": "该额度已逾期 {dpd} 天：还清逾期前不能提款。",
    "a draw cannot be backdated (last end of day {last_eod})": "提款不能倒签日期（最近一次日终为 {last_eod}）。",
    "amount {amount:,.2f} is above the available {available:,.2f}": "金额 {amount} 元超过可用额度 {available} 元。",
    "reason: required": "请填写原因。",
    # policy exceptions
    "an exception needs a reason of at least {min_length} characters": "例外申请的理由至少须 {min_length} 个字符。",
    "application {app_no} is '{status}': exceptions are requested before the case is submitted for sign-off":
        "申请 {app_no} 当前为“{status}”：例外须在提交审批前申请。",
    "the rule '{rule}' belongs to the product definition: no exception lifts it": "规则 {rule} 属于产品定义，不能申请例外。",
    "application {app_no} meets the rule '{rule}': no exception is needed": "申请 {app_no} 已满足规则 {rule}，无需申请例外。",
    "an exception to '{rule}' is already requested for {app_no}": "申请 {app_no} 已就规则 {rule} 申请过例外。",
    "no open exception request {exception_id} on {app_no}": "申请 {app_no} 没有待处理的例外申请（编号 {exception_id}）。",
    "application {app_no} is '{status}': the request is with the sign-off": "申请 {app_no} 当前为“{status}”：例外申请已交审批处理。",
    # recommendations, declines
    "{user} may not {action}: application {app_no} is assigned to another officer": "您无权{action}：申请 {app_no} 已分配给其他信贷员。",
    "the recommendation breaks these rules: {findings}": "授信建议不符合以下规则：{findings}",
    "say what information is requested": "请说明需要补充哪些资料。",
    "decline: choose at least one reason code": "拒绝：请至少选择一个拒绝原因。",
    "decline: unknown reason code {codes}": "拒绝：无法识别的原因代码 {codes}。",
    "application {app_no} is '{status}': it cannot take a recommendation": "申请 {app_no} 当前为“{status}”，不能提出授信建议。",
    "the recommendation for {app_no} is now version {have}, not {expected_version}: someone saved it meanwhile; reopen it (your entries are still in the form)":
        "{app_no} 的授信建议已被他人保存（现为第 {have} 版，不是第 {expected_version} 版）：请重新打开（您填写的内容仍保留在表单中）。",
    "application {app_no} has no recommendation to submit": "申请 {app_no} 没有可提交的授信建议。",
    "the recommendation for {app_no} is version {version}, not {expected_version}":
        "{app_no} 的授信建议现为第 {version} 版，不是第 {expected_version} 版：请重新打开。",
    "application {app_no} is '{status}', not 'recommended'": "申请 {app_no} 当前为“{status}”，不是“已建议”。",
    "application {app_no} is '{status}': the officer cannot decline it now": "申请 {app_no} 当前为“{status}”：信贷员现在不能拒绝。",
    "{database} already holds data ({held}): the demo writes its data set only into an empty database; give another database file (--database) or remove this one":
        "数据库 {database} 中已有数据：演示数据只能写入空数据库，请另指定数据库文件或删除此文件。",
    "demo users missing: run the demo generator first": "缺少演示用户：请先生成演示数据。",
    "{user} may not print agreement {document_no}: no member's case is one the user may open":
        "您无权打印协议 {document_no}：您无权查看其任何成员的案件。",
    "{user} may not print documents of case {app_no}: it belongs to another team": "您无权打印案件 {app_no} 的文书：该案件属于其他团队。",
    "{user} may not print the {kind} of case {app_no}: it shows the borrower's full ID and phone numbers, which only the case's officer, supervisors and administrators may see":
        "您无权打印案件 {app_no} 的这份文书：其中含有借款人完整的身份证号和手机号，只有经办信贷员、审批主管和管理员可以查看。",
    "no joint-guarantee group {ref!r} (give its id, agreement number or name)": "联保小组 {ref} 不存在（请填写其编号、协议编号或名称）。",
    "application {app_no} is not declined (status: {status}): no decline notice": "申请 {app_no} 未被拒绝（当前为“{status}”），不能出具拒绝通知书。",
    "no application numbered {application_no!r}": "申请 {application_no} 不存在。",
    "no loan with contract number {contract_no!r}": "合同编号为 {contract_no} 的贷款不存在。",
    "application {app_no} has no approved offer and no signed contract (status: {status}): no contract to print":
        "申请 {app_no} 没有已批准的授信，也没有已签署的合同（当前为“{status}”），没有可打印的合同。",
    "loan {contract_no}: end of day has run only through {last_eod}; a statement to {period_to} would miss interest (choose an earlier end date)":
        "贷款 {contract_no}：日终只处理到 {last_eod}，截至 {period_to} 的对账单会漏计利息（请选择更早的截止日）。",
    "loan {contract_no}: end of day has run only through {last_eod}, before the period from {period_from}":
        "贷款 {contract_no}：日终只处理到 {last_eod}，早于对账期起始日 {period_from}。",
    "statement period: {period_from} is after {period_to}": "对账期：起始日 {period_from} 晚于截止日 {period_to}。",
    "loan {contract_no} has not been disbursed: no statement yet": "贷款 {contract_no} 尚未放款，还没有对账单。",
    "loan {contract_no} was disbursed on {disbursed_on}, after the period {period_from} to {period_to}":
        "贷款 {contract_no} 于 {disbursed_on} 放款，晚于对账期 {period_from} 至 {period_to}。",
    "no loan receipt numbered {receipt_no!r}": "借据 {receipt_no} 不存在。",
    # imports
    "no such file: {path}": "文件不存在：{path}",
    "{name}: unknown file type {suffix}; expected .jsonl (JSON Lines) or .csv": "{name}：无法识别的文件类型 {suffix}，应为 .jsonl 或 .csv 文件。",
    "{name}: the first row must be the header with the column names of docs/import-format.md (no 'external_id' column)":
        "{name}：第一行须为列名表头（见导入格式说明），缺少申请编号列。",
    "cannot write the rejects file {path} ({reason}): copy the import file to a folder you may write to and import it from there":
        "无法写入拒收记录文件 {path}（{reason}）：请把导入文件复制到有写权限的文件夹后再导入。",
    "{name} is not UTF-8 text (perhaps GBK): save it as UTF-8 and import again": "{name} 不是 UTF-8 编码（可能是 GBK）：请另存为 UTF-8 后重新导入。",
    # interviews
    "interview {interview_id} was saved elsewhere since you opened it (version {expected_version} -> {version}); reopen it":
        "面谈记录 {interview_id} 在您打开后已被他处保存（第 {expected_version} 版变为第 {version} 版）：请重新打开。",
    "the interview notes are submitted and cannot change; add a dated addendum instead": "面谈记录已提交，不能修改：请添加注明日期的补充说明。",
    "{user} may not edit another officer's interview notes": "您不能修改其他信贷员的面谈记录。",
    "{problems}": "面谈记录有误：{problems}",
    "addendum: write what is corrected or added": "补充说明：请写明更正或补充的内容。",
    "application {app_no} is '{status}': an interview can be recorded once the case is in review":
        "申请 {app_no} 当前为“{status}”：案件进入审查后才能记录面谈。",
    "the interview cannot be submitted yet: {problems}": "面谈记录还不能提交：{problems}",
    "the notes are still a draft: edit them directly": "记录仍是草稿：请直接修改。",
    # loans and postings
    "loan {contract_no} was changed by someone else meanwhile; reopen it": "贷款 {contract_no} 已被他人修改：请重新打开。",
    "a loan changed while a batch was being written; run it again": "批处理写入期间有贷款被修改：请重新运行。",
    "a joint-guarantee group needs at least {min_members} member firms, got {count}": "联保小组至少需要 {min_members} 家成员企业（现有 {count} 家）。",
    "amount: must be positive": "金额必须大于零。",
    "channel: {channel!r} is not one of {channels}": "无法识别的渠道 {channel}。",
    "no merchant with id {ids}": "商户不存在（编号 {ids}）。",
    "a group named {name!r} already exists": "名为 {name} 的小组已存在。",
    "no joint-guarantee group with id {group_id}": "联保小组（编号 {group_id}）不存在。",
    "the defaulting loan does not belong to a member of this group": "该违约贷款不属于本小组成员。",
    "a demand goes to another member of the group": "代偿要求须发给小组中的其他成员。",
    "loan {contract_no} is not past due": "贷款 {contract_no} 未逾期。",
    "loan {contract_no} has not been disbursed yet": "贷款 {contract_no} 尚未放款。",
    "value date {value_date} is before the disbursement on {disbursed_on}": "起息日 {value_date} 早于放款日 {disbursed_on}。",
    "{on} is before the disbursement on {disbursed_on}": "{on} 早于放款日 {disbursed_on}。",
    "loan {contract_no} is {loan_status}; nothing can be posted": "贷款 {contract_no} 当前状态为{loan_status}，不能记账。",
    "loan {contract_no} is {loan_status}: this change would reopen it, which is not supported":
        "贷款 {contract_no} 当前状态为{loan_status}：此项变更会使其重新打开，不支持此操作。",
    "application {app_no} already has a contract": "申请 {app_no} 已有合同。",
    "channel: {channel!r} is not one of online, branch, app": "无法识别的签约渠道 {channel}（应为线上、网点或手机应用）。",
    "loan {contract_no} is {loan_status}; it can be disbursed once": "贷款 {contract_no} 当前状态为{loan_status}：只能放款一次。",
    "disbursement date {on} is before the contract was signed ({signed_on})": "放款日 {on} 早于合同签署日 {signed_on}。",
    "amount {amount:,.2f} must be positive and at most the approved {approved_amount:,.2f}":
        "金额 {amount} 元须大于零且不超过批准金额 {approved_amount} 元。",
    "reason: required for a reversal": "冲正须填写原因。",
    "a reversal changes history: preview it and confirm": "冲正会改变历史记录：请先预览再确认。",
    "entry {entry_id} is not an entry in force on loan {contract_no}": "流水 {entry_id} 不是贷款 {contract_no} 的有效记账。",
    "a {kind} cannot be reversed here": "此类记账不能在此冲正。",
    "reason: required for a waiver": "减免须填写原因。",
    "waiver: give a positive interest and/or penalty amount": "减免：请填写大于零的利息或罚息金额。",
    "reason: required for a write-off": "核销须填写原因。",
    "application {app_no} is {status}, not approved": "申请 {app_no} 当前为“{status}”，不是已批准状态。",
    "the offer expired on {offer_expires_on}": "授信已于 {offer_expires_on} 过期。",
    "application {app_no} is {status}, not contracted": "申请 {app_no} 当前为“{status}”，尚未签约。",
    "a payment dated {value_date} is backdated for loan {contract_no}: preview what it changes and confirm":
        "贷款 {contract_no} 的这笔还款倒签至 {value_date}：请先预览其影响再确认。",
    "a write-off must be dated after the last end of day ({last_eod})": "核销日期须晚于最近一次日终（{last_eod}）。",
    # the queue
    "application {app_no} is already assigned": "申请 {app_no} 已被领取。",
    "application {app_no} is not waiting to be claimed": "申请 {app_no} 不在待领取状态。",
    "the new owner must be an active officer": "新经办人须为在职的信贷员。",
    "{user} may only assign cases to officers of the team": "您只能把案件分配给本团队的信贷员。",
    "{user} may not reassign a case outside the team": "您不能改派本团队以外的案件。",
    "application {app_no} is closed to reassignment": "申请 {app_no} 已不能改派。",
    "application {app_no} is already with {owner}": "申请 {app_no} 已由 {owner} 经办。",
    # repayment files
    "{name}: cannot read the file ({reason})": "{name}：无法读取文件（{reason}）。",
    "{name}: unknown file type {suffix}; expected .csv or .jsonl": "{name}：无法识别的文件类型 {suffix}，应为 .csv 或 .jsonl 文件。",
    "cannot write the rejects file {path} ({reason}): copy the file to a folder you may write to and import it from there":
        "无法写入拒收记录文件 {path}（{reason}）：请把文件复制到有写权限的文件夹后再导入。",
    "{name}: the header (first row) lacks {columns}; see docs/repayments-format.md": "{name}：表头（第一行）缺少列 {columns}。",
    # sign-off
    "decision must be one of {decisions}": "无法识别的审批决定。",
    "a return needs a comment saying what to change": "退回须在备注中说明需要修改什么。",
    "signature refused: the password is wrong; nothing was signed": "签署被拒绝：密码错误，未签署任何内容。",
    "cannot approve: {findings}; nothing was signed": "不能批准：{findings}；未签署任何内容。",
    "application {app_no} has no recommendation": "申请 {app_no} 没有授信建议。",
    "the recommendation for {app_no} changed to version {version} after you opened version {seen_version}; nothing was signed. Reopen the case to review version {version}":
        "您打开的是 {app_no} 授信建议的第 {seen_version} 版，之后已变为第 {version} 版；未签署任何内容。请重新打开案件审阅第 {version} 版。",
    "approve lower: the limit must be above 0 and below {ceiling:,.2f}": "降额同意：额度须大于 0 且低于 {ceiling} 元。",
    "no application with id {app_id}": "申请（编号 {app_id}）不存在。",
    "application {app_no} was changed by someone else since you opened it (version {expected_version} -> {version}); reopen it to see the changes":
        "申请 {app_no} 在您打开后已被他人修改（第 {expected_version} 版变为第 {version} 版）：请重新打开查看。",
    # the actions a role check names
    "activate or deactivate users": "启用或停用用户",
    "add interview addenda": "添加面谈补充说明",
    "add users": "添加用户",
    "attach recordings": "添加录像",
    "build the demo data": "生成演示数据",
    "claim cases": "领取案件",
    "decline cases": "拒绝案件",
    "disburse a loan": "放款",
    "draw on a credit line": "从循环额度提款",
    "edit the authority matrix": "修改审批权限表",
    "form a joint-guarantee group": "组建联保小组",
    "freeze or unfreeze a credit line": "冻结或解冻额度",
    "import applications": "导入申请",
    "import repayments": "导入还款",
    "list every printed document": "查看全部已打印文书",
    "list users": "查看用户列表",
    "open recordings": "打开录像",
    "post a held repayment": "挂账还款入账",
    "post a repayment": "还款入账",
    "print documents": "打印文书",
    "purge recordings": "清除录像",
    "re-key the audit chain": "更换审计链密钥",
    "read the audit entries of this kind of record": "查看此类记录的审计日志",
    "read the audit head": "查看审计链头",
    "read the authority matrix": "查看审批权限表",
    "reassign cases": "改派案件",
    "recommend limits": "提出授信建议",
    "reconcile the loan book": "核对贷款账簿",
    "record a contract": "登记合同",
    "record a demand to a group member": "登记向小组成员的代偿要求",
    "record consents": "登记同意",
    "record information received": "登记已收到补充资料",
    "record interviews": "记录面谈",
    "record the audit head": "记录审计链头",
    "request a policy exception": "申请政策例外",
    "request information": "要求补充资料",
    "reset passwords": "重置密码",
    "return a held repayment": "退回挂账还款",
    "reverse a posting": "冲正记账",
    "review cases for sign-off": "审阅待审批案件",
    "run end of day": "执行日终",
    "score applications in bulk": "批量评分",
    "see the sign-off queue": "查看待签署队列",
    "seed reference data": "初始化参考数据",
    "seed the authority matrix": "初始化审批权限表",
    "set the lender's details": "设置贷款人信息",
    "sign off": "审批签署",
    "submit for sign-off": "提交审批",
    "verify the audit chain": "校验审计链",
    "waive interest or penalty": "减免利息或罚息",
    "withdraw a policy exception": "撤回政策例外",
    "write off a loan": "核销贷款",
    # names filled into refusals
    " or ": "或",
    "contracted, not disbursed": "已签约未放款",
    "being repaid": "还款中",
    "paid off": "已结清",
    "written off": "已核销",
    "posted": "入账",
    "held": "挂账",
    "You may not do this.": "您无权执行此操作。",
}
