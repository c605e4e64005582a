<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in to the shared server</source>
            <translation>登录共享服务器</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Login name</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>&amp;Remember on this PC</source>
            <translation>在本机记住密码(&amp;R)</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>服务器：</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translation>登录名(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The password is kept in the operating system's credential store.</source>
            <translation>密码保存在操作系统的凭据管理器中。</translation>
        </message>
        <message>
            <source>This PC has no credential store to keep the password in.</source>
            <translation>本机没有可用的凭据管理器，无法记住密码。</translation>
        </message>
    </context>
    <context>
        <name>UserBadge</name>
        <message>
            <source>Signed in user</source>
            <translation>当前用户</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>您的姓名</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>当前用户：%1</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation>当前用户：%1（%2）</translation>
        </message>
        <message>
            <source>Changes you make are recorded under the login %1.</source>
            <translation>您所做的修改记录在登录名 %1 名下。</translation>
        </message>
        <message>
            <source>Your name (姓名), as colleagues should see it on the items you register and review. The login is %1.</source>
            <translation>请输入您的姓名，同事会在您登记和审核的事项上看到它。登录名是 %1。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>请输入密码。</translation>
        </message>
        <message>
            <source>The workbench was locked after a time without use. Enter the password of %1 to continue.</source>
            <translation>工作台因一段时间无操作已锁定。请输入 %1 的密码继续。</translation>
        </message>
        <message>
            <source>Wrong password: %1</source>
            <translation>密码不正确：%1</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No (deactivated)</source>
            <translation>否（已停用）</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Login name</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Active (may sign in and work)</source>
            <translation>启用（可以登录和办理）</translation>
        </message>
        <message>
            <source>First password</source>
            <translation>初始密码</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translation>登录名(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Name (姓名):</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Edit user</source>
            <translation>修改用户</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>First &amp;password:</source>
            <translation>初始密码(&amp;P)：</translation>
        </message>
        <message>
            <source>Enter the login name.</source>
            <translation>请输入登录名。</translation>
        </message>
        <message>
            <source>Choose at least one role.</source>
            <translation>请至少选择一个角色。</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>再输一次(&amp;A)：</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>再输一次</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>重设密码(&amp;R)…</translation>
        </message>
        <message>
            <source>Change &amp;my password…</source>
            <translation>修改我的密码(&amp;M)…</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Change my password</source>
            <translation>修改我的密码</translation>
        </message>
        <message>
            <source>On this data file the users are the computer's logins; there are no passwords. Passwords exist only on a shared server.</source>
            <translation>在本数据文件中，用户就是本机的操作系统登录名，没有密码。只有共享服务器才使用密码。</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>为 %1 设置新密码</translation>
        </message>
        <message>
            <source>Your password was changed. Use it the next time you sign in.</source>
            <translation>您的密码已修改，下次登录时请使用新密码。</translation>
        </message>
        <message>
            <source>User %1 added.</source>
            <translation>已添加用户 %1。</translation>
        </message>
        <message>
            <source>User %1 changed.</source>
            <translation>已修改用户 %1。</translation>
        </message>
        <message>
            <source>The password of %1 was reset.</source>
            <translation>已重设 %1 的密码。</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesTab</name>
        <message>
            <source> minutes</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>&amp;Lock when idle after:</source>
            <translation>无操作自动锁定(&amp;L)：</translation>
        </message>
        <message>
            <source>Shared server only: after this long without keyboard or mouse input the window is locked until the user enters their password again. 0 = never.</source>
            <translation>仅用于共享服务器：超过这段时间没有键盘或鼠标操作，窗口即锁定，需重新输入密码才能继续。0 表示从不锁定。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
    </context>
</TS>
