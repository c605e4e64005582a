<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Printing</name>
        <message>
            <source>%1 item(s)</source>
            <translation>共 %1 项</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>合同金额（元）</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>审核结论</translation>
        </message>
        <message>
            <source>Counsel</source>
            <translation>审核人</translation>
        </message>
        <message>
            <source>Counterparty</source>
            <translation>合同相对方</translation>
        </message>
        <message>
            <source>Document No.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Drafting unit</source>
            <translation>起草单位</translation>
        </message>
        <message>
            <source>Fair-competition review</source>
            <translation>公平竞争审查</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>报送备案日期</translation>
        </message>
        <message>
            <source>Filing authority</source>
            <translation>备案机关</translation>
        </message>
        <message>
            <source>Filing due %1 (%2)</source>
            <translation>备案期限 %1（%2）</translation>
        </message>
        <message>
            <source>Filing due</source>
            <translation>备案期限</translation>
        </message>
        <message>
            <source>Filing reference</source>
            <translation>备案文号</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>出具人</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>出具日期</translation>
        </message>
        <message>
            <source>Item summary</source>
            <translation>事项摘要</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>No opinion issued yet.</source>
            <translation>尚未出具审核意见。</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>审核意见</translation>
        </message>
        <message>
            <source>Printed on %1 from Review Workbench</source>
            <translation>%1 打印自合法性审核工作台</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>公布日期</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>退回理由</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>送审日期</translation>
        </message>
        <message>
            <source>Reg. No.</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>重新送审</translation>
        </message>
        <message>
            <source>Result date</source>
            <translation>备案结果日期</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>备案结果</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>退回日期</translation>
        </message>
        <message>
            <source>Review due %1 (%2)</source>
            <translation>审核期限 %1（%2）</translation>
        </message>
        <message>
            <source>Revision %1 of %2: %3 (superseded)</source>
            <translation>第 %1 版（%2）：%3（已被取代）</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>awaiting</source>
            <translation>待补正</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>not yet done</source>
            <translation>尚未完成</translation>
        </message>
        <message>
            <source>recorded by %1</source>
            <translation>由 %1 录入</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>第 %1 版</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>基本情况</translation>
        </message>
        <message>
            <source>Filing record</source>
            <translation>备案情况</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>审核依据</translation>
        </message>
        <message>
            <source>Opinion text</source>
            <translation>意见正文</translation>
        </message>
        <message>
            <source>Returns for materials</source>
            <translation>退回补正</translation>
        </message>
        <message>
            <source>Review Workbench</source>
            <translation>合法性审核工作台</translation>
        </message>
        <message numerus="yes">
            <source>Review clock paused (returned for materials): %n working day(s) left</source>
            <translation>
                <numerusform>审核计时暂停（退回补正）：剩 %n 个工作日</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintJobs</name>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>已保存为 %1</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>已发送到打印机</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>未打印</translation>
        </message>
        <message>
            <source>Preparing the printout…</source>
            <translation>正在准备打印…</translation>
        </message>
        <message>
            <source> — a reading copy: the .docx letter is the official one</source>
            <translation>——此为阅读件，正式文本以 .docx 文书为准</translation>
        </message>
    </context>
    <context>
        <name>WindowPrinting</name>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Save as PD&amp;F…</source>
            <translation>另存为 PDF(&amp;F)…</translation>
        </message>
        <message>
            <source>The queue as listed; the item's summary when the item pane has the focus</source>
            <translation>打印当前列出的队列；焦点在事项窗格时打印该事项的摘要</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>search “%1”</source>
            <translation>搜索“%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n column filter(s)</source>
            <translation>
                <numerusform>按 %n 列筛选</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ItemPrintButton</name>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Print or save as PDF</source>
            <translation>打印或另存为 PDF</translation>
        </message>
        <message>
            <source>Print the item's summary or its letters, or save them as PDF</source>
            <translation>打印事项摘要或文书，或另存为 PDF</translation>
        </message>
        <message>
            <source>Print summary…</source>
            <translation>打印事项摘要…</translation>
        </message>
        <message>
            <source>Save summary as PDF…</source>
            <translation>事项摘要另存为 PDF…</translation>
        </message>
        <message>
            <source>Print opinion letter…</source>
            <translation>打印合法性审核意见书…</translation>
        </message>
        <message>
            <source>Save opinion letter as PDF…</source>
            <translation>意见书另存为 PDF…</translation>
        </message>
        <message>
            <source>Print return notice…</source>
            <translation>打印退回补正通知书…</translation>
        </message>
        <message>
            <source>Save return notice as PDF…</source>
            <translation>退回补正通知书另存为 PDF…</translation>
        </message>
        <message>
            <source>A reading copy: the .docx letter stays the official document</source>
            <translation>此为阅读件，正式文本以生成的 .docx 文书为准</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Save the return notice</source>
            <translation>保存退回补正通知书</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Return notice</source>
            <translation>退回补正通知书</translation>
        </message>
        <message>
            <source>The return notice was written to %1. Open it now?</source>
            <translation>退回补正通知书已保存到 %1。现在打开吗？</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
    </context>
    <context>
        <name>ItemActions</name>
        <message>
            <source>Return notice…</source>
            <translation>生成退回补正通知书…</translation>
        </message>
        <message>
            <source>Write the notice of return for supplementary materials (.docx)</source>
            <translation>按模板生成退回补正通知书（.docx）</translation>
        </message>
        <message>
            <source>Return notice</source>
            <translation>退回补正通知书</translation>
        </message>
        <message>
            <source>%1 was returned for materials. Write the notice of return for supplementary materials (退回补正通知书) now?</source>
            <translation>%1 已退回补正。现在生成退回补正通知书吗？</translation>
        </message>
        <message>
            <source>Write notice…</source>
            <translation>生成通知书…</translation>
        </message>
    </context>
</TS>
