<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AppActions</name>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="48" />
            <source>&amp;New item…</source>
            <extracomment>the database content changed wholesale (import, sample data): reload everything a new item was registered (its reg. no.) the user chose a language ("" = follow the system) / another data location a short note for the status bar</extracomment>
            <translation>新建事项(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="49" />
            <source>&amp;Import ledger…</source>
            <translation>导入台账(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="50" />
            <source>&amp;Export yearly statistics…</source>
            <translation>导出年度统计(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="52" />
            <source>Switch &amp;data location…</source>
            <translation>切换数据位置(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="54" />
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="55" />
            <source>Load &amp;sample data</source>
            <translation>载入样例数据(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="56" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="57" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="58" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="59" />
            <source>Save current &amp;search…</source>
            <translation>保存当前搜索(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="60" />
            <source>&amp;Clear search and filters</source>
            <translation>清除搜索和筛选(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="61" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="62" />
            <source>Save and &amp;next</source>
            <translation>保存并转到下一件(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="64" />
            <source>&amp;User guide</source>
            <translation>用户指南(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="65" />
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="69" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="93" />
            <source>Not available</source>
            <translation>暂不可用</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="94" />
            <source>%1 is not available in this version yet.</source>
            <translation>本版本暂不支持%1。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="100" />
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="108" />
            <source>Registering items</source>
            <translation>登记事项</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="124" />
            <source>The yearly export</source>
            <translation>年度统计导出</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="132" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="141" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="149" />
            <source>The user guide</source>
            <translation>用户指南</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/app_actions.py" line="166" />
            <source>%n sample item(s) loaded</source>
            <translation>
                <numerusform>已载入 %n 件样例事项</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="168" />
            <source>Loading sample data…</source>
            <translation>正在载入样例数据…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="173" />
            <location filename="../../workbench/ui/app_actions.py" line="186" />
            <location filename="../../workbench/ui/app_actions.py" line="190" />
            <location filename="../../workbench/ui/app_actions.py" line="201" />
            <location filename="../../workbench/ui/app_actions.py" line="208" />
            <source>Import a ledger</source>
            <translation>导入台账</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="173" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="180" />
            <source>Importing ledgers</source>
            <translation>导入台账</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="191" />
            <source>Import now?</source>
            <translation>现在导入吗？</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="192" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="194" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="210" />
            <source>The ledger has problems; nothing was imported. Correct them in the spreadsheet and import again:</source>
            <translation>台账有问题，未导入任何事项。请在表格中改正后重新导入：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/app_actions.py" line="218" />
            <source>Checking the ledger…</source>
            <translation>正在检查台账…</translation>
        </message>
    </context>
    <context>
        <name>AttachmentModel</name>
        <message>
            <location filename="../../workbench/ui/models/attachment_model.py" line="33" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/attachment_model.py" line="34" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/attachment_model.py" line="35" />
            <source>Added</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/attachment_model.py" line="36" />
            <source>Added by</source>
            <translation>添加人</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/models/attachment_model.py" line="81" />
            <source>%n character(s) of text, searchable</source>
            <translation>
                <numerusform>含 %n 字文本，可搜索</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/attachment_model.py" line="84" />
            <source>No text preview</source>
            <translation>无文本预览</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../workbench/ui/widgets/compare_view.py" line="62" />
            <source>Compare drafts</source>
            <translation>比较两稿</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/compare_view.py" line="70" />
            <source>Differences between the drafts</source>
            <translation>两稿的差异</translation>
        </message>
    </context>
    <context>
        <name>DetailsTab</name>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="91" />
            <source>Received</source>
            <extracomment>save-and-next succeeded (or there was nothing to save): move on in the queue</extracomment>
            <translation>送审日期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="95" />
            <source>e.g. 辽科发〔2023〕16号</source>
            <translation>如 辽科发〔2023〕16号</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="98" />
            <source>yuan, e.g. 1,200,000.00</source>
            <translation>单位：元，如 1,200,000.00</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="99" />
            <source>Required</source>
            <translation>需要</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="100" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="109" />
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="110" />
            <source>&amp;Title</source>
            <translation>标题(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="111" />
            <source>Drafting &amp;unit</source>
            <translation>起草单位(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="112" />
            <source>&amp;Received</source>
            <translation>送审日期(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="113" />
            <source>C&amp;ounsel</source>
            <translation>审核人(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="114" />
            <source>&amp;Document No.</source>
            <translation>文号(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="115" />
            <source>Counter&amp;party</source>
            <translation>合同相对方(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="116" />
            <source>&amp;Amount (yuan)</source>
            <translation>合同金额（元）(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="123" />
            <source>Fair-competition review required</source>
            <translation>需要公平竞争审查</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="125" />
            <source>Fair-competition review done</source>
            <translation>已完成公平竞争审查</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="126" />
            <source>Fair-competition review</source>
            <translation>公平竞争审查</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="128" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="129" />
            <source>&amp;Notes</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="133" />
            <location filename="../../workbench/ui/widgets/details_tab.py" line="136" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="135" />
            <source>Save (Ctrl+S)</source>
            <translation>保存 (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="137" />
            <location filename="../../workbench/ui/widgets/details_tab.py" line="140" />
            <source>Save and next</source>
            <translation>保存并下一件</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="139" />
            <source>Save and open the next item (Ctrl+Enter)</source>
            <translation>保存并打开下一件 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="141" />
            <location filename="../../workbench/ui/widgets/details_tab.py" line="143" />
            <source>Undo changes</source>
            <translation>撤销修改</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="251" />
            <source>The title is required.</source>
            <translation>标题不能为空。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="255" />
            <source>The amount must be a number of yuan, e.g. 1,200,000.00.</source>
            <translation>合同金额应为以元计的数字，如 1,200,000.00。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="257" />
            <source>The received date cannot be in the future.</source>
            <translation>送审日期不能晚于今天。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="315" />
            <source>Cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/details_tab.py" line="338" />
            <source>%1 saved</source>
            <translation>%1 已保存</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="24" />
            <source>No items yet</source>
            <translation>还没有事项</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="33" />
            <source>The queue lists every normative document and contract sent for legality review, with its deadline. Register the first item, bring in your existing Excel ledger, or look around with sample data first.</source>
            <translation>待办队列列出送来合法性审核的每一件规范性文件和合同及其期限。您可以登记第一件事项、导入现有的 Excel 台账，或先用样例数据熟悉一下。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="47" />
            <source>Register an item…</source>
            <translation>登记事项…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="49" />
            <source>Register an item</source>
            <translation>登记事项</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="51" />
            <source>Import a ledger…</source>
            <translation>导入台账…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="53" />
            <source>Import a ledger</source>
            <translation>导入台账</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="54" />
            <location filename="../../workbench/ui/widgets/empty_state.py" line="56" />
            <source>Load sample data</source>
            <translation>载入样例数据</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="58" />
            <source>300 realistic sample items, to try the program (only into an empty database)</source>
            <translation>载入 300 件仿真样例事项试用本程序（仅限空数据库）</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../workbench/ui/errors.py" line="47" />
            <source>Something went wrong inside the program (%1). Your saved data is safe.</source>
            <translation>程序内部出错（%1）。已保存的数据不受影响。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/errors.py" line="61" />
            <source>Details were written to %1.</source>
            <translation>详细信息已写入 %1。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/errors.py" line="65" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
    </context>
    <context>
        <name>FilingTab</name>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Filing report…</source>
            <translation>备案报告…</translation>
        </message>
        <message>
            <source>Generate the filing report</source>
            <translation>生成备案报告</translation>
        </message>
        <message>
            <source>Write the filing report (备案报告) of the published document as .docx</source>
            <translation>将已公布文件的备案报告生成为 .docx 文件</translation>
        </message>
        <message>
            <source>Save the filing report</source>
            <translation>保存备案报告</translation>
        </message>
        <message>
            <source>Filing report</source>
            <translation>备案报告</translation>
        </message>
        <message>
            <source>The report was written to %1. Open it now?</source>
            <translation>备案报告已保存到 %1。现在打开吗？</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="54" />
            <source>Only normative documents are published and filed.</source>
            <translation>只有行政规范性文件需要登记公布和报送备案。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="56" />
            <source>Publication</source>
            <translation>登记公布</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="58" />
            <source>Published</source>
            <translation>已公布</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="59" />
            <source>&amp;Published on</source>
            <translation>公布日期(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="61" />
            <source>&amp;Document No.</source>
            <translation>文号(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="63" />
            <source>The document states its own validity, until:</source>
            <translation>文件自行规定了有效期，至：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="66" />
            <source>The document states its own validity</source>
            <translation>文件自行规定了有效期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="67" />
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="107" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="73" />
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="75" />
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="232" />
            <source>Record publication</source>
            <translation>登记公布</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="78" />
            <source>Filing</source>
            <translation>报送备案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="81" />
            <source>Filing due</source>
            <translation>备案期限</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="82" />
            <source>Filed on</source>
            <translation>报送备案日期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="83" />
            <source>&amp;Filed on</source>
            <translation>报送备案日期(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="85" />
            <source>Filing &amp;reference</source>
            <translation>备案文号(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="87" />
            <source>Default: the office setting</source>
            <translation>默认：办公室设置中的备案机关</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="88" />
            <source>Filing &amp;authority</source>
            <translation>备案机关(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="89" />
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="91" />
            <source>Record filing</source>
            <translation>登记报送备案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="96" />
            <source>Re&amp;sult</source>
            <translation>备案结果(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="97" />
            <source>Result date</source>
            <translation>结果日期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="98" />
            <source>Result &amp;date</source>
            <translation>结果日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="99" />
            <source>Record result</source>
            <translation>登记备案结果</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="101" />
            <source>Record filing result</source>
            <translation>登记备案结果</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="104" />
            <source>Validity</source>
            <translation>有效期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="111" />
            <source>Repealed on</source>
            <translation>废止日期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="112" />
            <source>Repeal…</source>
            <translation>废止…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="114" />
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="283" />
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="288" />
            <source>Repeal</source>
            <translation>废止</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="119" />
            <source>Repeal on</source>
            <translation>废止日期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="164" />
            <source>Available once an opinion other than “Reject” has been issued</source>
            <translation>出具“不同意”以外的审核意见后才能登记公布</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="168" />
            <source>set on publication</source>
            <translation>公布后确定</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="181" />
            <source>filed %n day(s) late</source>
            <translation>
                <numerusform>晚报送 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="210" />
            <source>No longer in force since %1.</source>
            <translation>自 %1 起不再有效。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="215" />
            <source>Validity ends within 6 months (%1): evaluate the document and decide whether to renew, revise or let it lapse.</source>
            <translation>有效期将在 6 个月内届满（%1）：请组织评估，决定继续施行、修改还是到期失效。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="218" />
            <source>Evaluation reminder from %1.</source>
            <translation>自 %1 起提醒评估。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="233" />
            <source>Please enter the document number it was published under.</source>
            <translation>请填写公布时的文号。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="246" />
            <source>%1: publication recorded</source>
            <translation>%1：已登记公布</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="260" />
            <source>%1: filing recorded</source>
            <translation>%1：已登记报送备案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="273" />
            <source>%1: filing result recorded</source>
            <translation>%1：已登记备案结果</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="284" />
            <source>Record that %1 “%2” was repealed on %3?</source>
            <translation>确认 %1“%2”于 %3 废止吗？</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/filing_tab.py" line="296" />
            <source>%1: repealed</source>
            <translation>%1：已废止</translation>
        </message>
    </context>
    <context>
        <name>HeaderFilters</name>
        <message>
            <location filename="../../workbench/ui/widgets/header_filters.py" line="80" />
            <source>Filter “%1”…</source>
            <translation>筛选“%1”…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/header_filters.py" line="83" />
            <source>Clear this filter</source>
            <translation>清除此列筛选</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/header_filters.py" line="86" />
            <source>Clear all filters</source>
            <translation>清除全部筛选</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/header_filters.py" line="89" />
            <source>Columns</source>
            <translation>显示的列</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/header_filters.py" line="102" />
            <source>Filter “%1”</source>
            <translation>筛选“%1”</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/header_filters.py" line="110" />
            <source>Show only items that are:</source>
            <translation>只显示以下各项：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/header_filters.py" line="119" />
            <source>A year (2024), a month (2024-05), a day (2024-05-06) or a range (2024-01-01..2024-03-31). Leave empty to clear.</source>
            <translation>输入年份（2024）、月份（2024-05）、日期（2024-05-06）或范围（2024-01-01..2024-03-31）。留空则清除。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/header_filters.py" line="123" />
            <source>Show items whose “%1” contains (leave empty to clear):</source>
            <translation>只显示“%1”包含以下文字的事项（留空则清除）：</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="19" />
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="20" />
            <source>drafting unit</source>
            <translation>起草单位</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="21" />
            <source>document No.</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="22" />
            <source>counterparty</source>
            <translation>合同相对方</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="23" />
            <source>amount</source>
            <translation>合同金额</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="24" />
            <source>notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="25" />
            <source>tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="26" />
            <source>fair-competition review required</source>
            <translation>需要公平竞争审查</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="27" />
            <source>fair-competition review done</source>
            <translation>已完成公平竞争审查</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="28" />
            <source>received date</source>
            <translation>送审日期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="29" />
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="30" />
            <source>valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="31" />
            <source>review due date</source>
            <translation>审核期限</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="32" />
            <source>counsel</source>
            <translation>审核人</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="47" />
            <source>yes</source>
            <extracomment>bookkeeping columns that change along with others and say nothing to a reader</extracomment>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="49" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="65" />
            <source>changed %1</source>
            <translation>修改了%1</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="75" />
            <source>registered the item (%1, received %2)</source>
            <translation>登记事项（%1，送审日期 %2）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="80" />
            <source>assigned counsel: %1</source>
            <translation>指派审核人：%1</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="84" />
            <source>started the review</source>
            <translation>开始审核</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="87" />
            <source>returned it for materials on %1: %2</source>
            <translation>于 %1 退回补正：%2</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="92" />
            <source>recorded the resubmission on %1; the review clock runs again</source>
            <translation>登记 %1 重新送审，审核期限恢复计算</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="103" />
            <source>issued the opinion: %1</source>
            <translation>出具审核意见：%1</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="107" />
            <source>issued revision %1 of the opinion: %2</source>
            <translation>出具第 %1 版修订意见：%2</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="113" />
            <source>recorded publication on %1 as %2</source>
            <translation>登记公布：%1，%2</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="119" />
            <source>recorded filing on %1 with %2</source>
            <translation>登记报送备案：%1，报%2</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="130" />
            <source>recorded the filing result: %1</source>
            <translation>登记备案结果：%1</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="134" />
            <source>recorded that the item was withdrawn</source>
            <translation>登记撤回</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="136" />
            <source>recorded the repeal on %1</source>
            <translation>登记废止：%1</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="140" />
            <source>marked it %1: its validity ended</source>
            <translation>有效期届满，标记为%1</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="146" />
            <source>added the material “%1”</source>
            <translation>添加材料“%1”</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/history_text.py" line="150" />
            <source>imported it from a ledger spreadsheet</source>
            <translation>从台账导入</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <location filename="../../workbench/ui/widgets/history_tab.py" line="23" />
            <source>History of the item</source>
            <translation>事项的历史记录</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/history_tab.py" line="51" />
            <source>No recorded changes.</source>
            <translation>没有记录。</translation>
        </message>
    </context>
    <context>
        <name>ItemActions</name>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="22" />
            <source>Start review</source>
            <translation>开始审核</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="22" />
            <source>Registered → in review</source>
            <translation>已登记 → 审核中</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="27" />
            <source>Materials are incomplete: the review clock pauses until resubmission</source>
            <translation>材料不全：审核期限暂停，待重新送审后恢复</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="31" />
            <source>Resubmit</source>
            <translation>重新送审</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="32" />
            <source>The missing materials arrived: the review clock runs again</source>
            <translation>补正材料已送到：审核期限恢复计算</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="26" />
            <source>Return…</source>
            <translation>退回补正…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="35" />
            <source>Choose the reviewing counsel</source>
            <translation>选择审核人</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="35" />
            <source>Assign…</source>
            <translation>指派审核人…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="39" />
            <source>Withdraw…</source>
            <translation>撤回…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="40" />
            <source>The drafting unit withdrew the item; it is not counted as reviewed</source>
            <translation>送审单位撤回了事项；不计入已审数量</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="87" />
            <source>%1: review started</source>
            <translation>%1：已开始审核</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="96" />
            <location filename="../../workbench/ui/widgets/item_actions.py" line="106" />
            <source>Return for materials</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="97" />
            <source>What is missing? (sent back to %1; the review clock pauses)</source>
            <translation>缺少哪些材料？（退回%1；审核期限暂停）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="98" />
            <source>the drafting unit</source>
            <translation>起草单位</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="106" />
            <source>Please give a reason.</source>
            <translation>请填写退回原因。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="114" />
            <source>%1: returned for materials</source>
            <translation>%1：已退回补正</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="125" />
            <source>%1: resubmitted, the review clock runs again</source>
            <translation>%1：已重新送审，审核期限恢复计算</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="139" />
            <source>Assign counsel</source>
            <translation>指派审核人</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="140" />
            <source>Reviewing counsel for %1:</source>
            <translation>%1 的审核人：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="152" />
            <source>%1: assigned to %2</source>
            <translation>%1：已指派给 %2</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="163" />
            <location filename="../../workbench/ui/widgets/item_actions.py" line="171" />
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="165" />
            <source>Record that %1 “%2” was withdrawn? It stays in the ledger as %3 and is not counted as reviewed.</source>
            <translation>确认 %1“%2”已撤回吗？事项将以“%3”留在台账中，不计入已审数量。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_actions.py" line="178" />
            <source>%1: withdrawn</source>
            <translation>%1：已撤回</translation>
        </message>
    </context>
    <context>
        <name>ItemController</name>
        <message>
            <location filename="../../workbench/ui/item_controller.py" line="122" />
            <source>Someone else changed this item after you opened it, so your changes were NOT saved.</source>
            <extracomment>the item shown changed or was reloaded (ItemView or None) an item was written; the queue row and the counts need refreshing (item id) a short note for the status bar</extracomment>
            <translation>在您打开此事项之后，其他人修改了它，因此您的修改没有保存。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/item_controller.py" line="130" />
            <source>Reload the item now? Your unsaved edits on screen will be replaced by the current version.</source>
            <translation>现在重新载入此事项吗？屏幕上未保存的修改将被当前版本取代。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/item_controller.py" line="136" />
            <source>Changed by someone else</source>
            <translation>已被他人修改</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/item_controller.py" line="137" />
            <source>Reload</source>
            <translation>重新载入</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/item_controller.py" line="144" />
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
    </context>
    <context>
        <name>ItemPane</name>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="208" />
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="209" />
            <source>The details of %1 have unsaved changes. Save them?</source>
            <translation>%1 的详情有未保存的修改。要保存吗？</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="28" />
            <source>Item</source>
            <translation>事项</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="56" />
            <source>&amp;Details</source>
            <translation>详情(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="57" />
            <source>&amp;Materials</source>
            <translation>材料(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="58" />
            <source>&amp;Opinion</source>
            <translation>审核意见(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="59" />
            <source>Fi&amp;ling</source>
            <translation>备案(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="60" />
            <source>&amp;History</source>
            <translation>历史(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="72" />
            <source>Select an item in the queue to see its details, materials and opinion.</source>
            <translation>在待办队列中选择一件事项，查看其详情、材料和审核意见。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="95" />
            <source>Counsel: %1</source>
            <translation>审核人：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/widgets/item_pane.py" line="109" />
            <source>Review clock paused (returned for materials): %n working day(s) left</source>
            <translation>
                <numerusform>审核期限暂停（退回补正），剩余%n个工作日</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="115" />
            <source>Filing due %1 (%2)</source>
            <translation>备案期限 %1（%2）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/item_pane.py" line="117" />
            <source>Review due %1 (%2)</source>
            <translation>审核期限 %1（%2）</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../workbench/ui/labels.py" line="21" />
            <source>Normative document</source>
            <translation>行政规范性文件</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="22" />
            <source>Major decision</source>
            <translation>重大行政决策</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="23" />
            <source>Service contract</source>
            <translation>政府购买服务协议</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="24" />
            <source>Project contract</source>
            <translation>科技计划项目合同</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="25" />
            <source>Cooperation agreement</source>
            <translation>合作协议</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="26" />
            <source>Other contract</source>
            <translation>其他合同</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="27" />
            <source>Legal opinion</source>
            <translation>法律意见书</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="31" />
            <source>Registered</source>
            <translation>已登记</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="32" />
            <source>In review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="33" />
            <source>Returned for materials</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="34" />
            <source>Opinion issued</source>
            <translation>已出具意见</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="35" />
            <source>Published</source>
            <translation>已公布</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="36" />
            <source>Filed</source>
            <translation>已备案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="37" />
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="38" />
            <source>Repealed</source>
            <translation>已废止</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="39" />
            <source>Expired</source>
            <translation>已失效</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="43" />
            <source>Approve</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="44" />
            <source>Approve with changes</source>
            <translation>修改后同意</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="45" />
            <source>Reject</source>
            <translation>不同意</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="49" />
            <source>Authority / beyond powers</source>
            <translation>制定主体/超越权限</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="50" />
            <source>Unlawful content</source>
            <translation>内容违法</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="51" />
            <source>Procedure</source>
            <translation>程序</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="52" />
            <source>Drafting</source>
            <translation>文字技术</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="53" />
            <source>Hinders fair competition</source>
            <translation>妨碍公平竞争</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="54" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="58" />
            <source>The drafting body lacks the power, or the document goes beyond it.</source>
            <translation>制定主体不适格，或超越法定权限。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="61" />
            <source>Sets a licence, penalty, compulsory measure or fee; reduces rights or adds duties.</source>
            <translation>设定许可、处罚、强制或收费，减损权利或者增加义务。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="65" />
            <source>Required steps were skipped (consultation, fair-competition review...).</source>
            <translation>缺少必经程序（征求意见、公平竞争审查等）。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="68" />
            <source>Wording, structure or citation problems.</source>
            <translation>文字、结构或引用方面的问题。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="69" />
            <source>Restricts market entry or favours particular businesses.</source>
            <translation>限制市场准入或给予特定经营者优惠。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="72" />
            <source>Any other problem.</source>
            <translation>其他问题。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="76" />
            <source>Accepted for filing</source>
            <translation>予以备案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="77" />
            <source>Accepted after correction</source>
            <translation>通知改正后准予备案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="80" />
            <source>Deferred</source>
            <translation>暂缓办理</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="81" />
            <source>Not accepted</source>
            <translation>不予备案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="85" />
            <source>My queue</source>
            <translation>我的待办</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="86" />
            <source>Due soon</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="87" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="88" />
            <source>To be filed</source>
            <translation>待备案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="89" />
            <source>Validity ending</source>
            <translation>即将期满</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="90" />
            <source>Reviewed this year</source>
            <translation>本年已审</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="91" />
            <source>All items</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="95" />
            <source>Open items assigned to you as counsel</source>
            <translation>由您审核、尚未办结的事项</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="96" />
            <source>Review or filing due within 3 working days</source>
            <translation>3 个工作日内到期的审核或备案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="97" />
            <source>Review or filing past its due date</source>
            <translation>已超过期限的审核或备案</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="98" />
            <source>Published normative documents not yet filed</source>
            <translation>已公布、尚未报送备案的规范性文件</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="99" />
            <source>Validity ends within 6 months: time for the evaluation</source>
            <translation>有效期 6 个月内届满：需要组织评估</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="102" />
            <source>Opinion issued this calendar year</source>
            <translation>本年度出具审核意见的事项</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="103" />
            <source>Every item in the ledger</source>
            <translation>台账中的全部事项</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="145" />
            <source>(%1)</source>
            <translation>（%1）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="150" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/labels.py" line="161" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>剩余%n天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="163" />
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/labels.py" line="164" />
            <location filename="../../workbench/ui/labels.py" line="170" />
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="193" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>已逾期%n天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="173" />
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/labels.py" line="174" />
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="194" />
            <source>Due within %n working day(s)</source>
            <translation>
                <numerusform>%n个工作日内到期</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="178" />
            <source>Paused</source>
            <translation>暂停</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/labels.py" line="187" />
            <source>Returned for materials: the review clock is paused with %n working day(s) left</source>
            <translation>
                <numerusform>退回补正：审核期限暂停，剩余%n个工作日</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="193" />
            <source>Returned for materials: the review clock is paused</source>
            <translation>退回补正：审核期限暂停</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="197" />
            <source>No deadline running</source>
            <translation>没有正在计算的期限</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="199" />
            <source>Filing due on %1</source>
            <translation>备案期限 %1</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/labels.py" line="202" />
            <source>Review due on %1</source>
            <translation>审核期限 %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="61" />
            <source>Review Workbench</source>
            <extracomment>forwarded from the menus: the application rebuilds the window for these</extracomment>
            <translation>合法性审核工作台</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="91" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="99" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="103" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="106" />
            <source>&amp;Item</source>
            <translation>事项(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="109" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="233" />
            <source>%1 overdue, %2 due soon</source>
            <translation>%1 件已逾期，%2 件即将到期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="252" />
            <source>The holiday schedule for %1 is missing: working days are counted Monday to Friday. An administrator can add it in Settings.</source>
            <translation>缺少 %1 年的节假日安排：暂按周一至周五计算工作日。管理员可在“设置”中补充。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="293" />
            <source>That was the last item in this view.</source>
            <translation>已是本视图的最后一件。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="299" />
            <source>%1 registered</source>
            <translation>%1 已登记</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="326" />
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/main_window.py" line="329" />
            <source>Working…</source>
            <translation>正在处理…</translation>
        </message>
    </context>
    <context>
        <name>SavedSearches</name>
        <message>
            <location filename="../../workbench/ui/saved_searches.py" line="45" />
            <source>Save search</source>
            <translation>保存搜索</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/saved_searches.py" line="45" />
            <source>Name of the saved search:</source>
            <translation>搜索的名称：</translation>
        </message>
    </context>
    <context>
        <name>MaterialsTab</name>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="52" />
            <source>Materials</source>
            <translation>材料</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="62" />
            <source>Text preview</source>
            <translation>文本预览</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="64" />
            <source>Select a .docx file to preview its text.</source>
            <translation>选择一个 .docx 文件以预览其文字。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="70" />
            <source>Drop files here to attach them to the item.</source>
            <translation>把文件拖到这里，即可添加为本事项的材料。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="71" />
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="73" />
            <source>Add files</source>
            <translation>添加文件</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="74" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="76" />
            <source>Open the selected file</source>
            <translation>打开所选文件</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="77" />
            <source>Compare drafts…</source>
            <translation>比较两稿…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="79" />
            <source>Compare two drafts</source>
            <translation>比较两稿</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="81" />
            <source>Select two .docx drafts (or one: it is compared with the draft before it)</source>
            <translation>选择两个 .docx 稿（或选一个：与它之前的一稿比较）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="129" />
            <source>No text preview for this kind of file.</source>
            <translation>此类文件没有文本预览。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="135" />
            <source>(no text found)</source>
            <translation>（未找到文字）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="157" />
            <source>%n file(s) attached to %1</source>
            <translation>
                <numerusform>已为 %1 添加 %n 个文件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="171" />
            <source>Attach files</source>
            <translation>添加材料</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="171" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="221" />
            <source>Compare drafts</source>
            <translation>比较两稿</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/materials_tab.py" line="222" />
            <source>Comparing drafts is not available in this version yet.</source>
            <translation>本版本暂不支持比较两稿。</translation>
        </message>
    </context>
    <context>
        <name>NoMatches</name>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="89" />
            <source>Nothing in this view matches.</source>
            <translation>本视图中没有符合条件的事项。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="92" />
            <location filename="../../workbench/ui/widgets/empty_state.py" line="94" />
            <source>Clear search and filters</source>
            <translation>清除搜索和筛选</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="105" />
            <source>Nothing matches the search and filters.</source>
            <translation>没有符合搜索和筛选条件的事项。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/empty_state.py" line="107" />
            <source>Nothing in this view right now.</source>
            <translation>本视图目前没有事项。</translation>
        </message>
    </context>
    <context>
        <name>OpinionTab</name>
        <message>
            <source>Only reviewing counsel issue opinions.</source>
            <translation>只有审核人员才能出具审核意见。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="83" />
            <source>Issued opinions</source>
            <translation>已出具的意见</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="86" />
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="214" />
            <source>New opinion</source>
            <translation>新的审核意见</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="92" />
            <source>Conclusion</source>
            <translation>审核结论</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="95" />
            <source>Issue date</source>
            <translation>出具日期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="99" />
            <source>&amp;Conclusion</source>
            <translation>审核结论(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="104" />
            <source>Opinion text</source>
            <translation>意见正文</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="105" />
            <source>Findings and required changes</source>
            <translation>经审核，……</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="107" />
            <source>&amp;Opinion</source>
            <translation>审核意见(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="110" />
            <source>Legal basis</source>
            <translation>法律依据</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="111" />
            <source>Laws, regulations and rules relied on</source>
            <translation>所依据的法律、法规和规章</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="114" />
            <source>Legal &amp;basis</source>
            <translation>法律依据(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="124" />
            <source>Problems found</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="125" />
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="215" />
            <source>Issue opinion…</source>
            <translation>出具意见…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="127" />
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="259" />
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="273" />
            <source>Issue opinion</source>
            <translation>出具意见</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="128" />
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="130" />
            <source>Cancel revision</source>
            <translation>取消修订</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="139" />
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="141" />
            <source>Revise opinion</source>
            <translation>修订意见</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="143" />
            <source>Issue a corrected opinion that supersedes the current one</source>
            <translation>出具一份更正后的意见，取代当前意见</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="145" />
            <source>Generate letter…</source>
            <translation>生成意见书…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="147" />
            <source>Generate opinion letter</source>
            <translation>生成意见书</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="148" />
            <source>Write the opinion letter (.docx) from the template</source>
            <translation>按模板生成合法性审核意见书（.docx）</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="204" />
            <source>superseded by a later revision</source>
            <translation>已被后来的修订取代</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="205" />
            <source>Legal basis:</source>
            <translation>法律依据：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="206" />
            <source>Problems:</source>
            <translation>存在问题：</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="214" />
            <source>Revision</source>
            <translation>修订意见</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="215" />
            <source>Issue revision…</source>
            <translation>出具修订意见…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="226" />
            <source>Issued opinions are locked; a correction is a new revision.</source>
            <translation>已出具的意见不能修改；更正须出具新的修订意见。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="228" />
            <source>Start the review before writing the opinion.</source>
            <translation>请先开始审核，再撰写审核意见。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="230" />
            <source>Returned for materials: resubmit the item before issuing.</source>
            <translation>已退回补正：重新送审后才能出具意见。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="232" />
            <source>The item was withdrawn; no opinion is issued.</source>
            <translation>事项已撤回，不出具意见。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="259" />
            <source>Please write the opinion text.</source>
            <translation>请填写意见正文。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="264" />
            <source>Issue the opinion “%1” on %2 “%3”?

An issued opinion cannot be edited; a correction becomes a new revision that supersedes it.</source>
            <translation>确认对 %2“%3”出具审核意见“%1”吗？

意见出具后不能修改；更正须出具新的修订意见取代它。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="273" />
            <source>Issue</source>
            <translation>出具</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="297" />
            <source>%1: opinion issued</source>
            <translation>%1：已出具审核意见</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="310" />
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="326" />
            <source>Opinion letter</source>
            <translation>合法性审核意见书</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="311" />
            <source>Generating letters is not available in this version yet.</source>
            <translation>本版本暂不支持生成意见书。</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="316" />
            <source>Save the opinion letter</source>
            <translation>保存意见书</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="318" />
            <source>Word documents (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="327" />
            <source>The letter was written to %1. Open it now?</source>
            <translation>意见书已保存到 %1。现在打开吗？</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/opinion_tab.py" line="328" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <location filename="../../workbench/ui/prompts.py" line="43" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/prompts.py" line="145" />
            <source>Choose the data file</source>
            <translation>选择数据文件</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/prompts.py" line="151" />
            <source>Workbench data (*.sqlite3 *.sqlite *.db)</source>
            <translation>工作台数据 (*.sqlite3 *.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/prompts.py" line="152" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/prompts.py" line="164" />
            <source>Cannot open the data</source>
            <translation>无法打开数据</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/prompts.py" line="169" />
            <source>Choose another file…</source>
            <translation>选择其他文件…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/prompts.py" line="175" />
            <source>Use the default location</source>
            <translation>使用默认位置</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/prompts.py" line="179" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <location filename="../../workbench/ui/models/queue_model.py" line="67" />
            <source>Reg. No.</source>
            <extracomment>The service's sort/filter key of each column.</extracomment>
            <translation>登记号</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/queue_model.py" line="68" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/queue_model.py" line="69" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/queue_model.py" line="70" />
            <source>Drafting unit</source>
            <translation>起草单位</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/queue_model.py" line="71" />
            <source>Received</source>
            <translation>送审日期</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/queue_model.py" line="72" />
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/queue_model.py" line="73" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/queue_model.py" line="74" />
            <source>Counsel</source>
            <translation>审核人</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/queue_model.py" line="75" />
            <source>Document No.</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/models/queue_model.py" line="263" />
            <source>Click to sort; right-click to filter this column</source>
            <extracomment>the user clicked a header: (column, descending)</extracomment>
            <translation>单击排序；右键单击可筛选此列</translation>
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message>
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="102" />
            <source>Search</source>
            <extracomment>typical contents of each column, measured in the current font for the default widths the selected item (id) or None a query finished: (rows shown, milliseconds)</extracomment>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="104" />
            <source>Search title, document No., unit, notes and materials (Ctrl+F)</source>
            <translation>搜索标题、文号、单位、备注和材料 (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="116" />
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="118" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="135" />
            <source>Queue</source>
            <translation>待办队列</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="262" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="346" />
            <source>Filtered by %1</source>
            <translation>筛选条件：%1</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/queue_panel.py" line="314" />
            <source>Counting…</source>
            <translation>正在计数…</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <location filename="../../workbench/ui/widgets/sidebar.py" line="34" />
            <location filename="../../workbench/ui/widgets/sidebar.py" line="41" />
            <source>Views</source>
            <extracomment>a view was chosen: (key, query) the user asked to save the current search / remove a saved one (by name)</extracomment>
            <translation>视图</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/sidebar.py" line="53" />
            <source>Save search…</source>
            <translation>保存搜索…</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/sidebar.py" line="54" />
            <source>Keep the current view, search and filters here</source>
            <translation>把当前视图、搜索词和筛选条件保存到这里</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/sidebar.py" line="55" />
            <source>Save search</source>
            <translation>保存搜索</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/sidebar.py" line="58" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/sidebar.py" line="59" />
            <source>Remove the selected saved search</source>
            <translation>删除所选的已保存搜索</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/widgets/sidebar.py" line="60" />
            <location filename="../../workbench/ui/widgets/sidebar.py" line="115" />
            <source>Remove saved search</source>
            <translation>删除已保存的搜索</translation>
        </message>
    </context>
    <context>
        <name>ViewListModel</name>
        <message numerus="yes">
            <location filename="../../workbench/ui/models/view_list_model.py" line="49" />
            <source>%n column filter(s)</source>
            <translation>
                <numerusform>%n 项列筛选</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../workbench/ui/models/view_list_model.py" line="118" />
            <source>%1: %n item(s)</source>
            <translation>
                <numerusform>%1：%n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkbenchApp</name>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>自动备份失败：%1</translation>
        </message>
        <message>
            <location filename="../../workbench/ui/bootstrap.py" line="155" />
            <source>Cannot open the data</source>
            <translation>无法打开数据</translation>
        </message>
        <message>
            <source>The data file is damaged</source>
            <translation>数据文件已损坏</translation>
        </message>
    </context>
</TS>
