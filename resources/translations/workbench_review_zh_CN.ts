<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>DeadlinesTab</name>
        <message>
            <source>These periods are this office's own policy (本机关工作规则): no law or regulation sets them. For a major administrative decision, {basis} asks for a review time of generally no less than 7 working days.</source>
            <translation>以上审核期限是本机关工作规则，没有法律、法规规定具体天数。重大行政决策的合法性审查时间，{basis}规定一般不少于7个工作日。</translation>
        </message>
        <message>
            <source>{kind}: {days} working days is less than the {floor} working days {basis} asks for (“一般不少于7个工作日”).</source>
            <translation>{kind}：{days}个工作日少于{basis}要求的{floor}个工作日（“一般不少于7个工作日”）。</translation>
        </message>
        <message>
            <source>Calendar days after publication: 《辽宁省规章规范性文件备案办法》第三条 (a normative document is filed within 15 days of its publication). The day of publication is not counted, and a last day on a day off moves to the next working day (《中华人民共和国民法典》第二百零一条、第二百零三条).</source>
            <translation>按日历日计算：《辽宁省规章规范性文件备案办法》第三条规定，规范性文件应当自公布之日起15日内报送备案。公布当日不计入；最后一日是休息日的，顺延至下一个工作日（《中华人民共和国民法典》第二百零一条、第二百零三条）。</translation>
        </message>
    </context>
    <context>
        <name>FilingTab</name>
        <message>
            <source>Calendar days after publication, as many as Settings say (15: 《辽宁省规章规范性文件备案办法》第三条). The day of publication is not counted, and a last day on a day off moves to the next working day (《中华人民共和国民法典》第二百零一条、第二百零三条).</source>
            <translation>自公布之日起按日历日计算，天数见“设置”（15日：《辽宁省规章规范性文件备案办法》第三条）。公布当日不计入；最后一日是休息日的，顺延至下一个工作日（《中华人民共和国民法典》第二百零一条、第二百零三条）。</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Not understood — the days these words move were not read: {words}. Check them against the notice before saving.</source>
            <translation>未能读懂：{words}，其中调动的休息日没有读入。请对照通知核对后再保存。</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>“{words}”</source>
            <translation>“{words}”</translation>
        </message>
        <message>
            <source>Not understood: “{words}”</source>
            <translation>未能读懂：“{words}”</translation>
        </message>
        <message>
            <source>Some words were not understood and their days are missing: {words}.</source>
            <translation>以下内容未能读懂，其中的日期没有读入：{words}。</translation>
        </message>
    </context>
</TS>
