"""Refresh the Simplified Chinese translation of the interface.

    python resources/translations/update.py

1. ``pyside6-lupdate`` collects every self.tr / QCoreApplication.translate text of
   workstation/ui/*.py into workstation_zh_CN.ts (translations already there stay);
2. texts still unfinished get the translation from ZH below, if it has one (edit
   the .ts with Qt Linguist, or add to ZH, for the rest);
3. ``pyside6-lrelease`` compiles workstation_zh_CN.qm, which is committed so that
   no build step is needed.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "workstation_zh_CN.ts"
QM = HERE / "workstation_zh_CN.qm"

ZH: dict[str, str] = {
    # sign-in, errors, app
    "Sign in - Loan Officer Workstation": "登录 - 信贷员工作台",
    "Loan Officer Workstation": "信贷员工作台",
    "Database: %1": "数据库：%1",
    "User name": "用户名",
    "Password": "密码",
    "Sign in": "登录",
    "Cancel": "取消",
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
}


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workstation" / "ui").glob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-target-language", "zh_CN", "-ts", str(TS)],
                   cwd=ROOT, check=True)
    tree = ET.parse(TS)
    missing = []
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if tr.get("type") != "unfinished":
            continue
        src = msg.find("source").text or ""
        zh = ZH.get(src)
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
