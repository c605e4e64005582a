<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>YearGlance</name>
        <message>
            <source>Filing rate</source>
            <translation>报备率</translation>
        </message>
        <message>
            <source>Filed on time</source>
            <translation>报备及时率</translation>
        </message>
        <message>
            <source>Filing conforming</source>
            <translation>规范率</translation>
        </message>
    </context>
    <context>
        <name>AppActions</name>
        <message>
            <source>C&amp;leanup campaigns…</source>
            <translation>清理(&amp;L)…</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Ca&amp;talogue of normative documents…</source>
            <translation>规范性文件目录(&amp;T)…</translation>
        </message>
    </context>
    <context>
        <name>NewCampaignDialog</name>
        <message>
            <source>Documents in force on</source>
            <translation>清理基准日现行有效的文件</translation>
        </message>
        <message>
            <source>New cleanup campaign</source>
            <translation>新建清理</translation>
        </message>
        <message>
            <source>e.g. 妨碍统一市场和公平竞争</source>
            <translation>例如：妨碍统一市场和公平竞争</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>清理名称(&amp;T)：</translation>
        </message>
        <message>
            <source>Documents in force &amp;on:</source>
            <translation>清理基准日(&amp;O)：</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>清理主题(&amp;H)：</translation>
        </message>
    </context>
    <context>
        <name>CleanupDialog</name>
        <message>
            <source>Cleanup campaigns</source>
            <translation>规范性文件清理</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>清理</translation>
        </message>
        <message>
            <source>&amp;New campaign…</source>
            <translation>新建清理(&amp;N)…</translation>
        </message>
        <message>
            <source>Campaign:</source>
            <translation>清理：</translation>
        </message>
        <message>
            <source>%v of %m decided</source>
            <translation>已确定 %v / %m 件</translation>
        </message>
        <message>
            <source>Keys 1–4 set the result of the selected documents: 1 keep in force, 2 to amend, 3 to repeal, 4 declare invalid. F2 edits the reason. Highlighted documents have fair-competition review hints.</source>
            <translation>按数字键 1–4 为选中的文件确定清理结果：1 继续有效，2 拟修改，3 拟废止，4 宣布失效；按 F2 填写理由。底色标出的文件有妨碍统一市场和公平竞争的审核提示。</translation>
        </message>
        <message>
            <source>&amp;Export lists…</source>
            <translation>导出清单(&amp;E)…</translation>
        </message>
        <message>
            <source>C&amp;lose campaign…</source>
            <translation>结束清理(&amp;L)…</translation>
        </message>
        <message>
            <source>Export the result lists</source>
            <translation>导出清理结果清单</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;Word document (*.docx)</source>
            <translation>Excel 工作簿 (*.xlsx);;Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Close campaign</source>
            <translation>结束清理</translation>
        </message>
        <message>
            <source>Close the campaign today? Documents to repeal become repealed and documents declared invalid become expired; the campaign can no longer be changed.</source>
            <translation>今天结束本次清理吗？拟废止的文件将登记为已废止，宣布失效的文件将登记为已失效；结束后清理不能再修改。</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>No cleanup campaign yet: start one with New campaign.</source>
            <translation>还没有清理：请点“新建清理”开始。</translation>
        </message>
        <message>
            <source>Documents in force on %1</source>
            <translation>清理基准日 %1 现行有效的文件</translation>
        </message>
        <message>
            <source>theme: %1</source>
            <translation>清理主题：%1</translation>
        </message>
        <message>
            <source>closed on %1</source>
            <translation>已于 %1 结束</translation>
        </message>
        <message>
            <source>The result lists were written to %1.</source>
            <translation>清理结果清单已写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDialog</name>
        <message>
            <source>In force on the date</source>
            <translation>截至该日现行有效</translation>
        </message>
        <message>
            <source>Catalogue of normative documents</source>
            <translation>行政规范性文件目录</translation>
        </message>
        <message>
            <source>Published in the &amp;year</source>
            <translation>本年度公布的(&amp;Y)</translation>
        </message>
        <message>
            <source>In force on the &amp;date</source>
            <translation>截至该日现行有效的(&amp;D)</translation>
        </message>
        <message>
            <source>Save as &amp;Excel…</source>
            <translation>保存为 Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>Save as &amp;Word…</source>
            <translation>保存为 Word(&amp;W)…</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>%1 — documents: %2</source>
            <translation>%1：共 %2 件</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>已保存到 %1。</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
    </context>
    <context>
        <name>CleanupModel</name>
        <message>
            <source>Keep in force</source>
            <translation>继续有效</translation>
        </message>
        <message>
            <source>To amend</source>
            <translation>拟修改</translation>
        </message>
        <message>
            <source>To repeal</source>
            <translation>拟废止</translation>
        </message>
        <message>
            <source>Declare invalid</source>
            <translation>宣布失效</translation>
        </message>
        <message>
            <source>Undecided</source>
            <translation>未定</translation>
        </message>
        <message>
            <source>Reg. No.</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>文件名称</translation>
        </message>
        <message>
            <source>Document No.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>公布日期</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>清理结果</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>The attached document has fair-competition review hints.</source>
            <translation>附件有妨碍统一市场和公平竞争的审核提示，请重点审查。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Effective</source>
            <translation>施行日期</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有效期至</translation>
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
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
</TS>
