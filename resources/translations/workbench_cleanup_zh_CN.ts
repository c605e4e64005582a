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
</TS>
