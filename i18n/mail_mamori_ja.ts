<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
    <message>
        <source>create the incident report (PDF) from a case file</source>
        <translation>事案ファイルからインシデント報告書 (PDF) を作成する</translation>
    </message>
    <message>
        <source>Create the incident report for your security vendor as a PDF. The report is in the language chosen with --lang (default: Japanese).</source>
        <translation>セキュリティ会社に渡すインシデント報告書を PDF で作成します。報告書の言語は --lang で選べます (既定: 日本語)。</translation>
    </message>
    <message>
        <source>the case file (.mamori.json)</source>
        <translation>事案ファイル (.mamori.json)</translation>
    </message>
    <message>
        <source>use the built-in example case instead of a file</source>
        <translation>ファイルの代わりに組み込みのサンプル事案を使う</translation>
    </message>
    <message>
        <source>where to write the PDF (replaced atomically; - for standard output)</source>
        <translation>PDF の保存先 (安全に置き換えます。- で標準出力)</translation>
    </message>
    <message>
        <source>creation time printed in the report (default: now); the same case and time give an identical PDF</source>
        <translation>報告書に載せる作成日時 (既定: 現在)。同じ事案と日時からは同一の PDF ができます</translation>
    </message>
    <message>
        <source>give either CASE_FILE or --example (one of them)</source>
        <translation>CASE_FILE と --example のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>The report would overwrite the case file “{name}”. Please choose another output file.</source>
        <translation>このままでは事案ファイル「{name}」が報告書で上書きされます。別の保存先を指定してください。</translation>
    </message>
    <message>
        <source>A backup of this case can still be opened: {path}</source>
        <translation>この事案のバックアップは開けます: {path}</translation>
    </message>
    <message>
        <source>The report could not be written to “{path}” ({reason}).</source>
        <translation>報告書を「{path}」に保存できませんでした ({reason})。</translation>
    </message>
    <message>
        <source>Report written: {path} ({pages} pages, {size} KB)</source>
        <translation>報告書を作成しました: {path} ({pages} ページ、{size} KB)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>フォルダが存在しません</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>書き込む権限がありません</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダが指定されています</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクの空きがありません</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ディスクが読み取り専用です</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <source>The text is too long ({length} characters). Please enter one value.</source>
        <translation>文字が長すぎます ({length} 文字)。値を 1 つだけ入力してください。</translation>
    </message>
    <message>
        <source>Please enter a domain name.</source>
        <translation>ドメイン名を入力してください。</translation>
    </message>
    <message>
        <source>A domain name cannot contain spaces: “{value}”.</source>
        <translation>ドメイン名に空白は使えません: 「{value}」</translation>
    </message>
    <message>
        <source>“{value}” contains a comma (,). Domain names use dots (.): {suggestion}</source>
        <translation>「{value}」にカンマ (,) が含まれています。ドメイン名の区切りはドット (.) です: {suggestion}</translation>
    </message>
    <message>
        <source>“{value}” has two dots in a row.</source>
        <translation>「{value}」はドットが 2 つ続いています。</translation>
    </message>
    <message>
        <source>“{value}” has no ending such as .co.jp or .com. Example: example.co.jp</source>
        <translation>「{value}」には .co.jp や .com などの末尾がありません。例: example.co.jp</translation>
    </message>
    <message>
        <source>“{value}” is an IP address. Please enter the domain name.</source>
        <translation>「{value}」は IP アドレスです。ドメイン名を入力してください。</translation>
    </message>
    <message>
        <source>“{value}” does not end in a valid ending such as .jp or .com.</source>
        <translation>「{value}」の末尾が .jp や .com などの正しい形になっていません。</translation>
    </message>
    <message>
        <source>“{value}” looks mistyped. Did you mean {suggestion}?</source>
        <translation>「{value}」は入力間違いのようです。{suggestion} ではありませんか?</translation>
    </message>
    <message>
        <source>“{label}” cannot be used in a domain name.</source>
        <translation>「{label}」はドメイン名に使えません。</translation>
    </message>
    <message>
        <source>A part of the domain is too long (at most 63 characters): {label}</source>
        <translation>ドメインの一部が長すぎます (63 文字まで): {label}</translation>
    </message>
    <message>
        <source>“{char}” cannot be used in a domain name ({value}).</source>
        <translation>「{char}」はドメイン名に使えません ({value})。</translation>
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
        <translation>「{value}」はメールアドレスではありません。@ がちょうど 1 つ必要です。</translation>
    </message>
    <message>
        <source>The part before @ is missing: “{value}”.</source>
        <translation>@ の前の部分がありません: 「{value}」</translation>
    </message>
    <message>
        <source>The part before @ contains characters that are not allowed: “{local}”.</source>
        <translation>@ の前の部分に使えない文字が含まれています: 「{local}」</translation>
    </message>
    <message>
        <source>The part before @ is too long (at most 64 characters).</source>
        <translation>@ の前の部分が長すぎます (64 文字まで)。</translation>
    </message>
    <message>
        <source>The part after @ is missing: “{value}”.</source>
        <translation>@ の後の部分がありません: 「{value}」</translation>
    </message>
    <message>
        <source>Please enter an IP address.</source>
        <translation>IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Write “{value}” without leading zeros, e.g. 192.0.2.1.</source>
        <translation>「{value}」は先頭の 0 を付けずに書いてください (例: 192.0.2.1)。</translation>
    </message>
    <message>
        <source>“{value}” is not an IP address (example: 203.0.113.25).</source>
        <translation>「{value}」は IP アドレスではありません (例: 203.0.113.25)。</translation>
    </message>
    <message>
        <source>Please enter a number, for example 300000 or 30万: “{value}”.</source>
        <translation>数を入力してください (例: 300000 または 30万): 「{value}」</translation>
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
        <translation>{year}年{month}月{day}日 はカレンダーにありません。</translation>
    </message>
    <message>
        <source>{hour}:{minute:02d} is not a valid time of day.</source>
        <translation>{hour}:{minute:02d} は正しい時刻ではありません。</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Unauthorised use of mail accounts of {domain} and spam sent</source>
        <translation>{domain} のメールアカウント不正利用と迷惑メール送信について</translation>
    </message>
    <message>
        <source>Unauthorised use of mail accounts and spam sent</source>
        <translation>メールアカウント不正利用と迷惑メール送信について</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>取扱注意</translation>
    </message>
    <message>
        <source>Created {date}</source>
        <translation>作成 {date}</translation>
    </message>
    <message>
        <source>Some characters cannot be printed with the report&apos;s font and are shown as their Unicode code instead: {codes}.</source>
        <translation>報告書のフォントで印刷できない文字 (絵文字や一部の漢字など) は、文字コードで表示しています: {codes}</translation>
    </message>
    <message>
        <source>{count} characters cannot be printed with the report&apos;s font and are shown as their Unicode code (for example {example}).</source>
        <translation>報告書のフォントで印刷できない文字が {count} 種類あり、文字コードで表示しました (例: {example})。</translation>
    </message>
    <message>
        <source>{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d} (JST)</source>
        <translation>{year}年{month}月{day}日 {hour:02d}:{minute:02d} (JST)</translation>
    </message>
    <message>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>確認できず</translation>
    </message>
    <message>
        <source>Results of this check are recorded in the case, but this version of the report cannot show them yet. Please look at them in the app.</source>
        <translation>この確認の結果は事案に記録されていますが、このバージョンの報告書にはまだ載せられません。アプリの画面で確認してください。</translation>
    </message>
    <message>
        <source>See the app for the results</source>
        <translation>結果はアプリで確認</translation>
    </message>
    <message>
        <source>Password and account audit</source>
        <translation>パスワード・アカウント監査</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>The passwords and mail accounts have not been audited yet.</source>
        <translation>パスワードとメールアカウントの監査はまだ行われていません。</translation>
    </message>
    <message>
        <source>Not checked in this app yet</source>
        <translation>このアプリでは未確認</translation>
    </message>
    <message>
        <source>When the audit of this app is done, this section lists each mail account with who uses it (current staff, former staff, shared, unknown) and the verdict of its password test. Passwords themselves are never stored, neither in the app nor in this report.</source>
        <translation>このアプリで監査を行うと、メールアカウントごとに利用者の区分 (在籍・退職・共有・不明) とパスワード判定の結果がここに載ります。パスワードそのものは、アプリにもこの報告書にも保存されません。</translation>
    </message>
    <message>
        <source>Blacklist listings</source>
        <translation>ブラックリスト掲載状況</translation>
    </message>
    <message>
        <source>Blacklists</source>
        <translation>ブラックリスト</translation>
    </message>
    <message>
        <source>The blacklists have not been checked yet.</source>
        <translation>ブラックリストの確認はまだ行われていません。</translation>
    </message>
    <message>
        <source>When the blacklist check of this app is run, this section lists for each blacklist and each address checked: the result, the time of the check, the DNS server used, and the state of the removal request with its link. Removal takes a few hours at some lists and two to three months at others (e.g. Spamhaus, Barracuda, SpamCop).</source>
        <translation>このアプリでブラックリストの確認を行うと、リストと確認した対象ごとに、結果・確認日時・使った DNS サーバ・解除申請の状況と申請先がここに載ります。解除にかかる期間はリストによって異なり、数時間で済むものから 2～3 か月かかるものまであります (Spamhaus、Barracuda、SpamCop など)。</translation>
    </message>
    <message>
        <source>Incident report: unauthorised use of the mail server</source>
        <translation>メールサーバの不正利用に関するインシデント報告書</translation>
    </message>
    <message>
        <source>Unauthorised use of the mail server</source>
        <translation>メールサーバの不正利用に関する</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>インシデント報告書</translation>
    </message>
    <message>
        <source>For consultation with a security vendor or adviser</source>
        <translation>セキュリティ会社・専門家への相談用資料</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>Submitted to</source>
        <translation>提出先</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Created with</source>
        <translation>作成ツール</translation>
    </message>
    <message>
        <source>Mail Mamori {version}</source>
        <translation>メールまもり {version}</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>事案 ID</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>時刻の表記</translation>
    </message>
    <message>
        <source>All times in this report are Japan Standard Time (JST, UTC+09:00).</source>
        <translation>この報告書の時刻はすべて日本時間 (JST, UTC+09:00) です。</translation>
    </message>
    <message>
        <source>Results at a glance</source>
        <translation>確認結果の一覧</translation>
    </message>
    <message>
        <source>“Not checked yet” means that the check has not been made in this app; it does not mean that there is no problem.</source>
        <translation>「未確認」は、このアプリでの確認がまだ行われていないという意味です。問題がないという意味ではありません。</translation>
    </message>
    <message>
        <source>Confidential: this report contains information that must not leave the company, such as subjects of the spam the attacker sent and excerpts of server logs. Share it only with those you ask for help. It contains no passwords.</source>
        <translation>取扱注意: この報告書には、攻撃者が送った迷惑メールの件名やサーバのログなど、社外に出すべきでない情報が含まれます。共有は対応を依頼する相手に限ってください。パスワードは含まれていません。</translation>
    </message>
    <message>
        <source>Actions taken and evidence kept</source>
        <translation>実施済み対応・証拠保全</translation>
    </message>
    <message>
        <source>Recovery and prevention</source>
        <translation>復旧・再発防止の対応</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Date and time (JST)</source>
        <translation>日時 (JST)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>No recovery actions have been recorded yet. See also the timeline in section 3.</source>
        <translation>実施済みの対応はまだ記録されていません。3 章の時系列もあわせてご覧ください。</translation>
    </message>
    <message>
        <source>Evidence kept</source>
        <translation>保全した証拠</translation>
    </message>
    <message>
        <source>The SHA-256 value identifies each file exactly: if the value computed from a copy is the same, the copy is unchanged.</source>
        <translation>SHA-256 の値でファイルを特定できます。コピーから計算した値が同じであれば、そのコピーは元のファイルと同じ内容です。</translation>
    </message>
    <message>
        <source>No evidence files have been registered yet. Server logs are often deleted after a few days or weeks, so please save them as soon as possible.</source>
        <translation>保全した証拠ファイルはまだ登録されていません。サーバのログは数日から数週間で消えることが多いため、できるだけ早く保存してください。</translation>
    </message>
    <message>
        <source>Evidence {number}: {label}</source>
        <translation>証拠 {number}: {label}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>{name} ({size} bytes)</source>
        <translation>{name} ({size} バイト)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>収集</translation>
    </message>
    <message>
        <source>SHA-256 computed on {when}</source>
        <translation>SHA-256 計算 {when}</translation>
    </message>
    <message>
        <source>Log excerpt</source>
        <translation>ログの抜粋</translation>
    </message>
    <message>
        <source>Copied verbatim from the logs; the lines may contain text written by the attacker.</source>
        <translation>ログから原文のまま写しています。攻撃者が書いた文字列が含まれている場合があります。</translation>
    </message>
    <message>
        <source>No log excerpt has been attached.</source>
        <translation>ログの抜粋は添付されていません。</translation>
    </message>
    <message>
        <source>Passwords changed</source>
        <translation>パスワード変更</translation>
    </message>
    <message>
        <source>Blacklist removal requested</source>
        <translation>ブラックリスト解除申請</translation>
    </message>
    <message>
        <source>Relay server</source>
        <translation>リレーサーバ</translation>
    </message>
    <message>
        <source>Move to another server (new IP)</source>
        <translation>サーバの移転 (IP アドレス変更)</translation>
    </message>
    <message>
        <source>SMTP authentication</source>
        <translation>SMTP 認証</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>SPF レコード</translation>
    </message>
    <message>
        <source>Unused accounts removed</source>
        <translation>不要なアカウントの削除</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>用語</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Blacklist (DNSBL)</source>
        <translation>ブラックリスト (DNSBL)</translation>
    </message>
    <message>
        <source>A list of IP addresses and domains reported as sources of spam, such as Spamhaus, Barracuda or SpamCop. Once listed, much of your mail is refused. Removal has to be requested and takes from a few hours to a few months.</source>
        <translation>迷惑メールの送信元として登録された IP アドレスやドメインの一覧です。Spamhaus、Barracuda、SpamCop などがあり、載ると多くの相手にメールを受け取ってもらえなくなります。解除には申請が必要で、数時間から数か月かかります。</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>A DNS record that lists the servers allowed to send mail for your domain, so that receivers can tell whether a mail came from one of them.</source>
        <translation>自分のドメインのメールを送ってよいサーバを DNS で公開する仕組みです。受け取る側は、届いたメールが許可されたサーバから来たかどうかを確かめられます。</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>An electronic signature added to each mail sent, with which receivers can check that it came from your domain and was not changed on the way.</source>
        <translation>送るメールに電子署名を付ける仕組みです。受け取る側は、そのドメインから送られたこと、途中で書き換えられていないことを確かめられます。</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>A DNS record in which the domain owner tells receivers what to do with mail that fails SPF and DKIM (accept, treat as spam, or refuse) and where to send reports.</source>
        <translation>SPF や DKIM の確認に失敗したメールをどう扱うか (受け取る・迷惑メールとして扱う・拒否する) と、集計結果の送り先を、ドメインの持ち主が DNS で宣言する仕組みです。</translation>
    </message>
    <message>
        <source>Asking for a user name and password before a mail can be sent. When a password is guessed, as here, the attacker can send as if they were the real user.</source>
        <translation>メールを送る前にユーザー名とパスワードの確認を求める仕組みです。今回のようにパスワードを見破られると、攻撃者も本人になりすまして送信できてしまいます。</translation>
    </message>
    <message>
        <source>Another server that sends your mail out on your behalf. It is used for a while so that mail keeps arriving while your own server&apos;s IP address is on a blacklist.</source>
        <translation>自社のメールを代わりに送り出す別のサーバです。自社サーバの IP アドレスがブラックリストに載っている間も、メールが相手に届くように一時的に使います。</translation>
    </message>
    <message>
        <source>VPS</source>
        <translation>VPS</translation>
    </message>
    <message>
        <source>A virtual private server. Unlike a shared rental server, you control its settings and can read its logs; moving to one also gives a new IP address.</source>
        <translation>仮想専用サーバです。共用のレンタルサーバと違い、設定を自分で変えられ、ログも確認できます。移転すると IP アドレスも新しくなります。</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>The number that identifies a server on the internet (for example 203.0.113.25).</source>
        <translation>インターネット上でサーバを見分けるための番号です (例: 203.0.113.25)。</translation>
    </message>
    <message>
        <source>SHA-256 (hash value)</source>
        <translation>SHA-256 (ハッシュ値)</translation>
    </message>
    <message>
        <source>A 64-character value computed from a file&apos;s content. If even one character of the file changes, the value changes, so it shows that kept evidence was not altered.</source>
        <translation>ファイルの内容から計算する 64 文字の値です。ファイルが 1 文字でも変わると値も変わるため、保全した証拠が書き換えられていないことを示せます。</translation>
    </message>
    <message>
        <source>NTP</source>
        <translation>NTP</translation>
    </message>
    <message>
        <source>A way of keeping the clocks of PCs and servers exact. Times in different logs can only be compared when the clocks are right.</source>
        <translation>パソコンやサーバの時計を正確に合わせる仕組みです。時計が合っていて初めて、別々のログの時刻を比べられます。</translation>
    </message>
    <message>
        <source>Preliminary and final report</source>
        <translation>速報・確報</translation>
    </message>
    <message>
        <source>The two steps of reporting a personal data leak to the Personal Information Protection Commission: the preliminary report promptly (as a guide within 3 to 5 days), the final report within 30 days (60 days for unauthorised access and other improper purposes).</source>
        <translation>個人情報保護委員会への漏えい等報告の 2 段階です。速報は速やかに (目安として 3～5 日以内)、確報は 30 日以内 (不正アクセスなど不正の目的によるおそれがある場合は 60 日以内) に行います。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>何が起きたか</translation>
    </message>
    <message>
        <source>When</source>
        <translation>いつ</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>現在の状況</translation>
    </message>
    <message>
        <source>The mail account {accounts} was used by a third party to send spam ({volume}).</source>
        <translation>メールアカウント {accounts} が第三者に不正利用され、迷惑メールが送信されました ({volume})。</translation>
    </message>
    <message>
        <source>The mail server appears to have been used to send spam ({volume}); the account used has not been identified yet.</source>
        <translation>メールサーバが迷惑メールの送信に使われたとみられます ({volume})。使われたアカウントはまだ特定できていません。</translation>
    </message>
    <message>
        <source>{count} mails, counted from the logs</source>
        <translation>{count} 通、ログで集計</translation>
    </message>
    <message>
        <source>about {count} mails, estimated</source>
        <translation>約 {count} 通、推定</translation>
    </message>
    <message>
        <source>number of mails unknown</source>
        <translation>送信数は不明</translation>
    </message>
    <message>
        <source>Sending began around {start}; noticed on {noticed}.</source>
        <translation>{start} ごろから送信。{noticed} に発覚。</translation>
    </message>
    <message>
        <source>Noticed on {noticed}; when the sending began is not known.</source>
        <translation>{noticed} に発覚 (送信が始まった時期は不明)。</translation>
    </message>
    <message>
        <source>Sending began around {start}; when it was noticed has not been entered.</source>
        <translation>{start} ごろから送信 (発覚日時は未入力)。</translation>
    </message>
    <message>
        <source>Not entered yet.</source>
        <translation>まだ入力されていません。</translation>
    </message>
    <message>
        <source>How it was discovered</source>
        <translation>発覚の経緯</translation>
    </message>
    <message>
        <source>Noticed on</source>
        <translation>発覚日時</translation>
    </message>
    <message>
        <source>What made us notice</source>
        <translation>気付いたきっかけ</translation>
    </message>
    <message>
        <source>How the incident was discovered has not been entered yet.</source>
        <translation>発覚の経緯はまだ入力されていません。</translation>
    </message>
    <message>
        <source>Logging in (FTP or control panel) suddenly failed</source>
        <translation>FTP やコントロールパネルに突然ログインできなくなった</translation>
    </message>
    <message>
        <source>Many “undeliverable” mails came back</source>
        <translation>「配信できませんでした」という戻りメールが大量に届いた</translation>
    </message>
    <message>
        <source>Our mail stopped reaching its recipients</source>
        <translation>送ったメールが相手に届かなくなった</translation>
    </message>
    <message>
        <source>Customers or partners told us they received spam from us</source>
        <translation>顧客・取引先から「迷惑メールが届いた」と連絡があった</translation>
    </message>
    <message>
        <source>The hosting provider warned us or suspended the account</source>
        <translation>サーバ会社から警告または利用停止の連絡があった</translation>
    </message>
    <message>
        <source>A blacklist check showed a listing</source>
        <translation>ブラックリストの確認で掲載が見つかった</translation>
    </message>
    <message>
        <source>A security vendor or consultant pointed it out</source>
        <translation>セキュリティ会社・専門家から指摘された</translation>
    </message>
    <message>
        <source>Impact on personal information</source>
        <translation>個人情報への影響</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>確認事項</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>補足</translation>
    </message>
    <message>
        <source>None of the questions about personal information has been answered yet.</source>
        <translation>個人情報への影響についての確認事項には、まだ回答がありません。</translation>
    </message>
    <message>
        <source>Were personal data (names, mail addresses, postal addresses, phone numbers of customers, partners or staff) in the mailbox or its address book?</source>
        <translation>メールボックスやアドレス帳に、顧客・取引先・従業員の個人情報 (氏名、メールアドレス、住所、電話番号など) が含まれていたか</translation>
    </message>
    <message>
        <source>Could the attacker have read or exported those mails or the address book (webmail, IMAP/POP login, forwarding rules)?</source>
        <translation>攻撃者がそのメールやアドレス帳を閲覧・持ち出しできた可能性があるか (Webメール、IMAP/POP でのログイン、転送設定など)</translation>
    </message>
    <message>
        <source>How many people could be affected?</source>
        <translation>影響を受けた可能性のある人数</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <source>Do the data include sensitive personal information (e.g. medical history) or data that could cause financial damage (e.g. card numbers, online banking logins)?</source>
        <translation>要配慮個人情報 (病歴など) や、財産的被害につながる情報 (クレジットカード番号、ネットバンキングのログイン情報など) が含まれるか</translation>
    </message>
    <message>
        <source>Has any secondary damage been seen (fraud, phishing mails to customers, enquiries)?</source>
        <translation>二次被害 (詐欺、顧客へのなりすましメール、問い合わせなど) が確認されているか</translation>
    </message>
    <message>
        <source>Have the affected people been notified?</source>
        <translation>影響を受けた本人に通知・連絡したか</translation>
    </message>
    <message>
        <source>Has the incident been made public (e.g. on the web site)?</source>
        <translation>ホームページなどで公表したか</translation>
    </message>
    <message>
        <source>Has a preliminary report been sent to the Personal Information Protection Commission?</source>
        <translation>個人情報保護委員会へ報告 (速報) したか</translation>
    </message>
    <message>
        <source>What “unknown” means for the deadlines</source>
        <translation>「わからない」「未回答」と報告の期限</translation>
    </message>
    <message>
        <source>If personal data may have leaked through unauthorised access, a report to the Personal Information Protection Commission (PPC) and a notice to the people concerned can be required even if only one person is affected.</source>
        <translation>不正アクセスによって個人データが漏えいしたおそれがある場合は、対象が 1 人だけでも、個人情報保護委員会への報告と本人への通知が必要になることがあります。</translation>
    </message>
    <message>
        <source>Answering “unknown” does not stop the clock. The deadlines run from the day the company became aware of the incident. The preliminary report (sokuhō) is due promptly, as a guide within 3 to 5 days, with what is known at that time; the final report (kakuhō) within 30 days, or within 60 days when the leak may have been done for an improper purpose such as unauthorised access. Items still unknown can be reported as under investigation and completed in the final report.</source>
        <translation>「わからない」「未回答」のままでも期限は止まりません。期限は事態を知った日から数えます。速報は速やかに (目安として 3～5 日以内)、その時点で分かっている範囲で行います。確報は 30 日以内、不正アクセスなど不正の目的によるおそれがある場合は 60 日以内です。分からない項目は「調査中」として速報し、確報で補うことができます。</translation>
    </message>
    <message>
        <source>This incident was noticed on {noticed}. As a guide: preliminary report by {quick_from} to {quick_to}; final report by {final_30} (30 days) or by {final_60} (60 days).</source>
        <translation>この事案の発覚日は {noticed} です。目安: 速報は {quick_from}～{quick_to} ごろまで、確報は {final_30} (30 日) または {final_60} (60 日) まで。</translation>
    </message>
    <message>
        <source>The date the incident was noticed has not been entered, so no dates can be given here.</source>
        <translation>発覚日時が入力されていないため、期限の目安は計算できません。</translation>
    </message>
    <message>
        <source>Whether a report is needed and exactly how the days are counted must be confirmed with the vendor, a lawyer or the PPC.</source>
        <translation>報告が必要かどうかと期限の正確な数え方は、ベンダー・弁護士または個人情報保護委員会に確認してください。</translation>
    </message>
    <message>
        <source>Open issues and questions for the vendor</source>
        <translation>未解決事項・ベンダーへの質問</translation>
    </message>
    <message>
        <source>Not yet resolved</source>
        <translation>未解決事項</translation>
    </message>
    <message>
        <source>No open issues have been written down.</source>
        <translation>未解決事項は記入されていません。</translation>
    </message>
    <message>
        <source>Questions for the vendor</source>
        <translation>ベンダーへの質問</translation>
    </message>
    <message>
        <source>No questions for the vendor have been written down.</source>
        <translation>ベンダーへの質問は記入されていません。</translation>
    </message>
    <message>
        <source>Contacts and request</source>
        <translation>連絡先・依頼内容</translation>
    </message>
    <message>
        <source>From (our side)</source>
        <translation>依頼元</translation>
    </message>
    <message>
        <source>To (vendor)</source>
        <translation>依頼先</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Department or role</source>
        <translation>部署・役職</translation>
    </message>
    <message>
        <source>Mail address for replies</source>
        <translation>返信先メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>依頼内容</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>依頼の種類</translation>
    </message>
    <message>
        <source>What we ask for</source>
        <translation>依頼したいこと</translation>
    </message>
    <message>
        <source>Our contact details have not been entered yet.</source>
        <translation>依頼元の連絡先はまだ入力されていません。</translation>
    </message>
    <message>
        <source>The vendor has not been entered yet.</source>
        <translation>依頼先はまだ入力されていません。</translation>
    </message>
    <message>
        <source>No type of request has been chosen yet.</source>
        <translation>依頼の種類はまだ選ばれていません。</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation>情報提供</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Request for investigation</source>
        <translation>調査依頼</translation>
    </message>
    <message>
        <source>Sender authentication (SPF, DKIM, DMARC)</source>
        <translation>送信ドメイン認証 (SPF・DKIM・DMARC)</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC of the domain have not been checked yet.</source>
        <translation>ドメインの SPF・DKIM・DMARC の確認はまだ行われていません。</translation>
    </message>
    <message>
        <source>When the check of this app is run, this section shows the current SPF and DMARC records exactly as published, the recommended records next to them, whether DKIM is set up, and the time of the check.</source>
        <translation>このアプリで確認を行うと、現在公開されている SPF・DMARC レコードの原文と推奨する設定、DKIM の設定の有無、確認日時がここに載ります。</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC stop other people from sending mail that pretends to come from your domain (forgery). They do not stop spam sent through your own server with a stolen password: such mail passes these checks. What prevents that is strong passwords, removing accounts nobody uses, and SMTP authentication.</source>
        <translation>SPF・DKIM・DMARC は、他人があなたのドメインを名乗ってメールを送る「なりすまし」を防ぐ仕組みです。盗まれたパスワードを使って自社のサーバから送られた迷惑メールは防げません。そのようなメールはこれらの確認に合格してしまうからです。今回のような被害を防ぐのは、強いパスワード、使っていないアカウントの削除、SMTP 認証です。</translation>
    </message>
    <message>
        <source>Affected system</source>
        <translation>対象システム</translation>
    </message>
    <message>
        <source>Domain (ASCII form used in DNS)</source>
        <translation>ドメイン (DNS で使う英数字の形)</translation>
    </message>
    <message>
        <source>Hosting provider</source>
        <translation>サーバ会社</translation>
    </message>
    <message>
        <source>Type of hosting</source>
        <translation>サーバの形態</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバ名</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Mail software</source>
        <translation>メールソフトウェア</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>No details of the mail system have been entered yet.</source>
        <translation>対象システムの情報はまだ入力されていません。</translation>
    </message>
    <message>
        <source>Shared rental server</source>
        <translation>レンタルサーバ (共用)</translation>
    </message>
    <message>
        <source>Cloud mail service</source>
        <translation>クラウドのメールサービス</translation>
    </message>
    <message>
        <source>Server run by the company itself</source>
        <translation>自社で運用するサーバ</translation>
    </message>
    <message>
        <source>Misused accounts</source>
        <translation>不正利用されたアカウント</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>State and notes</source>
        <translation>状況・メモ</translation>
    </message>
    <message>
        <source>The misused account has not been identified yet.</source>
        <translation>不正利用されたアカウントはまだ特定されていません。</translation>
    </message>
    <message>
        <source>Suspected cause</source>
        <translation>推定される原因</translation>
    </message>
    <message>
        <source>Volume of mail sent</source>
        <translation>送信量</translation>
    </message>
    <message>
        <source>Mails sent</source>
        <translation>送信数</translation>
    </message>
    <message>
        <source>Where the number comes from</source>
        <translation>数の根拠</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>送信期間</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} ～ {end}</translation>
    </message>
    <message>
        <source>From {start} (end unknown or still going on)</source>
        <translation>{start} ～ (終了時期は不明、または継続中)</translation>
    </message>
    <message>
        <source>Until {end} (start unknown)</source>
        <translation>～ {end} (開始時期は不明)</translation>
    </message>
    <message>
        <source>How much mail was sent is not known yet.</source>
        <translation>送信量はまだ分かっていません。</translation>
    </message>
    <message>
        <source>Examples of the spam (subject or sender, verbatim)</source>
        <translation>迷惑メールの例 (件名・差出人、原文のまま)</translation>
    </message>
    <message>
        <source>Written by the attacker and shown exactly as received. Do not open the addresses or links in them.</source>
        <translation>攻撃者が書いた文字列を、受け取ったとおりに載せています。中のアドレスや URL にはアクセスしないでください。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Subject or sender</source>
        <translation>件名・差出人</translation>
    </message>
    <message>
        <source>Timeline and first response</source>
        <translation>時系列・初動対応</translation>
    </message>
    <message>
        <source>What happened or was done</source>
        <translation>出来事・対応</translation>
    </message>
    <message>
        <source>No timeline has been entered yet.</source>
        <translation>時系列はまだ入力されていません。</translation>
    </message>
    <message>
        <source>About the times</source>
        <translation>時刻について</translation>
    </message>
    <message>
        <source>Times in this report are shown in Japan Standard Time (JST, UTC+09:00).</source>
        <translation>この報告書の時刻は日本時間 (JST, UTC+09:00) で表示しています。</translation>
    </message>
    <message>
        <source>Time zone of the kept logs: {zone}.</source>
        <translation>保全したログの時刻の基準: {zone}</translation>
    </message>
    <message>
        <source>Time zone of the kept logs: not entered (please check before comparing times).</source>
        <translation>保全したログの時刻の基準: 未入力 (時刻を比べる前に確認してください)</translation>
    </message>
    <message>
        <source>Are the clocks of the PC and the server synchronised with NTP? {answer}</source>
        <translation>パソコンとサーバの時計を NTP で合わせているか: {answer}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>The file “{name}” was not found.</source>
        <translation>ファイル「{name}」が見つかりません。</translation>
    </message>
    <message>
        <source>“{name}” is a folder. Please choose the file itself.</source>
        <translation>「{name}」はフォルダです。ファイルそのものを選んでください。</translation>
    </message>
    <message>
        <source>The file “{name}” could not be read ({reason}).</source>
        <translation>ファイル「{name}」を読み込めませんでした ({reason})。</translation>
    </message>
</context>
</TS>
