"""Chinese texts of operations (issue 18): backups and restores, first-run setup, settings."""
ZH = {
    # refusals
    "this database is held in memory: there is no file to back up": "该数据库仅在内存中：没有可备份的文件",
    "backup: {path} exists already; choose another name (a backup never overwrites a file)":
        "备份：{path} 已存在；请换一个文件名（备份从不覆盖已有文件）",
    "backup: the copy failed its checks and was removed: {problems}": "备份：副本未通过校验，已删除：{problems}",
    "restore refused: the backup {path} fails its checks: {problems}; nothing was changed":
        "拒绝恢复：备份 {path} 未通过校验：{problems}；未作任何更改",
    "restore refused: the current database could not be copied aside to {path} ({problems}); nothing was changed":
        "拒绝恢复：无法将当前数据库另存到 {path}（{problems}）；未作任何更改",
    "automatic backups: keep at least one (not {keep})": "自动备份：至少保留一份（不能为 {keep}）",
    "PostgreSQL backups need {tool}, which is not on the PATH: install the PostgreSQL client programs (or add "
    "their bin folder to PATH) and try again; nothing was written":
        "服务器数据库的备份需要 {tool}，但在程序搜索路径中找不到：请安装该数据库的客户端程序（或将其程序目录加入搜索路径）后重试；"
        "未写入任何文件",
    "{tool} failed: {message}": "{tool} 执行失败：{message}",
    "the backup folder {path} cannot be used: {os_error}": "备份文件夹 {path} 无法使用：{os_error}",
    # actions
    "back up the database": "备份数据库",
    "restore a backup": "恢复备份",
    "set the automatic backups": "设置自动备份",
    # the desk
    "Backup not written": "备份未写入",
    "Backup written": "备份已写入",
    "The backup was written and checked:\n%1\n\nAudit head: %2": "备份已写入并通过校验：\n%1\n\n审计链头：%2",
    "Back up the database": "备份数据库",
    "Automatic backups": "自动备份",
    "Choose...": "选择…",
    "Folder": "文件夹",
    "Backups kept": "保留份数",
    "Once a day the desk writes a checked backup into this folder and keeps the newest ones. Leave the folder "
    "empty for no automatic backup.": "工作台每天向此文件夹写入一份经校验的备份，并保留最新的若干份。文件夹留空则不自动备份。",
    "Backup folder": "备份文件夹",
    "Automatic backup failed: %1": "自动备份失败：%1",
    "Automatic backup written: %1": "自动备份已写入：%1",
    "&Back up...": "备份(&B)…",
    "&Settings": "设置(&S)",
    "&Automatic backups...": "自动备份(&A)…",
}
ZH.update({
    # first-run setup
    "first-run setup: this database has users already; administrators change its settings in Settings":
        "首次设置：该数据库已有用户；管理员请在“设置”中修改",
    "first-run setup: this is the demo database, which keeps its sample company":
        "首次设置：这是演示数据库，保留其示例公司",
    "first-run setup cannot finish: give real values for {fields}": "首次设置无法完成：请为以下各项填写真实内容：{fields}",
    "Set up the workstation": "设置工作台",
    "The lender": "放贷机构",
    "Printed on every contract and letter. Placeholders (XX, 某某) are refused.":
        "打印在每份合同和函件上。不接受占位内容（XX、某某）。",
    "Capital": "资本",
    "The lending capacity is the net capital plus the bank borrowing allowed.": "放贷能力为净资本加上允许的银行借款。",
    "Net capital (yuan)": "净资本（元）",
    "Bank borrowing (% of net capital, at most 50)": "银行借款（占净资本的百分比，最高 50）",
    "Products": "产品",
    "Tick the products in use and give each its rate within its band.": "勾选使用的产品，并在各自的利率区间内填写利率。",
    "Products in use": "使用的产品",
    "The first administrator": "首位管理员",
    "The administrator adds the other users.": "由管理员添加其他用户。",
    "User name": "用户名",
    "Full name": "姓名",
    "Password": "密码",
    "Backups": "备份",
    "Once a day the desk writes a checked backup into this folder; choose one on another disk.":
        "工作台每天向此文件夹写入一份经校验的备份；请选择另一块磁盘上的文件夹。",
    "Rate of %1": "%1 的利率",
    "Please give real values for: %1": "请填写真实内容：%1",
    "This database has no users yet. Create the first administrator with:\n\n%1":
        "该数据库尚无用户。请用以下命令创建首位管理员：\n\n%1",
})
ZH.update({
    # settings (administrators)
    "setting {key}: give a number from {lo} to {hi}": "设置项 {key}：请填写 {lo} 至 {hi} 之间的数字",
    "setting {key} is not one the settings screen changes": "设置项 {key} 不能在设置界面修改",
    "product {product_code}: the rates are refused: {reason}": "产品 {product_code}：利率不被接受：{reason}",
    "edit the settings": "修改设置",
    "Settings": "设置",
    "General": "常规",
    "Products and rates": "产品与利率",
    "Authority matrix": "审批权限表",
    "History": "变更记录",
    "When": "时间",
    "Who": "操作人",
    "What": "对象",
    "Change": "变更",
    "Lender details...": "放贷机构信息…",
    "Save settings": "保存设置",
    "Saved.": "已保存。",
    "Product": "产品",
    "In use": "使用中",
    "Rate": "利率",
    "Lowest rate": "最低利率",
    "Highest rate": "最高利率",
    "Save products": "保存产品",
    "Role": "角色",
    "Signs up to": "审批上限",
    "Two signatures above": "超过此额需双签",
    "any other": "其他产品",
    "Save authority matrix": "保存审批权限表",
    "Se&ttings...": "设置(&T)…",
    "Interview recordings kept (days)": "面谈录像保留天数",
    "Lock an idle desk after (minutes)": "工作台空闲锁定（分钟）",
    "Net capital (yuan)": "净资本（元）",
    "Bank borrowing (% of net capital)": "银行借款（占净资本的百分比）",
    "One borrower at most (% of net capital)": "单户上限（占净资本的百分比）",
    "Warn when lending reaches (% of capacity)": "贷款余额达到放贷能力的百分比时预警",
})
ZH.update({
    # branch server
    "a branch database is a PostgreSQL server: give --database postgresql://...":
        "分支机构数据库须为服务器数据库：请用数据库参数指定服务器地址",
    "the application's role name {role} is refused: lower-case letters, digits and _ only":
        "应用程序的数据库角色名 {role} 不被接受：只能使用小写字母、数字和下划线",
    "set up the branch database": "设置分支机构数据库",
})
ZH.update({
    "The database server cannot be reached. Keep this window open: what is on the screen stays, and the desk "
    "reconnects by itself when the server is back. What you type is kept on this computer until it can be saved.":
        "无法连接数据库服务器。请保持此窗口打开：屏幕上的内容会保留，服务器恢复后工作台会自动重新连接。"
        "您输入的内容会先保存在本机，待可以保存时再保存到服务器。",
})
ZH.update({
    "Restore a backup": "恢复备份",
    "Replace everything in the database by the backup\n%1?\n\nThe database as it is now is kept aside first.":
        "用备份\n%1\n替换数据库中的全部内容吗？\n\n当前数据库会先另行保存。",
    "Backup not restored": "备份未恢复",
    "Backup restored": "备份已恢复",
    "The database was restored from:\n%1\n\nThe database as it was is kept in:\n%2":
        "数据库已从以下备份恢复：\n%1\n\n恢复前的数据库保存在：\n%2",
    "&Restore a backup...": "恢复备份(&R)…",
})
ZH.update({"Warning rules...": "预警规则…"})
ZH.update({    # drafts kept on this computer (ui/drafts.py)
    "Save now": "立即保存",
    "Put my draft in the form": "将我的草稿填入表单",
    "Discard my draft": "放弃我的草稿",
    "A draft of this form typed on this computer at %1 was written over an older version; the record has changed "
    "on the server since. Both are kept: the form shows the server's version, your draft stays on this computer.":
        "本机于 %1 输入的此表单草稿基于较早的版本；此后服务器上的记录已被修改。两者均予保留：表单显示服务器上的版本，"
        "您的草稿仍保存在本机。",
    "Your draft typed on this computer at %1 is back in the form. It is not saved to the server yet.":
        "您于 %1 在本机输入的草稿已填回表单，尚未保存到服务器。",
    "The server cannot be reached: what you typed is kept on this computer (a draft, not saved to the server yet). "
    "It will be offered for saving when the server is back.":
        "无法连接服务器：您输入的内容已作为草稿保存在本机（尚未保存到服务器）。服务器恢复后会提示您保存。",
    "The server is back. Your draft is still only on this computer: save it now.":
        "服务器已恢复。您的草稿仍只保存在本机：请立即保存。",
    "The server is back. Your draft is still only on this computer: finish the step now.":
        "服务器已恢复。您的草稿仍只保存在本机：请现在完成此步骤。",
    "Your draft is in the form. Saving it replaces the server's newer version.":
        "您的草稿已填入表单。保存后将取代服务器上较新的版本。",
    "The database server cannot be reached: this was not saved. What you typed is kept on this computer (it is "
    "back when you open the form again); save it when the server is back.":
        "无法连接数据库服务器：本次未保存。您输入的内容已保存在本机（再次打开表单时会自动填回）；服务器恢复后请再保存。",
})
