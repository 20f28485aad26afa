"""Chinese for the desk helper's texts: the scorecard, questionnaire and terms errors
(domain/error_texts.py), the non-modal Score unscored job, the start and the help."""
ZH = {
    # domain/scoring.ScorecardError
    "no scorecard version {version} ({file} is not installed): the scores computed with it cannot be shown or computed again; ask an administrator to reinstall the scorecard file":
        "评分卡版本 {version} 不存在（未安装文件 {file}）：用该版本计算的评分无法显示或重新计算。请联系管理员重新安装评分卡文件。",
    "the scorecard file {file} holds version {found}, not version {version}: ask an administrator to reinstall the scorecard file":
        "评分卡文件 {file} 中是版本 {found}，而不是版本 {version}。请联系管理员重新安装评分卡文件。",
    "this score was computed with scorecard version {scored}, not version {version}: score the case again":
        "该评分是用评分卡版本 {scored} 计算的，不是版本 {version}：请重新评分。",
    "the scorecard {file} cannot be used: {detail}; ask an administrator to reinstall the scorecard file":
        "评分卡 {file} 无法使用：{detail}。请联系管理员重新安装评分卡文件。",
    "the file is damaged (the details are in the log)": "文件已损坏（详情见日志）",
    # domain/interview.QuestionnaireError
    "no interview questionnaire {version} ({file} is not installed): ask an administrator to reinstall the questionnaire file":
        "面谈问卷 {version} 不存在（未安装文件 {file}）。请联系管理员重新安装问卷文件。",
    "the interview questionnaire {file} cannot be used: {detail}; ask an administrator to reinstall the questionnaire file":
        "面谈问卷 {file} 无法使用：{detail}。请联系管理员重新安装问卷文件。",
    "the interview questionnaire {version} has no question {question}: the answers were given to another version of the questionnaire":
        "面谈问卷 {version} 中没有第 {question} 题：这些回答是按另一版本的问卷填写的。",
    "question {question} of the interview questionnaire has no answer {option}: choose the answer again":
        "面谈问卷第 {question} 题没有选项 {option}：请重新选择答案。",
    "the answer {option} is not one of question {question}'s: choose the answer again":
        "所选答案 {option} 不是第 {question} 题的选项：请重新选择。",
    # domain/terms.TermsError
    "the terms are outside the product's bands: {problems}": "贷款条件超出产品允许的范围：{problems}",
    "the loan amount must be more than zero, not {amount}": "贷款金额必须大于零，而不是 {amount}。",
    "the product's penalty base {value} is not one of {choices}: an administrator corrects the product":
        "产品的罚息基数 {value} 不在 {choices} 之中：请管理员更正产品设置。",
    "the product's repayment order {value} does not list each of {choices} once: an administrator corrects the product":
        "产品的还款冲抵顺序 {value} 没有把 {choices} 各列一次：请管理员更正产品设置。",
    "a bullet loan needs its term in days": "到期一次还本付息的贷款需要以天数表示的期限。",
    "a monthly repayment method needs its term in months": "按月还款的方式需要以月数表示的期限。",
    "the product's penalty multiplier {multiplier} or highest annual cost {max_cost}% is out of range: an administrator corrects the product":
        "产品的罚息倍数 {multiplier} 或最高年化成本 {max_cost}% 超出允许范围：请管理员更正产品设置。",
    "the repayment schedule needs a first day": "还款计划需要起始日。",
    "the stored terms cannot be read: {detail}": "已保存的贷款条件无法读取：{detail}",
    "the record is damaged (the details are in the log)": "记录已损坏（详情见日志）",
    # Tools > Score unscored applications (ui/score_job.py)
    "Scoring: %n application(s) scored so far": "评分中：已为 %n 笔申请评分",
    "Scoring cancelled: %n application(s) scored and kept; the rest have no score yet":
        "评分已取消：已评分的 %n 笔申请已保存，其余申请尚无评分",
    # the sign-in window at a cold start (ui/signin.py)
    "Opening the database...": "正在打开数据库……",
    # Help pages (ui/help.py)
    "The &portfolio": "资产组合(&P)",
    "The portfolio": "资产组合",
    "&After the loan: warnings, collections, blacklist, good borrowers": "贷后(&A)：预警、催收、黑名单、优质客户",
    "After the loan": "贷后",
    "&Operations: backups, setup, settings, branch server": "运维(&O)：备份、初始设置、系统设置、分支机构服务器",
    "Operations": "运维",
}
