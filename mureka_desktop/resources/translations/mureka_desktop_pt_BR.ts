<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mureka Desktop</source>
        <translation>Sobre o Mureka Desktop</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Songs in the queue: state, tries, progress and last error. Drop or paste song ids to add more.</source>
        <translation>Músicas na fila: estado, tentativas, progresso e último erro. Solte ou cole ids de música para adicionar mais.</translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation>Reproduzir ou pausar o vídeo</translation>
    </message>
    <message>
        <source>Video position</source>
        <translation>Posição do vídeo</translation>
    </message>
    <message>
        <source>Drag to seek in the video</source>
        <translation>Arraste para avançar ou voltar no vídeo</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Tempo decorrido e total</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Sem som</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>The song&apos;s cover image</source>
        <translation>A imagem de capa da música</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>Prévia do vídeo</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>A fila está vazia</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>Fila pausada</translation>
    </message>
    <message>
        <source>Why the queue paused, and the fix</source>
        <translation>Por que a fila pausou, e a solução</translation>
    </message>
</context>
<context>
    <name>AccountSongsDialog</name>
    <message>
        <source>Add songs from the account</source>
        <translation>Adicionar músicas da conta</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>In your queue</source>
        <translation>Na sua fila</translation>
    </message>
    <message>
        <source>Song id</source>
        <translation>Id da música</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Carregar mais</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <source>Cannot list the accounts: %1</source>
        <translation>Não é possível listar as contas: %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Conta %1</translation>
    </message>
    <message>
        <source>Cannot list the songs: %1</source>
        <translation>Não é possível listar as músicas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) (more to load)</source>
        <translation>
            <numerusform>%n música (há mais para carregar)</numerusform>
            <numerusform>%n músicas (há mais para carregar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n música</numerusform>
            <numerusform>%n músicas</numerusform>
        </translation>
    </message>
    <message>
        <source>exists (free)</source>
        <translation>existe (grátis)</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>não é possível</translation>
    </message>
    <message>
        <source>to generate</source>
        <translation>a gerar</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>The API makes no videos for V9.5 songs</source>
        <translation>A API não faz vídeos para músicas V9.5</translation>
    </message>
    <message numerus="yes">
        <source>Review %n…</source>
        <translation>
            <numerusform>Revisar %n…</numerusform>
            <numerusform>Revisar %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>Refreshing…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <comment>%1: a time</comment>
        <translation>Atualizado %1</translation>
    </message>
    <message>
        <source>Not loaded yet: Refresh asks useapi.net.</source>
        <translation>Ainda não carregado: Atualizar consulta o useapi.net.</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: Mureka accounts</comment>
        <translation>Precisa de atenção: %1</translation>
    </message>
    <message>
        <source>All accounts OK</source>
        <translation>Todas as contas OK</translation>
    </message>
</context>
<context>
    <name>AccountsDock</name>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Hide the accounts (View ▸ Accounts shows them again)</source>
        <translation>Ocultar as contas (Exibir ▸ Contas mostra de novo)</translation>
    </message>
    <message>
        <source>Hide the accounts</source>
        <translation>Ocultar as contas</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Vagas</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Chamadas hoje</translation>
    </message>
    <message>
        <source>Videos today</source>
        <translation>Vídeos hoje</translation>
    </message>
    <message>
        <source>What useapi.net says of the account, or why its songs wait</source>
        <translation>O que o useapi.net diz da conta, ou por que as músicas dela esperam</translation>
    </message>
    <message>
        <source>Days since the Mureka session was issued; whether useapi.net refreshes it by itself</source>
        <translation>Dias desde que a sessão Mureka foi emitida; se o useapi.net a renova sozinho</translation>
    </message>
    <message>
        <source>Credits left on the Mureka account</source>
        <translation>Créditos restantes na conta Mureka</translation>
    </message>
    <message>
        <source>Generations of this app running on the account / the most it may run now</source>
        <translation>Gerações deste app em andamento na conta / o máximo permitido agora</translation>
    </message>
    <message>
        <source>Generate calls this app sent to the account today (refused ones included)</source>
        <translation>Chamadas de geração que este app enviou à conta hoje (incluindo as recusadas)</translation>
    </message>
    <message>
        <source>Videos this app&apos;s generations made on the account today</source>
        <translation>Vídeos que as gerações deste app fizeram na conta hoje</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>Precisa de atenção: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <comment>%1: why, and the fix</comment>
        <translation>Pausada: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausada</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a session&apos;s age in days</comment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>renovação automática</translation>
    </message>
    <message>
        <source>no auto-refresh</source>
        <translation>sem renovação automática</translation>
    </message>
    <message>
        <source>Credits unknown: %1</source>
        <translation>Créditos desconhecidos: %1</translation>
    </message>
    <message>
        <source>Session issued %1 days ago; %2</source>
        <translation>Sessão emitida há %1 dias; %2</translation>
    </message>
    <message>
        <source>useapi.net refreshes it by itself</source>
        <translation>o useapi.net a renova sozinho</translation>
    </message>
    <message>
        <source>no auto-refresh: update it on useapi.net when it expires</source>
        <translation>sem renovação automática: atualize-a no useapi.net quando expirar</translation>
    </message>
    <message>
        <source>%1
Its songs wait: %2</source>
        <translation>%1
As músicas dela esperam: %2</translation>
    </message>
</context>
<context>
    <name>AccountsSettings</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Contas Mureka</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Ask useapi.net for the accounts&apos; health and credits again</source>
        <translation>Perguntar de novo ao useapi.net a saúde e os créditos das contas</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Forget what was learned: space calls per Mureka account again until a rejected call shows the 3 s rule counts per token</source>
        <translation>Esquecer o que foi aprendido: espaçar as chamadas por conta Mureka de novo até uma chamada recusada mostrar que a regra de 3 s conta por token</translation>
    </message>
    <message>
        <source>3 s spacing: learned to count per useapi.net token (a rejected call showed it): every call waits 3 s after any account&apos;s.</source>
        <translation>Espaçamento de 3 s: aprendido que conta por token do useapi.net (uma chamada recusada mostrou): cada chamada espera 3 s após a de qualquer conta.</translation>
    </message>
    <message>
        <source>3 s spacing: confirmed per Mureka account: accounts call side by side.</source>
        <translation>Espaçamento de 3 s: confirmado por conta Mureka: as contas chamam lado a lado.</translation>
    </message>
    <message>
        <source>3 s spacing: not learned yet; per Mureka account until a rejected call shows it counts per token.</source>
        <translation>Espaçamento de 3 s: ainda não aprendido; por conta Mureka até uma chamada recusada mostrar que conta por token.</translation>
    </message>
    <message numerus="yes">
        <source>Check found %n account(s) for the token above; Save to use it and list its accounts here.</source>
        <translation>
            <numerusform>Verificar encontrou %n conta para o token acima; salve para usá-lo e listar as contas dele aqui.</numerusform>
            <numerusform>Verificar encontrou %n contas para o token acima; salve para usá-lo e listar as contas dele aqui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Contas Mureka</translation>
    </message>
</context>
<context>
    <name>AddSongsDialog</name>
    <message>
        <source>Add songs</source>
        <translation>Adicionar músicas</translation>
    </message>
    <message>
        <source>Song ids, mureka.ai links, or any text holding them:</source>
        <translation>Ids de música, links do mureka.ai ou qualquer texto que os contenha:</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <source>Review the ids before queueing them (Ctrl+Return)</source>
        <translation>Revisar os ids antes de colocá-los na fila (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>&lt;b&gt;Account paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Conta pausada.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fila pausada.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir as configurações</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Space plays both · ←/→ seek both · Tab switches side · P / X / 1–5 decide on the framed side · M mute · Esc back</source>
        <translation>Espaço reproduz ambos · ←/→ avança ambos · Tab troca de lado · P / X / 1–5 decidem no lado destacado · M sem som · Esc voltar</translation>
    </message>
    <message>
        <source>Back to the videos</source>
        <translation>Voltar aos vídeos</translation>
    </message>
    <message>
        <source>Compare versions: %1</source>
        <translation>Comparar versões: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 · %3</source>
        <translation>Versão %1 de %2 · %3</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation>Destaque de soltura</translation>
    </message>
    <message>
        <source>Drop to add these songs (copied, nothing is moved)</source>
        <translation>Solte para adicionar estas músicas (copiadas, nada é movido)</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ExportPicksDialog</name>
    <message>
        <source>Export picks</source>
        <translation>Exportar escolhidos</translation>
    </message>
    <message numerus="yes">
        <source>%n picked video(s) with their covers, %1, named by the file name template, and a playlist (M3U).</source>
        <comment>%1: their size</comment>
        <translation>
            <numerusform>%n vídeo escolhido com a capa, %1, nomeado pelo modelo de nome de arquivo, e uma playlist (M3U).</numerusform>
            <numerusform>%n vídeos escolhidos com as capas, %1, nomeados pelo modelo de nome de arquivo, e uma playlist (M3U).</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>Hard-link instead of copying where the disk allows (no extra space; a copy otherwise)</source>
        <translation>Link físico em vez de cópia onde o disco permitir (sem espaço extra; senão, uma cópia)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export picks to</source>
        <translation>Exportar escolhidos para</translation>
    </message>
</context>
<context>
    <name>FileMarks</name>
    <message>
        <source>⚠ File missing</source>
        <translation>⚠ Arquivo ausente</translation>
    </message>
    <message>
        <source>♻ In the trash</source>
        <translation>♻ Na lixeira</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Arquivo ausente</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Na lixeira</translation>
    </message>
    <message>
        <source>⚠ Video file missing</source>
        <translation>⚠ Arquivo de vídeo ausente</translation>
    </message>
</context>
<context>
    <name>FullScreenVideo</name>
    <message>
        <source>Mureka Desktop — full screen</source>
        <translation>Mureka Desktop — tela cheia</translation>
    </message>
    <message>
        <source>Space play / pause · Shift+←/→ or J/L seek 5 s · ←/→ other video · M mute · P / X / 1–5 decide · Esc leave</source>
        <translation>Espaço reproduzir / pausar · Shift+←/→ ou J/L avançar 5 s · ←/→ outro vídeo · M sem som · P / X / 1–5 decidem · Esc sair</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Posição</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>No application could open this location:

%1

Open it from your file manager; the path can be selected and copied here.</source>
        <translation>Nenhum aplicativo conseguiu abrir este local:

%1

Abra-o pelo seu gerenciador de arquivos; o caminho pode ser selecionado e copiado aqui.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Não é possível abrir</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Lyrics videos for lists of Mureka songs, through the useapi.net API.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and PySide6 %4 (Qt for Python), used under the &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. You may replace them with your own build: the source of &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; and of &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; is published by The Qt Company.&lt;/p&gt;</source>
        <comment>%1 version, %2 project page, %3 Qt version, %4 PySide6 version, %5 licence text, %6 Qt source, %7 PySide6 source</comment>
        <translation>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Vídeos com letra para listas de músicas Mureka, pela API do useapi.net.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;O Mureka Desktop é software livre sob a licença MIT.&lt;/p&gt;&lt;p&gt;Feito com Qt %3 e PySide6 %4 (Qt for Python), usados sob a &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. Você pode substituí-los por sua própria compilação: o código-fonte do &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; e do &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; é publicado pela The Qt Company.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>Nothing to add</source>
        <translation>Nada a adicionar</translation>
    </message>
    <message>
        <source>The dropped data holds no text or files.</source>
        <translation>Os dados soltos não contêm texto nem arquivos.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Some files were not read</source>
        <translation>Alguns arquivos não foram lidos</translation>
    </message>
    <message>
        <source>%1

Nothing from them was queued.</source>
        <translation>%1

Nada deles foi colocado na fila.</translation>
    </message>
    <message>
        <source>No song ids</source>
        <translation>Nenhum id de música</translation>
    </message>
    <message>
        <source>No song ids were found.</source>
        <translation>Nenhum id de música foi encontrado.</translation>
    </message>
    <message>
        <source>From the command line</source>
        <translation>Da linha de comando</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Renaming</source>
        <translation>Renomeando</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>Movendo para a lixeira</translation>
    </message>
    <message>
        <source>Exporting picks</source>
        <translation>Exportando escolhidos</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Vinculando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop after the file being moved now; the rest is left as it is, to run again later</source>
        <translation>Parar depois do arquivo que está sendo movido agora; o resto fica como está, para executar de novo depois</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(mais %n aguardando)</numerusform>
            <numerusform>(mais %n aguardando)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No useapi.net token yet: generating is off. The library works offline.</source>
        <translation>Ainda sem token do useapi.net: a geração está desligada. A biblioteca funciona offline.</translation>
    </message>
    <message>
        <source>Resuming the queue where the last session stopped.</source>
        <translation>Retomando a fila de onde a última sessão parou.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Seek back 5 s</source>
        <translation>Voltar 5 s</translation>
    </message>
    <message>
        <source>Seek forward 5 s</source>
        <translation>Avançar 5 s</translation>
    </message>
    <message>
        <source>Previous video</source>
        <translation>Vídeo anterior</translation>
    </message>
    <message>
        <source>Next video</source>
        <translation>Próximo vídeo</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>Sem som / com som</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>Play the video full screen (F or Enter; Esc leaves)</source>
        <translation>Reproduzir o vídeo em tela cheia (F ou Enter; Esc sai)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Sair da tela cheia</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versões</translation>
    </message>
    <message>
        <source>Two versions of the song side by side, in sync (C)</source>
        <translation>Duas versões da música lado a lado, sincronizadas (C)</translation>
    </message>
    <message>
        <source>Compare: other side</source>
        <translation>Comparar: outro lado</translation>
    </message>
    <message>
        <source>Leave compare</source>
        <translation>Sair da comparação</translation>
    </message>
    <message>
        <source>List view</source>
        <translation>Exibição em lista</translation>
    </message>
    <message>
        <source>Show the videos as a list with columns, or as a grid of covers (Ctrl+L)</source>
        <translation>Mostrar os vídeos como lista com colunas, ou como grade de capas (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>✔ Escolhido</translation>
    </message>
    <message>
        <source>✘ Rejected</source>
        <translation>✘ Rejeitado</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>%1 de 5 estrelas</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Não revisado</translation>
    </message>
    <message>
        <source>seen</source>
        <comment>after a video&apos;s review: watched</comment>
        <translation>visto</translation>
    </message>
</context>
<context>
    <name>LibraryDetail</name>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisão:</translation>
    </message>
    <message>
        <source>Song id:</source>
        <translation>Id da música:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criado:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Video id:</source>
        <translation>Id do vídeo:</translation>
    </message>
    <message>
        <source>Click to show the file in its folder</source>
        <translation>Clique para mostrar o arquivo na pasta dele</translation>
    </message>
    <message>
        <source>A note (N, then Enter to save)</source>
        <translation>Uma nota (N, depois Enter para salvar)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Compare versions (C)</source>
        <translation>Comparar versões (C)</translation>
    </message>
    <message>
        <source>Two versions of this song side by side, played in sync</source>
        <translation>Duas versões desta música lado a lado, reproduzidas em sincronia</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versões:</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Letra</translation>
    </message>
    <message>
        <source>No lyrics: the song&apos;s look-up gave none.</source>
        <translation>Sem letra: a consulta da música não trouxe nenhuma.</translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation>Letra:</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>arquivo ausente</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of this song</source>
        <translation>
            <numerusform>%n versão desta música</numerusform>
            <numerusform>%n versões desta música</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFileCommands</name>
    <message>
        <source>Rename files to the template…</source>
        <translation>Renomear arquivos pelo modelo…</translation>
    </message>
    <message>
        <source>Rename every video and its cover to the file name template in Settings (the renames are shown first)</source>
        <translation>Renomear cada vídeo e sua capa pelo modelo de nome de arquivo das configurações (as mudanças são mostradas antes)</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Localizar…</translation>
    </message>
    <message>
        <source>Pick the file of the selected video where it is now</source>
        <translation>Indicar onde está agora o arquivo do vídeo selecionado</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importar pasta…</translation>
    </message>
    <message>
        <source>Adopt the videos and covers of a folder, matched to songs by the song number in their names or by their content</source>
        <translation>Adotar os vídeos e capas de uma pasta, associados às músicas pelo número da música no nome ou pelo conteúdo</translation>
    </message>
    <message>
        <source>Export picks…</source>
        <translation>Exportar escolhidos…</translation>
    </message>
    <message>
        <source>Copy or hard-link the picked videos and covers into a folder, with a playlist</source>
        <translation>Copiar ou criar links físicos dos vídeos escolhidos e das capas em uma pasta, com uma playlist</translation>
    </message>
    <message>
        <source>Move rejected to trash…</source>
        <translation>Rejeitados para a lixeira…</translation>
    </message>
    <message>
        <source>Move the rejected videos&apos; files to the system trash (asks first)</source>
        <translation>Mover os arquivos dos vídeos rejeitados para a lixeira do sistema (pergunta antes)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>No videos to rename yet.</source>
        <translation>Ainda não há vídeos para renomear.</translation>
    </message>
    <message>
        <source>Planning the renames…</source>
        <translation>Planejando as mudanças de nome…</translation>
    </message>
    <message>
        <source>Rename files to the template</source>
        <translation>Renomear arquivos pelo modelo</translation>
    </message>
    <message numerus="yes">
        <source>“%1” stopped before the end, with %n file(s) left: run it again from the Library menu for the rest.</source>
        <translation>
            <numerusform>“%1” parou antes do fim, com %n arquivo restante: execute de novo pelo menu Biblioteca para o resto.</numerusform>
            <numerusform>“%1” parou antes do fim, com %n arquivos restantes: execute de novo pelo menu Biblioteca para o resto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1; %n file(s) could not be renamed:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1 renomeados; %n arquivo não pôde ser renomeado:</numerusform>
            <numerusform>%1 renomeados; %n arquivos não puderam ser renomeados:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n vídeo</numerusform>
            <numerusform>%n vídeos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a video in the Library first.</source>
        <translation>Selecione primeiro um vídeo na biblioteca.</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>Localizar %1</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>Vídeos MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>%1 does not look like the video of “%2”.</source>
        <translation>%1 não parece o vídeo de “%2”.</translation>
    </message>
    <message>
        <source>Is %1 the video of “%2”?</source>
        <translation>%1 é o vídeo de “%2”?</translation>
    </message>
    <message>
        <source>Link anyway</source>
        <translation>Vincular mesmo assim</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Linked %1 to %2.</source>
        <translation>%1 vinculado a %2.</translation>
    </message>
    <message>
        <source>Import a folder of videos</source>
        <translation>Importar uma pasta de vídeos</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched</source>
        <translation>
            <numerusform>%n arquivo associado</numerusform>
            <numerusform>%n arquivos associados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n já na biblioteca</numerusform>
            <numerusform>%n já na biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>%n não associado</numerusform>
            <numerusform>%n não associados</numerusform>
        </translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>Não associado: %1</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Já na biblioteca</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importar pasta</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>%1: a folder, %2: the counts</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No picked videos to export: pick some with P first.</source>
        <translation>Nenhum vídeo escolhido para exportar: escolha alguns com P primeiro.</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Escolhidos</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n pick(s)…</source>
        <translation>
            <numerusform>Exportando %n escolhido…</numerusform>
            <numerusform>Exportando %n escolhidos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) exported to %1</source>
        <comment>%1: a folder</comment>
        <translation>
            <numerusform>%n vídeo exportado para %1</numerusform>
            <numerusform>%n vídeos exportados para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) hard-linked</source>
        <translation>
            <numerusform>%n arquivo com link físico</numerusform>
            <numerusform>%n arquivos com link físico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copied</source>
        <translation>
            <numerusform>%n copiado</numerusform>
            <numerusform>%n copiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n já existia</numerusform>
            <numerusform>%n já existiam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n ausente</numerusform>
            <numerusform>%n ausentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falhou</numerusform>
            <numerusform>%n falharam</numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist: %1</source>
        <translation>Playlist: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Missing: its file is gone</source>
        <translation>Ausente: o arquivo dele sumiu</translation>
    </message>
    <message>
        <source>Export picks</source>
        <translation>Exportar escolhidos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>No rejected videos with files to move to the trash.</source>
        <translation>Nenhum vídeo rejeitado com arquivos para mover para a lixeira.</translation>
    </message>
    <message>
        <source>Move rejected to trash</source>
        <translation>Mover rejeitados para a lixeira</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n rejected video(s) to the trash?</source>
        <translation>
            <numerusform>Mover %n vídeo rejeitado para a lixeira?</numerusform>
            <numerusform>Mover os %n vídeos rejeitados para a lixeira?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their video and cover files, %1 in all, go to the system trash, where they can be restored. Nothing is deleted.</source>
        <translation>Os arquivos de vídeo e capa deles, %1 no total, vão para a lixeira do sistema, de onde podem ser restaurados. Nada é apagado.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash</source>
        <translation>
            <numerusform>Mover %n para a lixeira</numerusform>
            <numerusform>Mover %n para a lixeira</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n video(s) to the trash…</source>
        <translation>
            <numerusform>Movendo %n vídeo para a lixeira…</numerusform>
            <numerusform>Movendo %n vídeos para a lixeira…</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no trash for %1, so nothing was moved and nothing was deleted.</source>
        <translation>Este sistema não tem lixeira para %1, então nada foi movido e nada foi apagado.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 to the trash; %n file(s) stayed where they are:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1 movidos para a lixeira; %n arquivo ficou onde está:</numerusform>
            <numerusform>%1 movidos para a lixeira; %n arquivos ficaram onde estão:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryList</name>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Cover file missing</source>
        <translation>Arquivo de capa ausente</translation>
    </message>
    <message>
        <source>Song %1 · video %2</source>
        <translation>Música %1 · vídeo %2</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>Música %1</translation>
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
        <translation>Mais novos primeiro</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Mais antigos primeiro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Não revisado</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Escolhidos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitados</translation>
    </message>
    <message>
        <source>Seen or not</source>
        <translation>Vistos ou não</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Não vistos</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>No videos yet: finished songs appear here.</source>
        <translation>Ainda não há vídeos: as músicas concluídas aparecem aqui.</translation>
    </message>
    <message>
        <source>Show videos</source>
        <translation>Mostrar vídeos</translation>
    </message>
    <message>
        <source>Rating at least</source>
        <translation>Avaliação mínima</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Qualquer avaliação</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <source>Search title, note, song or video id…</source>
        <translation>Buscar título, nota, música ou id do vídeo…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Ordem:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter&apos;s choice (how many videos it shows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <comment>%1: one to five stars</comment>
        <translation>%1 ou mais</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n video(s)</source>
        <translation>
            <numerusform>%1 de %n vídeo</numerusform>
            <numerusform>%1 de %n vídeos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n vídeo</numerusform>
            <numerusform>%n vídeos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) missing</source>
        <translation>
            <numerusform> · %n arquivo ausente</numerusform>
            <numerusform> · %n arquivos ausentes</numerusform>
        </translation>
    </message>
    <message>
        <source>No video matches the filter.</source>
        <translation>Nenhum vídeo corresponde ao filtro.</translation>
    </message>
    <message>
        <source>By the list&apos;s column</source>
        <translation>Pela coluna da lista</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All songs</source>
        <translation>Todas as músicas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Mureka Desktop — Demo</source>
        <translation>Mureka Desktop — Demo</translation>
    </message>
    <message>
        <source>Filter by song, title or error…</source>
        <translation>Filtrar por música, título ou erro…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada a desfazer.</translation>
    </message>
    <message>
        <source>Undo review</source>
        <translation>Desfazer revisão</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>Desfazer ocultação</translation>
    </message>
    <message>
        <source>Dropped on the window</source>
        <translation>Solto na janela</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Rodada concluída: %1</translation>
    </message>
    <message>
        <source>%1 Ctrl+Z to undo.</source>
        <translation>%1 Ctrl+Z para desfazer.</translation>
    </message>
</context>
<context>
    <name>MissingBar</name>
    <message>
        <source>Locate…</source>
        <translation>Localizar…</translation>
    </message>
    <message>
        <source>Pick the file where it is now</source>
        <translation>Indicar onde o arquivo está agora</translation>
    </message>
    <message>
        <source>Moved to the trash on %1: restore it from the system trash, or locate the file.</source>
        <translation>Movido para a lixeira em %1: restaure-o da lixeira do sistema, ou localize o arquivo.</translation>
    </message>
    <message>
        <source>The video file is missing: %1</source>
        <translation>O arquivo de vídeo está ausente: %1</translation>
    </message>
    <message>
        <source>no file was recorded</source>
        <translation>nenhum arquivo foi registrado</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Mureka Desktop</source>
        <translation>Mostrar o Mureka Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed.</source>
        <comment>%1: how many videos are done</comment>
        <translation>
            <numerusform>%1, %n com falha.</numerusform>
            <numerusform>%1, %n com falha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done</source>
        <translation>
            <numerusform>%n vídeo concluído</numerusform>
            <numerusform>%n vídeos concluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done.</source>
        <translation>
            <numerusform>%n vídeo concluído.</numerusform>
            <numerusform>%n vídeos concluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mureka Desktop: run finished</source>
        <translation>Mureka Desktop: rodada concluída</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a song to preview it</source>
        <translation>Selecione uma música para ver a prévia</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Reproduzir / pausar (Espaço)</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Sem som</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>Música %1</translation>
    </message>
    <message>
        <source>This song was cancelled.</source>
        <translation>Esta música foi cancelada.</translation>
    </message>
    <message>
        <source>The video appears here once it is downloaded.</source>
        <translation>O vídeo aparece aqui depois de baixado.</translation>
    </message>
    <message>
        <source>The cover file is missing.
%1</source>
        <translation>O arquivo de capa está ausente.
%1</translation>
    </message>
    <message>
        <source>The cover cannot be shown: %1</source>
        <translation>A capa não pode ser mostrada: %1</translation>
    </message>
    <message>
        <source>The video file is missing.
%1</source>
        <translation>O arquivo de vídeo está ausente.
%1</translation>
    </message>
    <message>
        <source>No audio device was found: videos play without sound.</source>
        <translation>Nenhum dispositivo de áudio encontrado: os vídeos tocam sem som.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>O vídeo não pode ser reproduzido: %1</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>Enter your useapi.net token to start.</source>
        <translation>Digite seu token do useapi.net para começar.</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Digitado</translation>
    </message>
    <message>
        <source>From the Mureka account</source>
        <translation>Da conta Mureka</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>A área de transferência não contém texto.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>A área de transferência está vazia.</translation>
    </message>
    <message>
        <source>From the clipboard</source>
        <translation>Da área de transferência</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada a desfazer.</translation>
    </message>
    <message>
        <source>Regenerate videos</source>
        <translation>Gerar vídeos de novo</translation>
    </message>
    <message numerus="yes">
        <source>Make a new video for %n song(s)? Each one costs a credit, even when a video already exists.</source>
        <translation>
            <numerusform>Fazer um vídeo novo para %n música? Cada um custa um crédito, mesmo quando já existe um vídeo.</numerusform>
            <numerusform>Fazer um vídeo novo para %n músicas? Cada um custa um crédito, mesmo quando já existe um vídeo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regenerate %n</source>
        <translation>
            <numerusform>Gerar %n de novo</numerusform>
            <numerusform>Gerar %n de novo</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the error to the clipboard.</source>
        <translation>Erro copiado para a área de transferência.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the links of %n song(s).</source>
        <translation>
            <numerusform>Links de %n música copiados.</numerusform>
            <numerusform>Links de %n músicas copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Exportar a fila</translation>
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
        <translation>A exportação falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n song(s) to %1</source>
        <translation>
            <numerusform>%n música exportada para %1</numerusform>
            <numerusform>%n músicas exportadas para %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Song</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Video id</source>
        <translation>Id do vídeo</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds a generation has run</comment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Drop song ids, links or .txt / .csv / .json files here,
or press Ctrl+V to paste, or Ctrl+N to type them.</source>
        <translation>Solte aqui ids de música, links ou arquivos .txt / .csv / .json,
ou pressione Ctrl+V para colar, ou Ctrl+N para digitá-los.</translation>
    </message>
</context>
<context>
    <name>RenamePreviewDialog</name>
    <message>
        <source>Rename files to the template</source>
        <translation>Renomear arquivos pelo modelo</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) will be renamed to “%1”, each cover with its video.</source>
        <comment>%1: the file name template</comment>
        <translation>
            <numerusform>%n vídeo será renomeado para “%1”, cada capa com seu vídeo.</numerusform>
            <numerusform>%n vídeos serão renomeados para “%1”, cada capa com seu vídeo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already named so.</source>
        <translation>
            <numerusform>%n já tem esse nome.</numerusform>
            <numerusform>%n já têm esse nome.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file skipped.</source>
        <translation>
            <numerusform>%n com arquivo ausente ignorado.</numerusform>
            <numerusform>%n com arquivo ausente ignorados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names already taken get “ (2)”; no file is ever overwritten.</source>
        <translation>Nomes já usados ganham “ (2)”; nenhum arquivo é sobrescrito.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Será</translation>
    </message>
    <message numerus="yes">
        <source>Rename %n</source>
        <translation>
            <numerusform>Renomear %n</numerusform>
            <numerusform>Renomear %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Add songs</source>
        <translation>Adicionar músicas</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>Not song ids (skipped):</source>
        <translation>Não são ids de música (ignorados):</translation>
    </message>
    <message>
        <source>Rejected earlier: not made again (Regenerate makes a new version):</source>
        <translation>Rejeitadas antes: não serão feitas de novo (Gerar de novo cria uma nova versão):</translation>
    </message>
    <message numerus="yes">
        <source>Also generate the %Ln already done song(s) again (costs %Ln credit(s))</source>
        <translation>
            <numerusform>Gerar também de novo %Ln música já concluída (custa %Ln crédito)</numerusform>
            <numerusform>Gerar também de novo as %Ln músicas já concluídas (custa %Ln créditos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln</source>
        <translation>
            <numerusform>Adicionar %Ln</numerusform>
            <numerusform>Adicionar %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nova</numerusform>
            <numerusform>%Ln novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored from an export</source>
        <translation>
            <numerusform>%Ln restaurada de uma exportação</numerusform>
            <numerusform>%Ln restauradas de uma exportação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected earlier: not made again</source>
        <translation>
            <numerusform>%Ln rejeitada antes: não será feita de novo</numerusform>
            <numerusform>%Ln rejeitadas antes: não serão feitas de novo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to retry</source>
        <translation>
            <numerusform>%Ln para tentar de novo</numerusform>
            <numerusform>%Ln para tentar de novo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicada</numerusform>
            <numerusform>%Ln duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already done</source>
        <translation>
            <numerusform>%Ln já concluída</numerusform>
            <numerusform>%Ln já concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln inválida</numerusform>
            <numerusform>%Ln inválidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (line(s) %2)</source>
        <translation>
            <numerusform>%1 (linha %2)</numerusform>
            <numerusform>%1 (linhas %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Ask the API for the accounts behind this token</source>
        <translation>Perguntar à API pelas contas por trás deste token</translation>
    </message>
    <message>
        <source>The token comes from USEAPI_TOKEN; it overrides the saved one.</source>
        <translation>O token vem de USEAPI_TOKEN; ele substitui o salvo.</translation>
    </message>
    <message>
        <source>No system keyring is available: the token is kept for this session only, never written to a file.</source>
        <translation>Nenhum chaveiro do sistema disponível: o token fica guardado só nesta sessão, nunca gravado em arquivo.</translation>
    </message>
    <message>
        <source>Saved in the system keyring; sent only to the API host.</source>
        <translation>Salvo no chaveiro do sistema; enviado só ao servidor da API.</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator needs no token, and videos go to the demo folder.</source>
        <translation>Modo demo: o simulador embutido não precisa de token, e os vídeos vão para a pasta de demo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Fields: {title} the song&apos;s title, {song} the song number, {video} the video id, {date} the day the video was made (YYYY-MM-DD), {model} the model. {{ and }} write a brace.</source>
        <translation>Campos: {title} o título da música, {song} o número da música, {video} o id do vídeo, {date} o dia em que o vídeo foi feito (AAAA-MM-DD), {model} o modelo. {{ e }} escrevem uma chave.</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>generations at once</comment>
        <translation> ao mesmo tempo</translation>
    </message>
    <message>
        <source>Reuse videos that already exist (saves credits)</source>
        <translation>Reutilizar vídeos que já existem (economiza créditos)</translation>
    </message>
    <message>
        <source>Set by the environment variable MUREKA_API_BASE</source>
        <translation>Definido pela variável de ambiente MUREKA_API_BASE</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuar na bandeja do sistema quando a janela for fechada</translation>
    </message>
    <message>
        <source>After a decision, go to the next unreviewed video</source>
        <translation>Após uma decisão, ir para o próximo vídeo não revisado</translation>
    </message>
    <message>
        <source>In the library: P, X and the stars move on by themselves</source>
        <translation>Na biblioteca: P, X e as estrelas avançam sozinhos</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Um novo idioma vale a partir do próximo início.</translation>
    </message>
    <message>
        <source>useapi.net account</source>
        <translation>Conta do useapi.net</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token da API</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Nomes de arquivo</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Gerações</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Idioma da janela</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base da API</translation>
    </message>
    <message>
        <source>Summer Rain</source>
        <translation>Chuva de verão</translation>
    </message>
    <message>
        <source>For new downloads, e.g. %1 (and .png for the cover)</source>
        <translation>Para novos downloads, p. ex. %1 (e .png para a capa)</translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation>Digite um token primeiro.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>✗ The API rejected this token.</source>
        <translation>✗ A API recusou este token.</translation>
    </message>
    <message>
        <source>✗ Check failed: %1</source>
        <translation>✗ A verificação falhou: %1</translation>
    </message>
    <message>
        <source>✓ Token accepted, but no Mureka account is configured on useapi.net.</source>
        <translation>✓ Token aceito, mas nenhuma conta Mureka está configurada no useapi.net.</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>precisa de atenção: %1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>saudável</translation>
    </message>
    <message numerus="yes">
        <source>session %n day(s) old</source>
        <translation>
            <numerusform>sessão de %n dia</numerusform>
            <numerusform>sessão de %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credit(s) left</source>
        <translation>
            <numerusform>%1 crédito restante</numerusform>
            <numerusform>%1 créditos restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Mureka account %2: %3</source>
        <comment>✓ or ✗, the account, its facts</comment>
        <translation>%1 Conta Mureka %2: %3</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between an account&apos;s facts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>That does not look like a useapi.net token (user:&lt;digits&gt;-&lt;letters and digits&gt;).</source>
        <translation>Isso não parece um token do useapi.net (user:&lt;dígitos&gt;-&lt;letras e dígitos&gt;).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Escolher</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
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
        <translation>Sem vídeo: esta música falhou (o erro está acima).</translation>
    </message>
    <message>
        <source>No video: this song failed (no reason was recorded).</source>
        <translation>Sem vídeo: esta música falhou (nenhum motivo registrado).</translation>
    </message>
    <message>
        <source>The API makes no videos for this model; Retry leaves it as it is.</source>
        <translation>A API não faz vídeos para este modelo; Tentar de novo a deixa como está.</translation>
    </message>
    <message>
        <source>Retry failed (Ctrl+Shift+R) tries again.</source>
        <translation>Tentar falhas de novo (Ctrl+Shift+R) tenta outra vez.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentativa</numerusform>
            <numerusform>%n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>song %1</source>
        <translation>música %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último erro: %1</translation>
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
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Gerando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Generating %1: %2</source>
        <translation>Gerando %1: %2</translation>
    </message>
    <message>
        <source>Generating %1/%2 (window %3)</source>
        <translation>Gerando %1/%2 (janela %3)</translation>
    </message>
    <message>
        <source>Generating %1/%2</source>
        <translation>Gerando %1/%2</translation>
    </message>
    <message>
        <source>%1 · paused: %2</source>
        <comment>%2: Mureka accounts</comment>
        <translation>%1 · pausadas: %2</translation>
    </message>
    <message>
        <source>Offline: waiting for the API</source>
        <translation>Offline: aguardando a API</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parada</translation>
    </message>
    <message numerus="yes">
        <source>account %1 paused (%n song(s))</source>
        <translation>
            <numerusform>conta %1 pausada (%n música)</numerusform>
            <numerusform>conta %1 pausada (%n músicas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Running · %1</source>
        <comment>%1: the paused accounts</comment>
        <translation>Em andamento · %1</translation>
    </message>
    <message>
        <source>Nothing queued</source>
        <translation>Nada na fila</translation>
    </message>
    <message>
        <source>Next call in %1 s</source>
        <translation>Próxima chamada em %1 s</translation>
    </message>
    <message>
        <source>Next call: now</source>
        <translation>Próxima chamada: agora</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n concluída</numerusform>
            <numerusform>%n concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falhou</numerusform>
            <numerusform>%n falharam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n na fila</numerusform>
            <numerusform>%n na fila</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>Tempo restante —</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Tempo restante %1</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the songs whose account is not known</comment>
        <translation>padrão</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <comment>%1: a Mureka account</comment>
        <translation>%1 pausada</translation>
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
        <translation>Escolher</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Remover marca</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrela</numerusform>
            <numerusform>%n estrelas</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear stars</source>
        <translation>Apagar estrelas</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
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
        <translation>Adicionar músicas…</translation>
    </message>
    <message>
        <source>Type or paste song ids</source>
        <translation>Digitar ou colar ids de música</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Add song ids from the clipboard</source>
        <translation>Adicionar ids de música da área de transferência</translation>
    </message>
    <message>
        <source>From account…</source>
        <translation>Da conta…</translation>
    </message>
    <message>
        <source>Pick songs from the Mureka account</source>
        <translation>Escolher músicas da conta Mureka</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Start or pause the queue</source>
        <translation>Iniciar ou pausar a fila</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Iniciar / Pausar</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Tentar falhas de novo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected songs from the queue</source>
        <translation>Remover da fila as músicas selecionadas</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Ocultar concluídas</translation>
    </message>
    <message>
        <source>Hide done and cancelled songs from the list (they stay in the history and the export; Ctrl+Z brings them back)</source>
        <translation>Ocultar da lista as músicas concluídas e canceladas (elas continuam no histórico e na exportação; Ctrl+Z as traz de volta)</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>Desfazer ocultação</translation>
    </message>
    <message>
        <source>Bring back the songs the last Clear finished hid</source>
        <translation>Trazer de volta as músicas que o último Ocultar concluídas escondeu</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Gerar de novo…</translation>
    </message>
    <message>
        <source>Make a new video for the selected songs (costs credits)</source>
        <translation>Fazer um vídeo novo para as músicas selecionadas (custa créditos)</translation>
    </message>
    <message>
        <source>Open video</source>
        <translation>Abrir vídeo</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>Copiar links</translation>
    </message>
    <message>
        <source>Copy the video and cover links of the selected songs</source>
        <translation>Copiar os links de vídeo e capa das músicas selecionadas</translation>
    </message>
    <message>
        <source>Copy error</source>
        <translation>Copiar erro</translation>
    </message>
    <message>
        <source>Copy the error of the selected songs</source>
        <translation>Copiar o erro das músicas selecionadas</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Play / pause preview</source>
        <translation>Reproduzir / pausar a prévia</translation>
    </message>
    <message>
        <source>Play the song&apos;s video</source>
        <translation>Reproduzir o vídeo da música</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Show the queue</source>
        <translation>Mostrar a fila</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Show the library: every video made, to review</source>
        <translation>Mostrar a biblioteca: todos os vídeos feitos, para revisar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the queue and history as CSV or JSON</source>
        <translation>Salvar a fila e o histórico como CSV ou JSON</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter the list by song, title or error</source>
        <translation>Filtrar a lista por música, título ou erro</translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation>Atualizar contas</translation>
    </message>
    <message>
        <source>Ask useapi.net for the Mureka accounts&apos; health and credits again</source>
        <translation>Perguntar de novo ao useapi.net a saúde e os créditos das contas Mureka</translation>
    </message>
    <message>
        <source>Show or hide the Mureka accounts under the queue</source>
        <translation>Mostrar ou ocultar as contas Mureka sob a fila</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>About Mureka Desktop</source>
        <translation>Sobre o Mureka Desktop</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir a pasta de log</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar</comment>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>toolbar</comment>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Show songs in state</source>
        <translation>Mostrar músicas no estado</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Filter by song, title or error</source>
        <translation>Filtrar por música, título ou erro</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Running against the built-in simulator: no token, no credits.
Demo songs and videos are kept apart in %1; a normal start does not show them.</source>
        <translation>Rodando com o simulador embutido: sem token, sem créditos.
As músicas e vídeos de demo ficam à parte em %1; um início normal não os mostra.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo demo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Fila</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisão</translation>
    </message>
    <message>
        <source>&amp;Song</source>
        <translation>&amp;Música</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <source>The Mureka account needs attention (%1): %2. Update the account on useapi.net, then resume.</source>
        <comment>account_attention</comment>
        <extracomment>core/queue/events.py; %1: code, %2: error</extracomment>
        <translation>A conta Mureka precisa de atenção (%1): %2. Atualize a conta no useapi.net e retome.</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token any more: its songs wait. Add it again on useapi.net, then resume.</source>
        <comment>account_gone</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>A conta Mureka %1 não está mais neste token: suas músicas aguardam. Adicione-a de novo no useapi.net e retome.</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token: its songs wait. Add the account on useapi.net, or give the songs&apos; ids with their own account.</source>
        <comment>account_not_on_token</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>A conta Mureka %1 não está neste token: suas músicas aguardam. Adicione a conta no useapi.net ou informe os ids das músicas com a própria conta.</translation>
    </message>
    <message>
        <source>Mureka account %1: %2 Songs of other accounts carry on.</source>
        <comment>account_problem</comment>
        <extracomment>core/queue/events.py; %1: account, %2: problem</extracomment>
        <translation>Conta Mureka %1: %2 As músicas das outras contas continuam.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1.</source>
        <comment>accounts_failed</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Não foi possível carregar as contas: %1.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1. Showing what was known before.</source>
        <comment>accounts_failed_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Não foi possível carregar as contas: %1. Mostrando o que se sabia antes.</translation>
    </message>
    <message>
        <source>No useapi.net token: add one in Settings to see the accounts.</source>
        <comment>accounts_no_token</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>Sem token do useapi.net: adicione um nas configurações para ver as contas.</translation>
    </message>
    <message>
        <source>No Mureka account is configured for this token on useapi.net.</source>
        <comment>accounts_none</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>Nenhuma conta Mureka está configurada para este token no useapi.net.</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1).</source>
        <comment>accounts_offline</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Offline: a API não pode ser alcançada (%1).</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Showing what was known before.</source>
        <comment>accounts_offline_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Offline: a API não pode ser alcançada (%1). Mostrando o que se sabia antes.</translation>
    </message>
    <message>
        <source>The API rejected the token (%1): enter a new one in Settings.</source>
        <comment>accounts_token_rejected</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>A API recusou o token (%1): digite um novo nas configurações.</translation>
    </message>
    <message>
        <source>Mureka Desktop is already running on this queue (process %1). Use that window, or close it first.</source>
        <comment>already_running</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>O Mureka Desktop já está rodando nesta fila (processo %1). Use aquela janela, ou feche-a primeiro.</translation>
    </message>
    <message>
        <source>Another mureka-desktop (process %1) is using this data folder. Wait for it to end, or stop it first.</source>
        <comment>already_running_cli</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>Outro mureka-desktop (processo %1) está usando esta pasta de dados. Aguarde até que termine ou interrompa-o primeiro.</translation>
    </message>
    <message>
        <source>Subscription or credits: %1. Top up the account, then resume.</source>
        <comment>billing</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>Assinatura ou créditos: %1. Recarregue a conta e retome.</translation>
    </message>
    <message>
        <source>Cannot use the data folder %1: %2. %3</source>
        <comment>cannot_use_data_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>Não é possível usar a pasta de dados %1: %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the queue database %1: %2. %3</source>
        <comment>cannot_use_database</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>Não é possível usar o banco de dados da fila %1: %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the log folder %1: %2. %3</source>
        <comment>cannot_use_log_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>Não é possível usar a pasta de log %1: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished song(s) (still in the history).</source>
        <comment>cleared</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n música concluída ocultada (ainda no histórico).</numerusform>
            <numerusform>%n músicas concluídas ocultadas (ainda no histórico).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the queue database in %1: %2. %3</source>
        <comment>database_unwritable</comment>
        <extracomment>core/queue/applying.py; %1: folder, %2: error, %3: advice</extracomment>
        <translation>Não é possível gravar o banco de dados da fila em %1: %2. %3</translation>
    </message>
    <message>
        <source>The disk is full: %1. Free some space, then resume.</source>
        <comment>disk_full</comment>
        <extracomment>core/queue/download_jobs.py; %1: error</extracomment>
        <translation>O disco está cheio: %1. Libere espaço e retome.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pick(s).</source>
        <comment>exported</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>
            <numerusform>%n escolhido exportado.</numerusform>
            <numerusform>%n escolhidos exportados.</numerusform>
        </translation>
    </message>
    <message>
        <source>That file is already in the library as %1.</source>
        <comment>file_in_library</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>Esse arquivo já está na biblioteca como %1.</translation>
    </message>
    <message>
        <source>it is not a directory (a file is in the way)</source>
        <comment>folder_in_the_way</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>não é um diretório (um arquivo está no caminho)</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <comment>folder_is_a_file</comment>
        <extracomment>core/queue/download_jobs.py</extracomment>
        <translation>é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>it is not writable (operation not permitted)</source>
        <comment>folder_not_permitted</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>não é gravável (operação não permitida)</translation>
    </message>
    <message>
        <source>it is not writable (permission denied)</source>
        <comment>folder_permission_denied</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>não é gravável (permissão negada)</translation>
    </message>
    <message>
        <source>it is not writable (read-only file system)</source>
        <comment>folder_read_only</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>não é gravável (sistema de arquivos somente leitura)</translation>
    </message>
    <message>
        <source>Found %1 again.</source>
        <comment>found_again</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>%1 encontrado de novo.</translation>
    </message>
    <message>
        <source>song number in the name: %1 (found again)</source>
        <comment>import_by_number</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>número da música no nome: %1 (encontrado de novo)</translation>
    </message>
    <message>
        <source>the cover of %1 (found again)</source>
        <comment>import_cover_found</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>a capa de %1 (encontrada de novo)</translation>
    </message>
    <message>
        <source>the cover of %1</source>
        <comment>import_cover_of</comment>
        <extracomment>core/library/importing.py; %1: name</extracomment>
        <translation>a capa de %1</translation>
    </message>
    <message>
        <source>song %1, %2 (new to this library)</source>
        <comment>import_new_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>música %1, %2 (nova nesta biblioteca)</translation>
    </message>
    <message>
        <source>song %1 (new to this library)</source>
        <comment>import_new_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>música %1 (nova nesta biblioteca)</translation>
    </message>
    <message>
        <source>a new version of %1</source>
        <comment>import_new_version</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>uma nova versão de %1</translation>
    </message>
    <message>
        <source>no song number in the name and no video with this content</source>
        <comment>import_no_match</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>nenhum número de música no nome e nenhum vídeo com este conteúdo</translation>
    </message>
    <message>
        <source>no video of the library lacks this cover</source>
        <comment>import_no_video</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>nenhum vídeo da biblioteca está sem esta capa</translation>
    </message>
    <message>
        <source>not an MP4 video</source>
        <comment>import_not_mp4</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>não é um vídeo MP4</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) came in done from an imported folder.</source>
        <comment>import_restored</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n música chegou concluída de uma pasta importada.</numerusform>
            <numerusform>%n músicas chegaram concluídas de uma pasta importada.</numerusform>
        </translation>
    </message>
    <message>
        <source>same content as %1 (found again)</source>
        <comment>import_same_content</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>mesmo conteúdo que %1 (encontrado de novo)</translation>
    </message>
    <message>
        <source>song %1, %2</source>
        <comment>import_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>música %1, %2</translation>
    </message>
    <message>
        <source>song %1</source>
        <comment>import_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>música %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <comment>imported</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n arquivo importado.</numerusform>
            <numerusform>%n arquivos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: %1. Resume to try again; the log has the details.</source>
        <comment>internal_error</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>Erro interno: %1. Retome para tentar de novo; o log tem os detalhes.</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <comment>job_done</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done</extracomment>
        <translation>%1: %2 concluídos.</translation>
    </message>
    <message>
        <source>export of picks</source>
        <comment>job_export</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>exportação de escolhidos</translation>
    </message>
    <message>
        <source>import of a folder</source>
        <comment>job_import</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>importação de uma pasta</translation>
    </message>
    <message>
        <source>locating missing files</source>
        <comment>job_locate</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>localização de arquivos ausentes</translation>
    </message>
    <message>
        <source>Paused by the user</source>
        <comment>paused</comment>
        <extracomment>core/queue/scheduler.py</extracomment>
        <translation>Pausado pelo usuário</translation>
    </message>
    <message>
        <source>Not started: the app is quitting.</source>
        <comment>job_not_started</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>Não iniciado: o aplicativo está fechando.</translation>
    </message>
    <message>
        <source>The Mureka account needs attention: %1. Update the account on useapi.net, then resume.</source>
        <comment>account_attention_no_code</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>A conta Mureka precisa de atenção: %1. Atualize a conta no useapi.net e depois retome.</translation>
    </message>
    <message>
        <source>useapi.net did not list the accounts in time; going on with what is known.</source>
        <comment>accounts_late</comment>
        <extracomment>core/queue/roster.py</extracomment>
        <translation>O useapi.net não listou as contas a tempo; seguindo com o que se sabe.</translation>
    </message>
    <message>
        <source>An interrupted %1 was completed on disk (%2 finished, %3 not started); %4 left to do: run it again.</source>
        <comment>job_recovered</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: forward, %3: back, %4: left</extracomment>
        <translation>Uma operação interrompida (%1) foi concluída no disco (%2 concluídos, %3 não iniciados); faltam %4: execute de novo.</translation>
    </message>
    <message>
        <source>rename to the template</source>
        <comment>job_rename</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>renomeação pelo modelo</translation>
    </message>
    <message>
        <source>Stopped the %1: %2 done, %3 left; run it again for the rest.</source>
        <comment>job_stopped</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done, %3: left</extracomment>
        <translation>Parado (%1): %2 concluídos, %3 restantes; execute de novo para o resto.</translation>
    </message>
    <message>
        <source>move to the trash</source>
        <comment>job_trash</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>envio para a lixeira</translation>
    </message>
    <message>
        <source>Its content differs from the video downloaded: it is another video, or a changed copy.</source>
        <comment>locate_differs</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>O conteúdo dele difere do vídeo baixado: é outro vídeo, ou uma cópia alterada.</translation>
    </message>
    <message>
        <source>It is not an MP4 video.</source>
        <comment>locate_not_mp4</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Não é um vídeo MP4.</translation>
    </message>
    <message>
        <source>Its content matches the video downloaded.</source>
        <comment>locate_same</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>O conteúdo dele corresponde ao vídeo baixado.</translation>
    </message>
    <message>
        <source>It has the size of the video downloaded, but no content hash was recorded to be sure.</source>
        <comment>locate_same_size</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Ele tem o tamanho do vídeo baixado, mas nenhum hash do conteúdo foi registrado para ter certeza.</translation>
    </message>
    <message>
        <source>It is %1 bytes; the video downloaded was %2 bytes.</source>
        <comment>locate_size_differs</comment>
        <extracomment>core/library/disk.py; %1: size, %2: recorded</extracomment>
        <translation>Ele tem %1 bytes; o vídeo baixado tinha %2 bytes.</translation>
    </message>
    <message>
        <source>Nothing was recorded at download to compare it with.</source>
        <comment>locate_unknown</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Nada foi registrado no download para comparar.</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <comment>name_taken</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>já existe um arquivo com esse nome</translation>
    </message>
    <message>
        <source>New video: %1</source>
        <comment>new_video</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Vídeo novo: %1</translation>
    </message>
    <message>
        <source>no free name</source>
        <comment>no_free_name</comment>
        <extracomment>core/library/export.py</extracomment>
        <translation>nenhum nome livre</translation>
    </message>
    <message>
        <source>No system keyring: the token is kept for this session only.</source>
        <comment>no_keyring</comment>
        <extracomment>core/engine/settings.py</extracomment>
        <translation>Sem chaveiro do sistema: o token fica guardado só nesta sessão.</translation>
    </message>
    <message>
        <source>Not seen: %1.</source>
        <comment>not_seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Não visto: %1.</translation>
    </message>
    <message>
        <source>Noted %1.</source>
        <comment>noted</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Nota salva em %1.</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Nothing is lost; the queue carries on by itself when the API answers again.</source>
        <comment>offline</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>Offline: a API não pode ser alcançada (%1). Nada se perde; a fila continua sozinha quando a API responder de novo.</translation>
    </message>
    <message>
        <source>Cannot write to the output folder %1: %2. Choose another folder (Settings, or --out) or fix its permissions, then resume.</source>
        <comment>output_unwritable</comment>
        <extracomment>core/queue/download_jobs.py; %1: folder, %2: why</extracomment>
        <translation>Não é possível gravar na pasta de saída %1: %2. Escolha outra pasta (Configurações, ou --out) ou corrija as permissões dela e retome.</translation>
    </message>
    <message>
        <source>Picked %1.</source>
        <comment>picked</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 escolhido.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n finished song(s).</source>
        <comment>put_back</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n música concluída trazida de volta.</numerusform>
            <numerusform>%n músicas concluídas trazidas de volta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s).</source>
        <comment>queued</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n música na fila.</numerusform>
            <numerusform>%n músicas na fila.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %1; restored %n from an export.</source>
        <comment>queued_restored</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1 na fila; %n restaurada de uma exportação.</numerusform>
            <numerusform>%1 na fila; %n restauradas de uma exportação.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %1 %n star(s).</source>
        <comment>rated</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>
            <numerusform>%1 avaliado com %n estrela.</numerusform>
            <numerusform>%1 avaliado com %n estrelas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s) to regenerate.</source>
        <comment>regenerating</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n música na fila para gerar de novo.</numerusform>
            <numerusform>%n músicas na fila para gerar de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <comment>rejected</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 rejeitado.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n song(s).</source>
        <comment>removed</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n música removida.</numerusform>
            <numerusform>%n músicas removidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1; kept %n song(s) still generating or downloading.</source>
        <comment>removed_kept</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1 removidas; %n música mantida, ainda sendo gerada ou baixada.</numerusform>
            <numerusform>%1 removidas; %n músicas mantidas, ainda sendo geradas ou baixadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n video(s) to the file name template.</source>
        <comment>renamed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n vídeo renomeado pelo modelo de nome de arquivo.</numerusform>
            <numerusform>%n vídeos renomeados pelo modelo de nome de arquivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back from the trash: %n video(s).</source>
        <comment>restored_from_trash</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>De volta da lixeira: %n vídeo.</numerusform>
            <numerusform>De volta da lixeira: %n vídeos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) queued again.</source>
        <comment>retrying</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n música de novo na fila.</numerusform>
            <numerusform>%n músicas de novo na fila.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <comment>seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Visto: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The Mureka account has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held</comment>
        <extracomment>core/queue/applying.py</extracomment>
        <translation>
            <numerusform>A conta Mureka está com todas as vagas de geração ocupadas há %n minuto sem que nenhuma seja deste app: outras gerações (músicas sendo feitas no mureka.ai?) as ocupam. Retome quando terminarem.</numerusform>
            <numerusform>A conta Mureka está com todas as vagas de geração ocupadas há %n minutos sem que nenhuma seja deste app: outras gerações (músicas sendo feitas no mureka.ai?) as ocupam. Retome quando terminarem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mureka account %1 has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held_account</comment>
        <extracomment>core/queue/applying.py; %1: account</extracomment>
        <translation>
            <numerusform>A conta Mureka %1 está com todas as vagas de geração ocupadas há %n minuto sem que nenhuma seja deste app: outras gerações (músicas sendo feitas no mureka.ai?) as ocupam. Retome quando terminarem.</numerusform>
            <numerusform>A conta Mureka %1 está com todas as vagas de geração ocupadas há %n minutos sem que nenhuma seja deste app: outras gerações (músicas sendo feitas no mureka.ai?) as ocupam. Retome quando terminarem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <comment>songs</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n música</numerusform>
            <numerusform>%n músicas</numerusform>
        </translation>
    </message>
    <message>
        <source>Spacing reset: calls are spaced per Mureka account until a rejected call shows the rule is token-wide.</source>
        <comment>spacing_reset</comment>
        <extracomment>core/engine/accounts.py</extracomment>
        <translation>Espaçamento redefinido: as chamadas são espaçadas por conta Mureka até uma chamada recusada mostrar que a regra vale para o token inteiro.</translation>
    </message>
    <message>
        <source>Cleared the stars of %1.</source>
        <comment>stars_cleared</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Estrelas de %1 apagadas.</translation>
    </message>
    <message>
        <source>The file is damaged (your video files are not in it). Move it aside and start again: re-importing an export (`mureka-desktop generate export.csv`) restores the finished songs without paying again.</source>
        <comment>store_damaged</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>O arquivo está danificado (seus arquivos de vídeo não estão nele). Mova-o para o lado e comece de novo: reimportar uma exportação (`mureka-desktop generate export.csv`) restaura as músicas concluídas sem pagar de novo.</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <comment>store_disk_full</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>O disco está cheio: libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>Another program holds the database: close it, then try again.</source>
        <comment>store_locked</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Outro programa está com o banco de dados: feche-o e tente de novo.</translation>
    </message>
    <message>
        <source>Move the file aside or use another folder with --data-dir, then try again.</source>
        <comment>store_move_aside</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Mova o arquivo para o lado ou use outra pasta com --data-dir e tente de novo.</translation>
    </message>
    <message>
        <source>it was written by a newer Mureka Desktop (schema %1); this one knows schema %2</source>
        <comment>store_newer</comment>
        <extracomment>core/storage/store.py; %1: version, %2: known</extracomment>
        <translation>ele foi gravado por um Mureka Desktop mais novo (esquema %1); este conhece o esquema %2</translation>
    </message>
    <message>
        <source>The file holds no Mureka Desktop queue (empty, or another program&apos;s database): check --data-dir (or MUREKA_DESKTOP_HOME).</source>
        <comment>store_not_a_queue</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>O arquivo não contém uma fila do Mureka Desktop (vazio, ou o banco de dados de outro programa): verifique --data-dir (ou MUREKA_DESKTOP_HOME).</translation>
    </message>
    <message>
        <source>The data folder is read-only or not accessible: make it writable, or use another folder with --data-dir (or MUREKA_DESKTOP_HOME). `mureka-desktop export` can still read it.</source>
        <comment>store_read_only</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>A pasta de dados é somente leitura ou inacessível: torne-a gravável, ou use outra pasta com --data-dir (ou MUREKA_DESKTOP_HOME). `mureka-desktop export` ainda consegue lê-la.</translation>
    </message>
    <message>
        <source>Update Mureka Desktop.</source>
        <comment>store_update</comment>
        <extracomment>core/storage/store.py</extracomment>
        <translation>Atualize o Mureka Desktop.</translation>
    </message>
    <message>
        <source>The file name template has an unmatched %1: write %2 for the character itself</source>
        <comment>template_braces</comment>
        <extracomment>core/library/naming.py; %1: brace, %2: double</extracomment>
        <translation>O modelo de nome de arquivo tem um %1 sem par: escreva %2 para o próprio caractere</translation>
    </message>
    <message>
        <source>The file name template is empty: use for example %1</source>
        <comment>template_empty</comment>
        <extracomment>core/library/naming.py; %1: example</extracomment>
        <translation>O modelo de nome de arquivo está vazio: use por exemplo %1</translation>
    </message>
    <message>
        <source>Empty braces %1 in the file name template: name a field, %2</source>
        <comment>template_empty_braces</comment>
        <extracomment>core/library/naming.py; %1: braces, %2: fields</extracomment>
        <translation>Chaves vazias %1 no modelo de nome de arquivo: nomeie um campo, %2</translation>
    </message>
    <message>
        <source>A file name template cannot make folders: remove %1</source>
        <comment>template_folders</comment>
        <extracomment>core/library/naming.py; %1: slashes</extracomment>
        <translation>Um modelo de nome de arquivo não pode criar pastas: remova %1</translation>
    </message>
    <message>
        <source>Field %1 cannot carry a format (: or !) in the file name template</source>
        <comment>template_format</comment>
        <extracomment>core/library/naming.py; %1: field</extracomment>
        <translation>O campo %1 não pode ter formato (: ou !) no modelo de nome de arquivo</translation>
    </message>
    <message>
        <source>The file name template names no field: use %1</source>
        <comment>template_no_field</comment>
        <extracomment>core/library/naming.py; %1: fields</extracomment>
        <translation>O modelo de nome de arquivo não nomeia nenhum campo: use %1</translation>
    </message>
    <message>
        <source>The template has no %1: Import folder will then match these files by their content only.</source>
        <comment>template_no_song</comment>
        <extracomment>core/library/naming.py; %1: song</extracomment>
        <translation>O modelo não tem %1: Importar pasta vai associar esses arquivos apenas pelo conteúdo.</translation>
    </message>
    <message>
        <source>Unknown field %1 in the file name template: use %2</source>
        <comment>template_unknown_field</comment>
        <extracomment>core/library/naming.py; %1: field, %2: fields</extracomment>
        <translation>Campo desconhecido %1 no modelo de nome de arquivo: use %2</translation>
    </message>
    <message>
        <source>The API rejected the token or the Mureka login: %1. Enter a new token in Settings, then resume.</source>
        <comment>token_rejected</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>A API recusou o token ou o login Mureka: %1. Digite um novo token nas configurações e retome.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n rejected video(s) to the trash.</source>
        <comment>trashed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n vídeo rejeitado movido para a lixeira.</numerusform>
            <numerusform>%n vídeos rejeitados movidos para a lixeira.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <comment>undone</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Desfeito: %1 voltou a ser como era.</translation>
    </message>
    <message>
        <source>Unflagged %1.</source>
        <comment>unflagged</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Marca removida de %1.</translation>
    </message>
</context>
</TS>
