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
    <context>
        <name>Glossary</name>
        <message>
            <source>Review deadline</source>
            <translation>审核期限</translation>
        </message>
        <message>
            <source>Filing deadline</source>
            <translation>备案期限</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审</translation>
        </message>
        <message>
            <source>Filing</source>
            <translation>备</translation>
        </message>
        <message>
            <source>Opinions issued late</source>
            <translation>超期出具意见</translation>
        </message>
        <message>
            <source>Filed late</source>
            <translation>超期报送备案</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>用户指南</translation>
        </message>
        <message>
            <source>Counsel</source>
            <translation>审核人</translation>
        </message>
        <message numerus="yes">
            <source>%n working day(s)</source>
            <translation>
                <numerusform>%n个工作日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n working day(s) left</source>
            <translation>
                <numerusform>剩余%n个工作日</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 %2 (%3)</source>
            <translation>%1 %2（%3）</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>“Review” marks a review deadline (counted in working days), “Filing” a filing deadline (calendar days). Click to sort; right-click to filter.</source>
            <translation>期限：“审”为审核期限（按工作日计算），“备”为备案期限（按日历天计算）。单击排序，右击筛选。</translation>
        </message>
    </context>
</TS>
