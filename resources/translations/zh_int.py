"""Texts added while merging (the lead's integration branch)."""
ZH = {
    "ask for information": "要求补充资料",
    "assign warnings": "分派预警",
    "close a warning": "关闭预警",
    "record a call or visit": "记录电话或走访",
    "refuse a warning action": "驳回预警处置",
    "request a freeze": "申请冻结额度",
    "request a limit cut": "申请降低额度",
    "request an early recall": "申请提前收贷",
    "sign off a warning action": "签批预警处置",
    "read warnings": "查看预警",
    "evaluate warning rules": "运行预警规则",
    "import monitoring data": "导入监控数据",
    "edit the warning rules": "编辑预警规则",
    "generate demo monitoring data": "生成演示监控数据",
    "limit roles to masked copies": "限定角色仅可打印遮蔽副本",
    "record the orders behind an order loan": "登记订单贷款所对应的订单",
}
