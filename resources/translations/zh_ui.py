"""Chinese texts of the UI-layer work: the Score tab's "Score now" (a view never
writes), the sign-off evidence of an unscored case."""
ZH = {
    "Score now": "立即评分",
    "Score this case on its data now; the score, its inputs and an audit entry are stored with the case.":
        "按当前数据为本案件评分；评分、评分输入和一条审计记录随案件保存。",
    "This case is not scored yet.": "本案件尚未评分。",
    "Applications are scored when they are imported; Score now scores this one on its data today.":
        "申请在导入时评分；“立即评分”按今天的数据为本案件评分。",
    "Not scored yet": "尚未评分",
}
