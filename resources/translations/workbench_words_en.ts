<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>SearchElsewhereBar</name>
        <message numerus="yes">
            <source>%n more item(s) match “%1” — search all items?</source>
            <translation>
                <numerusform>%n more item matches “%1” — search all items?</numerusform>
                <numerusform>%n more items match “%1” — search all items?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Glossary</name>
        <message>
            <source>%1 %2</source>
            <extracomment>a deadline cell: the deadline mark, then the date or the badge</extracomment>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n working day(s)</source>
            <translation>
                <numerusform>%n working day</numerusform>
                <numerusform>%n working days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n working day(s) left</source>
            <translation>
                <numerusform>%n working day left</numerusform>
                <numerusform>%n working days left</numerusform>
            </translation>
        </message>
    </context>
</TS>
