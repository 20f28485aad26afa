<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="23" />
        <source>Call note</source>
        <translation>电话记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="23" />
        <source>Visit note</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="24" />
        <source>Ask for information</source>
        <translation>要求补充资料</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="24" />
        <source>Close as false alarm</source>
        <translation>误报关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="25" />
        <source>Request: freeze the line</source>
        <translation>申请：冻结额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="25" />
        <source>Request: reduce the limit</source>
        <translation>申请：压降额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="26" />
        <source>Request: early recall</source>
        <translation>申请：提前收贷</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="26" />
        <source>Sign the request</source>
        <translation>签批申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="27" />
        <source>Refuse the request</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="28" />
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="28" />
        <source>What was seen</source>
        <translation>走访所见</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="29" />
        <source>What is asked for</source>
        <translation>要求补充的资料</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="29" />
        <source>Comment (optional)</source>
        <translation>意见（可不填）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="43" />
        <source>Current limit</source>
        <translation>当前额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="44" />
        <source>New limit</source>
        <translation>新额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="46" />
        <source>Whole balance due on</source>
        <translation>全部余额到期日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="47" />
        <source>A supervisor signs the recall; then the notice can be printed.</source>
        <translation>提前收贷经主管签批后，方可打印通知书。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="49" />
        <source>Another supervisor must sign before this takes effect.</source>
        <translation>须经另一位主管签批后生效。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="50" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="52" />
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="66" />
        <source>Write the reason (or the note): it is required.</source>
        <translation>请填写原因（或记录），此项必填。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_dialogs.py" line="80" />
        <source>Type your password to sign.</source>
        <translation>请输入密码以签批。</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="106" />
        <source>Add user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="110" />
        <source>officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="111" />
        <source>supervisor</source>
        <translation>审批主管</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="112" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="114" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="123" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="124" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="125" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="126" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="127" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="16" />
        <source>Type an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="17" />
        <source>Write the amount in digits, without an exponent (1000, not 1e3).</source>
        <translation>请用数字填写金额，不要用科学计数法（写 1000，不写 1e3）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="18" />
        <source>An amount has no underscores.</source>
        <translation>金额中不能有下划线。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="19" />
        <source>Use a decimal point, not a comma (1.50, not 1,50).</source>
        <translation>小数请用小数点，不用逗号（写 1.50，不写 1,50）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="20" />
        <source>Thousands separators are not allowed here.</source>
        <translation>此处不允许使用千位分隔符。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="21" />
        <source>Thousands separators must group three digits (1,234,567.89).</source>
        <translation>千位分隔符须每三位一组（如 1,234,567.89）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="22" />
        <location filename="../../workstation/ui/amounts.py" line="23" />
        <source>Not an amount: use digits with at most two decimals</source>
        <translation>不是金额：请输入数字，最多两位小数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="24" />
        <source>At most two decimals (to the fen).</source>
        <translation>最多两位小数（精确到分）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="25" />
        <source>The amount must not be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="26" />
        <source>Type the amount without a sign.</source>
        <translation>金额前请勿加正负号。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="27" />
        <source>The amount is beyond the largest allowed.</source>
        <translation>金额超过允许的上限。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="28" />
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/amounts.py" line="43" />
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workstation/ui/app.py" line="102" />
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="107" />
        <source>Creating merchants and applications</source>
        <translation>创建商户与申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="108" />
        <source>Deciding cases through the desk's services</source>
        <translation>通过工作台服务完成案件决策</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="109" />
        <source>Opening and servicing the demo loans</source>
        <translation>开立并管理演示贷款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="110" />
        <source>Running end of day to today</source>
        <translation>执行日终处理至今天</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="111" />
        <source>Scoring the open cases</source>
        <translation>为在办案件评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="127" />
        <source>Creating the demo database with %1 applications...</source>
        <translation>正在创建含 %1 笔申请的演示数据库……</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="129" />
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="212" />
        <source>The database cannot be opened:

%1</source>
        <translation>无法打开数据库：

%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="213" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="218" />
        <source>This database has no users yet. Create the first administrator with:

%1</source>
        <translation>此数据库还没有用户。请先用以下命令创建第一个管理员：

%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="219" />
        <source>No users</source>
        <translation>没有用户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="232" />
        <source>The desk cannot start</source>
        <translation>工作台无法启动</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/app.py" line="233" />
        <source>A part of the desk is missing or broken:

%1</source>
        <translation>工作台的某个组成部分缺失或已损坏：

%1</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="62" />
        <source>Batch print</source>
        <translation>批量打印</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="64" />
        <source>Statements for a month</source>
        <translation>某月对账单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="64" />
        <source>Contracts signed on a day</source>
        <translation>某日签署的合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="65" />
        <source>Schedules for contracts</source>
        <translation>指定合同的还款计划</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="71" />
        <source>NO,NO,...</source>
        <translation>合同编号,合同编号,…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="78" />
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="83" />
        <source>One merged PDF</source>
        <translation>合并为一个 PDF</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="85" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="86" />
        <source>For</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="87" />
        <source>Into folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="93" />
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="94" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="95" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="131" />
        <source>Month %1: end of day has run only through %2; no day of the month is in the books yet.</source>
        <translation>%1 月：日终处理仅运行至 %2，本月尚无已入账的日期，暂不能出具对账单。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="139" />
        <source>Nothing to print: no loan matches.</source>
        <translation>没有可打印的内容：没有符合条件的贷款。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="164" />
        <source>Cancelling after the document being printed...</source>
        <translation>当前文件打印完后即取消……</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="171" />
        <source>Reading %1 of %2</source>
        <translation>正在读取第 %1 份，共 %2 份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="171" />
        <source>Printing %1 of %2</source>
        <translation>正在打印第 %1 份，共 %2 份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="186" />
        <source>Printed %1 of %2.</source>
        <translation>已打印 %1 份，共 %2 份。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="189" />
        <source>Cancelled: the documents printed so far are kept and recorded.</source>
        <translation>已取消：已打印的文件予以保留并已记录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="191" />
        <source>Merged file: %1</source>
        <translation>合并文件：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="193" />
        <source>FAILED %1: %2</source>
        <translation>失败 %1：%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="195" />
        <source>Skipped %1 document(s) of cases you may not open: %2</source>
        <translation>已跳过 %1 份无权查看案件的文书：%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_batch.py" line="209" />
        <source>Folder for the PDFs</source>
        <translation>PDF 输出文件夹</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../workstation/ui/case_file.py" line="41" />
        <source>Refresh case</source>
        <translation>刷新案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_file.py" line="56" />
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_file.py" line="57" />
        <source>Platform data</source>
        <translation>平台数据</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_file.py" line="58" />
        <source>Declared vs platform</source>
        <translation>申报与平台对比</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_file.py" line="59" />
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_file.py" line="60" />
        <source>Policy and related</source>
        <translation>政策与关联</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_file.py" line="61" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_file.py" line="93" />
        <source>%1  %2  -  %3  -  asks %4  -  %5</source>
        <translation>%1  %2  -  %3  -  申请 %4  -  %5</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_file.py" line="96" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="143" />
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="148" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="149" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="150" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="162" />
        <source>The new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>ConfirmDisbursement</name>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="184" />
        <source>Confirm the disbursement</source>
        <translation>确认放款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="187" />
        <source>Check the amount and the account with the borrower's file before paying out.</source>
        <translation>放款前请对照借款人档案核对金额和收款账户。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="192" />
        <source>Pay out %1</source>
        <translation>确认放款 %1</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="29" />
        <source>Record contract signing</source>
        <translation>登记合同签署</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="31" />
        <source>Approved amount</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="32" />
        <source>Offer valid until</source>
        <translation>授信有效期至</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="36" />
        <source>Online (e-signature)</source>
        <translation>线上（电子签名）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="36" />
        <source>Mobile app</source>
        <translation>手机App</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="37" />
        <source>At the branch</source>
        <translation>网点现场</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="39" />
        <source>assigned automatically</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="40" />
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="41" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="42" />
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
</context>
<context>
    <name>Decide</name>
    <message>
        <location filename="../../workstation/ui/decide_common.py" line="34" />
        <source>Hard policy rules fail: %1.</source>
        <translation>未通过硬性政策规则：%1。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/decide_common.py" line="41" />
        <source>requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/decide_common.py" line="42" />
        <source>granted</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/decide_common.py" line="43" />
        <source>refused</source>
        <translation>已否决</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/decide_common.py" line="44" />
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/decide_common.py" line="47" />
        <source>Exception to %1 (%2), requested by %3 on %4: %5</source>
        <translation>%1例外（%2），%3于%4申请：%5</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/decide_common.py" line="52" />
        <source>Granted by %1 on %2.</source>
        <translation>%1于%2批准。</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="344" />
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="352" />
        <source>comment</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DisburseDialog</name>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="65" />
        <location filename="../../workstation/ui/disburse_dialog.py" line="138" />
        <source>Disburse the loan</source>
        <translation>发放贷款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="67" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="68" />
        <source>Contracted amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="69" />
        <source>Available to disburse</source>
        <translation>可放款金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="71" />
        <source>Offer valid until</source>
        <translation>授信有效期至</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="81" />
        <source>Another account (needs a reason and a supervisor)...</source>
        <translation>其他账户（须填写理由并经审批主管批准）…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="84" />
        <source>account or card number in full</source>
        <translation>完整的账号或卡号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="89" />
        <source>Value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="90" />
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="91" />
        <source>Destination account</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="92" />
        <location filename="../../workstation/ui/disburse_dialog.py" line="143" />
        <source>Other account</source>
        <translation>其他账户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="92" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="93" />
        <source>Supervisor's user name</source>
        <translation>主管用户名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="94" />
        <source>Supervisor's password</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="117" />
        <source>Amount: write digits with at most two decimals, e.g. 200000.00.</source>
        <translation>金额：请填写数字，最多两位小数，例如 200000.00。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="119" />
        <source>Amount: must be more than zero and at most %1.</source>
        <translation>金额：须大于零且不超过 %1。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="122" />
        <source>Value date: must not be before the contract was signed (%1).</source>
        <translation>起息日：不得早于合同签署日（%1）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="126" />
        <source>Other account: write the account or card number in full.</source>
        <translation>其他账户：请填写完整的账号或卡号。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="128" />
        <source>Other account: a masked number cannot receive money; write it in full.</source>
        <translation>其他账户：掩码号码不能收款，请填写完整号码。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="130" />
        <source>Reason: say why the money goes to an account not on the borrower's list.</source>
        <translation>原因：请说明为何放款至借款人已核实账户以外的账户。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/disburse_dialog.py" line="132" />
        <source>A supervisor must approve another account: user name and password.</source>
        <translation>其他账户须经审批主管批准：请输入主管的用户名和密码。</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../workstation/ui/documents_panel.py" line="52" />
        <source>&amp;Open (print to preview)</source>
        <translation>打开（打印预览）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_panel.py" line="59" />
        <source>Statement period</source>
        <translation>对账期间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_panel.py" line="65" />
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_panel.py" line="65" />
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_panel.py" line="65" />
        <source>Document number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_panel.py" line="66" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_panel.py" line="66" />
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_panel.py" line="72" />
        <source>Documents for this case</source>
        <translation>本案文件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_panel.py" line="76" />
        <source>Printed before</source>
        <translation>打印记录</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <location filename="../../workstation/ui/portfolio_model.py" line="61" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_model.py" line="61" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_model.py" line="61" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_model.py" line="61" />
        <source>Disbursed on</source>
        <translation>放款日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_model.py" line="62" />
        <source>Amount</source>
        <translation>放款金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_model.py" line="62" />
        <source>Principal outstanding</source>
        <translation>在贷本金</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_model.py" line="62" />
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
        <location filename="../../workstation/ui/errors.py" line="49" />
        <source>Wrong user name or password, or the account is locked. %1 failures in a row lock an account for %2 minutes.</source>
        <translation>用户名或密码错误，或账户已锁定。连续失败 %1 次将锁定账户 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="53" />
        <source>This case belongs to another team: you may not open it, its loan or its documents.</source>
        <translation>该案件属于其他团队：您无权查看该案件及其贷款和文件。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="56" />
        <source>You may not do this: %1</source>
        <translation>您无权执行此操作：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="58" />
        <source>The database stayed busy with other jobs. Nothing of this step was saved: run it again.</source>
        <translation>数据库一直忙于其他作业，本步骤未保存任何内容：请重新运行。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="71" />
        <source>Cannot do this</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="77" />
        <source>Something went wrong: %1

The details are in the log file:
%2</source>
        <translation>出现错误：%1

详细信息见日志文件：
%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="80" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/errors.py" line="79" />
        <source>Something went wrong: %1

The details are in the log.</source>
        <translation>出现错误：%1

详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="373" />
        <source>Request an exception to a hard rule</source>
        <translation>申请硬性规则例外</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="377" />
        <source>why the case should go ahead despite the rule</source>
        <translation>说明不满足该规则仍应继续办理的理由</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="382" />
        <source>The exception is granted only by the sign-off, with one more signature than the amount alone needs.</source>
        <translation>例外只能由审批签署批准，须比金额本身多一级签署。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="385" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="386" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>FinancialsTab</name>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="83" />
        <source>Declared item</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="83" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="84" />
        <source>Check</source>
        <translation>核对项</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="84" />
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="84" />
        <source>Declared</source>
        <translation>申报</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="85" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="85" />
        <source>Finding</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="100" />
        <source>The applicant declared no financial figures.</source>
        <translation>申请人未申报财务数据。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="104" />
        <source>Sales %1</source>
        <translation>%1年销售额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="105" />
        <source>Operating cost</source>
        <translation>经营成本</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="105" />
        <source>Inventory</source>
        <translation>存货</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="106" />
        <source>Total assets</source>
        <translation>总资产</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="106" />
        <source>Total liabilities</source>
        <translation>总负债</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="107" />
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="109" />
        <source>Net margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="110" />
        <source>Share of sales on the platform</source>
        <translation>平台销售占比</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="111" />
        <source>Platform sales, last 12 months</source>
        <translation>近12个月平台销售额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="115" />
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="116" />
        <source>%1 years, %2% of sales</source>
        <translation>合作%1年，占销售额%2%</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="118" />
        <source>consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="118" />
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="118" />
        <source>major</source>
        <translation>较大</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="119" />
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="129" />
        <source>Consistency index %1 of 100; %2 of %3 checks found an inconsistency.</source>
        <translation>一致性指数 %1（满分100）；%3 项核对中有 %2 项不一致。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../workstation/ui/help.py" line="18" />
        <source>Desk guide</source>
        <translation>操作指南</translation>
    </message>
</context>
<context>
    <name>HeldRepayments</name>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="19" />
        <source>This held line no longer exists.</source>
        <translation>该挂账记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="20" />
        <source>This line was already posted or returned (by someone else?).</source>
        <translation>该记录已入账或已退回（可能已由他人处理）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="22" />
        <source>The loan is no longer active (closed or written off): return the money instead.</source>
        <translation>该贷款已不在还款中（已结清或已核销）：请退回款项。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="24" />
        <source>The value date is in the future.</source>
        <translation>起息日在未来。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="25" />
        <source>Say why the money is returned.</source>
        <translation>请说明退回款项的原因。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="27" />
        <source>Cannot do this.</source>
        <translation>无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="133" />
        <source>&amp;Held repayments...</source>
        <translation>挂账还款(&amp;H)...</translation>
    </message>
</context>
<context>
    <name>HeldRepaymentsDialog</name>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="36" />
        <location filename="../../workstation/ui/loan_held.py" line="96" />
        <source>Held repayments</source>
        <translation>挂账还款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="39" />
        <source>Lines of the repayment file larger than the loan's payoff on their value date. Post one (the amount beyond the payoff is kept to refund) or return the money.</source>
        <translation>还款文件中金额大于该笔贷款起息日结清金额的记录。可以入账（超出结清金额的部分作为待退款保留）或退回款项。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="43" />
        <source>Payment reference</source>
        <translation>支付流水号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="43" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="44" />
        <source>Value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="44" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="44" />
        <source>Payoff then</source>
        <translation>当日结清金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="45" />
        <source>File line</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="51" />
        <source>&amp;Post...</source>
        <translation>入账(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="52" />
        <source>&amp;Return...</source>
        <translation>退回(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="53" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="109" />
        <source>Post %1 to loan %2 as of %3? The payoff then was %4; the rest is kept to refund.</source>
        <translation>将 %1 按 %3 入账到贷款 %2？当日结清金额为 %4，其余部分作为待退款保留。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="112" />
        <source>Post held repayment</source>
        <translation>挂账还款入账</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="120" />
        <source>Return held repayment</source>
        <translation>退回挂账还款</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_held.py" line="121" />
        <source>Why is the money returned?</source>
        <translation>退回款项的原因：</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="72" />
        <location filename="../../workstation/ui/case_more.py" line="74" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="72" />
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="72" />
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="72" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="73" />
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="74" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="74" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="74" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="77" />
        <source>Status changes</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="78" />
        <source>Audit log of this case</source>
        <translation>本案审计日志</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="89" />
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="93" />
        <source>status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="93" />
        <source>unmask</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="94" />
        <source>claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="94" />
        <source>reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="94" />
        <source>score</source>
        <translation>评分</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="62" />
        <source>Import applications</source>
        <translation>导入申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="74" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="78" />
        <source>Reading and checking the file...</source>
        <translation>正在读取并检查文件……</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="83" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="83" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="83" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="90" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="91" />
        <source>Stop after the chunk being stored: applications already stored are kept; importing the file again adds the rest.</source>
        <translation>在当前批次保存完后停止：已保存的申请将保留；再次导入该文件会补充其余部分。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="152" />
        <source>Line %1 of %2</source>
        <translation>第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="159" />
        <source>Cancelling after the chunk being stored...</source>
        <translation>当前批次保存完后即取消……</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="174" />
        <source>The import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="180" />
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="181" />
        <source>Already imported (duplicates, skipped): %1</source>
        <translation>此前已导入（重复，已跳过）：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="182" />
        <source>Rejected: %1</source>
        <translation>已拒收：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="184" />
        <source>The rejected records, with line, field and reason, are in %1</source>
        <translation>被拒收的记录（含行号、字段和原因）见 %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="187" />
        <source>The file is cut off at line %1: the records before it were imported, that line was not.</source>
        <translation>文件在第 %1 行处截断：此前的记录已导入，该行未导入。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="190" />
        <source>Cancelled after line %1. The %2 applications stored before the cancel are kept (whole records only); import the same file again to add the rest.</source>
        <translation>已在第 %1 行后取消。取消前已保存的 %2 笔申请将保留（仅完整记录）；再次导入同一文件即可补充其余部分。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="193" />
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="195" />
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="41" />
        <location filename="../../workstation/ui/interview_form.py" line="155" />
        <source>Start interview</source>
        <translation>开始面谈</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="51" />
        <source>names, separated by commas</source>
        <translation>姓名，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="53" />
        <source>Planned start / end</source>
        <translation>计划开始 / 结束</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="54" />
        <source>Actual start / end</source>
        <translation>实际开始 / 结束</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="55" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="56" />
        <source>Participants</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="58" />
        <source>Checklist</source>
        <translation>核查清单</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="66" />
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="69" />
        <source>figure stated</source>
        <translation>所述数值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="80" />
        <source>(not asked)</source>
        <translation>（未询问）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="88" />
        <source>one red flag per line</source>
        <translation>每行一个风险信号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="92" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="95" />
        <source>Submit notes</source>
        <translation>提交面谈记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="98" />
        <source>Red flags</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="99" />
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="100" />
        <source>Outcome</source>
        <translation>面谈结论</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="103" />
        <source>correction or addition, dated and signed with your name</source>
        <translation>更正或补充，将注明日期并以您的姓名签署</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="104" />
        <source>Add addendum</source>
        <translation>添加补充记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="116" />
        <source>Addenda</source>
        <translation>补充记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="155" />
        <source>New interview</source>
        <translation>新建面谈</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="157" />
        <source>No interview recorded yet.</source>
        <translation>尚无面谈记录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="179" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="201" />
        <source>Masking %1 / consistency %2  %3</source>
        <translation>掩饰度 %1 / 一致性 %2  %3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="205" />
        <source>Submitted %1 by %2: read-only; corrections as addenda.</source>
        <translation>已于 %1 由 %2 提交：只读；如需更正请添加补充记录。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="209" />
        <source>Draft, saved as you type (version %1).</source>
        <translation>草稿，输入时自动保存（第 %1 版）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="245" />
        <source>%1: %2 is out of range; a percentage from %3 to %4.</source>
        <translation>%1：%2 超出范围，应为 %3 至 %4 之间的百分比。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="247" />
        <source>%1: %2 is out of range; an amount from %3 to %4 yuan.</source>
        <translation>%1：%2 超出范围，应为 %3 至 %4 元之间的金额。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="249" />
        <source>%1: %2 has more than two decimals.</source>
        <translation>%1：%2 的小数超过两位。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="251" />
        <source>%1: %2 is not a number.</source>
        <translation>%1：%2 不是数字。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="274" />
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="295" />
        <source>Interview notes submitted.</source>
        <translation>面谈记录已提交。</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../workstation/ui/jobs.py" line="69" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/jobs.py" line="85" />
        <source>Waiting: another job (a desk posting, an import or end of day) is changing the same loans. This job goes on as soon as it is done.</source>
        <translation>等待中：另一项作业（柜台入账、导入或日终）正在处理同一批贷款，完成后本作业将自动继续。</translation>
    </message>
</context>
<context>
    <name>LenderDialog</name>
    <message>
        <location filename="../../workstation/ui/documents_lender.py" line="61" />
        <source>Lender details</source>
        <translation>贷款人信息</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_lender.py" line="74" />
        <source>Printed on every contract, agreement, letter and statement. Placeholders (XX, 某某) stop real documents from printing.</source>
        <translation>打印于每份合同、协议、函件和对账单。含占位符（XX、某某）时不能打印正式文书。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../workstation/ui/lock.py" line="80" />
        <source>Session locked</source>
        <translation>会话已锁定</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="82" />
        <source>Signed in as %1. Enter your password to continue where you left off.</source>
        <translation>当前用户：%1。输入密码后回到离开时的界面。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="87" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="91" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="104" />
        <source>Close the workstation</source>
        <translation>关闭工作台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="125" />
        <source>Session ended</source>
        <translation>会话已结束</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="126" />
        <source>Signed in as %1.</source>
        <translation>当前用户：%1。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/lock.py" line="155" />
        <source>Wrong password, or the account is locked. Five failures in a row lock the account.</source>
        <translation>密码错误或账户已锁定。连续失败五次将锁定账户。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="61" />
        <source>Loan Officer Workstation - %1</source>
        <translation>信贷员工作台 - %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="67" />
        <source>My cases</source>
        <translation>我的案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="67" />
        <source>Unassigned</source>
        <translation>待分配</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="68" />
        <source>Awaiting sign-off</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="68" />
        <source>All applications</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="79" />
        <source>Queue</source>
        <translation>案件队列</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="119" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="120" />
        <source>&amp;Import applications...</source>
        <translation>导入申请(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="123" />
        <source>&amp;Lock session</source>
        <translation>锁定会话(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="124" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="125" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="126" />
        <source>&amp;Find in queue</source>
        <translation>在队列中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="127" />
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="131" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="132" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="137" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="140" />
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="146" />
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="147" />
        <source>&amp;Open selected case	Enter</source>
        <translation>打开所选案件(&amp;O)	Enter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="149" />
        <source>C&amp;laim selected case</source>
        <translation>领取所选案件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="151" />
        <source>&amp;Reassign selected case...</source>
        <translation>改派所选案件(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="154" />
        <source>&amp;Close case tab</source>
        <translation>关闭案件标签(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="156" />
        <source>&amp;Next tab</source>
        <translation>下一个标签(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="157" />
        <source>&amp;Previous tab</source>
        <translation>上一个标签(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="158" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="160" />
        <source>&amp;Users...</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="162" />
        <source>&amp;Score unscored applications...</source>
        <translation>为未评分的申请评分(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="163" />
        <source>Change my &amp;password...</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="164" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="165" />
        <source>Desk &amp;guide</source>
        <translation>操作指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="166" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="167" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="173" />
        <source>officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="173" />
        <source>supervisor</source>
        <translation>审批主管</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="173" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="174" />
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="176" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="219" />
        <source>A part of the desk is broken</source>
        <translation>工作台的某个组成部分已损坏</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="220" />
        <source>The case cannot be opened: a part of the desk is missing or broken:

%1</source>
        <translation>无法打开该案件：工作台的某个组成部分缺失或已损坏：

%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="318" />
        <source>Score applications</source>
        <translation>批量评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="319" />
        <source>Scoring every application that has no score yet...</source>
        <translation>正在为所有尚未评分的申请评分……</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="324" />
        <source>%n application(s) scored</source>
        <translation>
            <numerusform>已为 %n 笔申请评分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="336" />
        <source>Ctrl+F: search the queue</source>
        <translation>Ctrl+F：搜索队列</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="336" />
        <source>Enter or double-click: open the selected case</source>
        <translation>回车或双击：打开所选案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="337" />
        <source>F5: refresh</source>
        <translation>F5：刷新</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="337" />
        <source>Ctrl+1 to Ctrl+4: my cases, unassigned, awaiting sign-off, all</source>
        <translation>Ctrl+1 至 Ctrl+4：我的案件、待分配、待审批、全部</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="338" />
        <source>Ctrl+W: close the case tab</source>
        <translation>Ctrl+W：关闭案件标签</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="338" />
        <source>Ctrl+Tab: next tab</source>
        <translation>Ctrl+Tab：下一个标签</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="339" />
        <source>Ctrl+L: lock the session</source>
        <translation>Ctrl+L：锁定会话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="339" />
        <source>Ctrl+Q: quit</source>
        <translation>Ctrl+Q：退出</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="340" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="350" />
        <source>Loan Officer Workstation %1

Database: %2
Log file: %3</source>
        <translation>信贷员工作台 %1

数据库：%2
日志文件：%3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="353" />
        <source>none (the log folder cannot be written)</source>
        <translation>无（日志文件夹不可写）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="356" />
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../workstation/ui/decide_common.py" line="141" />
        <source>Sign with your password</source>
        <translation>输入密码签署</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/decide_common.py" line="145" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/documents_preview.py" line="39" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_preview.py" line="40" />
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_preview.py" line="41" />
        <source>&amp;Save as...</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_preview.py" line="42" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_preview.py" line="43" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_preview.py" line="44" />
        <source>&amp;Fit width</source>
        <translation>适合宽度(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_preview.py" line="45" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_preview.py" line="80" />
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_preview.py" line="107" />
        <source>Save document</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_preview.py" line="107" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlatformTab</name>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="42" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="42" />
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="42" />
        <location filename="../../workstation/ui/case_tabs.py" line="66" />
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="42" />
        <location filename="../../workstation/ui/case_tabs.py" line="67" />
        <source>Refunds</source>
        <translation>退款数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="43" />
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="43" />
        <source>Disputes</source>
        <translation>纠纷数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="43" />
        <location filename="../../workstation/ui/case_tabs.py" line="68" />
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="44" />
        <location filename="../../workstation/ui/case_tabs.py" line="69" />
        <source>Login days</source>
        <translation>登录天数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="44" />
        <source>Ad spend</source>
        <translation>广告投入</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="44" />
        <source>Listings</source>
        <translation>在售商品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="45" />
        <source>Favourites</source>
        <translation>收藏数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="65" />
        <source>Sales (10,000 yuan)</source>
        <translation>销售额（万元）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="70" />
        <source>Ad spend (yuan)</source>
        <translation>广告投入（元）</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="23" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="23" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="23" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="24" />
        <source>Number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="24" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="24" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="25" />
        <source>Amount asked</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="25" />
        <source>Same</source>
        <translation>相同项</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="36" />
        <source>Related cases (same legal representative ID, phone, address or bank card)</source>
        <translation>关联案件（法定代表人身份证、电话、地址或银行卡相同）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="46" />
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="46" />
        <source>FAIL</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="52" />
        <source>All %1 rules pass.</source>
        <translation>全部 %1 条规则通过。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="53" />
        <source>%1 of %2 rules fail.</source>
        <translation>%2 条规则中有 %1 条不通过。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="55" />
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="55" />
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="56" />
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_more.py" line="56" />
        <source>bank card</source>
        <translation>银行卡</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="46" />
        <source>vs last month: %1</source>
        <translation>较上月末：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="171" />
        <source>Portfolio</source>
        <translation>资产组合</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="181" />
        <source>&amp;Portfolio</source>
        <translation>资产组合(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PortfolioScreen</name>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="65" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="67" />
        <source>As of the end of</source>
        <translation>数据截至日终</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="79" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="90" />
        <source>Tables</source>
        <translation>明细表</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="99" />
        <source>Loans behind</source>
        <translation>借款明细</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="122" />
        <source>Outstanding principal of the month's loans more than 30 days past due, over the month's amount disbursed, at each month end</source>
        <translation>各放款月借款中逾期超过30天的在贷本金 ÷ 该月放款额，按各月末观察</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="124" />
        <source>Vintages (M2+)</source>
        <translation>账龄分析（M2+）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="125" />
        <source>Roll rates</source>
        <translation>迁徙率</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="126" />
        <source>Share of the loans in a bucket at one month end that are one bucket worse at the next</source>
        <translation>上月末处于某逾期档的借款中，本月末恶化一档的笔数占比</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="127" />
        <source>Application funnel</source>
        <translation>进件漏斗</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="128" />
        <source>Applications received in the period and how far each got by the day</source>
        <translation>期间受理的申请及截至当日各自推进到的环节</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="129" />
        <source>Five tiers (% of balance)</source>
        <translation>五级分类（占余额%）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/portfolio_screen.py" line="160" />
        <source>%1 — %2 loans</source>
        <translation>%1 — 共 %2 笔</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="45" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="45" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/case_profile.py" line="46" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/case_profile.py" line="47" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="49" />
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="50" />
        <source>Number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="51" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="52" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="53" />
        <source>Amount asked</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="54" />
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="55" />
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="56" />
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="57" />
        <source>Officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="57" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="58" />
        <source>Status note</source>
        <translation>状态说明</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="60" />
        <source>Merchant and shop</source>
        <translation>商户与店铺</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="61" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="62" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="63" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="64" />
        <source>Member ID</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="65" />
        <source>Member since</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="66" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="67" />
        <source>Province / city</source>
        <translation>省份 / 城市</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="68" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="70" />
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="71" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="72" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="73" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="74" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="75" />
        <source>Applicant is legal representative</source>
        <translation>申请人为法定代表人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="76" />
        <source>On the blacklist</source>
        <translation>在黑名单上</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="78" />
        <source>Contacts and accounts</source>
        <translation>联系方式与账户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="79" />
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="80" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="81" />
        <source>Payment account</source>
        <translation>支付账户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="82" />
        <source>Real-name verified</source>
        <translation>已实名认证</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="83" />
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="83" />
        <source> (not a listed bank)</source>
        <translation>（非指定银行）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="84" />
        <source>Bank card</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="115" />
        <source>Unmask</source>
        <translation>显示完整</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="117" />
        <source>Show the full value (recorded in the audit log)</source>
        <translation>显示完整信息（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_profile.py" line="118" />
        <source>Only the case's officer, a supervisor or an administrator may see this</source>
        <translation>仅本案信贷员、审批主管或管理员可查看</translation>
    </message>
</context>
<context>
    <name>QChart</name>
    <message>
        <location filename="../../workstation/ui/warnings_chart.py" line="36" />
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_chart.py" line="48" />
        <source>Loan</source>
        <translation>放款</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../workstation/ui/queue_model.py" line="107" />
        <source>Number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_model.py" line="107" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_model.py" line="107" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_model.py" line="107" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_model.py" line="108" />
        <source>Amount asked</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_model.py" line="108" />
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_model.py" line="108" />
        <source>Suggested limit</source>
        <translation>建议额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_model.py" line="108" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_model.py" line="109" />
        <source>Officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_model.py" line="109" />
        <source>Days waiting</source>
        <translation>等待天数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_model.py" line="153" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="48" />
        <source>Search: number, merchant, legal representative, last digits of ID</source>
        <translation>搜索：申请编号、商户、法定代表人、身份证后几位</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="53" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="55" />
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="56" />
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="58" />
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="59" />
        <source>All officers</source>
        <translation>全部信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="60" />
        <source>All grades</source>
        <translation>全部评级</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="63" />
        <source>Show finished cases</source>
        <translation>显示已结束案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="64" />
        <source>My cases lists the work in hand; tick to add declined, withdrawn, expired, disbursed and closed cases</source>
        <translation>“我的案件”只列在办案件；勾选后同时显示已拒绝、已撤回、授信已过期、已放款和已结清的案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="104" />
        <source>Amount from</source>
        <translation>金额从</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="106" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="68" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="89" />
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="92" />
        <source>Reassign...</source>
        <translation>改派…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="95" />
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="162" />
        <source>Not an amount: use digits with at most two decimals</source>
        <translation>不是金额：请输入数字，最多两位小数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/queue_view.py" line="201" />
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="234" />
        <source>There is no officer in your team.</source>
        <translation>您的团队中没有信贷员。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="237" />
        <source>Reassign %1</source>
        <translation>改派 %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/queue_view.py" line="238" />
        <source>New officer:</source>
        <translation>新信贷员：</translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="55" />
        <source>percent per day, e.g. 0.05</source>
        <translation>日利率百分数，如 0.05</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="58" />
        <source>required when the limit is above the suggested limit</source>
        <translation>额度高于建议额度时必填</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="62" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="63" />
        <source>Limit (CNY)</source>
        <translation>额度（元）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="64" />
        <source>Suggested limit</source>
        <translation>建议额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="65" />
        <source>Repayment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="66" />
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="67" />
        <source>Term (days)</source>
        <translation>期限（天）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="68" />
        <source>Daily rate %</source>
        <translation>日利率 %</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="69" />
        <source>Conditions</source>
        <translation>授信条件</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="70" />
        <source>Justification</source>
        <translation>理由说明</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="73" />
        <source>Save recommendation</source>
        <translation>保存授信建议</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="74" />
        <source>Submit for sign-off</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="75" />
        <source>Request information…</source>
        <translation>要求补充资料…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="76" />
        <source>Decline…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="77" />
        <source>Request exception…</source>
        <translation>申请例外…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="107" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="137" />
        <source>(not scored)</source>
        <translation>（未评分）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="149" />
        <source>New recommendation</source>
        <translation>新建授信建议</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="163" />
        <location filename="../../workstation/ui/recommend_form.py" line="257" />
        <source>Version %1 by %2</source>
        <translation>第 %1 版，%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="212" />
        <source>All rules met</source>
        <translation>全部规则满足</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="219" />
        <source>simple, daily rate x 365</source>
        <translation>单利，日利率 × 365</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="219" />
        <source>IRR</source>
        <translation>内部收益率（IRR）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="220" />
        <source>Annualised rate: %1% (%2)</source>
        <translation>年化利率：%1%（%2）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="222" />
        <source>Total interest %1, total to repay %2</source>
        <translation>利息合计 %1，应还总额 %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="226" />
        <source>Annualised rate: —</source>
        <translation>年化利率：—</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="259" />
        <source>Recommendation saved.</source>
        <translation>授信建议已保存。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="263" />
        <source>Submitted for sign-off.</source>
        <translation>已提交审批。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="272" />
        <source>Exception requested: the sign-off needs one more signature than the amount alone.</source>
        <translation>已申请例外：审批须比金额本身多一级签署。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="276" />
        <source>What information is requested from the applicant?</source>
        <translation>需要申请人补充哪些资料？</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="279" />
        <source>The case waits for the applicant.</source>
        <translation>案件等待申请人补充资料。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="286" />
        <source>Declined.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="316" />
        <source>Daily rate: "%1" is not a rate. Write the percentage per day, e.g. 0.05.</source>
        <translation>日利率：“%1”不是有效的利率。请填写每日百分比，例如 0.05。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../workstation/ui/warnings_rules.py" line="24" />
        <source>Warning rules</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_rules.py" line="28" />
        <source>Version in force: %1</source>
        <translation>现行版本：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_rules.py" line="30" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_rules.py" line="30" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_rules.py" line="30" />
        <source>Suggested action</source>
        <translation>建议处置</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_rules.py" line="31" />
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_rules.py" line="43" />
        <source>Why this change (kept with the version)</source>
        <translation>修改原因（随版本保存）</translation>
    </message>
</context>
<context>
    <name>ScoreTab</name>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="163" />
        <source>Factor</source>
        <translation>评分因子</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="163" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="163" />
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="163" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="180" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="184" />
        <source>Total %1 points - grade %2 - estimated default probability %3% - suggested limit %4</source>
        <translation>合计 %1 分 - 评级 %2 - 预计违约概率 %3% - 建议额度 %4</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/case_tabs.py" line="187" />
        <source>Scorecard %1; computed %2 on the data up to %3; the inputs are stored with the case.</source>
        <translation>评分卡 %1；于 %2 按截至 %3 的数据计算；计算输入已随案件保存。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../workstation/ui/signin.py" line="22" />
        <source>Sign in - Loan Officer Workstation</source>
        <translation>登录 - 信贷员工作台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="24" />
        <source>Loan Officer Workstation</source>
        <translation>信贷员工作台</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="27" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="47" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="48" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="49" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="50" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="54" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="55" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="82" />
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="92" />
        <source>Change and sign in</source>
        <translation>修改并登录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="93" />
        <source>Your password is a temporary one set by an administrator. Choose a new password before you continue.</source>
        <translation>您的密码是管理员设置的临时密码。请先设置新密码再继续。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="112" />
        <source>Enter the new password twice, the same both times.</source>
        <translation>请输入两次相同的新密码。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="135" />
        <source>The password is too short: at least %1 characters.</source>
        <translation>密码太短：至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="137" />
        <source>The password must mix letters with digits or symbols.</source>
        <translation>密码须由字母与数字或符号混合组成。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signin.py" line="139" />
        <source>The new password must differ from the temporary one.</source>
        <translation>新密码不能与临时密码相同。</translation>
    </message>
</context>
<context>
    <name>SignoffQueue</name>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="39" />
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="39" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="39" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="40" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="40" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="40" />
        <source>Officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="41" />
        <source>Sign-offs</source>
        <translation>审批签署</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="41" />
        <source>First signed by</source>
        <translation>首签人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="295" />
        <source>&amp;Sign-off queue</source>
        <translation>待我签署(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SignoffView</name>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="100" />
        <source>lower limit</source>
        <translation>调减后额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="101" />
        <source>comment (required to return)</source>
        <translation>意见（退回时必填）</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="102" />
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="103" />
        <source>Approve lower</source>
        <translation>调减额度批准</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="104" />
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="105" />
        <source>Decline…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="111" />
        <source>Recommendation</source>
        <translation>授信建议</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="113" />
        <source>Evidence</source>
        <translation>审查依据</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="118" />
        <source>Limit</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="119" />
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="146" />
        <source>Version %1 by %2: %3 %4, %5, %6, %7%/day. Suggested %8. Conditions: %9</source>
        <translation>第 %1 版（%2）：%3 %4，%5，%6，日利率 %7%。建议额度 %8。授信条件：%9</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="152" />
        <source>Justification: %1</source>
        <translation>理由说明：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="153" />
        <source>Status: %1. Sign-offs needed: %2. Your authority: %3.</source>
        <translation>状态：%1。所需审批签署：%2 个。您的审批权限：%3。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="170" />
        <source>Annualised rate %1%</source>
        <translation>年化利率 %1%</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="181" />
        <source>Score %1, grade %2, default probability %3%, suggested %4</source>
        <translation>评分 %1，评级 %2，违约概率 %3%，建议额度 %4</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="187" />
        <source>Policy checks: %1</source>
        <translation>政策检查：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="187" />
        <source>all pass</source>
        <translation>全部通过</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="190" />
        <source>Inconsistencies: %1</source>
        <translation>不一致项：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="190" />
        <location filename="../../workstation/ui/signoff_view.py" line="200" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="192" />
        <source>The case file belongs to another team; the score and checks are in the first sign-off above.</source>
        <translation>该案件属于其他团队；评分与检查结果见上方第一级审批。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="197" />
        <source>Interview: %1, %2 discrepancies, masking %3, consistency %4, red flags: %5</source>
        <translation>面谈：%1，%2 处不一致，掩饰度 %3，一致性 %4，风险信号：%5</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="202" />
        <source>Interview: none submitted</source>
        <translation>面谈：尚未提交</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="207" />
        <source>Signing off needs the supervisor role.</source>
        <translation>审批签署需要审批主管角色。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="208" />
        <source>%1 is not awaiting sign-off.</source>
        <translation>%1 不在待审批状态。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="209" />
        <source>You may not sign off your own recommendation for %1.</source>
        <translation>您不能审批自己对 %1 提出的授信建议。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="210" />
        <source>You have already signed %1; another supervisor must give the next signature.</source>
        <translation>您已签署 %1；下一级签署须由另一位审批主管完成。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="212" />
        <source>%1 belongs to another team: its own supervisor signs first.</source>
        <translation>%1 属于其他团队：须由该团队主管先签署。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="217" />
        <source>approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="217" />
        <source>approved lower</source>
        <translation>降额同意</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="218" />
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="218" />
        <source>declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="232" />
        <source>Type the lower limit first.</source>
        <translation>请先输入调减后额度。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="240" />
        <source>Sign %1 on %2, recommendation version %3</source>
        <translation>对 %2 签署“%1”，授信建议第 %3 版</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="263" />
        <source>%1 approved: %2.</source>
        <translation>%1已批准：%2。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="265" />
        <source>%1: your signature is recorded; another supervisor must sign.</source>
        <translation>%1：您的签署已记录，尚需另一位审批主管签署。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="267" />
        <source>%1 is now: %2.</source>
        <translation>%1当前状态：%2。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="269" />
        <source>The case belongs to another team and is closed to you again.</source>
        <translation>该案件属于其他团队，签署后不再对您开放。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="20" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="22" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="22" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="22" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="22" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="23" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="23" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="26" />
        <source>Add...</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="27" />
        <source>Reset password...</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="28" />
        <source>Deactivate / activate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="33" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="51" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="51" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="74" />
        <location filename="../../workstation/ui/users_dialog.py" line="84" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="75" />
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/users_dialog.py" line="85" />
        <source>The password was reset; the user must change it at next sign-in.</source>
        <translation>密码已重置；该用户下次登录时须修改密码。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../workstation/ui/documents_verify.py" line="81" />
        <location filename="../../workstation/ui/documents_verify.py" line="116" />
        <source>Verify a document</source>
        <translation>核验文书</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_verify.py" line="83" />
        <source>&amp;Choose file...</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_verify.py" line="93" />
        <source>A PDF printed by the workstation, or a scan or photograph of a page (PNG/JPEG) showing its QR code.</source>
        <translation>本工作台打印的 PDF 文件，或带有二维码的页面扫描件、照片（PNG/JPEG）。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_verify.py" line="109" />
        <source>Genuine</source>
        <translation>真实有效</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_verify.py" line="109" />
        <source>NOT genuine</source>
        <translation>未通过核验</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/documents_verify.py" line="117" />
        <source>Documents and scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>文书及扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>WarningDetail</name>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="45" />
        <source>Action</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="45" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="45" />
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="46" />
        <source>Amount / date</source>
        <translation>金额 / 日期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="46" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="46" />
        <source>Signed by</source>
        <translation>签批人</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="55" />
        <source>Take</source>
        <translation>认领</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="55" />
        <source>Call note...</source>
        <translation>电话记录...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="56" />
        <source>Visit note...</source>
        <translation>走访记录...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="56" />
        <source>Ask for information...</source>
        <translation>要求补充资料...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="57" />
        <source>Close as false alarm...</source>
        <translation>误报关闭...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="58" />
        <source>Freeze line...</source>
        <translation>冻结额度...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="58" />
        <source>Reduce limit...</source>
        <translation>压降额度...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="59" />
        <source>Early recall...</source>
        <translation>提前收贷...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="59" />
        <source>Sign...</source>
        <translation>签批...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="60" />
        <source>Refuse...</source>
        <translation>驳回...</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="60" />
        <location filename="../../workstation/ui/warnings_desk.py" line="181" />
        <source>Recall notice</source>
        <translation>提前收贷通知书</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="71" />
        <source>What was done</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="90" />
        <source>Select a warning</source>
        <translation>请选择一条预警</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="97" />
        <source>Severity: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="98" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="99" />
        <source>Suggested action: %1</source>
        <translation>建议处置：%1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="100" />
        <source>Seen %1 (threshold %2) in the snapshot of %3</source>
        <translation>监测值 %1（阈值 %2），数据日期 %3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="102" />
        <source>Loan %1, principal outstanding %2; rule set version %3</source>
        <translation>贷款 %1，未还本金 %2；规则版本 %3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="106" />
        <source>Revolving line: limit %1, %2</source>
        <translation>循环额度：%1，%2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="107" />
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="107" />
        <source>open for draws</source>
        <translation>可支用</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="109" />
        <source>Closed: %1</source>
        <translation>已关闭：%1</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="305" />
        <source>Warnings</source>
        <translation>贷后预警</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="312" />
        <source>&amp;After the loan</source>
        <translation>贷后(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="314" />
        <source>&amp;Warnings desk</source>
        <translation>预警工作台(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="320" />
        <source>Warning &amp;rules...</source>
        <translation>预警规则(&amp;R)...</translation>
    </message>
</context>
<context>
    <name>WarningsDesk</name>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="223" />
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="223" />
        <source>Awaiting sign-off</source>
        <translation>待签批</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="225" />
        <source>Mine only</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_desk.py" line="227" />
        <source>Search: warning number, merchant, rule</source>
        <translation>搜索：预警编号、商户、规则</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/warnings_desk.py" line="273" />
        <location filename="../../workstation/ui/warnings_desk.py" line="289" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条预警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningsModel</name>
    <message>
        <location filename="../../workstation/ui/warnings_model.py" line="72" />
        <source>Warning</source>
        <translation>预警编号</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_model.py" line="72" />
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_model.py" line="72" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_model.py" line="72" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_model.py" line="72" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_model.py" line="73" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_model.py" line="73" />
        <source>Raised on</source>
        <translation>预警日期</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_model.py" line="73" />
        <source>Officer</source>
        <translation>信贷员</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/warnings_model.py" line="91" />
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
</context>
<context>
    <name>case_file</name>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="64" />
        <source>Record contract signing...</source>
        <translation>登记合同签署…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="66" />
        <source>Disburse...</source>
        <translation>放款…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="83" />
        <source>This application has no approved offer.</source>
        <translation>本申请没有已批准的授信。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="100" />
        <source>No contract is recorded for this application.</source>
        <translation>本申请尚未登记借款合同。</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/loan_contract.py" line="109" />
        <source>Cannot disburse</source>
        <translation>无法放款</translation>
    </message>
</context>
<context>
    <name>case_file.loan_screen</name>
    <message>
        <location filename="../../workstation/ui/loan_screen.py" line="354" />
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
</context>
<context>
    <name>dlg</name>
    <message>
        <location filename="../../workstation/ui/import_dialog.py" line="127" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../workstation/ui/interview_form.py" line="335" />
        <source>Interview</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recommend_form.py" line="404" />
        <source>Recommendation</source>
        <translation>授信建议</translation>
    </message>
</context>
<context>
    <name>q</name>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="312" />
        <source>Sign-off queue</source>
        <translation>待我签署</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../workstation/ui/signoff_view.py" line="279" />
        <source>Sign-off</source>
        <translation>审批</translation>
    </message>
</context>
</TS>