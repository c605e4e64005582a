<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Review Workbench</source>
            <translation>关于合法性审核工作台</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>Settings folder</source>
            <translation>设置文件夹</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>运行方式</translation>
        </message>
        <message>
            <source>portable (WORKBENCH_DATA_DIR)</source>
            <translation>便携模式（WORKBENCH_DATA_DIR）</translation>
        </message>
        <message>
            <source>Qt</source>
            <translation>Qt</translation>
        </message>
        <message>
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <source>Registers items sent for legality review, tracks review and filing deadlines in working days, records opinions and filing, and exports the yearly counts.</source>
            <translation>登记送审事项，按工作日跟踪审核期限和备案期限，记录审核意见和备案情况，导出年度统计。</translation>
        </message>
        <message>
            <source>Version and locations</source>
            <translation>版本和位置</translation>
        </message>
        <message>
            <source>Licence: proprietary, for use by the office that installed it. Qt for Python (PySide6) is used under the GNU LGPL v3.</source>
            <translation>许可：专有软件，供安装单位内部使用。Qt for Python（PySide6）依 GNU LGPL v3 使用。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesTab</name>
        <message>
            <source>Review period (working days after the received date)</source>
            <translation>审核期限（送审日期后的工作日数）</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> 个工作日</translation>
        </message>
        <message>
            <source>Review period of {kind}</source>
            <translation>{kind}的审核期限</translation>
        </message>
        <message>
            <source>:</source>
            <translation>：</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <source>Calendar days after publication; a due date on a day off moves to the next working day.</source>
            <translation>自公布之日起的日历日数；期限最后一天是休息日的，顺延至下一个工作日。</translation>
        </message>
        <message>
            <source>{year} is the year received, {seq:03d} the running number (001, 002, …).</source>
            <translation>{year} 是送审年份，{seq:03d} 是流水号（001、002…）。</translation>
        </message>
        <message>
            <source>Filing and numbering</source>
            <translation>备案与编号</translation>
        </message>
        <message>
            <source>&amp;Filing due after publication:</source>
            <translation>备案期限(&amp;F)：</translation>
        </message>
        <message>
            <source>Filing &amp;authority:</source>
            <translation>备案机关(&amp;A)：</translation>
        </message>
        <message>
            <source>Registration &amp;number pattern:</source>
            <translation>登记号格式(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Office name:</source>
            <translation>单位名称(&amp;O)：</translation>
        </message>
        <message>
            <source>These settings are the same for every user. Items registered from now on get due dates from them; items already registered keep theirs.</source>
            <translation>这些设置对所有用户相同。此后登记的事项按新设置计算期限，已登记的事项期限不变。</translation>
        </message>
        <message>
            <source>Example: {first}, {second}</source>
            <translation>示例：{first}、{second}</translation>
        </message>
        <message>
            <source>Enter the filing authority.</source>
            <translation>请填写备案机关。</translation>
        </message>
        <message>
            <source>Enter the office name.</source>
            <translation>请填写单位名称。</translation>
        </message>
    </context>
    <context>
        <name>DialogText</name>
        <message>
            <source>Normative document</source>
            <extracomment>Kind labels for pickers; the Chinese is in the dialogs' .ts file.</extracomment>
            <translation>行政规范性文件</translation>
        </message>
        <message>
            <source>Major administrative decision</source>
            <translation>重大行政决策</translation>
        </message>
        <message>
            <source>Government service contract</source>
            <translation>政府购买服务协议</translation>
        </message>
        <message>
            <source>S&amp;T project contract</source>
            <translation>科技计划项目合同</translation>
        </message>
        <message>
            <source>Cooperation agreement</source>
            <translation>合作协议</translation>
        </message>
        <message>
            <source>Other contract</source>
            <translation>其他合同</translation>
        </message>
        <message>
            <source>Legal opinion</source>
            <translation>法律意见书</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>{day} {month_abbr} {year}</source>
            <translation>{year}年{month}月{day}日</translation>
        </message>
        <message>
            <source>{day} {month_abbr}</source>
            <translation>{month}月{day}日</translation>
        </message>
        <message>
            <source>{date}, {weekday}</source>
            <translation>{date} {weekday}</translation>
        </message>
        <message>
            <source>{date} (1 day)</source>
            <translation>{date}（1天）</translation>
        </message>
        <message>
            <source>{first} to {last} ({n} days)</source>
            <translation>{first}至{last}（共{n}天）</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export yearly statistics</source>
            <extracomment>"ok", "cancelled" or "failed", once an export run has ended.</extracomment>
            <translation>导出年度统计</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Output file</source>
            <translation>导出文件</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>Choose the output file</source>
            <translation>选择导出文件</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>导出进度</translation>
        </message>
        <message>
            <source>Open &amp;file</source>
            <translation>打开文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open f&amp;older</source>
            <translation>打开所在文件夹(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Cancel export</source>
            <translation>取消导出(&amp;C)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Exporting is not available in this installation.</source>
            <translation>本安装不含导出功能。</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Replace file?</source>
            <translation>替换文件？</translation>
        </message>
        <message>
            <source>{file} already exists. Replace it?</source>
            <translation>{file} 已存在。要替换它吗？</translation>
        </message>
        <message>
            <source>Choose the file to export to.</source>
            <translation>请选择导出文件。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <source>Exporting {year}…</source>
            <translation>正在导出{year}年…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Exported {year} to {file}.</source>
            <translation>已将{year}年的统计导出到 {file}。</translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translation>导出失败：{reason}</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>已取消导出，没有生成文件。</translation>
        </message>
    </context>
    <context>
        <name>GeneralTab</name>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Current data location</source>
            <translation>当前数据位置</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>更改(&amp;C)…</translation>
        </message>
        <message>
            <source>Change the data location</source>
            <translation>更改数据位置</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>界面语言(&amp;I)：</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation>更改语言后，下次启动时生效。</translation>
        </message>
        <message>
            <source>Data location</source>
            <translation>数据位置</translation>
        </message>
        <message>
            <source>From the next start the data is opened from: {where}</source>
            <translation>下次启动时将打开：{where}</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>用户指南</translation>
        </message>
        <message>
            <source>The user guide is missing from this installation ({file}).</source>
            <translation>本安装缺少用户指南（{file}）。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>HolidaysTab</name>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>Source of the schedule</source>
            <translation>安排来源</translation>
        </message>
        <message>
            <source>Days off</source>
            <translation>放假日</translation>
        </message>
        <message>
            <source>Make-up working days</source>
            <translation>调休上班日</translation>
        </message>
        <message>
            <source>&amp;Paste State Council notice…</source>
            <translation>粘贴国务院通知(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Import from file…</source>
            <translation>从文件导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Missing: there is no holiday schedule for {year}. Monday to Friday are counted as working days, so due dates may be wrong. Paste the State Council notice for {year} below.</source>
            <translation>缺失：没有{year}年的节假日安排，暂按周一至周五为工作日计算，期限可能不准确。请在下方粘贴国务院{year}年节假日安排通知。</translation>
        </message>
        <message>
            <source>Entered by this office.</source>
            <translation>本单位录入。</translation>
        </message>
        <message>
            <source>From the software package (the State Council schedule).</source>
            <translation>软件包（国务院公布的安排）。</translation>
        </message>
        <message>
            <source>Days off ({n})</source>
            <translation>放假日（{n}天）</translation>
        </message>
        <message>
            <source>Make-up working days ({n})</source>
            <translation>调休上班日（{n}天）</translation>
        </message>
        <message>
            <source>Saved the holiday schedule for {year}.</source>
            <translation>已保存{year}年的节假日安排。</translation>
        </message>
        <message>
            <source>Import holiday notice</source>
            <translation>导入节假日安排通知</translation>
        </message>
        <message>
            <source>Text files (*.txt);;All files (*)</source>
            <translation>文本文件 (*.txt);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <source>Data location</source>
            <translation>数据位置</translation>
        </message>
        <message>
            <source>&amp;Default file on this computer</source>
            <translation>本机默认文件(&amp;D)</translation>
        </message>
        <message>
            <source>Another &amp;SQLite file:</source>
            <translation>其他 SQLite 文件(&amp;S)：</translation>
        </message>
        <message>
            <source>SQLite file</source>
            <translation>SQLite 文件</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>服务器地址</translation>
        </message>
        <message>
            <source>Office ser&amp;ver (PostgreSQL):</source>
            <translation>单位服务器（PostgreSQL）(&amp;V)：</translation>
        </message>
        <message>
            <source>The new location is used from the next start. Several people can work at once only on a server. A SQLite file on a network share is refused: it would be damaged. Put the server password in a password file (.pgpass) rather than in the address.</source>
            <translation>新的位置在下次启动时生效。多人同时使用须连接服务器。网络共享上的 SQLite 文件会被拒绝，因为多人写入会损坏文件。服务器密码请放在密码文件（.pgpass）中，不要写在地址里。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>SQLite data file</source>
            <translation>SQLite 数据文件</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Enter a file or a server address.</source>
            <translation>请填写文件或服务器地址。</translation>
        </message>
        <message>
            <source>A server address looks like {example}.</source>
            <translation>服务器地址的格式如 {example}。</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Holiday notice of the State Council</source>
            <translation>国务院节假日安排通知</translation>
        </message>
        <message>
            <source>Paste the text of the notice (国务院办公厅关于…年部分节假日安排的通知), then choose Read.</source>
            <translation>粘贴通知全文（国务院办公厅关于…年部分节假日安排的通知），然后点“识别”。</translation>
        </message>
        <message>
            <source>Notice text</source>
            <translation>通知全文</translation>
        </message>
        <message>
            <source>from the notice</source>
            <translation>按通知识别</translation>
        </message>
        <message>
            <source>Year of the notice</source>
            <translation>通知的年份</translation>
        </message>
        <message>
            <source>&amp;Read</source>
            <translation>识别(&amp;R)</translation>
        </message>
        <message>
            <source>Read the notice</source>
            <translation>识别通知</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>What was read from the notice</source>
            <translation>从通知中识别出的安排</translation>
        </message>
        <message>
            <source>&amp;Save schedule</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Found:</source>
            <translation>识别结果：</translation>
        </message>
        <message>
            <source>Paste the text of the notice first.</source>
            <translation>请先粘贴通知全文。</translation>
        </message>
        <message>
            <source>Reading notices is not available in this installation.</source>
            <translation>本安装不能识别通知。</translation>
        </message>
        <message>
            <source>Read the schedule for {year}: {off} days off, {work} make-up working days. Check it against the notice, then save.</source>
            <translation>识别出{year}年的安排：放假{off}天，调休上班{work}天。请对照通知核对后保存。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Make-up working days: {days}</source>
            <translation>调休上班：{days}</translation>
        </message>
        <message>
            <source>No make-up working days.</source>
            <translation>没有调休上班日。</translation>
        </message>
        <message>
            <source>Save holiday schedule</source>
            <translation>保存节假日安排</translation>
        </message>
        <message>
            <source>Store this schedule for {year}? It replaces {replaces} for every user, and the due dates of items registered from now on follow it.</source>
            <translation>保存{year}年的这份安排？它将替换{replaces}，对所有用户生效，此后登记的事项按它计算期限。</translation>
        </message>
        <message>
            <source>the schedule from the chinese-calendar package</source>
            <translation>软件包中的安排</translation>
        </message>
        <message>
            <source>the schedule entered earlier</source>
            <translation>此前录入的安排</translation>
        </message>
        <message>
            <source>the Monday-to-Friday fallback</source>
            <translation>按周一至周五计算的临时办法</translation>
        </message>
        <message>
            <source>Read from the State Council notice</source>
            <translation>由国务院通知识别录入</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>Register item</source>
            <translation>登记事项</translation>
        </message>
        <message>
            <source>Title of the draft or contract</source>
            <translation>送审稿或合同的标题</translation>
        </message>
        <message>
            <source>e.g. 辽科发〔2023〕16号 (may be left blank)</source>
            <translation>如 辽科发〔2023〕16号（可不填）</translation>
        </message>
        <message>
            <source>in yuan, e.g. 120000.00</source>
            <translation>单位：元，如 120000.00</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>Drafting &amp;unit:</source>
            <translation>起草单位(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>送审日期(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Counsel:</source>
            <translation>审核人(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Document No.:</source>
            <translation>文号(&amp;D)：</translation>
        </message>
        <message>
            <source>Counter&amp;party:</source>
            <translation>合同相对方(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Amount (yuan):</source>
            <translation>合同金额（元）(&amp;A)：</translation>
        </message>
        <message>
            <source>Review due date</source>
            <translation>审核期限</translation>
        </message>
        <message>
            <source>Why the item cannot be registered yet</source>
            <translation>尚不能登记的原因</translation>
        </message>
        <message>
            <source>&amp;Fill from file…</source>
            <translation>从文件填写(&amp;F)…</translation>
        </message>
        <message>
            <source>Read title, document number and drafting unit from a .docx draft.</source>
            <translation>从 .docx 送审稿中读取标题、文号和起草单位。</translation>
        </message>
        <message>
            <source>Fill from file</source>
            <translation>从文件填写</translation>
        </message>
        <message>
            <source>or drop a .docx file onto this window</source>
            <translation>或把 .docx 文件拖到本窗口</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>登记(&amp;R)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Enter the title to register the item.</source>
            <translation>请填写标题后再登记。</translation>
        </message>
        <message>
            <source>The received date {date} is later than today.</source>
            <translation>送审日期{date}晚于今天。</translation>
        </message>
        <message>
            <source>The received date {date} is too early.</source>
            <translation>送审日期{date}太早。</translation>
        </message>
        <message>
            <source>The amount must be a number of yuan, such as 120000, 1,200,000 or 12万.</source>
            <translation>合同金额应为以元计的数字，如 120000、1,200,000 或 12万。</translation>
        </message>
        <message>
            <source>Review due: {date} ({n} working days)</source>
            <translation>审核期限：{date}（{n}个工作日）</translation>
        </message>
        <message>
            <source>No holiday schedule for {years}: Monday to Friday are counted as working days, so the due date may be wrong. An administrator can enter the State Council notice under Settings › Holidays.</source>
            <translation>缺少{years}年的节假日安排：暂按周一至周五为工作日计算，期限可能不准确。管理员可在“设置 › 节假日”中录入国务院通知。</translation>
        </message>
        <message>
            <source>Fill from a Word document</source>
            <translation>从 Word 文档填写</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Reading Word documents is not available in this installation.</source>
            <translation>本安装不能读取 Word 文档。</translation>
        </message>
        <message>
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>document number</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>drafting unit</source>
            <translation>起草单位</translation>
        </message>
        <message>
            <source>Filled in from {file}: {fields}. Please check them.</source>
            <translation>已从 {file} 填入{fields}，请核对。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{file} does not show a title, document number or drafting unit that could be read; please type them.</source>
            <translation>未能从 {file} 读出标题、文号或起草单位，请手工填写。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>审核期限</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>节假日</translation>
        </message>
        <message>
            <source>Report template</source>
            <translation>报告模板</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Only an administrator can change the office's settings.</source>
            <translation>只有管理员可以更改本单位的设置。</translation>
        </message>
    </context>
    <context>
        <name>TallyPreview</name>
        <message>
            <source>Received</source>
            <translation>收件</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>已审</translation>
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
            <source>Filed late</source>
            <translation>超期报送备案</translation>
        </message>
        <message>
            <source>Pending at year end</source>
            <translation>年末未办结</translation>
        </message>
        <message>
            <source>:</source>
            <translation>：</translation>
        </message>
        <message>
            <source>Counts by kind</source>
            <translation>按类型统计</translation>
        </message>
        <message>
            <source>Counts for {year}</source>
            <translation>{year}年统计</translation>
        </message>
        <message>
            <source>The counts cannot be shown in this installation.</source>
            <translation>本安装无法显示统计数字。</translation>
        </message>
        <message>
            <source>Nothing was received, reviewed or filed in {year}.</source>
            <translation>{year}年没有收件、审结或备案的事项。</translation>
        </message>
    </context>
    <context>
        <name>TemplateTab</name>
        <message>
            <source>The paragraph for the annual report on law-based government. A name in braces is replaced by a count, e.g. {reviewed.total} or {filed.by_kind.normative}; {year}, {authority} and {office} are also available.</source>
            <translation>法治政府建设年度报告中的统计段落。花括号中的名称会替换为相应的数字，如 {reviewed.total}、{filed.by_kind.normative}；还可以使用 {year}、{authority} 和 {office}。</translation>
        </message>
        <message>
            <source>Report template</source>
            <translation>报告模板</translation>
        </message>
        <message>
            <source>&amp;Restore default</source>
            <translation>恢复默认(&amp;R)</translation>
        </message>
        <message>
            <source>The report template cannot be empty.</source>
            <translation>报告模板不能为空。</translation>
        </message>
    </context>
</TS>
