"""Sentences of the store layer's refusals and reports."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "database.damaged": (
        "数据库文件“{target}”未通过完整性检查（{result}）：请从备份恢复。",
        "The database file “{target}” failed its integrity check ({result}): restore it from a "
        "backup.",
    ),
    "database.unusable": (
        "无法打开数据库“{target}”：{reason}。",
        "Cannot open the database “{target}”: {reason}.",
    ),
    "database.location_empty": (
        "数据库位置为空：请给出 SQLite 文件路径或数据库地址。",
        "The database location is empty: give a SQLite file path or a database URL.",
    ),
    "database.url_unreadable": (
        "无法识别数据库地址“{url}”：{reason}。",
        "Cannot read the database URL “{url}”: {reason}.",
    ),
    "database.sqlite_needs_file": (
        "SQLite 数据库地址必须指向一个文件。",
        "A SQLite database URL must name a file.",
    ),
    "database.backend_unsupported": (
        "不支持的数据库类型“{backend}”：请使用 SQLite 文件或 PostgreSQL 服务器。",
        "Database type “{backend}” is not supported: use a SQLite file or a PostgreSQL server.",
    ),
    "database.not_sqlite": (
        "“{path}”不是工作台的数据库文件（不是 SQLite 格式）。",
        "“{path}” is not a workbench database file (it is not in SQLite format).",
    ),
    "database.is_folder": (
        "“{path}”是一个文件夹，不是数据库文件。",
        "“{path}” is a folder, not a database file.",
    ),
    "database.on_network_share": (
        "拒绝打开网络共享上的 SQLite 文件“{path}”（{share}）：多人通过共享文件夹同时写入会损坏数"
        "据库；多人共用请改用共享服务器模式（PostgreSQL，--db postgresql+psycopg://…）。",
        "Refusing to open the SQLite file “{path}” on a network share ({share}): several people "
        "writing through a shared folder corrupt the database; to share it, use the shared server"
        " mode (PostgreSQL, --db postgresql+psycopg://…).",
    ),
    "database.data_dir_failed": (
        "无法创建数据目录“{folder}”：{reason}。",
        "Cannot create the data folder “{folder}”: {reason}.",
    ),
    "database.shared_needs_upgrade": (
        "共享数据库“{target}”的架构是 {current}，本程序需要 {head}：请数据库管理员运行 workbench "
        "server setup 升级它。",
        "The shared database “{target}” has schema {current}, this program needs {head}: ask the "
        "database administrator to run workbench server setup to upgrade it.",
    ),
    "database.shared_from_newer": (
        "共享数据库“{target}”来自更新版本的工作台（架构 {current}）：请升级本程序后再打开。",
        "The shared database “{target}” comes from a newer workbench (schema {current}): upgrade "
        "this program, then open it.",
    ),
    "database.foreign_tables": (
        "“{target}”里已有别的数据表，不是工作台的数据库。",
        "“{target}” holds other tables: it is not a workbench database.",
    ),
    "database.from_newer": (
        "数据库“{target}”来自更新版本的工作台（架构 {current}）：请升级本程序后再打开。",
        "The database “{target}” comes from a newer workbench (schema {current}): upgrade this "
        "program, then open it.",
    ),
    "login.no_password": (
        "服务器 {where} 要求登录名“{login}”的密码：请在登录窗口输入，或设置 PGPASSWORD、~/.pgpass"
        "（PGPASSFILE）。",
        "The server {where} asks for the password of login “{login}”: type it in the login "
        "window, or set PGPASSWORD or ~/.pgpass (PGPASSFILE).",
    ),
    "login.bad_password": (
        "登录名或密码不正确（登录名“{login}”，服务器 {where}）。",
        "The login or the password is wrong (login “{login}”, server {where}).",
    ),
    "login.inactive": (
        "登录名“{login}”已被停用：请联系管理员。",
        "Login “{login}” is deactivated: contact the administrator.",
    ),
    "login.no_access": (
        "登录名“{login}”无权连接数据库 {where}：请联系管理员。",
        "Login “{login}” may not connect to the database {where}: contact the administrator.",
    ),
    "login.no_database": (
        "服务器上没有数据库 {where}。",
        "There is no database {where} on the server.",
    ),
    "login.ssl": (
        "无法按连接要求（sslmode）建立加密连接到 {where}：{reason}。",
        "Cannot make the encrypted connection (sslmode) to {where}: {reason}.",
    ),
    "login.unreachable": (
        "无法连接数据库服务器 {where}：请检查服务器地址和网络。",
        "Cannot reach the database server {where}: check the server address and the network.",
    ),
    "item.not_found": ("没有登记号为“{reg_no}”的事项。", "There is no item “{reg_no}”."),
    "item.id_not_found": (
        "事项（编号 {item_id}）不存在，可能已被他人删除。",
        "Item number {item_id} does not exist; someone may have deleted it.",
    ),
    "item.changed": (
        "事项“{reg_no}”已被他人修改（您看到的是第 {seen} 版）：请刷新后再保存。",
        "Item “{reg_no}” was changed by someone else (you saw version {seen}): refresh, then save"
        " again.",
    ),
    "server.login_invalid": (
        "登录名“{login}”无效：用字母开头，只含字母、数字和 _ . @ -，最长 63 个字符，且不能以 pg_ "
        "或 workbench_ 开头。",
        "Login “{login}” is not valid: it starts with a letter, has only letters, digits and _ . "
        "@ -, at most 63 characters, and does not start with pg_ or workbench_.",
    ),
    "server.refused_permission": (
        "数据库服务器拒绝了这项修改：您的登录不允许{allowed}。",
        "The database server refused this change: your login may not {allowed}.",
    ),
    "server.refused": (
        "数据库服务器拒绝了这项修改：您的登录没有相应的权限（{reason}）。",
        "The database server refused this change: your login lacks the privilege ({reason}).",
    ),
    "server.role_exists": (
        "服务器上已有名为“{login}”的角色，但它不是工作台的用户：请换一个登录名，或请数据库管理员"
        "处理。",
        "The server already has a role named “{login}” that is not a workbench user: choose "
        "another login, or ask the database administrator.",
    ),
    "server.user_login_unusable": (
        "用户“{login}”的登录名不能用作数据库服务器的登录名：请先在嵌入式数据库里改名，或请管理员"
        "删除后重新添加。",
        "The login of user “{login}” cannot be a login on the database server: rename it in the "
        "embedded database first, or have an administrator remove it and add it again.",
    ),
    "server.admin_is_superuser": (
        "“{login}”是数据库超级用户：请为工作台的管理员另设一个普通登录名。",
        "“{login}” is a database superuser: give the workbench administrator an ordinary login of"
        " their own.",
    ),
    "server.needs_superuser": (
        "server setup 需要由数据库管理员以超级用户身份运行（例如 postgres）：它要创建角色、转移对"
        "象的所有权并安装服务器端的触发器。",
        "server setup must be run by the database administrator as a superuser (e.g. postgres): "
        "it creates roles, transfers ownership and installs the server-side triggers.",
    ),
    "backup.source_missing": (
        "数据库文件“{path}”不存在，无法备份。",
        "The database file “{path}” does not exist: there is nothing to back up.",
    ),
    "backup.snapshot_damaged": (
        "数据库“{path}”的快照未通过完整性检查（{result}）：未保留该快照。",
        "The snapshot of the database “{path}” failed its integrity check ({result}) and was not "
        "kept.",
    ),
    "backup.sqlite_failed": (
        "无法备份数据库“{path}”：{reason}。",
        "Cannot back up the database “{path}”: {reason}.",
    ),
    "backup.prune_failed": (
        "无法清理旧备份（{folder}）：{reason}。",
        "Cannot remove old backups ({folder}): {reason}.",
    ),
    "archive.not_found": ("找不到备份文件“{path}”。", "The backup file “{path}” was not found."),
    "archive.is_folder": (
        "“{path}”是一个文件夹，不是备份文件。",
        "“{path}” is a folder, not a backup file.",
    ),
    "archive.unreadable": (
        "无法读取备份文件“{path}”：{reason}。",
        "Cannot read the backup file “{path}”: {reason}.",
    ),
    "archive.not_zip": (
        "“{path}”不是工作台的备份文件（不是有效的 zip 归档）。",
        "“{path}” is not a workbench backup (it is not a valid zip archive).",
    ),
    "archive.member_damaged": (
        "备份文件中的“{name}”已损坏（{reason}）。",
        "“{name}” in the backup file is damaged ({reason}).",
    ),
    "archive.line_too_long": (
        "备份文件中的“{name}”有一行超过 {limit} 字节。",
        "“{name}” in the backup file has a line longer than {limit} bytes.",
    ),
    "archive.line_not_json": (
        "备份文件中的“{name}”第 {line} 行不是有效的 JSON。",
        "Line {line} of “{name}” in the backup file is not valid JSON.",
    ),
    "archive.where_line": ("“{name}”第 {line} 行", "line {line} of “{name}”"),
    "archive.checksum_mismatch": (
        "备份文件中的“{name}”与清单记录的校验和不符：文件已损坏或被改动。",
        "“{name}” in the backup file does not match the checksum in the manifest: the file is "
        "damaged or was changed.",
    ),
    "archive.blob_checksum_mismatch": (
        "备份文件中的附件“{sha}…”与校验和不符：文件已损坏或被改动。",
        "Attachment “{sha}…” in the backup file does not match its checksum: the file is damaged "
        "or was changed.",
    ),
    "archive.too_many_members": (
        "备份文件包含 {count} 个成员，超出上限 {limit}。",
        "The backup file has {count} members, more than the limit of {limit}.",
    ),
    "archive.unexpected_member": (
        "备份文件中有不应出现的成员“{name}”（路径不安全或格式不对）。",
        "The backup file has a member that does not belong there: “{name}” (an unsafe path or a "
        "wrong format).",
    ),
    "archive.duplicate_member": (
        "备份文件中的“{name}”出现了不止一次。",
        "“{name}” appears more than once in the backup file.",
    ),
    "archive.encrypted_member": (
        "备份文件中的“{name}”被加密，无法校验。",
        "“{name}” in the backup file is encrypted and cannot be checked.",
    ),
    "archive.compression_unsupported": (
        "备份文件中的“{name}”使用了不支持的压缩方式。",
        "“{name}” in the backup file uses an unsupported compression.",
    ),
    "archive.member_too_large": (
        "备份文件中的“{name}”过大（{size} 字节，上限 {limit}）。",
        "“{name}” in the backup file is too large ({size} bytes, limit {limit}).",
    ),
    "archive.member_ratio": (
        "备份文件中的“{name}”压缩比异常（{ratio} 倍），疑似压缩炸弹。",
        "“{name}” in the backup file has an abnormal compression ratio ({ratio}×): it looks like "
        "a zip bomb.",
    ),
    "archive.total_too_large": (
        "备份文件解压后超过 {limit} 字节，疑似压缩炸弹。",
        "The backup file unpacks to more than {limit} bytes: it looks like a zip bomb.",
    ),
    "archive.no_manifest": (
        "备份文件中没有清单（manifest.json）：不是工作台的备份文件。",
        "The backup file has no manifest (manifest.json): it is not a workbench backup.",
    ),
    "archive.manifest_not_a_number": (
        "备份清单中的{what}不是有效的数字。",
        "The {what} in the backup manifest is not a valid number.",
    ),
    "archive.manifest_invalid": (
        "备份清单中的{what}无效。",
        "The {what} in the backup manifest is not valid.",
    ),
    "archive.field.format_version": ("格式版本", "format version"),
    "archive.field.schema_revision": ("架构版本", "schema revision"),
    "archive.field.member_size": ("成员大小", "member size"),
    "archive.field.product_version": ("程序版本", "program version"),
    "archive.field.created_at": ("创建时间", "creation time"),
    "archive.field.source": ("来源", "source"),
    "archive.field.row_count": ("“{table}”的行数", "row count of “{table}”"),
    "archive.manifest_not_json": (
        "备份清单（manifest.json）不是有效的 JSON：文件已损坏。",
        "The backup manifest (manifest.json) is not valid JSON: the file is damaged.",
    ),
    "archive.manifest_foreign": (
        "备份清单不是工作台备份的格式：这不是工作台的备份文件。",
        "The manifest is not in the format of a workbench backup: this is not a workbench backup.",
    ),
    "archive.format_newer": (
        "备份文件的格式版本 {version} 比本程序支持的（{supported}）更新：请升级。",
        "The backup's format version {version} is newer than this program supports ({supported}):"
        " please upgrade.",
    ),
    "archive.format_unsupported": (
        "不支持备份文件的格式版本 {version}（本程序支持 {supported}）。",
        "The backup's format version {version} is not supported (this program supports "
        "{supported}).",
    ),
    "archive.schema_older": (
        "备份来自较早的数据库架构 {revision}（当前 {head}），本程序无法直接恢复。",
        "The backup comes from an older database schema {revision} (now {head}): this program "
        "cannot restore it directly.",
    ),
    "archive.schema_newer": (
        "备份来自更新版本的工作台（数据库架构 {revision}）：请先升级本程序再恢复。",
        "The backup comes from a newer workbench (database schema {revision}): upgrade this "
        "program first, then restore.",
    ),
    "archive.manifest_incomplete": (
        "备份清单缺少行数或校验和：文件不完整。",
        "The backup manifest lacks row counts or checksums: the file is incomplete.",
    ),
    "archive.manifest_bad_checksum": (
        "备份清单中“{name}”的校验和无效。",
        "The checksum of “{name}” in the backup manifest is not valid.",
    ),
    "archive.manifest_bad_missing": (
        "备份清单中缺失附件的列表无效。",
        "The list of missing attachments in the backup manifest is not valid.",
    ),
    "archive.audit_chain_broken": (
        "备份中的审计日志在第 {event_id} 号记录处断开：审计记录被改动过。",
        "The audit log in the backup breaks at record {event_id}: audit records were changed.",
    ),
    "archive.audit_hash_mismatch": (
        "备份中的第 {event_id} 号审计记录与其哈希不符：审计记录被改动过。",
        "Audit record {event_id} in the backup does not match its hash: audit records were "
        "changed.",
    ),
    "archive.members_differ": (
        "备份文件的成员与清单不一致（“{name}”）：文件不完整或被改动。",
        "The members of the backup file differ from its manifest (“{name}”): the file is "
        "incomplete or was changed.",
    ),
    "archive.size_mismatch": (
        "备份文件中“{name}”的大小与清单不符：文件已损坏或被改动。",
        "The size of “{name}” in the backup file differs from the manifest: the file is damaged "
        "or was changed.",
    ),
    "archive.tables_differ": (
        "备份清单中的数据表与本程序的数据库架构不一致。",
        "The tables in the backup manifest differ from this program's database schema.",
    ),
    "archive.table_missing": (
        "备份文件中缺少数据表“{table}”。",
        "The backup file lacks the table “{table}”.",
    ),
    "archive.row_count_mismatch": (
        "数据表“{table}”的行数与清单不符：文件不完整或被改动。",
        "The row count of table “{table}” differs from the manifest: the file is incomplete or "
        "was changed.",
    ),
    "archive.blob_missing": (
        "备份文件缺少附件“{sha}…”的内容。",
        "The backup file lacks the content of attachment “{sha}…”.",
    ),
    "archive.row_not_record": (
        "备份文件中{where}不是一条记录。",
        "In the backup file, {where} is not a record.",
    ),
    "archive.row_fields_differ": (
        "备份文件中{where}的字段与数据表“{table}”不符（{field}）。",
        "In the backup file, the fields of {where} differ from table “{table}” ({field}).",
    ),
    "archive.value_missing": (
        "备份文件中{where}的“{field}”不能为空。",
        "In the backup file, “{field}” of {where} cannot be empty.",
    ),
    "archive.value_invalid": (
        "备份文件中{where}的“{field}”无效（{reason}）。",
        "In the backup file, “{field}” of {where} is not valid ({reason}).",
    ),
    "archive.value.not_bool": ("不是 true/false", "not true/false"),
    "archive.value.not_int": ("不是整数", "not an integer"),
    "archive.value.int_range": ("超出整数范围", "out of the integer range"),
    "archive.value.not_text": ("不是文本", "not text"),
    "archive.value.not_date": ("不是 YYYY-MM-DD 日期", "not a YYYY-MM-DD date"),
    "archive.value.not_datetime": ("不是 ISO 日期时间", "not an ISO date and time"),
    "archive.value.has_timezone": ("带有时区", "has a time zone"),
    "archive.value.not_number": ("不是数字", "not a number"),
    "archive.value.precision": ("超出该列的精度", "beyond the column's precision"),
    "archive.value.not_base64": ("不是 base64", "not base64"),
    "archive.value.null_character": ("含有空字符", "contains a null character"),
    "archive.value.too_long": ("超过 {length} 字", "longer than {length} characters"),
    "archive.value.invalid": ("无效", "not valid"),
}
