<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>TodayModel</name>
        <message numerus="yes">
            <source>%n working day(s) left</source>
            <translation>
                <numerusform>%n working day left</numerusform>
                <numerusform>%n working days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more: show them all in the queue…</source>
            <translation>
                <numerusform>%n more: show them all in the queue…</numerusform>
                <numerusform>%n more: show them all in the queue…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
</TS>
