"""Refresh the Simplified Chinese translation of the interface.

    python resources/translations/update.py

1. ``pyside6-lupdate`` collects every self.tr / QCoreApplication.translate text of
   workstation/ui/*.py (and the QT_TRANSLATE_NOOP catalogues domain/*_texts.py) into
   workstation_zh_CN.ts (translations already there stay); the texts a screen translates
   through a module helper ``_tr(text)`` are added under the helper's context, and the
   texts of ``form.tr(...)`` (filed by lupdate under "form") under the class of ``form``;
2. texts still unfinished get the translation from ZH below, if it has one (edit
   the .ts with Qt Linguist, or add to ZH, for the rest);
3. ``pyside6-lrelease`` compiles workstation_zh_CN.qm, which is committed so that
   no build step is needed.

The .ts is the one source of the translations: the interface loads the .qm and, for a
text asked under another context than lupdate filed it, the .ts by source text
(``ui/i18n.FallbackTranslator``). No other copy is written.
"""
from __future__ import annotations

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "workstation_zh_CN.ts"
QM = HERE / "workstation_zh_CN.qm"

ZH: dict[str, str] = {
    # end of day's summary (ui/loans/loan_menu.eod_summary)
    "End of day %1 was already complete and no loan is behind it: nothing changed.": "%1 的日终处理此前已完成，没有贷款落后于该日：未作任何变动。",
    "End of day %1 to %2: %3 loans, %4 entries, %5 offers expired.": "%1 至 %2 日终处理：%3 笔贷款，%4 条分录，%5 个授信已失效。",
    # the command line's Chinese report of a file job (commands/import_.py)
    "line %1, %2: %3": "第 %1 行，%2：%3",
    "... and more: see %1": "……其余见 %1",
    # the operating system's reasons in refusals (ui/param_texts.OS_ERROR_NAMES)
    "no such file or folder": "文件或文件夹不存在",
    "permission denied": "没有权限",
    "it is a folder, not a file": "这是文件夹，不是文件",
    "a part of the path is not a folder": "路径中有一部分不是文件夹",
    "the disk is full": "磁盘已满",
    "the disk quota is used up": "磁盘配额已用完",
    "the disk is read-only": "磁盘为只读",
    "it exists already": "已存在",
    "it is in use by another program": "正被其他程序占用",
    "the name is too long": "名称过长",
    "the disk could not be read or written": "磁盘读写出错",
    "too many files open": "打开的文件过多",
    "the name is not allowed": "名称不允许",
    "system error %1": "系统错误 %1",
    # After the loan > Import monitoring data (ui/aftercare/monitoring_file_dialog.py)
    "Import &monitoring data...": "导入监测数据(&M)…",
    "Import monitoring data": "导入监测数据",
    "Monitoring snapshots (*.jsonl *.ndjson *.json *.csv);;All files (*)": "监测数据 (*.jsonl *.ndjson *.json *.csv);;所有文件 (*)",
    "Platform member id": "平台会员号",
    "Date": "日期",
    "Login days": "登录天数",
    "Days since the last login": "距上次登录天数",
    "Orders": "订单数",
    "Sales (GMV)": "销售额（GMV）",
    "Refunds": "退款数",
    "Disputes": "纠纷数",
    "Advertising spend": "广告投入",
    "Shop visitors": "店铺访客数",
    "Shop rating": "店铺评分",
    "Shop status": "店铺状态",
    "Inflow": "资金流入",
    "Outflow": "资金流出",
    "Outflow to unrelated accounts": "流向无关账户的资金",
    "The line cannot be read (not a JSON object or a CSV row of the header's columns, or too long or too deeply nested).":
        "该行无法读取（不是 JSON 对象或与表头列数一致的 CSV 行，或过长、嵌套过深）。",
    "The file is cut off here: the lines before it were imported.": "文件在此处被截断：此前的行已导入。",
    "A field the format does not know.": "文件格式中没有该字段。",
    "Must be the platform member id (text, at most 40 characters).": "必须是平台会员号（文本，最多 40 个字符）。",
    "Must be a whole number, not negative, within the field's range.": "必须是该字段范围内的非负整数。",
    "Must be 0 to 5 with at most two decimals.": "必须在 0 到 5 之间，最多两位小数。",
    "Must be one of: %1.": "必须是以下之一：%1。",
    "More than the whole outflow.": "超过资金流出总额。",
    "No merchant has this platform member id.": "没有该平台会员号的商户。",
    "A different snapshot of this merchant for this date is already stored: it is not overwritten.":
        "该商户当日已存有一份不同的监测数据：不予覆盖。",
    "Not imported (reason %1).": "未导入（原因代码 %1）。",
    "Snapshots imported: %1": "已导入监测数据：%1 条",
    "Already there (the same snapshot stored before), not stored again: %1": "已存在（此前已存入相同数据），未重复存入：%1 条",
    "Refused: %1": "拒绝：%1 行",
    "Merchants checked against the warning rules: %1; warnings raised: %2": "按预警规则检查的商户：%1 户；产生预警：%2 条",
    "The file is cut off: the lines before the cut were imported.": "文件被截断：截断处之前的行已导入。",
    "The first %1 refused lines are listed below.": "下表列出前 %1 个被拒绝的行。",
    # Loans > Import repayment file (ui/loans/repayment_file_dialog.py)
    "Import &repayment file...": "导入还款文件(&R)…",
    "Import repayment file": "导入还款文件",
    "(whole line)": "（整行）",
    "Payment reference": "支付流水号",
    "Contract number": "合同编号",
    "Value date": "起息日",
    "Amount": "金额",
    "Kind": "类型",
    "Not a valid JSON record: the line is not posted.": "不是有效的 JSON 记录：该行未入账。",
    "Not valid CSV: the file was not read beyond this line.": "不是有效的 CSV：此行之后的内容未读取。",
    "A quoted value is not closed: nothing of this record is posted.": "引号未闭合：该记录未入账。",
    "The number of values differs from the header (a comma inside an unquoted value?).":
        "值的个数与表头不一致（未加引号的值中含有逗号？）。",
    "Required, missing.": "必填，缺失。",
    "Too long.": "过长。",
    "Not a date (YYYY-MM-DD).": "不是日期（应为 YYYY-MM-DD）。",
    "The date is outside 1900 to 2100.": "日期不在 1900 年至 2100 年之间。",
    "The amount must be more than zero.": "金额必须大于零。",
    "Not a known kind: %1.": "不是可识别的类型：%1。",
    "No loan has this contract number.": "没有该合同号的贷款。",
    "The loan is not disbursed yet.": "该贷款尚未放款。",
    "The loan is closed (settled), perhaps by an earlier line of this file.": "该贷款已结清（可能由本文件中前面的一行结清）。",
    "The loan is written off.": "该贷款已核销。",
    "The loan is not open for this payment.": "该贷款当前不能接收此笔款项。",
    "A recovery dated before the write-off.": "核销后收回的起息日早于核销日。",
    "More than is left of the written-off amount: the line is not posted.": "金额超过核销后尚未收回的余额：该行未入账。",
    "The value date is before the disbursement.": "起息日早于放款日。",
    "The value date is in the future.": "起息日在未来。",
    "An order settlement on a loan that is not an order loan.": "订单结算只适用于订单贷，该贷款不是订单贷。",
    "The payment reference is repeated in the file: the first line counts.": "支付流水号在文件中重复：以第一行为准。",
    "Cannot be posted (reason %1).": "无法入账（原因代码 %1）。",
    "Lines read: %1": "读取行数：%1",
    "Posted: %1 lines, %2 yuan (%3 of them backdated, the nights after them recomputed)":
        "已入账：%1 行，%2 元（其中倒起息 %3 行，其后各日已重算）",
    "Held for an officer (above the loan's payoff): %1 lines, %2 yuan; see Tools > Held repayments":
        "超过结清金额、留待信贷员处理：%1 行，%2 元；见 工具 > 挂账还款",
    "Duplicates (posted or held before, or repeated in the file), not posted again: %1":
        "重复（此前已入账或已挂账，或在文件中重复），未再次入账：%1",
    "Refused: %1 (of them with no such contract: %2)": "拒绝：%1 行（其中合同号不存在：%2 行）",
    "The refused lines, with line, field and reason, are also in %1": "被拒绝的行（含行号、字段和原因）另存于 %1",
    "An earlier run of this file (batch %1) had been interrupted: this run finished it.":
        "此文件此前的导入（批次 %1）曾中断：本次已完成。",
    "Batch %1 (file %2) was interrupted: import that file again to finish it.":
        "批次 %1（文件 %2）曾中断：请再次导入该文件以完成。",
    "File:": "文件：",
    "Reading the file...": "正在读取文件……",
    "Line": "行",
    "Field": "字段",
    "Reason": "原因",
    "As read": "原始内容",
    "The file is being imported: each chunk of lines commits whole.": "正在导入：每批记录整体提交。",
    "Repayment file (*.csv *.jsonl *.ndjson *.json);;All files (*)": "还款文件 (*.csv *.jsonl *.ndjson *.json);;所有文件 (*)",
    "Line %1 of %2": "第 %1 行，共 %2 行",
    "The file is imported.": "文件已导入。",
    "The file was not imported: %1": "文件未导入：%1",
    # end of day for a business day not yet begun (servicing/eod.py)
    "end of day for {as_of} refused: that business day has not begun (today is {today}); nothing was booked":
        "{as_of} 的日终处理被拒绝：该营业日尚未开始（今天是 {today}），未记任何账。",
    # Tools > Held repayments (ui/loans/loan_held.py)
    "Held repayments": "挂账还款",
    "&Held repayments...": "挂账还款(&H)...",
    "Lines of the repayment file larger than the loan's payoff on their value date. Post one (the amount beyond the payoff is kept to refund) or return the money.":
        "还款文件中金额大于该笔贷款起息日结清金额的记录。可以入账（超出结清金额的部分作为待退款保留）或退回款项。",
    "Payment reference": "支付流水号",
    "Contract": "合同",
    "Payoff then": "当日结清金额",
    "File line": "文件行号",
    "&Post...": "入账(&P)...",
    "&Return...": "退回(&R)...",
    "Post held repayment": "挂账还款入账",
    "Post %1 to loan %2 as of %3? The payoff then was %4; the rest is kept to refund.":
        "将 %1 按 %3 入账到贷款 %2？当日结清金额为 %4，其余部分作为待退款保留。",
    "Return held repayment": "退回挂账还款",
    "Why is the money returned?": "退回款项的原因：",
    "This held line no longer exists.": "该挂账记录已不存在。",
    "This line was already posted or returned (by someone else?).": "该记录已入账或已退回（可能已由他人处理）。",
    "The loan is no longer active (closed or written off): return the money instead.": "该贷款已不在还款中（已结清或已核销）：请退回款项。",
    "The value date is in the future.": "起息日在未来。",
    "Say why the money is returned.": "请说明退回款项的原因。",
    "Cannot do this.": "无法执行此操作。",
    # amounts typed at the desk (ui/amounts.py: the one money parser's reason codes)
    "Type an amount.": "请输入金额。",
    "Write the amount in digits, without an exponent (1000, not 1e3).": "请用数字填写金额，不要用科学计数法（写 1000，不写 1e3）。",
    "An amount has no underscores.": "金额中不能有下划线。",
    "Use a decimal point, not a comma (1.50, not 1,50).": "小数请用小数点，不用逗号（写 1.50，不写 1,50）。",
    "Thousands separators are not allowed here.": "此处不允许使用千位分隔符。",
    "Thousands separators must group three digits (1,234,567.89).": "千位分隔符须每三位一组（如 1,234,567.89）。",
    "At most two decimals (to the fen).": "最多两位小数（精确到分）。",
    "The amount must not be negative.": "金额不能为负数。",
    "Type the amount without a sign.": "金额前请勿加正负号。",
    "The amount is beyond the largest allowed.": "金额超过允许的上限。",
    "The amount must be more than zero.": "金额必须大于零。",
    # sign-in, errors, app
    "Sign in - Loan Officer Workstation": "登录 - 信贷员工作台",
    "Loan Officer Workstation": "信贷员工作台",
    "Database: %1": "数据库：%1",
    "User name": "用户名",
    "Password": "密码",
    "Sign in": "登录",
    "Cancel": "取消",
    "The database stayed busy with other jobs. Nothing of this step was saved: run it again.":
        "数据库一直忙于其他作业，本步骤未保存任何内容：请重新运行。",
    "Waiting: another job (a desk posting, an import or end of day) is changing the same loans. This job goes on as soon as it is done.":
 "等待中：另一项作业（柜台入账、导入或日终）正在处理同一批贷款，完成后本作业将自动继续。",
    "Enter your user name and password.": "请输入用户名和密码。",
    "Wrong user name or password. %n attempt(s) left before the account is locked.":
        "用户名或密码错误。再错 %n 次账户将被锁定。",
    "Wrong user name or password.": "用户名或密码错误。",
    "Wrong password. The account is now locked for %n minute(s).": "密码错误。账户已被锁定 %n 分钟。",
    "The account is locked after repeated failures. Try again in %n minute(s) or ask an administrator to reset the password.":
        "多次登录失败，账户已锁定。请 %n 分钟后再试，或请管理员重置密码。",
    "You may not do this: %1": "您无权执行此操作：%1",
    "Cannot do this": "无法执行",
    "Unexpected error": "意外错误",
    "Something went wrong: %1\n\nThe details are in the log.": "出现错误：%1\n\n详细信息已写入日志。",
    "First start": "首次启动",
    "Creating the demo database with %1 applications...": "正在创建含 %1 笔申请的演示数据库……",
    "The database cannot be opened:\n\n%1": "无法打开数据库：\n\n%1",
    "Cannot open the database": "无法打开数据库",
    "No users": "没有用户",
    "This database has no users yet. Create the first administrator with:\n\n%1":
        "此数据库还没有用户。请先用以下命令创建第一个管理员：\n\n%1",
    # lock
    "Session locked": "会话已锁定",
    "Signed in as %1. Enter your password to continue where you left off.":
        "当前用户：%1。输入密码后回到离开时的界面。",
    "Unlock": "解锁",
    "Wrong password, or the account is locked. Five failures in a row lock the account.":
        "密码错误或账户已锁定。连续失败五次将锁定账户。",
    # sessions ended by an administrator or a lock-out; the one sign-in refusal
    "Close the workstation": "关闭工作台",
    "Session ended": "会话已结束",
    "Signed in as %1.": "当前用户：%1。",
    "Your account is locked. Your session has ended: ask an administrator, or sign in again once the lock has expired.":
        "您的账户已被锁定，本次会话已结束：请联系管理员，或在锁定解除后重新登录。",
    "Your roles were changed by an administrator. Your session has ended: sign in again.":
        "管理员已更改您的角色，本次会话已结束：请重新登录。",
    "Your account was deactivated by an administrator. Your session has ended.":
        "管理员已停用您的账户，本次会话已结束。",
    "This case belongs to another team: you may not open it, its loan or its documents.":
        "该案件属于其他团队：您无权查看该案件及其贷款和文件。",
    "Wrong user name or password, or the account is locked. %1 failures in a row lock an account for %2 minutes.":
        "用户名或密码错误，或账户已锁定。连续失败 %1 次将锁定账户 %2 分钟。",
    # main window
    "Loan Officer Workstation - %1": "信贷员工作台 - %1",
    "My cases": "我的案件",
    "Unassigned": "待分配",
    "Awaiting sign-off": "待审批",
    "All applications": "全部申请",
    "Queue": "案件队列",
    "&File": "文件(&F)",
    "&Import applications...": "导入申请(&I)…",
    "&Lock session": "锁定会话(&L)",
    "&Quit": "退出(&Q)",
    "&Edit": "编辑(&E)",
    "&Find in queue": "在队列中查找(&F)",
    "&Clear filters": "清除筛选(&C)",
    "&View": "视图(&V)",
    "&Refresh": "刷新(&R)",
    "&Language": "语言(&L)",
    "System default": "跟随系统",
    "&Case": "案件(&C)",
    "&Open selected case\tEnter": "打开所选案件(&O)\tEnter",
    "C&laim selected case": "领取所选案件(&L)",
    "&Reassign selected case...": "改派所选案件(&R)…",
    "&Close case tab": "关闭案件标签(&C)",
    "&Next tab": "下一个标签(&N)",
    "&Previous tab": "上一个标签(&P)",
    "&Tools": "工具(&T)",
    "&Users...": "用户管理(&U)…",
    "Change my &password...": "修改我的密码(&P)…",
    "&Help": "帮助(&H)",
    "&Keyboard shortcuts": "快捷键(&K)",
    "&About": "关于(&A)",
    "officer": "信贷员",
    "supervisor": "审批主管",
    "administrator": "管理员",
    "Signed in: %1 (%2)": "当前用户：%1（%2）",
    "Keyboard shortcuts": "快捷键",
    "Ctrl+F: search the queue": "Ctrl+F：搜索队列",
    "Enter or double-click: open the selected case": "回车或双击：打开所选案件",
    "F5: refresh": "F5：刷新",
    "Ctrl+1 to Ctrl+4: my cases, unassigned, awaiting sign-off, all":
        "Ctrl+1 至 Ctrl+4：我的案件、待分配、待审批、全部",
    "Ctrl+W: close the case tab": "Ctrl+W：关闭案件标签",
    "Ctrl+Tab: next tab": "Ctrl+Tab：下一个标签",
    "Ctrl+L: lock the session": "Ctrl+L：锁定会话",
    "Ctrl+Q: quit": "Ctrl+Q：退出",
    "About": "关于",
    "Loan Officer Workstation %1\n\nDatabase: %2": "信贷员工作台 %1\n\n数据库：%2",
    # queue
    "Number": "申请编号",
    "Merchant": "商户",
    "Platform": "平台",
    "Product": "产品",
    "Amount asked": "申请金额",
    "Grade": "评级",
    "Suggested limit": "建议额度",
    "Status": "状态",
    "Officer": "信贷员",
    "Days waiting": "等待天数",
    "(unassigned)": "（未分配）",
    "Search: number, merchant, legal representative, last digits of ID":
        "搜索：申请编号、商户、法定代表人、身份证后几位",
    "All statuses": "全部状态",
    "All products": "全部产品",
    "All platforms": "全部平台",
    "All provinces": "全部省份",
    "All officers": "全部信贷员",
    "All grades": "全部评级",
    "Amount from": "金额从",
    "to": "至",
    "Clear": "清除",
    "Claim": "领取",
    "Reassign...": "改派…",
    "Open case": "打开案件",
    "Not an amount: use digits with at most two decimals": "不是金额：请输入数字，最多两位小数",
    "%n case(s)": "%n 件",
    "There is no officer in your team.": "您的团队中没有信贷员。",
    "Reassign %1": "改派 %1",
    "New officer:": "新信贷员：",
    # case file
    "Refresh case": "刷新案件",
    "Profile": "基本信息",
    "Platform data": "平台数据",
    "Declared vs platform": "申报与平台对比",
    "Score": "评分",
    "Policy and related": "政策与关联",
    "History": "历史",
    "%1  %2  -  %3  -  asks %4  -  %5": "%1  %2  -  %3  -  申请 %4  -  %5",
    "Yes": "是",
    "No": "否",
    "%n month(s)": "%n 个月",
    "%n day(s)": "%n 天",
    "Application": "申请",
    "Term": "期限",
    "Purpose": "用途",
    "Received": "受理时间",
    "Status note": "状态说明",
    "Merchant and shop": "商户与店铺",
    "Shop": "店铺",
    "Member ID": "会员号",
    "Member since": "注册日期",
    "Credit code": "统一社会信用代码",
    "Province / city": "省份 / 城市",
    "Address": "地址",
    "Legal representative": "法定代表人",
    "Name": "姓名",
    "Age": "年龄",
    "ID number": "身份证号",
    "Mobile": "手机",
    "Applicant is legal representative": "申请人为法定代表人",
    "On the blacklist": "在黑名单上",
    "Contacts and accounts": "联系方式与账户",
    "Contact phone": "联系电话",
    "E-mail": "电子邮箱",
    "Payment account": "支付账户",
    "Real-name verified": "已实名认证",
    "Bank": "开户银行",
    " (not a listed bank)": "（非指定银行）",
    "Bank card": "银行卡号",
    "Unmask": "显示完整",
    "Show the full value (recorded in the audit log)": "显示完整信息（记入审计日志）",
    "Only the case's officer, a supervisor or an administrator may see this":
        "仅本案信贷员、审批主管或管理员可查看",
    "Month": "月份",
    "Sales": "销售额",
    "Orders": "订单数",
    "Refunds": "退款数",
    "Refund amount": "退款金额",
    "Disputes": "纠纷数",
    "Rating": "评分",
    "Login days": "登录天数",
    "Ad spend": "广告投入",
    "Listings": "在售商品",
    "Favourites": "收藏数",
    "Sales (10,000 yuan)": "销售额（万元）",
    "Ad spend (yuan)": "广告投入（元）",
    "Declared item": "申报项目",
    "Value": "数值",
    "Check": "核对项",
    "Declared": "申报",
    "Finding": "结论",
    "The applicant declared no financial figures.": "申请人未申报财务数据。",
    "Sales %1": "%1年销售额",
    "Operating cost": "经营成本",
    "Inventory": "存货",
    "Total assets": "总资产",
    "Total liabilities": "总负债",
    "Receivables": "应收账款",
    "Net margin": "净利润率",
    "Share of sales on the platform": "平台销售占比",
    "Platform sales, last 12 months": "近12个月平台销售额",
    "Customer: %1": "客户：%1",
    "%1 years, %2% of sales": "合作%1年，占销售额%2%",
    "consistent": "一致",
    "minor": "轻微",
    "major": "较大",
    "severe": "严重",
    "Consistency index %1 of 100; %2 of %3 checks found an inconsistency.":
        "一致性指数 %1（满分100）；%3 项核对中有 %2 项不一致。",
    "Factor": "评分因子",
    "Points": "得分",
    "Reason": "原因",
    "Total": "合计",
    "Total %1 points - grade %2 - estimated default probability %3% - suggested limit %4":
        "合计 %1 分 - 评级 %2 - 预计违约概率 %3% - 建议额度 %4",
    "Scorecard %1; computed %2 on the data up to %3; the inputs are stored with the case.":
        "评分卡 %1；于 %2 按截至 %3 的数据计算；计算输入已随案件保存。",
    "Rule": "规则",
    "Result": "结果",
    "Same": "相同项",
    "Related cases (same legal representative ID, phone, address or bank card)":
        "关联案件（法定代表人身份证、电话、地址或银行卡相同）",
    "pass": "通过",
    "FAIL": "不通过",
    "All %1 rules pass.": "全部 %1 条规则通过。",
    "%1 of %2 rules fail.": "%2 条规则中有 %1 条不通过。",
    "legal representative": "法定代表人",
    "phone": "电话",
    "address": "地址",
    "bank card": "银行卡",
    "When": "时间",
    "From": "原状态",
    "To": "新状态",
    "By": "操作人",
    "Comment": "备注",
    "User": "用户",
    "Action": "操作",
    "Details": "详情",
    "Status changes": "状态变更",
    "Audit log of this case": "本案审计日志",
    "(system)": "（系统）",
    "status change": "状态变更",
    "unmask": "查看完整信息",
    "claim": "领取",
    "reassign": "改派",
    "score": "评分",
    "&Score unscored applications...": "为未评分的申请评分(&S)…",
    "Score applications": "批量评分",
    "Scoring every application that has no score yet...": "正在为所有尚未评分的申请评分……",
    "%n application(s) scored": "已为 %n 笔申请评分",
    # users
    "Users": "用户管理",
    "Roles": "角色",
    "Supervisor": "主管",
    "Active": "启用",
    "Locked": "已锁定",
    "Add...": "新增…",
    "Reset password...": "重置密码…",
    "Deactivate / activate": "停用 / 启用",
    "Close": "关闭",
    "yes": "是",
    "no": "否",
    "Reset password": "重置密码",
    "New password for %1:": "%1 的新密码：",
    "The password was reset; the user must change it at next sign-in.": "密码已重置；该用户下次登录时须修改密码。",
    "Add user": "新增用户",
    "(none)": "（无）",
    "Change my password": "修改我的密码",
    "Current password": "当前密码",
    "New password": "新密码",
    "New password again": "再次输入新密码",
    "The new passwords differ.": "两次输入的新密码不一致。",
    # interview (视频调查/面谈)
    "Interview": "面谈",
    "Start interview": "开始面谈",
    "New interview": "新建面谈",
    "No interview recorded yet.": "尚无面谈记录。",
    "names, separated by commas": "姓名，以逗号分隔",
    "Planned start / end": "计划开始 / 结束",
    "Actual start / end": "实际开始 / 结束",
    "Channel": "渠道",
    "Participants": "参与人",
    "Checklist": "核查清单",
    "note": "备注",
    "figure stated": "所述数值",
    "(not asked)": "（未询问）",
    "one red flag per line": "每行一个风险信号",
    "(choose)": "（请选择）",
    "Submit notes": "提交面谈记录",
    "Red flags": "风险信号",
    "Notes": "记录",
    "Outcome": "面谈结论",
    "correction or addition, dated and signed with your name": "更正或补充，将注明日期并以您的姓名签署",
    "Add addendum": "添加补充记录",
    "Addenda": "补充记录",
    "Masking %1 / consistency %2  %3": "掩饰度 %1 / 一致性 %2  %3",
    "Submitted %1 by %2: read-only; corrections as addenda.": "已于 %1 由 %2 提交：只读；如需更正请添加补充记录。",
    "Draft, saved as you type (version %1).": "草稿，输入时自动保存（第 %1 版）。",
    "Draft saved.": "草稿已保存。",
    "Interview notes submitted.": "面谈记录已提交。",
    # recommendation (授信建议)
    "Recommendation": "授信建议",
    "New recommendation": "新建授信建议",
    "percent per day, e.g. 0.05": "日利率百分数，如 0.05",
    "required when the limit is above the suggested limit": "额度高于建议额度时必填",
    "Limit (CNY)": "额度（元）",
    "Repayment method": "还款方式",
    "Term (months)": "期限（月）",
    "Term (days)": "期限（天）",
    "Daily rate %": "日利率 %",
    "Conditions": "授信条件",
    "Justification": "理由说明",
    "Save recommendation": "保存授信建议",
    "Submit for sign-off": "提交审批",
    "Request information…": "要求补充资料…",
    "Decline…": "拒绝…",
    "Rules": "规则",
    "(not scored)": "（未评分）",
    "Version %1 by %2": "第 %1 版，%2",
    "All rules met": "全部规则满足",
    "simple, daily rate x 365": "单利，日利率 × 365",
    "IRR": "内部收益率法",
    "Annualised rate: %1% (%2)": "年化利率：%1%（%2）",
    "Total interest %1, total to repay %2": "利息合计 %1，应还总额 %2",
    "Annualised rate: —": "年化利率：—",
    "Recommendation saved.": "授信建议已保存。",
    "Submitted for sign-off.": "已提交审批。",
    "What information is requested from the applicant?": "需要申请人补充哪些资料？",
    "The case waits for the applicant.": "案件等待申请人补充资料。",
    "Declined.": "已拒绝。",
    "Decline": "拒绝",
    "comment": "备注",
    # sign-off (审批)
    "Sign-off": "审批",
    "Amount": "金额",
    "Version": "版本",
    "Sign-offs": "审批签署",
    "lower limit": "调减后额度",
    "comment (required to return)": "意见（退回时必填）",
    "Approve": "批准",
    "Approve lower": "调减额度批准",
    "Return": "退回",
    "Evidence": "审查依据",
    "Limit": "额度",
    "Version %1 by %2: %3 %4, %5, %6, %7%/day. Suggested %8. Conditions: %9":
        "第 %1 版（%2）：%3 %4，%5，%6，日利率 %7%。建议额度 %8。授信条件：%9",
    "Justification: %1": "理由说明：%1",
    "Status: %1. Sign-offs needed: %2. Your authority: %3.": "状态：%1。所需审批签署：%2 个。您的审批权限：%3。",
    "Annualised rate %1%": "年化利率 %1%",
    "Score %1, grade %2, default probability %3%, suggested %4": "评分 %1，评级 %2，违约概率 %3%，建议额度 %4",
    "Policy checks: %1": "政策检查：%1",
    "all pass": "全部通过",
    "Inconsistencies: %1": "不一致项：%1",
    "none": "无",
    "The case file belongs to another team; the score and checks are in the first sign-off above.":
        "该案件属于其他团队；评分与检查结果见上方第一级审批。",
    "Interview: %1, %2 discrepancies, masking %3, consistency %4, red flags: %5":
        "面谈：%1，%2 处不一致，掩饰度 %3，一致性 %4，风险信号：%5",
    "Interview: none submitted": "面谈：尚未提交",
    "Type the lower limit first.": "请先输入调减后额度。",
    "Sign %1 on %2, recommendation version %3": "对 %2 签署“%1”，授信建议第 %3 版",
    "Sign with your password": "输入密码签署",
    # contract and disbursement (借款合同、放款)
    "Record contract signing...": "登记合同签署…",
    "Record contract signing": "登记合同签署",
    "Approved amount": "批准金额",
    "Offer valid until": "授信有效期至",
    "Online (e-signature)": "线上（电子签名）",
    "Mobile app": "手机App",
    "At the branch": "网点现场",
    "assigned automatically": "自动生成",
    "Signed on": "签署日期",
    "Contract number": "合同编号",
    "Disburse...": "放款…",
    "Disburse the loan": "发放贷款",
    "Value date": "起息日",
    "Amount (CNY)": "金额（元）",
    "Destination payment account": "收款支付账户",
    "Amount: %1": "金额：%1",
    "Cannot disburse": "无法放款",
    "Contract": "合同",
    "Contracted amount": "合同金额",
    "Available to disburse": "可放款金额",
    "Destination account": "收款账户",
    "Another account (needs a reason and a supervisor)...": "其他账户（须填写理由并经审批主管批准）…",
    "account or card number in full": "完整的账号或卡号",
    "Other account": "其他账户",
    "Supervisor's user name": "主管用户名",
    "Supervisor's password": "主管密码",
    "stored masked: cannot be used": "以掩码形式保存，不可使用",
    "not real-name verified": "未实名认证",
    "not a listed bank": "非名录内银行",
    "none on record": "未登记",
    "Amount: write digits with at most two decimals, e.g. 200000.00.": "金额：请填写数字，最多两位小数，例如 200000.00。",
    "Amount: must be more than zero and at most %1.": "金额：须大于零且不超过 %1。",
    "Value date: must not be before the contract was signed (%1).": "起息日：不得早于合同签署日（%1）。",
    "Other account: write the account or card number in full.": "其他账户：请填写完整的账号或卡号。",
    "Other account: a masked number cannot receive money; write it in full.":
        "其他账户：掩码号码不能收款，请填写完整号码。",
    "Reason: say why the money goes to an account not on the borrower's list.":
        "原因：请说明为何放款至借款人已核实账户以外的账户。",
    "A supervisor must approve another account: user name and password.":
        "其他账户须经审批主管批准：请输入主管的用户名和密码。",
    "Choose the account the money goes to.": "请选择收款账户。",
    "The account is stored masked (with *): money cannot be sent to it. Choose another account.":
        "该账户以掩码形式（含 *）保存，不能向其放款。请选择其他账户。",
    "An account not on the borrower's verified list needs a reason.": "放款至借款人已核实账户以外的账户，须填写原因。",
    "An account not on the borrower's verified list needs a supervisor: enter the supervisor's user name and password.":
        "放款至借款人已核实账户以外的账户，须经审批主管批准：请输入主管的用户名和密码。",
    "The supervisor's user name or password is wrong.": "主管的用户名或密码错误。",
    "The person approving is not a supervisor.": "批准人不是审批主管。",
    "The supervisor approving another account must be someone other than you.": "批准其他账户的主管不能是您本人。",
    "This loan no longer exists.": "该笔贷款已不存在。",
    "The account number is too long (at most 60 characters).": "账号过长（最多 60 个字符）。",
    "Amount in words": "大写金额",
    "To account": "收款账户",
    "Reason for another account": "使用其他账户的原因",
    "Approved by": "批准人",
    "Remaining": "剩余",
    "%1 of the limit remains and can be drawn until the line expires.": "额度尚余 %1，可在额度到期日前支用。",
    "%1 of the contracted amount remains undisbursed. The offer is valid until %2, but this loan takes one disbursement: the rest will not be paid out under this contract.":
        "合同金额尚有 %1 未发放。授信有效期至 %2，但本笔贷款只能放款一次：余额不会在本合同项下发放。",
    "Confirm the disbursement": "确认放款",
    "Check the amount and the account with the borrower's file before paying out.":
        "放款前请对照借款人档案核对金额和收款账户。",
    "Pay out %1": "确认放款 %1",
    # import
    "Import applications": "导入申请",
    "Import failed": "导入失败",
    "File: %1": "文件：%1",
    "Reading and checking the file...": "正在读取并检查文件……",
    "Line": "行号",
    "Field": "字段",
    "Stop after the chunk being stored: applications already stored are kept; importing the file again adds the rest.":
        "在当前批次保存完后停止：已保存的申请将保留；再次导入该文件会补充其余部分。",
    "Line %1 of %2": "第 %1 行，共 %2 行",
    "Cancelling after the chunk being stored...": "当前批次保存完后即取消……",
    "The import failed: %1": "导入失败：%1",
    "Imported: %1": "已导入：%1",
    "Already imported (duplicates, skipped): %1": "此前已导入（重复，已跳过）：%1",
    "Rejected: %1": "已拒收：%1",
    "The rejected records, with line, field and reason, are in %1": "被拒收的记录（含行号、字段和原因）见 %1",
    "The file is cut off at line %1: the records before it were imported, that line was not.":
        "文件在第 %1 行处截断：此前的记录已导入，该行未导入。",
    "Cancelled after line %1. The %2 applications stored before the cancel are kept (whole records only); import the same file again to add the rest.":
        "已在第 %1 行后取消。取消前已保存的 %2 笔申请将保留（仅完整记录）；再次导入同一文件即可补充其余部分。",
    "Import cancelled.": "导入已取消。",
    "Import finished.": "导入完成。",
    # documents
    "&Open (print to preview)": "打开（打印预览）(&O)",
    "Statement period": "对账期间",
    "Document": "文书",
    "Printed at": "打印时间",
    "Content hash": "内容哈希",
    "Documents for this case": "本案文书",
    "Printed before": "打印记录",
    "%n page(s)": "共 %n 页",
    "&Print...": "打印(&P)…",
    "&Save as...": "另存为(&S)…",
    "Zoom &in": "放大(&I)",
    "Zoom &out": "缩小(&O)",
    "&Fit width": "适合宽度(&F)",
    "The printer could not be started.": "无法启动打印机。",
    "Save document": "保存文件",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Batch print": "批量打印",
    "Statements for a month": "某月对账单",
    "Contracts signed on a day": "某日签署的合同",
    "Schedules for contracts": "指定合同的还款计划",
    "NO,NO,...": "合同编号,合同编号,…",
    "Browse...": "浏览…",
    "One merged PDF": "合并为一个 PDF",
    "Print": "打印",
    "For": "范围",
    "Into folder": "输出文件夹",
    "&Start": "开始(&S)",
    "Nothing to print: no loan matches.": "没有可打印的内容：没有符合条件的贷款。",
    "Month %1: end of day has run only through %2; no day of the month is in the books yet.":
        "%1 月：日终处理仅运行至 %2，本月尚无已入账的日期，暂不能出具对账单。",
    "Cancelling after the document being printed...": "当前文件打印完后即取消……",
    "Reading %1 of %2": "正在读取第 %1 份，共 %2 份",
    "Printing %1 of %2": "正在打印第 %1 份，共 %2 份",
    "Printed %1 of %2.": "已打印 %1 份，共 %2 份。",
    "Cancelled: the documents printed so far are kept and recorded.": "已取消：已打印的文件予以保留并已记录。",
    "Merged file: %1": "合并文件：%1",
    "FAILED %1: %2": "失败 %1：%2",
    "Folder for the PDFs": "PDF 输出文件夹",
    "Loan": "贷款",
    # Not yet collected by lupdate (passed through _tr(text) helpers, f-strings or variables;
    # see the translation report): ready for when the UI code passes literals that lupdate sees.
    "No.": "期次",
    "Due": "应还日",
    "Principal": "本金",
    "Interest": "利息",
    "Payment": "还款额",
    "Balance": "余额",
    "Documents": "文书",
    "&Documents": "文书(&D)",
    "&Batch print...": "批量打印(&B)…",
    # verifying a document (documents_verify.py)
    "&Verify a document...": "核验文书(&V)…",
    "Verify a document": "核验文书",
    "&Choose file...": "选择文件(&C)…",
    "A PDF printed by the workstation, or a scan or photograph of a page (PNG/JPEG) showing its QR code.":
        "本工作台打印的 PDF 文件，或带有二维码的页面扫描件、照片（PNG/JPEG）。",
    "Documents and scans (*.pdf *.png *.jpg *.jpeg)": "文书及扫描件 (*.pdf *.png *.jpg *.jpeg)",
    "Genuine": "真实有效",
    "NOT genuine": "未通过核验",
    "Genuine: %1 %2, first printed by %3 at %4.": "真实：%1 %2，由 %3 于 %4 首次打印。",
    "Altered: %1 %2 was printed here, but not as this copy shows it.": "已被改动：%1 %2 曾在本系统打印，但与本件不一致。",
    "Altered: this file differs from every printed copy.": "已被改动：本文件与所有打印存档均不一致。",
    "Not issued: no such document was ever printed here.": "未出具：本系统从未打印过该文书。",
    "Not a workstation document: no document hash or QR code was found.": "非本工作台文书：未发现文书校验码或二维码。",
    "Genuine merged file, printed by %1 at %2.": "真实的合并打印文件，由 %1 于 %2 打印。",
    "Altered: this merged file is not as it was printed.": "已被改动：本合并文件与打印时不一致。",
    "Pages %1-%2": "第 %1-%2 页",
    # lender details (documents_lender.py)
    "&Settings": "设置(&S)",
    "&Lender details...": "贷款人信息(&L)…",
    "Lender details": "贷款人信息",
    "Company name": "公司名称",
    "Licence number": "经营许可证编号",
    "Registered address": "住所",
    "Unified social credit code": "统一社会信用代码",
    "Name on the company seal": "公章名称",
    "Customer service phone": "客服电话",
    "Regulator": "监管机构",
    "Cannot print": "无法打印",
    "The file could not be written: %1 (%2). Nothing was recorded as printed.": "无法写入文件：%1（%2）。未记录为已打印。",
    "The reason \"Other\" needs an explanation in the comment: it is printed on the decline notice.":
        "选择“其他”原因时须在说明中填写具体理由，该说明将打印在拒绝通知书上。",
    "Skipped %1 document(s) of cases you may not open: %2": "已跳过 %1 份无权查看案件的文书：%2",
    "The lender's details are not set yet (%1). An administrator sets them in Settings > Lender details.":
        "贷款人信息尚未设置（%1）。请管理员在“设置 > 贷款人信息”中填写。",
    "Please give real values for: %1. The credit code has 18 characters.":
        "请填写真实信息：%1。统一社会信用代码为 18 位。",
    "Printed on every contract, agreement, letter and statement. Placeholders (XX, 某某) stop real documents from printing.":
        "打印于每份合同、协议、函件和对账单。含占位符（XX、某某）时不能打印正式文书。",
    "Only the QR code of the page was checked: compare the page with the archived copy.":
        "仅核验了页面二维码：请将页面内容与存档文本逐一核对。",
    "Platform export (*.jsonl *.ndjson *.json *.csv);;All files (*)": "平台导出文件 (*.jsonl *.ndjson *.json *.csv);;所有文件 (*)",
    "Record demand...": "登记催收…",
    "Record demand": "登记催收",
    "Refresh": "刷新",
    "Demand to": "催收对象",
    "Note": "备注",
    "Members": "联保成员",
    "Exposure to members in default (jointly liable for the whole)": "对违约成员的风险敞口（承担全额连带责任）",
    "Demands made": "催收记录",
    "Member": "成员",
    "Loans": "贷款",
    "Outstanding": "未还余额",
    "Overdue": "逾期金额",
    "Days past due": "逾期天数",
    "In default": "已违约",
    "Exposed to": "代偿对象",
    "Jointly liable": "连带责任金额",
    "Equal share": "均摊金额",
    "Date": "日期",
    "The group cannot take new loans: %1": "该联保小组不能再申请新贷款：%1",
    "%1 for %2": "%1 代 %2",
    "%1 - formed %2 - %3 members": "%1 - 成立于 %2 - %3 名成员",
    "letter": "信函",
    "visit": "上门",
    "platform": "平台",
    "&Loans": "贷款(&L)",
    "Open loan by &contract number...": "按合同编号打开贷款(&C)…",
    "Open joint-guarantee &group...": "打开联保小组(&G)…",
    "Open loan": "打开贷款",
    "Open group": "打开联保小组",
    "Group": "联保小组",
    "Groups": "联保小组",
    "There are no joint-guarantee groups.": "没有联保小组。",
    "End of day": "日终处理",
    "Business date (YYYY-MM-DD)": "营业日期（YYYY-MM-DD）",
    "Run &end of day...": "执行日终处理(&E)…",
    "Accruing interest and penalties...": "正在计提利息和罚息……",
    "No loan with contract number %1": "没有合同编号为 %1 的贷款",
    "End of day %1: %2 loans, %3 entries, %4 offers expired.": "%1 日终处理：%2 笔贷款，%3 条分录，%4 个授信已失效。",
    "Penalty": "罚息",
    "Overdue principal": "逾期本金",
    "Class": "五级分类",
    "Confirm": "确认",
    "Confirm: %1": "确认：%1",
    "This changes the loan's history. Check what changes before you confirm.": "此操作将更改贷款的历史记录。确认前请核对变动内容。",
    "%n journal correction(s) will be posted.": "将记入 %n 笔更正分录。",
    "Before": "变动前",
    "After": "变动后",
    "Status before": "变动前状态",
    "Status after": "变动后状态",
    "Owed before": "变动前应还",
    "Owed after": "变动后应还",
    "Post repayment...": "登记还款…",
    "Post repayment": "登记还款",
    "Payoff quote...": "提前结清试算…",
    "Payoff quote": "提前结清试算",
    "Payoff quote for a date (amount ignored)": "按日期试算提前结清金额（不使用金额）",
    "To settle on %1: %2\n(principal %3, interest to that day %4, penalty %5)":
        "%1 结清需还：%2\n（本金 %3，截至当日利息 %4，罚息 %5）",
    "Draw...": "提款…",
    "Draw on the line": "额度提款",
    "Freeze line...": "冻结额度…",
    "Unfreeze line...": "解冻额度…",
    "Freeze line": "冻结额度",
    "Unfreeze line": "解冻额度",
    "FROZEN: %1": "已冻结：%1",
    "Reverse selected entry...": "冲正所选分录…",
    "Reverse entry": "冲正分录",
    " (reversed)": "（已冲正）",
    "Balances": "余额",
    "Interest accrued": "应计利息",
    "Penalty interest": "罚息",
    "Bucket / class": "逾期档次 / 五级分类",
    "To refund": "应退金额",
    "Credit line": "授信额度",
    "Limit %1\nDrawn %2\nAvailable %3\nExpires %4%5": "额度 %1\n已用 %2\n可用 %3\n到期日 %4%5",
    "%1  %2  %3  -  %4  -  disbursed %5 on %6, matures %7": "%1  %2  %3  -  %4  -  %6 放款 %5，%7 到期",
    "Schedule": "还款计划",
    "Show daily accruals": "显示每日计提",
    "Journal": "账务流水",
    "Due date": "应还日期",
    "Paid principal": "已还本金",
    "Paid interest": "已还利息",
    "Kind": "类型",
    "Reference": "参考号",
    "overdue %n day(s)": "逾期 %n 天",
    "paid": "已结清",
    "prepaid": "已提前还款",
    "written off": "已核销",
    "active": "还款中",
    "closed": "已结清",
    "contracted": "已签约",
    "overdue": "逾期",
    "partly paid": "部分已还",
    "due": "到期应还",
    "scheduled": "未到期",
    "disbursement": "放款",
    "draw": "提款",
    "repayment": "还款",
    "interest accrual": "利息计提",
    "penalty accrual": "罚息计提",
    "waiver": "减免",
    "reversal": "冲正",
    "write-off": "核销",
    "Desk guide": "操作指南",
    "Desk &guide": "操作指南(&G)",
    "months": "个月",
    "days": "天",
    # hard rules and exceptions, dual control (issue 11)
    "Hard policy rules fail: %1.": "未通过硬性政策规则：%1。",
    "requested": "已申请",
    "granted": "已批准",
    "refused": "已否决",
    "withdrawn": "已撤回",
    "Exception to %1 (%2), requested by %3 on %4: %5": "%1例外（%2），%3于%4申请：%5",
    "Granted by %1 on %2.": "%1于%2批准。",
    "Request exception…": "申请例外…",
    "Exception requested: the sign-off needs one more signature than the amount alone.":
        "已申请例外：审批须比金额本身多一级签署。",
    "Request an exception to a hard rule": "申请硬性规则例外",
    "why the case should go ahead despite the rule": "说明不满足该规则仍应继续办理的理由",
    "The exception is granted only by the sign-off, with one more signature than the amount alone needs.":
        "例外只能由审批签署批准，须比金额本身多一级签署。",
    "First signed by": "首签人",
    "approved": "同意",
    "approved lower": "降额同意",
    "returned": "退回",
    "declined": "拒绝",
    "%1 approved: %2.": "%1已批准：%2。",
    "%1: your signature is recorded; another supervisor must sign.": "%1：您的签署已记录，尚需另一位审批主管签署。",
    "%1 is now: %2.": "%1当前状态：%2。",
    "The case belongs to another team and is closed to you again.": "该案件属于其他团队，签署后不再对您开放。",
    "&Sign-off queue": "待我签署(&S)",
    "Sign-off queue": "待我签署",
    # h6: temporary passwords, first run, desk points
    "Change and sign in": "修改并登录",
    "Your password is a temporary one set by an administrator. Choose a new password before you continue.":
        "您的密码是管理员设置的临时密码。请先设置新密码再继续。",
    "Enter the new password twice, the same both times.": "请输入两次相同的新密码。",
    "The password is too short: at least %1 characters.": "密码太短：至少 %1 个字符。",
    "The password must mix letters with digits or symbols.": "密码须由字母与数字或符号混合组成。",
    "The new password must differ from the temporary one.": "新密码不能与临时密码相同。",
    "Show finished cases": "显示已结束案件",
    "%1 is not a date: write YYYY-MM-DD.": "%1 不是日期：请按 YYYY-MM-DD 填写。",
    "%1: %2 is out of range; a percentage from %3 to %4.": "%1：%2 超出范围，应为 %3 至 %4 之间的百分比。",
    "%1: %2 is out of range; an amount from %3 to %4 yuan.": "%1：%2 超出范围，应为 %3 至 %4 元之间的金额。",
    "%1: %2 has more than two decimals.": "%1：%2 的小数超过两位。",
    "%1: %2 is not a number.": "%1：%2 不是数字。",
    "File:": "文件：",
    "Creating merchants and applications": "创建商户与申请",
    "Deciding cases through the desk's services": "通过工作台服务完成案件决策",
    "Opening and servicing the demo loans": "开立并管理演示贷款",
    "Running end of day to today": "执行日终处理至今天",
    "Scoring the open cases": "为在办案件评分",
    "Step %1 of %2: %3": "第 %1 步（共 %2 步）：%3",
    "Daily rate: \"%1\" is not a rate. Write the percentage per day, e.g. 0.05.":
        "日利率：“%1”不是有效的利率。请填写每日百分比，例如 0.05。",
    "My cases lists the work in hand; tick to add declined, withdrawn, expired, disbursed and closed cases":
        "“我的案件”只列在办案件；勾选后同时显示已拒绝、已撤回、授信已过期、已放款和已结清的案件",
    # the whole path walked in Chinese (issue 11): sign-off refusals by code
    "Signing off needs the supervisor role.": "审批签署需要审批主管角色。",
    "%1 is not awaiting sign-off.": "%1 不在待审批状态。",
    "You may not sign off your own recommendation for %1.": "您不能审批自己对 %1 提出的授信建议。",
    "You have already signed %1; another supervisor must give the next signature.":
        "您已签署 %1；下一级签署须由另一位审批主管完成。",
    "%1 belongs to another team: its own supervisor signs first.": "%1 属于其他团队：须由该团队主管先签署。",
    "Document number": "文书编号",
    "Entry no.": "流水号",
    "This application has no approved offer.": "本申请没有已批准的授信。",
    "No contract is recorded for this application.": "本申请尚未登记借款合同。",
}


def _all_texts() -> dict[str, str]:
    """ZH above plus every ``zh_*.py`` beside this file (one per area of the desk, each
    defining its own ``ZH`` dict), so that areas add texts without touching each other."""
    texts = dict(ZH)
    for extra in sorted(HERE.glob("zh_*.py")):
        scope: dict = {}
        exec(compile(extra.read_text(encoding="utf-8"), str(extra), "exec"), scope)
        texts.update(scope["ZH"])
    return texts


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Functions (module level or methods) of one parameter that return
    ``QCoreApplication.translate("Context", parameter)``: name -> context."""
    helpers = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1 and node.body):
            continue
        ret = node.body[-1]
        call = ret.value if isinstance(ret, ast.Return) else None
        if (isinstance(call, ast.Call) and getattr(call.func, "attr", None) == "translate"
                and len(call.args) == 2 and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[1], ast.Name) and call.args[1].id == node.args.args[0].arg):
            helpers[node.name] = call.args[0].value
    return helpers


def _imported_helpers(tree: ast.Module) -> dict[str, str]:
    """Helpers a screen imports from a sibling module (``from workstation.ui.operations.lender_texts
    import _tr``): name -> the context of the helper where it is defined."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("workstation.ui."):
            source = ROOT / (node.module.replace(".", "/") + ".py")
            if not source.exists():
                continue
            theirs = _helpers(ast.parse(source.read_text(encoding="utf-8")))
            found.update({a.asname or a.name: theirs[a.name] for a in node.names if a.name in theirs})
    return found


def _table_texts(value: ast.expr) -> list[ast.Constant]:
    """The texts of a module-level table handed to a helper: a dict's values, or the last
    item of each pair of a tuple/list of pairs (``(("name", "Company name"), ...)``)."""
    if isinstance(value, ast.Dict):
        items = value.values
    elif isinstance(value, (ast.Tuple, ast.List)):
        items = [e.elts[-1] for e in value.elts if isinstance(e, (ast.Tuple, ast.List)) and e.elts]
    else:
        return []
    return [v for v in items if isinstance(v, ast.Constant) and isinstance(v.value, str)]


def helper_texts() -> list[tuple[str, str, Path, int]]:
    """(context, text, file, line) of the texts a screen translates through a helper
    (``def _tr(text): return QCoreApplication.translate("Context", text)``), given as a
    literal or looked up in a module-level table: lupdate cannot follow the helper, so
    they are filed here under its context (one source: the .ts)."""
    out = []
    for path in sorted((ROOT / "workstation" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _helpers(tree) | _imported_helpers(tree)
        if not helpers:
            continue
        tables = {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                  for t in node.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name not in helpers:
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                out.append((helpers[name], arg.value, path, node.lineno))
                continue
            for ref in {n.id for n in ast.walk(arg) if isinstance(n, ast.Name) and n.id in tables}:
                out += [(helpers[name], c.value, path, c.lineno) for c in _table_texts(tables[ref])]
    return out


def add_helper_texts(root: ET.Element) -> None:
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    have = {(name, m.findtext("source")) for name, c in contexts.items() for m in c.iter("message")}
    for context, text, path, line in helper_texts():
        if (context, text) in have:
            continue
        have.add((context, text))
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        msg = ET.SubElement(contexts[context], "message")
        ET.SubElement(msg, "location", filename=os.path.relpath(path, HERE).replace(os.sep, "/"), line=str(line))
        ET.SubElement(msg, "source").text = text
        ET.SubElement(msg, "translation", type="unfinished")


def _class_of(path: Path, name: str) -> str | None:
    """The class of the object ``name`` (``form``, ``case_file.loan_screen``) in ``path``:
    assigned from a constructor call (``form = InterviewForm(...)``) or a parameter
    annotated with it (``case_file: CaseFile``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and isinstance(node.value.func, ast.Name) and any(ast.unparse(t) == name for t in node.targets):
            return node.value.func.id
        if isinstance(node, ast.arg) and node.arg == name and isinstance(node.annotation, (ast.Name, ast.Constant)):
            return getattr(node.annotation, "id", None) or str(node.annotation.value).strip("'\"")
    camel = "".join(w.title() for w in name.split(".")[-1].split("_"))     # case_file -> CaseFile
    ui = ROOT / "workstation" / "ui"
    return camel if any(f"class {camel}(" in f.read_text(encoding="utf-8") for f in ui.rglob("*.py")) else None


def file_by_class(root: ET.Element) -> None:
    """lupdate files ``form.tr("Interview")`` under the context "form": file a copy under
    the class ``form`` holds (InterviewForm), the context Qt asks at run time."""
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for name, ctx in list(contexts.items()):
        if not name or name[0].isupper():
            continue
        for m in list(ctx.iter("message")):
            loc = m.find("location")
            cls = _class_of((HERE / loc.get("filename")).resolve(), name) if loc is not None else None
            if not cls:
                continue
            if cls not in contexts:
                contexts[cls] = ET.SubElement(root, "context")
                ET.SubElement(contexts[cls], "name").text = cls
            if any(x.findtext("source") == m.findtext("source") for x in contexts[cls].iter("message")):
                continue
            copy = ET.fromstring(ET.tostring(m))
            contexts[cls].append(copy)


def main() -> int:
    zh_all = _all_texts()
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workstation" / "ui").rglob("*.py"))
    # the refusals and the history's events, translated by code (marked with QT_TRANSLATE_NOOP)
    sources += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workstation" / "domain").glob("*_texts.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-target-language", "zh_CN", "-ts", str(TS)],
                   cwd=ROOT, check=True)
    tree = ET.parse(TS)
    add_helper_texts(tree.getroot())
    file_by_class(tree.getroot())
    missing = []
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if tr.get("type") != "unfinished":
            continue
        src = msg.find("source").text or ""
        zh = zh_all.get(src)
        if zh is None:
            missing.append(src)
            continue
        del tr.attrib["type"]
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            ET.SubElement(tr, "numerusform").text = zh
        else:
            tr.text = zh
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    for src in missing:
        print(f"no translation yet: {src!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
