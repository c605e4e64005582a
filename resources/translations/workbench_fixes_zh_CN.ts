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
    </context>
</TS>
