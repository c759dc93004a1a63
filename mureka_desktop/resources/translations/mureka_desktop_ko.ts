<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mureka Desktop</source>
        <translation>Mureka Desktop 정보</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Songs in the queue: state, tries, progress and last error. Drop or paste song ids to add more.</source>
        <translation>대기열의 곡: 상태, 시도 횟수, 진행률, 마지막 오류. 곡 ID를 끌어다 놓거나 붙여 넣어 더 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation>동영상 재생 또는 일시 중지</translation>
    </message>
    <message>
        <source>Video position</source>
        <translation>재생 위치</translation>
    </message>
    <message>
        <source>Drag to seek in the video</source>
        <translation>끌어서 동영상 탐색</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>경과 시간 및 전체 시간</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>음소거</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>커버 이미지</translation>
    </message>
    <message>
        <source>The song&apos;s cover image</source>
        <translation>곡의 커버 이미지</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>동영상 미리 보기</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>대기열이 비어 있습니다</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>대기열 일시 중지됨</translation>
    </message>
    <message>
        <source>Why the queue paused, and the fix</source>
        <translation>대기열이 일시 중지된 이유와 해결 방법</translation>
    </message>
</context>
<context>
    <name>AccountSongsDialog</name>
    <message>
        <source>Add songs from the account</source>
        <translation>계정에서 곡 추가</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>In your queue</source>
        <translation>대기열에 있음</translation>
    </message>
    <message>
        <source>Song id</source>
        <translation>곡 ID</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>더 불러오기</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>Cannot list the accounts: %1</source>
        <translation>계정 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>계정 %1</translation>
    </message>
    <message>
        <source>Cannot list the songs: %1</source>
        <translation>곡 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) (more to load)</source>
        <translation>
            <numerusform>%n곡 (더 불러올 수 있음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n곡</numerusform>
        </translation>
    </message>
    <message>
        <source>exists (free)</source>
        <translation>있음 (무료)</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>불가</translation>
    </message>
    <message>
        <source>to generate</source>
        <translation>생성 필요</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>The API makes no videos for V9.5 songs</source>
        <translation>API는 V9.5 곡의 동영상을 만들지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>Review %n…</source>
        <translation>
            <numerusform>%n곡 검토…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>Refreshing…</source>
        <translation>새로 고치는 중…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <comment>%1: a time</comment>
        <translation>%1에 업데이트됨</translation>
    </message>
    <message>
        <source>Not loaded yet: Refresh asks useapi.net.</source>
        <translation>아직 불러오지 않음: [새로 고침]을 누르면 useapi.net에 요청합니다.</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: Mureka accounts</comment>
        <translation>조치 필요: %1</translation>
    </message>
    <message>
        <source>All accounts OK</source>
        <translation>모든 계정 정상</translation>
    </message>
</context>
<context>
    <name>AccountsDock</name>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Hide the accounts (View ▸ Accounts shows them again)</source>
        <translation>계정 숨기기 (보기 ▸ 계정에서 다시 표시)</translation>
    </message>
    <message>
        <source>Hide the accounts</source>
        <translation>계정 숨기기</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>크레딧</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>슬롯</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>오늘 호출</translation>
    </message>
    <message>
        <source>Videos today</source>
        <translation>오늘 동영상</translation>
    </message>
    <message>
        <source>What useapi.net says of the account, or why its songs wait</source>
        <translation>useapi.net이 알려 주는 계정 상태, 또는 곡이 대기 중인 이유</translation>
    </message>
    <message>
        <source>Days since the Mureka session was issued; whether useapi.net refreshes it by itself</source>
        <translation>Mureka 세션이 발급된 후 지난 일수, useapi.net이 자동으로 갱신하는지 여부</translation>
    </message>
    <message>
        <source>Credits left on the Mureka account</source>
        <translation>Mureka 계정에 남은 크레딧</translation>
    </message>
    <message>
        <source>Generations of this app running on the account / the most it may run now</source>
        <translation>이 앱이 계정에서 실행 중인 생성 수 / 지금 실행할 수 있는 최대 수</translation>
    </message>
    <message>
        <source>Generate calls this app sent to the account today (refused ones included)</source>
        <translation>이 앱이 오늘 계정에 보낸 생성 호출 (거부된 호출 포함)</translation>
    </message>
    <message>
        <source>Videos this app&apos;s generations made on the account today</source>
        <translation>이 앱의 생성으로 오늘 계정에서 만들어진 동영상</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>조치 필요: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <comment>%1: why, and the fix</comment>
        <translation>일시 중지됨: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a session&apos;s age in days</comment>
        <translation>%1일</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>자동 갱신</translation>
    </message>
    <message>
        <source>no auto-refresh</source>
        <translation>자동 갱신 안 함</translation>
    </message>
    <message>
        <source>Credits unknown: %1</source>
        <translation>크레딧 알 수 없음: %1</translation>
    </message>
    <message>
        <source>Session issued %1 days ago; %2</source>
        <translation>세션이 %1일 전에 발급됨, %2</translation>
    </message>
    <message>
        <source>useapi.net refreshes it by itself</source>
        <translation>useapi.net이 자동으로 갱신합니다</translation>
    </message>
    <message>
        <source>no auto-refresh: update it on useapi.net when it expires</source>
        <translation>자동 갱신 안 함: 만료되면 useapi.net에서 업데이트하세요</translation>
    </message>
    <message>
        <source>%1
Its songs wait: %2</source>
        <translation>%1
이 계정의 곡이 대기 중: %2</translation>
    </message>
</context>
<context>
    <name>AccountsSettings</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Mureka 계정</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Ask useapi.net for the accounts&apos; health and credits again</source>
        <translation>useapi.net에 계정 상태와 크레딧을 다시 요청합니다</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Forget what was learned: space calls per Mureka account again until a rejected call shows the 3 s rule counts per token</source>
        <translation>학습한 내용을 잊습니다: 거부된 호출로 3초 규칙이 토큰 단위임이 확인될 때까지 다시 Mureka 계정별로 호출 간격을 둡니다</translation>
    </message>
    <message>
        <source>3 s spacing: learned to count per useapi.net token (a rejected call showed it): every call waits 3 s after any account&apos;s.</source>
        <translation>3초 간격: useapi.net 토큰 단위로 학습됨 (거부된 호출로 확인됨): 모든 호출은 어느 계정의 호출이든 그 후 3초를 기다립니다.</translation>
    </message>
    <message>
        <source>3 s spacing: confirmed per Mureka account: accounts call side by side.</source>
        <translation>3초 간격: Mureka 계정 단위로 확인됨: 계정들이 나란히 호출합니다.</translation>
    </message>
    <message>
        <source>3 s spacing: not learned yet; per Mureka account until a rejected call shows it counts per token.</source>
        <translation>3초 간격: 아직 학습되지 않음. 거부된 호출로 토큰 단위임이 확인될 때까지 Mureka 계정 단위로 적용합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Check found %n account(s) for the token above; Save to use it and list its accounts here.</source>
        <translation>
            <numerusform>[확인]으로 위 토큰의 계정 %n개를 찾았습니다. [저장]하면 이 토큰을 사용하고 해당 계정을 여기에 표시합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Mureka 계정</translation>
    </message>
</context>
<context>
    <name>AddSongsDialog</name>
    <message>
        <source>Add songs</source>
        <translation>곡 추가</translation>
    </message>
    <message>
        <source>Song ids, mureka.ai links, or any text holding them:</source>
        <translation>곡 ID, mureka.ai 링크 또는 이를 포함한 아무 텍스트:</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>검토…</translation>
    </message>
    <message>
        <source>Review the ids before queueing them (Ctrl+Return)</source>
        <translation>대기열에 넣기 전에 ID를 검토합니다 (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>&lt;b&gt;Account paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;계정이 일시 중지되었습니다.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;대기열이 일시 중지되었습니다.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>설정 열기</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>지금 시도</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Space plays both · ←/→ seek both · Tab switches side · P / X / 1–5 decide on the framed side · M mute · Esc back</source>
        <translation>Space 둘 다 재생 · ←/→ 둘 다 탐색 · Tab 쪽 전환 · P / X / 1–5 테두리 쪽 결정 · M 음소거 · Esc 돌아가기</translation>
    </message>
    <message>
        <source>Back to the videos</source>
        <translation>동영상으로 돌아가기</translation>
    </message>
    <message>
        <source>Compare versions: %1</source>
        <translation>버전 비교: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 · %3</source>
        <translation>버전 %1/%2 · %3</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation>놓기 강조 표시</translation>
    </message>
    <message>
        <source>Drop to add these songs (copied, nothing is moved)</source>
        <translation>놓아서 이 곡들을 추가 (복사되며 아무것도 이동하지 않음)</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
</context>
<context>
    <name>ExportPicksDialog</name>
    <message>
        <source>Export picks</source>
        <translation>채택 항목 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>%n picked video(s) with their covers, %1, named by the file name template, and a playlist (M3U).</source>
        <comment>%1: their size</comment>
        <translation>
            <numerusform>채택된 동영상 %n개와 커버 이미지 (%1)를 파일 이름 템플릿에 따라 이름 붙여 재생 목록 (M3U)과 함께 내보냅니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Hard-link instead of copying where the disk allows (no extra space; a copy otherwise)</source>
        <translation>디스크가 지원하면 복사 대신 하드 링크 (추가 공간 없음, 그렇지 않으면 복사)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export picks to</source>
        <translation>채택 항목을 내보낼 위치</translation>
    </message>
</context>
<context>
    <name>FileMarks</name>
    <message>
        <source>⚠ File missing</source>
        <translation>⚠ 파일 없음</translation>
    </message>
    <message>
        <source>♻ In the trash</source>
        <translation>♻ 휴지통에 있음</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>파일 없음</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>휴지통에 있음</translation>
    </message>
    <message>
        <source>⚠ Video file missing</source>
        <translation>⚠ 동영상 파일 없음</translation>
    </message>
</context>
<context>
    <name>FullScreenVideo</name>
    <message>
        <source>Mureka Desktop — full screen</source>
        <translation>Mureka Desktop — 전체 화면</translation>
    </message>
    <message>
        <source>Space play / pause · Shift+←/→ or J/L seek 5 s · ←/→ other video · M mute · P / X / 1–5 decide · Esc leave</source>
        <translation>Space 재생 / 일시 중지 · Shift+←/→ 또는 J/L 5초 탐색 · ←/→ 다른 동영상 · M 음소거 · P / X / 1–5 결정 · Esc 나가기</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>탐색</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>No application could open this location:

%1

Open it from your file manager; the path can be selected and copied here.</source>
        <translation>이 위치를 열 수 있는 애플리케이션이 없습니다:

%1

파일 관리자에서 여세요. 여기서 경로를 선택하여 복사할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Lyrics videos for lists of Mureka songs, through the useapi.net API.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and PySide6 %4 (Qt for Python), used under the &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. You may replace them with your own build: the source of &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; and of &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; is published by The Qt Company.&lt;/p&gt;</source>
        <comment>%1 version, %2 project page, %3 Qt version, %4 PySide6 version, %5 licence text, %6 Qt source, %7 PySide6 source</comment>
        <translation>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;useapi.net API를 통해 Mureka 곡 목록의 가사 동영상을 만듭니다.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop은 MIT 라이선스의 자유 소프트웨어입니다.&lt;/p&gt;&lt;p&gt;Qt %3 및 PySide6 %4 (Qt for Python)로 만들어졌으며, 이들은 &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;에 따라 사용됩니다. 직접 빌드한 것으로 교체할 수 있습니다: &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt;와 &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt;의 소스는 The Qt Company가 공개합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>Nothing to add</source>
        <translation>추가할 항목 없음</translation>
    </message>
    <message>
        <source>The dropped data holds no text or files.</source>
        <translation>끌어다 놓은 데이터에 텍스트나 파일이 없습니다.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <source>Some files were not read</source>
        <translation>일부 파일을 읽지 못함</translation>
    </message>
    <message>
        <source>%1

Nothing from them was queued.</source>
        <translation>%1

이 파일들에서는 아무것도 대기열에 추가되지 않았습니다.</translation>
    </message>
    <message>
        <source>No song ids</source>
        <translation>곡 ID 없음</translation>
    </message>
    <message>
        <source>No song ids were found.</source>
        <translation>곡 ID를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>From the command line</source>
        <translation>명령줄에서</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Renaming</source>
        <translation>이름 바꾸는 중</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>휴지통으로 옮기는 중</translation>
    </message>
    <message>
        <source>Exporting picks</source>
        <translation>채택 항목 내보내는 중</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>링크하는 중</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop after the file being moved now; the rest is left as it is, to run again later</source>
        <translation>지금 옮기는 파일 다음에 중지합니다. 나머지는 그대로 두며 나중에 다시 실행할 수 있습니다</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(대기 중 %n개 더)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No useapi.net token yet: generating is off. The library works offline.</source>
        <translation>아직 useapi.net 토큰이 없습니다: 생성이 꺼져 있습니다. 라이브러리는 오프라인으로 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Resuming the queue where the last session stopped.</source>
        <translation>지난 세션이 멈춘 곳부터 대기열을 재개합니다.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Seek back 5 s</source>
        <translation>5초 뒤로</translation>
    </message>
    <message>
        <source>Seek forward 5 s</source>
        <translation>5초 앞으로</translation>
    </message>
    <message>
        <source>Previous video</source>
        <translation>이전 동영상</translation>
    </message>
    <message>
        <source>Next video</source>
        <translation>다음 동영상</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>음소거 / 음소거 해제</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <source>Play the video full screen (F or Enter; Esc leaves)</source>
        <translation>동영상을 전체 화면으로 재생 (F 또는 Enter, Esc로 나가기)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>전체 화면 나가기</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>버전 비교</translation>
    </message>
    <message>
        <source>Two versions of the song side by side, in sync (C)</source>
        <translation>곡의 두 버전을 나란히 동기화하여 재생 (C)</translation>
    </message>
    <message>
        <source>Compare: other side</source>
        <translation>비교: 다른 쪽</translation>
    </message>
    <message>
        <source>Leave compare</source>
        <translation>비교 나가기</translation>
    </message>
    <message>
        <source>List view</source>
        <translation>목록 보기</translation>
    </message>
    <message>
        <source>Show the videos as a list with columns, or as a grid of covers (Ctrl+L)</source>
        <translation>동영상을 열이 있는 목록 또는 커버 이미지 격자로 표시 (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>곡</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>만든 날짜</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>시청함</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1GB</translation>
    </message>
    <message>
        <source>✔ Picked</source>
        <translation>✔ 채택</translation>
    </message>
    <message>
        <source>✘ Rejected</source>
        <translation>✘ 제외</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>별 5개 중 %1개</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>검토 안 함</translation>
    </message>
    <message>
        <source>seen</source>
        <comment>after a video&apos;s review: watched</comment>
        <translation>시청함</translation>
    </message>
</context>
<context>
    <name>LibraryDetail</name>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>검토:</translation>
    </message>
    <message>
        <source>Song id:</source>
        <translation>곡 ID:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>길이:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>만든 날짜:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Video id:</source>
        <translation>동영상 ID:</translation>
    </message>
    <message>
        <source>Click to show the file in its folder</source>
        <translation>클릭하면 폴더에서 파일을 표시합니다</translation>
    </message>
    <message>
        <source>A note (N, then Enter to save)</source>
        <translation>메모 (N을 누르고 Enter로 저장)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>Compare versions (C)</source>
        <translation>버전 비교 (C)</translation>
    </message>
    <message>
        <source>Two versions of this song side by side, played in sync</source>
        <translation>이 곡의 두 버전을 나란히 동기화하여 재생</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>가사</translation>
    </message>
    <message>
        <source>No lyrics: the song&apos;s look-up gave none.</source>
        <translation>가사 없음: 곡 조회에서 가사를 얻지 못했습니다.</translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation>가사:</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>파일 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of this song</source>
        <translation>
            <numerusform>이 곡의 버전 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFileCommands</name>
    <message>
        <source>Rename files to the template…</source>
        <translation>템플릿에 맞게 파일 이름 바꾸기…</translation>
    </message>
    <message>
        <source>Rename every video and its cover to the file name template in Settings (the renames are shown first)</source>
        <translation>모든 동영상과 커버 이미지의 이름을 설정의 파일 이름 템플릿에 맞게 바꿉니다 (바뀔 이름을 먼저 보여 줍니다)</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>위치 지정…</translation>
    </message>
    <message>
        <source>Pick the file of the selected video where it is now</source>
        <translation>선택한 동영상의 파일이 지금 있는 위치를 지정합니다</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>폴더 가져오기…</translation>
    </message>
    <message>
        <source>Adopt the videos and covers of a folder, matched to songs by the song number in their names or by their content</source>
        <translation>폴더의 동영상과 커버 이미지를 가져와 이름의 곡 번호 또는 내용으로 곡과 연결합니다</translation>
    </message>
    <message>
        <source>Export picks…</source>
        <translation>채택 항목 내보내기…</translation>
    </message>
    <message>
        <source>Copy or hard-link the picked videos and covers into a folder, with a playlist</source>
        <translation>채택된 동영상과 커버 이미지를 재생 목록과 함께 폴더로 복사하거나 하드 링크합니다</translation>
    </message>
    <message>
        <source>Move rejected to trash…</source>
        <translation>제외 항목을 휴지통으로 이동…</translation>
    </message>
    <message>
        <source>Move the rejected videos&apos; files to the system trash (asks first)</source>
        <translation>제외된 동영상의 파일을 시스템 휴지통으로 이동합니다 (먼저 묻습니다)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>라이브러리(&amp;L)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>No videos to rename yet.</source>
        <translation>아직 이름을 바꿀 동영상이 없습니다.</translation>
    </message>
    <message>
        <source>Planning the renames…</source>
        <translation>이름 바꾸기를 준비하는 중…</translation>
    </message>
    <message>
        <source>Rename files to the template</source>
        <translation>템플릿에 맞게 파일 이름 바꾸기</translation>
    </message>
    <message numerus="yes">
        <source>“%1” stopped before the end, with %n file(s) left: run it again from the Library menu for the rest.</source>
        <translation>
            <numerusform>&apos;%1&apos;이(가) 끝나기 전에 중지되어 파일 %n개가 남았습니다. 나머지는 [라이브러리] 메뉴에서 다시 실행하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1; %n file(s) could not be renamed:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1의 이름을 바꿨습니다. 파일 %n개는 이름을 바꾸지 못했습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>동영상 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a video in the Library first.</source>
        <translation>먼저 라이브러리에서 동영상을 선택하세요.</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>%1 위치 지정</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>위치 지정</translation>
    </message>
    <message>
        <source>%1 does not look like the video of “%2”.</source>
        <translation>%1은(는) “%2”의 동영상이 아닌 것 같습니다.</translation>
    </message>
    <message>
        <source>Is %1 the video of “%2”?</source>
        <translation>%1이(가) “%2”의 동영상입니까?</translation>
    </message>
    <message>
        <source>Link anyway</source>
        <translation>그래도 연결</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Linked %1 to %2.</source>
        <translation>%1을(를) %2에 연결했습니다.</translation>
    </message>
    <message>
        <source>Import a folder of videos</source>
        <translation>동영상 폴더 가져오기</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched</source>
        <translation>
            <numerusform>파일 %n개 일치</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n개는 이미 라이브러리에 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>%n개 일치하지 않음</numerusform>
        </translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>일치하지 않음: %1</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>이미 라이브러리에 있음</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>%1: a folder, %2: the counts</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No picked videos to export: pick some with P first.</source>
        <translation>내보낼 채택 항목이 없습니다: 먼저 P로 채택하세요.</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>채택 항목</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n pick(s)…</source>
        <translation>
            <numerusform>채택 항목 %n개를 내보내는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) exported to %1</source>
        <comment>%1: a folder</comment>
        <translation>
            <numerusform>동영상 %n개를 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) hard-linked</source>
        <translation>
            <numerusform>파일 %n개 하드 링크됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copied</source>
        <translation>
            <numerusform>%n개 복사됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n개 이미 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n개 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist: %1</source>
        <translation>재생 목록: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Missing: its file is gone</source>
        <translation>없음: 파일이 사라졌습니다</translation>
    </message>
    <message>
        <source>Export picks</source>
        <translation>채택 항목 내보내기</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>No rejected videos with files to move to the trash.</source>
        <translation>휴지통으로 옮길 파일이 있는 제외 동영상이 없습니다.</translation>
    </message>
    <message>
        <source>Move rejected to trash</source>
        <translation>제외 항목을 휴지통으로 이동</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n rejected video(s) to the trash?</source>
        <translation>
            <numerusform>제외된 동영상 %n개를 휴지통으로 옮길까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their video and cover files, %1 in all, go to the system trash, where they can be restored. Nothing is deleted.</source>
        <translation>동영상 및 커버 이미지 파일 (모두 %1)이 시스템 휴지통으로 이동하며, 거기서 복원할 수 있습니다. 아무것도 삭제되지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash</source>
        <translation>
            <numerusform>%n개를 휴지통으로 이동</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n video(s) to the trash…</source>
        <translation>
            <numerusform>동영상 %n개를 휴지통으로 옮기는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no trash for %1, so nothing was moved and nothing was deleted.</source>
        <translation>이 시스템에는 %1을(를) 위한 휴지통이 없어, 아무것도 옮기거나 삭제하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 to the trash; %n file(s) stayed where they are:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1을(를) 휴지통으로 옮겼습니다. 파일 %n개는 원래 위치에 남아 있습니다:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryList</name>
    <message>
        <source>Videos</source>
        <translation>동영상</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Cover file missing</source>
        <translation>커버 이미지 파일 없음</translation>
    </message>
    <message>
        <source>Song %1 · video %2</source>
        <translation>곡 %1 · 동영상 %2</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>곡 %1</translation>
    </message>
    <message>
        <source>%1: %2

%3</source>
        <comment>a file&apos;s mark: its path, then the video</comment>
        <translation>%1: %2

%3</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>오래된순</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>All</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>검토 안 함</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>채택</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Seen or not</source>
        <translation>시청 여부 전체</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>시청함</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>시청 안 함</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>No videos yet: finished songs appear here.</source>
        <translation>아직 동영상이 없습니다: 완료된 곡이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Show videos</source>
        <translation>동영상 표시</translation>
    </message>
    <message>
        <source>Rating at least</source>
        <translation>최소 별점</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>모든 별점</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>정렬</translation>
    </message>
    <message>
        <source>Search title, note, song or video id…</source>
        <translation>제목, 메모, 곡 또는 동영상 ID 검색…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>정렬:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter&apos;s choice (how many videos it shows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <comment>%1: one to five stars</comment>
        <translation>%1 이상</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n video(s)</source>
        <translation>
            <numerusform>동영상 %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>동영상 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) missing</source>
        <translation>
            <numerusform> · 파일 %n개 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>No video matches the filter.</source>
        <translation>필터와 일치하는 동영상이 없습니다.</translation>
    </message>
    <message>
        <source>By the list&apos;s column</source>
        <translation>목록의 열 기준</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All songs</source>
        <translation>모든 곡</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Mureka Desktop — Demo</source>
        <translation>Mureka Desktop — 데모</translation>
    </message>
    <message>
        <source>Filter by song, title or error…</source>
        <translation>곡, 제목 또는 오류로 필터…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>실행 취소할 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Undo review</source>
        <translation>검토 실행 취소</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>지우기 실행 취소</translation>
    </message>
    <message>
        <source>Dropped on the window</source>
        <translation>창에 놓음</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>실행 완료: %1</translation>
    </message>
    <message>
        <source>%1 Ctrl+Z to undo.</source>
        <translation>%1 Ctrl+Z로 실행 취소할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>MissingBar</name>
    <message>
        <source>Locate…</source>
        <translation>위치 지정…</translation>
    </message>
    <message>
        <source>Pick the file where it is now</source>
        <translation>파일이 지금 있는 위치를 지정합니다</translation>
    </message>
    <message>
        <source>Moved to the trash on %1: restore it from the system trash, or locate the file.</source>
        <translation>%1에 휴지통으로 옮겨졌습니다: 시스템 휴지통에서 복원하거나 파일 위치를 지정하세요.</translation>
    </message>
    <message>
        <source>The video file is missing: %1</source>
        <translation>동영상 파일이 없습니다: %1</translation>
    </message>
    <message>
        <source>no file was recorded</source>
        <translation>기록된 파일 없음</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Mureka Desktop</source>
        <translation>Mureka Desktop 표시</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed.</source>
        <comment>%1: how many videos are done</comment>
        <translation>
            <numerusform>%1, %n개 실패.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done</source>
        <translation>
            <numerusform>동영상 %n개 완료</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done.</source>
        <translation>
            <numerusform>동영상 %n개를 완료했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mureka Desktop: run finished</source>
        <translation>Mureka Desktop: 실행 완료</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a song to preview it</source>
        <translation>곡을 선택하면 미리 봅니다</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>재생 / 일시 중지 (Space)</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>탐색</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>음소거</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>곡 %1</translation>
    </message>
    <message>
        <source>This song was cancelled.</source>
        <translation>이 곡은 취소되었습니다.</translation>
    </message>
    <message>
        <source>The video appears here once it is downloaded.</source>
        <translation>다운로드가 끝나면 동영상이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>The cover file is missing.
%1</source>
        <translation>커버 이미지 파일이 없습니다.
%1</translation>
    </message>
    <message>
        <source>The cover cannot be shown: %1</source>
        <translation>커버 이미지를 표시할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The video file is missing.
%1</source>
        <translation>동영상 파일이 없습니다.
%1</translation>
    </message>
    <message>
        <source>No audio device was found: videos play without sound.</source>
        <translation>오디오 장치를 찾지 못했습니다: 동영상이 소리 없이 재생됩니다.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>동영상을 재생할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>Enter your useapi.net token to start.</source>
        <translation>시작하려면 useapi.net 토큰을 입력하세요.</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <source>From the Mureka account</source>
        <translation>Mureka 계정에서</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>클립보드에 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>클립보드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>From the clipboard</source>
        <translation>클립보드에서</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>실행 취소할 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Regenerate videos</source>
        <translation>동영상 다시 생성</translation>
    </message>
    <message numerus="yes">
        <source>Make a new video for %n song(s)? Each one costs a credit, even when a video already exists.</source>
        <translation>
            <numerusform>%n곡의 새 동영상을 만들까요? 이미 동영상이 있어도 곡마다 크레딧이 1 소모됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regenerate %n</source>
        <translation>
            <numerusform>%n곡 다시 생성</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the error to the clipboard.</source>
        <translation>오류를 클립보드에 복사했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the links of %n song(s).</source>
        <translation>
            <numerusform>%n곡의 링크를 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>대기열 내보내기</translation>
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
        <translation>내보내기 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n song(s) to %1</source>
        <translation>
            <numerusform>%n곡을 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Song</source>
        <translation>곡</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Video id</source>
        <translation>동영상 ID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>마지막 오류</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds a generation has run</comment>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Drop song ids, links or .txt / .csv / .json files here,
or press Ctrl+V to paste, or Ctrl+N to type them.</source>
        <translation>곡 ID, 링크 또는 .txt / .csv / .json 파일을 여기에 놓거나,
Ctrl+V로 붙여 넣거나 Ctrl+N으로 입력하세요.</translation>
    </message>
</context>
<context>
    <name>RenamePreviewDialog</name>
    <message>
        <source>Rename files to the template</source>
        <translation>템플릿에 맞게 파일 이름 바꾸기</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) will be renamed to “%1”, each cover with its video.</source>
        <comment>%1: the file name template</comment>
        <translation>
            <numerusform>동영상 %n개의 이름이 “%1”(으)로 바뀌며, 커버 이미지도 동영상과 함께 바뀝니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already named so.</source>
        <translation>
            <numerusform>%n개는 이미 그 이름입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file skipped.</source>
        <translation>
            <numerusform>파일이 없는 %n개는 건너뜁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names already taken get “ (2)”; no file is ever overwritten.</source>
        <translation>이미 사용 중인 이름에는 “ (2)”가 붙습니다. 어떤 파일도 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>변경 후</translation>
    </message>
    <message numerus="yes">
        <source>Rename %n</source>
        <translation>
            <numerusform>%n개 이름 바꾸기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Add songs</source>
        <translation>곡 추가</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <source>Not song ids (skipped):</source>
        <translation>곡 ID가 아님 (건너뜀):</translation>
    </message>
    <message>
        <source>Rejected earlier: not made again (Regenerate makes a new version):</source>
        <translation>이전에 제외됨: 다시 만들지 않음([다시 생성]은 새 버전을 만듭니다):</translation>
    </message>
    <message numerus="yes">
        <source>Also generate the %Ln already done song(s) again (costs %Ln credit(s))</source>
        <translation>
            <numerusform>이미 완료된 %Ln곡도 다시 생성 (크레딧 %Ln 소모)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln</source>
        <translation>
            <numerusform>%Ln곡 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>새 곡 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored from an export</source>
        <translation>
            <numerusform>내보내기에서 복원 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected earlier: not made again</source>
        <translation>
            <numerusform>이전에 제외됨 %Ln개: 다시 만들지 않음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to retry</source>
        <translation>
            <numerusform>다시 시도 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>중복 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already done</source>
        <translation>
            <numerusform>이미 완료 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>잘못된 항목 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (line(s) %2)</source>
        <translation>
            <numerusform>%1 (%2번째 줄)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Ask the API for the accounts behind this token</source>
        <translation>이 토큰에 연결된 계정을 API에 요청합니다</translation>
    </message>
    <message>
        <source>The token comes from USEAPI_TOKEN; it overrides the saved one.</source>
        <translation>토큰을 USEAPI_TOKEN에서 가져오며, 저장된 토큰보다 우선합니다.</translation>
    </message>
    <message>
        <source>No system keyring is available: the token is kept for this session only, never written to a file.</source>
        <translation>시스템 키링을 사용할 수 없습니다: 토큰은 이번 세션 동안만 보관되며 파일에 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>Saved in the system keyring; sent only to the API host.</source>
        <translation>시스템 키링에 저장되며 API 호스트로만 전송됩니다.</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator needs no token, and videos go to the demo folder.</source>
        <translation>데모 모드: 내장 시뮬레이터는 토큰이 필요 없으며, 동영상은 데모 폴더에 저장됩니다.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Fields: {title} the song&apos;s title, {song} the song number, {video} the video id, {date} the day the video was made (YYYY-MM-DD), {model} the model. {{ and }} write a brace.</source>
        <translation>필드: {title} 곡 제목, {song} 곡 번호, {video} 동영상 ID, {date} 동영상을 만든 날 (YYYY-MM-DD), {model} 모델. {{ 및 }}는 중괄호 자체를 씁니다.</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>generations at once</comment>
        <translation>개 동시 실행</translation>
    </message>
    <message>
        <source>Reuse videos that already exist (saves credits)</source>
        <translation>이미 있는 동영상 재사용 (크레딧 절약)</translation>
    </message>
    <message>
        <source>Set by the environment variable MUREKA_API_BASE</source>
        <translation>환경 변수 MUREKA_API_BASE로 설정됨</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>창을 닫아도 트레이에서 계속 실행</translation>
    </message>
    <message>
        <source>After a decision, go to the next unreviewed video</source>
        <translation>결정한 후 검토 안 한 다음 동영상으로 이동</translation>
    </message>
    <message>
        <source>In the library: P, X and the stars move on by themselves</source>
        <translation>라이브러리에서 P, X, 별점을 누르면 자동으로 다음으로 이동합니다</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>새 언어는 다음 시작 시 적용됩니다.</translation>
    </message>
    <message>
        <source>useapi.net account</source>
        <translation>useapi.net 계정</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 토큰</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>출력 폴더</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>표시 언어</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 기본 URL</translation>
    </message>
    <message>
        <source>Summer Rain</source>
        <translation>여름비</translation>
    </message>
    <message>
        <source>For new downloads, e.g. %1 (and .png for the cover)</source>
        <translation>새 다운로드에 사용, 예: %1 (커버 이미지는 .png)</translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation>먼저 토큰을 입력하세요.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>✗ The API rejected this token.</source>
        <translation>✗ API가 이 토큰을 거부했습니다.</translation>
    </message>
    <message>
        <source>✗ Check failed: %1</source>
        <translation>✗ 확인 실패: %1</translation>
    </message>
    <message>
        <source>✓ Token accepted, but no Mureka account is configured on useapi.net.</source>
        <translation>✓ 토큰이 승인되었지만 useapi.net에 설정된 Mureka 계정이 없습니다.</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>조치 필요: %1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>정상</translation>
    </message>
    <message numerus="yes">
        <source>session %n day(s) old</source>
        <translation>
            <numerusform>세션 발급 %n일 경과</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credit(s) left</source>
        <translation>
            <numerusform>크레딧 %1 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Mureka account %2: %3</source>
        <comment>✓ or ✗, the account, its facts</comment>
        <translation>%1 Mureka 계정 %2: %3</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between an account&apos;s facts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>That does not look like a useapi.net token (user:&lt;digits&gt;-&lt;letters and digits&gt;).</source>
        <translation>useapi.net 토큰 형식이 아닌 것 같습니다 (user:&lt;숫자&gt;-&lt;문자와 숫자&gt;).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>채택</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>제외</translation>
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
        <translation>동영상 없음: 이 곡은 실패했습니다 (오류는 위에 있음).</translation>
    </message>
    <message>
        <source>No video: this song failed (no reason was recorded).</source>
        <translation>동영상 없음: 이 곡은 실패했습니다 (기록된 이유 없음).</translation>
    </message>
    <message>
        <source>The API makes no videos for this model; Retry leaves it as it is.</source>
        <translation>API는 이 모델의 동영상을 만들지 않습니다. 다시 시도해도 그대로입니다.</translation>
    </message>
    <message>
        <source>Retry failed (Ctrl+Shift+R) tries again.</source>
        <translation>[실패 항목 다시 시도] (Ctrl+Shift+R)로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n회 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>song %1</source>
        <translation>곡 %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>마지막 오류: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a song&apos;s state, its attempts</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a song&apos;s state and attempts. its error</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>생성 중</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>다운로드 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Generating %1: %2</source>
        <translation>생성 중 %1: %2</translation>
    </message>
    <message>
        <source>Generating %1/%2 (window %3)</source>
        <translation>생성 중 %1/%2 (창 %3)</translation>
    </message>
    <message>
        <source>Generating %1/%2</source>
        <translation>생성 중 %1/%2</translation>
    </message>
    <message>
        <source>%1 · paused: %2</source>
        <comment>%2: Mureka accounts</comment>
        <translation>%1 · 일시 중지됨: %2</translation>
    </message>
    <message>
        <source>Offline: waiting for the API</source>
        <translation>오프라인: API를 기다리는 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message numerus="yes">
        <source>account %1 paused (%n song(s))</source>
        <translation>
            <numerusform>계정 %1 일시 중지됨 (%n곡)</numerusform>
        </translation>
    </message>
    <message>
        <source>Running · %1</source>
        <comment>%1: the paused accounts</comment>
        <translation>실행 중 · %1</translation>
    </message>
    <message>
        <source>Nothing queued</source>
        <translation>대기열에 곡 없음</translation>
    </message>
    <message>
        <source>Next call in %1 s</source>
        <translation>%1초 후 다음 호출</translation>
    </message>
    <message>
        <source>Next call: now</source>
        <translation>다음 호출: 지금</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n개 완료</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n개 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>남은 시간 —</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>남은 시간 %1</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the songs whose account is not known</comment>
        <translation>기본</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <comment>%1: a Mureka account</comment>
        <translation>%1 일시 중지됨</translation>
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
        <translation>채택</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>플래그 해제</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>별 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear stars</source>
        <translation>별점 지우기</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>메모 편집</translation>
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
        <translation>곡 추가…</translation>
    </message>
    <message>
        <source>Type or paste song ids</source>
        <translation>곡 ID 입력 또는 붙여 넣기</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여 넣기</translation>
    </message>
    <message>
        <source>Add song ids from the clipboard</source>
        <translation>클립보드에서 곡 ID 추가</translation>
    </message>
    <message>
        <source>From account…</source>
        <translation>계정에서…</translation>
    </message>
    <message>
        <source>Pick songs from the Mureka account</source>
        <translation>Mureka 계정에서 곡 고르기</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Start or pause the queue</source>
        <translation>대기열 시작 또는 일시 중지</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>시작 / 일시 중지</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>실패 항목 다시 시도</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the selected songs from the queue</source>
        <translation>선택한 곡을 대기열에서 제거</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>완료 항목 지우기</translation>
    </message>
    <message>
        <source>Hide done and cancelled songs from the list (they stay in the history and the export; Ctrl+Z brings them back)</source>
        <translation>완료 및 취소된 곡을 목록에서 숨깁니다 (기록과 내보내기에는 남으며, Ctrl+Z로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>지우기 실행 취소</translation>
    </message>
    <message>
        <source>Bring back the songs the last Clear finished hid</source>
        <translation>마지막 [완료 항목 지우기]로 숨긴 곡을 되돌립니다</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>다시 생성…</translation>
    </message>
    <message>
        <source>Make a new video for the selected songs (costs credits)</source>
        <translation>선택한 곡의 새 동영상을 만듭니다 (크레딧 소모)</translation>
    </message>
    <message>
        <source>Open video</source>
        <translation>동영상 열기</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <source>Copy the video and cover links of the selected songs</source>
        <translation>선택한 곡의 동영상 및 커버 이미지 링크 복사</translation>
    </message>
    <message>
        <source>Copy error</source>
        <translation>오류 복사</translation>
    </message>
    <message>
        <source>Copy the error of the selected songs</source>
        <translation>선택한 곡의 오류 복사</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Play / pause preview</source>
        <translation>미리 보기 재생 / 일시 중지</translation>
    </message>
    <message>
        <source>Play the song&apos;s video</source>
        <translation>곡의 동영상 재생</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Show the queue</source>
        <translation>대기열 표시</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Show the library: every video made, to review</source>
        <translation>라이브러리 표시: 만든 모든 동영상을 검토</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save the queue and history as CSV or JSON</source>
        <translation>대기열과 기록을 CSV 또는 JSON으로 저장</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>필터…</translation>
    </message>
    <message>
        <source>Filter the list by song, title or error</source>
        <translation>곡, 제목 또는 오류로 목록 필터</translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation>계정 새로 고침</translation>
    </message>
    <message>
        <source>Ask useapi.net for the Mureka accounts&apos; health and credits again</source>
        <translation>useapi.net에 Mureka 계정 상태와 크레딧을 다시 요청합니다</translation>
    </message>
    <message>
        <source>Show or hide the Mureka accounts under the queue</source>
        <translation>대기열 아래에 Mureka 계정 표시 또는 숨기기</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>About Mureka Desktop</source>
        <translation>Mureka Desktop 정보</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>데이터 폴더 열기</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar</comment>
        <translation>주 도구 모음</translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>toolbar</comment>
        <translation>필터</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Show songs in state</source>
        <translation>이 상태의 곡 표시</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Filter by song, title or error</source>
        <translation>곡, 제목 또는 오류로 필터</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>데모</translation>
    </message>
    <message>
        <source>Running against the built-in simulator: no token, no credits.
Demo songs and videos are kept apart in %1; a normal start does not show them.</source>
        <translation>내장 시뮬레이터로 실행 중: 토큰도 크레딧도 필요 없습니다.
데모 곡과 동영상은 %1에 따로 보관되며, 일반 시작 시에는 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>데모 모드</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>대기열(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>검토(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Song</source>
        <translation>곡(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <source>The Mureka account needs attention (%1): %2. Update the account on useapi.net, then resume.</source>
        <comment>account_attention</comment>
        <extracomment>core/queue/events.py; %1: code, %2: error</extracomment>
        <translation>Mureka 계정에 조치가 필요합니다 (%1): %2. useapi.net에서 계정을 업데이트한 후 재개하세요.</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token any more: its songs wait. Add it again on useapi.net, then resume.</source>
        <comment>account_gone</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>Mureka 계정 %1이(가) 더 이상 이 토큰에 없습니다: 해당 곡은 대기합니다. useapi.net에서 다시 추가한 뒤 재개하세요.</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token: its songs wait. Add the account on useapi.net, or give the songs&apos; ids with their own account.</source>
        <comment>account_not_on_token</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>Mureka 계정 %1은(는) 이 토큰에 없습니다: 해당 곡은 대기합니다. useapi.net에서 계정을 추가하거나, 곡 ID를 해당 계정과 함께 지정하세요.</translation>
    </message>
    <message>
        <source>Mureka account %1: %2 Songs of other accounts carry on.</source>
        <comment>account_problem</comment>
        <extracomment>core/queue/events.py; %1: account, %2: problem</extracomment>
        <translation>Mureka 계정 %1: %2 다른 계정의 곡은 계속 진행됩니다.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1.</source>
        <comment>accounts_failed</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>계정을 불러올 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1. Showing what was known before.</source>
        <comment>accounts_failed_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>계정을 불러올 수 없습니다: %1. 이전에 알던 정보를 표시합니다.</translation>
    </message>
    <message>
        <source>No useapi.net token: add one in Settings to see the accounts.</source>
        <comment>accounts_no_token</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>useapi.net 토큰이 없습니다: 계정을 보려면 설정에서 토큰을 추가하세요.</translation>
    </message>
    <message>
        <source>No Mureka account is configured for this token on useapi.net.</source>
        <comment>accounts_none</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>useapi.net에 이 토큰으로 설정된 Mureka 계정이 없습니다.</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1).</source>
        <comment>accounts_offline</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>오프라인: API에 연결할 수 없습니다 (%1).</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Showing what was known before.</source>
        <comment>accounts_offline_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>오프라인: API에 연결할 수 없습니다 (%1). 이전에 알던 정보를 표시합니다.</translation>
    </message>
    <message>
        <source>The API rejected the token (%1): enter a new one in Settings.</source>
        <comment>accounts_token_rejected</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>API가 토큰을 거부했습니다 (%1): 설정에서 새 토큰을 입력하세요.</translation>
    </message>
    <message>
        <source>Mureka Desktop is already running on this queue (process %1). Use that window, or close it first.</source>
        <comment>already_running</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>Mureka Desktop이 이미 이 대기열에서 실행 중입니다 (프로세스 %1). 그 창을 사용하거나 먼저 닫으세요.</translation>
    </message>
    <message>
        <source>Another mureka-desktop (process %1) is using this data folder. Wait for it to end, or stop it first.</source>
        <comment>already_running_cli</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>다른 mureka-desktop(프로세스 %1)이 이 데이터 폴더를 사용하고 있습니다. 끝날 때까지 기다리거나 먼저 중지하세요.</translation>
    </message>
    <message>
        <source>Subscription or credits: %1. Top up the account, then resume.</source>
        <comment>billing</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>구독 또는 크레딧: %1. 계정을 충전한 후 재개하세요.</translation>
    </message>
    <message>
        <source>Cannot use the data folder %1: %2. %3</source>
        <comment>cannot_use_data_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>데이터 폴더 %1을(를) 사용할 수 없습니다: %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the queue database %1: %2. %3</source>
        <comment>cannot_use_database</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>대기열 데이터베이스 %1을(를) 사용할 수 없습니다: %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the log folder %1: %2. %3</source>
        <comment>cannot_use_log_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>로그 폴더 %1을(를) 사용할 수 없습니다: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished song(s) (still in the history).</source>
        <comment>cleared</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>완료된 %n곡을 지웠습니다 (기록에는 남아 있음).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the queue database in %1: %2. %3</source>
        <comment>database_unwritable</comment>
        <extracomment>core/queue/applying.py; %1: folder, %2: error, %3: advice</extracomment>
        <translation>%1의 대기열 데이터베이스에 쓸 수 없습니다: %2. %3</translation>
    </message>
    <message>
        <source>The disk is full: %1. Free some space, then resume.</source>
        <comment>disk_full</comment>
        <extracomment>core/queue/download_jobs.py; %1: error</extracomment>
        <translation>디스크가 가득 찼습니다: %1. 공간을 확보한 후 재개하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pick(s).</source>
        <comment>exported</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>
            <numerusform>채택 항목 %n개를 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>That file is already in the library as %1.</source>
        <comment>file_in_library</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>이 파일은 이미 %1(으)로 라이브러리에 있습니다.</translation>
    </message>
    <message>
        <source>it is not a directory (a file is in the way)</source>
        <comment>folder_in_the_way</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>디렉터리가 아닙니다 (파일이 있음)</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <comment>folder_is_a_file</comment>
        <extracomment>core/queue/download_jobs.py</extracomment>
        <translation>폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <source>it is not writable (operation not permitted)</source>
        <comment>folder_not_permitted</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>쓸 수 없습니다 (허용되지 않는 작업)</translation>
    </message>
    <message>
        <source>it is not writable (permission denied)</source>
        <comment>folder_permission_denied</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>쓸 수 없습니다 (권한 거부됨)</translation>
    </message>
    <message>
        <source>it is not writable (read-only file system)</source>
        <comment>folder_read_only</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>쓸 수 없습니다 (읽기 전용 파일 시스템)</translation>
    </message>
    <message>
        <source>Found %1 again.</source>
        <comment>found_again</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>%1을(를) 다시 찾았습니다.</translation>
    </message>
    <message>
        <source>song number in the name: %1 (found again)</source>
        <comment>import_by_number</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>이름의 곡 번호: %1 (다시 찾음)</translation>
    </message>
    <message>
        <source>the cover of %1 (found again)</source>
        <comment>import_cover_found</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>%1의 커버 이미지 (다시 찾음)</translation>
    </message>
    <message>
        <source>the cover of %1</source>
        <comment>import_cover_of</comment>
        <extracomment>core/library/importing.py; %1: name</extracomment>
        <translation>%1의 커버 이미지</translation>
    </message>
    <message>
        <source>song %1, %2 (new to this library)</source>
        <comment>import_new_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>곡 %1, %2 (이 라이브러리에 새로 추가)</translation>
    </message>
    <message>
        <source>song %1 (new to this library)</source>
        <comment>import_new_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>곡 %1 (이 라이브러리에 새로 추가)</translation>
    </message>
    <message>
        <source>a new version of %1</source>
        <comment>import_new_version</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>%1의 새 버전</translation>
    </message>
    <message>
        <source>no song number in the name and no video with this content</source>
        <comment>import_no_match</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>이름에 곡 번호가 없고 이 내용의 동영상도 없음</translation>
    </message>
    <message>
        <source>no video of the library lacks this cover</source>
        <comment>import_no_video</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>이 커버 이미지가 없는 라이브러리 동영상이 없음</translation>
    </message>
    <message>
        <source>not an MP4 video</source>
        <comment>import_not_mp4</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>MP4 동영상이 아님</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) came in done from an imported folder.</source>
        <comment>import_restored</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>가져온 폴더에서 %n곡이 완료된 상태로 들어왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>same content as %1 (found again)</source>
        <comment>import_same_content</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>%1와(과) 같은 내용 (다시 찾음)</translation>
    </message>
    <message>
        <source>song %1, %2</source>
        <comment>import_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>곡 %1, %2</translation>
    </message>
    <message>
        <source>song %1</source>
        <comment>import_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>곡 %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <comment>imported</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>파일 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: %1. Resume to try again; the log has the details.</source>
        <comment>internal_error</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>내부 오류: %1. 재개하면 다시 시도합니다. 자세한 내용은 로그를 확인하세요.</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <comment>job_done</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done</extracomment>
        <translation>%1: %2개 완료.</translation>
    </message>
    <message>
        <source>export of picks</source>
        <comment>job_export</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>채택 항목 내보내기</translation>
    </message>
    <message>
        <source>import of a folder</source>
        <comment>job_import</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <source>locating missing files</source>
        <comment>job_locate</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>누락된 파일 위치 지정</translation>
    </message>
    <message>
        <source>Paused by the user</source>
        <comment>paused</comment>
        <extracomment>core/queue/scheduler.py</extracomment>
        <translation>사용자가 일시 중지함</translation>
    </message>
    <message>
        <source>Not started: the app is quitting.</source>
        <comment>job_not_started</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>시작하지 않음: 앱을 종료하는 중입니다.</translation>
    </message>
    <message>
        <source>The Mureka account needs attention: %1. Update the account on useapi.net, then resume.</source>
        <comment>account_attention_no_code</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>Mureka 계정에 조치가 필요합니다: %1. useapi.net에서 계정을 업데이트한 다음 다시 시작하세요.</translation>
    </message>
    <message>
        <source>useapi.net did not list the accounts in time; going on with what is known.</source>
        <comment>accounts_late</comment>
        <extracomment>core/queue/roster.py</extracomment>
        <translation>useapi.net이 제시간에 계정 목록을 주지 않았습니다. 알고 있는 정보로 계속합니다.</translation>
    </message>
    <message>
        <source>An interrupted %1 was completed on disk (%2 finished, %3 not started); %4 left to do: run it again.</source>
        <comment>job_recovered</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: forward, %3: back, %4: left</extracomment>
        <translation>중단된 %1을(를) 디스크에서 완료했습니다(완료 %2개, 시작 안 함 %3개). 남은 작업 %4개: 다시 실행하세요.</translation>
    </message>
    <message>
        <source>rename to the template</source>
        <comment>job_rename</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>템플릿에 맞게 이름 바꾸기</translation>
    </message>
    <message>
        <source>Stopped the %1: %2 done, %3 left; run it again for the rest.</source>
        <comment>job_stopped</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done, %3: left</extracomment>
        <translation>%1을(를) 중지했습니다: 완료 %2개, 남음 %3개. 나머지는 다시 실행하세요.</translation>
    </message>
    <message>
        <source>move to the trash</source>
        <comment>job_trash</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>휴지통으로 옮기기</translation>
    </message>
    <message>
        <source>Its content differs from the video downloaded: it is another video, or a changed copy.</source>
        <comment>locate_differs</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>내용이 다운로드한 동영상과 다릅니다: 다른 동영상이거나 변경된 사본입니다.</translation>
    </message>
    <message>
        <source>It is not an MP4 video.</source>
        <comment>locate_not_mp4</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>MP4 동영상이 아닙니다.</translation>
    </message>
    <message>
        <source>Its content matches the video downloaded.</source>
        <comment>locate_same</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>내용이 다운로드한 동영상과 일치합니다.</translation>
    </message>
    <message>
        <source>It has the size of the video downloaded, but no content hash was recorded to be sure.</source>
        <comment>locate_same_size</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>다운로드한 동영상과 크기는 같지만, 확인할 내용 해시가 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>It is %1 bytes; the video downloaded was %2 bytes.</source>
        <comment>locate_size_differs</comment>
        <extracomment>core/library/disk.py; %1: size, %2: recorded</extracomment>
        <translation>크기가 %1바이트입니다. 다운로드한 동영상은 %2바이트였습니다.</translation>
    </message>
    <message>
        <source>Nothing was recorded at download to compare it with.</source>
        <comment>locate_unknown</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>다운로드할 때 비교할 정보가 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <comment>name_taken</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>같은 이름의 파일이 이미 있습니다</translation>
    </message>
    <message>
        <source>New video: %1</source>
        <comment>new_video</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>새 동영상: %1</translation>
    </message>
    <message>
        <source>no free name</source>
        <comment>no_free_name</comment>
        <extracomment>core/library/export.py</extracomment>
        <translation>사용 가능한 이름이 없습니다</translation>
    </message>
    <message>
        <source>No system keyring: the token is kept for this session only.</source>
        <comment>no_keyring</comment>
        <extracomment>core/engine/settings.py</extracomment>
        <translation>시스템 키링이 없습니다: 토큰은 이번 세션 동안만 보관됩니다.</translation>
    </message>
    <message>
        <source>Not seen: %1.</source>
        <comment>not_seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>시청 안 함: %1</translation>
    </message>
    <message>
        <source>Noted %1.</source>
        <comment>noted</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1에 메모를 남겼습니다.</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Nothing is lost; the queue carries on by itself when the API answers again.</source>
        <comment>offline</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>오프라인: API에 연결할 수 없습니다 (%1). 손실된 것은 없으며, API가 다시 응답하면 대기열이 자동으로 계속됩니다.</translation>
    </message>
    <message>
        <source>Cannot write to the output folder %1: %2. Choose another folder (Settings, or --out) or fix its permissions, then resume.</source>
        <comment>output_unwritable</comment>
        <extracomment>core/queue/download_jobs.py; %1: folder, %2: why</extracomment>
        <translation>출력 폴더 %1에 쓸 수 없습니다: %2. 다른 폴더를 선택하거나 (설정 또는 --out) 권한을 수정한 후 재개하세요.</translation>
    </message>
    <message>
        <source>Picked %1.</source>
        <comment>picked</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1을(를) 채택했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n finished song(s).</source>
        <comment>put_back</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>완료된 %n곡을 되돌렸습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s).</source>
        <comment>queued</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n곡을 대기열에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %1; restored %n from an export.</source>
        <comment>queued_restored</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1을(를) 대기열에 추가했습니다. 그중 %n곡은 내보내기에서 복원했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %1 %n star(s).</source>
        <comment>rated</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>
            <numerusform>%1에 별 %n개를 주었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s) to regenerate.</source>
        <comment>regenerating</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n곡을 다시 생성하도록 대기열에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <comment>rejected</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1을(를) 제외했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n song(s).</source>
        <comment>removed</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n곡을 제거했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1; kept %n song(s) still generating or downloading.</source>
        <comment>removed_kept</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1을(를) 제거했습니다. 아직 생성 또는 다운로드 중인 %n곡은 남겨 두었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n video(s) to the file name template.</source>
        <comment>renamed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>동영상 %n개의 이름을 파일 이름 템플릿에 맞게 바꿨습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back from the trash: %n video(s).</source>
        <comment>restored_from_trash</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>휴지통에서 되돌림: 동영상 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) queued again.</source>
        <comment>retrying</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n곡을 다시 대기열에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <comment>seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>시청함: %1</translation>
    </message>
    <message numerus="yes">
        <source>The Mureka account has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held</comment>
        <extracomment>core/queue/applying.py</extracomment>
        <translation>
            <numerusform>Mureka 계정의 생성 슬롯이 %n분 동안 모두 사용 중이며, 그중 이 앱의 것은 없습니다: 다른 생성 작업 (mureka.ai에서 만들고 있는 곡?)이 사용하고 있습니다. 작업이 끝나면 재개하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mureka account %1 has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held_account</comment>
        <extracomment>core/queue/applying.py; %1: account</extracomment>
        <translation>
            <numerusform>Mureka 계정 %1의 생성 슬롯이 %n분 동안 모두 사용 중이며, 그중 이 앱의 것은 없습니다: 다른 생성 작업 (mureka.ai에서 만들고 있는 곡?)이 사용하고 있습니다. 작업이 끝나면 재개하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <comment>songs</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n곡</numerusform>
        </translation>
    </message>
    <message>
        <source>Spacing reset: calls are spaced per Mureka account until a rejected call shows the rule is token-wide.</source>
        <comment>spacing_reset</comment>
        <extracomment>core/engine/accounts.py</extracomment>
        <translation>간격 초기화됨: 거부된 호출로 규칙이 토큰 전체에 적용됨이 확인될 때까지 Mureka 계정별로 호출 간격을 둡니다.</translation>
    </message>
    <message>
        <source>Cleared the stars of %1.</source>
        <comment>stars_cleared</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1의 별점을 지웠습니다.</translation>
    </message>
    <message>
        <source>The file is damaged (your video files are not in it). Move it aside and start again: re-importing an export (`mureka-desktop generate export.csv`) restores the finished songs without paying again.</source>
        <comment>store_damaged</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>파일이 손상되었습니다 (동영상 파일은 여기에 없습니다). 파일을 다른 곳으로 옮기고 다시 시작하세요: 내보낸 파일을 다시 가져오면 (`mureka-desktop generate export.csv`) 다시 비용을 내지 않고 완료된 곡이 복원됩니다.</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <comment>store_disk_full</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>디스크가 가득 찼습니다: 공간을 확보한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Another program holds the database: close it, then try again.</source>
        <comment>store_locked</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>다른 프로그램이 데이터베이스를 사용하고 있습니다: 그 프로그램을 닫은 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Move the file aside or use another folder with --data-dir, then try again.</source>
        <comment>store_move_aside</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>파일을 다른 곳으로 옮기거나 --data-dir로 다른 폴더를 사용한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>it was written by a newer Mureka Desktop (schema %1); this one knows schema %2</source>
        <comment>store_newer</comment>
        <extracomment>core/storage/store.py; %1: version, %2: known</extracomment>
        <translation>더 새로운 Mureka Desktop이 작성했습니다 (스키마 %1). 이 버전은 스키마 %2까지 지원합니다</translation>
    </message>
    <message>
        <source>The file holds no Mureka Desktop queue (empty, or another program&apos;s database): check --data-dir (or MUREKA_DESKTOP_HOME).</source>
        <comment>store_not_a_queue</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>이 파일에는 Mureka Desktop 대기열이 없습니다 (비어 있거나 다른 프로그램의 데이터베이스): --data-dir (또는 MUREKA_DESKTOP_HOME)을 확인하세요.</translation>
    </message>
    <message>
        <source>The data folder is read-only or not accessible: make it writable, or use another folder with --data-dir (or MUREKA_DESKTOP_HOME). `mureka-desktop export` can still read it.</source>
        <comment>store_read_only</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>데이터 폴더가 읽기 전용이거나 액세스할 수 없습니다: 쓰기 가능하게 하거나 --data-dir (또는 MUREKA_DESKTOP_HOME)로 다른 폴더를 사용하세요. `mureka-desktop export`로는 계속 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Update Mureka Desktop.</source>
        <comment>store_update</comment>
        <extracomment>core/storage/store.py</extracomment>
        <translation>Mureka Desktop을 업데이트하세요.</translation>
    </message>
    <message>
        <source>The file name template has an unmatched %1: write %2 for the character itself</source>
        <comment>template_braces</comment>
        <extracomment>core/library/naming.py; %1: brace, %2: double</extracomment>
        <translation>파일 이름 템플릿에 짝이 맞지 않는 %1이(가) 있습니다: 문자 자체를 쓰려면 %2(으)로 쓰세요</translation>
    </message>
    <message>
        <source>The file name template is empty: use for example %1</source>
        <comment>template_empty</comment>
        <extracomment>core/library/naming.py; %1: example</extracomment>
        <translation>파일 이름 템플릿이 비어 있습니다: 예를 들어 %1을(를) 사용하세요</translation>
    </message>
    <message>
        <source>Empty braces %1 in the file name template: name a field, %2</source>
        <comment>template_empty_braces</comment>
        <extracomment>core/library/naming.py; %1: braces, %2: fields</extracomment>
        <translation>파일 이름 템플릿에 빈 중괄호 %1이(가) 있습니다: 필드 이름을 쓰세요. %2</translation>
    </message>
    <message>
        <source>A file name template cannot make folders: remove %1</source>
        <comment>template_folders</comment>
        <extracomment>core/library/naming.py; %1: slashes</extracomment>
        <translation>파일 이름 템플릿으로는 폴더를 만들 수 없습니다: %1을(를) 제거하세요</translation>
    </message>
    <message>
        <source>Field %1 cannot carry a format (: or !) in the file name template</source>
        <comment>template_format</comment>
        <extracomment>core/library/naming.py; %1: field</extracomment>
        <translation>파일 이름 템플릿의 필드 %1에는 형식 (: 또는 !)을 붙일 수 없습니다</translation>
    </message>
    <message>
        <source>The file name template names no field: use %1</source>
        <comment>template_no_field</comment>
        <extracomment>core/library/naming.py; %1: fields</extracomment>
        <translation>파일 이름 템플릿에 필드가 없습니다: %1을(를) 사용하세요</translation>
    </message>
    <message>
        <source>The template has no %1: Import folder will then match these files by their content only.</source>
        <comment>template_no_song</comment>
        <extracomment>core/library/naming.py; %1: song</extracomment>
        <translation>템플릿에 %1이(가) 없습니다. [폴더 가져오기]는 이 파일들을 내용으로만 대조합니다.</translation>
    </message>
    <message>
        <source>Unknown field %1 in the file name template: use %2</source>
        <comment>template_unknown_field</comment>
        <extracomment>core/library/naming.py; %1: field, %2: fields</extracomment>
        <translation>파일 이름 템플릿에 알 수 없는 필드 %1이(가) 있습니다: %2을(를) 사용하세요</translation>
    </message>
    <message>
        <source>The API rejected the token or the Mureka login: %1. Enter a new token in Settings, then resume.</source>
        <comment>token_rejected</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>API가 토큰 또는 Mureka 로그인을 거부했습니다: %1. 설정에서 새 토큰을 입력한 후 재개하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n rejected video(s) to the trash.</source>
        <comment>trashed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>제외된 동영상 %n개를 휴지통으로 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <comment>undone</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>실행 취소됨: %1이(가) 이전 상태로 돌아갔습니다.</translation>
    </message>
    <message>
        <source>Unflagged %1.</source>
        <comment>unflagged</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1의 플래그를 해제했습니다.</translation>
    </message>
</context>
</TS>
