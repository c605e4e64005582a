<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Labels</name>
        <message>
            <source>Levy or expropriation</source>
            <translation>征收</translation>
        </message>
        <message>
            <source>Adds powers / drops duties</source>
            <translation>增加权力/减少职责</translation>
        </message>
        <message>
            <source>Sets a levy, expropriation, fund or other charge without a law behind it.</source>
            <translation>没有法律依据设定征收、征用、基金或者其他财产负担。</translation>
        </message>
        <message>
            <source>Gives the department powers no law gives it, or drops a statutory duty.</source>
            <translation>增加法律、法规规定之外的行政权力事项，或者减少法定职责。</translation>
        </message>
    </context>
    <context>
        <name>HintsPanel</name>
        <message>
            <source>Review hints</source>
            <translation>审核提示</translation>
        </message>
        <message>
            <source>Legal basis of the hint</source>
            <translation>提示的法律依据</translation>
        </message>
        <message>
            <source>Select a hint to see the provision it rests on.</source>
            <translation>选择一条提示，查看其依据的条款。</translation>
        </message>
        <message>
            <source>Insert basis into opinion</source>
            <translation>将依据填入审核意见</translation>
        </message>
        <message>
            <source>Use in opinion</source>
            <translation>采用到审核意见</translation>
        </message>
        <message>
            <source>Use the hint in the opinion</source>
            <translation>将提示采用到审核意见</translation>
        </message>
        <message>
            <source>Tick the hint&apos;s problem type and add its sentence and its provision to the opinion being written</source>
            <translation>勾选提示对应的问题类型，并将提示内容及其依据条款写入正在撰写的审核意见</translation>
        </message>
        <message>
            <source>Add this provision to the legal basis of the opinion being written</source>
            <translation>将该条款添加到正在撰写的审核意见的“法律依据”中</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>Select a .docx draft to see its review hints.</source>
            <translation>选择一份 .docx 草案，查看审核提示。</translation>
        </message>
        <message>
            <source>contract checklist</source>
            <translation>合同审核清单</translation>
        </message>
        <message>
            <source>normative document</source>
            <translation>行政规范性文件</translation>
        </message>
        <message>
            <source>No hints (%1).</source>
            <translation>没有提示（%1）。</translation>
        </message>
        <message>
            <source>Paragraph %1</source>
            <translation>第%1段</translation>
        </message>
        <message>
            <source>Whole document</source>
            <translation>全文</translation>
        </message>
        <message numerus="yes">
            <source>%n hint(s) (%1). Hints help; they are not verdicts.</source>
            <translation>
                <numerusform>%n 条提示（%1）。提示仅供参考，不是结论。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MaterialsTab</name>
        <message>
            <source>Reading the draft…</source>
            <translation>正在读取草案……</translation>
        </message>
    </context>
    <context>
        <name>OpinionTab</name>
        <message>
            <source>The basis can be inserted while an opinion or a revision is written.</source>
            <translation>撰写审核意见或修订时才能填入依据。</translation>
        </message>
        <message>
            <source>Problems are ticked (%1) but the conclusion is “%2”: check that the conclusion is meant.</source>
            <translation>已勾选存在问题（%1），但审核结论为“%2”：请确认审核结论无误。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
</TS>
