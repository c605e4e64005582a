<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>History</name>
        <message>
            <source>directly in the database: %1</source>
            <translation>直接在数据库中修改：%1</translation>
        </message>
    </context>
</TS>
