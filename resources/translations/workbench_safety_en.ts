<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>BackupActions</name>
        <message numerus="yes">
            <source>%n attachment(s) could not be found and are not in the backup.</source>
            <translation>
                <numerusform>%n attachment could not be found and is not in the backup.</numerusform>
                <numerusform>%n attachments could not be found and are not in the backup.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s) were missing from the backup.</source>
            <translation>
                <numerusform>%n attachment was missing from the backup.</numerusform>
                <numerusform>%n attachments were missing from the backup.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AppActions</name>
        <message numerus="yes">
            <source>The audit log is intact: the hash chain of all %n record(s) matches.</source>
            <translation>
                <numerusform>The audit log is intact: the hash chain of its %n record matches.</numerusform>
                <numerusform>The audit log is intact: the hash chain of all %n records matches.</numerusform>
            </translation>
        </message>
    </context>
</TS>
