<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="25" />
        <source>Call note</source>
        <translation>电话记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="25" />
        <source>Visit note</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="26" />
        <source>Ask for information</source>
        <translation>要求补充资料</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="26" />
        <source>Close as false alarm</source>
        <translation>误报关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="27" />
        <source>Request: freeze the line</source>
        <translation>申请：冻结额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="27" />
        <source>Request: reduce the limit</source>
        <translation>申请：压降额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="28" />
        <source>Request: early recall</source>
        <translation>申请：提前收贷</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="28" />
        <source>Sign the request</source>
        <translation>签批申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="29" />
        <source>Refuse the request</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="30" />
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="30" />
        <source>What was seen</source>
        <translation>走访所见</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="31" />
        <source>What is asked for</source>
        <translation>要求补充的资料</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="31" />
        <source>Comment (optional)</source>
        <translation>意见（可不填）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="45" />
        <source>Current limit</source>
        <translation>当前额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="46" />
        <source>New limit</source>
        <translation>新额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="48" />
        <source>Whole balance due on</source>
        <translation>全部余额到期日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="49" />
        <source>A supervisor signs the recall; then the notice can be printed.</source>
        <translation>提前收贷经主管签批后，方可打印通知书。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="51" />
        <source>Another supervisor must sign before this takes effect.</source>
        <translation>须经另一位主管签批后生效。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="52" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="54" />
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="70" />
        <source>Write the reason (or the note): it is required.</source>
        <translation>请填写原因（或记录），此项必填。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_dialogs.py" line="84" />
        <source>Type your password to sign.</source>
        <translation>请输入密码以签批。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="479" />
        <source>activate or deactivate users</source>
        <translation>启用或停用用户</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="480" />
        <source>add interview addenda</source>
        <translation>添加面谈补充说明</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="481" />
        <source>add users</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="482" />
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="483" />
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="484" />
        <source>attach recordings</source>
        <translation>添加录像</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="485" />
        <source>build the demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="486" />
        <source>claim cases</source>
        <translation>领取案件</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="487" />
        <source>decline cases</source>
        <translation>拒绝案件</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="488" />
        <source>disburse a loan</source>
        <translation>放款</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="489" />
        <source>draw on a credit line</source>
        <translation>从循环额度提款</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="490" />
        <source>edit the authority matrix</source>
        <translation>修改审批权限表</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="491" />
        <source>edit the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="492" />
        <source>form a joint-guarantee group</source>
        <translation>组建联保小组</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="493" />
        <source>freeze or unfreeze a credit line</source>
        <translation>冻结或解冻额度</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="494" />
        <source>import applications</source>
        <translation>导入申请</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="495" />
        <source>import repayments</source>
        <translation>导入还款</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="496" />
        <source>list every printed document</source>
        <translation>查看全部已打印文书</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="497" />
        <source>list users</source>
        <translation>查看用户列表</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="498" />
        <source>open recordings</source>
        <translation>打开录像</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="499" />
        <source>post a held repayment</source>
        <translation>挂账还款入账</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="500" />
        <source>post a repayment</source>
        <translation>还款入账</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="501" />
        <source>print documents</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="502" />
        <source>purge recordings</source>
        <translation>清除录像</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="503" />
        <source>re-key the audit chain</source>
        <translation>更换审计链密钥</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="504" />
        <source>read the audit entries of this kind of record</source>
        <translation>查看此类记录的审计日志</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="505" />
        <source>read the audit head</source>
        <translation>查看审计链头</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="506" />
        <source>read the authority matrix</source>
        <translation>查看审批权限表</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="507" />
        <source>reassign cases</source>
        <translation>改派案件</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="508" />
        <source>recommend limits</source>
        <translation>提出授信建议</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="509" />
        <source>reconcile the loan book</source>
        <translation>核对贷款账簿</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="510" />
        <source>record a contract</source>
        <translation>登记合同</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="511" />
        <source>record a demand to a group member</source>
        <translation>登记向小组成员的代偿要求</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="512" />
        <source>record consents</source>
        <translation>登记同意</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="513" />
        <source>record information received</source>
        <translation>登记已收到补充资料</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="514" />
        <source>record interviews</source>
        <translation>记录面谈</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="515" />
        <source>record the audit head</source>
        <translation>记录审计链头</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="516" />
        <source>request a policy exception</source>
        <translation>申请政策例外</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="517" />
        <source>request information</source>
        <translation>要求补充资料</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="518" />
        <source>reset passwords</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="519" />
        <source>return a held repayment</source>
        <translation>退回挂账还款</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="520" />
        <source>reverse a posting</source>
        <translation>冲正记账</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="521" />
        <source>review cases for sign-off</source>
        <translation>审阅待审批案件</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="522" />
        <source>run end of day</source>
        <translation>执行日终</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="523" />
        <source>score applications in bulk</source>
        <translation>批量评分</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="524" />
        <source>see the sign-off queue</source>
        <translation>查看待签署队列</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="525" />
        <source>seed reference data</source>
        <translation>初始化参考数据</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="526" />
        <source>set the automatic backups</source>
        <translation>设置自动备份</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="527" />
        <source>set up the branch database</source>
        <translation>设置分支机构数据库</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="528" />
        <source>seed the authority matrix</source>
        <translation>初始化审批权限表</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="529" />
        <source>set the lender's details</source>
        <translation>设置贷款人信息</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="530" />
        <source>sign off</source>
        <translation>审批签署</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="531" />
        <source>submit for sign-off</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="532" />
        <source>verify the audit chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="533" />
        <source>waive interest or penalty</source>
        <translation>减免利息或罚息</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="534" />
        <source>withdraw a policy exception</source>
        <translation>撤回政策例外</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="535" />
        <source>write off a loan</source>
        <translation>核销贷款</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="536" />
        <source>score a case</source>
        <translation>为案件评分</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="537" />
        <source>open the portfolio</source>
        <translation>查看资产组合</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="538" />
        <source>record the portfolio</source>
        <translation>记录资产组合</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="539" />
        <source>view a loan</source>
        <translation>查看借款</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="540" />
        <source>confirm a credit restoration</source>
        <translation>确认信用修复</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="541" />
        <source>plan a credit restoration</source>
        <translation>制定信用修复计划</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="542" />
        <source>propose a blacklist listing</source>
        <translation>提请列入黑名单</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="543" />
        <source>read the blacklist</source>
        <translation>查看黑名单</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="544" />
        <source>sign blacklist listings</source>
        <translation>签批黑名单列入</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="545" />
        <source>print collection letters</source>
        <translation>打印催收函件</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="546" />
        <source>log collection contacts</source>
        <translation>登记催收联系</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="547" />
        <source>read the collections queue</source>
        <translation>查看催收队列</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="548" />
        <source>record promises to pay</source>
        <translation>登记还款承诺</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="549" />
        <source>write a deduction request file</source>
        <translation>生成扣款申请文件</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="550" />
        <source>open an application</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="551" />
        <source>read good borrowers</source>
        <translation>查看优质客户</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="552" />
        <source>ask for information</source>
        <translation>要求补充资料</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="553" />
        <source>assign warnings</source>
        <translation>分派预警</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="554" />
        <source>close a warning</source>
        <translation>关闭预警</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="555" />
        <source>record a call or visit</source>
        <translation>记录电话或走访</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="556" />
        <source>refuse a warning action</source>
        <translation>驳回预警处置</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="557" />
        <source>request a freeze</source>
        <translation>申请冻结额度</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="558" />
        <source>request a limit cut</source>
        <translation>申请降低额度</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="559" />
        <source>request an early recall</source>
        <translation>申请提前收贷</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="560" />
        <source>sign off a warning action</source>
        <translation>签批预警处置</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="561" />
        <source>read warnings</source>
        <translation>查看预警</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="562" />
        <source>evaluate warning rules</source>
        <translation>运行预警规则</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="563" />
        <source>import monitoring data</source>
        <translation>导入监控数据</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="564" />
        <source>edit the warning rules</source>
        <translation>编辑预警规则</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="565" />
        <source>generate demo monitoring data</source>
        <translation>生成演示监控数据</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="566" />
        <source>limit roles to masked copies</source>
        <translation>限定角色仅可打印遮蔽副本</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="567" />
        <source>record the orders behind an order loan</source>
        <translation>登记订单贷款所对应的订单</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="110" />
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="114" />
        <source>officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="115" />
        <source>supervisor</source>
        <translation>审批主管</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="116" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="118" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="127" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="128" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="129" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="130" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="131" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="21" />
        <source>Type an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="22" />
        <source>Write the amount in digits, without an exponent (1000, not 1e3).</source>
        <translation>请用数字填写金额，不要用科学计数法（写 1000，不写 1e3）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="23" />
        <source>An amount has no underscores.</source>
        <translation>金额中不能有下划线。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="24" />
        <source>Use a decimal point, not a comma (1.50, not 1,50).</source>
        <translation>小数请用小数点，不用逗号（写 1.50，不写 1,50）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="25" />
        <source>Thousands separators are not allowed here.</source>
        <translation>此处不允许使用千位分隔符。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="26" />
        <source>Thousands separators must group three digits (1,234,567.89).</source>
        <translation>千位分隔符须每三位一组（如 1,234,567.89）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="27" />
        <location filename="../../workstation/ui/amounts.py" line="28" />
        <source>Not an amount: use digits with at most two decimals</source>
        <translation>不是金额：请输入数字，最多两位小数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="29" />
        <source>At most two decimals (to the fen).</source>
        <translation>最多两位小数（精确到分）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="30" />
        <source>The amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="31" />
        <source>Type the amount without a sign.</source>
        <translation>金额前请勿加正负号。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="32" />
        <source>The amount is beyond the largest allowed.</source>
        <translation>金额超过允许的上限。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="33" />
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="48" />
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workstation/ui/app.py" line="97" />
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="102" />
        <source>Creating merchants and applications</source>
        <translation>创建商户与申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="103" />
        <source>Deciding cases through the desk's services</source>
        <translation>通过工作台服务完成案件决策</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="104" />
        <source>Opening and servicing the demo loans</source>
        <translation>开立并管理演示贷款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="105" />
        <source>Running end of day to today</source>
        <translation>执行日终处理至今天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="106" />
        <source>Scoring the open cases</source>
        <translation>为在办案件评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="123" />
        <source>Creating the demo database with %1 applications...</source>
        <translation>正在创建含 %1 笔申请的演示数据库……</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="125" />
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="203" />
        <source>The database cannot be opened:

%1</source>
        <translation>无法打开数据库：

%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="204" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="216" />
        <source>This database has no users yet. Create the first administrator with:

%1</source>
        <translation>此数据库还没有用户。请先用以下命令创建第一个管理员：

%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="217" />
        <source>No users</source>
        <translation>没有用户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="260" />
        <source>The desk cannot start</source>
        <translation>工作台无法启动</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="261" />
        <source>A part of the desk is missing or broken:

%1</source>
        <translation>工作台的某个组成部分缺失或已损坏：

%1</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="19" />
        <source>status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="20" />
        <source>claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="21" />
        <source>reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="22" />
        <source>unmask</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="23" />
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="24" />
        <source>interview started</source>
        <translation>面谈开始</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="25" />
        <source>interview submitted</source>
        <translation>面谈提交</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="26" />
        <source>interview addendum</source>
        <translation>面谈补充说明</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="27" />
        <source>consent recorded</source>
        <translation>登记同意</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="28" />
        <source>recording attached</source>
        <translation>添加录像</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="29" />
        <source>recording opened</source>
        <translation>打开录像</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="30" />
        <source>recording purged</source>
        <translation>清除录像</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="31" />
        <source>recommendation</source>
        <translation>授信建议</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="32" />
        <source>sign-off</source>
        <translation>审批签署</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="33" />
        <source>exception requested</source>
        <translation>申请例外</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="34" />
        <source>exception withdrawn</source>
        <translation>撤回例外</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="35" />
        <source>exception granted</source>
        <translation>批准例外</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="36" />
        <source>document printed</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="37" />
        <source>document frozen at signing</source>
        <translation>签署时固定文书</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="38" />
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="39" />
        <source>contract recorded</source>
        <translation>登记合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="40" />
        <source>disbursement</source>
        <translation>放款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="41" />
        <source>repayment</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="42" />
        <source>reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="43" />
        <source>waiver</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="44" />
        <source>write-off</source>
        <translation>核销</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="50" />
        <source>comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="48" />
        <source>from status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="49" />
        <source>to status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="51" />
        <source>explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="52" />
        <source>officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="53" />
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="54" />
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="55" />
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="56" />
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="57" />
        <source>interview</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="58" />
        <source>outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="59" />
        <source>discrepancies</source>
        <translation>不一致项</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="60" />
        <source>masking</source>
        <translation>掩饰倾向</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="61" />
        <source>consistency</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="62" />
        <source>red flags</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="63" />
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="64" />
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="65" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="66" />
        <source>repayment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="67" />
        <source>term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="68" />
        <source>term (days)</source>
        <translation>期限（天）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="69" />
        <source>daily rate</source>
        <translation>日利率</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="70" />
        <source>warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="71" />
        <source>decision</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="72" />
        <source>recommendation version</source>
        <translation>授信建议版本</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="73" />
        <source>limit</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="74" />
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="75" />
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="76" />
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="77" />
        <source>document number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="78" />
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="79" />
        <source>value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="81" />
        <source>approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="82" />
        <source>approved lower</source>
        <translation>降额同意</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="83" />
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="84" />
        <source>declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_history.py" line="129" />
        <source>%1% per day</source>
        <translation>日利率 %1%</translation>
    </message>
</context>
<context>
    <name>AutoBackupDialog</name>
    <message>
        <location filename="../../workstation/ui/operations/operations_backup.py" line="86" />
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_backup.py" line="89" />
        <source>Choose...</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_backup.py" line="95" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_backup.py" line="96" />
        <source>Backups kept</source>
        <translation>保留份数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_backup.py" line="102" />
        <source>Once a day the desk writes a checked backup into this folder and keeps the newest ones. Leave the folder empty for no automatic backup.</source>
        <translation>工作台每天向此文件夹写入一份经校验的备份，并保留最新的若干份。文件夹留空则不自动备份。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_backup.py" line="110" />
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="39" />
        <source>Batch print</source>
        <translation>批量打印</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="41" />
        <source>Statements for a month</source>
        <translation>某月对账单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="41" />
        <source>Contracts signed on a day</source>
        <translation>某日签署的合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="42" />
        <source>Schedules for contracts</source>
        <translation>指定合同的还款计划</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="48" />
        <source>NO,NO,...</source>
        <translation>合同编号,合同编号,…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="55" />
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="60" />
        <source>One merged PDF</source>
        <translation>合并为一个 PDF</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="62" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="63" />
        <source>For</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="64" />
        <source>Into folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="70" />
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="71" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="72" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="108" />
        <source>Month %1: end of day has run only through %2; no day of the month is in the books yet.</source>
        <translation>%1 月：日终处理仅运行至 %2，本月尚无已入账的日期，暂不能出具对账单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="116" />
        <source>Nothing to print: no loan matches.</source>
        <translation>没有可打印的内容：没有符合条件的贷款。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="137" />
        <source>Cancelling after the document being printed...</source>
        <translation>当前文件打印完后即取消……</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="144" />
        <source>Reading %1 of %2</source>
        <translation>正在读取第 %1 份，共 %2 份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="144" />
        <source>Printing %1 of %2</source>
        <translation>正在打印第 %1 份，共 %2 份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="155" />
        <source>Printed %1 of %2.</source>
        <translation>已打印 %1 份，共 %2 份。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="158" />
        <source>Cancelled: the documents printed so far are kept and recorded.</source>
        <translation>已取消：已打印的文件予以保留并已记录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="160" />
        <source>Merged file: %1</source>
        <translation>合并文件：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="162" />
        <source>FAILED %1: %2</source>
        <translation>失败 %1：%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="164" />
        <source>Skipped %1 document(s) of cases you may not open: %2</source>
        <translation>已跳过 %1 份无权查看案件的文书：%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_batch.py" line="178" />
        <source>Folder for the PDFs</source>
        <translation>PDF 输出文件夹</translation>
    </message>
</context>
<context>
    <name>BlacklistDesk</name>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="70" />
        <source>Search: name, listing number, or an identifier</source>
        <translation>搜索：名称、名单编号或证件号码等</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="74" />
        <source>Listing</source>
        <translation>名单编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="74" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="74" />
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="98" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="74" />
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="99" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="75" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="75" />
        <source>Published</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="92" />
        <source>Propose listing</source>
        <translation>提交列入申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="94" />
        <source>Propose a listing (a second person signs it)</source>
        <translation>提请列入黑名单（须由另一人复核签批）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="96" />
        <source>Name (company or person)</source>
        <translation>名称（企业或个人）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="96" />
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="198" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="97" />
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="198" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="97" />
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="199" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="98" />
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="200" />
        <source>Payment account</source>
        <translation>支付账户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="99" />
        <source>Evidence (what proves it)</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="106" />
        <source>Comment, or the reason for a refusal</source>
        <translation>意见，或驳回理由</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="107" />
        <source>Sign</source>
        <translation>签批</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="108" />
        <source>Refuse</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="114" />
        <source>One condition a line, e.g. repay everything owed</source>
        <translation>每行一个条件，例如：结清全部欠款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="118" />
        <source>Add restoration plan</source>
        <translation>添加信用修复计划</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="122" />
        <source>Conditions met: lift</source>
        <translation>条件已达成：移出名单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="125" />
        <source>Credit restoration</source>
        <translation>信用修复</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="127" />
        <source>Restoration conditions</source>
        <translation>修复条件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="131" />
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="135" />
        <source>Met on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="195" />
        <source>No listing selected</source>
        <translation>未选择名单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="202" />
        <source>Reason: %1; source: %2</source>
        <translation>原因：%1；来源：%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="203" />
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="204" />
        <source>Proposed by %1 on %2</source>
        <translation>%1 于 %2 提请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="206" />
        <source>Decided by %1%2</source>
        <translation>%1 复核%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="209" />
        <source>Malicious-default mark published on %1</source>
        <translation>恶意违约标识已于 %1 公示</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="211" />
        <source>Restoration plan (by %1, %2): %3</source>
        <translation>信用修复计划（期限 %1，%2）：%3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="212" />
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="212" />
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="215" />
        <source>Lifted on %1: %2</source>
        <translation>已于 %1 移出：%2</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../workstation/ui/case/case_file.py" line="42" />
        <source>Refresh case</source>
        <translation>刷新案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_file.py" line="57" />
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_file.py" line="58" />
        <source>Platform data</source>
        <translation>平台数据</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_file.py" line="59" />
        <source>Declared vs platform</source>
        <translation>申报与平台对比</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_file.py" line="62" />
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_file.py" line="63" />
        <source>Policy and related</source>
        <translation>政策与关联</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_file.py" line="64" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_file.py" line="96" />
        <source>%1  %2  -  %3  -  asks %4  -  %5</source>
        <translation>%1  %2  -  %3  -  申请 %4  -  %5</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_file.py" line="99" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
<message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="58" />
        <source>Record contract signing...</source>
        <translation>登记合同签署…</translation>
    </message><message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="60" />
        <source>Disburse...</source>
        <translation>放款…</translation>
    </message><message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="77" />
        <source>This application has no approved offer.</source>
        <translation>本申请没有已批准的授信。</translation>
    </message><message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="94" />
        <source>No contract is recorded for this application.</source>
        <translation>本申请尚未登记借款合同。</translation>
    </message><message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="103" />
        <source>Cannot disburse</source>
        <translation>无法放款</translation>
    </message></context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="147" />
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="152" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="153" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="154" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="166" />
        <source>The new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>CollectionDetail</name>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="60" />
        <source>What was said (optional)</source>
        <translation>沟通内容（可选）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="62" />
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="67" />
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="73" />
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="92" />
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="78" />
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="62" />
        <source>Record promise</source>
        <translation>记录承诺</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="84" />
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="86" />
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="93" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="88" />
        <source>by</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="91" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="91" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="91" />
        <source>Person reached</source>
        <translation>联系对象</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="91" />
        <source>Result of the contact</source>
        <translation>联系结果</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="92" />
        <source>Officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="93" />
        <source>Promised on</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="93" />
        <source>Due by</source>
        <translation>承诺还款日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="93" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="94" />
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="63" />
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="212" />
        <source>Reminder letter</source>
        <translation>还款提醒函</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="63" />
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="212" />
        <source>Formal demand (催收函)</source>
        <translation>催收函</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="101" />
        <source>Contact log</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="103" />
        <source>Promises to pay</source>
        <translation>还款承诺</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="116" />
        <source>Select an overdue loan</source>
        <translation>请选择一笔逾期贷款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="128" />
        <source>%1 days past due (bucket %2)</source>
        <translation>逾期 %1 天（%2）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="130" />
        <source>Overdue principal %1, overdue interest %2, penalty %3: overdue in all %4</source>
        <translation>逾期本金 %1，逾期利息 %2，罚息 %3，逾期合计 %4</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="133" />
        <source>Principal outstanding %1; figures as of the last end of day (%2)</source>
        <translation>未还本金 %1；金额截至最近一次日终（%2）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="148" />
        <source>Contact hours %1:00-%2:00 (Beijing time); attempts today %3 of %4.</source>
        <translation>联系时间 %1:00-%2:00（北京时间）；今日已联系 %3 次，上限 %4 次。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="152" />
        <source>Outside the contact hours now.</source>
        <translation>当前不在可联系时间内。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="154" />
        <source>No more attempts today.</source>
        <translation>今日联系次数已满。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="189" />
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
</context>
<context>
    <name>CollectionsDesk</name>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="227" />
        <source>Search: contract number, merchant</source>
        <translation>搜索：合同编号、商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="229" />
        <source>Deduction file...</source>
        <translation>代扣文件...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="249" />
        <source>All overdue (%1)</source>
        <translation>全部逾期（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="261" />
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n 笔贷款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="267" />
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="276" />
        <source>Deduction request file</source>
        <translation>代扣请求文件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="268" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="277" />
        <source>Batch %1: %2 line(s), %3 yuan in all, written to %4.</source>
        <translation>批次 %1：共 %2 笔，合计 %3 元，已写入 %4。</translation>
    </message>
</context>
<context>
    <name>CollectionsModel</name>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_model.py" line="40" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_model.py" line="40" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_model.py" line="40" />
        <source>Bucket</source>
        <translation>逾期阶段</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_model.py" line="40" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_model.py" line="41" />
        <source>Overdue (yuan)</source>
        <translation>逾期金额（元）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_model.py" line="41" />
        <source>Principal outstanding</source>
        <translation>未还本金</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_model.py" line="41" />
        <source>Promise due</source>
        <translation>承诺还款日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_model.py" line="42" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
</context>
<context>
    <name>ConfirmDisbursement</name>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="206" />
        <source>Confirm the disbursement</source>
        <translation>确认放款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="209" />
        <source>Check the amount and the account with the borrower's file before paying out.</source>
        <translation>放款前请对照借款人档案核对金额和收款账户。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="214" />
        <source>Pay out %1</source>
        <translation>确认放款 %1</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="28" />
        <source>Record contract signing</source>
        <translation>登记合同签署</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="30" />
        <source>Approved amount</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="31" />
        <source>Offer valid until</source>
        <translation>授信有效期至</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="35" />
        <source>Online (e-signature)</source>
        <translation>线上（电子签名）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="35" />
        <source>Mobile app</source>
        <translation>手机App</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="36" />
        <source>At the branch</source>
        <translation>网点现场</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="38" />
        <source>assigned automatically</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="39" />
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="40" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="41" />
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
</context>
<context>
    <name>Decide</name>
    <message>
        <location filename="../../workstation/ui/case/decide_common.py" line="33" />
        <source>Hard policy rules fail: %1.</source>
        <translation>未通过硬性政策规则：%1。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/decide_common.py" line="40" />
        <source>requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/decide_common.py" line="41" />
        <source>granted</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/decide_common.py" line="42" />
        <source>refused</source>
        <translation>已否决</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/decide_common.py" line="43" />
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/decide_common.py" line="46" />
        <source>Exception to %1 (%2), requested by %3 on %4: %5</source>
        <translation>%1例外（%2），%3于%4申请：%5</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/decide_common.py" line="51" />
        <source>Granted by %1 on %2.</source>
        <translation>%1于%2批准。</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="352" />
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="360" />
        <source>comment</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DisburseDialog</name>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="77" />
        <source>Disburse the rest of the contract</source>
        <translation>发放合同剩余金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="78" />
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="157" />
        <source>Disburse the loan</source>
        <translation>发放贷款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="80" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="81" />
        <source>Contracted amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="83" />
        <source>Already paid out</source>
        <translation>已放款金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="84" />
        <source>Available to disburse</source>
        <translation>可放款金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="86" />
        <source>Offer valid until</source>
        <translation>授信有效期至</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="96" />
        <source>Another account (needs a reason and a supervisor)...</source>
        <translation>其他账户（须填写理由并经审批主管批准）…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="99" />
        <source>account or card number in full</source>
        <translation>完整的账号或卡号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="104" />
        <source>Value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="105" />
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="106" />
        <source>Destination account</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="107" />
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="162" />
        <source>Other account</source>
        <translation>其他账户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="107" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="108" />
        <source>Supervisor's user name</source>
        <translation>主管用户名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="109" />
        <source>Supervisor's password</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="132" />
        <source>Amount: write digits with at most two decimals, e.g. 200000.00.</source>
        <translation>金额：请填写数字，最多两位小数，例如 200000.00。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="134" />
        <source>Amount: must be more than zero and at most %1.</source>
        <translation>金额：须大于零且不超过 %1。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="138" />
        <source>Value date: the offer expired on %1; nothing more can be paid out after it.</source>
        <translation>放款日期：批复已于%1到期，此后不得再发放。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="141" />
        <source>Value date: must not be before the contract was signed (%1).</source>
        <translation>起息日：不得早于合同签署日（%1）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="145" />
        <source>Other account: write the account or card number in full.</source>
        <translation>其他账户：请填写完整的账号或卡号。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="147" />
        <source>Other account: a masked number cannot receive money; write it in full.</source>
        <translation>其他账户：掩码号码不能收款，请填写完整号码。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="149" />
        <source>Reason: say why the money goes to an account not on the borrower's list.</source>
        <translation>原因：请说明为何放款至借款人已核实账户以外的账户。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/disburse_dialog.py" line="151" />
        <source>A supervisor must approve another account: user name and password.</source>
        <translation>其他账户须经审批主管批准：请输入主管的用户名和密码。</translation>
    </message>
<message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="27" /><source>Choose the account the money goes to.</source><translation>请选择收款账户。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="28" /><source>The account is stored masked (with *): money cannot be sent to it. Choose another account.</source><translation>该账户以掩码形式（含 *）保存，不能向其放款。请选择其他账户。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="30" /><source>An account not on the borrower's verified list needs a reason.</source><translation>放款至借款人已核实账户以外的账户，须填写原因。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="31" /><source>An account not on the borrower's verified list needs a supervisor: enter the supervisor's user name and password.</source><translation>放款至借款人已核实账户以外的账户，须经审批主管批准：请输入主管的用户名和密码。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="33" /><source>The supervisor's user name or password is wrong.</source><translation>主管的用户名或密码错误。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="34" /><source>The person approving is not a supervisor.</source><translation>批准人不是审批主管。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="35" /><source>The supervisor approving another account must be someone other than you.</source><translation>批准其他账户的主管不能是您本人。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="36" /><source>This loan no longer exists.</source><translation>该笔贷款已不存在。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="37" /><source>The account number is too long (at most 60 characters).</source><translation>账号过长（最多 60 个字符）。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="44" /><source>Nothing more can be paid out under this contract: the case is no longer disbursed.</source><translation>本合同项下不能再发放：该案件已不处于已放款状态。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="46" /><source>This is a revolving line: draw on it from the loan screen.</source><translation>这是循环额度，请在贷款页面提款。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="183" /><source>Amount</source><translation>金额</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="184" /><source>Amount in words</source><translation>大写金额</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="185" /><source>To account</source><translation>收款账户</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="192" /><source>%1 of the limit remains and can be drawn until the line expires.</source><translation>额度尚余 %1，可在额度到期日前支用。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="194" /><source>%1 of the contracted amount remains undisbursed. It can be paid out later under this contract, as a further tranche, until the offer expires on %2.</source><translation>合同金额尚有%1未发放，可在批复有效期（至%2）内依本合同另行分笔发放。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="38" /><source>The offer expired on %1: the rest of the contracted amount can no longer be paid out.</source><translation>批复已于%1到期，合同剩余金额不能再发放。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="40" /><source>The amount must be more than zero and at most %1, what is left of the contract.</source><translation>金额须大于零且不超过合同剩余可发放金额%1。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="42" /><source>The value date must not be before the last disbursement under this contract (%1).</source><translation>放款日期不得早于本合同项下上一笔放款日期（%1）。</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="55" /><source>stored masked: cannot be used</source><translation>以掩码形式保存，不可使用</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="55" /><source>not real-name verified</source><translation>未实名认证</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="56" /><source>not a listed bank</source><translation>非名录内银行</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="56" /><source>none on record</source><translation>未登记</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="181" /><source>Disbursement no.</source><translation>放款笔次</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="188" /><source>Reason for another account</source><translation>使用其他账户的原因</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="189" /><source>Approved by</source><translation>批准人</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="196" /><source>Remaining</source><translation>剩余</translation></message><message><location filename="../../workstation/ui/loans/disburse_dialog.py" line="181" /><source>%1 (a further tranche with its own receipt and schedule)</source><translation>第%1笔（另出具借款借据及还款计划）</translation></message></context>
<context>
    <name>DocumentAccessDialog</name>
    <message>
        <location filename="../../workstation/ui/documents/documents_access.py" line="36" />
        <source>Document access</source>
        <translation>文书权限</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_access.py" line="37" />
        <source>Roles ticked here print contracts and guarantee agreements only as masked copies: ID and phone numbers partly hidden, marked as a masked copy, never the signed original. Applies to single prints, batches and the command line.</source>
        <translation>勾选的角色打印借款合同和联保协议时只能得到遮蔽副本：身份证号码和电话部分隐藏，标注“遮蔽副本”，不作为签署原件。单份打印、批量打印和命令行均适用。</translation>
    </message>
<message><location filename="../../workstation/ui/documents/documents_access.py" line="27" /><source>Only loan officers and supervisors can be limited to masked copies.</source><translation>只有信贷员和审批主管可以被限定为只能打印遮蔽副本。</translation></message><message><location filename="../../workstation/ui/documents/documents_access.py" line="58" /><source>&amp;Document access...</source><translation>文书权限(&amp;A)…</translation></message><message><location filename="../../workstation/ui/documents/documents_access.py" line="23" /><source>Loan officers</source><translation>信贷员</translation></message><message><location filename="../../workstation/ui/documents/documents_access.py" line="23" /><source>Supervisors</source><translation>审批主管</translation></message></context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../workstation/ui/documents/documents_panel.py" line="54" />
        <source>&amp;Open (print to preview)</source>
        <translation>打开（打印预览）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_panel.py" line="61" />
        <source>Statement period</source>
        <translation>对账期间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_panel.py" line="67" />
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_panel.py" line="67" />
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_panel.py" line="67" />
        <source>Document number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_panel.py" line="68" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_panel.py" line="68" />
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_panel.py" line="74" />
        <source>Documents for this case</source>
        <translation>本案文件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_panel.py" line="78" />
        <source>Printed before</source>
        <translation>打印记录</translation>
    </message>
<message><location filename="../../workstation/ui/documents/documents_panel.py" line="159" /><source>Documents</source><translation>文书</translation></message><message><location filename="../../workstation/ui/documents/documents_panel.py" line="164" /><source>&amp;Documents</source><translation>文书(&amp;D)</translation></message><message><location filename="../../workstation/ui/documents/documents_panel.py" line="172" /><source>&amp;Batch print...</source><translation>批量打印(&amp;B)…</translation></message></context>
<context>
    <name>DrillModel</name>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_model.py" line="63" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_model.py" line="63" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_model.py" line="63" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_model.py" line="63" />
        <source>Disbursed on</source>
        <translation>放款日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_model.py" line="64" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_model.py" line="64" />
        <source>Principal outstanding</source>
        <translation>在贷本金</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_model.py" line="64" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workstation/ui/errors.py" line="29" />
        <source>Your account is locked. Your session has ended: ask an administrator, or sign in again once the lock has expired.</source>
        <translation>您的账户已被锁定，本次会话已结束：请联系管理员，或在锁定解除后重新登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="33" />
        <source>Your roles were changed by an administrator. Your session has ended: sign in again.</source>
        <translation>管理员已更改您的角色，本次会话已结束：请重新登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="35" />
        <source>Your account was deactivated by an administrator. Your session has ended.</source>
        <translation>管理员已停用您的账户，本次会话已结束。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="44" />
        <source>This case belongs to another team: you may not open it, its loan or its documents.</source>
        <translation>该案件属于其他团队：您无权查看该案件及其贷款和文件。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="49" />
        <source>The database stayed busy with other jobs. Nothing of this step was saved: run it again.</source>
        <translation>数据库一直忙于其他作业，本步骤未保存任何内容：请重新运行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="54" />
        <source>Wrong user name or password, or the account is locked. %1 failures in a row lock an account for %2 minutes.</source>
        <translation>用户名或密码错误，或账户已锁定。连续失败 %1 次将锁定账户 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="62" />
        <source>You may not do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="75" />
        <source>This cannot be done. The details are in the log.</source>
        <translation>无法执行此操作。详情已写入日志。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="80" />
        <source>The database server cannot be reached: this was not saved. What you typed is kept on this computer (it is back when you open the form again); save it when the server is back.</source>
        <translation>无法连接数据库服务器：本次未保存。您输入的内容已保存在本机（再次打开表单时会自动填回）；服务器恢复后请再保存。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="100" />
        <location filename="../../workstation/ui/errors.py" line="109" />
        <source>Cannot do this</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="115" />
        <source>Something went wrong: %1

The details are in the log file:
%2</source>
        <translation>出现错误：%1

详细信息见日志文件：
%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="118" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="117" />
        <source>Something went wrong: %1

The details are in the log.</source>
        <translation>出现错误：%1

详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="381" />
        <source>Request an exception to a hard rule</source>
        <translation>申请硬性规则例外</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="385" />
        <source>why the case should go ahead despite the rule</source>
        <translation>说明不满足该规则仍应继续办理的理由</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="390" />
        <source>The exception is granted only by the sign-off, with one more signature than the amount alone needs.</source>
        <translation>例外只能由审批签署批准，须比金额本身多一级签署。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="393" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="394" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="76" />
        <source>note</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="77" />
        <source>what is asked for</source>
        <translation>所需资料</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="78" />
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="79" />
        <source>channel</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="80" />
        <source>person reached</source>
        <translation>联系对象</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="81" />
        <source>result of the contact</source>
        <translation>联系结果</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="82" />
        <source>letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="83" />
        <source>bucket</source>
        <translation>逾期档</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="84" />
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="85" />
        <source>name (company or person)</source>
        <translation>名称（企业或个人）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="86" />
        <source>evidence (what proves it)</source>
        <translation>证据（证明材料）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="87" />
        <source>restoration conditions</source>
        <translation>信用修复条件</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="88" />
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="89" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="90" />
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="91" />
        <source>payment account</source>
        <translation>支付账户</translation>
    </message>
</context>
<context>
    <name>FinancialsTab</name>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="85" />
        <source>Declared item</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="85" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="86" />
        <source>Check</source>
        <translation>核对项</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="86" />
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="86" />
        <source>Declared</source>
        <translation>申报</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="87" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="87" />
        <source>Finding</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="102" />
        <source>The applicant declared no financial figures.</source>
        <translation>申请人未申报财务数据。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="106" />
        <source>Sales %1</source>
        <translation>%1年销售额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="107" />
        <source>Operating cost</source>
        <translation>经营成本</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="107" />
        <source>Inventory</source>
        <translation>存货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="108" />
        <source>Total assets</source>
        <translation>总资产</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="108" />
        <source>Total liabilities</source>
        <translation>总负债</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="109" />
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="111" />
        <source>Net margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="112" />
        <source>Share of sales on the platform</source>
        <translation>平台销售占比</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="113" />
        <source>Platform sales, last 12 months</source>
        <translation>近12个月平台销售额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="117" />
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="118" />
        <source>%1 years, %2% of sales</source>
        <translation>合作%1年，占销售额%2%</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="120" />
        <source>consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="120" />
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="120" />
        <source>major</source>
        <translation>较大</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="121" />
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="131" />
        <source>Consistency index %1 of 100; %2 of %3 checks found an inconsistency.</source>
        <translation>一致性指数 %1（满分100）；%3 项核对中有 %2 项不一致。</translation>
    </message>
</context>
<context>
    <name>GoodBorrowers</name>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_desk.py" line="296" />
        <source>&amp;Good borrowers</source>
        <translation>优质客户(&amp;G)</translation>
    </message>
<message><location filename="../../workstation/ui/aftercare/collections_good.py" line="90" /><source>Good borrowers</source><translation>优质客户</translation></message><message><location filename="../../workstation/ui/aftercare/collections_good.py" line="22" /><source>Repeat loan</source><translation>复贷</translation></message><message><location filename="../../workstation/ui/aftercare/collections_good.py" line="22" /><source>Limit increase</source><translation>提额</translation></message></context>
<context>
    <name>GoodBorrowersPanel</name>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="32" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="32" />
        <source>Standing</source>
        <translation>信用等级分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="32" />
        <source>On time</source>
        <translation>按时还款期数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="33" />
        <source>Late</source>
        <translation>逾期还款期数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="33" />
        <source>Offer</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="33" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="34" />
        <source>Last contract</source>
        <translation>最近合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="41" />
        <source>Open pre-filled application</source>
        <translation>生成预填申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="44" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="68" />
        <source>%n borrower(s) eligible</source>
        <translation>
            <numerusform>%n 位客户符合条件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="82" />
        <source>Application opened</source>
        <translation>已生成申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/collections_good.py" line="83" />
        <source>An application for %1 (%2, %3) is open in your queue.</source>
        <translation>已为 %1 生成申请（%2，%3），见您的工作队列。</translation>
    </message>
</context>
<context>
    <name>HeldRepayments</name>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="20" />
        <source>This held line no longer exists.</source>
        <translation>该挂账记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="21" />
        <source>This line was already posted or returned (by someone else?).</source>
        <translation>该记录已入账或已退回（可能已由他人处理）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="23" />
        <source>The loan is no longer active (closed or written off): return the money instead.</source>
        <translation>该贷款已不在还款中（已结清或已核销）：请退回款项。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="25" />
        <source>The value date is in the future.</source>
        <translation>起息日在未来。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="26" />
        <source>Say why the money is returned.</source>
        <translation>请说明退回款项的原因。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="28" />
        <source>Cannot do this.</source>
        <translation>无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="134" />
        <source>&amp;Held repayments...</source>
        <translation>挂账还款(&amp;H)...</translation>
    </message>
</context>
<context>
    <name>HeldRepaymentsDialog</name>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="37" />
        <location filename="../../workstation/ui/loans/loan_held.py" line="97" />
        <source>Held repayments</source>
        <translation>挂账还款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="40" />
        <source>Lines of the repayment file larger than the loan's payoff on their value date. Post one (the amount beyond the payoff is kept to refund) or return the money.</source>
        <translation>还款文件中金额大于该笔贷款起息日结清金额的记录。可以入账（超出结清金额的部分作为待退款保留）或退回款项。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="44" />
        <source>Payment reference</source>
        <translation>支付流水号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="44" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="45" />
        <source>Value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="45" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="45" />
        <source>Payoff then</source>
        <translation>当日结清金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="46" />
        <source>File line</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="52" />
        <source>&amp;Post...</source>
        <translation>入账(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="53" />
        <source>&amp;Return...</source>
        <translation>退回(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="54" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="110" />
        <source>Post %1 to loan %2 as of %3? The payoff then was %4; the rest is kept to refund.</source>
        <translation>将 %1 按 %3 入账到贷款 %2？当日结清金额为 %4，其余部分作为待退款保留。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="113" />
        <source>Post held repayment</source>
        <translation>挂账还款入账</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="121" />
        <source>Return held repayment</source>
        <translation>退回挂账还款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_held.py" line="122" />
        <source>Why is the money returned?</source>
        <translation>退回款项的原因：</translation>
    </message>
</context>
<context>
    <name>HeldStatus</name>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="28" />
        <source>posted</source>
        <translation>入账</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="29" />
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="30" />
        <source>held</source>
        <translation>挂账</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../workstation/ui/help.py" line="19" />
        <source>Desk &amp;guide</source>
        <translation>操作指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/help.py" line="19" />
        <source>Desk guide</source>
        <translation>操作指南</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/help.py" line="23" />
        <source>The &amp;portfolio</source>
        <translation>资产组合(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/help.py" line="23" />
        <source>The portfolio</source>
        <translation>资产组合</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/help.py" line="25" />
        <source>&amp;After the loan: warnings, collections, blacklist, good borrowers</source>
        <translation>贷后(&amp;A)：预警、催收、黑名单、优质客户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/help.py" line="26" />
        <source>After the loan</source>
        <translation>贷后</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/help.py" line="28" />
        <source>&amp;Operations: backups, setup, settings, branch server</source>
        <translation>运维(&amp;O)：备份、初始设置、系统设置、分支机构服务器</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/help.py" line="29" />
        <source>Operations</source>
        <translation>运维</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="10" />
        <source>imported from {file} (batch {batch})</source>
        <translation>从 {file} 导入（批次 {batch}）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="11" />
        <source>imported from the platform</source>
        <translation>从平台导入</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="12" />
        <source>claimed</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="13" />
        <source>assigned by a supervisor</source>
        <translation>由审批主管分配</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="14" />
        <source>video interview started</source>
        <translation>视频面谈开始</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="15" />
        <source>recommendation version {version}</source>
        <translation>授信建议第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="16" />
        <source>recommendation changed to version {version}: sign-off starts again</source>
        <translation>授信建议改为第 {version} 版：重新开始审批</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="18" />
        <source>recommendation version {version} submitted for sign-off</source>
        <translation>授信建议第 {version} 版已提交审批</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="19" />
        <source>more information requested</source>
        <translation>要求补充资料</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="20" />
        <source>information received</source>
        <translation>已收到补充资料</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="21" />
        <source>declined: {codes}</source>
        <translation>已拒绝：{codes}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="22" />
        <source>declined at sign-off: {codes}</source>
        <translation>审批时拒绝：{codes}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="23" />
        <source>sign-off {done} of {needed}: {amount} approved, another sign-off is needed</source>
        <translation>第 {done} 级签署（共 {needed} 级）：同意 {amount} 元，尚需另一级签署</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="25" />
        <source>approved {amount}; offer valid until {expires}</source>
        <translation>批准 {amount} 元；授信有效期至 {expires}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="26" />
        <source>approved {amount}; offer valid until {expires}; exceptions granted: {rules}</source>
        <translation>批准 {amount} 元；授信有效期至 {expires}；批准的例外：{rules}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="28" />
        <source>offer valid until {expires} was not taken up</source>
        <translation>授信有效期至 {expires}，未被使用</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="29" />
        <source>contract {contract_no} signed</source>
        <translation>合同 {contract_no} 已签署</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="30" />
        <source>loan {contract_no} disbursed</source>
        <translation>贷款 {contract_no} 已放款</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/history_texts.py" line="31" />
        <source>loan {contract_no} settled</source>
        <translation>贷款 {contract_no} 已结清</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="74" />
        <location filename="../../workstation/ui/case/case_more.py" line="76" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="74" />
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="74" />
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="74" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="75" />
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="76" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="76" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="76" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="79" />
        <source>Status changes</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="80" />
        <source>Audit log of this case</source>
        <translation>本案审计日志</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="91" />
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="65" />
        <source>Import applications</source>
        <translation>导入申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="82" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="86" />
        <source>Reading and checking the file...</source>
        <translation>正在读取并检查文件……</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="91" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="91" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="91" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="98" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="99" />
        <source>Stop after the chunk being stored: applications already stored are kept; importing the file again adds the rest.</source>
        <translation>在当前批次保存完后停止：已保存的申请将保留；再次导入该文件会补充其余部分。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="157" />
        <source>Line %1 of %2</source>
        <translation>第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="168" />
        <source>Cancelling after the chunk being stored...</source>
        <translation>当前批次保存完后即取消……</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="186" />
        <source>The import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="188" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="194" />
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/import_dialog.py" line="196" />
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
<message><location filename="../../workstation/ui/queue/import_dialog.py" line="37" /><source>Imported: %1</source><translation>已导入：%1</translation></message><message><location filename="../../workstation/ui/queue/import_dialog.py" line="38" /><source>Already imported (duplicates, skipped): %1</source><translation>此前已导入（重复，已跳过）：%1</translation></message><message><location filename="../../workstation/ui/queue/import_dialog.py" line="39" /><source>Rejected: %1</source><translation>已拒收：%1</translation></message><message><location filename="../../workstation/ui/queue/import_dialog.py" line="127" /><source>Platform export (*.jsonl *.ndjson *.json *.csv);;All files (*)</source><translation>平台导出文件 (*.jsonl *.ndjson *.json *.csv);;所有文件 (*)</translation></message><message><location filename="../../workstation/ui/queue/import_dialog.py" line="41" /><source>The rejected records, with line, field and reason, are in %1</source><translation>被拒收的记录（含行号、字段和原因）见 %1</translation></message><message><location filename="../../workstation/ui/queue/import_dialog.py" line="44" /><source>The file is cut off at line %1: the records before it were imported, that line was not.</source><translation>文件在第 %1 行处截断：此前的记录已导入，该行未导入。</translation></message><message><location filename="../../workstation/ui/queue/import_dialog.py" line="47" /><source>Cancelled after line %1. The %2 applications stored before the cancel are kept (whole records only); import the same file again to add the rest.</source><translation>已在第 %1 行后取消。取消前已保存的 %2 笔申请将保留（仅完整记录）；再次导入同一文件即可补充其余部分。</translation></message></context>
<context>
    <name>InterviewForm</name>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="48" />
        <location filename="../../workstation/ui/case/interview_form.py" line="162" />
        <source>Start interview</source>
        <translation>开始面谈</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="58" />
        <source>names, separated by commas</source>
        <translation>姓名，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="60" />
        <source>Planned start / end</source>
        <translation>计划开始 / 结束</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="61" />
        <source>Actual start / end</source>
        <translation>实际开始 / 结束</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="62" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="63" />
        <source>Participants</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="65" />
        <source>Checklist</source>
        <translation>核查清单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="73" />
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="76" />
        <source>figure stated</source>
        <translation>所述数值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="87" />
        <source>(not asked)</source>
        <translation>（未询问）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="95" />
        <source>one red flag per line</source>
        <translation>每行一个风险信号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="99" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="102" />
        <source>Submit notes</source>
        <translation>提交面谈记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="105" />
        <source>Red flags</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="106" />
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="107" />
        <source>Outcome</source>
        <translation>面谈结论</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="110" />
        <source>correction or addition, dated and signed with your name</source>
        <translation>更正或补充，将注明日期并以您的姓名签署</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="111" />
        <source>Add addendum</source>
        <translation>添加补充记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="123" />
        <source>Addenda</source>
        <translation>补充记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="162" />
        <source>New interview</source>
        <translation>新建面谈</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="164" />
        <source>No interview recorded yet.</source>
        <translation>尚无面谈记录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="186" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="217" />
        <source>Masking %1 / consistency %2  %3</source>
        <translation>掩饰度 %1 / 一致性 %2  %3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="221" />
        <source>Submitted %1 by %2: read-only; corrections as addenda.</source>
        <translation>已于 %1 由 %2 提交：只读；如需更正请添加补充记录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="225" />
        <source>Draft, saved as you type (version %1).</source>
        <translation>草稿，输入时自动保存（第 %1 版）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="261" />
        <source>%1: %2 is out of range; a percentage from %3 to %4.</source>
        <translation>%1：%2 超出范围，应为 %3 至 %4 之间的百分比。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="263" />
        <source>%1: %2 is out of range; an amount from %3 to %4 yuan.</source>
        <translation>%1：%2 超出范围，应为 %3 至 %4 元之间的金额。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="265" />
        <source>%1: %2 has more than two decimals.</source>
        <translation>%1：%2 的小数超过两位。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="267" />
        <source>%1: %2 is not a number.</source>
        <translation>%1：%2 不是数字。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="290" />
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="312" />
        <source>Interview notes submitted.</source>
        <translation>面谈记录已提交。</translation>
    </message>
<message>
        <location filename="../../workstation/ui/case/interview_form.py" line="353" />
        <source>Interview</source>
        <translation>面谈</translation>
    </message></context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../workstation/ui/jobs.py" line="160" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/jobs.py" line="180" />
        <source>Waiting: another job (a desk posting, an import or end of day) is changing the same loans. This job goes on as soon as it is done.</source>
        <translation>等待中：另一项作业（柜台入账、导入或日终）正在处理同一批贷款，完成后本作业将自动继续。</translation>
    </message>
</context>
<context>
    <name>LenderDialog</name>
    <message>
        <location filename="../../workstation/ui/documents/documents_lender.py" line="35" />
        <source>Lender details</source>
        <translation>贷款人信息</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_lender.py" line="36" />
        <source>Printed on every contract, agreement, letter and statement. Placeholders (XX, 某某) stop real documents from printing.</source>
        <translation>打印于每份合同、协议、函件和对账单。含占位符（XX、某某）时不能打印正式文书。</translation>
    </message>
<message><location filename="../../workstation/ui/documents/documents_lender.py" line="56" /><source>&amp;Lender details...</source><translation>贷款人信息(&amp;L)…</translation></message><message><location filename="../../workstation/ui/documents/documents_lender.py" line="24" /><source>Cannot print</source><translation>无法打印</translation></message><message><location filename="../../workstation/ui/operations/lender_texts.py" line="16" /><source>Company name</source><translation>公司名称</translation></message><message><location filename="../../workstation/ui/operations/lender_texts.py" line="17" /><source>Licence number</source><translation>经营许可证编号</translation></message><message><location filename="../../workstation/ui/operations/lender_texts.py" line="18" /><source>Registered address</source><translation>住所</translation></message><message><location filename="../../workstation/ui/operations/lender_texts.py" line="19" /><source>Unified social credit code</source><translation>统一社会信用代码</translation></message><message><location filename="../../workstation/ui/operations/lender_texts.py" line="20" /><source>Name on the company seal</source><translation>公章名称</translation></message><message><location filename="../../workstation/ui/operations/lender_texts.py" line="21" /><source>Customer service phone</source><translation>客服电话</translation></message><message><location filename="../../workstation/ui/operations/lender_texts.py" line="22" /><source>Legal representative</source><translation>法定代表人</translation></message><message><location filename="../../workstation/ui/operations/lender_texts.py" line="23" /><source>Regulator</source><translation>监管机构</translation></message><message><location filename="../../workstation/ui/operations/lender_texts.py" line="33" /><source>Please give real values for: %1. The credit code has 18 characters.</source><translation>请填写真实信息：%1。统一社会信用代码为 18 位。</translation></message><message><location filename="../../workstation/ui/operations/lender_texts.py" line="31" /><source>The lender's details are not set yet (%1). An administrator sets them in Settings &gt; Lender details.</source><translation>贷款人信息尚未设置（%1）。请管理员在“设置 &gt; 贷款人信息”中填写。</translation></message></context>
<context>
    <name>LoanStatus</name>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="24" />
        <source>contracted, not disbursed</source>
        <translation>已签约未放款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="25" />
        <source>being repaid</source>
        <translation>还款中</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="26" />
        <source>paid off</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="27" />
        <source>written off</source>
        <translation>已核销</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../workstation/ui/lock.py" line="72" />
        <source>Session locked</source>
        <translation>会话已锁定</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="74" />
        <source>Signed in as %1. Enter your password to continue where you left off.</source>
        <translation>当前用户：%1。输入密码后回到离开时的界面。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="79" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="83" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="96" />
        <source>Close the workstation</source>
        <translation>关闭工作台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="117" />
        <source>Session ended</source>
        <translation>会话已结束</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="118" />
        <source>Signed in as %1.</source>
        <translation>当前用户：%1。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="147" />
        <source>Wrong password, or the account is locked. Five failures in a row lock the account.</source>
        <translation>密码错误或账户已锁定。连续失败五次将锁定账户。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="72" />
        <source>Loan Officer Workstation - %1</source>
        <translation>信贷员工作台 - %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="78" />
        <source>My cases</source>
        <translation>我的案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="78" />
        <source>Unassigned</source>
        <translation>待分配</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="79" />
        <source>Awaiting sign-off</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="79" />
        <source>All applications</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="95" />
        <source>Queue</source>
        <translation>案件队列</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="137" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="138" />
        <source>&amp;Import applications...</source>
        <translation>导入申请(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="141" />
        <source>&amp;Lock session</source>
        <translation>锁定会话(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="142" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="143" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="144" />
        <source>&amp;Find in queue</source>
        <translation>在队列中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="145" />
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="149" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="150" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="155" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="158" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="164" />
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="165" />
        <source>&amp;Open selected case	Enter</source>
        <translation>打开所选案件(&amp;O)	Enter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="167" />
        <source>C&amp;laim selected case</source>
        <translation>领取所选案件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="169" />
        <source>&amp;Reassign selected case...</source>
        <translation>改派所选案件(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="172" />
        <source>&amp;Close case tab</source>
        <translation>关闭案件标签(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="174" />
        <source>&amp;Next tab</source>
        <translation>下一个标签(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="175" />
        <source>&amp;Previous tab</source>
        <translation>上一个标签(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="176" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="178" />
        <source>&amp;Users...</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="180" />
        <source>&amp;Score unscored applications...</source>
        <translation>为未评分的申请评分(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="182" />
        <source>Change my &amp;password...</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="183" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="184" />
        <source>Desk &amp;guide</source>
        <translation>操作指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="188" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="189" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="195" />
        <source>officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="195" />
        <source>supervisor</source>
        <translation>审批主管</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="195" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="196" />
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="198" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="222" />
        <source>The queue counts could not be refreshed: the database did not answer. They are tried again shortly.</source>
        <translation>未能刷新队列数量：数据库没有响应。稍后将自动重试。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="250" />
        <source>A part of the desk is broken</source>
        <translation>工作台的某个组成部分已损坏</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="251" />
        <source>The case cannot be opened: a part of the desk is missing or broken:

%1</source>
        <translation>无法打开该案件：工作台的某个组成部分缺失或已损坏：

%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="359" />
        <source>Ctrl+F: search the queue</source>
        <translation>Ctrl+F：搜索队列</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="359" />
        <source>Enter or double-click: open the selected case</source>
        <translation>回车或双击：打开所选案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="360" />
        <source>F5: refresh</source>
        <translation>F5：刷新</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="360" />
        <source>Ctrl+1 to Ctrl+4: my cases, unassigned, awaiting sign-off, all</source>
        <translation>Ctrl+1 至 Ctrl+4：我的案件、待分配、待审批、全部</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="361" />
        <source>Ctrl+W: close the case tab</source>
        <translation>Ctrl+W：关闭案件标签</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="361" />
        <source>Ctrl+Tab: next tab</source>
        <translation>Ctrl+Tab：下一个标签</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="362" />
        <source>Ctrl+L: lock the session</source>
        <translation>Ctrl+L：锁定会话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="362" />
        <source>Ctrl+Q: quit</source>
        <translation>Ctrl+Q：退出</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="363" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="373" />
        <source>Loan Officer Workstation %1

Database: %2
Log file: %3</source>
        <translation>信贷员工作台 %1

数据库：%2
日志文件：%3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="376" />
        <source>none (the log folder cannot be written)</source>
        <translation>无（日志文件夹不可写）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="379" />
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>OrdersDialog</name>
    <message>
        <location filename="../../workstation/ui/documents/documents_orders.py" line="70" />
        <source>Orders behind the loan</source>
        <translation>借款对应订单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_orders.py" line="71" />
        <source>One order per line: order number, amount, shipped date (YYYY-MM-DD, optional). The contract names these orders; repayment is deducted when the platform settles them.</source>
        <translation>每行一笔订单：订单编号、金额、发货日期（YYYY-MM-DD，可不填）。借款合同将列明这些订单；平台结算时自动扣款还款。</translation>
    </message>
<message><location filename="../../workstation/ui/documents/documents_orders.py" line="60" /><source>The orders could not be recorded.</source><translation>订单未能保存。</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="93" /><source>Orders behind the loan...</source><translation>借款对应订单…</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="27" /><source>missing</source><translation>未填写</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="28" /><source>at most 40 letters, digits, '-' or '_'</source><translation>最多40个字母、数字、“-”或“_”</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="29" /><source>listed twice</source><translation>重复列出</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="30" /><source>too many orders (at most 500)</source><translation>订单过多（最多500笔）</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="31" /><source>not a date (YYYY-MM-DD)</source><translation>不是日期（YYYY-MM-DD）</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="32" /><source>outside the dates allowed</source><translation>超出允许的日期范围</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="53" /><source>not a valid amount</source><translation>不是有效金额</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="57" /><source>Give at least one order.</source><translation>请至少填写一笔订单。</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="58" /><source>This application is not an order loan.</source><translation>该申请不是订单贷款。</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="59" /><source>The contract is signed: the orders it names can no longer change.</source><translation>合同已签署：合同所列订单不能再更改。</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="25" /><source>order number</source><translation>订单编号</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="25" /><source>amount</source><translation>金额</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="25" /><source>shipped date</source><translation>发货日期</translation></message><message><location filename="../../workstation/ui/documents/documents_orders.py" line="54" /><source>Line %1, %2: %3</source><translation>第 %1 行，%2：%3</translation></message></context>
<context>
    <name>OsErrors</name>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="33" />
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="34" />
        <location filename="../../workstation/ui/param_texts.py" line="35" />
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="36" />
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="37" />
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="38" />
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="39" />
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="40" />
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="41" />
        <source>it exists already</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="42" />
        <source>it is in use by another program</source>
        <translation>正被其他程序占用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="43" />
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="44" />
        <source>the disk could not be read or written</source>
        <translation>磁盘读写出错</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="45" />
        <source>too many files open</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="46" />
        <source>the name is not allowed</source>
        <translation>名称不允许</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="115" />
        <source>system error %1</source>
        <translation>系统错误 %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../workstation/ui/case/decide_common.py" line="142" />
        <source>Sign with your password</source>
        <translation>输入密码签署</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/decide_common.py" line="146" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/documents/documents_preview.py" line="39" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_preview.py" line="40" />
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_preview.py" line="41" />
        <source>&amp;Save as...</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_preview.py" line="42" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_preview.py" line="43" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_preview.py" line="44" />
        <source>&amp;Fit width</source>
        <translation>适合宽度(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_preview.py" line="45" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_preview.py" line="80" />
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_preview.py" line="107" />
        <source>Save document</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_preview.py" line="107" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlatformTab</name>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="44" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="44" />
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="44" />
        <location filename="../../workstation/ui/case/case_tabs.py" line="68" />
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="44" />
        <location filename="../../workstation/ui/case/case_tabs.py" line="69" />
        <source>Refunds</source>
        <translation>退款数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="45" />
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="45" />
        <source>Disputes</source>
        <translation>纠纷数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="45" />
        <location filename="../../workstation/ui/case/case_tabs.py" line="70" />
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="46" />
        <location filename="../../workstation/ui/case/case_tabs.py" line="71" />
        <source>Login days</source>
        <translation>登录天数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="46" />
        <source>Ad spend</source>
        <translation>广告投入</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="46" />
        <source>Listings</source>
        <translation>在售商品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="47" />
        <source>Favourites</source>
        <translation>收藏数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="67" />
        <source>Sales (10,000 yuan)</source>
        <translation>销售额（万元）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="72" />
        <source>Ad spend (yuan)</source>
        <translation>广告投入（元）</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="25" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="25" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="25" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="26" />
        <source>Number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="26" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="26" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="27" />
        <source>Amount asked</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="27" />
        <source>Same</source>
        <translation>相同项</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="38" />
        <source>Related cases (same legal representative ID, phone, address or bank card)</source>
        <translation>关联案件（法定代表人身份证、电话、地址或银行卡相同）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="48" />
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="48" />
        <source>FAIL</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="54" />
        <source>All %1 rules pass.</source>
        <translation>全部 %1 条规则通过。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="55" />
        <source>%1 of %2 rules fail.</source>
        <translation>%2 条规则中有 %1 条不通过。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="57" />
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="57" />
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="58" />
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_more.py" line="58" />
        <source>bank card</source>
        <translation>银行卡</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_screen.py" line="18" />
        <source>Portfolio</source>
        <translation>资产组合</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_screen.py" line="28" />
        <source>&amp;Portfolio</source>
        <translation>资产组合(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="48" />
        <source>vs last month: %1</source>
        <translation>较上月末：%1</translation>
    </message>
</context>
<context>
    <name>PortfolioScreen</name>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="66" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="68" />
        <source>As of the end of</source>
        <translation>数据截至日终</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="80" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="91" />
        <source>Tables</source>
        <translation>明细表</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="102" />
        <source>Loans behind</source>
        <translation>借款明细</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="125" />
        <source>Outstanding principal of the month's loans more than 30 days past due, over the month's amount disbursed, at each month end</source>
        <translation>各放款月借款中逾期超过30天的在贷本金 ÷ 该月放款额，按各月末观察</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="127" />
        <source>Vintages (M2+)</source>
        <translation>账龄分析（M2+）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="128" />
        <source>Roll rates</source>
        <translation>迁徙率</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="129" />
        <source>Share of the loans in a bucket at one month end that are one bucket worse at the next</source>
        <translation>上月末处于某逾期档的借款中，本月末恶化一档的笔数占比</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="130" />
        <source>Application funnel</source>
        <translation>进件漏斗</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="131" />
        <source>Applications received in the period and how far each got by the day</source>
        <translation>期间受理的申请及截至当日各自推进到的环节</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="132" />
        <source>Five tiers (% of balance)</source>
        <translation>五级分类（占余额%）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio/portfolio_view.py" line="163" />
        <source>%1 — %2 loans</source>
        <translation>%1 — 共 %2 笔</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../workstation/ui/problems.py" line="21" />
        <source>open order value</source>
        <translation>未结订单金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/problems.py" line="22" />
        <source>credit line</source>
        <translation>授信额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/problems.py" line="23" />
        <source>member limit</source>
        <translation>成员额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/problems.py" line="24" />
        <source>limit</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/problems.py" line="28" />
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/problems.py" line="29" />
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/problems.py" line="30" />
        <source>true/false</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/problems.py" line="31" />
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/problems.py" line="32" />
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/problems.py" line="66" />
        <source>no submitted interview</source>
        <translation>尚未提交面谈</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/problems.py" line="112" />
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="12" />
        <source>unknown repayment method {method!r}; {product} allows {methods}</source>
        <translation>还款方式未知：{method}；{product}可选{methods}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="14" />
        <source>{product} does not allow {method}; allowed: {methods}</source>
        <translation>{product}不适用{method}；可选{methods}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="16" />
        <source>must be a positive amount, got {amount}</source>
        <translation>金额须为正数（填写的是 {amount}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="18" />
        <source>{amount:,.2f} is outside {product}'s range {amount_min:,.2f} to {amount_max:,.2f}</source>
        <translation>金额 {amount} 元超出{product}的范围 {amount_min} 至 {amount_max} 元。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="20" />
        <source>{amount:,.2f} is above the {cap_name} {cap:,.2f}</source>
        <translation>金额 {amount} 元高于{cap_name} {cap} 元。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="22" />
        <source>a bullet loan is set in days, not months</source>
        <translation>到期一次还本付息的借款期限按天计，不按月。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="24" />
        <source>required for bullet loans ({days_min} to {days_max})</source>
        <translation>到期一次还本付息须填写天数（{days_min} 至 {days_max} 天）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="26" />
        <source>{days} is outside {product}'s range {days_min} to {days_max} days</source>
        <translation>{days} 天超出{product}的范围 {days_min} 至 {days_max} 天。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="28" />
        <source>{method} is set in months, not days</source>
        <translation>{method}的期限按月计，不按天。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="30" />
        <source>required; {product} allows {months} months</source>
        <translation>须填写期限；{product}可选 {months} 个月。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="32" />
        <source>{product} does not allow {term_months} months; allowed: {months}</source>
        <translation>{product}不适用 {term_months} 个月期限；可选 {months} 个月。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="34" />
        <source>{rate} is outside {product}'s band {rate_min} to {rate_max}</source>
        <translation>{rate} 超出{product}的利率区间 {rate_min} 至 {rate_max}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="37" />
        <source>terms name {terms_product}, product is {product}</source>
        <translation>条件所写产品（{terms_product}）与产品（{product}）不符。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="39" />
        <source>daily rate {value}: {detail}</source>
        <translation>日利率 {value} 无效。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="41" />
        <source>no repayment schedule: {detail}</source>
        <translation>按这些条件无法生成还款计划。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="43" />
        <source>a {product_en} needs a verified video interview ({outcome_en})</source>
        <translation>{product}须经视频面谈核实（目前：{outcome}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="45" />
        <source>the interview outcome is '{outcome}'</source>
        <translation>面谈结论为“{outcome}”。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="47" />
        <source>no suggested limit: the case has not been scored</source>
        <translation>无建议额度：本案尚未评分。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="49" />
        <source>{amount:,.2f} is above the suggested limit {suggested_limit:,.2f}: write the justification</source>
        <translation>金额 {amount} 元高于建议额度 {suggested_limit} 元：请填写理由。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="51" />
        <source>above {threshold:,.2f} a third-party site visit is required (state it in the conditions)</source>
        <translation>金额超过 {threshold} 元须第三方实地走访（请在附加条件中注明）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="53" />
        <source>{used:,.2f} would exceed the company's lending capacity of {limit:,.2f} ({share}%)</source>
        <translation>{used} 元将超过公司可贷规模 {limit} 元（{share}%）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="55" />
        <source>{used:,.2f} uses {share}% of the company's lending capacity of {limit:,.2f}</source>
        <translation>{used} 元已占公司可贷规模 {limit} 元的 {share}%。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="57" />
        <source>{used:,.2f} would exceed the single-borrower limit (with related parties) of {limit:,.2f} ({share}%)</source>
        <translation>{used} 元将超过单一借款人（含关联方）限额 {limit} 元（{share}%）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="60" />
        <source>{used:,.2f} uses {share}% of the single-borrower limit (with related parties) of {limit:,.2f}</source>
        <translation>{used} 元已占单一借款人（含关联方）限额 {limit} 元的 {share}%。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="64" />
        <source>unknown checklist item</source>
        <translation>未知的核查项。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="66" />
        <source>result must be one of {results}</source>
        <translation>核查结果须为以下之一：{results}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="68" />
        <source>stated figure must be a Decimal</source>
        <translation>所述数字须为数值。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="70" />
        <source>this item records no figure</source>
        <translation>此项不记录数字。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="72" />
        <source>the stated figure is not a number</source>
        <translation>所述数字不是数字。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="74" />
        <source>the stated figure must be from {low} to {high} (percent)</source>
        <translation>所述数字须在 {low} 至 {high} 之间（百分比）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="76" />
        <source>the stated figure must be from {low} to {high} (CNY)</source>
        <translation>所述数字须在 {low} 至 {high} 元之间。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="78" />
        <source>the stated figure has at most {places} decimals</source>
        <translation>所述数字最多 {places} 位小数。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="80" />
        <source>must be one of {outcomes}</source>
        <translation>面谈结论须为以下之一：{outcomes}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="82" />
        <source>the answer {option} is not one of question {question}'s: choose the answer again</source>
        <translation>所选答案 {option} 不是第 {question} 题的选项：请重新选择。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="84" />
        <source>record when the interview actually started and ended</source>
        <translation>请记录面谈实际开始和结束的时间。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="86" />
        <source>ends before it starts</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="88" />
        <source>say which channel the interview used</source>
        <translation>请说明面谈所用的渠道。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="90" />
        <source>name who took part</source>
        <translation>请填写参加面谈的人员。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="92" />
        <source>choose verified, not verified or follow-up needed</source>
        <translation>请选择“已核实”、“未能核实”或“需跟进”。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="94" />
        <source>an interview can only be 'verified' when identity and legal representative are confirmed</source>
        <translation>只有身份和法定代表人均已确认，面谈结论才能为“已核实”。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="96" />
        <source>a discrepancy needs a note saying what was found</source>
        <translation>核查结果为“不符”时须注明发现的情况。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="100" />
        <source>required, missing</source>
        <translation>必填，缺失。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="101" />
        <source>must be text, not {kind}</source>
        <translation>须为文本，不能是{kind}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="102" />
        <source>is {length} characters long, at most {max_len} allowed</source>
        <translation>长度为 {length} 个字符，最多 {max_len} 个。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="103" />
        <source>contains an invisible or control character ({char}) at position {position}</source>
        <translation>第 {position} 个字符是不可见字符或控制字符（{char}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="105" />
        <source>the number is too long for this field</source>
        <translation>数字过长或超出该字段可容纳的范围。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="106" />
        <source>must be an amount such as "1234.50", not {kind}</source>
        <translation>须为金额（如“1234.50”），不能是{kind}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="107" />
        <source>not an amount of money: {value}</source>
        <translation>不是金额：{value}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="108" />
        <source>{amount} is larger than any amount this field can hold</source>
        <translation>{amount} 超出该字段可容纳的最大金额。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="110" />
        <source>must be more than 0.00, got {amount}</source>
        <translation>须大于 0.00（填写的是 {amount}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="111" />
        <source>must be at least 0.00, got {amount}</source>
        <translation>不能小于 0.00（填写的是 {amount}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="112" />
        <source>must be a whole number, not {kind}</source>
        <translation>须为整数，不能是{kind}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="113" />
        <source>must be a whole number, got {value}</source>
        <translation>须为整数（填写的是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="114" />
        <source>{value} is outside {lo} to {hi}</source>
        <translation>{value} 超出范围 {lo} 至 {hi}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="115" />
        <source>must be a number, not {kind}</source>
        <translation>须为数字，不能是{kind}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="116" />
        <source>must be a number, got {value}</source>
        <translation>须为数字（填写的是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="117" />
        <source>must be a number with at most two decimal places, got {value}</source>
        <translation>须为最多两位小数的数字（填写的是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="119" />
        <source>must be true or false, got {value!r}</source>
        <translation>须为“是”或“否”（true/false），填写的是 {value}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="120" />
        <source>must be a date YYYY-MM-DD, got {value!r}</source>
        <translation>须为日期 YYYY-MM-DD（填写的是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="121" />
        <source>{value} is in the future</source>
        <translation>{value} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="122" />
        <source>{value} is before {lo}: not plausible</source>
        <translation>{value} 早于 {lo}，不合理。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="123" />
        <source>must be a date and time such as 2026-03-01T09:30:00+08:00, got {value!r}</source>
        <translation>须为日期时间，如 2026-03-01T09:30:00+08:00（填写的是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="125" />
        <source>the number is malformed ({field})</source>
        <translation>号码无效：格式或校验位不正确。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="126" />
        <source>unknown platform {value!r}; known: {known}</source>
        <translation>未知平台 {value}；可选：{known}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="127" />
        <source>is not an e-mail address</source>
        <translation>不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="128" />
        <source>must be a list of months, not {kind}</source>
        <translation>须为按月数据的列表，不能是{kind}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="129" />
        <source>has {count} months, at most {max_months}</source>
        <translation>共 {count} 个月，最多 {max_months} 个月。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="130" />
        <source>must be an object, not {kind}</source>
        <translation>须为对象，不能是{kind}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="131" />
        <source>must be a month YYYY-MM, got {value!r}</source>
        <translation>须为月份 YYYY-MM（填写的是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="132" />
        <source>{value} is after the application or before {lo}</source>
        <translation>{value} 晚于申请日期或早于 {lo} 年。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="133" />
        <source>{value} appears twice</source>
        <translation>{value} 出现了两次。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="134" />
        <source>unknown or inactive product {value!r}; known: {known}</source>
        <translation>产品 {value} 不存在或已停用；可选：{known}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="136" />
        <source>this ID number is on file under another name</source>
        <translation>该身份证号码在系统中登记的是另一个姓名。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="137" />
        <source>member {member} is on file with another legal representative; a change of legal representative must be checked before import</source>
        <translation>会员 {member} 在系统中登记的是另一位法定代表人；法定代表人变更须先核实，再导入。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="140" />
        <source>member {member} appears earlier in the file with another legal representative</source>
        <translation>会员 {member} 在文件前面出现时登记的是另一位法定代表人。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/problem_texts.py" line="142" />
        <source>the line cannot be read</source>
        <translation>该行无法读取。</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="46" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="46" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/case/case_profile.py" line="47" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/case/case_profile.py" line="48" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="50" />
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="51" />
        <source>Number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="52" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="53" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="54" />
        <source>Amount asked</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="55" />
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="56" />
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="57" />
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="58" />
        <source>Officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="58" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="59" />
        <source>Status note</source>
        <translation>状态说明</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="61" />
        <source>Merchant and shop</source>
        <translation>商户与店铺</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="62" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="63" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="64" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="65" />
        <source>Member ID</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="66" />
        <source>Member since</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="67" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="68" />
        <source>Province / city</source>
        <translation>省份 / 城市</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="69" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="71" />
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="72" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="73" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="74" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="75" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="76" />
        <source>Applicant is legal representative</source>
        <translation>申请人为法定代表人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="77" />
        <source>On the blacklist</source>
        <translation>在黑名单上</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="79" />
        <source>Contacts and accounts</source>
        <translation>联系方式与账户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="80" />
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="81" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="82" />
        <source>Payment account</source>
        <translation>支付账户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="83" />
        <source>Real-name verified</source>
        <translation>已实名认证</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="84" />
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="84" />
        <source> (not a listed bank)</source>
        <translation>（非指定银行）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="85" />
        <source>Bank card</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="116" />
        <source>Unmask</source>
        <translation>显示完整</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="118" />
        <source>Show the full value (recorded in the audit log)</source>
        <translation>显示完整信息（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_profile.py" line="119" />
        <source>Only the case's officer, a supervisor or an administrator may see this</source>
        <translation>仅本案信贷员、审批主管或管理员可查看</translation>
    </message>
</context>
<context>
    <name>QChart</name>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_chart.py" line="36" />
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_chart.py" line="48" />
        <source>Loan</source>
        <translation>放款</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../workstation/ui/queue/queue_model.py" line="184" />
        <source>Number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_model.py" line="184" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_model.py" line="184" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_model.py" line="184" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_model.py" line="185" />
        <source>Amount asked</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_model.py" line="185" />
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_model.py" line="185" />
        <source>Suggested limit</source>
        <translation>建议额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_model.py" line="185" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_model.py" line="186" />
        <source>Officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_model.py" line="186" />
        <source>Days waiting</source>
        <translation>等待天数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_model.py" line="229" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="50" />
        <source>Search: number, merchant, legal representative, last digits of ID</source>
        <translation>搜索：申请编号、商户、法定代表人、身份证后几位</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="55" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="57" />
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="58" />
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="60" />
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="61" />
        <source>All officers</source>
        <translation>全部信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="62" />
        <source>All grades</source>
        <translation>全部评级</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="65" />
        <source>Show finished cases</source>
        <translation>显示已结束案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="66" />
        <source>My cases lists the work in hand; tick to add declined, withdrawn, expired, disbursed and closed cases</source>
        <translation>“我的案件”只列在办案件；勾选后同时显示已拒绝、已撤回、授信已过期、已放款和已结清的案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="109" />
        <source>Amount from</source>
        <translation>金额从</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="111" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="70" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="94" />
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="97" />
        <source>Reassign...</source>
        <translation>改派…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="100" />
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="174" />
        <source>Not an amount: use digits with at most two decimals</source>
        <translation>不是金额：请输入数字，最多两位小数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/queue/queue_view.py" line="213" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="246" />
        <source>There is no officer in your team.</source>
        <translation>您的团队中没有信贷员。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="249" />
        <source>Reassign %1</source>
        <translation>改派 %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue/queue_view.py" line="250" />
        <source>New officer:</source>
        <translation>新信贷员：</translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="59" />
        <source>percent per day, e.g. 0.05</source>
        <translation>日利率百分数，如 0.05</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="62" />
        <source>required when the limit is above the suggested limit</source>
        <translation>额度高于建议额度时必填</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="66" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="67" />
        <source>Limit (CNY)</source>
        <translation>额度（元）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="68" />
        <source>Suggested limit</source>
        <translation>建议额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="69" />
        <source>Repayment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="70" />
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="71" />
        <source>Term (days)</source>
        <translation>期限（天）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="72" />
        <source>Daily rate %</source>
        <translation>日利率 %</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="73" />
        <source>Conditions</source>
        <translation>授信条件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="74" />
        <source>Justification</source>
        <translation>理由说明</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="77" />
        <source>Save recommendation</source>
        <translation>保存授信建议</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="78" />
        <source>Submit for sign-off</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="79" />
        <source>Request information…</source>
        <translation>要求补充资料…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="80" />
        <source>Decline…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="81" />
        <source>Request exception…</source>
        <translation>申请例外…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="111" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="138" />
        <source>(not scored)</source>
        <translation>（未评分）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="150" />
        <source>New recommendation</source>
        <translation>新建授信建议</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="164" />
        <location filename="../../workstation/ui/case/recommend_form.py" line="260" />
        <source>Version %1 by %2</source>
        <translation>第 %1 版，%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="213" />
        <source>All rules met</source>
        <translation>全部规则满足</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="220" />
        <source>simple, daily rate x 365</source>
        <translation>单利，日利率 × 365</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="220" />
        <source>IRR</source>
        <translation>内部收益率（IRR）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="221" />
        <source>Annualised rate: %1% (%2)</source>
        <translation>年化利率：%1%（%2）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="223" />
        <source>Total interest %1, total to repay %2</source>
        <translation>利息合计 %1，应还总额 %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="227" />
        <source>Annualised rate: —</source>
        <translation>年化利率：—</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="229" />
        <source>No repayment schedule for these terms: see the findings.</source>
        <translation>按这些条件无法生成还款计划：请查看上方的检查结果。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="263" />
        <source>Recommendation saved.</source>
        <translation>授信建议已保存。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="267" />
        <source>Submitted for sign-off.</source>
        <translation>已提交审批。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="276" />
        <source>Exception requested: the sign-off needs one more signature than the amount alone.</source>
        <translation>已申请例外：审批须比金额本身多一级签署。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="281" />
        <source>What information is requested from the applicant?</source>
        <translation>需要申请人补充哪些资料？</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="284" />
        <source>The case waits for the applicant.</source>
        <translation>案件等待申请人补充资料。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="292" />
        <source>Declined.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="322" />
        <source>Daily rate: "%1" is not a rate. Write the percentage per day, e.g. 0.05.</source>
        <translation>日利率：“%1”不是有效的利率。请填写每日百分比，例如 0.05。</translation>
    </message>
<message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="412" />
        <source>Recommendation</source>
        <translation>授信建议</translation>
    </message></context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="49" />
        <source>no repayment schedule can be computed for these terms (the details are in the log)</source>
        <translation>按这些条件无法生成还款计划（详情已写入日志）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="51" />
        <source>no repayment schedule can be computed (the details are in the log)</source>
        <translation>详情已写入日志</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="53" />
        <source>the loan's books cannot take this entry (the details are in the log)</source>
        <translation>贷款账务无法记入这笔分录（详情已写入日志）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="55" />
        <location filename="../../workstation/ui/param_texts.py" line="57" />
        <source>the file is damaged (the details are in the log)</source>
        <translation>文件已损坏（详情见日志）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="59" />
        <source>the record is damaged (the details are in the log)</source>
        <translation>记录已损坏（详情见日志）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="100" />
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="16" />
        <source>this database is held in memory: there is no file to back up</source>
        <translation>该数据库仅在内存中：没有可备份的文件</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="18" />
        <source>backup: {path} exists already; choose another name (a backup never overwrites a file)</source>
        <translation>备份：{path} 已存在；请换一个文件名（备份从不覆盖已有文件）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="20" />
        <source>backup: the copy failed its checks and was removed: {problems}</source>
        <translation>备份：副本未通过校验，已删除：{problems}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="22" />
        <source>restore refused: the backup {path} fails its checks: {problems}; nothing was changed</source>
        <translation>拒绝恢复：备份 {path} 未通过校验：{problems}；未作任何更改</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="24" />
        <source>restore refused: the current database could not be copied aside to {path} ({problems}); nothing was changed</source>
        <translation>拒绝恢复：无法将当前数据库另存到 {path}（{problems}）；未作任何更改</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="27" />
        <source>automatic backups: keep at least one (not {keep})</source>
        <translation>自动备份：至少保留一份（不能为 {keep}）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="29" />
        <source>PostgreSQL backups need {tool}, which is not on the PATH: install the PostgreSQL client programs (or add their bin folder to PATH) and try again; nothing was written</source>
        <translation>服务器数据库的备份需要 {tool}，但在程序搜索路径中找不到：请安装该数据库的客户端程序（或将其程序目录加入搜索路径）后重试；未写入任何文件</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="34" />
        <source>first-run setup: this database has users already; administrators change its settings in Settings</source>
        <translation>首次设置：该数据库已有用户；管理员请在“设置”中修改</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="37" />
        <source>first-run setup: this is the demo database, which keeps its sample company</source>
        <translation>首次设置：这是演示数据库，保留其示例公司</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="39" />
        <source>first-run setup cannot finish: give real values for {fields}</source>
        <translation>首次设置无法完成：请为以下各项填写真实内容：{fields}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="41" />
        <source>setting {key}: give a number from {lo} to {hi}</source>
        <translation>设置项 {key}：请填写 {lo} 至 {hi} 之间的数字</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="43" />
        <source>setting {key} is not one the settings screen changes</source>
        <translation>设置项 {key} 不能在设置界面修改</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="45" />
        <source>product {product_code}: the rates are refused: {reason}</source>
        <translation>产品 {product_code}：利率不被接受：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="47" />
        <source>a branch database is a PostgreSQL server: give --database postgresql://...</source>
        <translation>分支机构数据库须为服务器数据库：请用数据库参数指定服务器地址</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="49" />
        <source>the application's role name {role} is refused: lower-case letters, digits and _ only</source>
        <translation>应用程序的数据库角色名 {role} 不被接受：只能使用小写字母、数字和下划线</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="51" />
        <source>{tool} failed: {message}</source>
        <translation>{tool} 执行失败：{message}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="53" />
        <source>{user} may not {action}: needs role {roles}</source>
        <translation>{user} 无权{action}：需要{roles}角色。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="55" />
        <source>{user} may not open this case: it belongs to another team</source>
        <translation>该案件属于其他团队，{user} 无权查看。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="57" />
        <source>user stopped: the account was deactivated; sign in again ({user})</source>
        <translation>账户 {user} 已被停用，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="59" />
        <source>user stopped: the account is locked; sign in again ({user})</source>
        <translation>账户 {user} 已被锁定，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="61" />
        <source>user stopped: the account's roles were changed; sign in again ({user})</source>
        <translation>账户 {user} 的角色已变更，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="63" />
        <source>user stopped: the account no longer exists; sign in again ({user})</source>
        <translation>账户 {user} 已不存在，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="65" />
        <source>wrong user name or password, or the account is locked ({failures} failures in a row lock it for {minutes} min)</source>
        <translation>用户名或密码错误，或账户已锁定。连续失败 {failures} 次将锁定账户 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="68" />
        <source>the password is a temporary one: choose a new password before anything else</source>
        <translation>当前密码是临时密码：请先设置新密码。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="70" />
        <source>the password is a temporary one: choose a new password before anything else: workstation users change-password {username}</source>
        <translation>当前密码是临时密码：请先为 {username} 设置新密码。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="73" />
        <source>{user} may not sign off: needs role supervisor</source>
        <translation>审批签署需要审批主管角色。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="75" />
        <source>application {app_no} is not awaiting sign-off</source>
        <translation>申请 {app_no} 不在待审批状态。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="77" />
        <source>{user} may not sign off their own recommendation for {app_no}</source>
        <translation>您不能审批自己对 {app_no} 提出的授信建议。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="79" />
        <source>{user} has already signed this sign-off chain for {app_no}</source>
        <translation>您已签署 {app_no}；下一级签署须由另一位审批主管完成。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="81" />
        <source>application {app_no} belongs to another team: its supervisor signs first</source>
        <translation>申请 {app_no} 属于其他团队：须由该团队主管先签署。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="83" />
        <source>{user} may not sign off: no sign-off authority for {product}</source>
        <translation>您没有{product}的审批权限。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="85" />
        <source>{user} may not sign off: {amount:,.2f} is above your sign-off authority for {product} ({limit:,.2f})</source>
        <translation>金额 {amount} 元超出您对{product}的审批权限（{limit} 元）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="88" />
        <source>{what}: the database stayed busy with other jobs ({attempts} attempts); nothing of this step was saved: run it again</source>
        <translation>数据库一直忙于其他作业（已尝试 {attempts} 次），本步骤未保存任何内容：请重新运行。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="91" />
        <source>month {month}: end of day has run only through {through}; no day of the month is in the books yet</source>
        <translation>{month} 月：日终只处理到 {through}，该月尚无任何一天入账。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="94" />
        <source>{action}: hard policy rules fail: {findings}</source>
        <translation>未通过硬性政策规则：{findings}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="96" />
        <source>decline: reason OTHER needs its explanation in the comment (it is printed on the notice)</source>
        <translation>选择“其他”原因时须在说明中填写具体理由，该说明将打印在拒绝通知书上。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="98" />
        <source>the line is already frozen</source>
        <translation>该额度已冻结。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="100" />
        <source>the line is already not frozen</source>
        <translation>该额度未处于冻结状态。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="102" />
        <source>loan {contract_no} is not paid off: it still has an outstanding balance; no settlement certificate</source>
        <translation>贷款 {contract_no} 尚未结清（仍有未还余额），不能出具结清证明。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="105" />
        <source>loan {contract_no} is not paid off: it has not been disbursed; no settlement certificate</source>
        <translation>贷款 {contract_no} 尚未放款，不能出具结清证明。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="107" />
        <source>loan {contract_no} is not paid off: it was written off, not paid off; no settlement certificate</source>
        <translation>贷款 {contract_no} 已核销而非结清，不能出具结清证明。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="110" />
        <source>loan {contract_no} is not paid off: it is {loan_status}; no settlement certificate</source>
        <translation>贷款 {contract_no} 当前状态为{loan_status}，尚未结清，不能出具结清证明。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="112" />
        <source>joint-guarantee group {group} cannot take new loans: member loan {contract_no} is {dpd} days past due</source>
        <translation>联保小组 {group} 暂不能新增贷款：成员贷款 {contract_no} 已逾期 {dpd} 天。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="115" />
        <source>contract {contract_no}: {detail}</source>
        <translation>合同 {contract_no} 的还款计划无法生成：{detail}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="117" />
        <location filename="../../workstation/domain/refusal_texts.py" line="119" />
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="121" />
        <source>an application that is '{transition}' cannot become '{target}'</source>
        <translation>处于“{transition}”状态的申请不能变为“{target}”。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="123" />
        <source>waiver: penalty to waive {penalty:,.2f}, unpaid {unpaid:,.2f}</source>
        <translation>减免的罚息 {penalty} 元超过未还罚息 {unpaid} 元。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="125" />
        <source>waiver: interest to waive {interest:,.2f}, unpaid {unpaid:,.2f}</source>
        <translation>减免的利息 {interest} 元超过未还利息 {unpaid} 元。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="127" />
        <source>waiver: {excess:,.2f} more interest than is due</source>
        <translation>减免的利息比应付利息多 {excess} 元。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="129" />
        <source>loan {contract} is a revolving line: draw on it instead</source>
        <translation>借款 {contract} 为循环额度：请在额度内提款。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="131" />
        <source>application {app_no} is {status}: nothing more can be paid out under its contract</source>
        <translation>申请 {app_no} 状态为 {status}：该合同项下不能再发放借款。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="133" />
        <source>value date {on} is before the last disbursement under this contract ({last})</source>
        <translation>起息日 {on} 早于该合同项下最近一次放款（{last}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="135" />
        <source>the amount must be positive and at most the {remainder} of the contract not yet paid out</source>
        <translation>金额须大于零且不超过合同尚未发放的 {remainder}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="137" />
        <location filename="../../workstation/domain/refusal_texts.py" line="374" />
        <source>no loan with id {loan_id}</source>
        <translation>贷款（编号 {loan_id}）不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="139" />
        <source>an account not on the borrower's verified list needs a supervisor's user name and password</source>
        <translation>收款账户不在借款人已核验账户之列：须由审批主管输入用户名和密码批准。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="141" />
        <source>the supervisor's user name or password is wrong</source>
        <translation>审批主管的用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="143" />
        <source>{username} is not a supervisor</source>
        <translation>{username} 不是审批主管。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="145" />
        <source>the supervisor allowing another account must be someone other than the person disbursing</source>
        <translation>批准其他账户的审批主管不能是放款人本人。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="147" />
        <source>destination account: required</source>
        <translation>请选择收款账户。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="149" />
        <source>destination account: at most {max_length} characters</source>
        <translation>收款账号过长（最多 {max_length} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="151" />
        <source>destination account {account!r} is masked: money cannot be sent to a masked account</source>
        <translation>收款账户 {account} 为掩码形式，不能向其放款。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="153" />
        <source>an account not on the borrower's verified list needs a reason</source>
        <translation>收款账户不在借款人已核验账户之列：须填写原因。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="155" />
        <source>the borrower has no verified account to receive a draw</source>
        <translation>借款人没有可用于接收提款的已核验账户。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="157" />
        <source>no held repayment line {held_id}</source>
        <translation>该挂账记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="159" />
        <source>held line {payment_ref} was already {held_status}</source>
        <translation>挂账记录 {payment_ref} 已{held_status}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="161" />
        <source>loan {contract_no} is {loan_status}: return the money instead</source>
        <translation>贷款 {contract_no} 当前状态为{loan_status}：请退回款项。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="163" />
        <location filename="../../workstation/domain/refusal_texts.py" line="384" />
        <source>value date {value_date} is in the future (today is {today})</source>
        <translation>起息日 {value_date} 在未来（今天是 {today}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="165" />
        <source>reason: say why the money is returned</source>
        <translation>请说明退回款项的原因。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="167" />
        <source>the lender's details are not set ({fields}): an administrator sets them in Settings &gt; Lender details or with `workstation lender set`</source>
        <translation>贷款人信息尚未设置（{fields}）：请管理员在“设置 &gt; 贷款人信息”中填写。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="170" />
        <source>the lender's details are not acceptable: give real values for {fields}</source>
        <translation>贷款人信息不符合要求：请为 {fields} 填写真实内容。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="32" />
        <source>the backup folder {path} cannot be used: {os_error}</source>
        <translation>备份文件夹 {path} 无法使用：{os_error}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="172" />
        <source>cannot write {path}: {os_error}</source>
        <translation>无法写入文件 {path}（{os_error}），未记录为已打印。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="174" />
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="176" />
        <source>consent: say where the consent is evidenced (form number, clip time, ...)</source>
        <translation>请说明同意的证据所在（表单编号、录像时间点等）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="178" />
        <source>recording: no file {source}</source>
        <translation>录像文件不存在：{source}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="180" />
        <source>attachment {attachment_id}: the file {path} is missing from the store</source>
        <translation>附件 {attachment_id} 的文件已从存储中丢失：{path}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="182" />
        <source>attachment {attachment_id}: the stored file was altered (SHA-256 {got_hash}… size {got_size}, recorded {want_hash}… size {size})</source>
        <translation>附件 {attachment_id} 的存储文件已被改动（现哈希 {got_hash}…，大小 {got_size}；登记时哈希 {want_hash}…，大小 {size}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="185" />
        <source>attachment {id} was purged on {purged_at:%Y-%m-%d} ({purge_reason})</source>
        <translation>附件 {id} 已于 {purged_at:%Y-%m-%d} 清除（{purge_reason}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="187" />
        <source>{app_no}: record the applicant's separate consent to the recording first; nothing was attached</source>
        <translation>{app_no}：请先登记申请人对录像的单独同意，未添加任何附件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="190" />
        <source>password too short: at least {min_length} characters</source>
        <translation>密码太短：至少 {min_length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="192" />
        <source>password must mix letters with digits or symbols</source>
        <translation>密码须由字母与数字或符号混合组成。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="194" />
        <source>the new password must differ from the temporary one</source>
        <translation>新密码不能与临时密码相同。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="196" />
        <source>user name: 1-64 characters, no spaces</source>
        <translation>用户名须为 1 至 64 个字符，不含空格。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="198" />
        <source>roles: choose from {roles}; unknown {unknown}</source>
        <translation>角色须从{roles}中选择；无法识别：{unknown}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="200" />
        <source>current password is wrong</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="202" />
        <source>you cannot deactivate your own account</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="204" />
        <source>no user {username!r}</source>
        <translation>用户 {username} 不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="206" />
        <source>user name {username!r} is taken</source>
        <translation>用户名 {username} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="208" />
        <source>only an administrator may add users once one exists</source>
        <translation>已有管理员后，只有管理员可以添加用户。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="210" />
        <source>supervisor {supervisor!r} does not exist</source>
        <translation>审批主管 {supervisor} 不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="212" />
        <source>authority matrix: role must be one of {roles}</source>
        <translation>审批权限表：角色须为{roles}之一。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="214" />
        <source>authority matrix: limits must be positive</source>
        <translation>审批权限表：限额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="216" />
        <source>authority matrix: unknown product {product_code!r}</source>
        <translation>审批权限表：产品 {product_code} 不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="218" />
        <source>unknown document kind {kind!r}; choose from {kinds}</source>
        <translation>无法识别的文书类型。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="220" />
        <source>statement: give the period (from and to)</source>
        <translation>对账单：请填写起止日期。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="222" />
        <source>month: {month!r} is not YYYY-MM</source>
        <translation>月份 {month} 格式不对：请按 YYYY-MM 填写。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="224" />
        <source>no case or loan {ref!r}</source>
        <translation>案件或贷款 {ref} 不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="226" />
        <source>{user} may not see personal data of a case that is not theirs</source>
        <translation>您无权查看非本人经办案件的个人信息。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="228" />
        <source>this application has no approved offer: a contract needs a signed-off approval</source>
        <translation>本申请没有已批准的授信：签订合同须先经审批。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="230" />
        <source>this loan is not a revolving line</source>
        <translation>该贷款不是循环额度。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="232" />
        <source>amount: must be positive, got {amount}</source>
        <translation>金额必须大于零（填写的是 {amount}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="234" />
        <source>the line is frozen: {freeze_reason}</source>
        <translation>该额度已冻结：{freeze_reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="236" />
        <source>the line expired on {expiry}</source>
        <translation>该额度已于 {expiry} 到期。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="238" />
        <source>the line is {dpd} days past due: no draws until it is brought current</source>
        <translation>该额度已逾期 {dpd} 天：还清逾期前不能提款。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="240" />
        <source>a draw cannot be backdated (last end of day {last_eod})</source>
        <translation>提款不能倒签日期（最近一次日终为 {last_eod}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="242" />
        <source>amount {amount:,.2f} is above the available {available:,.2f}</source>
        <translation>金额 {amount} 元超过可用额度 {available} 元。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="244" />
        <source>an exception needs a reason of at least {min_length} characters</source>
        <translation>例外申请的理由至少须 {min_length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="246" />
        <source>application {app_no} is '{status}': exceptions are requested before the case is submitted for sign-off</source>
        <translation>申请 {app_no} 当前为“{status}”：例外须在提交审批前申请。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="249" />
        <source>the rule '{rule}' belongs to the product definition: no exception lifts it</source>
        <translation>规则 {rule} 属于产品定义，不能申请例外。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="251" />
        <source>application {app_no} meets the rule '{rule}': no exception is needed</source>
        <translation>申请 {app_no} 已满足规则 {rule}，无需申请例外。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="253" />
        <source>an exception to '{rule}' is already requested for {app_no}</source>
        <translation>申请 {app_no} 已就规则 {rule} 申请过例外。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="255" />
        <source>no open exception request {exception_id} on {app_no}</source>
        <translation>申请 {app_no} 没有待处理的例外申请（编号 {exception_id}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="257" />
        <source>application {app_no} is '{status}': the request is with the sign-off</source>
        <translation>申请 {app_no} 当前为“{status}”：例外申请已交审批处理。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="259" />
        <source>{user} may not {action}: application {app_no} is assigned to another officer</source>
        <translation>您无权{action}：申请 {app_no} 已分配给其他信贷员。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="261" />
        <source>the recommendation breaks these rules: {findings}</source>
        <translation>授信建议不符合以下规则：{findings}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="263" />
        <source>say what information is requested</source>
        <translation>请说明需要补充哪些资料。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="265" />
        <source>decline: choose at least one reason code</source>
        <translation>拒绝：请至少选择一个拒绝原因。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="267" />
        <source>decline: unknown reason code {codes}</source>
        <translation>拒绝：无法识别的原因代码 {codes}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="269" />
        <source>application {app_no} is '{status}': it cannot take a recommendation</source>
        <translation>申请 {app_no} 当前为“{status}”，不能提出授信建议。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="271" />
        <source>the recommendation for {app_no} is now version {have}, not {expected_version}: someone saved it meanwhile; reopen it (your entries are still in the form)</source>
        <translation>{app_no} 的授信建议已被他人保存（现为第 {have} 版，不是第 {expected_version} 版）：请重新打开（您填写的内容仍保留在表单中）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="274" />
        <source>application {app_no} has no recommendation to submit</source>
        <translation>申请 {app_no} 没有可提交的授信建议。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="276" />
        <source>the recommendation for {app_no} is version {version}, not {expected_version}</source>
        <translation>{app_no} 的授信建议现为第 {version} 版，不是第 {expected_version} 版：请重新打开。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="278" />
        <source>application {app_no} is '{status}', not 'recommended'</source>
        <translation>申请 {app_no} 当前为“{status}”，不是“已建议”。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="280" />
        <source>application {app_no} is '{status}': the officer cannot decline it now</source>
        <translation>申请 {app_no} 当前为“{status}”：信贷员现在不能拒绝。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="282" />
        <source>{database} already holds data ({held}): the demo writes its data set only into an empty database; give another database file (--database) or remove this one</source>
        <translation>数据库 {database} 中已有数据：演示数据只能写入空数据库，请另指定数据库文件或删除此文件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="285" />
        <source>demo users missing: run the demo generator first</source>
        <translation>缺少演示用户：请先生成演示数据。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="287" />
        <source>{user} may not print agreement {document_no}: no member's case is one the user may open</source>
        <translation>您无权打印协议 {document_no}：您无权查看其任何成员的案件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="289" />
        <source>{user} may not print documents of case {app_no}: it belongs to another team</source>
        <translation>您无权打印案件 {app_no} 的文书：该案件属于其他团队。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="291" />
        <source>{user} may not print the {kind} of case {app_no}: it shows the borrower's full ID and phone numbers, which only the case's officer, supervisors and administrators may see</source>
        <translation>您无权打印案件 {app_no} 的这份文书：其中含有借款人完整的身份证号和手机号，只有经办信贷员、审批主管和管理员可以查看。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="294" />
        <source>no joint-guarantee group {ref!r} (give its id, agreement number or name)</source>
        <translation>联保小组 {ref} 不存在（请填写其编号、协议编号或名称）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="296" />
        <source>application {app_no} is not declined (status: {status}): no decline notice</source>
        <translation>申请 {app_no} 未被拒绝（当前为“{status}”），不能出具拒绝通知书。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="298" />
        <source>no application numbered {application_no!r}</source>
        <translation>申请 {application_no} 不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="300" />
        <source>no loan with contract number {contract_no!r}</source>
        <translation>合同编号为 {contract_no} 的贷款不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="302" />
        <source>application {app_no} has no approved offer and no signed contract (status: {status}): no contract to print</source>
        <translation>申请 {app_no} 没有已批准的授信，也没有已签署的合同（当前为“{status}”），没有可打印的合同。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="305" />
        <source>end of day for {as_of} refused: that business day has not begun (today is {today}); nothing was booked</source>
        <translation>{as_of} 的日终处理被拒绝：该营业日尚未开始（今天是 {today}），未记任何账。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="308" />
        <source>loan {contract_no}: end of day has run only through {last_eod}; a statement to {period_to} would miss interest (choose an earlier end date)</source>
        <translation>贷款 {contract_no}：日终只处理到 {last_eod}，截至 {period_to} 的对账单会漏计利息（请选择更早的截止日）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="311" />
        <source>loan {contract_no}: end of day has run only through {last_eod}, before the period from {period_from}</source>
        <translation>贷款 {contract_no}：日终只处理到 {last_eod}，早于对账期起始日 {period_from}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="314" />
        <source>statement period: {period_from} is after {period_to}</source>
        <translation>对账期：起始日 {period_from} 晚于截止日 {period_to}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="316" />
        <source>loan {contract_no} has not been disbursed: no statement yet</source>
        <translation>贷款 {contract_no} 尚未放款，还没有对账单。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="318" />
        <source>loan {contract_no} was disbursed on {disbursed_on}, after the period {period_from} to {period_to}</source>
        <translation>贷款 {contract_no} 于 {disbursed_on} 放款，晚于对账期 {period_from} 至 {period_to}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="321" />
        <source>no loan receipt numbered {receipt_no!r}</source>
        <translation>借据 {receipt_no} 不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="323" />
        <source>no such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="325" />
        <source>{name}: unknown file type {suffix}; expected .jsonl (JSON Lines) or .csv</source>
        <translation>{name}：无法识别的文件类型 {suffix}，应为 .jsonl 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="327" />
        <source>{name}: the first row must be the header with the column names of {format_doc} (no '{column}' column)</source>
        <translation>{name}：第一行须为列名表头（见格式说明 {format_doc}），缺少 {column} 列。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="330" />
        <source>cannot write the rejects file {path} ({os_error}): copy the import file to a folder you may write to and import it from there</source>
        <translation>无法写入拒收记录文件 {path}（{os_error}）：请把导入文件复制到有写权限的文件夹后再导入。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="443" />
        <source>{name}: cannot read the file ({os_error})</source>
        <translation>{name}：无法读取文件（{os_error}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="447" />
        <source>cannot write the rejects file {path} ({os_error}): copy the file to a folder you may write to and import it from there</source>
        <translation>无法写入拒收记录文件 {path}（{os_error}）：请把文件复制到有写权限的文件夹后再导入。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="333" />
        <source>{name} is not UTF-8 text (perhaps GBK): save it as UTF-8 and import again</source>
        <translation>{name} 不是 UTF-8 编码（可能是 GBK）：请另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="335" />
        <source>interview {interview_id} was saved elsewhere since you opened it (version {expected_version} -&gt; {version}); reopen it</source>
        <translation>面谈记录 {interview_id} 在您打开后已被他处保存（第 {expected_version} 版变为第 {version} 版）：请重新打开。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="338" />
        <source>the interview notes are submitted and cannot change; add a dated addendum instead</source>
        <translation>面谈记录已提交，不能修改：请添加注明日期的补充说明。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="340" />
        <source>{user} may not edit another officer's interview notes</source>
        <translation>您不能修改其他信贷员的面谈记录。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="342" />
        <source>{problems}</source>
        <translation>面谈记录有误：{problems}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="344" />
        <source>addendum: write what is corrected or added</source>
        <translation>补充说明：请写明更正或补充的内容。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="346" />
        <source>application {app_no} is '{status}': an interview can be recorded once the case is in review</source>
        <translation>申请 {app_no} 当前为“{status}”：案件进入审查后才能记录面谈。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="348" />
        <source>the interview cannot be submitted yet: {problems}</source>
        <translation>面谈记录还不能提交：{problems}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="350" />
        <source>the notes are still a draft: edit them directly</source>
        <translation>记录仍是草稿：请直接修改。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="352" />
        <source>loan {contract_no} was changed by someone else meanwhile; reopen it</source>
        <translation>贷款 {contract_no} 已被他人修改：请重新打开。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="354" />
        <source>a loan changed while a batch was being written; run it again</source>
        <translation>批处理写入期间有贷款被修改：请重新运行。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="356" />
        <source>a joint-guarantee group needs at least {min_members} member firms, got {count}</source>
        <translation>联保小组至少需要 {min_members} 家成员企业（现有 {count} 家）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="358" />
        <source>amount: must be positive</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="360" />
        <source>channel: {channel!r} is not one of {channels}</source>
        <translation>无法识别的渠道 {channel}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="362" />
        <source>no merchant with id {ids}</source>
        <translation>商户不存在（编号 {ids}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="364" />
        <source>a group named {name!r} already exists</source>
        <translation>名为 {name} 的小组已存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="366" />
        <source>no joint-guarantee group with id {group_id}</source>
        <translation>联保小组（编号 {group_id}）不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="368" />
        <source>the defaulting loan does not belong to a member of this group</source>
        <translation>该违约贷款不属于本小组成员。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="370" />
        <source>a demand goes to another member of the group</source>
        <translation>代偿要求须发给小组中的其他成员。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="372" />
        <source>loan {contract_no} is not past due</source>
        <translation>贷款 {contract_no} 未逾期。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="376" />
        <source>loan {contract_no} has not been disbursed yet</source>
        <translation>贷款 {contract_no} 尚未放款。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="378" />
        <source>value date {value_date} is before the disbursement on {disbursed_on}</source>
        <translation>起息日 {value_date} 早于放款日 {disbursed_on}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="380" />
        <source>{on} is before the disbursement on {disbursed_on}</source>
        <translation>{on} 早于放款日 {disbursed_on}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="382" />
        <source>loan {contract_no} is {loan_status}; nothing can be posted</source>
        <translation>贷款 {contract_no} 当前状态为{loan_status}，不能记账。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="386" />
        <source>loan {contract_no} is {loan_status}: this change would reopen it, which is not supported</source>
        <translation>贷款 {contract_no} 当前状态为{loan_status}：此项变更会使其重新打开，不支持此操作。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="388" />
        <source>application {app_no} already has a contract</source>
        <translation>申请 {app_no} 已有合同。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="390" />
        <source>channel: {channel!r} is not one of online, branch, app</source>
        <translation>无法识别的签约渠道 {channel}（应为线上、网点或手机应用）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="392" />
        <source>loan {contract_no} is {loan_status}; it can be disbursed once</source>
        <translation>贷款 {contract_no} 当前状态为{loan_status}：只能放款一次。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="394" />
        <source>disbursement date {on} is before the contract was signed ({signed_on})</source>
        <translation>放款日 {on} 早于合同签署日 {signed_on}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="396" />
        <source>amount {amount:,.2f} must be positive and at most the approved {approved_amount:,.2f}</source>
        <translation>金额 {amount} 元须大于零且不超过批准金额 {approved_amount} 元。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="398" />
        <source>reason: required for a reversal</source>
        <translation>冲正须填写原因。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="400" />
        <source>a reversal changes history: preview it and confirm</source>
        <translation>冲正会改变历史记录：请先预览再确认。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="402" />
        <source>entry {entry_id} is not an entry in force on loan {contract_no}</source>
        <translation>流水 {entry_id} 不是贷款 {contract_no} 的有效记账。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="404" />
        <source>a {kind} cannot be reversed here</source>
        <translation>此类记账不能在此冲正。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="406" />
        <source>reason: required for a waiver</source>
        <translation>减免须填写原因。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="408" />
        <source>waiver: give a positive interest and/or penalty amount</source>
        <translation>减免：请填写大于零的利息或罚息金额。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="410" />
        <source>reason: required for a write-off</source>
        <translation>核销须填写原因。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="412" />
        <source>loan {contract_no} was written off on {written_off_on}: money received on {value_date} is not a recovery after write-off</source>
        <translation>贷款 {contract_no} 已于 {written_off_on} 核销：{value_date} 收到的款项不属于核销后收回。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="415" />
        <source>loan {contract_no}: {amount:,.2f} is more than what is left of the write-off ({left:,.2f}); post at most that and return the rest</source>
        <translation>贷款 {contract_no}：{amount:,.2f} 超过核销余额（{left:,.2f}）；最多按该余额入账，其余退回。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="418" />
        <source>application {app_no} is {status}, not approved</source>
        <translation>申请 {app_no} 当前为“{status}”，不是已批准状态。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="420" />
        <source>the offer expired on {offer_expires_on}</source>
        <translation>授信已于 {offer_expires_on} 过期。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="422" />
        <source>application {app_no} is {status}, not contracted</source>
        <translation>申请 {app_no} 当前为“{status}”，尚未签约。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="424" />
        <source>a payment dated {value_date} is backdated for loan {contract_no}: preview what it changes and confirm</source>
        <translation>贷款 {contract_no} 的这笔还款倒签至 {value_date}：请先预览其影响再确认。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="427" />
        <source>a write-off must be dated after the last end of day ({last_eod})</source>
        <translation>核销日期须晚于最近一次日终（{last_eod}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="429" />
        <source>application {app_no} is already assigned</source>
        <translation>申请 {app_no} 已被领取。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="431" />
        <source>application {app_no} is not waiting to be claimed</source>
        <translation>申请 {app_no} 不在待领取状态。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="433" />
        <source>the new owner must be an active officer</source>
        <translation>新经办人须为在职的信贷员。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="435" />
        <source>{user} may only assign cases to officers of the team</source>
        <translation>您只能把案件分配给本团队的信贷员。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="437" />
        <source>{user} may not reassign a case outside the team</source>
        <translation>您不能改派本团队以外的案件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="439" />
        <source>application {app_no} is closed to reassignment</source>
        <translation>申请 {app_no} 已不能改派。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="441" />
        <source>application {app_no} is already with {owner}</source>
        <translation>申请 {app_no} 已由 {owner} 经办。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="445" />
        <source>{name}: unknown file type {suffix}; expected .csv or .jsonl</source>
        <translation>{name}：无法识别的文件类型 {suffix}，应为 .csv 或 .jsonl 文件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="450" />
        <source>{name}: the header (first row) lacks {columns}; see docs/repayments-format.md</source>
        <translation>{name}：表头（第一行）缺少列 {columns}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="452" />
        <source>decision must be one of {decisions}</source>
        <translation>无法识别的审批决定。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="454" />
        <source>a return needs a comment saying what to change</source>
        <translation>退回须在备注中说明需要修改什么。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="456" />
        <source>signature refused: the password is wrong; nothing was signed</source>
        <translation>签署被拒绝：密码错误，未签署任何内容。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="458" />
        <source>cannot approve: {findings}; nothing was signed</source>
        <translation>不能批准：{findings}；未签署任何内容。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="460" />
        <source>application {app_no} has no recommendation</source>
        <translation>申请 {app_no} 没有授信建议。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="462" />
        <source>the recommendation for {app_no} changed to version {version} after you opened version {seen_version}; nothing was signed. Reopen the case to review version {version}</source>
        <translation>您打开的是 {app_no} 授信建议的第 {seen_version} 版，之后已变为第 {version} 版；未签署任何内容。请重新打开案件审阅第 {version} 版。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="465" />
        <source>approve lower: the limit must be above 0 and below {ceiling:,.2f}</source>
        <translation>降额同意：额度须大于 0 且低于 {ceiling} 元。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="467" />
        <source>no application with id {app_id}</source>
        <translation>申请（编号 {app_id}）不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="469" />
        <source>application {app_no} was changed by someone else since you opened it (version {expected_version} -&gt; {version}); reopen it to see the changes</source>
        <translation>申请 {app_no} 在您打开后已被他人修改（第 {expected_version} 版变为第 {version} 版）：请重新打开查看。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/refusal_texts.py" line="472" />
        <source>reason: required</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="14" />
        <source>The database {path} is on a network share. SQLite cannot be shared that way; use a local disk, or a PostgreSQL server URL for a shared branch.</source>
        <translation>数据库 {path} 位于网络共享上。SQLite 不能以这种方式共享：请使用本地磁盘；网点共用时请使用 PostgreSQL 服务器地址。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="17" />
        <source>The database {path} is on a network file system ({fstype}). SQLite cannot be shared that way; use a local disk, or a PostgreSQL server URL for a shared branch.</source>
        <translation>数据库 {path} 位于网络文件系统（{fstype}）上。SQLite 不能以这种方式共享：请使用本地磁盘；网点共用时请使用 PostgreSQL 服务器地址。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="20" />
        <source>Cannot open the database {url}: {error}</source>
        <translation>无法打开数据库 {url}：服务器没有响应、没有访问权限或文件无法读取。详情已写入日志。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="23" />
        <source>no scorecard version {version} ({file} is not installed): the scores computed with it cannot be shown or computed again; ask an administrator to reinstall the scorecard file</source>
        <translation>评分卡版本 {version} 不存在（未安装文件 {file}）：用该版本计算的评分无法显示或重新计算。请联系管理员重新安装评分卡文件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="26" />
        <source>the scorecard file {file} holds version {found}, not version {version}: ask an administrator to reinstall the scorecard file</source>
        <translation>评分卡文件 {file} 中是版本 {found}，而不是版本 {version}。请联系管理员重新安装评分卡文件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="29" />
        <source>this score was computed with scorecard version {scored}, not version {version}: score the case again</source>
        <translation>该评分是用评分卡版本 {scored} 计算的，不是版本 {version}：请重新评分。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="32" />
        <source>the scorecard {file} cannot be used: {detail}; ask an administrator to reinstall the scorecard file</source>
        <translation>评分卡 {file} 无法使用：{detail}。请联系管理员重新安装评分卡文件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="36" />
        <source>no interview questionnaire {version} ({file} is not installed): ask an administrator to reinstall the questionnaire file</source>
        <translation>面谈问卷 {version} 不存在（未安装文件 {file}）。请联系管理员重新安装问卷文件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="39" />
        <source>the interview questionnaire {file} cannot be used: {detail}; ask an administrator to reinstall the questionnaire file</source>
        <translation>面谈问卷 {file} 无法使用：{detail}。请联系管理员重新安装问卷文件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="42" />
        <source>the interview questionnaire {version} has no question {question}: the answers were given to another version of the questionnaire</source>
        <translation>面谈问卷 {version} 中没有第 {question} 题：这些回答是按另一版本的问卷填写的。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="45" />
        <source>question {question} of the interview questionnaire has no answer {option}: choose the answer again</source>
        <translation>面谈问卷第 {question} 题没有选项 {option}：请重新选择答案。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="49" />
        <source>the terms are outside the product's bands: {problems}</source>
        <translation>贷款条件超出产品允许的范围：{problems}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="51" />
        <source>the loan amount must be more than zero, not {amount}</source>
        <translation>贷款金额必须大于零，而不是 {amount}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="53" />
        <source>the product's penalty base {value} is not one of {choices}: an administrator corrects the product</source>
        <translation>产品的罚息基数 {value} 不在 {choices} 之中：请管理员更正产品设置。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="56" />
        <source>the product's repayment order {value} does not list each of {choices} once: an administrator corrects the product</source>
        <translation>产品的还款冲抵顺序 {value} 没有把 {choices} 各列一次：请管理员更正产品设置。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="59" />
        <source>a bullet loan needs its term in days</source>
        <translation>到期一次还本付息的贷款需要以天数表示的期限。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="61" />
        <source>a monthly repayment method needs its term in months</source>
        <translation>按月还款的方式需要以月数表示的期限。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="63" />
        <source>the product's penalty multiplier {multiplier} or highest annual cost {max_cost}% is out of range: an administrator corrects the product</source>
        <translation>产品的罚息倍数 {multiplier} 或最高年化成本 {max_cost}% 超出允许范围：请管理员更正产品设置。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="66" />
        <source>the repayment schedule needs a first day</source>
        <translation>还款计划需要起始日。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/error_texts.py" line="68" />
        <source>the stored terms cannot be read: {detail}</source>
        <translation>已保存的贷款条件无法读取：{detail}</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="17" />
        <source>warning {warning} is closed</source>
        <translation>预警 {warning} 已关闭。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="18" />
        <location filename="../../workstation/domain/after_refusal_texts.py" line="55" />
        <source>{field_name}: required</source>
        <translation>{field_name}：必填。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="19" />
        <source>only a supervisor gives a warning to someone else; you may take it yourself</source>
        <translation>只有主管可以把预警分配给他人；您可以自己认领。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="21" />
        <source>loan {contract} is no longer being repaid ({loan_status})</source>
        <translation>贷款 {contract} 已不在还款中（{loan_status}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="22" />
        <source>a request of this kind already awaits sign-off</source>
        <translation>同类申请已在等待签批。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="23" />
        <source>loan {contract} is not a revolving line: there is no line to freeze or limit to cut</source>
        <translation>贷款 {contract} 不是循环额度：没有可冻结或压降的额度。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="25" />
        <source>the new limit {new} must be below the current limit {limit}</source>
        <translation>新额度 {new} 必须低于当前额度 {limit}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="26" />
        <source>the due date {due} must be after today ({today})</source>
        <translation>到期日 {due} 必须晚于今天（{today}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="27" />
        <source>loan {contract} has already been recalled</source>
        <translation>贷款 {contract} 已提前收贷。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="28" />
        <source>this request was already decided</source>
        <translation>该申请已处理。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="29" />
        <source>you may not sign or refuse your own request: another supervisor does</source>
        <translation>不能签批或驳回自己提出的申请，须由另一位主管处理。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="31" />
        <source>you are the officer of this case: another supervisor signs it</source>
        <translation>您是该案件的经办信贷员，须由另一位主管签批。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="33" />
        <source>the loan's amount {amount} is above your sign-off authority ({limit})</source>
        <translation>贷款金额 {amount} 超出您的签批权限（{limit}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="35" />
        <source>you have no sign-off authority for this product</source>
        <translation>您没有该产品的签批权限。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="36" />
        <source>a request on this warning still awaits sign-off: decide it first</source>
        <translation>该预警仍有申请等待签批，请先处理。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="38" />
        <source>this recall has not been signed yet: there is no notice to print</source>
        <translation>该提前收贷尚未签批，暂无通知书可打印。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="40" />
        <source>the warning rules cannot be stored: rule {rule}, field {rule_field}</source>
        <translation>预警规则无法保存：规则 {rule}，字段 {rule_field}。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="43" />
        <location filename="../../workstation/domain/after_refusal_texts.py" line="59" />
        <source>{field_name}: choose one of the listed values</source>
        <translation>{field_name}：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="44" />
        <source>no collection contact outside {start}:00-{end}:00 (it is {time} in Beijing time)</source>
        <translation>{start}:00-{end}:00 以外不得进行催收联系（现在北京时间 {time}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="46" />
        <source>{attempts} attempts today already: the limit is {limit} a day</source>
        <translation>今日已联系 {attempts} 次，每日上限 {limit} 次。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="47" />
        <source>amount: write yuan with at most two decimals, more than zero</source>
        <translation>金额：请填写大于零、最多两位小数的元金额。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="49" />
        <source>the promised date {date} is before today ({today})</source>
        <translation>承诺还款日 {date} 早于今天（{today}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="50" />
        <source>there is no such loan</source>
        <translation>没有这笔贷款。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="51" />
        <source>loan {contract} is no longer being repaid ({loan_status}): no promise to pay</source>
        <translation>贷款 {contract} 已不在还款中（{loan_status}），不能登记还款承诺。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="53" />
        <source>loan {contract} is not overdue on {date}: no collection letter</source>
        <translation>贷款 {contract} 在 {date} 未逾期，不能出具催收函件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="56" />
        <source>give at least one of credit code, ID number, phone, payment account</source>
        <translation>请至少填写统一社会信用代码、身份证号、电话、支付账户之一。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="58" />
        <source>{field_name}: at most {max_length} characters</source>
        <translation>{field_name}：最多 {max_length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="60" />
        <source>listing {listing} was already decided</source>
        <translation>名单 {listing} 已经处理。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="61" />
        <source>a second person signs this, not the one who proposed it</source>
        <translation>须由提请人以外的另一人签批。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="62" />
        <source>listing {listing} is not in force</source>
        <translation>名单 {listing} 未生效。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="63" />
        <source>the date {date} is before today ({today})</source>
        <translation>日期 {date} 早于今天（{today}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="64" />
        <source>the date {date} is after today ({today})</source>
        <translation>日期 {date} 晚于今天（{today}）。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="65" />
        <source>there is no such listing</source>
        <translation>没有该名单。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="67" />
        <source>this borrower has no loan yet</source>
        <translation>该客户尚无贷款。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="68" />
        <source>merchant {merchant} is not eligible under the current rules</source>
        <translation>按现行规则，商户 {merchant} 不符合条件。</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/after_refusal_texts.py" line="70" />
        <source>an application for merchant {merchant}'s offer was already opened today</source>
        <translation>今天已为商户 {merchant} 生成过申请。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="21" />
        <source>officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="22" />
        <source>supervisor</source>
        <translation>审批主管</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/param_texts.py" line="23" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_rules.py" line="25" />
        <source>Warning rules</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_rules.py" line="29" />
        <source>Version in force: %1</source>
        <translation>现行版本：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_rules.py" line="31" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_rules.py" line="31" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_rules.py" line="31" />
        <source>Suggested action</source>
        <translation>建议处置</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_rules.py" line="32" />
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_rules.py" line="44" />
        <source>Why this change (kept with the version)</source>
        <translation>修改原因（随版本保存）</translation>
    </message>
</context>
<context>
    <name>ScoreJob</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/score_job.py" line="23" />
        <source>Scoring: %n application(s) scored so far</source>
        <translation>
            <numerusform>评分中：已为 %n 笔申请评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/score_job.py" line="27" />
        <source>%n application(s) scored</source>
        <translation>
            <numerusform>已为 %n 笔申请评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/score_job.py" line="30" />
        <source>Scoring cancelled: %n application(s) scored and kept; the rest have no score yet</source>
        <translation>
            <numerusform>评分已取消：已评分的 %n 笔申请已保存，其余申请尚无评分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/score_job.py" line="39" />
        <source>Score applications</source>
        <translation>批量评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/score_job.py" line="40" />
        <source>Scoring every application that has no score yet...</source>
        <translation>正在为所有尚未评分的申请评分……</translation>
    </message>
</context>
<context>
    <name>ScoreTab</name>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="165" />
        <source>Score now</source>
        <translation>立即评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="166" />
        <source>Score this case on its data now; the score, its inputs and an audit entry are stored with the case.</source>
        <translation>按当前数据为本案件评分；评分、评分输入和一条审计记录随案件保存。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="175" />
        <source>Factor</source>
        <translation>评分因子</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="175" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="175" />
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="175" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="192" />
        <source>This case is not scored yet.</source>
        <translation>本案件尚未评分。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="193" />
        <source>Applications are scored when they are imported; Score now scores this one on its data today.</source>
        <translation>申请在导入时评分；“立即评分”按今天的数据为本案件评分。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="203" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="207" />
        <source>Total %1 points - grade %2 - estimated default probability %3% - suggested limit %4</source>
        <translation>合计 %1 分 - 评级 %2 - 预计违约概率 %3% - 建议额度 %4</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/case_tabs.py" line="210" />
        <source>Scorecard %1; computed %2 on the data up to %3; the inputs are stored with the case.</source>
        <translation>评分卡 %1；于 %2 按截至 %3 的数据计算；计算输入已随案件保存。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="40" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="43" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="44" />
        <source>Products and rates</source>
        <translation>产品与利率</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="45" />
        <source>Authority matrix</source>
        <translation>审批权限表</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="47" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="47" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="47" />
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="47" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="49" />
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="51" />
        <source>Lender details...</source>
        <translation>放贷机构信息…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="52" />
        <source>Warning rules...</source>
        <translation>预警规则…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="76" />
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="87" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="106" />
        <location filename="../../workstation/ui/operations/operations_settings.py" line="137" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="106" />
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="106" />
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="107" />
        <source>Lowest rate</source>
        <translation>最低利率</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="107" />
        <source>Highest rate</source>
        <translation>最高利率</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="116" />
        <source>Save products</source>
        <translation>保存产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="137" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="137" />
        <source>Signs up to</source>
        <translation>审批上限</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="138" />
        <source>Two signatures above</source>
        <translation>超过此额需双签</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="142" />
        <source>any other</source>
        <translation>其他产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_settings.py" line="145" />
        <source>Save authority matrix</source>
        <translation>保存审批权限表</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../workstation/ui/settings_form.py" line="69" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
<message><location filename="../../workstation/ui/operations/operations_settings.py" line="215" /><source>Se&amp;ttings...</source><translation>设置(&amp;T)…</translation></message><message><location filename="../../workstation/ui/operations/operations_settings.py" line="27" /><source>Interview recordings kept (days)</source><translation>面谈录像保留天数</translation></message><message><location filename="../../workstation/ui/operations/operations_settings.py" line="28" /><source>Lock an idle desk after (minutes)</source><translation>工作台空闲锁定（分钟）</translation></message><message><location filename="../../workstation/ui/operations/operations_settings.py" line="29" /><source>Net capital (yuan)</source><translation>净资本（元）</translation></message><message><location filename="../../workstation/ui/operations/operations_settings.py" line="30" /><source>Bank borrowing (% of net capital)</source><translation>银行借款（占净资本的百分比）</translation></message><message><location filename="../../workstation/ui/operations/operations_settings.py" line="31" /><source>One borrower at most (% of net capital)</source><translation>单户上限（占净资本的百分比）</translation></message><message><location filename="../../workstation/ui/operations/operations_settings.py" line="32" /><source>Warn when lending reaches (% of capacity)</source><translation>贷款余额达到放贷能力的百分比时预警</translation></message></context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../workstation/ui/operations/operations_setup.py" line="45" />
        <source>Set up the workstation</source>
        <translation>设置工作台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_setup.py" line="71" />
        <source>The lender</source>
        <translation>放贷机构</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_setup.py" line="71" />
        <source>Printed on every contract and letter. Placeholders (XX, 某某) are refused.</source>
        <translation>打印在每份合同和函件上。不接受占位内容（XX、某某）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_setup.py" line="77" />
        <source>Capital</source>
        <translation>资本</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_setup.py" line="77" />
        <source>The lending capacity is the net capital plus the bank borrowing allowed.</source>
        <translation>放贷能力为净资本加上允许的银行借款。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_setup.py" line="84" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_setup.py" line="84" />
        <source>Tick the products in use and give each its rate within its band.</source>
        <translation>勾选使用的产品，并在各自的利率区间内填写利率。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_setup.py" line="99" />
        <source>The first administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_setup.py" line="99" />
        <source>The administrator adds the other users.</source>
        <translation>由管理员添加其他用户。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_setup.py" line="106" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/operations_setup.py" line="106" />
        <source>Once a day the desk writes a checked backup into this folder; choose one on another disk.</source>
        <translation>工作台每天向此文件夹写入一份经校验的备份；请选择另一块磁盘上的文件夹。</translation>
    </message>
<message><location filename="../../workstation/ui/operations/operations_setup.py" line="26" /><source>Net capital (yuan)</source><translation>净资本（元）</translation></message><message><location filename="../../workstation/ui/operations/operations_setup.py" line="26" /><source>Bank borrowing (% of net capital, at most 50)</source><translation>银行借款（占净资本的百分比，最高 50）</translation></message><message><location filename="../../workstation/ui/operations/operations_setup.py" line="27" /><source>Products in use</source><translation>使用的产品</translation></message><message><location filename="../../workstation/ui/operations/operations_setup.py" line="27" /><source>User name</source><translation>用户名</translation></message><message><location filename="../../workstation/ui/operations/operations_setup.py" line="27" /><source>Full name</source><translation>姓名</translation></message><message><location filename="../../workstation/ui/operations/operations_setup.py" line="28" /><source>Password</source><translation>密码</translation></message><message><location filename="../../workstation/ui/operations/operations_setup.py" line="28" /><source>Backup folder</source><translation>备份文件夹</translation></message><message><location filename="../../workstation/ui/operations/operations_setup.py" line="28" /><source>Backups kept</source><translation>保留份数</translation></message><message><location filename="../../workstation/ui/operations/operations_setup.py" line="129" /><source>Rate of %1</source><translation>%1 的利率</translation></message><message><location filename="../../workstation/ui/operations/operations_setup.py" line="137" /><source>Please give real values for: %1</source><translation>请填写真实内容：%1</translation></message></context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../workstation/ui/signin.py" line="33" />
        <source>Sign in - Loan Officer Workstation</source>
        <translation>登录 - 信贷员工作台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="35" />
        <source>Loan Officer Workstation</source>
        <translation>信贷员工作台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="38" />
        <location filename="../../workstation/ui/signin.py" line="88" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="60" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="61" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="62" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="63" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="67" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="68" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="104" />
        <source>Opening the database...</source>
        <translation>正在打开数据库……</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="113" />
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="123" />
        <source>Change and sign in</source>
        <translation>修改并登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="124" />
        <source>Your password is a temporary one set by an administrator. Choose a new password before you continue.</source>
        <translation>您的密码是管理员设置的临时密码。请先设置新密码再继续。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="144" />
        <source>Enter the new password twice, the same both times.</source>
        <translation>请输入两次相同的新密码。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="167" />
        <source>The password is too short: at least %1 characters.</source>
        <translation>密码太短：至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="170" />
        <source>The password must mix letters with digits or symbols.</source>
        <translation>密码须由字母与数字或符号混合组成。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="172" />
        <source>The new password must differ from the temporary one.</source>
        <translation>新密码不能与临时密码相同。</translation>
    </message>
</context>
<context>
    <name>SignoffQueue</name>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="42" />
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="42" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="42" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="43" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="43" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="43" />
        <source>Officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="44" />
        <source>Sign-offs</source>
        <translation>审批签署</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="44" />
        <source>First signed by</source>
        <translation>首签人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="307" />
        <source>&amp;Sign-off queue</source>
        <translation>待我签署(&amp;S)</translation>
    </message>
<message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="324" />
        <source>Sign-off queue</source>
        <translation>待我签署</translation>
    </message></context>
<context>
    <name>SignoffView</name>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="103" />
        <source>lower limit</source>
        <translation>调减后额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="104" />
        <source>comment (required to return)</source>
        <translation>意见（退回时必填）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="105" />
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="106" />
        <source>Approve lower</source>
        <translation>调减额度批准</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="107" />
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="108" />
        <source>Decline…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="114" />
        <source>Recommendation</source>
        <translation>授信建议</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="116" />
        <source>Evidence</source>
        <translation>审查依据</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="121" />
        <source>Limit</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="122" />
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="150" />
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="150" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="153" />
        <source>Version %1 by %2: %3 %4, %5, %6, %7%/day. Suggested %8. Conditions: %9</source>
        <translation>第 %1 版（%2）：%3 %4，%5，%6，日利率 %7%。建议额度 %8。授信条件：%9</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="159" />
        <source>Justification: %1</source>
        <translation>理由说明：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="160" />
        <source>Status: %1. Sign-offs needed: %2. Your authority: %3.</source>
        <translation>状态：%1。所需审批签署：%2 个。您的审批权限：%3。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="177" />
        <source>Annualised rate %1%</source>
        <translation>年化利率 %1%</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="181" />
        <source>No repayment schedule can be computed for these terms.</source>
        <translation>按这些条件无法生成还款计划。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="189" />
        <source>Not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="192" />
        <source>Score %1, grade %2, default probability %3%, suggested %4</source>
        <translation>评分 %1，评级 %2，违约概率 %3%，建议额度 %4</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="198" />
        <source>Policy checks: %1</source>
        <translation>政策检查：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="198" />
        <source>all pass</source>
        <translation>全部通过</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="201" />
        <source>Inconsistencies: %1</source>
        <translation>不一致项：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="201" />
        <location filename="../../workstation/ui/case/signoff_view.py" line="211" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="203" />
        <source>The case file belongs to another team; the score and checks are in the first sign-off above.</source>
        <translation>该案件属于其他团队；评分与检查结果见上方第一级审批。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="208" />
        <source>Interview: %1, %2 discrepancies, masking %3, consistency %4, red flags: %5</source>
        <translation>面谈：%1，%2 处不一致，掩饰度 %3，一致性 %4，风险信号：%5</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="213" />
        <source>Interview: none submitted</source>
        <translation>面谈：尚未提交</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="218" />
        <source>Signing off needs the supervisor role.</source>
        <translation>审批签署需要审批主管角色。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="219" />
        <source>%1 is not awaiting sign-off.</source>
        <translation>%1 不在待审批状态。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="220" />
        <source>You may not sign off your own recommendation for %1.</source>
        <translation>您不能审批自己对 %1 提出的授信建议。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="221" />
        <source>You have already signed %1; another supervisor must give the next signature.</source>
        <translation>您已签署 %1；下一级签署须由另一位审批主管完成。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="223" />
        <source>%1 belongs to another team: its own supervisor signs first.</source>
        <translation>%1 属于其他团队：须由该团队主管先签署。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="228" />
        <source>approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="228" />
        <source>approved lower</source>
        <translation>降额同意</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="229" />
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="229" />
        <source>declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="243" />
        <source>Type the lower limit first.</source>
        <translation>请先输入调减后额度。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="251" />
        <source>Sign %1 on %2, recommendation version %3</source>
        <translation>对 %2 签署“%1”，授信建议第 %3 版</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="275" />
        <source>%1 approved: %2.</source>
        <translation>%1已批准：%2。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="277" />
        <source>%1: your signature is recorded; another supervisor must sign.</source>
        <translation>%1：您的签署已记录，尚需另一位审批主管签署。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="279" />
        <source>%1 is now: %2.</source>
        <translation>%1当前状态：%2。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="281" />
        <source>The case belongs to another team and is closed to you again.</source>
        <translation>该案件属于其他团队，签署后不再对您开放。</translation>
    </message>
<message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="291" />
        <source>Sign-off</source>
        <translation>审批</translation>
    </message></context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="23" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="25" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="25" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="25" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="25" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="26" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="26" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="29" />
        <source>Add...</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="30" />
        <source>Reset password...</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="31" />
        <source>Deactivate / activate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="36" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="54" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="54" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="78" />
        <location filename="../../workstation/ui/operations/users_dialog.py" line="88" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="79" />
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/operations/users_dialog.py" line="89" />
        <source>The password was reset; the user must change it at next sign-in.</source>
        <translation>密码已重置；该用户下次登录时须修改密码。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../workstation/ui/documents/documents_verify.py" line="81" />
        <location filename="../../workstation/ui/documents/documents_verify.py" line="116" />
        <source>Verify a document</source>
        <translation>核验文书</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_verify.py" line="83" />
        <source>&amp;Choose file...</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_verify.py" line="93" />
        <source>A PDF printed by the workstation, or a scan or photograph of a page (PNG/JPEG) showing its QR code.</source>
        <translation>本工作台打印的 PDF 文件，或带有二维码的页面扫描件、照片（PNG/JPEG）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_verify.py" line="109" />
        <source>Genuine</source>
        <translation>真实有效</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_verify.py" line="109" />
        <source>NOT genuine</source>
        <translation>未通过核验</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents/documents_verify.py" line="117" />
        <source>Documents and scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>文书及扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
<message><location filename="../../workstation/ui/documents/documents_verify.py" line="54" /><source>Not a workstation document: no document hash or QR code was found.</source><translation>非本工作台文书：未发现文书校验码或二维码。</translation></message><message><location filename="../../workstation/ui/documents/documents_verify.py" line="51" /><source>Altered: this file differs from every printed copy.</source><translation>已被改动：本文件与所有打印存档均不一致。</translation></message><message><location filename="../../workstation/ui/documents/documents_verify.py" line="53" /><source>Not issued: no such document was ever printed here.</source><translation>未出具：本系统从未打印过该文书。</translation></message><message><location filename="../../workstation/ui/documents/documents_verify.py" line="127" /><source>&amp;Verify a document...</source><translation>核验文书(&amp;V)…</translation></message><message><location filename="../../workstation/ui/documents/documents_verify.py" line="45" /><source>Genuine: %1 %2, first printed by %3 at %4.</source><translation>真实：%1 %2，由 %3 于 %4 首次打印。</translation></message><message><location filename="../../workstation/ui/documents/documents_verify.py" line="61" /><source>Altered: this merged file is not as it was printed.</source><translation>已被改动：本合并文件与打印时不一致。</translation></message><message><location filename="../../workstation/ui/documents/documents_verify.py" line="70" /><source>Only the QR code of the page was checked: compare the page with the archived copy.</source><translation>仅核验了页面二维码：请将页面内容与存档文本逐一核对。</translation></message><message><location filename="../../workstation/ui/documents/documents_verify.py" line="125" /><source>&amp;Documents</source><translation>文书(&amp;D)</translation></message><message><location filename="../../workstation/ui/documents/documents_verify.py" line="49" /><source>Altered: %1 %2 was printed here, but not as this copy shows it.</source><translation>已被改动：%1 %2 曾在本系统打印，但与本件不一致。</translation></message><message><location filename="../../workstation/ui/documents/documents_verify.py" line="60" /><source>Genuine merged file, printed by %1 at %2.</source><translation>真实的合并打印文件，由 %1 于 %2 打印。</translation></message><message><location filename="../../workstation/ui/documents/documents_verify.py" line="64" /><source>Pages %1-%2</source><translation>第 %1-%2 页</translation></message></context>
<context>
    <name>WarningDetail</name>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="50" />
        <source>Action</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="50" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="50" />
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="50" />
        <source>Amount / date</source>
        <translation>金额 / 日期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="51" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="51" />
        <source>Signed by</source>
        <translation>签批人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="53" />
        <source>Take</source>
        <translation>认领</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="53" />
        <source>Call note...</source>
        <translation>电话记录...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="53" />
        <source>Visit note...</source>
        <translation>走访记录...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="54" />
        <source>Ask for information...</source>
        <translation>要求补充资料...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="54" />
        <source>Close as false alarm...</source>
        <translation>误报关闭...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="55" />
        <source>Freeze line...</source>
        <translation>冻结额度...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="55" />
        <source>Reduce limit...</source>
        <translation>压降额度...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="56" />
        <source>Early recall...</source>
        <translation>提前收贷...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="56" />
        <source>Sign...</source>
        <translation>签批...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="56" />
        <source>Refuse...</source>
        <translation>驳回...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="57" />
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="166" />
        <source>Recall notice</source>
        <translation>提前收贷通知书</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="62" />
        <source>What was done</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="81" />
        <source>Select a warning</source>
        <translation>请选择一条预警</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="88" />
        <source>Severity: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="89" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="90" />
        <source>Suggested action: %1</source>
        <translation>建议处置：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="91" />
        <source>Seen %1 (threshold %2) in the snapshot of %3</source>
        <translation>监测值 %1（阈值 %2），数据日期 %3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="93" />
        <source>Loan %1, principal outstanding %2; rule set version %3</source>
        <translation>贷款 %1，未还本金 %2；规则版本 %3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="97" />
        <source>Revolving line: limit %1, %2</source>
        <translation>循环额度：%1，%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="98" />
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="98" />
        <source>open for draws</source>
        <translation>可支用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="100" />
        <source>Closed: %1</source>
        <translation>已关闭：%1</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="244" />
        <source>Warnings</source>
        <translation>贷后预警</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/aftercare_parts.py" line="160" />
        <source>&amp;After the loan</source>
        <translation>贷后(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="253" />
        <source>&amp;Warnings desk</source>
        <translation>预警工作台(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="259" />
        <source>Import &amp;monitoring data...</source>
        <translation>导入监测数据(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="264" />
        <source>Warning &amp;rules...</source>
        <translation>预警规则(&amp;R)...</translation>
    </message>
<message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="15" /><source>Login gap over the usual</source><translation>登录间隔异常</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="16" /><source>Sales down against before the loan</source><translation>销售额较借款前下降</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="17" /><source>Ad spend and traffic falling</source><translation>广告投放与流量下降</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="18" /><source>Shop restricted or closed</source><translation>店铺受限或关闭</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="19" /><source>Refunds and disputes too high</source><translation>退款纠纷比例过高</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="20" /><source>Cash to unrelated accounts</source><translation>资金流向无关账户</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="21" /><source>Related party or group member overdue</source><translation>关联方或联保成员逾期</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="22" /><source>Rating fall</source><translation>店铺评分下降</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="27" /><source>Low</source><translation>低</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="27" /><source>Medium</source><translation>中</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="27" /><source>High</source><translation>高</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="31" /><source>New</source><translation>新预警</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="31" /><source>Assigned</source><translation>已分配</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="31" /><source>Acting</source><translation>处置中</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="32" /><source>Closed</source><translation>已关闭</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="36" /><source>Call</source><translation>电话</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="36" /><source>Visit</source><translation>走访</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="37" /><source>Ask for information</source><translation>要求补充资料</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="37" /><source>Freeze the line</source><translation>冻结额度</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="38" /><source>Reduce the limit</source><translation>压降额度</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="38" /><source>Early recall</source><translation>提前收贷</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="39" /><source>Closed as false alarm</source><translation>误报关闭</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="43" /><source>Done</source><translation>已完成</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="43" /><source>Awaiting sign-off</source><translation>待签批</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="43" /><source>Signed</source><translation>已签批</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="44" /><source>Refused</source><translation>已驳回</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="48" /><source>Days since last login</source><translation>距上次登录天数</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="48" /><source>Weekly sales (yuan)</source><translation>周销售额（元）</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="49" /><source>Weekly ad spend (yuan)</source><translation>周广告投放（元）</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="49" /><source>Shop status (0 open, 1 restricted, 2 closed)</source><translation>店铺状态（0 正常，1 受限，2 关闭）</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="51" /><source>Refunds and disputes (% of orders)</source><translation>退款及纠纷（占订单 %）</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="51" /><source>Buyer rating</source><translation>买家评分</translation></message><message><location filename="../../workstation/ui/aftercare/warnings_texts.py" line="52" /><source>Outflow to unrelated accounts since the loan (yuan)</source><translation>放款后流向无关账户的资金（元）</translation></message></context>
<context>
    <name>WarningsDesk</name>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="213" />
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="213" />
        <source>Awaiting sign-off</source>
        <translation>待签批</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="215" />
        <source>Mine only</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="216" />
        <source>Search: warning number, merchant, rule</source>
        <translation>搜索：预警编号、商户、规则</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="230" />
        <location filename="../../workstation/ui/aftercare/warnings_desk.py" line="240" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条预警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningsModel</name>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_model.py" line="38" />
        <source>Warning</source>
        <translation>预警编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_model.py" line="38" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_model.py" line="38" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_model.py" line="38" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_model.py" line="38" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_model.py" line="39" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_model.py" line="39" />
        <source>Raised on</source>
        <translation>预警日期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_model.py" line="39" />
        <source>Officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/aftercare/warnings_model.py" line="52" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
</context>
<context>
    <name>case_file</name>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="58" />
        <source>Record contract signing...</source>
        <translation>登记合同签署…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="60" />
        <source>Disburse...</source>
        <translation>放款…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="77" />
        <source>This application has no approved offer.</source>
        <translation>本申请没有已批准的授信。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="94" />
        <source>No contract is recorded for this application.</source>
        <translation>本申请尚未登记借款合同。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loans/loan_contract.py" line="103" />
        <source>Cannot disburse</source>
        <translation>无法放款</translation>
    </message>
</context>
<context>
    <name>case_file.loan_screen</name>
    <message>
        <location filename="../../workstation/ui/loans/loan_screen.py" line="353" />
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../workstation/ui/case/interview_form.py" line="353" />
        <source>Interview</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case/recommend_form.py" line="412" />
        <source>Recommendation</source>
        <translation>授信建议</translation>
    </message>
</context>
<context>
    <name>q</name>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="324" />
        <source>Sign-off queue</source>
        <translation>待我签署</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../workstation/ui/case/signoff_view.py" line="291" />
        <source>Sign-off</source>
        <translation>审批</translation>
    </message>
</context>
<context><name>Blacklist</name><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="263" /><source>Blacklist</source><translation>黑名单</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="271" /><source>&amp;Blacklist</source><translation>黑名单(&amp;B)</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="32" /><source>Malicious default (恶意违约)</source><translation>恶意违约</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="32" /><source>Fraud</source><translation>欺诈</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="33" /><source>False information</source><translation>提供虚假资料</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="33" /><source>Loan used for other purposes</source><translation>挪用贷款</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="34" /><source>Other</source><translation>其他</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="38" /><source>Collections</source><translation>催收</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="38" /><source>Early warning</source><translation>贷后预警</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="38" /><source>Credit review</source><translation>授信审查</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="39" /><source>Court judgment</source><translation>法院判决</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="39" /><source>Platform notice</source><translation>平台通报</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="43" /><source>Awaiting signature</source><translation>待复核</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="43" /><source>In force</source><translation>生效中</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="43" /><source>Refused</source><translation>已驳回</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="44" /><source>Lifted</source><translation>已移出</translation></message><message><location filename="../../workstation/ui/aftercare/blacklist_desk.py" line="44" /><source>All</source><translation>全部</translation></message></context><context><name>Collections</name><message><location filename="../../workstation/ui/aftercare/collections_desk.py" line="284" /><source>Collections</source><translation>催收</translation></message><message><location filename="../../workstation/ui/aftercare/collections_desk.py" line="291" /><source>&amp;Collections desk</source><translation>催收工作台(&amp;C)</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="14" /><source>Phone</source><translation>电话</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="14" /><source>Text message</source><translation>短信</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="14" /><source>WeChat</source><translation>微信</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="14" /><source>Visit</source><translation>走访</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="15" /><source>Letter</source><translation>信函</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="19" /><source>Borrower</source><translation>借款人</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="19" /><source>Legal representative</source><translation>法定代表人</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="19" /><source>Guarantor</source><translation>担保人</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="20" /><source>Other contact</source><translation>其他联系人</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="20" /><source>Nobody</source><translation>未联系上</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="24" /><source>Reached</source><translation>已联系上</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="24" /><source>No answer</source><translation>无人接听</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="24" /><source>Refused to pay</source><translation>拒绝还款</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="25" /><source>Promised to pay</source><translation>承诺还款</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="25" /><source>Wrong number</source><translation>号码错误</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="26" /><source>Disputes the debt</source><translation>对欠款有异议</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="30" /><source>Open</source><translation>未到期</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="30" /><source>Kept</source><translation>已履行</translation></message><message><location filename="../../workstation/ui/aftercare/collections_texts.py" line="30" /><source>Broken</source><translation>未履行</translation></message></context><context><name>MonitoringFile</name><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="35" /><source>(whole line)</source><translation>（整行）</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="25" /><source>Platform member id</source><translation>平台会员号</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="25" /><source>Date</source><translation>日期</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="25" /><source>Login days</source><translation>登录天数</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="26" /><source>Days since the last login</source><translation>距上次登录天数</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="26" /><source>Orders</source><translation>订单数</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="26" /><source>Sales (GMV)</source><translation>销售额（GMV）</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="26" /><source>Refunds</source><translation>退款数</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="27" /><source>Disputes</source><translation>纠纷数</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="27" /><source>Advertising spend</source><translation>广告投入</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="27" /><source>Shop visitors</source><translation>店铺访客数</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="27" /><source>Shop rating</source><translation>店铺评分</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="28" /><source>Shop status</source><translation>店铺状态</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="28" /><source>Inflow</source><translation>资金流入</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="28" /><source>Outflow</source><translation>资金流出</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="29" /><source>Outflow to unrelated accounts</source><translation>流向无关账户的资金</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="42" /><source>The line cannot be read (not a JSON object or a CSV row of the header's columns, or too long or too deeply nested).</source><translation>该行无法读取（不是 JSON 对象或与表头列数一致的 CSV 行，或过长、嵌套过深）。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="44" /><source>The file is cut off here: the lines before it were imported.</source><translation>文件在此处被截断：此前的行已导入。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="45" /><source>A field the format does not know.</source><translation>文件格式中没有该字段。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="46" /><source>Required, missing.</source><translation>必填，缺失。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="47" /><source>Must be the platform member id (text, at most 40 characters).</source><translation>必须是平台会员号（文本，最多 40 个字符）。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="48" /><source>Not a date (YYYY-MM-DD).</source><translation>不是日期（应为 YYYY-MM-DD）。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="49" /><source>Must be a whole number, not negative, within the field's range.</source><translation>必须是该字段范围内的非负整数。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="50" /><source>Must be 0 to 5 with at most two decimals.</source><translation>必须在 0 到 5 之间，最多两位小数。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="52" /><source>More than the whole outflow.</source><translation>超过资金流出总额。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="53" /><source>No merchant has this platform member id.</source><translation>没有该平台会员号的商户。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="54" /><source>A different snapshot of this merchant for this date is already stored: it is not overwritten.</source><translation>该商户当日已存有一份不同的监测数据：不予覆盖。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="66" /><source>Not imported (reason %1).</source><translation>未导入（原因代码 %1）。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="97" /><source>Import monitoring data</source><translation>导入监测数据</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="101" /><source>Monitoring snapshots (*.jsonl *.ndjson *.json *.csv);;All files (*)</source><translation>监测数据 (*.jsonl *.ndjson *.json *.csv);;所有文件 (*)</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="83" /><source>The file is cut off: the lines before the cut were imported.</source><translation>文件被截断：截断处之前的行已导入。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="51" /><source>Must be one of: %1.</source><translation>必须是以下之一：%1。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="75" /><source>Lines read: %1</source><translation>读取行数：%1</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="76" /><source>Snapshots imported: %1</source><translation>已导入监测数据：%1 条</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="77" /><source>Already there (the same snapshot stored before), not stored again: %1</source><translation>已存在（此前已存入相同数据），未重复存入：%1 条</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="79" /><source>Refused: %1</source><translation>拒绝：%1 行</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="85" /><source>The refused lines, with line, field and reason, are also in %1</source><translation>被拒绝的行（含行号、字段和原因）另存于 %1</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="88" /><source>The first %1 refused lines are listed below.</source><translation>下表列出前 %1 个被拒绝的行。</translation></message><message><location filename="../../workstation/ui/aftercare/monitoring_file_dialog.py" line="80" /><source>Merchants checked against the warning rules: %1; warnings raised: %2</source><translation>按预警规则检查的商户：%1 户；产生预警：%2 条</translation></message></context><context><name>Schedule</name><message><location filename="../../workstation/ui/case/decide_common.py" line="117" /><source>No.</source><translation>期次</translation></message><message><location filename="../../workstation/ui/case/decide_common.py" line="117" /><source>Due</source><translation>应还日</translation></message><message><location filename="../../workstation/ui/case/decide_common.py" line="117" /><source>Principal</source><translation>本金</translation></message><message><location filename="../../workstation/ui/case/decide_common.py" line="117" /><source>Interest</source><translation>利息</translation></message><message><location filename="../../workstation/ui/case/decide_common.py" line="117" /><source>Payment</source><translation>还款额</translation></message><message><location filename="../../workstation/ui/case/decide_common.py" line="118" /><source>Balance</source><translation>余额</translation></message></context><context><name>Drafts</name><message><location filename="../../workstation/ui/drafts.py" line="122" /><source>Save now</source><translation>立即保存</translation></message><message><location filename="../../workstation/ui/drafts.py" line="123" /><source>Put my draft in the form</source><translation>将我的草稿填入表单</translation></message><message><location filename="../../workstation/ui/drafts.py" line="124" /><source>Discard my draft</source><translation>放弃我的草稿</translation></message><message><location filename="../../workstation/ui/drafts.py" line="261" /><source>Your draft is in the form. Saving it replaces the server's newer version.</source><translation>您的草稿已填入表单。保存后将取代服务器上较新的版本。</translation></message><message><location filename="../../workstation/ui/drafts.py" line="241" /><source>The server cannot be reached: what you typed is kept on this computer (a draft, not saved to the server yet). It will be offered for saving when the server is back.</source><translation>无法连接服务器：您输入的内容已作为草稿保存在本机（尚未保存到服务器）。服务器恢复后会提示您保存。</translation></message><message><location filename="../../workstation/ui/drafts.py" line="247" /><source>The server is back. Your draft is still only on this computer: save it now.</source><translation>服务器已恢复。您的草稿仍只保存在本机：请立即保存。</translation></message><message><location filename="../../workstation/ui/drafts.py" line="249" /><source>The server is back. Your draft is still only on this computer: finish the step now.</source><translation>服务器已恢复。您的草稿仍只保存在本机：请现在完成此步骤。</translation></message><message><location filename="../../workstation/ui/drafts.py" line="207" /><source>Your draft typed on this computer at %1 is back in the form. It is not saved to the server yet.</source><translation>您于 %1 在本机输入的草稿已填回表单，尚未保存到服务器。</translation></message><message><location filename="../../workstation/ui/drafts.py" line="210" /><source>A draft of this form typed on this computer at %1 was written over an older version; the record has changed on the server since. Both are kept: the form shows the server's version, your draft stays on this computer.</source><translation>本机于 %1 输入的此表单草稿基于较早的版本；此后服务器上的记录已被修改。两者均予保留：表单显示服务器上的版本，您的草稿仍保存在本机。</translation></message></context><context><name>FileJob</name><message><location filename="../../workstation/ui/file_job_dialog.py" line="52" /><source>... and more: see %1</source><translation>……其余见 %1</translation></message><message><location filename="../../workstation/ui/file_job_dialog.py" line="84" /><source>Reading the file...</source><translation>正在读取文件……</translation></message><message><location filename="../../workstation/ui/file_job_dialog.py" line="101" /><source>The file is being imported: each chunk of lines commits whole.</source><translation>正在导入：每批记录整体提交。</translation></message><message><location filename="../../workstation/ui/file_job_dialog.py" line="169" /><source>The file is imported.</source><translation>文件已导入。</translation></message><message><location filename="../../workstation/ui/file_job_dialog.py" line="80" /><source>File:</source><translation>文件：</translation></message><message><location filename="../../workstation/ui/file_job_dialog.py" line="89" /><source>Line</source><translation>行号</translation></message><message><location filename="../../workstation/ui/file_job_dialog.py" line="89" /><source>Field</source><translation>字段</translation></message><message><location filename="../../workstation/ui/file_job_dialog.py" line="89" /><source>Reason</source><translation>原因</translation></message><message><location filename="../../workstation/ui/file_job_dialog.py" line="89" /><source>As read</source><translation>原始内容</translation></message><message><location filename="../../workstation/ui/file_job_dialog.py" line="189" /><source>The file was not imported: %1</source><translation>文件未导入：%1</translation></message><message><location filename="../../workstation/ui/file_job_dialog.py" line="48" /><source>line %1, %2: %3</source><translation>第 %1 行，%2：%3</translation></message><message><location filename="../../workstation/ui/file_job_dialog.py" line="162" /><source>Line %1 of %2</source><translation>第 %1 行，共 %2 行</translation></message></context><context><name>GroupScreen</name><message><location filename="../../workstation/ui/loans/loan_group.py" line="36" /><source>Record demand...</source><translation>登记催收…</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="37" /><source>Refresh</source><translation>刷新</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="85" /><source>Record demand</source><translation>登记催收</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="98" /><source>Demand to</source><translation>催收对象</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="99" /><source>Amount</source><translation>金额</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="100" /><source>Channel</source><translation>渠道</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="101" /><source>Note</source><translation>记录</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="39" /><source>Members</source><translation>联保成员</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="42" /><source>Exposure to members in default (jointly liable for the whole)</source><translation>对违约成员的风险敞口（承担全额连带责任）</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="45" /><source>Demands made</source><translation>催收记录</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="63" /><source>Member</source><translation>成员</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="63" /><source>Loans</source><translation>贷款</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="63" /><source>Outstanding</source><translation>未还余额</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="63" /><source>Overdue</source><translation>逾期金额</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="63" /><source>Days past due</source><translation>逾期天数</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="64" /><source>In default</source><translation>已违约</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="67" /><source>Exposed to</source><translation>代偿对象</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="67" /><source>Jointly liable</source><translation>连带责任金额</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="67" /><source>Equal share</source><translation>均摊金额</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="70" /><source>Date</source><translation>日期</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="60" /><source>The group cannot take new loans: %1</source><translation>该联保小组不能再申请新贷款：%1</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="66" /><source>yes</source><translation>是</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="66" /><source>no</source><translation>否</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="90" /><source>%1 for %2</source><translation>%1 代 %2</translation></message><message><location filename="../../workstation/ui/loans/loan_group.py" line="58" /><source>%1 - formed %2 - %3 members</source><translation>%1 - 成立于 %2 - %3 名成员</translation></message></context><context><name>LoanMenu</name><message><location filename="../../workstation/ui/loans/loan_menu.py" line="22" /><source>&amp;Loans</source><translation>贷款(&amp;L)</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="26" /><source>Open joint-guarantee &amp;group...</source><translation>打开联保小组(&amp;G)…</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="45" /><source>Open loan</source><translation>打开贷款</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="45" /><source>Contract number</source><translation>合同编号</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="68" /><source>Open group</source><translation>打开联保小组</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="68" /><source>Group</source><translation>联保小组</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="100" /><source>End of day</source><translation>日终处理</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="100" /><source>Business date (YYYY-MM-DD)</source><translation>营业日期（YYYY-MM-DD）</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="31" /><source>Run &amp;end of day...</source><translation>执行日终处理(&amp;E)…</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="66" /><source>Groups</source><translation>联保小组</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="66" /><source>There are no joint-guarantee groups.</source><translation>没有联保小组。</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="116" /><source>Accruing interest and penalties...</source><translation>正在计提利息和罚息……</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="24" /><source>Open loan by &amp;contract number...</source><translation>按合同编号打开贷款(&amp;C)…</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="84" /><source>End of day %1 was already complete and no loan is behind it: nothing changed.</source><translation>%1 的日终处理此前已完成，没有贷款落后于该日：未作任何变动。</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="29" /><source>Import &amp;repayment file...</source><translation>导入还款文件(&amp;R)…</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="54" /><source>No loan with contract number %1</source><translation>没有合同编号为 %1 的贷款</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="88" /><source>End of day %1 to %2: %3 loans, %4 entries, %5 offers expired.</source><translation>%1 至 %2 日终处理：%3 笔贷款，%4 条分录，%5 个授信已失效。</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="107" /><source>%1 is not a date: write YYYY-MM-DD.</source><translation>%1 不是日期：请按 YYYY-MM-DD 填写。</translation></message><message><location filename="../../workstation/ui/loans/loan_menu.py" line="91" /><source>End of day %1: %2 loans, %3 entries, %4 offers expired.</source><translation>%1 日终处理：%2 笔贷款，%3 条分录，%4 个授信已失效。</translation></message></context><context><name>LoanRecoveries</name><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="35" /><source>Post recovery...</source><translation>登记核销后收回...</translation></message><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="51" /><source>Entry no.</source><translation>流水号</translation></message><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="51" /><source>Value date</source><translation>起息日</translation></message><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="51" /><source>Amount</source><translation>金额</translation></message><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="51" /><source>Reference</source><translation>参考号</translation></message><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="51" /><source>Source</source><translation>来源</translation></message><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="52" /><source>Note</source><translation>记录</translation></message><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="15" /><source>desk</source><translation>柜面</translation></message><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="15" /><source>repayment file</source><translation>还款文件</translation></message><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="55" /><source>reversal</source><translation>冲正</translation></message><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="55" /><source>reversed</source><translation>已冲正</translation></message><message><location filename="../../workstation/ui/loans/loan_recoveries.py" line="47" /><source>Written off %1; recovered since %2; left on the written-off memo %3.</source><translation>已核销 %1；核销后已收回 %2；表外核销备查余额 %3。</translation></message></context><context><name>LoanScreen</name><message><location filename="../../workstation/ui/loans/loan_screen.py" line="34" /><source>paid</source><translation>已结清</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="34" /><source>prepaid</source><translation>已提前还款</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="34" /><source>written off</source><translation>已核销</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="34" /><source>overdue</source><translation>逾期</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="35" /><source>partly paid</source><translation>部分已还</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="35" /><source>due</source><translation>到期应还</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="35" /><source>scheduled</source><translation>未到期</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="66" /><source>Amount</source><translation>金额</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="67" /><source>Value date</source><translation>起息日</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="94" /><source>Principal</source><translation>本金</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="94" /><source>Interest</source><translation>利息</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="94" /><source>Penalty</source><translation>罚息</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="94" /><source>Overdue principal</source><translation>逾期本金</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="94" /><source>Days past due</source><translation>逾期天数</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="95" /><source>Class</source><translation>五级分类</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="112" /><source>Confirm</source><translation>确认</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="136" /><source>Post repayment...</source><translation>登记还款…</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="137" /><source>Payoff quote...</source><translation>提前结清试算…</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="138" /><source>Draw...</source><translation>提款…</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="139" /><source>Freeze line...</source><translation>冻结额度...</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="140" /><source>Reverse selected entry...</source><translation>冲正所选分录…</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="141" /><source>Refresh</source><translation>刷新</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="143" /><source>Balances</source><translation>余额</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="154" /><source>Credit line</source><translation>授信额度</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="163" /><source>Schedule</source><translation>还款计划</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="166" /><source>Show daily accruals</source><translation>显示每日计提</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="171" /><source>Journal</source><translation>账务流水</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="175" /><source>Disbursements</source><translation>放款记录</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="180" /><source>Recoveries</source><translation>核销后收回</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="275" /><source>Post repayment</source><translation>登记还款</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="280" /><source>Payoff quote for a date (amount ignored)</source><translation>按日期试算提前结清金额（不使用金额）</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="289" /><source>Payoff quote</source><translation>提前结清试算</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="295" /><source>Draw on the line</source><translation>额度提款</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="303" /><source>Reason</source><translation>原因</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="321" /><source>Reverse entry</source><translation>冲正分录</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="44" /><source>overdue %n day(s)</source><translation>逾期 %n 天</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="91" /><source>This changes the loan's history. Check what changes before you confirm.</source><translation>此操作将更改贷款的历史记录。确认前请核对变动内容。</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="98" /><source>Balance</source><translation>余额</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="98" /><source>Before</source><translation>变动前</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="98" /><source>After</source><translation>变动后</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="106" /><source>No.</source><translation>期次</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="106" /><source>Due</source><translation>应还日</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="106" /><source>Status before</source><translation>变动前状态</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="106" /><source>Status after</source><translation>变动后状态</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="106" /><source>Owed before</source><translation>变动前应还</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="107" /><source>Owed after</source><translation>变动后应还</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="232" /><source>Due date</source><translation>应还日期</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="232" /><source>Paid principal</source><translation>已还本金</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="233" /><source>Paid interest</source><translation>已还利息</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="233" /><source>Outstanding</source><translation>未还余额</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="233" /><source>Status</source><translation>状态</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="240" /><source>Entry no.</source><translation>流水号</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="240" /><source>Kind</source><translation>类型</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="241" /><source>Reference</source><translation>参考号</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="241" /><source>Note</source><translation>记录</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="303" /><source>Unfreeze line</source><translation>解冻额度</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="303" /><source>Freeze line</source><translation>冻结额度</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="89" /><source>Confirm: %1</source><translation>确认：%1</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="146" /><source>Interest accrued</source><translation>应计利息</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="147" /><source>Penalty interest</source><translation>罚息</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="147" /><source>Overdue</source><translation>逾期金额</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="148" /><source>Bucket / class</source><translation>逾期档次 / 五级分类</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="149" /><source>To refund</source><translation>应退金额</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="218" /><source>Unfreeze line...</source><translation>解冻额度…</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="178" /><source>Post recovery</source><translation>登记核销后收回</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="37" /><source>disbursement</source><translation>放款</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="37" /><source>draw</source><translation>提款</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="37" /><source>repayment</source><translation>还款</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="38" /><source>interest accrual</source><translation>利息计提</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="38" /><source>penalty accrual</source><translation>罚息计提</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="38" /><source>waiver</source><translation>减免</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="39" /><source>reversal</source><translation>冲正</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="39" /><source>write-off</source><translation>核销</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="110" /><source>%n journal correction(s) will be posted.</source><translation>将记入 %n 笔更正分录。</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="242" /><source> (reversed)</source><translation>（已冲正）</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="216" /><source>FROZEN: %1</source><translation>已冻结：%1</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="36" /><source>contracted</source><translation>已签约</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="36" /><source>active</source><translation>还款中</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="36" /><source>closed</source><translation>已结清</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="229" /><source>Recalled early (notice %1, signed %2): the whole balance falls due on %3; the schedule shows the dates as they apply after the recall.</source><translation>已提前收贷（通知书 %1，%2 签批）：全部未还款项于 %3 到期；还款计划按提前收贷后的日期列示。</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="289" /><source>To settle on %1: %2
(principal %3, interest to that day %4, penalty %5)</source><translation>%1 结清需还：%2
（本金 %3，截至当日利息 %4，罚息 %5）</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="213" /><source>Limit %1
Drawn %2
Available %3
Expires %4%5</source><translation>额度 %1
已用 %2
可用 %3
到期日 %4%5</translation></message><message><location filename="../../workstation/ui/loans/loan_screen.py" line="198" /><source>%1  %2  %3  -  %4  -  disbursed %5 on %6, matures %7</source><translation>%1  %2  %3  -  %4  -  %6 放款 %5，%7 到期</translation></message><message>
        <location filename="../../workstation/ui/loans/loan_screen.py" line="353" />
        <source>Loan</source>
        <translation>贷款</translation>
    </message></context><context><name>LoanTranches</name><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="45" /><source>Disburse the rest...</source><translation>发放剩余额度...</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="60" /><source>No.</source><translation>期次</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="60" /><source>Loan</source><translation>放款</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="60" /><source>Receipt</source><translation>借据</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="60" /><source>Value date</source><translation>起息日</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="60" /><source>Amount</source><translation>金额</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="61" /><source>Principal outstanding</source><translation>在贷本金</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="61" /><source>Status</source><translation>状态</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="18" /><source>contracted</source><translation>已签约</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="18" /><source>active</source><translation>还款中</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="18" /><source>closed</source><translation>已结清</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="18" /><source>written off</source><translation>已核销</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="91" /><source>Cannot disburse</source><translation>无法放款</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="75" /><source>Contracted %1, paid out %2: nothing more can be paid out under this contract.</source><translation>合同金额%1，已放款%2；本合同项下不能再发放。</translation></message><message><location filename="../../workstation/ui/loans/loan_tranches.py" line="69" /><source>Contracted %1, paid out %2: %3 can still be paid out under this contract until %4.</source><translation>合同金额%1，已放款%2；本合同项下尚可发放%3，有效期至%4。</translation></message></context><context><name>RepaymentFile</name><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="42" /><source>Not a valid JSON record: the line is not posted.</source><translation>不是有效的 JSON 记录：该行未入账。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="43" /><source>Not valid CSV: the file was not read beyond this line.</source><translation>不是有效的 CSV：此行之后的内容未读取。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="44" /><source>A quoted value is not closed: nothing of this record is posted.</source><translation>引号未闭合：该记录未入账。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="45" /><source>The number of values differs from the header (a comma inside an unquoted value?).</source><translation>值的个数与表头不一致（未加引号的值中含有逗号？）。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="46" /><source>Required, missing.</source><translation>必填，缺失。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="47" /><source>Too long.</source><translation>过长。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="48" /><source>Not a date (YYYY-MM-DD).</source><translation>不是日期（应为 YYYY-MM-DD）。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="49" /><source>The date is outside 1900 to 2100.</source><translation>日期不在 1900 年至 2100 年之间。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="50" /><source>The amount must be more than zero.</source><translation>金额必须大于零。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="52" /><source>No loan has this contract number.</source><translation>没有该合同号的贷款。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="53" /><source>The loan is not disbursed yet.</source><translation>该贷款尚未放款。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="54" /><source>The loan is closed (settled), perhaps by an earlier line of this file.</source><translation>该贷款已结清（可能由本文件中前面的一行结清）。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="55" /><source>The loan is written off.</source><translation>该贷款已核销。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="56" /><source>The value date is before the disbursement.</source><translation>起息日早于放款日。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="57" /><source>The value date is in the future.</source><translation>起息日在未来。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="58" /><source>An order settlement on a loan that is not an order loan.</source><translation>订单结算只适用于订单贷，该贷款不是订单贷。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="59" /><source>The payment reference is repeated in the file: the first line counts.</source><translation>支付流水号在文件中重复：以第一行为准。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="61" /><source>The loan is not open for this payment.</source><translation>该贷款当前不能接收此笔款项。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="63" /><source>A recovery dated before the write-off.</source><translation>核销后收回的起息日早于核销日。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="65" /><source>More than is left of the written-off amount: the line is not posted.</source><translation>金额超过核销后尚未收回的余额：该行未入账。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="78" /><source>Cannot be posted (reason %1).</source><translation>无法入账（原因代码 %1）。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="116" /><source>Import repayment file</source><translation>导入还款文件</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="120" /><source>Repayment file (*.csv *.jsonl *.ndjson *.json);;All files (*)</source><translation>还款文件 (*.csv *.jsonl *.ndjson *.json);;所有文件 (*)</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="29" /><source>(whole line)</source><translation>（整行）</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="30" /><source>Payment reference</source><translation>支付流水号</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="31" /><source>Contract number</source><translation>合同编号</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="32" /><source>Value date</source><translation>起息日</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="33" /><source>Amount</source><translation>金额</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="34" /><source>Kind</source><translation>类型</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="51" /><source>Not a known kind: %1.</source><translation>不是可识别的类型：%1。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="88" /><source>Lines read: %1</source><translation>读取行数：%1</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="94" /><source>Duplicates (posted or held before, or repeated in the file), not posted again: %1</source><translation>重复（此前已入账或已挂账，或在文件中重复），未再次入账：%1</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="99" /><source>The refused lines, with line, field and reason, are also in %1</source><translation>被拒绝的行（含行号、字段和原因）另存于 %1</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="102" /><source>An earlier run of this file (batch %1) had been interrupted: this run finished it.</source><translation>此文件此前的导入（批次 %1）曾中断：本次已完成。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="92" /><source>Held for an officer (above the loan's payoff): %1 lines, %2 yuan; see Tools &gt; Held repayments</source><translation>超过结清金额、留待信贷员处理：%1 行，%2 元；见 工具 &gt; 挂账还款</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="96" /><source>Refused: %1 (of them with no such contract: %2)</source><translation>拒绝：%1 行（其中合同号不存在：%2 行）</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="105" /><source>Batch %1 (file %2) was interrupted: import that file again to finish it.</source><translation>批次 %1（文件 %2）曾中断：请再次导入该文件以完成。</translation></message><message><location filename="../../workstation/ui/loans/repayment_file_dialog.py" line="89" /><source>Posted: %1 lines, %2 yuan (%3 of them backdated, the nights after them recomputed)</source><translation>已入账：%1 行，%2 元（其中倒起息 %3 行，其后各日已重算）</translation></message></context><context><name>BackupScreen</name><message><location filename="../../workstation/ui/operations/operations_backup.py" line="40" /><source>Backup written</source><translation>备份已写入</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="49" /><source>Back up the database</source><translation>备份数据库</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="68" /><source>Backup restored</source><translation>备份已恢复</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="75" /><source>Restore a backup</source><translation>恢复备份</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="146" /><source>&amp;Back up...</source><translation>备份(&amp;B)…</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="151" /><source>&amp;Restore a backup...</source><translation>恢复备份(&amp;R)…</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="155" /><source>&amp;Automatic backups...</source><translation>自动备份(&amp;A)…</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="38" /><source>Backup not written</source><translation>备份未写入</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="66" /><source>Backup not restored</source><translation>备份未恢复</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="140" /><source>Automatic backup written: %1</source><translation>自动备份已写入：%1</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="41" /><source>The backup was written and checked:
%1

Audit head: %2</source><translation>备份已写入并通过校验：
%1

审计链头：%2</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="60" /><source>Replace everything in the database by the backup
%1?

The database as it is now is kept aside first.</source><translation>用备份
%1
替换数据库中的全部内容吗？

当前数据库会先另行保存。</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="69" /><source>The database was restored from:
%1

The database as it was is kept in:
%2</source><translation>数据库已从以下备份恢复：
%1

恢复前的数据库保存在：
%2</translation></message><message><location filename="../../workstation/ui/operations/operations_backup.py" line="137" /><source>Automatic backup failed: %1</source><translation>自动备份失败：%1</translation></message></context><context><name>ServerBanner</name><message><location filename="../../workstation/ui/operations/operations_server.py" line="29" /><source>The database server cannot be reached. Keep this window open: what is on the screen stays, and the desk reconnects by itself when the server is back. What you type is kept on this computer until it can be saved.</source><translation>无法连接数据库服务器。请保持此窗口打开：屏幕上的内容会保留，服务器恢复后工作台会自动重新连接。您输入的内容会先保存在本机，待可以保存时再保存到服务器。</translation></message></context></TS>