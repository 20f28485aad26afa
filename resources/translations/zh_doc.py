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
