<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mureka Desktop</source>
        <translation>关于 Mureka Desktop</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Songs in the queue: state, tries, progress and last error. Drop or paste song ids to add more.</source>
        <translation>队列中的歌曲：状态、尝试次数、进度和最近的错误。拖放或粘贴歌曲 ID 可添加更多。</translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation>播放或暂停视频</translation>
    </message>
    <message>
        <source>Video position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Drag to seek in the video</source>
        <translation>拖动以跳转视频位置</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>已播放时间和总时长</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>The song&apos;s cover image</source>
        <translation>歌曲的封面图片</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>视频预览</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>队列为空</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>队列已暂停</translation>
    </message>
    <message>
        <source>Why the queue paused, and the fix</source>
        <translation>队列暂停的原因及解决方法</translation>
    </message>
</context>
<context>
    <name>AccountSongsDialog</name>
    <message>
        <source>Add songs from the account</source>
        <translation>从账户添加歌曲</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>In your queue</source>
        <translation>已在队列中</translation>
    </message>
    <message>
        <source>Song id</source>
        <translation>歌曲 ID</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Cannot list the accounts: %1</source>
        <translation>无法列出账户：%1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>Cannot list the songs: %1</source>
        <translation>无法列出歌曲：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) (more to load)</source>
        <translation>
            <numerusform>%n 首歌曲（还有更多可加载）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n 首歌曲</numerusform>
        </translation>
    </message>
    <message>
        <source>exists (free)</source>
        <translation>已存在（免费）</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>to generate</source>
        <translation>需生成</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>The API makes no videos for V9.5 songs</source>
        <translation>API 不为 V9.5 歌曲生成视频</translation>
    </message>
    <message numerus="yes">
        <source>Review %n…</source>
        <translation>
            <numerusform>核对 %n 首…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <comment>%1: a time</comment>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Not loaded yet: Refresh asks useapi.net.</source>
        <translation>尚未加载：点击“刷新”向 useapi.net 查询。</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: Mureka accounts</comment>
        <translation>需要处理：%1</translation>
    </message>
    <message>
        <source>All accounts OK</source>
        <translation>所有账户正常</translation>
    </message>
</context>
<context>
    <name>AccountsDock</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Hide the accounts (View ▸ Accounts shows them again)</source>
        <translation>隐藏账户（“视图 ▸ 账户”可重新显示）</translation>
    </message>
    <message>
        <source>Hide the accounts</source>
        <translation>隐藏账户</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>今日调用</translation>
    </message>
    <message>
        <source>Videos today</source>
        <translation>今日视频</translation>
    </message>
    <message>
        <source>What useapi.net says of the account, or why its songs wait</source>
        <translation>useapi.net 对该账户的说明，或其歌曲等待的原因</translation>
    </message>
    <message>
        <source>Days since the Mureka session was issued; whether useapi.net refreshes it by itself</source>
        <translation>Mureka 会话签发后的天数；useapi.net 是否会自动刷新它</translation>
    </message>
    <message>
        <source>Credits left on the Mureka account</source>
        <translation>Mureka 账户剩余的积分</translation>
    </message>
    <message>
        <source>Generations of this app running on the account / the most it may run now</source>
        <translation>本应用在该账户上正在运行的生成数 / 当前最多可运行数</translation>
    </message>
    <message>
        <source>Generate calls this app sent to the account today (refused ones included)</source>
        <translation>本应用今天向该账户发送的生成调用（包括被拒绝的）</translation>
    </message>
    <message>
        <source>Videos this app&apos;s generations made on the account today</source>
        <translation>本应用的生成今天在该账户上制作的视频</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>需要处理：%1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <comment>%1: why, and the fix</comment>
        <translation>已暂停：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a session&apos;s age in days</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>no auto-refresh</source>
        <translation>不自动刷新</translation>
    </message>
    <message>
        <source>Credits unknown: %1</source>
        <translation>积分未知：%1</translation>
    </message>
    <message>
        <source>Session issued %1 days ago; %2</source>
        <translation>会话签发于 %1 天前；%2</translation>
    </message>
    <message>
        <source>useapi.net refreshes it by itself</source>
        <translation>useapi.net 会自动刷新</translation>
    </message>
    <message>
        <source>no auto-refresh: update it on useapi.net when it expires</source>
        <translation>不自动刷新：过期后请在 useapi.net 上更新</translation>
    </message>
    <message>
        <source>%1
Its songs wait: %2</source>
        <translation>%1
其歌曲等待中：%2</translation>
    </message>
</context>
<context>
    <name>AccountsSettings</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Mureka 账户</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ask useapi.net for the accounts&apos; health and credits again</source>
        <translation>再次向 useapi.net 查询账户的状态和积分</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Forget what was learned: space calls per Mureka account again until a rejected call shows the 3 s rule counts per token</source>
        <translation>忘记已学到的规则：重新按每个 Mureka 账户间隔调用，直到某次被拒绝的调用表明 3 秒规则按令牌计算</translation>
    </message>
    <message>
        <source>3 s spacing: learned to count per useapi.net token (a rejected call showed it): every call waits 3 s after any account&apos;s.</source>
        <translation>3 秒间隔：已学到按 useapi.net 令牌计算（某次被拒绝的调用表明了这一点）：每次调用都要在任一账户的调用之后等待 3 秒。</translation>
    </message>
    <message>
        <source>3 s spacing: confirmed per Mureka account: accounts call side by side.</source>
        <translation>3 秒间隔：已确认按 Mureka 账户计算：各账户并行调用。</translation>
    </message>
    <message>
        <source>3 s spacing: not learned yet; per Mureka account until a rejected call shows it counts per token.</source>
        <translation>3 秒间隔：尚未学到；按 Mureka 账户计算，直到某次被拒绝的调用表明它按令牌计算。</translation>
    </message>
    <message numerus="yes">
        <source>Check found %n account(s) for the token above; Save to use it and list its accounts here.</source>
        <translation>
            <numerusform>“检查”找到上方令牌的 %n 个账户；点击“保存”即可使用该令牌并在此列出其账户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Mureka 账户</translation>
    </message>
</context>
<context>
    <name>AddSongsDialog</name>
    <message>
        <source>Add songs</source>
        <translation>添加歌曲</translation>
    </message>
    <message>
        <source>Song ids, mureka.ai links, or any text holding them:</source>
        <translation>歌曲 ID、mureka.ai 链接，或包含它们的任意文本：</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>核对…</translation>
    </message>
    <message>
        <source>Review the ids before queueing them (Ctrl+Return)</source>
        <translation>加入队列前核对这些 ID (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>&lt;b&gt;Account paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;账户已暂停。&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;队列已暂停。&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Space plays both · ←/→ seek both · Tab switches side · P / X / 1–5 decide on the framed side · M mute · Esc back</source>
        <translation>Space 同时播放 · ←/→ 同时跳转 · Tab 切换一侧 · P / X / 1–5 对框选的一侧做出决定 · M 静音 · Esc 返回</translation>
    </message>
    <message>
        <source>Back to the videos</source>
        <translation>返回视频</translation>
    </message>
    <message>
        <source>Compare versions: %1</source>
        <translation>比较版本：%1</translation>
    </message>
    <message>
        <source>Version %1 of %2 · %3</source>
        <translation>版本 %1/%2 · %3</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation>拖放高亮</translation>
    </message>
    <message>
        <source>Drop to add these songs (copied, nothing is moved)</source>
        <translation>拖放以添加这些歌曲（仅复制，不移动任何文件）</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>ExportPicksDialog</name>
    <message>
        <source>Export picks</source>
        <translation>导出留用视频</translation>
    </message>
    <message numerus="yes">
        <source>%n picked video(s) with their covers, %1, named by the file name template, and a playlist (M3U).</source>
        <comment>%1: their size</comment>
        <translation>
            <numerusform>%n 个留用视频及其封面（%1），按文件名模板命名，并附带一个播放列表（M3U）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Hard-link instead of copying where the disk allows (no extra space; a copy otherwise)</source>
        <translation>在磁盘支持时使用硬链接代替复制（不占用额外空间；否则复制）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export picks to</source>
        <translation>将留用视频导出到</translation>
    </message>
</context>
<context>
    <name>FileMarks</name>
    <message>
        <source>⚠ File missing</source>
        <translation>⚠ 文件缺失</translation>
    </message>
    <message>
        <source>♻ In the trash</source>
        <translation>♻ 在回收站中</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>⚠ Video file missing</source>
        <translation>⚠ 视频文件缺失</translation>
    </message>
</context>
<context>
    <name>FullScreenVideo</name>
    <message>
        <source>Mureka Desktop — full screen</source>
        <translation>Mureka Desktop — 全屏</translation>
    </message>
    <message>
        <source>Space play / pause · Shift+←/→ or J/L seek 5 s · ←/→ other video · M mute · P / X / 1–5 decide · Esc leave</source>
        <translation>Space 播放 / 暂停 · Shift+←/→ 或 J/L 跳转 5 秒 · ←/→ 其他视频 · M 静音 · P / X / 1–5 做出决定 · Esc 退出</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>跳转</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>No application could open this location:

%1

Open it from your file manager; the path can be selected and copied here.</source>
        <translation>没有应用程序能打开此位置：

%1

请从文件管理器中打开它；可以在此处选中并复制该路径。</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Lyrics videos for lists of Mureka songs, through the useapi.net API.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and PySide6 %4 (Qt for Python), used under the &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. You may replace them with your own build: the source of &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; and of &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; is published by The Qt Company.&lt;/p&gt;</source>
        <comment>%1 version, %2 project page, %3 Qt version, %4 PySide6 version, %5 licence text, %6 Qt source, %7 PySide6 source</comment>
        <translation>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;通过 useapi.net API，为 Mureka 歌曲列表制作歌词视频。&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop 是基于 MIT 许可证的自由软件。&lt;/p&gt;&lt;p&gt;使用 Qt %3 和 PySide6 %4（Qt for Python）构建，依据 &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt; 使用。你可以用自己构建的版本替换它们：&lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; 和 &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; 的源代码由 The Qt Company 发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Nothing to add</source>
        <translation>没有可添加的内容</translation>
    </message>
    <message>
        <source>The dropped data holds no text or files.</source>
        <translation>拖放的数据中没有文本或文件。</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Some files were not read</source>
        <translation>部分文件未能读取</translation>
    </message>
    <message>
        <source>%1

Nothing from them was queued.</source>
        <translation>%1

这些文件中的内容均未加入队列。</translation>
    </message>
    <message>
        <source>No song ids</source>
        <translation>没有歌曲 ID</translation>
    </message>
    <message>
        <source>No song ids were found.</source>
        <translation>未找到歌曲 ID。</translation>
    </message>
    <message>
        <source>From the command line</source>
        <translation>来自命令行</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Renaming</source>
        <translation>正在重命名</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>正在移到回收站</translation>
    </message>
    <message>
        <source>Exporting picks</source>
        <translation>正在导出留用视频</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>正在链接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the file being moved now; the rest is left as it is, to run again later</source>
        <translation>在当前正在移动的文件完成后停止；其余文件保持原样，稍后可再次运行</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>（另有 %n 个在等待）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No useapi.net token yet: generating is off. The library works offline.</source>
        <translation>尚无 useapi.net 令牌：生成已关闭。媒体库可离线使用。</translation>
    </message>
    <message>
        <source>Resuming the queue where the last session stopped.</source>
        <translation>从上次会话停止处继续队列。</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Seek back 5 s</source>
        <translation>后退 5 秒</translation>
    </message>
    <message>
        <source>Seek forward 5 s</source>
        <translation>前进 5 秒</translation>
    </message>
    <message>
        <source>Previous video</source>
        <translation>上一个视频</translation>
    </message>
    <message>
        <source>Next video</source>
        <translation>下一个视频</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>静音 / 取消静音</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Play the video full screen (F or Enter; Esc leaves)</source>
        <translation>全屏播放视频（F 或 Enter；Esc 退出）</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>Two versions of the song side by side, in sync (C)</source>
        <translation>并排同步播放歌曲的两个版本（C）</translation>
    </message>
    <message>
        <source>Compare: other side</source>
        <translation>比较：另一侧</translation>
    </message>
    <message>
        <source>Leave compare</source>
        <translation>退出比较</translation>
    </message>
    <message>
        <source>List view</source>
        <translation>列表视图</translation>
    </message>
    <message>
        <source>Show the videos as a list with columns, or as a grid of covers (Ctrl+L)</source>
        <translation>以带列的列表或封面网格显示视频（Ctrl+L）</translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>歌曲</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>已观看</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>✔ Picked</source>
        <translation>✔ 留用</translation>
    </message>
    <message>
        <source>✘ Rejected</source>
        <translation>✘ 排除</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>%1 星（满分 5 星）</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>seen</source>
        <comment>after a video&apos;s review: watched</comment>
        <translation>已观看</translation>
    </message>
</context>
<context>
    <name>LibraryDetail</name>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>审阅：</translation>
    </message>
    <message>
        <source>Song id:</source>
        <translation>歌曲 ID：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Video id:</source>
        <translation>视频 ID：</translation>
    </message>
    <message>
        <source>Click to show the file in its folder</source>
        <translation>点击以在文件夹中显示该文件</translation>
    </message>
    <message>
        <source>A note (N, then Enter to save)</source>
        <translation>备注（按 N 输入，按 Enter 保存）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Compare versions (C)</source>
        <translation>比较版本（C）</translation>
    </message>
    <message>
        <source>Two versions of this song side by side, played in sync</source>
        <translation>并排同步播放这首歌曲的两个版本</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌词</translation>
    </message>
    <message>
        <source>No lyrics: the song&apos;s look-up gave none.</source>
        <translation>没有歌词：查询该歌曲时未得到歌词。</translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation>歌词：</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>文件缺失</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of this song</source>
        <translation>
            <numerusform>这首歌曲有 %n 个版本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFileCommands</name>
    <message>
        <source>Rename files to the template…</source>
        <translation>按模板重命名文件…</translation>
    </message>
    <message>
        <source>Rename every video and its cover to the file name template in Settings (the renames are shown first)</source>
        <translation>按设置中的文件名模板重命名每个视频及其封面（先显示重命名预览）</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>定位…</translation>
    </message>
    <message>
        <source>Pick the file of the selected video where it is now</source>
        <translation>指定所选视频的文件现在所在的位置</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Adopt the videos and covers of a folder, matched to songs by the song number in their names or by their content</source>
        <translation>收录某个文件夹中的视频和封面，按名称中的歌曲编号或按内容与歌曲匹配</translation>
    </message>
    <message>
        <source>Export picks…</source>
        <translation>导出留用视频…</translation>
    </message>
    <message>
        <source>Copy or hard-link the picked videos and covers into a folder, with a playlist</source>
        <translation>将留用的视频和封面复制或硬链接到一个文件夹，并附带播放列表</translation>
    </message>
    <message>
        <source>Move rejected to trash…</source>
        <translation>将排除的视频移到回收站…</translation>
    </message>
    <message>
        <source>Move the rejected videos&apos; files to the system trash (asks first)</source>
        <translation>将排除的视频文件移到系统回收站（会先询问）</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>媒体库(&amp;L)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No videos to rename yet.</source>
        <translation>还没有可重命名的视频。</translation>
    </message>
    <message>
        <source>Planning the renames…</source>
        <translation>正在规划重命名…</translation>
    </message>
    <message>
        <source>Rename files to the template</source>
        <translation>按模板重命名文件</translation>
    </message>
    <message numerus="yes">
        <source>“%1” stopped before the end, with %n file(s) left: run it again from the Library menu for the rest.</source>
        <translation>
            <numerusform>“%1”未运行完就停止了，还剩 %n 个文件：请从“库”菜单再次运行以处理其余文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1; %n file(s) could not be renamed:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>已重命名 %1；有 %n 个文件无法重命名：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a video in the Library first.</source>
        <translation>请先在媒体库中选择一个视频。</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>定位 %1</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>%1 does not look like the video of “%2”.</source>
        <translation>%1 看起来不是“%2”的视频。</translation>
    </message>
    <message>
        <source>Is %1 the video of “%2”?</source>
        <translation>%1 是“%2”的视频吗？</translation>
    </message>
    <message>
        <source>Link anyway</source>
        <translation>仍然链接</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Linked %1 to %2.</source>
        <translation>已将 %1 链接到 %2。</translation>
    </message>
    <message>
        <source>Import a folder of videos</source>
        <translation>导入视频文件夹</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched</source>
        <translation>
            <numerusform>%n 个文件已匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n 个已在媒体库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>%n 个未匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>未匹配：%1</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>已在媒体库中</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>%1: a folder, %2: the counts</comment>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>No picked videos to export: pick some with P first.</source>
        <translation>没有可导出的留用视频：请先按 P 留用一些视频。</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>留用视频</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n pick(s)…</source>
        <translation>
            <numerusform>正在导出 %n 个留用视频…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) exported to %1</source>
        <comment>%1: a folder</comment>
        <translation>
            <numerusform>已将 %n 个视频导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) hard-linked</source>
        <translation>
            <numerusform>%n 个文件已硬链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copied</source>
        <translation>
            <numerusform>%n 个已复制</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n 个已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n 个缺失</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist: %1</source>
        <translation>播放列表：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Missing: its file is gone</source>
        <translation>缺失：其文件已不存在</translation>
    </message>
    <message>
        <source>Export picks</source>
        <translation>导出留用视频</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>No rejected videos with files to move to the trash.</source>
        <translation>没有带文件的排除视频可移到回收站。</translation>
    </message>
    <message>
        <source>Move rejected to trash</source>
        <translation>将排除的视频移到回收站</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n rejected video(s) to the trash?</source>
        <translation>
            <numerusform>将 %n 个排除的视频移到回收站？</numerusform>
        </translation>
    </message>
    <message>
        <source>Their video and cover files, %1 in all, go to the system trash, where they can be restored. Nothing is deleted.</source>
        <translation>它们的视频和封面文件（共 %1）将移到系统回收站，可从中恢复。不会删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash</source>
        <translation>
            <numerusform>将 %n 个移到回收站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n video(s) to the trash…</source>
        <translation>
            <numerusform>正在将 %n 个视频移到回收站…</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no trash for %1, so nothing was moved and nothing was deleted.</source>
        <translation>此系统没有适用于 %1 的回收站，因此没有移动任何文件，也没有删除任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 to the trash; %n file(s) stayed where they are:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>已将 %1 移到回收站；有 %n 个文件仍留在原处：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryList</name>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Cover file missing</source>
        <translation>封面文件缺失</translation>
    </message>
    <message>
        <source>Song %1 · video %2</source>
        <translation>歌曲 %1 · 视频 %2</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>歌曲 %1</translation>
    </message>
    <message>
        <source>%1: %2

%3</source>
        <comment>a file&apos;s mark: its path, then the video</comment>
        <translation>%1：%2

%3</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>留用</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Seen or not</source>
        <translation>已看或未看</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>已观看</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>未观看</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>No videos yet: finished songs appear here.</source>
        <translation>还没有视频：完成的歌曲会显示在这里。</translation>
    </message>
    <message>
        <source>Show videos</source>
        <translation>显示视频</translation>
    </message>
    <message>
        <source>Rating at least</source>
        <translation>最低星级</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>任意星级</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Search title, note, song or video id…</source>
        <translation>搜索标题、备注、歌曲或视频 ID…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter&apos;s choice (how many videos it shows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <comment>%1: one to five stars</comment>
        <translation>%1 及以上</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n video(s)</source>
        <translation>
            <numerusform>%1 / %n 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) missing</source>
        <translation>
            <numerusform> · %n 个文件缺失</numerusform>
        </translation>
    </message>
    <message>
        <source>No video matches the filter.</source>
        <translation>没有符合筛选条件的视频。</translation>
    </message>
    <message>
        <source>By the list&apos;s column</source>
        <translation>按列表的列</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All songs</source>
        <translation>所有歌曲</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Mureka Desktop — Demo</source>
        <translation>Mureka Desktop — 演示</translation>
    </message>
    <message>
        <source>Filter by song, title or error…</source>
        <translation>按歌曲、标题或错误筛选…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>媒体库</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Undo review</source>
        <translation>撤销审阅</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>撤销清除</translation>
    </message>
    <message>
        <source>Dropped on the window</source>
        <translation>拖放到窗口</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>运行完成：%1</translation>
    </message>
    <message>
        <source>%1 Ctrl+Z to undo.</source>
        <translation>%1 按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>MissingBar</name>
    <message>
        <source>Locate…</source>
        <translation>定位…</translation>
    </message>
    <message>
        <source>Pick the file where it is now</source>
        <translation>指定文件现在所在的位置</translation>
    </message>
    <message>
        <source>Moved to the trash on %1: restore it from the system trash, or locate the file.</source>
        <translation>已于 %1 移到回收站：请从系统回收站中恢复，或定位该文件。</translation>
    </message>
    <message>
        <source>The video file is missing: %1</source>
        <translation>视频文件缺失：%1</translation>
    </message>
    <message>
        <source>no file was recorded</source>
        <translation>未记录文件</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Mureka Desktop</source>
        <translation>显示 Mureka Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed.</source>
        <comment>%1: how many videos are done</comment>
        <translation>
            <numerusform>%1，%n 个失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done</source>
        <translation>
            <numerusform>%n 个视频已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done.</source>
        <translation>
            <numerusform>%n 个视频已完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mureka Desktop: run finished</source>
        <translation>Mureka Desktop：运行完成</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a song to preview it</source>
        <translation>选择一首歌曲以预览</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停 (Space)</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>跳转</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>歌曲 %1</translation>
    </message>
    <message>
        <source>This song was cancelled.</source>
        <translation>这首歌曲已取消。</translation>
    </message>
    <message>
        <source>The video appears here once it is downloaded.</source>
        <translation>视频下载后会显示在这里。</translation>
    </message>
    <message>
        <source>The cover file is missing.
%1</source>
        <translation>封面文件缺失。
%1</translation>
    </message>
    <message>
        <source>The cover cannot be shown: %1</source>
        <translation>无法显示封面：%1</translation>
    </message>
    <message>
        <source>The video file is missing.
%1</source>
        <translation>视频文件缺失。
%1</translation>
    </message>
    <message>
        <source>No audio device was found: videos play without sound.</source>
        <translation>未找到音频设备：视频将无声播放。</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>无法播放视频：%1</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>Enter your useapi.net token to start.</source>
        <translation>请输入你的 useapi.net 令牌以开始。</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>From the Mureka account</source>
        <translation>来自 Mureka 账户</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>剪贴板为空。</translation>
    </message>
    <message>
        <source>From the clipboard</source>
        <translation>来自剪贴板</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Regenerate videos</source>
        <translation>重新生成视频</translation>
    </message>
    <message numerus="yes">
        <source>Make a new video for %n song(s)? Each one costs a credit, even when a video already exists.</source>
        <translation>
            <numerusform>为 %n 首歌曲制作新视频？即使已有视频，每首也会消耗 1 积分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regenerate %n</source>
        <translation>
            <numerusform>重新生成 %n 首</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the error to the clipboard.</source>
        <translation>已将错误复制到剪贴板。</translation>
    </message>
    <message numerus="yes">
        <source>Copied the links of %n song(s).</source>
        <translation>
            <numerusform>已复制 %n 首歌曲的链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>导出队列</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n song(s) to %1</source>
        <translation>
            <numerusform>已将 %n 首歌曲导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Song</source>
        <translation>歌曲</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Video id</source>
        <translation>视频 ID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近的错误</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds a generation has run</comment>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Drop song ids, links or .txt / .csv / .json files here,
or press Ctrl+V to paste, or Ctrl+N to type them.</source>
        <translation>将歌曲 ID、链接或 .txt / .csv / .json 文件拖放到这里，
或按 Ctrl+V 粘贴，或按 Ctrl+N 输入。</translation>
    </message>
</context>
<context>
    <name>RenamePreviewDialog</name>
    <message>
        <source>Rename files to the template</source>
        <translation>按模板重命名文件</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) will be renamed to “%1”, each cover with its video.</source>
        <comment>%1: the file name template</comment>
        <translation>
            <numerusform>%n 个视频将重命名为“%1”，每个封面随其视频一起重命名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already named so.</source>
        <translation>
            <numerusform>%n 个已是该名称。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file skipped.</source>
        <translation>
            <numerusform>跳过 %n 个文件缺失的视频。</numerusform>
        </translation>
    </message>
    <message>
        <source>Names already taken get “ (2)”; no file is ever overwritten.</source>
        <translation>已被占用的名称会加上“ (2)”；绝不会覆盖任何文件。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>重命名后</translation>
    </message>
    <message numerus="yes">
        <source>Rename %n</source>
        <translation>
            <numerusform>重命名 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Add songs</source>
        <translation>添加歌曲</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Not song ids (skipped):</source>
        <translation>不是歌曲 ID（已跳过）：</translation>
    </message>
    <message>
        <source>Rejected earlier: not made again (Regenerate makes a new version):</source>
        <translation>之前已排除：不会再次生成（“重新生成”会生成新版本）：</translation>
    </message>
    <message numerus="yes">
        <source>Also generate the %Ln already done song(s) again (costs %Ln credit(s))</source>
        <translation>
            <numerusform>同时重新生成 %Ln 首已完成的歌曲（消耗 %Ln 积分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln</source>
        <translation>
            <numerusform>添加 %Ln 首</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln 首新歌曲</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored from an export</source>
        <translation>
            <numerusform>%Ln 首从导出文件恢复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected earlier: not made again</source>
        <translation>
            <numerusform>%Ln 首之前已排除：不会再次生成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to retry</source>
        <translation>
            <numerusform>%Ln 首待重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln 个重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already done</source>
        <translation>
            <numerusform>%Ln 首已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln 个无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (line(s) %2)</source>
        <translation>
            <numerusform>%1（第 %2 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Ask the API for the accounts behind this token</source>
        <translation>向 API 查询此令牌对应的账户</translation>
    </message>
    <message>
        <source>The token comes from USEAPI_TOKEN; it overrides the saved one.</source>
        <translation>令牌来自 USEAPI_TOKEN，它优先于已保存的令牌。</translation>
    </message>
    <message>
        <source>No system keyring is available: the token is kept for this session only, never written to a file.</source>
        <translation>没有可用的系统密钥环：令牌仅在本次会话中保留，绝不写入文件。</translation>
    </message>
    <message>
        <source>Saved in the system keyring; sent only to the API host.</source>
        <translation>已保存在系统密钥环中；仅发送给 API 主机。</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator needs no token, and videos go to the demo folder.</source>
        <translation>演示模式：内置模拟器不需要令牌，视频保存到演示文件夹。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Fields: {title} the song&apos;s title, {song} the song number, {video} the video id, {date} the day the video was made (YYYY-MM-DD), {model} the model. {{ and }} write a brace.</source>
        <translation>字段：{title} 歌曲标题，{song} 歌曲编号，{video} 视频 ID，{date} 视频制作日期（YYYY-MM-DD），{model} 模型。{{ 和 }} 表示花括号本身。</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>generations at once</comment>
        <translation> 个同时进行</translation>
    </message>
    <message>
        <source>Reuse videos that already exist (saves credits)</source>
        <translation>复用已存在的视频（节省积分）</translation>
    </message>
    <message>
        <source>Set by the environment variable MUREKA_API_BASE</source>
        <translation>由环境变量 MUREKA_API_BASE 设置</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后继续在托盘中运行</translation>
    </message>
    <message>
        <source>After a decision, go to the next unreviewed video</source>
        <translation>做出决定后，转到下一个未审阅的视频</translation>
    </message>
    <message>
        <source>In the library: P, X and the stars move on by themselves</source>
        <translation>在媒体库中：按 P、X 和星级后自动前进</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>useapi.net account</source>
        <translation>useapi.net 账户</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>媒体库</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 基础 URL</translation>
    </message>
    <message>
        <source>Summer Rain</source>
        <translation>夏日之雨</translation>
    </message>
    <message>
        <source>For new downloads, e.g. %1 (and .png for the cover)</source>
        <translation>用于新的下载，例如 %1（封面为 .png）</translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation>请先输入令牌。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>✗ The API rejected this token.</source>
        <translation>✗ API 拒绝了此令牌。</translation>
    </message>
    <message>
        <source>✗ Check failed: %1</source>
        <translation>✗ 检查失败：%1</translation>
    </message>
    <message>
        <source>✓ Token accepted, but no Mureka account is configured on useapi.net.</source>
        <translation>✓ 令牌已接受，但 useapi.net 上没有配置 Mureka 账户。</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>需要处理：%1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <source>session %n day(s) old</source>
        <translation>
            <numerusform>会话已签发 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credit(s) left</source>
        <translation>
            <numerusform>剩余 %1 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Mureka account %2: %3</source>
        <comment>✓ or ✗, the account, its facts</comment>
        <translation>%1 Mureka 账户 %2：%3</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between an account&apos;s facts</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>That does not look like a useapi.net token (user:&lt;digits&gt;-&lt;letters and digits&gt;).</source>
        <translation>这看起来不像 useapi.net 令牌（user:&lt;数字&gt;-&lt;字母和数字&gt;）。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>留用</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a video&apos;s title · when it was made</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SongDetail</name>
    <message>
        <source>No video: this song failed (the error is above).</source>
        <translation>没有视频：这首歌曲失败了（错误见上方）。</translation>
    </message>
    <message>
        <source>No video: this song failed (no reason was recorded).</source>
        <translation>没有视频：这首歌曲失败了（未记录原因）。</translation>
    </message>
    <message>
        <source>The API makes no videos for this model; Retry leaves it as it is.</source>
        <translation>API 不为此模型生成视频；重试不会改变它。</translation>
    </message>
    <message>
        <source>Retry failed (Ctrl+Shift+R) tries again.</source>
        <translation>“重试失败项”(Ctrl+Shift+R) 会再次尝试。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>尝试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>song %1</source>
        <translation>歌曲 %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a song&apos;s state, its attempts</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a song&apos;s state and attempts. its error</comment>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Generating %1: %2</source>
        <translation>正在生成 %1：%2</translation>
    </message>
    <message>
        <source>Generating %1/%2 (window %3)</source>
        <translation>正在生成 %1/%2（窗口 %3）</translation>
    </message>
    <message>
        <source>Generating %1/%2</source>
        <translation>正在生成 %1/%2</translation>
    </message>
    <message>
        <source>%1 · paused: %2</source>
        <comment>%2: Mureka accounts</comment>
        <translation>%1 · 已暂停：%2</translation>
    </message>
    <message>
        <source>Offline: waiting for the API</source>
        <translation>离线：正在等待 API</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message numerus="yes">
        <source>account %1 paused (%n song(s))</source>
        <translation>
            <numerusform>账户 %1 已暂停（%n 首歌曲）</numerusform>
        </translation>
    </message>
    <message>
        <source>Running · %1</source>
        <comment>%1: the paused accounts</comment>
        <translation>运行中 · %1</translation>
    </message>
    <message>
        <source>Nothing queued</source>
        <translation>队列中没有歌曲</translation>
    </message>
    <message>
        <source>Next call in %1 s</source>
        <translation>%1 秒后下次调用</translation>
    </message>
    <message>
        <source>Next call: now</source>
        <translation>下次调用：现在</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n 个已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n 个排队中</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>预计剩余 —</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the songs whose account is not known</comment>
        <translation>默认</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <comment>%1: a Mureka account</comment>
        <translation>%1 已暂停</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>a Mureka account, its generations/its slots</comment>
        <translation>%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>TriageController</name>
    <message>
        <source>Pick</source>
        <translation>留用</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>取消标记</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear stars</source>
        <translation>清除星级</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what it does (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add songs…</source>
        <translation>添加歌曲…</translation>
    </message>
    <message>
        <source>Type or paste song ids</source>
        <translation>输入或粘贴歌曲 ID</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Add song ids from the clipboard</source>
        <translation>从剪贴板添加歌曲 ID</translation>
    </message>
    <message>
        <source>From account…</source>
        <translation>从账户添加…</translation>
    </message>
    <message>
        <source>Pick songs from the Mureka account</source>
        <translation>从 Mureka 账户中挑选歌曲</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Start or pause the queue</source>
        <translation>开始或暂停队列</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>开始 / 暂停</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected songs from the queue</source>
        <translation>从队列中移除所选歌曲</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Hide done and cancelled songs from the list (they stay in the history and the export; Ctrl+Z brings them back)</source>
        <translation>从列表中隐藏已完成和已取消的歌曲（它们仍在历史记录和导出中；按 Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>撤销清除</translation>
    </message>
    <message>
        <source>Bring back the songs the last Clear finished hid</source>
        <translation>恢复上次“清除已完成”隐藏的歌曲</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>重新生成…</translation>
    </message>
    <message>
        <source>Make a new video for the selected songs (costs credits)</source>
        <translation>为所选歌曲制作新视频（消耗积分）</translation>
    </message>
    <message>
        <source>Open video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Copy the video and cover links of the selected songs</source>
        <translation>复制所选歌曲的视频和封面链接</translation>
    </message>
    <message>
        <source>Copy error</source>
        <translation>复制错误</translation>
    </message>
    <message>
        <source>Copy the error of the selected songs</source>
        <translation>复制所选歌曲的错误</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Play / pause preview</source>
        <translation>播放 / 暂停预览</translation>
    </message>
    <message>
        <source>Play the song&apos;s video</source>
        <translation>播放这首歌曲的视频</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Show the queue</source>
        <translation>显示队列</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>媒体库</translation>
    </message>
    <message>
        <source>Show the library: every video made, to review</source>
        <translation>显示媒体库：所有制作的视频，供审阅</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the queue and history as CSV or JSON</source>
        <translation>将队列和历史记录保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Filter the list by song, title or error</source>
        <translation>按歌曲、标题或错误筛选列表</translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation>刷新账户</translation>
    </message>
    <message>
        <source>Ask useapi.net for the Mureka accounts&apos; health and credits again</source>
        <translation>再次向 useapi.net 查询 Mureka 账户的状态和积分</translation>
    </message>
    <message>
        <source>Show or hide the Mureka accounts under the queue</source>
        <translation>在队列下方显示或隐藏 Mureka 账户</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About Mureka Desktop</source>
        <translation>关于 Mureka Desktop</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar</comment>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>toolbar</comment>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Show songs in state</source>
        <translation>显示处于此状态的歌曲</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter by song, title or error</source>
        <translation>按歌曲、标题或错误筛选</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Running against the built-in simulator: no token, no credits.
Demo songs and videos are kept apart in %1; a normal start does not show them.</source>
        <translation>正在使用内置模拟器运行：无需令牌，不消耗积分。
演示歌曲和视频单独保存在 %1 中；正常启动时不会显示。</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Song</source>
        <translation>歌曲(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <source>The Mureka account needs attention (%1): %2. Update the account on useapi.net, then resume.</source>
        <comment>account_attention</comment>
        <extracomment>core/queue/events.py; %1: code, %2: error</extracomment>
        <translation>该 Mureka 账户需要处理（%1）：%2。请在 useapi.net 上更新该账户，然后继续。</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token any more: its songs wait. Add it again on useapi.net, then resume.</source>
        <comment>account_gone</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>Mureka 账户 %1 已不在此令牌下：其歌曲将等待。请在 useapi.net 上重新添加，然后继续。</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token: its songs wait. Add the account on useapi.net, or give the songs&apos; ids with their own account.</source>
        <comment>account_not_on_token</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>Mureka 账户 %1 不在此令牌下：其歌曲将等待。请在 useapi.net 上添加该账户，或用带有其所属账户的 ID 指定这些歌曲。</translation>
    </message>
    <message>
        <source>Mureka account %1: %2 Songs of other accounts carry on.</source>
        <comment>account_problem</comment>
        <extracomment>core/queue/events.py; %1: account, %2: problem</extracomment>
        <translation>Mureka 账户 %1：%2 其他账户的歌曲继续进行。</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1.</source>
        <comment>accounts_failed</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>无法加载账户：%1。</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1. Showing what was known before.</source>
        <comment>accounts_failed_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>无法加载账户：%1。显示的是之前已知的信息。</translation>
    </message>
    <message>
        <source>No useapi.net token: add one in Settings to see the accounts.</source>
        <comment>accounts_no_token</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>没有 useapi.net 令牌：请在设置中添加令牌以查看账户。</translation>
    </message>
    <message>
        <source>No Mureka account is configured for this token on useapi.net.</source>
        <comment>accounts_none</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>useapi.net 上没有为此令牌配置 Mureka 账户。</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1).</source>
        <comment>accounts_offline</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>离线：无法连接 API（%1）。</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Showing what was known before.</source>
        <comment>accounts_offline_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>离线：无法连接 API（%1）。显示的是之前已知的信息。</translation>
    </message>
    <message>
        <source>The API rejected the token (%1): enter a new one in Settings.</source>
        <comment>accounts_token_rejected</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>API 拒绝了令牌（%1）：请在设置中输入新令牌。</translation>
    </message>
    <message>
        <source>Mureka Desktop is already running on this queue (process %1). Use that window, or close it first.</source>
        <comment>already_running</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>Mureka Desktop 已在此队列上运行（进程 %1）。请使用那个窗口，或先将其关闭。</translation>
    </message>
    <message>
        <source>Another mureka-desktop (process %1) is using this data folder. Wait for it to end, or stop it first.</source>
        <comment>already_running_cli</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>另一个 mureka-desktop（进程 %1）正在使用此数据文件夹。请等待它结束，或先停止它。</translation>
    </message>
    <message>
        <source>Subscription or credits: %1. Top up the account, then resume.</source>
        <comment>billing</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>订阅或积分问题：%1。请为账户充值，然后继续。</translation>
    </message>
    <message>
        <source>Cannot use the data folder %1: %2. %3</source>
        <comment>cannot_use_data_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>无法使用数据文件夹 %1：%2。%3</translation>
    </message>
    <message>
        <source>Cannot use the queue database %1: %2. %3</source>
        <comment>cannot_use_database</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>无法使用队列数据库 %1：%2。%3</translation>
    </message>
    <message>
        <source>Cannot use the log folder %1: %2. %3</source>
        <comment>cannot_use_log_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>无法使用日志文件夹 %1：%2。%3</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished song(s) (still in the history).</source>
        <comment>cleared</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>已清除 %n 首已完成的歌曲（仍保留在历史记录中）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the queue database in %1: %2. %3</source>
        <comment>database_unwritable</comment>
        <extracomment>core/queue/applying.py; %1: folder, %2: error, %3: advice</extracomment>
        <translation>无法写入 %1 中的队列数据库：%2。%3</translation>
    </message>
    <message>
        <source>The disk is full: %1. Free some space, then resume.</source>
        <comment>disk_full</comment>
        <extracomment>core/queue/download_jobs.py; %1: error</extracomment>
        <translation>磁盘已满：%1。请释放一些空间，然后继续。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pick(s).</source>
        <comment>exported</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>
            <numerusform>已导出 %n 个留用视频。</numerusform>
        </translation>
    </message>
    <message>
        <source>That file is already in the library as %1.</source>
        <comment>file_in_library</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>该文件已作为 %1 存在于媒体库中。</translation>
    </message>
    <message>
        <source>it is not a directory (a file is in the way)</source>
        <comment>folder_in_the_way</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>它不是目录（有文件占用了该位置）</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <comment>folder_is_a_file</comment>
        <extracomment>core/queue/download_jobs.py</extracomment>
        <translation>它是文件，不是文件夹</translation>
    </message>
    <message>
        <source>it is not writable (operation not permitted)</source>
        <comment>folder_not_permitted</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>它不可写（不允许此操作）</translation>
    </message>
    <message>
        <source>it is not writable (permission denied)</source>
        <comment>folder_permission_denied</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>它不可写（权限被拒绝）</translation>
    </message>
    <message>
        <source>it is not writable (read-only file system)</source>
        <comment>folder_read_only</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>它不可写（只读文件系统）</translation>
    </message>
    <message>
        <source>Found %1 again.</source>
        <comment>found_again</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>已重新找到 %1。</translation>
    </message>
    <message>
        <source>song number in the name: %1 (found again)</source>
        <comment>import_by_number</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>名称中的歌曲编号：%1（已重新找到）</translation>
    </message>
    <message>
        <source>the cover of %1 (found again)</source>
        <comment>import_cover_found</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>%1 的封面（已重新找到）</translation>
    </message>
    <message>
        <source>the cover of %1</source>
        <comment>import_cover_of</comment>
        <extracomment>core/library/importing.py; %1: name</extracomment>
        <translation>%1 的封面</translation>
    </message>
    <message>
        <source>song %1, %2 (new to this library)</source>
        <comment>import_new_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>歌曲 %1，%2（媒体库中的新歌曲）</translation>
    </message>
    <message>
        <source>song %1 (new to this library)</source>
        <comment>import_new_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>歌曲 %1（媒体库中的新歌曲）</translation>
    </message>
    <message>
        <source>a new version of %1</source>
        <comment>import_new_version</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>%1 的新版本</translation>
    </message>
    <message>
        <source>no song number in the name and no video with this content</source>
        <comment>import_no_match</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>名称中没有歌曲编号，也没有内容相同的视频</translation>
    </message>
    <message>
        <source>no video of the library lacks this cover</source>
        <comment>import_no_video</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>媒体库中没有缺少此封面的视频</translation>
    </message>
    <message>
        <source>not an MP4 video</source>
        <comment>import_not_mp4</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>不是 MP4 视频</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) came in done from an imported folder.</source>
        <comment>import_restored</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n 首歌曲已从导入的文件夹中以已完成状态加入。</numerusform>
        </translation>
    </message>
    <message>
        <source>same content as %1 (found again)</source>
        <comment>import_same_content</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>与 %1 内容相同（已重新找到）</translation>
    </message>
    <message>
        <source>song %1, %2</source>
        <comment>import_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>歌曲 %1，%2</translation>
    </message>
    <message>
        <source>song %1</source>
        <comment>import_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>歌曲 %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <comment>imported</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: %1. Resume to try again; the log has the details.</source>
        <comment>internal_error</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>内部错误：%1。继续即可重试；详情见日志。</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <comment>job_done</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done</extracomment>
        <translation>%1：完成 %2 个。</translation>
    </message>
    <message>
        <source>export of picks</source>
        <comment>job_export</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>导出留用视频</translation>
    </message>
    <message>
        <source>import of a folder</source>
        <comment>job_import</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>locating missing files</source>
        <comment>job_locate</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>定位缺失的文件</translation>
    </message>
    <message>
        <source>Paused by the user</source>
        <comment>paused</comment>
        <extracomment>core/queue/scheduler.py</extracomment>
        <translation>已由用户暂停</translation>
    </message>
    <message>
        <source>Not started: the app is quitting.</source>
        <comment>job_not_started</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>未开始：应用正在退出。</translation>
    </message>
    <message>
        <source>The Mureka account needs attention: %1. Update the account on useapi.net, then resume.</source>
        <comment>account_attention_no_code</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>Mureka 账户需要处理：%1。请在 useapi.net 上更新该账户，然后继续。</translation>
    </message>
    <message>
        <source>useapi.net did not list the accounts in time; going on with what is known.</source>
        <comment>accounts_late</comment>
        <extracomment>core/queue/roster.py</extracomment>
        <translation>useapi.net 未能及时列出账号；将按已知信息继续。</translation>
    </message>
    <message>
        <source>An interrupted %1 was completed on disk (%2 finished, %3 not started); %4 left to do: run it again.</source>
        <comment>job_recovered</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: forward, %3: back, %4: left</extracomment>
        <translation>中断的 %1 已在磁盘上完成（%2 个已完成，%3 个未开始）；还剩 %4 个：请再运行一次。</translation>
    </message>
    <message>
        <source>rename to the template</source>
        <comment>job_rename</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>按模板重命名</translation>
    </message>
    <message>
        <source>Stopped the %1: %2 done, %3 left; run it again for the rest.</source>
        <comment>job_stopped</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done, %3: left</extracomment>
        <translation>已停止 %1：完成 %2 个，剩余 %3 个；再运行一次以处理其余部分。</translation>
    </message>
    <message>
        <source>move to the trash</source>
        <comment>job_trash</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Its content differs from the video downloaded: it is another video, or a changed copy.</source>
        <comment>locate_differs</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>其内容与下载的视频不同：它是另一个视频，或是被修改过的副本。</translation>
    </message>
    <message>
        <source>It is not an MP4 video.</source>
        <comment>locate_not_mp4</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>它不是 MP4 视频。</translation>
    </message>
    <message>
        <source>Its content matches the video downloaded.</source>
        <comment>locate_same</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>其内容与下载的视频一致。</translation>
    </message>
    <message>
        <source>It has the size of the video downloaded, but no content hash was recorded to be sure.</source>
        <comment>locate_same_size</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>它与下载的视频大小相同，但未记录内容哈希，无法确认。</translation>
    </message>
    <message>
        <source>It is %1 bytes; the video downloaded was %2 bytes.</source>
        <comment>locate_size_differs</comment>
        <extracomment>core/library/disk.py; %1: size, %2: recorded</extracomment>
        <translation>它有 %1 字节；下载的视频为 %2 字节。</translation>
    </message>
    <message>
        <source>Nothing was recorded at download to compare it with.</source>
        <comment>locate_unknown</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>下载时没有记录可用于比较的信息。</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <comment>name_taken</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>已存在同名文件</translation>
    </message>
    <message>
        <source>New video: %1</source>
        <comment>new_video</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>新视频：%1</translation>
    </message>
    <message>
        <source>no free name</source>
        <comment>no_free_name</comment>
        <extracomment>core/library/export.py</extracomment>
        <translation>没有可用的名称</translation>
    </message>
    <message>
        <source>No system keyring: the token is kept for this session only.</source>
        <comment>no_keyring</comment>
        <extracomment>core/engine/settings.py</extracomment>
        <translation>没有系统密钥环：令牌仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Not seen: %1.</source>
        <comment>not_seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>未观看：%1。</translation>
    </message>
    <message>
        <source>Noted %1.</source>
        <comment>noted</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>已为 %1 添加备注。</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Nothing is lost; the queue carries on by itself when the API answers again.</source>
        <comment>offline</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>离线：无法连接 API（%1）。不会丢失任何内容；API 恢复响应后，队列会自动继续。</translation>
    </message>
    <message>
        <source>Cannot write to the output folder %1: %2. Choose another folder (Settings, or --out) or fix its permissions, then resume.</source>
        <comment>output_unwritable</comment>
        <extracomment>core/queue/download_jobs.py; %1: folder, %2: why</extracomment>
        <translation>无法写入输出文件夹 %1：%2。请选择其他文件夹（在设置中，或使用 --out）或修正其权限，然后继续。</translation>
    </message>
    <message>
        <source>Picked %1.</source>
        <comment>picked</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>已留用 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n finished song(s).</source>
        <comment>put_back</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>已恢复 %n 首已完成的歌曲。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s).</source>
        <comment>queued</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>已将 %n 首歌曲加入队列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %1; restored %n from an export.</source>
        <comment>queued_restored</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>已将 %1 加入队列；其中 %n 首从导出文件恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %1 %n star(s).</source>
        <comment>rated</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>
            <numerusform>已将 %1 评为 %n 星。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s) to regenerate.</source>
        <comment>regenerating</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>已将 %n 首歌曲加入队列以重新生成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <comment>rejected</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>已排除 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n song(s).</source>
        <comment>removed</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>已移除 %n 首歌曲。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1; kept %n song(s) still generating or downloading.</source>
        <comment>removed_kept</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>已移除 %1；保留了 %n 首仍在生成或下载的歌曲。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n video(s) to the file name template.</source>
        <comment>renamed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>已按文件名模板重命名 %n 个视频。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back from the trash: %n video(s).</source>
        <comment>restored_from_trash</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>已从回收站恢复：%n 个视频。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) queued again.</source>
        <comment>retrying</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n 首歌曲已重新加入队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <comment>seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>已观看：%1。</translation>
    </message>
    <message numerus="yes">
        <source>The Mureka account has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held</comment>
        <extracomment>core/queue/applying.py</extracomment>
        <translation>
            <numerusform>该 Mureka 账户的所有生成槽位已被占用 %n 分钟，且没有一个属于本应用：其他生成任务（是否正在 mureka.ai 上制作歌曲？）占用了它们。待其完成后再继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mureka account %1 has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held_account</comment>
        <extracomment>core/queue/applying.py; %1: account</extracomment>
        <translation>
            <numerusform>Mureka 账户 %1 的所有生成槽位已被占用 %n 分钟，且没有一个属于本应用：其他生成任务（是否正在 mureka.ai 上制作歌曲？）占用了它们。待其完成后再继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <comment>songs</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n 首歌曲</numerusform>
        </translation>
    </message>
    <message>
        <source>Spacing reset: calls are spaced per Mureka account until a rejected call shows the rule is token-wide.</source>
        <comment>spacing_reset</comment>
        <extracomment>core/engine/accounts.py</extracomment>
        <translation>间隔已重置：按每个 Mureka 账户间隔调用，直到某次被拒绝的调用表明该规则适用于整个令牌。</translation>
    </message>
    <message>
        <source>Cleared the stars of %1.</source>
        <comment>stars_cleared</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>已清除 %1 的星级。</translation>
    </message>
    <message>
        <source>The file is damaged (your video files are not in it). Move it aside and start again: re-importing an export (`mureka-desktop generate export.csv`) restores the finished songs without paying again.</source>
        <comment>store_damaged</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>该文件已损坏（你的视频文件不在其中）。请将其移到别处后重新开始：重新导入导出文件（`mureka-desktop generate export.csv`）可恢复已完成的歌曲，无需再次付费。</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <comment>store_disk_full</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>磁盘已满：请释放一些空间，然后重试。</translation>
    </message>
    <message>
        <source>Another program holds the database: close it, then try again.</source>
        <comment>store_locked</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>其他程序正在占用数据库：请关闭该程序，然后重试。</translation>
    </message>
    <message>
        <source>Move the file aside or use another folder with --data-dir, then try again.</source>
        <comment>store_move_aside</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>请将该文件移到别处，或用 --data-dir 使用其他文件夹，然后重试。</translation>
    </message>
    <message>
        <source>it was written by a newer Mureka Desktop (schema %1); this one knows schema %2</source>
        <comment>store_newer</comment>
        <extracomment>core/storage/store.py; %1: version, %2: known</extracomment>
        <translation>它由更新版本的 Mureka Desktop 写入（架构 %1）；当前版本只支持架构 %2</translation>
    </message>
    <message>
        <source>The file holds no Mureka Desktop queue (empty, or another program&apos;s database): check --data-dir (or MUREKA_DESKTOP_HOME).</source>
        <comment>store_not_a_queue</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>该文件不包含 Mureka Desktop 队列（为空，或是其他程序的数据库）：请检查 --data-dir（或 MUREKA_DESKTOP_HOME）。</translation>
    </message>
    <message>
        <source>The data folder is read-only or not accessible: make it writable, or use another folder with --data-dir (or MUREKA_DESKTOP_HOME). `mureka-desktop export` can still read it.</source>
        <comment>store_read_only</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>数据文件夹为只读或无法访问：请使其可写，或用 --data-dir（或 MUREKA_DESKTOP_HOME）使用其他文件夹。`mureka-desktop export` 仍可读取它。</translation>
    </message>
    <message>
        <source>Update Mureka Desktop.</source>
        <comment>store_update</comment>
        <extracomment>core/storage/store.py</extracomment>
        <translation>请更新 Mureka Desktop。</translation>
    </message>
    <message>
        <source>The file name template has an unmatched %1: write %2 for the character itself</source>
        <comment>template_braces</comment>
        <extracomment>core/library/naming.py; %1: brace, %2: double</extracomment>
        <translation>文件名模板中有未配对的 %1：要表示该字符本身请写 %2</translation>
    </message>
    <message>
        <source>The file name template is empty: use for example %1</source>
        <comment>template_empty</comment>
        <extracomment>core/library/naming.py; %1: example</extracomment>
        <translation>文件名模板为空：可以使用例如 %1</translation>
    </message>
    <message>
        <source>Empty braces %1 in the file name template: name a field, %2</source>
        <comment>template_empty_braces</comment>
        <extracomment>core/library/naming.py; %1: braces, %2: fields</extracomment>
        <translation>文件名模板中有空的花括号 %1：请填入字段名，%2</translation>
    </message>
    <message>
        <source>A file name template cannot make folders: remove %1</source>
        <comment>template_folders</comment>
        <extracomment>core/library/naming.py; %1: slashes</extracomment>
        <translation>文件名模板不能创建文件夹：请删除 %1</translation>
    </message>
    <message>
        <source>Field %1 cannot carry a format (: or !) in the file name template</source>
        <comment>template_format</comment>
        <extracomment>core/library/naming.py; %1: field</extracomment>
        <translation>文件名模板中的字段 %1 不能带格式（: 或 !）</translation>
    </message>
    <message>
        <source>The file name template names no field: use %1</source>
        <comment>template_no_field</comment>
        <extracomment>core/library/naming.py; %1: fields</extracomment>
        <translation>文件名模板中没有任何字段：请使用 %1</translation>
    </message>
    <message>
        <source>The template has no %1: Import folder will then match these files by their content only.</source>
        <comment>template_no_song</comment>
        <extracomment>core/library/naming.py; %1: song</extracomment>
        <translation>模板中没有 %1：“导入文件夹”将只按内容匹配这些文件。</translation>
    </message>
    <message>
        <source>Unknown field %1 in the file name template: use %2</source>
        <comment>template_unknown_field</comment>
        <extracomment>core/library/naming.py; %1: field, %2: fields</extracomment>
        <translation>文件名模板中有未知字段 %1：请使用 %2</translation>
    </message>
    <message>
        <source>The API rejected the token or the Mureka login: %1. Enter a new token in Settings, then resume.</source>
        <comment>token_rejected</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>API 拒绝了令牌或 Mureka 登录：%1。请在设置中输入新令牌，然后继续。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n rejected video(s) to the trash.</source>
        <comment>trashed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>已将 %n 个已排除的视频移到回收站。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <comment>undone</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>已撤销：%1 已恢复原状。</translation>
    </message>
    <message>
        <source>Unflagged %1.</source>
        <comment>unflagged</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>已取消 %1 的标记。</translation>
    </message>
</context>
</TS>
