<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DnsServerSection</name>
    <message>
        <source>DNS server for the checks</source>
        <translation>確認に使う DNS サーバ</translation>
    </message>
    <message>
        <source>The checks ask a DNS server. Public DNS services such as 8.8.8.8 or 1.1.1.1 are refused by some blacklists (Spamhaus), so their results would be “not tested”. Your company&apos;s or your internet provider&apos;s DNS server usually works.</source>
        <translation>確認は DNS サーバに問い合わせて行います。8.8.8.8 や 1.1.1.1 のような公開 DNS サービスは一部のブラックリスト (Spamhaus) に拒否されるため、結果が「確認できず」になります。会社やプロバイダの DNS サーバなら、たいてい問題なく使えます。</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Use this computer&apos;s DNS settings ({servers})</source>
        <translation>このパソコンの DNS 設定を使う ({servers})</translation>
    </message>
    <message>
        <source>Use this &amp;DNS server:</source>
        <translation>次の DNS サーバを使う(&amp;D):</translation>
    </message>
    <message>
        <source>e.g. 192.0.2.53 or 192.0.2.53:5353</source>
        <translation>例: 192.0.2.53 または 192.0.2.53:5353</translation>
    </message>
    <message>
        <source>DNS server address</source>
        <translation>DNS サーバのアドレス</translation>
    </message>
    <message>
        <source>Please enter the DNS server&apos;s IP address.</source>
        <translation>DNS サーバの IP アドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Mail Mamori: unexpected problem</source>
        <translation>メールまもり: 予期しない問題</translation>
    </message>
    <message>
        <source>Sorry, something unexpected went wrong. What you entered has been saved automatically, so you can continue.</source>
        <translation>申し訳ありません。予期しない問題が発生しました。入力した内容は自動保存されていますので、そのまま続けられます。</translation>
    </message>
    <message>
        <source>The details were written to this log file:
{path}

If it happens again, please send this file to your support contact.</source>
        <translation>詳しい内容は次のログファイルに記録しました:
{path}

繰り返し起きる場合は、このファイルをサポート窓口に送ってください。</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>ログのフォルダを開く</translation>
    </message>
    <message>
        <source>Mail Mamori</source>
        <translation>メールまもり</translation>
    </message>
</context>
<context>
    <name>MamoriWizard</name>
    <message>
        <source>Opened: {name}</source>
        <translation>開きました: {name}</translation>
    </message>
    <message>
        <source>The case cannot be opened</source>
        <translation>事案ファイルを開けません</translation>
    </message>
    <message>
        <source>A backup saved on {when} is available. Open the backup instead? The damaged file is kept as “{damaged}”.</source>
        <translation>{when} に保存されたバックアップがあります。代わりにバックアップを開きますか？ 壊れたファイルは「{damaged}」として残します。</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>バックアップを開く</translation>
    </message>
    <message>
        <source>Could not save!</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>保存に失敗しました</translation>
    </message>
    <message>
        <source>The case could not be saved to {path} ({reason}). Your input is still here; check the disk and try again.</source>
        <translation>事案を {path} に保存できませんでした ({reason})。入力した内容は画面に残っています。ディスクの空き容量などを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Saved automatically at {time}</source>
        <translation>{time} に自動保存しました</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>設定(&amp;G)…</translation>
    </message>
    <message>
        <source>Mail Mamori</source>
        <translation>メールまもり</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>Situation</source>
        <translation>状況の確認</translation>
    </message>
    <message>
        <source>Tell us about your company and what happened. Fill in what you know; you can come back and add more later. Only the domain is required.</source>
        <translation>会社のことと、何が起きたかを教えてください。分かる範囲で構いません。あとから戻って追記できます。必須はドメイン名だけです。</translation>
    </message>
    <message>
        <source>Full-width characters are fine: addresses and numbers are converted automatically. Dates can be written like 2026-11-16 09:40 or 2026年11月16日 9時40分.</source>
        <translation>全角で入力しても大丈夫です。アドレスや数字は自動で半角に直します。日時は「2026-11-16 09:40」や「2026年11月16日 9時40分」のように書けます。</translation>
    </message>
    <message>
        <source>Company and contact person</source>
        <translation>会社とご担当者</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>会社名(&amp;C):</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>ご担当者名(&amp;P):</translation>
    </message>
    <message>
        <source>Depart&amp;ment / title:</source>
        <translation>部署・役職(&amp;M):</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>連絡先メール(&amp;E):</translation>
    </message>
    <message>
        <source>Your mail system</source>
        <translation>メールの環境</translation>
    </message>
    <message>
        <source>&amp;Domain name (required):</source>
        <translation>ドメイン名 (必須)(&amp;D):</translation>
    </message>
    <message>
        <source>e.g. example.co.jp</source>
        <translation>例: example.co.jp</translation>
    </message>
    <message>
        <source>Please enter your domain: the part after @ in your mail address.</source>
        <translation>ドメイン名を入力してください。メールアドレスの @ より後ろの部分です。</translation>
    </message>
    <message>
        <source>&amp;Server name (if known):</source>
        <translation>サーバ名 (分かれば)(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. sv1234.xserver.jp, from the control panel</source>
        <translation>例: sv1234.xserver.jp (コントロールパネルに表示されています)</translation>
    </message>
    <message>
        <source>Server &amp;administrator:</source>
        <translation>サーバの管理者(&amp;A):</translation>
    </message>
    <message>
        <source>who looks after the server and mail accounts</source>
        <translation>サーバやメールアカウントを管理している人</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>起きたこと</translation>
    </message>
    <message>
        <source>e.g. 2026-11-16 09:40</source>
        <translation>例: 2026-11-16 09:40</translation>
    </message>
    <message>
        <source>Wha&amp;t you noticed:</source>
        <translation>気付いたときの様子(&amp;T):</translation>
    </message>
    <message>
        <source>In your own words: what you saw, who told you, what you checked.</source>
        <translation>ご自分の言葉で: 何を見たか、誰から知らされたか、何を確認したか。</translation>
    </message>
    <message>
        <source>One address per line, e.g. info@example.co.jp</source>
        <translation>1 行に 1 アドレス。例: info@example.co.jp</translation>
    </message>
    <message>
        <source>e.g. 300000 or 30万</source>
        <translation>例: 300000 または 30万</translation>
    </message>
    <message>
        <source>Rough estimate</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話番号(&amp;H):</translation>
    </message>
    <message>
        <source>Hosting compan&amp;y:</source>
        <translation>レンタルサーバ・メールサービス(&amp;Y):</translation>
    </message>
    <message>
        <source>Name of the pro&amp;vider:</source>
        <translation>事業者の名前(&amp;V):</translation>
    </message>
    <message>
        <source>Noticed &amp;on:</source>
        <translation>気付いた日時(&amp;O):</translation>
    </message>
    <message>
        <source>Ho&amp;w it was noticed:</source>
        <translation>気付いたきっかけ(&amp;W):</translation>
    </message>
    <message>
        <source>Misused mail acco&amp;unts:</source>
        <translation>不正に使われたメールアカウント(&amp;U):</translation>
    </message>
    <message>
        <source>Spam sent (number of ma&amp;ils):</source>
        <translation>送られた迷惑メールの数(&amp;I):</translation>
    </message>
    <message>
        <source>Counted from &amp;logs</source>
        <translation>ログで数えた(&amp;L)</translation>
    </message>
    <message>
        <source>Timeline of events and actions taken</source>
        <translation>時系列・初動対応</translation>
    </message>
    <message>
        <source>List what happened and what was done, with the time (Japan time). Vendors need times to match events with server logs.</source>
        <translation>起きたことと行った対応を、日時 (日本時間) と一緒に書いてください。日時があると、ベンダーがサーバのログと照らし合わせられます。</translation>
    </message>
    <message>
        <source>The number is an estimate</source>
        <translation>数は推定です</translation>
    </message>
    <message>
        <source>The number was counted from logs</source>
        <translation>数はログで数えました</translation>
    </message>
    <message>
        <source>Could not log in (FTP, control panel, mail)</source>
        <translation>ログインできなくなった (FTP・コントロールパネル・メール)</translation>
    </message>
    <message>
        <source>Many “undeliverable” mails came back</source>
        <translation>「配送できませんでした」というメールが大量に届いた</translation>
    </message>
    <message>
        <source>Customers said our mail does not arrive</source>
        <translation>取引先から「メールが届かない」と言われた</translation>
    </message>
    <message>
        <source>Customers received spam from our address</source>
        <translation>取引先に自社のアドレスから迷惑メールが届いた</translation>
    </message>
    <message>
        <source>The hosting company warned us or stopped mail</source>
        <translation>レンタルサーバ会社から警告が来た・メールを止められた</translation>
    </message>
    <message>
        <source>A blacklist check showed a listing</source>
        <translation>ブラックリストの確認で掲載が分かった</translation>
    </message>
    <message>
        <source>A security vendor or consultant found it</source>
        <translation>セキュリティ会社やコンサルタントが見つけた</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>(please choose)</source>
        <translation>(選んでください)</translation>
    </message>
    <message>
        <source>Checked as {ascii} (the form DNS uses).</source>
        <translation>{ascii} として確認します (DNS で使われる形式)。</translation>
    </message>
    <message>
        <source>Read as {when} (Japan time).</source>
        <translation>{when} (日本時間) と読み取りました。</translation>
    </message>
    <message>
        <source>Read as {count} mails.</source>
        <translation>{count} 通と読み取りました。</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>{line} 行目: {problem}</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps of the wizard</source>
        <translation>ウィザードの手順</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>現在の手順</translation>
    </message>
    <message>
        <source>done</source>
        <translation>済み</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未着手</translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What happened / what was done</source>
        <translation>出来事・対応</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>対応者</translation>
    </message>
    <message>
        <source>Evidence kept</source>
        <translation>保全した証拠</translation>
    </message>
    <message>
        <source>Timeline of events and actions</source>
        <translation>時系列・初動対応の表</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>行を追加(&amp;R)</translation>
    </message>
    <message>
        <source>Add row for &amp;just now</source>
        <translation>現在の日時で行を追加(&amp;J)</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>選んだ行を削除</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>{row} 行目: {problem}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Mail Mamori</source>
        <translation>メールまもりへようこそ</translation>
    </message>
    <message>
        <source>Step by step, this wizard helps you recover after your mail server was misused to send spam, and keeps it from happening again.</source>
        <translation>メールサーバが乗っ取られて迷惑メールの送信に使われたときの立て直しと、再発の防止を、順番にお手伝いします。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>When a mail account is taken over, spam is sent in your name, your domain lands on blacklists and your mail stops arriving. You do not need technical knowledge: answer the questions on each page and the app does the checks.</source>
        <translation>メールアカウントが乗っ取られると、御社の名前で迷惑メールが送られ、ドメインがブラックリストに載り、メールが届かなくなります。専門知識は要りません。各ページの質問に答えていただければ、確認作業はこのアプリが行います。</translation>
    </message>
    <message>
        <source>What the wizard does</source>
        <translation>このウィザードでできること</translation>
    </message>
    <message>
        <source>1. Situation: what happened and when.
2. Blacklists: whether your domain and mail servers are listed, and how to get removed.
3. Passwords and accounts: strong passwords for every mailbox, accounts of staff who left.
4. Sender authentication: a correct SPF record (and DMARC) for your domain.
5. Report: a PDF summary in Japanese for your security vendor.</source>
        <translation>1. 状況の確認: いつ、何が起きたか。
2. ブラックリスト確認: ドメインやメールサーバが載っていないか、載っていたら解除の方法。
3. パスワードとアカウント: すべてのメールアカウントに強いパスワードを。退職した人のアカウントの整理も。
4. 送信ドメイン認証: ドメインに正しい SPF レコード (と DMARC) を設定。
5. 報告書: セキュリティ会社に渡す日本語の PDF を作成。</translation>
    </message>
    <message>
        <source>Have at hand</source>
        <translation>お手元にご用意ください</translation>
    </message>
    <message>
        <source>• Your domain name (the part after @ in your mail address)
• The login for your hosting company&apos;s control panel
• A list of your company&apos;s mail addresses and who uses them
• Any “undeliverable” mails that came back, and notes of what happened when</source>
        <translation>• ドメイン名 (メールアドレスの @ より後ろの部分)
• レンタルサーバのコントロールパネルのログイン情報
• 社内のメールアドレスの一覧と、それぞれの利用者
• 戻ってきた「配送できませんでした」のメールと、いつ何があったかのメモ</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>プライバシーについて</translation>
    </message>
    <message>
        <source>Only DNS queries (the same lookups every mail server makes) leave this computer. Passwords you test are never saved anywhere. Everything you enter is saved only on this computer, in a case file you can open again later.</source>
        <translation>このパソコンの外に送られるのは DNS の問い合わせ (メールサーバが普段から行っているのと同じ確認) だけです。確認したパスワードはどこにも保存しません。入力した内容はこのパソコンの中の事案ファイルにだけ保存され、あとから開き直せます。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>&amp;Start a new case</source>
        <translation>新しく始める(&amp;S)</translation>
    </message>
    <message>
        <source>Begin with the situation of the incident.</source>
        <translation>まず、起きたことの状況から入力します。</translation>
    </message>
    <message>
        <source>&amp;Open a saved case…</source>
        <translation>保存した事案を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Continue where you left off.</source>
        <translation>前回の続きから再開します。</translation>
    </message>
    <message>
        <source>&amp;Recently used cases (double-click or Enter to open):</source>
        <translation>最近使った事案 (ダブルクリックか Enter で開きます)(&amp;R):</translation>
    </message>
    <message>
        <source>Recently used cases</source>
        <translation>最近使った事案</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Open a saved case</source>
        <translation>保存した事案を開く</translation>
    </message>
    <message>
        <source>Mail Mamori cases (*{suffix});;All files (*)</source>
        <translation>メールまもりの事案 (*{suffix});;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <source>“{name}” was saved by a newer version of Mail Mamori (format {version}). Please update the app to open it.</source>
        <translation>「{name}」は新しいバージョンのメールまもりで保存されています (形式 {version})。開くにはアプリを更新してください。</translation>
    </message>
    <message>
        <source>“{name}” contains a value that cannot be read ({field}: {problem}).</source>
        <translation>「{name}」に読み取れない値があります ({field}: {problem})。</translation>
    </message>
    <message>
        <source>“{name}” is not a Mail Mamori case file.</source>
        <translation>「{name}」はメールまもりの事案ファイルではありません。</translation>
    </message>
    <message>
        <source>The case file “{name}” was not found.</source>
        <translation>事案ファイル「{name}」が見つかりません。</translation>
    </message>
    <message>
        <source>“{name}” is too large to be a case file ({size} MB).</source>
        <translation>「{name}」は事案ファイルとしては大きすぎます ({size} MB)。</translation>
    </message>
    <message>
        <source>“{name}” could not be read ({reason}).</source>
        <translation>「{name}」を読み込めませんでした ({reason})。</translation>
    </message>
    <message>
        <source>“{name}” is empty. It may have been cut off while saving.</source>
        <translation>「{name}」は空です。保存の途中で中断された可能性があります。</translation>
    </message>
    <message>
        <source>“{name}” is damaged (it may have been cut off while saving or edited by hand) and cannot be opened.</source>
        <translation>「{name}」は壊れているため開けません (保存の途中で中断されたか、手で編集された可能性があります)。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The command line is not valid</source>
        <translation>コマンドラインの指定に誤りがあります</translation>
    </message>
    <message>
        <source>Mail Mamori: check blacklists, passwords and SPF/DMARC after a mail server hijack. Without arguments the wizard opens.</source>
        <translation>メールまもり: メールサーバ乗っ取り後のブラックリスト・パスワード・SPF/DMARC を確認します。引数なしで起動するとウィザードが開きます。</translation>
    </message>
    <message>
        <source>language of the output (default: ja)</source>
        <translation>出力の言語 (既定: ja)</translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation>機械処理用の JSON を出力する</translation>
    </message>
    <message>
        <source>DNS server to ask (HOST, HOST:PORT or [IPv6]:PORT); default: the system&apos;s</source>
        <translation>問い合わせる DNS サーバ (HOST、HOST:PORT または [IPv6]:PORT)。既定はシステムの設定</translation>
    </message>
    <message>
        <source>seconds to wait for each DNS answer (default {timeout})</source>
        <translation>DNS の応答を待つ秒数 (既定 {timeout})</translation>
    </message>
    <message>
        <source>work with incident case files</source>
        <translation>事案ファイルを扱う</translation>
    </message>
    <message>
        <source>print a realistic example case as JSON</source>
        <translation>実例に近いサンプル事案を JSON で出力する</translation>
    </message>
</context>
<context>
    <name>dns</name>
    <message>
        <source>No domain name was entered.</source>
        <translation>ドメイン名が入力されていません。</translation>
    </message>
    <message>
        <source>“{name}” is not a valid domain name. Check it for typing mistakes, spaces or missing parts (for example: example.co.jp).</source>
        <translation>「{name}」はドメイン名として正しくありません。入力ミスや空白、抜けている部分がないかご確認ください (例: example.co.jp)。</translation>
    </message>
    <message>
        <source>The DNS server answered.</source>
        <translation>DNS サーバから応答がありました。</translation>
    </message>
    <message>
        <source>This name does not exist in DNS.</source>
        <translation>この名前は DNS に登録されていません。</translation>
    </message>
    <message>
        <source>This name exists, but has no DNS record of the requested type.</source>
        <translation>この名前は DNS に登録されていますが、問い合わせた種類のレコードはありません。</translation>
    </message>
    <message>
        <source>The DNS server did not answer in time, so this could not be checked.</source>
        <translation>DNS サーバから時間内に応答がなかったため、確認できませんでした。</translation>
    </message>
    <message>
        <source>The DNS server reported a failure (SERVFAIL), so this could not be checked.</source>
        <translation>DNS サーバが処理に失敗した (SERVFAIL) ため、確認できませんでした。</translation>
    </message>
    <message>
        <source>The DNS server refused to answer (REFUSED), so this could not be checked. Another DNS server may work.</source>
        <translation>DNS サーバに問い合わせを断られた (REFUSED) ため、確認できませんでした。別の DNS サーバを使うと確認できる場合があります。</translation>
    </message>
    <message>
        <source>The DNS query failed because of an error, so this could not be checked.</source>
        <translation>DNS の問い合わせ中にエラーが起きたため、確認できませんでした。</translation>
    </message>
    <message>
        <source>The check was cancelled before this query finished.</source>
        <translation>この問い合わせが終わる前に、確認が中止されました。</translation>
    </message>
    <message>
        <source>No DNS server is available.</source>
        <translation>使える DNS サーバがありません。</translation>
    </message>
    <message>
        <source>No DNS server was entered. Enter the DNS server&apos;s IP address, for example 192.168.1.1.</source>
        <translation>DNS サーバが入力されていません。DNS サーバの IP アドレスを入力してください (例: 192.168.1.1)。</translation>
    </message>
    <message>
        <source>The DNS server entry is too long. Enter only an IP address, optionally followed by a colon and a port number, for example 192.168.1.1:53.</source>
        <translation>DNS サーバの入力が長すぎます。IP アドレスだけを入力してください。ポート番号を付ける場合は、コロンに続けて入力します (例: 192.168.1.1:53)。</translation>
    </message>
    <message>
        <source>“{port}” is not a valid port number. The port must be a number from 1 to 65535 (DNS servers normally use 53).</source>
        <translation>「{port}」はポート番号として正しくありません。ポート番号は 1 から 65535 までの数字です (DNS サーバでは通常 53 です)。</translation>
    </message>
    <message>
        <source>“{text}” is a name, not an IP address. Enter the DNS server&apos;s IP address, for example 192.168.1.1. A DNS server cannot be given by name, because looking up a name itself needs a DNS server.</source>
        <translation>「{text}」は名前で、IP アドレスではありません。DNS サーバの IP アドレスを入力してください (例: 192.168.1.1)。名前を調べるためにも DNS サーバが必要なので、DNS サーバは名前では指定できません。</translation>
    </message>
    <message>
        <source>“{text}” is not an IP address. Enter the DNS server&apos;s IP address, for example 192.168.1.1 or 2001:db8::53, optionally followed by a colon and a port number (192.168.1.1:53).</source>
        <translation>「{text}」は IP アドレスではありません。DNS サーバの IP アドレスを入力してください (例: 192.168.1.1、2001:db8::53)。ポート番号を付ける場合は、コロンに続けて入力します (例: 192.168.1.1:53)。</translation>
    </message>
    <message>
        <source>“{text}” is not written correctly. Square brackets are only for an IPv6 address followed by a port, for example [2001:db8::53]:53.</source>
        <translation>「{text}」は書き方が正しくありません。角かっこ [ ] は、IPv6 アドレスにポート番号を付けるときだけ使います (例: [2001:db8::53]:53)。</translation>
    </message>
    <message>
        <source>{address} cannot be a DNS server&apos;s address (it is an unspecified, broadcast or multicast address). Enter the address of the DNS server itself.</source>
        <translation>{address} は DNS サーバのアドレスとしては使えません (未指定・ブロードキャスト・マルチキャスト用のアドレスです)。DNS サーバそのもののアドレスを入力してください。</translation>
    </message>
    <message>
        <source>No DNS server is configured on this computer, so nothing can be checked. Check the network connection, or enter the address of a DNS server to use.</source>
        <translation>このパソコンには DNS サーバが設定されていないため、確認できません。ネットワークの接続を確認するか、使用する DNS サーバのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>this computer&apos;s DNS settings ({servers})</source>
        <translation>このパソコンの DNS 設定 ({servers})</translation>
    </message>
    <message>
        <source>this computer&apos;s DNS settings (no server found)</source>
        <translation>このパソコンの DNS 設定 (サーバが見つかりません)</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <source>The text is too long ({length} characters). Please enter one value.</source>
        <translation>入力が長すぎます ({length} 文字)。値を 1 つだけ入力してください。</translation>
    </message>
    <message>
        <source>Please enter a domain name.</source>
        <translation>ドメイン名を入力してください。</translation>
    </message>
    <message>
        <source>A domain name cannot contain spaces: “{value}”.</source>
        <translation>ドメイン名に空白は使えません:「{value}」</translation>
    </message>
    <message>
        <source>“{value}” contains a comma (,). Domain names use dots (.): {suggestion}</source>
        <translation>「{value}」にカンマ (,) が入っています。ドメイン名の区切りはドット (.) です: {suggestion}</translation>
    </message>
    <message>
        <source>“{value}” has two dots in a row.</source>
        <translation>「{value}」はドット (.) が 2 つ続いています。</translation>
    </message>
    <message>
        <source>“{value}” has no ending such as .co.jp or .com. Example: example.co.jp</source>
        <translation>「{value}」には .co.jp や .com のような末尾がありません。例: example.co.jp</translation>
    </message>
    <message>
        <source>“{value}” is an IP address. Please enter the domain name.</source>
        <translation>「{value}」は IP アドレスです。ドメイン名を入力してください。</translation>
    </message>
    <message>
        <source>“{value}” does not end in a valid ending such as .jp or .com.</source>
        <translation>「{value}」の末尾が .jp や .com のような正しい形になっていません。</translation>
    </message>
    <message>
        <source>“{value}” looks mistyped. Did you mean {suggestion}?</source>
        <translation>「{value}」は打ち間違いのようです。{suggestion} ではありませんか？</translation>
    </message>
    <message>
        <source>“{label}” cannot be used in a domain name.</source>
        <translation>「{label}」はドメイン名に使えません。</translation>
    </message>
    <message>
        <source>A part of the domain is too long (at most 63 characters): {label}</source>
        <translation>ドメイン名の一部が長すぎます (63 文字まで): {label}</translation>
    </message>
    <message>
        <source>“{char}” cannot be used in a domain name ({value}).</source>
        <translation>「{char}」はドメイン名に使えない文字です ({value})。</translation>
    </message>
    <message>
        <source>A part of a domain name cannot start or end with a hyphen (-): {label}</source>
        <translation>ドメイン名の各部分はハイフン (-) で始めたり終えたりできません: {label}</translation>
    </message>
    <message>
        <source>The domain name is too long.</source>
        <translation>ドメイン名が長すぎます。</translation>
    </message>
    <message>
        <source>Please enter a mail address.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>“{value}” is not a mail address: it needs exactly one @.</source>
        <translation>「{value}」はメールアドレスの形になっていません。@ がちょうど 1 つ必要です。</translation>
    </message>
    <message>
        <source>The part before @ is missing: “{value}”.</source>
        <translation>@ より前の部分がありません:「{value}」</translation>
    </message>
    <message>
        <source>The part before @ contains characters that are not allowed: “{local}”.</source>
        <translation>@ より前の部分に使えない文字が入っています:「{local}」</translation>
    </message>
    <message>
        <source>The part before @ is too long (at most 64 characters).</source>
        <translation>@ より前の部分が長すぎます (64 文字まで)。</translation>
    </message>
    <message>
        <source>The part after @ is missing: “{value}”.</source>
        <translation>@ より後ろの部分がありません:「{value}」</translation>
    </message>
    <message>
        <source>Please enter an IP address.</source>
        <translation>IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Write “{value}” without leading zeros, e.g. 192.0.2.1.</source>
        <translation>「{value}」は先頭に 0 を付けずに書いてください。例: 192.0.2.1</translation>
    </message>
    <message>
        <source>“{value}” is not an IP address (example: 203.0.113.25).</source>
        <translation>「{value}」は IP アドレスの形になっていません (例: 203.0.113.25)。</translation>
    </message>
    <message>
        <source>Please enter a number, for example 300000 or 30万: “{value}”.</source>
        <translation>数字で入力してください。例: 300000 や 30万 (入力:「{value}」)</translation>
    </message>
    <message>
        <source>Please enter a date and time.</source>
        <translation>日時を入力してください。</translation>
    </message>
    <message>
        <source>{when} is in the future. Please check the date.</source>
        <translation>{when} は未来の日時です。日付を確認してください。</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time we can read. Example: 2026-11-20 09:30</source>
        <translation>「{value}」は日時として読み取れません。例: 2026-11-20 09:30</translation>
    </message>
    <message>
        <source>{year}-{month}-{day} does not exist on the calendar.</source>
        <translation>{year}年{month}月{day}日は存在しない日付です。</translation>
    </message>
    <message>
        <source>{hour}:{minute:02d} is not a valid time of day.</source>
        <translation>{hour}:{minute:02d} は正しい時刻ではありません。</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something unexpected went wrong. Nothing you entered was lost. Details were written to the log file: {path}</source>
        <translation>予期しない問題が発生しました。入力した内容は失われていません。詳しい内容はログファイルに記録しました: {path}</translation>
    </message>
</context>
</TS>
