<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>SearchElsewhereBar</name>
        <message>
            <source>Search all items</source>
            <translation>在全部事项中搜索</translation>
        </message>
        <message numerus="yes">
            <source>%n more item(s) match “%1” — search all items?</source>
            <translation>
                <numerusform>另有 %n 件事项符合“%1”，在全部事项中搜索？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>File not attached</source>
            <translation>文件未能附上</translation>
        </message>
        <message>
            <source>%1 “%2” is registered, but %3 could not be attached to it: %4</source>
            <translation>事项 %1“%2”已登记，但未能附上文件 %3：%4</translation>
        </message>
    </context>
</TS>
