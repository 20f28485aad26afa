"""Chinese texts of the build's part of issue 14 (start-up failure, About, the log file)."""
ZH = {
    "The desk cannot start": "工作台无法启动",
    "A part of the desk is missing or broken:\n\n%1": "工作台的某个组成部分缺失或已损坏：\n\n%1",
    "Loan Officer Workstation %1\n\nDatabase: %2\nLog file: %3": "信贷员工作台 %1\n\n数据库：%2\n日志文件：%3",
    "none (the log folder cannot be written)": "无（日志文件夹不可写）",
    "Something went wrong: %1\n\nThe details are in the log file:\n%2": "出现错误：%1\n\n详细信息见日志文件：\n%2",
    "A part of the desk is broken": "工作台的某个组成部分已损坏",
    "The case cannot be opened: a part of the desk is missing or broken:\n\n%1":
        "无法打开该案件：工作台的某个组成部分缺失或已损坏：\n\n%1",
}
