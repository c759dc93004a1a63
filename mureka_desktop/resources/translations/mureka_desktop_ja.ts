<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mureka Desktop</source>
        <translation>Mureka Desktop について</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Songs in the queue: state, tries, progress and last error. Drop or paste song ids to add more.</source>
        <translation>キュー内の曲：状態、試行回数、進行状況、最後のエラー。曲 ID をドロップまたは貼り付けて追加できます。</translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation>動画を再生または一時停止</translation>
    </message>
    <message>
        <source>Video position</source>
        <translation>再生位置</translation>
    </message>
    <message>
        <source>Drag to seek in the video</source>
        <translation>ドラッグして動画をシーク</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>経過時間と合計時間</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>カバー画像</translation>
    </message>
    <message>
        <source>The song&apos;s cover image</source>
        <translation>曲のカバー画像</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>動画プレビュー</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>キューは空です</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>キューは一時停止中です</translation>
    </message>
    <message>
        <source>Why the queue paused, and the fix</source>
        <translation>キューが一時停止した理由と対処法</translation>
    </message>
</context>
<context>
    <name>AccountSongsDialog</name>
    <message>
        <source>Add songs from the account</source>
        <translation>アカウントから曲を追加</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>In your queue</source>
        <translation>キュー内</translation>
    </message>
    <message>
        <source>Song id</source>
        <translation>曲 ID</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>さらに読み込む</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>すべてチェック</translation>
    </message>
    <message>
        <source>Cannot list the accounts: %1</source>
        <translation>アカウントを一覧表示できません：%1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>Cannot list the songs: %1</source>
        <translation>曲を一覧表示できません：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) (more to load)</source>
        <translation>
            <numerusform>%n 曲（さらに読み込めます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n 曲</numerusform>
        </translation>
    </message>
    <message>
        <source>exists (free)</source>
        <translation>既存（無料）</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>不可</translation>
    </message>
    <message>
        <source>to generate</source>
        <translation>生成が必要</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>The API makes no videos for V9.5 songs</source>
        <translation>API は V9.5 の曲の動画を作成しません</translation>
    </message>
    <message numerus="yes">
        <source>Review %n…</source>
        <translation>
            <numerusform>%n 曲を確認…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>Refreshing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <comment>%1: a time</comment>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>Not loaded yet: Refresh asks useapi.net.</source>
        <translation>未読み込み：「更新」で useapi.net に問い合わせます。</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: Mureka accounts</comment>
        <translation>要対応：%1</translation>
    </message>
    <message>
        <source>All accounts OK</source>
        <translation>すべてのアカウントは正常です</translation>
    </message>
</context>
<context>
    <name>AccountsDock</name>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Hide the accounts (View ▸ Accounts shows them again)</source>
        <translation>アカウントを隠す（［表示］▸［アカウント］で再表示）</translation>
    </message>
    <message>
        <source>Hide the accounts</source>
        <translation>アカウントを隠す</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>本日の呼び出し</translation>
    </message>
    <message>
        <source>Videos today</source>
        <translation>本日の動画</translation>
    </message>
    <message>
        <source>What useapi.net says of the account, or why its songs wait</source>
        <translation>useapi.net によるアカウントの状態、または曲が待機している理由</translation>
    </message>
    <message>
        <source>Days since the Mureka session was issued; whether useapi.net refreshes it by itself</source>
        <translation>Mureka セッションの発行からの日数と、useapi.net が自動で更新するかどうか</translation>
    </message>
    <message>
        <source>Credits left on the Mureka account</source>
        <translation>Mureka アカウントの残りクレジット</translation>
    </message>
    <message>
        <source>Generations of this app running on the account / the most it may run now</source>
        <translation>このアプリがアカウントで実行中の生成数 / 現在実行できる最大数</translation>
    </message>
    <message>
        <source>Generate calls this app sent to the account today (refused ones included)</source>
        <translation>このアプリが本日アカウントに送信した生成の呼び出し（拒否されたものを含む）</translation>
    </message>
    <message>
        <source>Videos this app&apos;s generations made on the account today</source>
        <translation>このアプリの生成によって本日アカウントで作成された動画</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>要対応：%1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <comment>%1: why, and the fix</comment>
        <translation>一時停止中：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a session&apos;s age in days</comment>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>no auto-refresh</source>
        <translation>自動更新なし</translation>
    </message>
    <message>
        <source>Credits unknown: %1</source>
        <translation>クレジット不明：%1</translation>
    </message>
    <message>
        <source>Session issued %1 days ago; %2</source>
        <translation>セッションは %1 日前に発行。%2</translation>
    </message>
    <message>
        <source>useapi.net refreshes it by itself</source>
        <translation>useapi.net が自動で更新します</translation>
    </message>
    <message>
        <source>no auto-refresh: update it on useapi.net when it expires</source>
        <translation>自動更新なし：期限が切れたら useapi.net で更新してください</translation>
    </message>
    <message>
        <source>%1
Its songs wait: %2</source>
        <translation>%1
このアカウントの曲は待機中：%2</translation>
    </message>
</context>
<context>
    <name>AccountsSettings</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Mureka アカウント</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Ask useapi.net for the accounts&apos; health and credits again</source>
        <translation>useapi.net にアカウントの状態とクレジットを再度問い合わせます</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Forget what was learned: space calls per Mureka account again until a rejected call shows the 3 s rule counts per token</source>
        <translation>学習した内容を破棄します：拒否された呼び出しで 3 秒ルールがトークン単位とわかるまで、再び Mureka アカウントごとに呼び出しの間隔を空けます</translation>
    </message>
    <message>
        <source>3 s spacing: learned to count per useapi.net token (a rejected call showed it): every call waits 3 s after any account&apos;s.</source>
        <translation>3 秒間隔：useapi.net トークン単位と学習済み（拒否された呼び出しで判明）：各呼び出しは、いずれかのアカウントの呼び出しから 3 秒待ちます。</translation>
    </message>
    <message>
        <source>3 s spacing: confirmed per Mureka account: accounts call side by side.</source>
        <translation>3 秒間隔：Mureka アカウント単位と確認済み：アカウントは並行して呼び出します。</translation>
    </message>
    <message>
        <source>3 s spacing: not learned yet; per Mureka account until a rejected call shows it counts per token.</source>
        <translation>3 秒間隔：未学習。拒否された呼び出しでトークン単位とわかるまでは Mureka アカウント単位です。</translation>
    </message>
    <message numerus="yes">
        <source>Check found %n account(s) for the token above; Save to use it and list its accounts here.</source>
        <translation>
            <numerusform>「確認」で上のトークンのアカウントが %n 件見つかりました。「保存」するとこのトークンを使い、そのアカウントをここに一覧表示します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Mureka アカウント</translation>
    </message>
</context>
<context>
    <name>AddSongsDialog</name>
    <message>
        <source>Add songs</source>
        <translation>曲を追加</translation>
    </message>
    <message>
        <source>Song ids, mureka.ai links, or any text holding them:</source>
        <translation>曲 ID、mureka.ai のリンク、またはそれらを含む任意のテキスト：</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>確認…</translation>
    </message>
    <message>
        <source>Review the ids before queueing them (Ctrl+Return)</source>
        <translation>キューに追加する前に ID を確認します (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>&lt;b&gt;Account paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;アカウントは一時停止中です。&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;キューは一時停止中です。&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>今すぐ試す</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Space plays both · ←/→ seek both · Tab switches side · P / X / 1–5 decide on the framed side · M mute · Esc back</source>
        <translation>Space 両方を再生 · ←/→ 両方をシーク · Tab 側を切り替え · P / X / 1–5 枠の側を判定 · M ミュート · Esc 戻る</translation>
    </message>
    <message>
        <source>Back to the videos</source>
        <translation>動画一覧に戻る</translation>
    </message>
    <message>
        <source>Compare versions: %1</source>
        <translation>バージョンを比較：%1</translation>
    </message>
    <message>
        <source>Version %1 of %2 · %3</source>
        <translation>バージョン %1/%2 · %3</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation>ドロップのハイライト</translation>
    </message>
    <message>
        <source>Drop to add these songs (copied, nothing is moved)</source>
        <translation>ドロップしてこれらの曲を追加（コピーされ、何も移動しません）</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>ExportPicksDialog</name>
    <message>
        <source>Export picks</source>
        <translation>採用動画をエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>%n picked video(s) with their covers, %1, named by the file name template, and a playlist (M3U).</source>
        <comment>%1: their size</comment>
        <translation>
            <numerusform>採用動画 %n 本とそのカバー画像（%1）を、ファイル名テンプレートに従った名前で、プレイリスト（M3U）とともにエクスポートします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <source>Hard-link instead of copying where the disk allows (no extra space; a copy otherwise)</source>
        <translation>ディスクが対応していれば、コピーの代わりにハードリンクする（追加の容量は不要。それ以外はコピー）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export picks to</source>
        <translation>採用動画のエクスポート先</translation>
    </message>
</context>
<context>
    <name>FileMarks</name>
    <message>
        <source>⚠ File missing</source>
        <translation>⚠ ファイルなし</translation>
    </message>
    <message>
        <source>♻ In the trash</source>
        <translation>♻ ゴミ箱内</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>ゴミ箱内</translation>
    </message>
    <message>
        <source>⚠ Video file missing</source>
        <translation>⚠ 動画ファイルなし</translation>
    </message>
</context>
<context>
    <name>FullScreenVideo</name>
    <message>
        <source>Mureka Desktop — full screen</source>
        <translation>Mureka Desktop — 全画面</translation>
    </message>
    <message>
        <source>Space play / pause · Shift+←/→ or J/L seek 5 s · ←/→ other video · M mute · P / X / 1–5 decide · Esc leave</source>
        <translation>Space 再生 / 一時停止 · Shift+←/→ または J/L 5 秒シーク · ←/→ 別の動画 · M ミュート · P / X / 1–5 判定 · Esc 終了</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>シーク</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>No application could open this location:

%1

Open it from your file manager; the path can be selected and copied here.</source>
        <translation>この場所を開けるアプリケーションがありません：

%1

ファイルマネージャーから開いてください。ここでパスを選択してコピーできます。</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Lyrics videos for lists of Mureka songs, through the useapi.net API.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and PySide6 %4 (Qt for Python), used under the &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. You may replace them with your own build: the source of &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; and of &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; is published by The Qt Company.&lt;/p&gt;</source>
        <comment>%1 version, %2 project page, %3 Qt version, %4 PySide6 version, %5 licence text, %6 Qt source, %7 PySide6 source</comment>
        <translation>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Mureka の曲のリストから、useapi.net API を通じて歌詞動画を作成します。&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop は MIT ライセンスのフリーソフトウェアです。&lt;/p&gt;&lt;p&gt;Qt %3 と PySide6 %4（Qt for Python）で構築されており、これらは &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt; の下で使用されています。これらは独自のビルドに置き換えることができます：&lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; と &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; のソースは The Qt Company が公開しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取り中…</translation>
    </message>
    <message>
        <source>Nothing to add</source>
        <translation>追加するものがありません</translation>
    </message>
    <message>
        <source>The dropped data holds no text or files.</source>
        <translation>ドロップされたデータにはテキストもファイルも含まれていません。</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>Some files were not read</source>
        <translation>一部のファイルを読み取れませんでした</translation>
    </message>
    <message>
        <source>%1

Nothing from them was queued.</source>
        <translation>%1

これらのファイルからは何もキューに追加されていません。</translation>
    </message>
    <message>
        <source>No song ids</source>
        <translation>曲 ID がありません</translation>
    </message>
    <message>
        <source>No song ids were found.</source>
        <translation>曲 ID が見つかりませんでした。</translation>
    </message>
    <message>
        <source>From the command line</source>
        <translation>コマンドラインから</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Renaming</source>
        <translation>名前を変更中</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>ゴミ箱に移動中</translation>
    </message>
    <message>
        <source>Exporting picks</source>
        <translation>採用動画をエクスポート中</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>リンク中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop after the file being moved now; the rest is left as it is, to run again later</source>
        <translation>いま移動中のファイルの後で停止します。残りはそのままにし、後でもう一度実行できます</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>（ほかに %n 件待機中）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No useapi.net token yet: generating is off. The library works offline.</source>
        <translation>useapi.net トークンがまだありません：生成はオフです。ライブラリはオフラインで使用できます。</translation>
    </message>
    <message>
        <source>Resuming the queue where the last session stopped.</source>
        <translation>前回のセッションが停止したところからキューを再開します。</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Seek back 5 s</source>
        <translation>5 秒戻る</translation>
    </message>
    <message>
        <source>Seek forward 5 s</source>
        <translation>5 秒進む</translation>
    </message>
    <message>
        <source>Previous video</source>
        <translation>前の動画</translation>
    </message>
    <message>
        <source>Next video</source>
        <translation>次の動画</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>ミュート / ミュート解除</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全画面</translation>
    </message>
    <message>
        <source>Play the video full screen (F or Enter; Esc leaves)</source>
        <translation>動画を全画面で再生（F または Enter。Esc で終了）</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>全画面を終了</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>バージョンを比較</translation>
    </message>
    <message>
        <source>Two versions of the song side by side, in sync (C)</source>
        <translation>曲の 2 つのバージョンを並べて同期再生（C）</translation>
    </message>
    <message>
        <source>Compare: other side</source>
        <translation>比較：反対側</translation>
    </message>
    <message>
        <source>Leave compare</source>
        <translation>比較を終了</translation>
    </message>
    <message>
        <source>List view</source>
        <translation>リスト表示</translation>
    </message>
    <message>
        <source>Show the videos as a list with columns, or as a grid of covers (Ctrl+L)</source>
        <translation>動画を列付きのリスト、またはカバー画像のグリッドで表示（Ctrl+L）</translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>曲</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>視聴済み</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
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
        <translation>✔ 採用</translation>
    </message>
    <message>
        <source>✘ Rejected</source>
        <translation>✘ 除外</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>星 %1 / 5</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未レビュー</translation>
    </message>
    <message>
        <source>seen</source>
        <comment>after a video&apos;s review: watched</comment>
        <translation>視聴済み</translation>
    </message>
</context>
<context>
    <name>LibraryDetail</name>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>レビュー：</translation>
    </message>
    <message>
        <source>Song id:</source>
        <translation>曲 ID：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>長さ：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Video id:</source>
        <translation>動画 ID：</translation>
    </message>
    <message>
        <source>Click to show the file in its folder</source>
        <translation>クリックしてフォルダー内のファイルを表示</translation>
    </message>
    <message>
        <source>A note (N, then Enter to save)</source>
        <translation>メモ（N で入力、Enter で保存）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ：</translation>
    </message>
    <message>
        <source>Compare versions (C)</source>
        <translation>バージョンを比較（C）</translation>
    </message>
    <message>
        <source>Two versions of this song side by side, played in sync</source>
        <translation>この曲の 2 つのバージョンを並べて同期再生</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>バージョン：</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>歌詞</translation>
    </message>
    <message>
        <source>No lyrics: the song&apos;s look-up gave none.</source>
        <translation>歌詞なし：曲の照会で歌詞が得られませんでした。</translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation>歌詞：</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>ファイルなし</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of this song</source>
        <translation>
            <numerusform>この曲のバージョン %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFileCommands</name>
    <message>
        <source>Rename files to the template…</source>
        <translation>ファイル名をテンプレートに合わせて変更…</translation>
    </message>
    <message>
        <source>Rename every video and its cover to the file name template in Settings (the renames are shown first)</source>
        <translation>すべての動画とそのカバー画像の名前を、設定のファイル名テンプレートに合わせて変更します（変更内容を先に表示します）</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>場所を指定…</translation>
    </message>
    <message>
        <source>Pick the file of the selected video where it is now</source>
        <translation>選択した動画のファイルを、現在の場所で指定します</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>フォルダーをインポート…</translation>
    </message>
    <message>
        <source>Adopt the videos and covers of a folder, matched to songs by the song number in their names or by their content</source>
        <translation>フォルダー内の動画とカバー画像を取り込みます。名前の曲番号または内容で曲と照合します</translation>
    </message>
    <message>
        <source>Export picks…</source>
        <translation>採用動画をエクスポート…</translation>
    </message>
    <message>
        <source>Copy or hard-link the picked videos and covers into a folder, with a playlist</source>
        <translation>採用した動画とカバー画像を、プレイリストとともにフォルダーへコピーまたはハードリンクします</translation>
    </message>
    <message>
        <source>Move rejected to trash…</source>
        <translation>除外した動画をゴミ箱へ移動…</translation>
    </message>
    <message>
        <source>Move the rejected videos&apos; files to the system trash (asks first)</source>
        <translation>除外した動画のファイルをシステムのゴミ箱へ移動します（事前に確認します）</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>No videos to rename yet.</source>
        <translation>名前を変更する動画はまだありません。</translation>
    </message>
    <message>
        <source>Planning the renames…</source>
        <translation>名前の変更を準備中…</translation>
    </message>
    <message>
        <source>Rename files to the template</source>
        <translation>ファイル名をテンプレートに合わせて変更</translation>
    </message>
    <message numerus="yes">
        <source>“%1” stopped before the end, with %n file(s) left: run it again from the Library menu for the rest.</source>
        <translation>
            <numerusform>「%1」は途中で停止し、ファイルが %n 件残っています。残りは「ライブラリ」メニューからもう一度実行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1; %n file(s) could not be renamed:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1 の名前を変更しました。%n 件のファイルは名前を変更できませんでした：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>動画 %n 本</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a video in the Library first.</source>
        <translation>先にライブラリで動画を選択してください。</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>%1 の場所を指定</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 動画 (*.mp4)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>場所を指定</translation>
    </message>
    <message>
        <source>%1 does not look like the video of “%2”.</source>
        <translation>%1 は「%2」の動画ではないようです。</translation>
    </message>
    <message>
        <source>Is %1 the video of “%2”?</source>
        <translation>%1 は「%2」の動画ですか？</translation>
    </message>
    <message>
        <source>Link anyway</source>
        <translation>それでもリンク</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Linked %1 to %2.</source>
        <translation>%1 を %2 にリンクしました。</translation>
    </message>
    <message>
        <source>Import a folder of videos</source>
        <translation>動画のフォルダーをインポート</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取り中…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched</source>
        <translation>
            <numerusform>%n 件のファイルが一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n 件はライブラリに登録済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>%n 件は一致なし</numerusform>
        </translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>一致なし：%1</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>ライブラリに登録済み</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>フォルダーをインポート</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>%1: a folder, %2: the counts</comment>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>No picked videos to export: pick some with P first.</source>
        <translation>エクスポートする採用動画がありません：先に P で採用してください。</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>採用動画</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n pick(s)…</source>
        <translation>
            <numerusform>採用動画 %n 本をエクスポート中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) exported to %1</source>
        <comment>%1: a folder</comment>
        <translation>
            <numerusform>動画 %n 本を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) hard-linked</source>
        <translation>
            <numerusform>%n 件のファイルをハードリンク</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copied</source>
        <translation>
            <numerusform>%n 件をコピー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n 件は既存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n 件が欠落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件が失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist: %1</source>
        <translation>プレイリスト：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>Missing: its file is gone</source>
        <translation>欠落：ファイルがありません</translation>
    </message>
    <message>
        <source>Export picks</source>
        <translation>採用動画をエクスポート</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>No rejected videos with files to move to the trash.</source>
        <translation>ゴミ箱へ移動できる、ファイルのある除外動画はありません。</translation>
    </message>
    <message>
        <source>Move rejected to trash</source>
        <translation>除外した動画をゴミ箱へ移動</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n rejected video(s) to the trash?</source>
        <translation>
            <numerusform>除外した動画 %n 本をゴミ箱へ移動しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Their video and cover files, %1 in all, go to the system trash, where they can be restored. Nothing is deleted.</source>
        <translation>動画ファイルとカバー画像ファイル（合計 %1）はシステムのゴミ箱へ移動され、そこから復元できます。何も削除されません。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash</source>
        <translation>
            <numerusform>%n 本をゴミ箱へ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n video(s) to the trash…</source>
        <translation>
            <numerusform>動画 %n 本をゴミ箱へ移動中…</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no trash for %1, so nothing was moved and nothing was deleted.</source>
        <translation>このシステムには %1 用のゴミ箱がないため、何も移動されず、何も削除されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 to the trash; %n file(s) stayed where they are:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1 をゴミ箱へ移動しました。%n 件のファイルは元の場所に残っています：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryList</name>
    <message>
        <source>Videos</source>
        <translation>動画</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Cover file missing</source>
        <translation>カバー画像ファイルなし</translation>
    </message>
    <message>
        <source>Song %1 · video %2</source>
        <translation>曲 %1 · 動画 %2</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>曲 %1</translation>
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
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未レビュー</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Seen or not</source>
        <translation>視聴済み・未視聴</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>視聴済み</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>未視聴</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>No videos yet: finished songs appear here.</source>
        <translation>動画はまだありません：完了した曲がここに表示されます。</translation>
    </message>
    <message>
        <source>Show videos</source>
        <translation>表示する動画</translation>
    </message>
    <message>
        <source>Rating at least</source>
        <translation>評価の下限</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>すべての評価</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>Search title, note, song or video id…</source>
        <translation>タイトル、メモ、曲 ID、動画 ID を検索…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>並べ替え：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter&apos;s choice (how many videos it shows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <comment>%1: one to five stars</comment>
        <translation>%1 以上</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n video(s)</source>
        <translation>
            <numerusform>動画 %n 本中 %1 本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>動画 %n 本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) missing</source>
        <translation>
            <numerusform> · ファイル欠落 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No video matches the filter.</source>
        <translation>フィルターに一致する動画はありません。</translation>
    </message>
    <message>
        <source>By the list&apos;s column</source>
        <translation>リストの列順</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All songs</source>
        <translation>すべての曲</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Mureka Desktop — Demo</source>
        <translation>Mureka Desktop — デモ</translation>
    </message>
    <message>
        <source>Filter by song, title or error…</source>
        <translation>曲、タイトル、エラーで絞り込み…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>元に戻す操作はありません。</translation>
    </message>
    <message>
        <source>Undo review</source>
        <translation>レビューを元に戻す</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>クリアを元に戻す</translation>
    </message>
    <message>
        <source>Dropped on the window</source>
        <translation>ウィンドウにドロップ</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>実行完了：%1</translation>
    </message>
    <message>
        <source>%1 Ctrl+Z to undo.</source>
        <translation>%1 Ctrl+Z で元に戻せます。</translation>
    </message>
</context>
<context>
    <name>MissingBar</name>
    <message>
        <source>Locate…</source>
        <translation>場所を指定…</translation>
    </message>
    <message>
        <source>Pick the file where it is now</source>
        <translation>ファイルの現在の場所を指定します</translation>
    </message>
    <message>
        <source>Moved to the trash on %1: restore it from the system trash, or locate the file.</source>
        <translation>%1 にゴミ箱へ移動されました：システムのゴミ箱から復元するか、ファイルの場所を指定してください。</translation>
    </message>
    <message>
        <source>The video file is missing: %1</source>
        <translation>動画ファイルがありません：%1</translation>
    </message>
    <message>
        <source>no file was recorded</source>
        <translation>ファイルが記録されていません</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Mureka Desktop</source>
        <translation>Mureka Desktop を表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed.</source>
        <comment>%1: how many videos are done</comment>
        <translation>
            <numerusform>%1、%n 件失敗。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done</source>
        <translation>
            <numerusform>動画 %n 本が完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done.</source>
        <translation>
            <numerusform>動画 %n 本が完了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mureka Desktop: run finished</source>
        <translation>Mureka Desktop：実行完了</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a song to preview it</source>
        <translation>曲を選択するとプレビューします</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>再生 / 一時停止 (Space)</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>シーク</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ミュート</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>曲 %1</translation>
    </message>
    <message>
        <source>This song was cancelled.</source>
        <translation>この曲はキャンセルされました。</translation>
    </message>
    <message>
        <source>The video appears here once it is downloaded.</source>
        <translation>ダウンロードが完了すると、動画がここに表示されます。</translation>
    </message>
    <message>
        <source>The cover file is missing.
%1</source>
        <translation>カバー画像ファイルがありません。
%1</translation>
    </message>
    <message>
        <source>The cover cannot be shown: %1</source>
        <translation>カバー画像を表示できません：%1</translation>
    </message>
    <message>
        <source>The video file is missing.
%1</source>
        <translation>動画ファイルがありません。
%1</translation>
    </message>
    <message>
        <source>No audio device was found: videos play without sound.</source>
        <translation>オーディオデバイスが見つかりません：動画は音声なしで再生されます。</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>動画を再生できません：%1</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>Enter your useapi.net token to start.</source>
        <translation>開始するには useapi.net トークンを入力してください。</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>From the Mureka account</source>
        <translation>Mureka アカウントから</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>クリップボードにテキストがありません。</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>クリップボードは空です。</translation>
    </message>
    <message>
        <source>From the clipboard</source>
        <translation>クリップボードから</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>元に戻す操作はありません。</translation>
    </message>
    <message>
        <source>Regenerate videos</source>
        <translation>動画を再生成</translation>
    </message>
    <message numerus="yes">
        <source>Make a new video for %n song(s)? Each one costs a credit, even when a video already exists.</source>
        <translation>
            <numerusform>%n 曲の新しい動画を作成しますか？動画がすでにある場合も、1 曲ごとにクレジットを 1 消費します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regenerate %n</source>
        <translation>
            <numerusform>%n 曲を再生成</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the error to the clipboard.</source>
        <translation>エラーをクリップボードにコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Copied the links of %n song(s).</source>
        <translation>
            <numerusform>%n 曲のリンクをコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>キューをエクスポート</translation>
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
        <translation>エクスポートに失敗しました：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n song(s) to %1</source>
        <translation>
            <numerusform>%n 曲を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Song</source>
        <translation>曲</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Video id</source>
        <translation>動画 ID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
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
        <translation>曲 ID、リンク、.txt / .csv / .json ファイルをここにドロップするか、
Ctrl+V で貼り付け、Ctrl+N で入力してください。</translation>
    </message>
</context>
<context>
    <name>RenamePreviewDialog</name>
    <message>
        <source>Rename files to the template</source>
        <translation>ファイル名をテンプレートに合わせて変更</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) will be renamed to “%1”, each cover with its video.</source>
        <comment>%1: the file name template</comment>
        <translation>
            <numerusform>動画 %n 本の名前を「%1」に変更します。カバー画像も動画と一緒に変更されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already named so.</source>
        <translation>
            <numerusform>%n 件はすでにこの名前です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file skipped.</source>
        <translation>
            <numerusform>ファイルがない %n 件はスキップします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Names already taken get “ (2)”; no file is ever overwritten.</source>
        <translation>すでに使われている名前には「 (2)」が付きます。ファイルが上書きされることはありません。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>変更後</translation>
    </message>
    <message numerus="yes">
        <source>Rename %n</source>
        <translation>
            <numerusform>%n 件の名前を変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Add songs</source>
        <translation>曲を追加</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <source>Not song ids (skipped):</source>
        <translation>曲 ID ではありません（スキップ）：</translation>
    </message>
    <message>
        <source>Rejected earlier: not made again (Regenerate makes a new version):</source>
        <translation>以前に除外済み：再作成しません（「再生成」で新しいバージョンを作成します）：</translation>
    </message>
    <message numerus="yes">
        <source>Also generate the %Ln already done song(s) again (costs %Ln credit(s))</source>
        <translation>
            <numerusform>完了済みの %Ln 曲も再度生成する（%Ln クレジットを消費）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln</source>
        <translation>
            <numerusform>%Ln 曲を追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>新規 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored from an export</source>
        <translation>
            <numerusform>エクスポートから復元 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected earlier: not made again</source>
        <translation>
            <numerusform>以前に除外 %Ln 件：再作成しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to retry</source>
        <translation>
            <numerusform>再試行 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>重複 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already done</source>
        <translation>
            <numerusform>完了済み %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>無効 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (line(s) %2)</source>
        <translation>
            <numerusform>%1（%2 行目）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Ask the API for the accounts behind this token</source>
        <translation>このトークンに紐づくアカウントを API に問い合わせます</translation>
    </message>
    <message>
        <source>The token comes from USEAPI_TOKEN; it overrides the saved one.</source>
        <translation>トークンは USEAPI_TOKEN から取得されています。保存済みのトークンより優先されます。</translation>
    </message>
    <message>
        <source>No system keyring is available: the token is kept for this session only, never written to a file.</source>
        <translation>システムのキーリングを利用できません：トークンはこのセッションの間だけ保持され、ファイルには書き込まれません。</translation>
    </message>
    <message>
        <source>Saved in the system keyring; sent only to the API host.</source>
        <translation>システムのキーリングに保存されます。API ホストにのみ送信されます。</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator needs no token, and videos go to the demo folder.</source>
        <translation>デモモード：内蔵シミュレーターにトークンは不要で、動画はデモフォルダーに保存されます。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Fields: {title} the song&apos;s title, {song} the song number, {video} the video id, {date} the day the video was made (YYYY-MM-DD), {model} the model. {{ and }} write a brace.</source>
        <translation>フィールド：{title} 曲のタイトル、{song} 曲番号、{video} 動画 ID、{date} 動画の作成日（YYYY-MM-DD）、{model} モデル。{{ と }} で波括弧を書けます。</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>generations at once</comment>
        <translation> 件同時</translation>
    </message>
    <message>
        <source>Reuse videos that already exist (saves credits)</source>
        <translation>既存の動画を再利用する（クレジットを節約）</translation>
    </message>
    <message>
        <source>Set by the environment variable MUREKA_API_BASE</source>
        <translation>環境変数 MUREKA_API_BASE で設定されています</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>ウィンドウを閉じてもトレイで実行を続ける</translation>
    </message>
    <message>
        <source>After a decision, go to the next unreviewed video</source>
        <translation>判定後、次の未レビュー動画へ移動する</translation>
    </message>
    <message>
        <source>In the library: P, X and the stars move on by themselves</source>
        <translation>ライブラリで P、X、星を付けると自動で次へ進みます</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>新しい言語は次回の起動時に適用されます。</translation>
    </message>
    <message>
        <source>useapi.net account</source>
        <translation>useapi.net アカウント</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API ベース URL</translation>
    </message>
    <message>
        <source>Summer Rain</source>
        <translation>夏の雨</translation>
    </message>
    <message>
        <source>For new downloads, e.g. %1 (and .png for the cover)</source>
        <translation>新しいダウンロードに使用されます。例：%1（カバー画像は .png）</translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation>先にトークンを入力してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>✗ The API rejected this token.</source>
        <translation>✗ API はこのトークンを拒否しました。</translation>
    </message>
    <message>
        <source>✗ Check failed: %1</source>
        <translation>✗ 確認に失敗しました：%1</translation>
    </message>
    <message>
        <source>✓ Token accepted, but no Mureka account is configured on useapi.net.</source>
        <translation>✓ トークンは受け付けられましたが、useapi.net に Mureka アカウントが設定されていません。</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>要対応：%1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <source>session %n day(s) old</source>
        <translation>
            <numerusform>セッション発行から %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credit(s) left</source>
        <translation>
            <numerusform>残り %1 クレジット</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Mureka account %2: %3</source>
        <comment>✓ or ✗, the account, its facts</comment>
        <translation>%1 Mureka アカウント %2：%3</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between an account&apos;s facts</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>That does not look like a useapi.net token (user:&lt;digits&gt;-&lt;letters and digits&gt;).</source>
        <translation>useapi.net トークンの形式ではないようです（user:&lt;数字&gt;-&lt;英数字&gt;）。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>除外</translation>
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
        <translation>動画なし：この曲は失敗しました（エラーは上に表示されています）。</translation>
    </message>
    <message>
        <source>No video: this song failed (no reason was recorded).</source>
        <translation>動画なし：この曲は失敗しました（理由は記録されていません）。</translation>
    </message>
    <message>
        <source>The API makes no videos for this model; Retry leaves it as it is.</source>
        <translation>API はこのモデルの動画を作成しません。再試行してもこの曲はそのままです。</translation>
    </message>
    <message>
        <source>Retry failed (Ctrl+Shift+R) tries again.</source>
        <translation>「失敗を再試行」(Ctrl+Shift+R) で再試行します。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>試行 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>song %1</source>
        <translation>曲 %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最後のエラー：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a song&apos;s state, its attempts</comment>
        <translation>%1、%2</translation>
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
        <translation>待機中</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Generating %1: %2</source>
        <translation>生成中 %1：%2</translation>
    </message>
    <message>
        <source>Generating %1/%2 (window %3)</source>
        <translation>生成中 %1/%2（ウィンドウ %3）</translation>
    </message>
    <message>
        <source>Generating %1/%2</source>
        <translation>生成中 %1/%2</translation>
    </message>
    <message>
        <source>%1 · paused: %2</source>
        <comment>%2: Mureka accounts</comment>
        <translation>%1 · 一時停止中：%2</translation>
    </message>
    <message>
        <source>Offline: waiting for the API</source>
        <translation>オフライン：API を待機中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>account %1 paused (%n song(s))</source>
        <translation>
            <numerusform>アカウント %1 は一時停止中（%n 曲）</numerusform>
        </translation>
    </message>
    <message>
        <source>Running · %1</source>
        <comment>%1: the paused accounts</comment>
        <translation>実行中 · %1</translation>
    </message>
    <message>
        <source>Nothing queued</source>
        <translation>待機中の曲はありません</translation>
    </message>
    <message>
        <source>Next call in %1 s</source>
        <translation>次の呼び出しまで %1 秒</translation>
    </message>
    <message>
        <source>Next call: now</source>
        <translation>次の呼び出し：今すぐ</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>完了 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>待機中 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>残り時間 —</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>残り時間 %1</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the songs whose account is not known</comment>
        <translation>既定</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <comment>%1: a Mureka account</comment>
        <translation>%1 一時停止中</translation>
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
        <translation>採用</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>フラグを解除</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>星 %n つ</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear stars</source>
        <translation>星をクリア</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>メモを編集</translation>
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
        <translation>曲を追加…</translation>
    </message>
    <message>
        <source>Type or paste song ids</source>
        <translation>曲 ID を入力または貼り付け</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Add song ids from the clipboard</source>
        <translation>クリップボードから曲 ID を追加</translation>
    </message>
    <message>
        <source>From account…</source>
        <translation>アカウントから…</translation>
    </message>
    <message>
        <source>Pick songs from the Mureka account</source>
        <translation>Mureka アカウントから曲を選択</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Start or pause the queue</source>
        <translation>キューを開始または一時停止</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>開始 / 一時停止</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>失敗を再試行</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected songs from the queue</source>
        <translation>選択した曲をキューから削除</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>完了をクリア</translation>
    </message>
    <message>
        <source>Hide done and cancelled songs from the list (they stay in the history and the export; Ctrl+Z brings them back)</source>
        <translation>完了した曲とキャンセルした曲を一覧から隠します（履歴とエクスポートには残ります。Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>クリアを元に戻す</translation>
    </message>
    <message>
        <source>Bring back the songs the last Clear finished hid</source>
        <translation>前回の「完了をクリア」で隠した曲を戻します</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>再生成…</translation>
    </message>
    <message>
        <source>Make a new video for the selected songs (costs credits)</source>
        <translation>選択した曲の新しい動画を作成します（クレジットを消費）</translation>
    </message>
    <message>
        <source>Open video</source>
        <translation>動画を開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy the video and cover links of the selected songs</source>
        <translation>選択した曲の動画とカバー画像のリンクをコピー</translation>
    </message>
    <message>
        <source>Copy error</source>
        <translation>エラーをコピー</translation>
    </message>
    <message>
        <source>Copy the error of the selected songs</source>
        <translation>選択した曲のエラーをコピー</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Play / pause preview</source>
        <translation>プレビューを再生 / 一時停止</translation>
    </message>
    <message>
        <source>Play the song&apos;s video</source>
        <translation>曲の動画を再生</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Show the queue</source>
        <translation>キューを表示</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Show the library: every video made, to review</source>
        <translation>ライブラリを表示：作成したすべての動画をレビュー</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the queue and history as CSV or JSON</source>
        <translation>キューと履歴を CSV または JSON で保存</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>絞り込み…</translation>
    </message>
    <message>
        <source>Filter the list by song, title or error</source>
        <translation>曲、タイトル、エラーで一覧を絞り込み</translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation>アカウントを更新</translation>
    </message>
    <message>
        <source>Ask useapi.net for the Mureka accounts&apos; health and credits again</source>
        <translation>useapi.net に Mureka アカウントの状態とクレジットを再度問い合わせます</translation>
    </message>
    <message>
        <source>Show or hide the Mureka accounts under the queue</source>
        <translation>キューの下の Mureka アカウントを表示または非表示</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>About Mureka Desktop</source>
        <translation>Mureka Desktop について</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>ログフォルダーを開く</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>データフォルダーを開く</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar</comment>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>toolbar</comment>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Show songs in state</source>
        <translation>この状態の曲を表示</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Filter by song, title or error</source>
        <translation>曲、タイトル、エラーで絞り込み</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Running against the built-in simulator: no token, no credits.
Demo songs and videos are kept apart in %1; a normal start does not show them.</source>
        <translation>内蔵シミュレーターで実行中：トークンもクレジットも不要です。
デモの曲と動画は %1 に分けて保存され、通常の起動では表示されません。</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>デモモード</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>レビュー(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Song</source>
        <translation>曲(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <source>The Mureka account needs attention (%1): %2. Update the account on useapi.net, then resume.</source>
        <comment>account_attention</comment>
        <extracomment>core/queue/events.py; %1: code, %2: error</extracomment>
        <translation>Mureka アカウントに対応が必要です (%1)：%2。useapi.net でアカウントを更新してから再開してください。</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token any more: its songs wait. Add it again on useapi.net, then resume.</source>
        <comment>account_gone</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>Mureka アカウント %1 はこのトークンから外れました：その曲は待機します。useapi.net で再度追加してから再開してください。</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token: its songs wait. Add the account on useapi.net, or give the songs&apos; ids with their own account.</source>
        <comment>account_not_on_token</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>Mureka アカウント %1 はこのトークンにありません：その曲は待機します。useapi.net でアカウントを追加するか、曲 ID をそのアカウント付きで指定してください。</translation>
    </message>
    <message>
        <source>Mureka account %1: %2 Songs of other accounts carry on.</source>
        <comment>account_problem</comment>
        <extracomment>core/queue/events.py; %1: account, %2: problem</extracomment>
        <translation>Mureka アカウント %1：%2 他のアカウントの曲は続行します。</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1.</source>
        <comment>accounts_failed</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>アカウントを読み込めませんでした：%1。</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1. Showing what was known before.</source>
        <comment>accounts_failed_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>アカウントを読み込めませんでした：%1。以前の情報を表示しています。</translation>
    </message>
    <message>
        <source>No useapi.net token: add one in Settings to see the accounts.</source>
        <comment>accounts_no_token</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>useapi.net トークンがありません：アカウントを表示するには、設定でトークンを追加してください。</translation>
    </message>
    <message>
        <source>No Mureka account is configured for this token on useapi.net.</source>
        <comment>accounts_none</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>このトークンには useapi.net で Mureka アカウントが設定されていません。</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1).</source>
        <comment>accounts_offline</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>オフライン：API に接続できません (%1)。</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Showing what was known before.</source>
        <comment>accounts_offline_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>オフライン：API に接続できません (%1)。以前の情報を表示しています。</translation>
    </message>
    <message>
        <source>The API rejected the token (%1): enter a new one in Settings.</source>
        <comment>accounts_token_rejected</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>API がトークンを拒否しました (%1)：設定で新しいトークンを入力してください。</translation>
    </message>
    <message>
        <source>Mureka Desktop is already running on this queue (process %1). Use that window, or close it first.</source>
        <comment>already_running</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>Mureka Desktop はすでにこのキューで実行中です（プロセス %1）。そのウィンドウを使用するか、先に閉じてください。</translation>
    </message>
    <message>
        <source>Another mureka-desktop (process %1) is using this data folder. Wait for it to end, or stop it first.</source>
        <comment>already_running_cli</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>別の mureka-desktop（プロセス %1）がこのデータフォルダーを使用しています。終了するまで待つか、先に停止してください。</translation>
    </message>
    <message>
        <source>Subscription or credits: %1. Top up the account, then resume.</source>
        <comment>billing</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>サブスクリプションまたはクレジット：%1。アカウントにチャージしてから再開してください。</translation>
    </message>
    <message>
        <source>Cannot use the data folder %1: %2. %3</source>
        <comment>cannot_use_data_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>データフォルダー %1 を使用できません：%2。%3</translation>
    </message>
    <message>
        <source>Cannot use the queue database %1: %2. %3</source>
        <comment>cannot_use_database</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>キューデータベース %1 を使用できません：%2。%3</translation>
    </message>
    <message>
        <source>Cannot use the log folder %1: %2. %3</source>
        <comment>cannot_use_log_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>ログフォルダー %1 を使用できません：%2。%3</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished song(s) (still in the history).</source>
        <comment>cleared</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>完了した %n 曲をクリアしました（履歴には残ります）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the queue database in %1: %2. %3</source>
        <comment>database_unwritable</comment>
        <extracomment>core/queue/applying.py; %1: folder, %2: error, %3: advice</extracomment>
        <translation>%1 のキューデータベースに書き込めません：%2。%3</translation>
    </message>
    <message>
        <source>The disk is full: %1. Free some space, then resume.</source>
        <comment>disk_full</comment>
        <extracomment>core/queue/download_jobs.py; %1: error</extracomment>
        <translation>ディスクがいっぱいです：%1。空き容量を確保してから再開してください。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pick(s).</source>
        <comment>exported</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>
            <numerusform>採用動画 %n 本をエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>That file is already in the library as %1.</source>
        <comment>file_in_library</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>そのファイルはすでに %1 としてライブラリにあります。</translation>
    </message>
    <message>
        <source>it is not a directory (a file is in the way)</source>
        <comment>folder_in_the_way</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>ディレクトリではありません（ファイルが存在します）</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <comment>folder_is_a_file</comment>
        <extracomment>core/queue/download_jobs.py</extracomment>
        <translation>フォルダーではなくファイルです</translation>
    </message>
    <message>
        <source>it is not writable (operation not permitted)</source>
        <comment>folder_not_permitted</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>書き込みできません（操作は許可されていません）</translation>
    </message>
    <message>
        <source>it is not writable (permission denied)</source>
        <comment>folder_permission_denied</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>書き込みできません（アクセスが拒否されました）</translation>
    </message>
    <message>
        <source>it is not writable (read-only file system)</source>
        <comment>folder_read_only</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>書き込みできません（読み取り専用のファイルシステム）</translation>
    </message>
    <message>
        <source>Found %1 again.</source>
        <comment>found_again</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>%1 を再検出しました。</translation>
    </message>
    <message>
        <source>song number in the name: %1 (found again)</source>
        <comment>import_by_number</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>名前の曲番号：%1（再検出）</translation>
    </message>
    <message>
        <source>the cover of %1 (found again)</source>
        <comment>import_cover_found</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>%1 のカバー画像（再検出）</translation>
    </message>
    <message>
        <source>the cover of %1</source>
        <comment>import_cover_of</comment>
        <extracomment>core/library/importing.py; %1: name</extracomment>
        <translation>%1 のカバー画像</translation>
    </message>
    <message>
        <source>song %1, %2 (new to this library)</source>
        <comment>import_new_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>曲 %1、%2（このライブラリに新規）</translation>
    </message>
    <message>
        <source>song %1 (new to this library)</source>
        <comment>import_new_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>曲 %1（このライブラリに新規）</translation>
    </message>
    <message>
        <source>a new version of %1</source>
        <comment>import_new_version</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>%1 の新しいバージョン</translation>
    </message>
    <message>
        <source>no song number in the name and no video with this content</source>
        <comment>import_no_match</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>名前に曲番号がなく、この内容の動画もありません</translation>
    </message>
    <message>
        <source>no video of the library lacks this cover</source>
        <comment>import_no_video</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>このカバー画像が欠けているライブラリの動画はありません</translation>
    </message>
    <message>
        <source>not an MP4 video</source>
        <comment>import_not_mp4</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>MP4 動画ではありません</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) came in done from an imported folder.</source>
        <comment>import_restored</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>インポートしたフォルダーから %n 曲が完了済みとして追加されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>same content as %1 (found again)</source>
        <comment>import_same_content</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>%1 と同じ内容（再検出）</translation>
    </message>
    <message>
        <source>song %1, %2</source>
        <comment>import_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>曲 %1、%2</translation>
    </message>
    <message>
        <source>song %1</source>
        <comment>import_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>曲 %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <comment>imported</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n 件のファイルをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: %1. Resume to try again; the log has the details.</source>
        <comment>internal_error</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>内部エラー：%1。再開すると再試行します。詳細はログにあります。</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <comment>job_done</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done</extracomment>
        <translation>%1：%2 件完了。</translation>
    </message>
    <message>
        <source>export of picks</source>
        <comment>job_export</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>採用動画のエクスポート</translation>
    </message>
    <message>
        <source>import of a folder</source>
        <comment>job_import</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>フォルダーのインポート</translation>
    </message>
    <message>
        <source>locating missing files</source>
        <comment>job_locate</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>見つからないファイルの場所の指定</translation>
    </message>
    <message>
        <source>Paused by the user</source>
        <comment>paused</comment>
        <extracomment>core/queue/scheduler.py</extracomment>
        <translation>ユーザーが一時停止しました</translation>
    </message>
    <message>
        <source>Not started: the app is quitting.</source>
        <comment>job_not_started</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>開始していません：アプリを終了しています。</translation>
    </message>
    <message>
        <source>The Mureka account needs attention: %1. Update the account on useapi.net, then resume.</source>
        <comment>account_attention_no_code</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>Mureka アカウントに対応が必要です: %1。useapi.net でアカウントを更新してから再開してください。</translation>
    </message>
    <message>
        <source>useapi.net did not list the accounts in time; going on with what is known.</source>
        <comment>accounts_late</comment>
        <extracomment>core/queue/roster.py</extracomment>
        <translation>useapi.net が時間内にアカウント一覧を返しませんでした。分かっている情報で続行します。</translation>
    </message>
    <message>
        <source>An interrupted %1 was completed on disk (%2 finished, %3 not started); %4 left to do: run it again.</source>
        <comment>job_recovered</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: forward, %3: back, %4: left</extracomment>
        <translation>中断された %1 をディスク上で完了しました（完了 %2 件、未開始 %3 件）。残り %4 件：もう一度実行してください。</translation>
    </message>
    <message>
        <source>rename to the template</source>
        <comment>job_rename</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>テンプレートに合わせた名前の変更</translation>
    </message>
    <message>
        <source>Stopped the %1: %2 done, %3 left; run it again for the rest.</source>
        <comment>job_stopped</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done, %3: left</extracomment>
        <translation>%1 を停止しました：完了 %2 件、残り %3 件。残りはもう一度実行してください。</translation>
    </message>
    <message>
        <source>move to the trash</source>
        <comment>job_trash</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>ゴミ箱への移動</translation>
    </message>
    <message>
        <source>Its content differs from the video downloaded: it is another video, or a changed copy.</source>
        <comment>locate_differs</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>内容はダウンロードした動画と異なります：別の動画か、変更されたコピーです。</translation>
    </message>
    <message>
        <source>It is not an MP4 video.</source>
        <comment>locate_not_mp4</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>MP4 動画ではありません。</translation>
    </message>
    <message>
        <source>Its content matches the video downloaded.</source>
        <comment>locate_same</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>内容はダウンロードした動画と一致します。</translation>
    </message>
    <message>
        <source>It has the size of the video downloaded, but no content hash was recorded to be sure.</source>
        <comment>locate_same_size</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>ダウンロードした動画と同じサイズですが、確認用の内容ハッシュが記録されていません。</translation>
    </message>
    <message>
        <source>It is %1 bytes; the video downloaded was %2 bytes.</source>
        <comment>locate_size_differs</comment>
        <extracomment>core/library/disk.py; %1: size, %2: recorded</extracomment>
        <translation>%1 バイトです。ダウンロードした動画は %2 バイトでした。</translation>
    </message>
    <message>
        <source>Nothing was recorded at download to compare it with.</source>
        <comment>locate_unknown</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>ダウンロード時に比較用の情報が記録されていません。</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <comment>name_taken</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>同じ名前のファイルがすでにあります</translation>
    </message>
    <message>
        <source>New video: %1</source>
        <comment>new_video</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>新しい動画：%1</translation>
    </message>
    <message>
        <source>no free name</source>
        <comment>no_free_name</comment>
        <extracomment>core/library/export.py</extracomment>
        <translation>空いている名前がありません</translation>
    </message>
    <message>
        <source>No system keyring: the token is kept for this session only.</source>
        <comment>no_keyring</comment>
        <extracomment>core/engine/settings.py</extracomment>
        <translation>システムのキーリングがありません：トークンはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Not seen: %1.</source>
        <comment>not_seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>未視聴にしました：%1</translation>
    </message>
    <message>
        <source>Noted %1.</source>
        <comment>noted</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 にメモを付けました。</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Nothing is lost; the queue carries on by itself when the API answers again.</source>
        <comment>offline</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>オフライン：API に接続できません (%1)。何も失われません。API が再び応答すると、キューは自動的に再開します。</translation>
    </message>
    <message>
        <source>Cannot write to the output folder %1: %2. Choose another folder (Settings, or --out) or fix its permissions, then resume.</source>
        <comment>output_unwritable</comment>
        <extracomment>core/queue/download_jobs.py; %1: folder, %2: why</extracomment>
        <translation>出力フォルダー %1 に書き込めません：%2。別のフォルダーを選ぶ（設定、または --out）か、権限を修正してから再開してください。</translation>
    </message>
    <message>
        <source>Picked %1.</source>
        <comment>picked</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 を採用しました。</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n finished song(s).</source>
        <comment>put_back</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>完了した %n 曲を元に戻しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s).</source>
        <comment>queued</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n 曲をキューに追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %1; restored %n from an export.</source>
        <comment>queued_restored</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1 をキューに追加しました。%n 曲はエクスポートから復元しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %1 %n star(s).</source>
        <comment>rated</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>
            <numerusform>%1 を星 %n つに評価しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s) to regenerate.</source>
        <comment>regenerating</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n 曲を再生成のためキューに追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <comment>rejected</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 を除外しました。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n song(s).</source>
        <comment>removed</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n 曲を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1; kept %n song(s) still generating or downloading.</source>
        <comment>removed_kept</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1 を削除しました。生成中またはダウンロード中の %n 曲は残しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n video(s) to the file name template.</source>
        <comment>renamed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n 本の動画の名前をファイル名テンプレートに合わせて変更しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back from the trash: %n video(s).</source>
        <comment>restored_from_trash</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>ゴミ箱から戻しました：動画 %n 本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) queued again.</source>
        <comment>retrying</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n 曲を再びキューに追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <comment>seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>視聴済みにしました：%1</translation>
    </message>
    <message numerus="yes">
        <source>The Mureka account has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held</comment>
        <extracomment>core/queue/applying.py</extracomment>
        <translation>
            <numerusform>Mureka アカウントの生成スロットが %n 分間すべて使用中で、そのどれもこのアプリのものではありません：他の生成（mureka.ai で作成中の曲？）が使用しています。それらが終わったら再開してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mureka account %1 has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held_account</comment>
        <extracomment>core/queue/applying.py; %1: account</extracomment>
        <translation>
            <numerusform>Mureka アカウント %1 の生成スロットが %n 分間すべて使用中で、そのどれもこのアプリのものではありません：他の生成（mureka.ai で作成中の曲？）が使用しています。それらが終わったら再開してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <comment>songs</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n 曲</numerusform>
        </translation>
    </message>
    <message>
        <source>Spacing reset: calls are spaced per Mureka account until a rejected call shows the rule is token-wide.</source>
        <comment>spacing_reset</comment>
        <extracomment>core/engine/accounts.py</extracomment>
        <translation>間隔をリセットしました：拒否された呼び出しでルールがトークン全体に適用されるとわかるまで、呼び出しは Mureka アカウントごとに間隔を空けます。</translation>
    </message>
    <message>
        <source>Cleared the stars of %1.</source>
        <comment>stars_cleared</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 の星をクリアしました。</translation>
    </message>
    <message>
        <source>The file is damaged (your video files are not in it). Move it aside and start again: re-importing an export (`mureka-desktop generate export.csv`) restores the finished songs without paying again.</source>
        <comment>store_damaged</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>ファイルが破損しています（動画ファイルは含まれていません）。別の場所に移動してからやり直してください：エクスポートを再インポートすると（`mureka-desktop generate export.csv`）、完了した曲が再度支払うことなく復元されます。</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <comment>store_disk_full</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>ディスクがいっぱいです：空き容量を確保してから再試行してください。</translation>
    </message>
    <message>
        <source>Another program holds the database: close it, then try again.</source>
        <comment>store_locked</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>別のプログラムがデータベースを使用しています：そのプログラムを閉じてから再試行してください。</translation>
    </message>
    <message>
        <source>Move the file aside or use another folder with --data-dir, then try again.</source>
        <comment>store_move_aside</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>ファイルを別の場所に移動するか、--data-dir で別のフォルダーを使用してから再試行してください。</translation>
    </message>
    <message>
        <source>it was written by a newer Mureka Desktop (schema %1); this one knows schema %2</source>
        <comment>store_newer</comment>
        <extracomment>core/storage/store.py; %1: version, %2: known</extracomment>
        <translation>より新しい Mureka Desktop で書き込まれています（スキーマ %1）。このバージョンが扱えるのはスキーマ %2 です</translation>
    </message>
    <message>
        <source>The file holds no Mureka Desktop queue (empty, or another program&apos;s database): check --data-dir (or MUREKA_DESKTOP_HOME).</source>
        <comment>store_not_a_queue</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>このファイルには Mureka Desktop のキューがありません（空か、別のプログラムのデータベースです）：--data-dir（または MUREKA_DESKTOP_HOME）を確認してください。</translation>
    </message>
    <message>
        <source>The data folder is read-only or not accessible: make it writable, or use another folder with --data-dir (or MUREKA_DESKTOP_HOME). `mureka-desktop export` can still read it.</source>
        <comment>store_read_only</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>データフォルダーが読み取り専用か、アクセスできません：書き込み可能にするか、--data-dir（または MUREKA_DESKTOP_HOME）で別のフォルダーを使用してください。`mureka-desktop export` では引き続き読み取れます。</translation>
    </message>
    <message>
        <source>Update Mureka Desktop.</source>
        <comment>store_update</comment>
        <extracomment>core/storage/store.py</extracomment>
        <translation>Mureka Desktop を更新してください。</translation>
    </message>
    <message>
        <source>The file name template has an unmatched %1: write %2 for the character itself</source>
        <comment>template_braces</comment>
        <extracomment>core/library/naming.py; %1: brace, %2: double</extracomment>
        <translation>ファイル名テンプレートに対応のない %1 があります：その文字自体には %2 と書いてください</translation>
    </message>
    <message>
        <source>The file name template is empty: use for example %1</source>
        <comment>template_empty</comment>
        <extracomment>core/library/naming.py; %1: example</extracomment>
        <translation>ファイル名テンプレートが空です：例えば %1 を使用してください</translation>
    </message>
    <message>
        <source>Empty braces %1 in the file name template: name a field, %2</source>
        <comment>template_empty_braces</comment>
        <extracomment>core/library/naming.py; %1: braces, %2: fields</extracomment>
        <translation>ファイル名テンプレートに空の括弧 %1 があります：フィールドを指定してください。%2</translation>
    </message>
    <message>
        <source>A file name template cannot make folders: remove %1</source>
        <comment>template_folders</comment>
        <extracomment>core/library/naming.py; %1: slashes</extracomment>
        <translation>ファイル名テンプレートではフォルダーを作成できません：%1 を削除してください</translation>
    </message>
    <message>
        <source>Field %1 cannot carry a format (: or !) in the file name template</source>
        <comment>template_format</comment>
        <extracomment>core/library/naming.py; %1: field</extracomment>
        <translation>ファイル名テンプレートのフィールド %1 には書式（: または !）を付けられません</translation>
    </message>
    <message>
        <source>The file name template names no field: use %1</source>
        <comment>template_no_field</comment>
        <extracomment>core/library/naming.py; %1: fields</extracomment>
        <translation>ファイル名テンプレートにフィールドがありません：%1 を使用してください</translation>
    </message>
    <message>
        <source>The template has no %1: Import folder will then match these files by their content only.</source>
        <comment>template_no_song</comment>
        <extracomment>core/library/naming.py; %1: song</extracomment>
        <translation>テンプレートに %1 がありません。「フォルダーをインポート」はこれらのファイルを内容だけで照合します。</translation>
    </message>
    <message>
        <source>Unknown field %1 in the file name template: use %2</source>
        <comment>template_unknown_field</comment>
        <extracomment>core/library/naming.py; %1: field, %2: fields</extracomment>
        <translation>ファイル名テンプレートに不明なフィールド %1 があります：%2 を使用してください</translation>
    </message>
    <message>
        <source>The API rejected the token or the Mureka login: %1. Enter a new token in Settings, then resume.</source>
        <comment>token_rejected</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>API がトークンまたは Mureka ログインを拒否しました：%1。設定で新しいトークンを入力してから再開してください。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n rejected video(s) to the trash.</source>
        <comment>trashed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>除外した動画 %n 本をゴミ箱に移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <comment>undone</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>元に戻しました：%1 は元の状態です。</translation>
    </message>
    <message>
        <source>Unflagged %1.</source>
        <comment>unflagged</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 のフラグを解除しました。</translation>
    </message>
</context>
</TS>
