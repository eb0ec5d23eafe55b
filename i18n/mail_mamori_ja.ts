<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <source>Mail Mamori</source>
        <translation>メールまもり</translation>
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
        <source>Rou&amp;gh estimate</source>
        <translation>推定(&amp;G)</translation>
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
        <source>check that this installation works (translations, fonts, password check, PDF, password store) without using the network, one line per check</source>
        <translation>このインストールが正しく動くかを確認します (翻訳、フォント、パスワードの判定、PDF、パスワードの保管先)。ネットワークは使わず、確認項目ごとに 1 行ずつ表示します</translation>
    </message>
    <message>
        <source>with --self-test: fail when no password store (keyring) is available</source>
        <translation>--self-test と一緒に指定: パスワードの保管先 (キーリング) が使えないときは失敗とします</translation>
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
    <name>selftest</name>
    <message>
        <source>Mail Mamori {version} self-test ({system}, {mode})</source>
        <translation>メールまもり {version} セルフテスト ({system}、{mode})</translation>
    </message>
    <message>
        <source>installed build</source>
        <translation>インストール版</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>ソースから実行</translation>
    </message>
    <message>
        <source>All {total} checks passed ({seconds} s).</source>
        <translation>{total} 項目すべて問題ありません ({seconds} 秒)。</translation>
    </message>
    <message>
        <source>{failed} of {total} checks failed ({seconds} s). This build is not usable.</source>
        <translation>{total} 項目中 {failed} 項目で問題が見つかりました ({seconds} 秒)。このままでは使えません。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>予期しないエラー: {error}</translation>
    </message>
    <message>
        <source>Qt libraries</source>
        <translation>Qt ライブラリ</translation>
    </message>
    <message>
        <source>PySide6 {pyside}, Qt {qt}, display {platform}; platform plugins: {plugins}</source>
        <translation>PySide6 {pyside}、Qt {qt}、表示方式 {platform}。プラットフォームプラグイン: {plugins}</translation>
    </message>
    <message>
        <source>The platform plugin “{native}” that this OS needs to show windows is missing (found: {plugins})</source>
        <translation>この OS で画面を表示するのに必要なプラットフォームプラグイン「{native}」がありません (見つかったもの: {plugins})</translation>
    </message>
    <message>
        <source>The Qt module {module} is missing from this build: {error}</source>
        <translation>Qt のモジュール {module} がこのビルドに含まれていません: {error}</translation>
    </message>
    <message>
        <source>Japanese translations</source>
        <translation>日本語の翻訳</translation>
    </message>
    <message>
        <source>The Next button reads “{button}”; the app&apos;s catalogues mail_mamori_ja.qm and .ts are loaded</source>
        <translation>「次へ」ボタンの表示は「{button}」です。アプリの翻訳 mail_mamori_ja.qm と .ts を読み込みました</translation>
    </message>
    <message>
        <source>Standard buttons are not Japanese (the Next button reads “{button}”): qtbase_ja.qm is missing from {folder}</source>
        <translation>標準のボタンが日本語になっていません (「次へ」ボタンの表示が「{button}」): {folder} に qtbase_ja.qm がありません</translation>
    </message>
    <message>
        <source>The app&apos;s compiled translation mail_mamori_ja.qm is missing or out of date in {folder} (from source: run `make translations`)</source>
        <translation>{folder} にアプリの翻訳 mail_mamori_ja.qm がないか、古くなっています (ソースから実行している場合は `make translations` を実行してください)</translation>
    </message>
    <message>
        <source>The catalogue mail_mamori_ja.ts is missing from {folder}: the command line and the PDF would be in English</source>
        <translation>{folder} に翻訳ファイル mail_mamori_ja.ts がありません。このままではコマンドラインと PDF が英語になります</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <source>{family} registered; all {count} characters used by the Japanese texts are in the font</source>
        <translation>{family} を登録しました。日本語の表示に使う {count} 文字はすべてフォントに含まれています</translation>
    </message>
    <message>
        <source>The bundled font {family} could not be registered (files: {files})</source>
        <translation>同梱のフォント {family} を登録できませんでした (ファイル: {files})</translation>
    </message>
    <message>
        <source>{count} Japanese characters are missing from {file}: {characters}</source>
        <translation>{file} に含まれていない日本語の文字が {count} 文字あります: {characters}</translation>
    </message>
    <message>
        <source>Bundled files</source>
        <translation>同梱ファイル</translation>
    </message>
    <message>
        <source>{count} data files present; {providers} hosting provider presets read</source>
        <translation>データファイル {count} 個がそろっています。レンタルサーバ会社の設定 {providers} 件を読み込みました</translation>
    </message>
    <message>
        <source>Missing from {folder}: {files}</source>
        <translation>{folder} に次のファイルがありません: {files}</translation>
    </message>
    <message>
        <source>DNS library</source>
        <translation>DNS ライブラリ</translation>
    </message>
    <message>
        <source>dnspython {version}: record types {types} handled without any query</source>
        <translation>dnspython {version}: 問い合わせをせずに、レコードの種類 {types} を扱えることを確認しました</translation>
    </message>
    <message>
        <source>Password check</source>
        <translation>パスワードの判定</translation>
    </message>
    <message>
        <source>“{weak}” is rejected and a random 20-character password is accepted (score {score}/4)</source>
        <translation>「{weak}」は不可、ランダムな 20 文字のパスワードは可と判定されました (スコア {score}/4)</translation>
    </message>
    <message>
        <source>Wrong verdicts: “{weak}” acceptable = {weak_ok}, random 20-character password acceptable = {strong_ok}</source>
        <translation>判定が正しくありません: 「{weak}」の判定 = {weak_ok}、ランダムな 20 文字のパスワードの判定 = {strong_ok}</translation>
    </message>
    <message>
        <source>{module} is not part of this build, so this check cannot run</source>
        <translation>{module} がこのビルドに含まれていないため、この確認ができません</translation>
    </message>
    <message>
        <source>{module} cannot be loaded because {library} is missing from this build</source>
        <translation>このビルドに {library} が含まれていないため、{module} を読み込めません</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF の報告書</translation>
    </message>
    <message>
        <source>Example report: {pages} pages, {size} KB, every character in the font; the preview (QtPdf) opens it</source>
        <translation>見本の報告書: {pages} ページ、{size} KB。すべての文字がフォントに含まれ、プレビュー (QtPdf) で開けました</translation>
    </message>
    <message>
        <source>The file written is not a PDF ({size} bytes)</source>
        <translation>作成したファイルが PDF になっていません ({size} バイト)</translation>
    </message>
    <message>
        <source>Characters missing from the PDF&apos;s font: {characters}</source>
        <translation>PDF のフォントに含まれていない文字があります: {characters}</translation>
    </message>
    <message>
        <source>The preview (QtPdf) could not open the report: {error} ({pages} of {expected} pages)</source>
        <translation>プレビュー (QtPdf) で報告書を開けませんでした: {error} ({expected} ページ中 {pages} ページ)</translation>
    </message>
    <message>
        <source>Password store (keyring)</source>
        <translation>パスワードの保管先 (キーリング)</translation>
    </message>
    <message>
        <source>Secrets such as a DQS key are kept in {backend}</source>
        <translation>DQS キーなどの秘密の情報は {backend} に保管します</translation>
    </message>
    <message>
        <source>No password store is available on this computer (keyring.backends.fail.Keyring): a secret such as a Spamhaus DQS key cannot be remembered and must be entered each time</source>
        <translation>このパソコンでは使えるパスワードの保管先がありません (keyring.backends.fail.Keyring)。Spamhaus の DQS キーなどの秘密の情報は記憶できないため、毎回入力が必要です</translation>
    </message>
    <message>
        <source>keyring&apos;s list of backends (package metadata) is missing from this build, so no password store can ever be found</source>
        <translation>このビルドには keyring の保管先一覧 (パッケージのメタデータ) が含まれていないため、パスワードの保管先を見つけられません</translation>
    </message>
    <message>
        <source>The keyring backend for this OS ({module}) cannot be loaded: {error}</source>
        <translation>この OS 用のキーリングの保管先 ({module}) を読み込めません: {error}</translation>
    </message>
    <message>
        <source>No network access</source>
        <translation>ネットワーク不使用</translation>
    </message>
    <message>
        <source>Nothing was resolved or contacted during the self-test</source>
        <translation>セルフテストの間、名前の問い合わせも外部への接続も行いませんでした</translation>
    </message>
    <message>
        <source>{count} network attempts were blocked: {attempts}</source>
        <translation>ネットワークを使おうとした処理を {count} 件止めました: {attempts}</translation>
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
