<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>TodayModel</name>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Due within 7 days</source>
            <translation>7天内到期</translation>
        </message>
        <message>
            <source>Returned, awaiting resubmission</source>
            <translation>退回补正，待重新送审</translation>
        </message>
        <message>
            <source>To be filed</source>
            <translation>待备案</translation>
        </message>
        <message>
            <source>Validity ending within 6 months</source>
            <translation>6个月内有效期届满</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Reg. No.</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>When</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Counsel</source>
            <translation>审核人</translation>
        </message>
        <message numerus="yes">
            <source>%n working day(s) left</source>
            <translation>
                <numerusform>剩余%n个工作日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more: show them all in the queue…</source>
            <translation>
                <numerusform>另有 %n 件：在队列中查看全部…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Today, %1</source>
            <translation>今日，%1</translation>
        </message>
        <message>
            <source>Whole office: %1 reviews overdue, %2 due within 7 days, %3 returned for materials</source>
            <translation>全处：审核逾期 %1 件，7天内到期 %2 件，退回补正 %3 件</translation>
        </message>
    </context>
    <context>
        <name>MonthChart</name>
        <message>
            <source>Opinions issued by month</source>
            <translation>各月出具意见数</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1月：%2</translation>
        </message>
    </context>
    <context>
        <name>YearGlance</name>
        <message>
            <source>Mine</source>
            <translation>本人</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>全处</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收件</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>审结</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>备案</translation>
        </message>
        <message>
            <source>Reviewed late</source>
            <translation>超期出具意见</translation>
        </message>
        <message>
            <source>Opinions issued by month</source>
            <translation>各月出具意见数</translation>
        </message>
        <message>
            <source>This year (%1)</source>
            <translation>本年（%1年）</translation>
        </message>
        <message>
            <source>Opinions issued by month (office)</source>
            <translation>各月出具意见数（全处）</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Dismiss the reminder</source>
            <translation>关闭提醒</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>另有 %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>filing overdue since %1</source>
            <translation>备案已逾期（应于 %1 前报送）</translation>
        </message>
        <message>
            <source>filing due %1</source>
            <translation>应于 %1 前报送备案</translation>
        </message>
        <message>
            <source>review overdue since %1</source>
            <translation>审核已逾期（期限 %1）</translation>
        </message>
        <message>
            <source>review due %1</source>
            <translation>审核期限 %1</translation>
        </message>
        <message>
            <source>Deadlines: %1 overdue, %2 due within 3 working days</source>
            <translation>到期提醒：已逾期 %1 件，3个工作日内到期 %2 件</translation>
        </message>
        <message>
            <source>Review Workbench</source>
            <translation>合法性审核工作台</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>另有 %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderOption</name>
        <message>
            <source>Reminders</source>
            <translation>到期提醒</translation>
        </message>
        <message>
            <source>Remind me when an item becomes overdue or due within 3 working days</source>
            <translation>事项逾期或3个工作日内到期时提醒我</translation>
        </message>
    </context>
    <context>
        <name>ViewListModel</name>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>What needs attention today, and the year at a glance</source>
            <translation>今天需要处理的事项，以及本年概况</translation>
        </message>
    </context>
</TS>
