<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BackupActions</name>
        <message>
            <source>Back &amp;up…</source>
            <translation>备份(&amp;U)…</translation>
        </message>
        <message>
            <source>Write every item, opinion, attachment and setting to one archive file</source>
            <translation>把全部事项、意见、附件和设置写入一个备份文件</translation>
        </message>
        <message>
            <source>Restore from bac&amp;kup…</source>
            <translation>从备份恢复(&amp;K)…</translation>
        </message>
        <message>
            <source>Replace all the data with a backup archive</source>
            <translation>用备份文件替换全部数据</translation>
        </message>
        <message>
            <source>Backup archives (*%1)</source>
            <translation>备份文件 (*%1)</translation>
        </message>
        <message>
            <source>Backups (*%1 *%2)</source>
            <translation>备份 (*%1 *%2)</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>review-workbench-backup</source>
            <translation>合法性审核工作台备份</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation>已备份到 %1</translation>
        </message>
        <message>
            <source>The backup is in %1 (%2).</source>
            <translation>备份已保存到 %1（%2）。</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>On a shared server a backup is restored by the database administrator, into a new database, with the command “workbench restore”.</source>
            <translation>共享服务器上的备份由数据库管理员用命令“workbench restore”恢复到新的数据库。</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>正在检查备份…</translation>
        </message>
        <message>
            <source>The backup made on %1 holds:
%2

It replaces all the data in %3. A copy of the data as it is now is kept first.

Restore it?</source>
            <translation>%1 制作的备份包含：
%2

恢复后将替换 %3 中的全部数据。替换前会先保留一份现有数据的副本。

确定恢复吗？</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>备份已恢复</translation>
        </message>
        <message>
            <source>Restored:</source>
            <translation>已恢复：</translation>
        </message>
        <message>
            <source>The data as it was is kept in %1.</source>
            <translation>恢复前的数据已保留在 %1。</translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s) could not be found and are not in the backup.</source>
            <translation>
                <numerusform>有 %n 个附件找不到，未写入备份。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s) were missing from the backup.</source>
            <translation>
                <numerusform>备份中缺少 %n 个附件。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AppActions</name>
        <message>
            <source>Check the audit lo&amp;g…</source>
            <translation>核验审计记录(&amp;G)…</translation>
        </message>
        <message>
            <source>Check the audit log</source>
            <translation>核验审计记录</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: the hash chain of all %n record(s) matches.</source>
            <translation>
                <numerusform>审计记录完整：全部 %n 条记录的哈希链一致。</numerusform>
            </translation>
        </message>
        <message>
            <source>The audit log was changed at record %1: that record, or the one before it, is no longer what was written. Keep the backups made before the change, and find out who had access to the data.</source>
            <translation>审计记录在第 %1 号记录处被改动：该记录或其前一条记录已不是当初写入的内容。请保留改动之前的备份，并查明哪些人接触过数据。</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>正在核验审计记录…</translation>
        </message>
    </context>
</TS>
