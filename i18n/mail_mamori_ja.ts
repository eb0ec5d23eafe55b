<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BlacklistPage</name>
    <message>
        <source>Blacklist check</source>
        <translation>ブラックリスト確認</translation>
    </message>
    <message>
        <source>Check whether your mail server&apos;s addresses and your domain are on the DNS blacklists that receivers use to refuse mail.</source>
        <translation>メールサーバの IP アドレスとドメインが、受信側がメールを拒否するのに使う DNS ブラックリストに載っていないかを調べます。</translation>
    </message>
    <message>
        <source>Only DNS queries leave this computer. A list that cannot be asked is shown as “not tested”, never as clean.</source>
        <translation>このパソコンから外に出るのは DNS の問い合わせだけです。問い合わせできなかったリストは「未確認」と表示し、「掲載なし」とは表示しません。</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>確認する対象</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>確認を開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>中止(&amp;C)</translation>
    </message>
    <message>
        <source>Open Se&amp;ttings…</source>
        <translation>設定を開く(&amp;T)…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>ブラックリスト</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Blacklist results</source>
        <translation>ブラックリストの確認結果</translation>
    </message>
    <message>
        <source>Details of the selected result</source>
        <translation>選んだ結果の詳しい説明</translation>
    </message>
    <message>
        <source>Delisting &amp;request (English, to paste into the list&apos;s form):</source>
        <translation>解除の依頼文 (英語。リストの申請フォームに貼り付けます)(&amp;R):</translation>
    </message>
    <message>
        <source>Cop&amp;y request text</source>
        <translation>依頼文をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open delisting page</source>
        <translation>解除ページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Changes since the previous check</source>
        <translation>前回との違い</translation>
    </message>
    <message>
        <source>Delisting request text</source>
        <translation>解除の依頼文</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>この手順を飛ばす</translation>
    </message>
    <message>
        <source>&amp;Do not check now, because:</source>
        <translation>今は確認しない。理由(&amp;D):</translation>
    </message>
    <message>
        <source>e.g. our security vendor checks the blacklists for us</source>
        <translation>例: セキュリティ会社が代わりに確認している</translation>
    </message>
    <message>
        <source>Reason for skipping the check</source>
        <translation>確認しない理由</translation>
    </message>
    <message>
        <source>Blacklists</source>
        <translation>ブラックリスト確認</translation>
    </message>
    <message>
        <source>Enter your domain on the previous page, or add a domain here first.</source>
        <translation>前のページでドメインを入力するか、ここでドメインを追加してください。</translation>
    </message>
    <message>
        <source>Looking up {domain}…</source>
        <translation>{domain} を調べています…</translation>
    </message>
    <message>
        <source>{count} new address(es) found for {domain}.</source>
        <translation>{domain} について新しいアドレスが {count} 件見つかりました。</translation>
    </message>
    <message>
        <source>{count} address(es) added from the bounced mail.</source>
        <translation>エラーメールからアドレスを {count} 件追加しました。</translation>
    </message>
    <message>
        <source>Checking {count} list(s)…</source>
        <translation>{count} 個のリストを確認しています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was saved; start it again when ready.</source>
        <translation>確認を中止しました。結果は保存していません。準備ができたらもう一度開始してください。</translation>
    </message>
    <message>
        <source>Settings changed. Start the check again to use them.</source>
        <translation>設定を変更しました。新しい設定で確認するには、もう一度開始してください。</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>掲載</translation>
    </message>
    <message>
        <source>policy listing</source>
        <translation>ポリシー掲載</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>掲載なし</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Checked on {when} (Japan time) through {server}: listed {listed}, policy {policy}, not listed {not_listed}, not tested {not_tested}.</source>
        <translation>{when} (日本時間) に {server} を使って確認: 掲載 {listed}、ポリシー掲載 {policy}、掲載なし {not_listed}、未確認 {not_tested}。</translation>
    </message>
    <message>
        <source>Press “Start the check” to check the addresses and domains listed above.</source>
        <translation>「確認を開始」を押すと、上の IP アドレスとドメインを確認します。</translation>
    </message>
    <message>
        <source>Found on {count} blacklist entr(ies). Select a row to see what it means and how to ask for removal.</source>
        <translation>ブラックリストへの掲載が {count} 件見つかりました。行を選ぶと、その意味と解除の申請方法が表示されます。</translation>
    </message>
    <message>
        <source>No listing found, but some lists could not be checked (see below). Those are not clean results.</source>
        <translation>掲載は見つかりませんでしたが、確認できなかったリストがあります (下記)。それらは「掲載なし」ではありません。</translation>
    </message>
    <message>
        <source>No listing found on the lists that could be checked.</source>
        <translation>確認できたリストには掲載されていませんでした。</translation>
    </message>
    <message>
        <source>Some lists did not answer. Select a “not tested” row to see why; check again later or choose another DNS server in Settings.</source>
        <translation>応答しなかったリストがあります。「未確認」の行を選ぶと理由が表示されます。時間をおいて再確認するか、設定で別の DNS サーバを選んでください。</translation>
    </message>
    <message>
        <source>Compared with the check on {when}:</source>
        <translation>{when} の確認と比べて:</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>変化はありません。</translation>
    </message>
    <message>
        <source>Select a result to see what it means and what to do.</source>
        <translation>結果を選ぶと、その意味とすべきことが表示されます。</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>意味:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>応答:</translation>
    </message>
    <message>
        <source>The list says:</source>
        <translation>リストの説明:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>すべきこと:</translation>
    </message>
    <message>
        <source>Ways out:</source>
        <translation>対処法:</translation>
    </message>
    <message>
        <source>Delisting page:</source>
        <translation>解除の申請先:</translation>
    </message>
    <message>
        <source>Usually takes:</source>
        <translation>解除までの目安:</translation>
    </message>
    <message>
        <source>The request text was copied. Paste it into the list&apos;s form.</source>
        <translation>依頼文をコピーしました。リストの申請フォームに貼り付けてください。</translation>
    </message>
</context>
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
    <name>DqsKeySection</name>
    <message>
        <source>Spamhaus DQS key (optional)</source>
        <translation>Spamhaus DQS キー (任意)</translation>
    </message>
    <message>
        <source>Spamhaus does not answer through public DNS servers. With a free Spamhaus Data Query Service (DQS) key, its lists can be checked through any DNS server. The key is free for small, non-commercial use such as checking your own mail: &lt;a href=&quot;{url}&quot;&gt;register at Spamhaus&lt;/a&gt;. The key is kept only in this computer&apos;s password manager, never in the case file, the settings or the report.</source>
        <translation>Spamhaus は公開 DNS サーバ経由の問い合わせに答えません。無料の Spamhaus Data Query Service (DQS) キーがあれば、どの DNS サーバからでも Spamhaus のリストを確認できます。自社のメールの確認のような小規模・非商用の利用なら無料です: &lt;a href=&quot;{url}&quot;&gt;Spamhaus で登録&lt;/a&gt;。キーはこのパソコンのパスワード管理機能にだけ保存し、案件ファイル・設定・報告書には書きません。</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>paste the key from your Spamhaus account</source>
        <translation>Spamhaus のアカウント画面からキーを貼り付け</translation>
    </message>
    <message>
        <source>Spamhaus DQS key</source>
        <translation>Spamhaus DQS キー</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>キーを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Remo&amp;ve key</source>
        <translation>キーを削除(&amp;V)</translation>
    </message>
    <message>
        <source>Use it for this &amp;session only</source>
        <translation>今回だけ使う(&amp;S)</translation>
    </message>
    <message>
        <source>A key is stored in this computer&apos;s password manager ({backend}).</source>
        <translation>キーはこのパソコンのパスワード管理機能 ({backend}) に保存されています。</translation>
    </message>
    <message>
        <source>A key is used for this session only; it will be forgotten when Mail Mamori closes.</source>
        <translation>キーは今回だけ使われ、メールまもりを閉じると消えます。</translation>
    </message>
    <message>
        <source>The key from the environment variable MAIL_MAMORI_DQS_KEY is used.</source>
        <translation>環境変数 MAIL_MAMORI_DQS_KEY のキーが使われます。</translation>
    </message>
    <message>
        <source>No key is set: the ordinary Spamhaus lists are used.</source>
        <translation>キーは設定されていません。通常の Spamhaus のリストを使います。</translation>
    </message>
    <message>
        <source>This computer has no password manager Mail Mamori can use ({backend}), so a key can only be used for one session.</source>
        <translation>このパソコンにはメールまもりが使えるパスワード管理機能がないため ({backend})、キーは 1 回の起動の間だけ使えます。</translation>
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
    <name>ReceivedDialog</name>
    <message>
        <source>Addresses from a bounced mail</source>
        <translation>エラーメールからアドレスを取り出す</translation>
    </message>
    <message>
        <source>Open the returned mail (“Undelivered Mail Returned to Sender”, 「配信不能」 and similar), show its full text or source, and paste it here. The addresses your mail was sent from are taken from its Received lines. Nothing is sent anywhere.</source>
        <translation>戻ってきたエラーメール (「Undelivered Mail Returned to Sender」「配信不能」など) を開き、全文またはソースを表示してここに貼り付けてください。Received 行から、メールを送り出した IP アドレスを取り出します。どこにも送信しません。</translation>
    </message>
    <message>
        <source>Paste the whole bounced mail here</source>
        <translation>エラーメールの全文をここに貼り付け</translation>
    </message>
    <message>
        <source>Bounced mail text</source>
        <translation>エラーメールの本文</translation>
    </message>
    <message>
        <source>&amp;Read the addresses</source>
        <translation>アドレスを読み取る(&amp;R)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元の名前</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>扱い</translation>
    </message>
    <message>
        <source>No Received lines with an address were found. Paste the complete mail including its header lines.</source>
        <translation>IP アドレスを含む Received 行が見つかりません。ヘッダー行を含むメール全体を貼り付けてください。</translation>
    </message>
    <message>
        <source>Most likely the address your mail left from</source>
        <translation>メールを送り出した可能性が最も高いアドレス</translation>
    </message>
    <message>
        <source>Will be checked</source>
        <translation>確認します</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>対象外: {reason}</translation>
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
    <name>TargetsEditor</name>
    <message>
        <source>Address or domain</source>
        <translation>IP アドレスまたはドメイン</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>見つけた場所</translation>
    </message>
    <message>
        <source>Addresses and domains to check</source>
        <translation>確認する IP アドレスとドメイン</translation>
    </message>
    <message>
        <source>&amp;Look up from the domain</source>
        <translation>ドメインから調べる(&amp;L)</translation>
    </message>
    <message>
        <source>Find the addresses of your mail servers (MX), your domain and its SPF record</source>
        <translation>メールサーバ (MX)、ドメイン、SPF レコードの IP アドレスを調べます</translation>
    </message>
    <message>
        <source>From a bounced &amp;mail…</source>
        <translation>エラーメールから(&amp;M)…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>削除(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add an IP address or domain, e.g. 203.0.113.25</source>
        <translation>追加する IP アドレスまたはドメイン (例: 203.0.113.25)</translation>
    </message>
    <message>
        <source>IP address or domain to add</source>
        <translation>追加する IP アドレスまたはドメイン</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
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
    <message>
        <source>--timeout must be a number of seconds greater than 0 (for example 3), not {value}.</source>
        <translation>--timeout には 0 より大きい秒数 (例: 3) を指定してください ({value} は使えません)。</translation>
    </message>
    <message>
        <source>Target “{target}”: {problem}</source>
        <translation>対象「{target}」: {problem}</translation>
    </message>
    <message>
        <source>No DNS answer came back at all ({server}), so nothing could be checked. Check the network connection, or name another DNS server with --resolver.</source>
        <translation>DNS の応答がまったく返ってこなかったため ({server})、何も確認できませんでした。ネットワーク接続を確認するか、--resolver で別の DNS サーバを指定してください。</translation>
    </message>
    <message>
        <source>check IP addresses and domains on DNS blacklists</source>
        <translation>IP アドレスとドメインを DNS ブラックリストで確認する</translation>
    </message>
    <message>
        <source>Check IP addresses and domains on DNS blacklists. A domain is also looked up: the addresses of its mail servers (MX), its own addresses and the addresses in its SPF record are checked too. A Spamhaus DQS key is read from the environment variable MAIL_MAMORI_DQS_KEY or this computer&apos;s password manager.</source>
        <translation>IP アドレスとドメインを DNS ブラックリストで確認します。ドメインを指定すると、そのメールサーバ (MX)・ドメイン自体・SPF レコードの IP アドレスも調べて確認します。Spamhaus DQS キーは環境変数 MAIL_MAMORI_DQS_KEY またはこのパソコンのパスワード管理機能から読み込みます。</translation>
    </message>
    <message>
        <source>an IP address or a domain</source>
        <translation>IP アドレスまたはドメイン</translation>
    </message>
    <message>
        <source>use another blacklist definition file (format: docs/blacklist.md)</source>
        <translation>別のブラックリスト定義ファイルを使う (形式: docs/blacklist.md)</translation>
    </message>
    <message>
        <source>check domains only as given, without looking up their addresses</source>
        <translation>ドメインの IP アドレスを調べずに、指定したドメインだけを確認する</translation>
    </message>
</context>
<context>
    <name>cli-blacklist</name>
    <message>
        <source>Blacklist check {when} (Japan time)</source>
        <translation>ブラックリスト確認 {when} (日本時間)</translation>
    </message>
    <message>
        <source>DNS server: {server}</source>
        <translation>DNS サーバ: {server}</translation>
    </message>
    <message>
        <source>Spamhaus DQS key: in use</source>
        <translation>Spamhaus DQS キー: 使用中</translation>
    </message>
    <message>
        <source>{target} (IP address{origins})</source>
        <translation>{target} (IP アドレス{origins})</translation>
    </message>
    <message>
        <source>{target} (domain{origins})</source>
        <translation>{target} (ドメイン{origins})</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Summary: listed {listed}, policy {policy}, not listed {not_listed}, not tested {not_tested}, not supported {unsupported}</source>
        <translation>まとめ: 掲載 {listed}、ポリシー掲載 {policy}、掲載なし {not_listed}、未確認 {not_tested}、対象外 {unsupported}</translation>
    </message>
    <message>
        <source>Lists whose answers were not used:</source>
        <translation>回答を使わなかったリスト:</translation>
    </message>
    <message>
        <source>Looking up {domain}:</source>
        <translation>{domain} の調査:</translation>
    </message>
    <message>
        <source>The check was cancelled; results are partial.</source>
        <translation>確認は中止されました。結果は一部だけです。</translation>
    </message>
    <message>
        <source>removal: {url}</source>
        <translation>解除: {url}</translation>
    </message>
    <message>
        <source>(unverified list)</source>
        <translation>(未検証のリスト)</translation>
    </message>
    <message>
        <source>Why some lists could not be checked:</source>
        <translation>確認できなかった理由:</translation>
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
    <name>dnsbl</name>
    <message>
        <source>listed</source>
        <translation>掲載</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>掲載なし</translation>
    </message>
    <message>
        <source>policy listing</source>
        <translation>ポリシー掲載</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答なし</translation>
    </message>
    <message>
        <source>DNS server failure</source>
        <translation>DNS サーバの障害</translation>
    </message>
    <message>
        <source>refused by the DNS server</source>
        <translation>DNS サーバが拒否</translation>
    </message>
    <message>
        <source>your DNS server is blocked</source>
        <translation>DNS サーバがブロックされている</translation>
    </message>
    <message>
        <source>too many queries</source>
        <translation>問い合わせが多すぎる</translation>
    </message>
    <message>
        <source>the list failed its self-test</source>
        <translation>リストが自己診断に失敗</translation>
    </message>
    <message>
        <source>unusable answer</source>
        <translation>使えない応答</translation>
    </message>
    <message>
        <source>configuration error</source>
        <translation>設定の誤り</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ネットワークのエラー</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>The DNS server did not answer in time, so this list could not be checked. This says nothing about a listing. Check again later, or try another DNS server in Settings.</source>
        <translation>DNS サーバが時間内に応答しなかったため、このリストは確認できませんでした。掲載されているかどうかは分かりません。時間をおいて再確認するか、設定で別の DNS サーバを試してください。</translation>
    </message>
    <message>
        <source>The DNS server reported a failure (SERVFAIL) for this list, so it could not be checked. The list may be down, or it may not answer your DNS server.</source>
        <translation>DNS サーバがこのリストについて障害 (SERVFAIL) を返したため、確認できませんでした。リストが停止しているか、お使いの DNS サーバには答えないのかもしれません。</translation>
    </message>
    <message>
        <source>The DNS server refused the query (REFUSED), so this list could not be checked. Choose another DNS server in Settings.</source>
        <translation>DNS サーバが問い合わせを拒否した (REFUSED) ため、このリストは確認できませんでした。設定で別の DNS サーバを選んでください。</translation>
    </message>
    <message>
        <source>The list refuses to answer the DNS server you use: public DNS services (such as 8.8.8.8 or 1.1.1.1) and many cloud networks are blocked. Nothing is known about a listing. Ways out: choose your company&apos;s or internet provider&apos;s DNS server in Settings, or, for Spamhaus, enter a free Spamhaus DQS key in Settings.</source>
        <translation>このリストは、お使いの DNS サーバには答えません。公開 DNS サービス (8.8.8.8 や 1.1.1.1 など) や多くのクラウドはブロックされています。掲載されているかどうかは分かりません。対処法: 設定で社内やプロバイダの DNS サーバを選ぶか、Spamhaus については無料の Spamhaus DQS キーを設定してください。</translation>
    </message>
    <message>
        <source>The list refused to answer because your DNS server sends it too many queries (it is shared by many users). Choose another DNS server in Settings, or use a free Spamhaus DQS key for Spamhaus.</source>
        <translation>お使いの DNS サーバ (多くの利用者が共用) からの問い合わせが多すぎるため、リストが回答を拒否しました。設定で別の DNS サーバを選ぶか、Spamhaus については無料の Spamhaus DQS キーを使ってください。</translation>
    </message>
    <message>
        <source>The list failed its self-test in this run (it did not list its test entry, or it listed an address that must never be listed), so none of its answers can be trusted. The list may be unreachable from your DNS server, shut down, or your DNS server may alter answers.</source>
        <translation>このリストは今回の自己診断に失敗しました (テスト用の項目を掲載していない、または決して掲載されないはずのアドレスを掲載している)。そのため回答はすべて信頼できません。お使いの DNS サーバからリストに届かない、リストが停止している、または DNS サーバが回答を書き換えている可能性があります。</translation>
    </message>
    <message>
        <source>The answer could not be used (for example an address outside 127.0.0.0/8, which means your DNS server replaces “not found” answers with its own). Choose another DNS server in Settings.</source>
        <translation>応答を使えませんでした (例えば 127.0.0.0/8 以外のアドレス。これは DNS サーバが「見つからない」という応答を独自の応答に差し替えていることを示します)。設定で別の DNS サーバを選んでください。</translation>
    </message>
    <message>
        <source>The list answered that the query was not valid for it (for Spamhaus DQS: the key was not accepted). Check the Spamhaus DQS key in Settings.</source>
        <translation>リストが「この問い合わせは正しくない」と答えました (Spamhaus DQS の場合はキーが受け付けられなかったことを示します)。設定で Spamhaus DQS キーを確認してください。</translation>
    </message>
    <message>
        <source>The DNS server could not be reached (a network error), so this list could not be checked. Check the network connection and the DNS server in Settings.</source>
        <translation>DNS サーバに接続できなかった (ネットワークのエラー) ため、このリストは確認できませんでした。ネットワーク接続と、設定の DNS サーバを確認してください。</translation>
    </message>
    <message>
        <source>The check was cancelled before this list answered.</source>
        <translation>このリストが応答する前に確認が中止されました。</translation>
    </message>
    <message>
        <source>Listed with code {code}, which this list does not document.</source>
        <translation>このリストが説明していないコード {code} で掲載されています。</translation>
    </message>
    <message>
        <source>The list answered {code}, which it does not use for listings; it may be an error answer.</source>
        <translation>リストが {code} と答えました。これは掲載を示すコードではなく、エラーの応答かもしれません。</translation>
    </message>
    <message>
        <source>Your DNS server answered {codes} (outside 127.0.0.0/8). It replaces “not found” answers with its own, so blacklist answers through it cannot be trusted.</source>
        <translation>DNS サーバが {codes} (127.0.0.0/8 の範囲外) と答えました。「見つからない」という応答を独自の応答に差し替えているため、この DNS サーバ経由のブラックリストの回答は信頼できません。</translation>
    </message>
    <message>
        <source>The list&apos;s test query for {probe} failed ({status}), so the list could not be used.</source>
        <translation>リストのテスト用の問い合わせ ({probe}) が失敗した ({status}) ため、このリストは使えませんでした。</translation>
    </message>
    <message>
        <source>The list did not list its test entry {probe}: it is unreachable, shut down, or silently ignores your DNS server. Its “not listed” answers mean nothing.</source>
        <translation>リストがテスト用の項目 {probe} を掲載していませんでした。リストに届かない、停止している、またはお使いの DNS サーバを黙って無視しています。このリストの「掲載なし」には意味がありません。</translation>
    </message>
    <message>
        <source>The list listed {probe}, which must never be listed: it answers “listed” for everything (a dead list, or your DNS server alters answers). Its answers are ignored.</source>
        <translation>リストが、決して掲載されないはずの {probe} を掲載していました。何を聞いても「掲載」と答えています (停止したリスト、または DNS サーバによる書き換え)。このリストの回答は使いません。</translation>
    </message>
    <message>
        <source>The test query for {probe} was answered with {codes} (outside 127.0.0.0/8): your DNS server alters answers. Choose another DNS server in Settings.</source>
        <translation>テスト用の問い合わせ {probe} に {codes} (127.0.0.0/8 の範囲外) という応答がありました。DNS サーバが応答を書き換えています。設定で別の DNS サーバを選んでください。</translation>
    </message>
    <message>
        <source>The list&apos;s test query for {probe} got the error answer {code}.</source>
        <translation>リストのテスト用の問い合わせ ({probe}) にエラーの応答 {code} が返りました。</translation>
    </message>
    <message>
        <source>Spamhaus DQS answered with a failure: the DQS key was probably not accepted (mistyped, expired, or not entitled to this list).</source>
        <translation>Spamhaus DQS が失敗を返しました。DQS キーが受け付けられなかった可能性があります (入力の誤り、期限切れ、またはこのリストを使う権利がない)。</translation>
    </message>
    <message>
        <source>{list} does not check IPv6 addresses, so this address cannot be checked on it.</source>
        <translation>{list} は IPv6 アドレスに対応していないため、このアドレスは確認できません。</translation>
    </message>
    <message>
        <source>The blacklist definition file {path} cannot be used: {problem}</source>
        <translation>ブラックリスト定義ファイル {path} を使えません: {problem}</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>your domain</source>
        <translation>自社のドメイン</translation>
    </message>
    <message>
        <source>address of {detail}</source>
        <translation>{detail} のアドレス</translation>
    </message>
    <message>
        <source>mail server (MX) {detail}</source>
        <translation>メールサーバ (MX) {detail}</translation>
    </message>
    <message>
        <source>in the SPF record of {detail}</source>
        <translation>{detail} の SPF レコード</translation>
    </message>
    <message>
        <source>from a bounce&apos;s Received header</source>
        <translation>エラーメールの Received 行</translation>
    </message>
    <message>
        <source>{address} is a {kind} address, used only inside networks. Blacklists list only public addresses, so there is nothing to check. Enter the public address of your mail server.</source>
        <translation>{address} は{kind}アドレスで、ネットワークの内側だけで使われます。ブラックリストに載るのはインターネット上の (グローバル) アドレスだけなので、確認する必要はありません。メールサーバのグローバル IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>private</source>
        <translation>プライベート</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>ループバック</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>リンクローカル</translation>
    </message>
    <message>
        <source>shared (carrier-grade NAT)</source>
        <translation>共有 (CGNAT)</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>マルチキャスト</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>Please enter an IP address (e.g. 203.0.113.25) or a domain (e.g. example.co.jp).</source>
        <translation>IP アドレス (例: 203.0.113.25) またはドメイン (例: example.co.jp) を入力してください。</translation>
    </message>
    <message>
        <source>The {rtype} record of {name} could not be looked up ({status}), so the list of addresses to check may be incomplete.</source>
        <translation>{name} の {rtype} レコードを調べられなかった ({status}) ため、確認するアドレスの一覧は不完全かもしれません。</translation>
    </message>
    <message>
        <source>{domain} has no MX record: mail for it goes to the domain&apos;s own address, which is checked.</source>
        <translation>{domain} には MX レコードがありません。メールはドメイン自体のアドレスに届くので、そのアドレスを確認します。</translation>
    </message>
    <message>
        <source>{domain} publishes a “null MX”: it says it receives no mail at all.</source>
        <translation>{domain} は「null MX」を公開しています。メールを一切受け取らないという設定です。</translation>
    </message>
    <message>
        <source>The SPF record of {domain} allows the whole range {range}; ranges are not checked address by address. Add the address your mail actually leaves from, if you know it.</source>
        <translation>{domain} の SPF レコードは範囲 {range} 全体を許可しています。範囲は 1 つずつ確認しません。メールを実際に送り出すアドレスが分かれば追加してください。</translation>
    </message>
    <message>
        <source>The SPF record of {domain} refers to other records ({terms}); the servers named there are not checked here (they usually belong to your provider).</source>
        <translation>{domain} の SPF レコードは他のレコード ({terms}) を参照しています。そこにあるサーバはここでは確認しません (通常はサーバ会社のものです)。</translation>
    </message>
    <message>
        <source>{domain} has {count} MX hosts; only the first {limit} are checked.</source>
        <translation>{domain} には MX ホストが {count} 個あります。最初の {limit} 個だけを確認します。</translation>
    </message>
    <message>
        <source>No IP address could be found for {domain}. Add your mail server&apos;s address by hand, or take it from a bounce.</source>
        <translation>{domain} の IP アドレスが見つかりませんでした。メールサーバのアドレスを手で追加するか、エラーメールから取り出してください。</translation>
    </message>
    <message>
        <source>The pasted text is too long ({length} characters). Paste only the returned mail (the bounce), not a whole mailbox.</source>
        <translation>貼り付けた文章が長すぎます ({length} 文字)。メールボックス全体ではなく、戻ってきたエラーメールだけを貼り付けてください。</translation>
    </message>
    <message>
        <source>a private address inside a network</source>
        <translation>ネットワーク内部のプライベートアドレス</translation>
    </message>
    <message>
        <source>a loopback address (the machine itself)</source>
        <translation>ループバックアドレス (その機械自身)</translation>
    </message>
    <message>
        <source>a link-local address</source>
        <translation>リンクローカルアドレス</translation>
    </message>
    <message>
        <source>a shared (carrier-grade NAT) address</source>
        <translation>共有アドレス (CGNAT)</translation>
    </message>
    <message>
        <source>a multicast address</source>
        <translation>マルチキャストアドレス</translation>
    </message>
    <message>
        <source>an unspecified address</source>
        <translation>未指定のアドレス</translation>
    </message>
    <message>
        <source>a reserved address</source>
        <translation>予約済みのアドレス</translation>
    </message>
    <message>
        <source>passed on inside the receiving organisation, not the sender</source>
        <translation>受信側の組織内での転送で、送信元ではない</translation>
    </message>
    <message>
        <source>mail coming to you, not mail you sent</source>
        <translation>自社に届いたメールで、送ったメールではない</translation>
    </message>
    <message>
        <source>a mail program logging in to hand mail to its server; receivers never see this address</source>
        <translation>メールソフトがログインしてサーバにメールを渡した記録で、受信側にはこのアドレスは見えない</translation>
    </message>
</context>
<context>
    <name>dnsbl-guide</name>
    <message>
        <source>Fix the cause first: change the password of every misused mail account to a long, unique one (16 characters or more, mixing upper and lower case, digits and symbols) and delete accounts nobody uses, such as those of staff who have left.</source>
        <translation>まず原因を取り除きます: 悪用されたメールアカウントのパスワードを、長くて他で使っていないもの (16 文字以上、英大文字・小文字・数字・記号の組み合わせ) に変え、退職者のものなど使っていないアカウントを削除してください。</translation>
    </message>
    <message>
        <source>Ask your hosting provider to confirm that no more spam is being sent or waiting in the mail queue, and that sending mail requires a password (SMTP authentication).</source>
        <translation>サーバ会社に、迷惑メールの送信が止まっていて送信待ち (メールキュー) にも残っていないこと、メール送信にパスワード (SMTP 認証) が必要になっていることを確認してもらってください。</translation>
    </message>
    <message>
        <source>Then ask the list for removal: open the delisting page and paste the English request text below into its form. A request sent before the cause is fixed is usually refused or the address is listed again.</source>
        <translation>そのうえでリストに解除を申請します: 解除ページを開き、下の英文の依頼文を申請フォームに貼り付けてください。原因を直す前に申請すると、たいてい断られるか、すぐに再び掲載されます。</translation>
    </message>
    <message>
        <source>This list removes entries by itself once the spam stops; no request is needed. Check again later.</source>
        <translation>このリストは迷惑メールが止まれば自動的に解除されます。申請は不要です。後でもう一度確認してください。</translation>
    </message>
    <message>
        <source>DNS servers may keep showing this answer for up to {duration} after a change. Re-check after that.</source>
        <translation>変化があっても、DNS サーバは最大 {duration} の間この応答を表示し続けることがあります。その後に再確認してください。</translation>
    </message>
    <message>
        <source>This is not a spam listing: the address is in a range that is not expected to send mail directly (for example a home or office internet line).</source>
        <translation>これはスパムとしての掲載ではありません。直接メールを送らないはずのアドレス範囲 (家庭や事務所のインターネット回線など) として載っています。</translation>
    </message>
    <message>
        <source>If this address is your mail server with a fixed IP address, ask your hosting or internet provider to have it excluded (Spamhaus: the PBL removal form). If mail from this line should go out through your provider&apos;s mail server, configure it that way.</source>
        <translation>このアドレスが固定 IP アドレスのメールサーバなら、サーバ会社やプロバイダに除外を依頼してください (Spamhaus の場合は PBL の除外フォーム)。この回線からのメールをプロバイダのメールサーバ経由で送るべき場合は、そのように設定してください。</translation>
    </message>
    <message>
        <source>No action is expected from you: the listing covers your provider&apos;s whole network. Tell your hosting provider if mail is refused because of it. Never pay for a removal.</source>
        <translation>お客様側での対応は必要ありません: サーバ会社のネットワーク全体が登録されています。これが原因でメールが拒否される場合はサーバ会社に伝えてください。解除のためにお金を払う必要は決してありません。</translation>
    </message>
    <message>
        <source>The meaning of this list&apos;s answers comes from third-party descriptions, not from the list&apos;s operator; treat it with some care.</source>
        <translation>このリストの応答の意味は運営者の公式資料ではなく第三者の説明によるものです。参考程度に扱ってください。</translation>
    </message>
    <message>
        <source>This list does not list {target}.</source>
        <translation>このリストに {target} は掲載されていません。</translation>
    </message>
    <message>
        <source>This list does not check this kind of address, so there is nothing to do.</source>
        <translation>このリストはこの種類のアドレスを扱わないため、対応は不要です。</translation>
    </message>
    <message>
        <source>Open Settings and choose another DNS server: your company&apos;s or your internet provider&apos;s DNS server (public services such as 8.8.8.8 or 1.1.1.1 are refused by some lists).</source>
        <translation>設定を開き、別の DNS サーバを選んでください: 社内またはプロバイダの DNS サーバがおすすめです (8.8.8.8 や 1.1.1.1 などの公開サービスは、一部のリストに拒否されます)。</translation>
    </message>
    <message>
        <source>For Spamhaus: register a free Spamhaus DQS account (free for small, non-commercial use such as checking your own mail) and enter its key in Settings. The key is kept in this computer&apos;s password manager.</source>
        <translation>Spamhaus の場合: 無料の Spamhaus DQS アカウントを登録し (自社メールの確認のような小規模・非商用の利用は無料)、そのキーを設定に入力してください。キーはこのパソコンのパスワード管理機能に保存されます。</translation>
    </message>
    <message>
        <source>Check again in a few minutes.</source>
        <translation>数分後にもう一度確認してください。</translation>
    </message>
    <message>
        <source>Check the Spamhaus DQS key in Settings (copy it again from your Spamhaus account), or remove it to use the ordinary Spamhaus lists.</source>
        <translation>設定で Spamhaus DQS キーを確認するか (Spamhaus のアカウント画面からもう一度コピー)、キーを削除して通常の Spamhaus のリストを使ってください。</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} 時間</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} 秒</translation>
    </message>
</context>
<context>
    <name>dnsbl-history</name>
    <message>
        <source>listed</source>
        <translation>掲載</translation>
    </message>
    <message>
        <source>policy listing</source>
        <translation>ポリシー掲載</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>掲載なし</translation>
    </message>
    <message>
        <source>delisted</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>確認なし</translation>
    </message>
</context>
<context>
    <name>dqs</name>
    <message>
        <source>This does not look like a Spamhaus DQS key. The key is a code of letters and digits (26 characters) shown in your Spamhaus account; copy it without spaces.</source>
        <translation>Spamhaus DQS キーの形式ではありません。キーは Spamhaus のアカウント画面に表示される英数字 (26 文字) です。空白を含めずにコピーしてください。</translation>
    </message>
    <message>
        <source>The key was stored in this computer&apos;s password manager ({backend}). It is not written anywhere else.</source>
        <translation>キーをこのパソコンのパスワード管理機能 ({backend}) に保存しました。それ以外の場所には書き込んでいません。</translation>
    </message>
    <message>
        <source>This computer has no password manager that Mail Mamori can use ({backend}), so the key cannot be remembered here. It can be used for this session only; it will be forgotten when Mail Mamori closes.</source>
        <translation>このパソコンにはメールまもりが使えるパスワード管理機能がないため ({backend})、キーを記憶できません。今回だけ使うことはできます。その場合、メールまもりを閉じるとキーは消えます。</translation>
    </message>
    <message>
        <source>The only password store available here ({backend}) keeps secrets in a plain file, so the key is not stored there. It can be used for this session only.</source>
        <translation>ここで使えるパスワード保存先 ({backend}) は秘密を普通のファイルに書くため、キーは保存しません。このセッションの間だけ使うことはできます。</translation>
    </message>
    <message>
        <source>The password manager ({backend}) did not accept the key ({error}). It can be used for this session only.</source>
        <translation>パスワード管理機能 ({backend}) がキーを受け付けませんでした ({error})。このセッションの間だけ使うことはできます。</translation>
    </message>
    <message>
        <source>The key was removed from this computer&apos;s password manager and from this session.</source>
        <translation>キーをこのパソコンのパスワード管理機能と、このセッションから削除しました。</translation>
    </message>
    <message>
        <source>The key was removed from this session, but the password manager ({backend}) reported an error: {error}</source>
        <translation>キーをこのセッションから削除しましたが、パスワード管理機能 ({backend}) がエラーを返しました: {error}</translation>
    </message>
    <message>
        <source>The key is used for this session only and will be forgotten when Mail Mamori closes.</source>
        <translation>キーはこのセッションの間だけ使い、メールまもりを閉じると消えます。</translation>
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
