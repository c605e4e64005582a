<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>FilterChips</name>
        <message>
            <source>Remove this filter</source>
            <translation>去掉这个筛选</translation>
        </message>
        <message>
            <source>Remove the filter %1</source>
            <translation>去掉筛选 %1</translation>
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message>
            <source>Filtered:</source>
            <translation>筛选：</translation>
        </message>
    </context>
    <context>
        <name>FilingTab</name>
        <message>
            <source>Document No. %1 is already used by %2; publish anyway?</source>
            <translation>文号“%1”已被%2使用，仍要登记公布吗？</translation>
        </message>
        <message>
            <source>Publish anyway</source>
            <translation>仍然公布</translation>
        </message>
        <message>
            <source>Filed o&amp;n</source>
            <translation>报送备案日期(&amp;N)</translation>
        </message>
        <message>
            <source>Res&amp;ult</source>
            <translation>备案结果(&amp;U)</translation>
        </message>
        <message>
            <source>Result da&amp;te</source>
            <translation>结果日期(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>H&amp;elp</source>
            <translation>帮助(&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>ItemPane</name>
        <message>
            <source>Detail&amp;s</source>
            <translation>详情(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>DetailsTab</name>
        <message>
            <source>&amp;Counsel</source>
            <translation>审核人(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>OpinionTab</name>
        <message>
            <source>O&amp;pinion</source>
            <translation>审核意见(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>Received &amp;on:</source>
            <translation>送审日期(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>AppActions</name>
        <message>
            <source>Load sa&amp;mple data</source>
            <translation>载入样例数据(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>“%1” is not a date: write it as 2026-12-20 or 20261220.</source>
            <translation>“%1”不是日期：请写成 2026-12-20 或 20261220。</translation>
        </message>
        <message>
            <source>%1 is later than %2.</source>
            <translation>%1晚于%2。</translation>
        </message>
        <message>
            <source>%1 is earlier than %2.</source>
            <translation>%1早于%2。</translation>
        </message>
    </context>
    <context>
        <name>ItemActions</name>
        <message>
            <source>When did %1 send the missing materials? The review clock runs again.</source>
            <translation>%1是什么时候补齐材料的？审核期限将继续计算。</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
    </context>
</TS>
