<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>DraftNote</name>
        <message>
            <source>Draft from %1 restored.</source>
            <translation>已恢复 %1 保存的草稿。</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>放弃草稿</translation>
        </message>
    </context>
    <context>
        <name>DraftKeeper</name>
        <message>
            <source>You have an unfinished opinion on %1; it is kept as a draft and will be back next time. Quit anyway?</source>
            <translation>“%1”的审核意见尚未出具，已保存为草稿，下次打开时会恢复。仍要退出吗？</translation>
        </message>
        <message>
            <source>You have unsaved changes to the details of %1; they are kept as a draft and will be back next time. Quit anyway?</source>
            <translation>“%1”的详情有未保存的修改，已保存为草稿，下次打开时会恢复。仍要退出吗？</translation>
        </message>
        <message>
            <source>You have unfinished work on %1; it is kept as drafts and will be back next time. Quit anyway?</source>
            <translation>%1 有未完成的工作，已保存为草稿，下次打开时会恢复。仍要退出吗？</translation>
        </message>
        <message>
            <source>Unfinished work</source>
            <translation>未完成的工作</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>OpinionTab</name>
        <message>
            <source>Counsel:</source>
            <translation>审核人：</translation>
        </message>
        <message>
            <source>Issued by:</source>
            <translation>出具人：</translation>
        </message>
    </context>
</TS>
