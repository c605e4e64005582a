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
</TS>
