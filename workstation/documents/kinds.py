"""The documents the desk prints, by kind: their Chinese names (the documents are in
Chinese whatever the interface language)."""

KIND_NAMES = {"contract": "借款合同", "guarantee": "联保协议", "schedule": "还款计划表", "statement": "还款对账单",
              "settlement": "结清证明", "approval_memo": "授信审批表", "decline_notice": "拒绝通知书",
              "receipt": "借款借据", "batch": "合并打印文件", "contract_draft": "借款合同（草稿）",
              "guarantee_draft": "联保协议（草稿）", "recall_notice": "提前收贷通知书",
              "collection_reminder": "还款提醒函", "collection_demand": "催收函",
              "portfolio_report": "资产组合月报"}
