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
    <name>FindingList</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
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
    <name>SenderAuthPage</name>
    <message>
        <source>Sender authentication (SPF, DMARC, DKIM)</source>
        <translation>送信ドメイン認証 (SPF・DMARC・DKIM)</translation>
    </message>
    <message>
        <source>Check that your domain tells receivers which servers may send its mail, and fix it if needed. Each check runs only when you press its button.</source>
        <translation>あなたのドメインのメールを送ってよいサーバーが、受信側に正しく伝わっているか確認し、必要なら直します。確認はボタンを押したときだけ行います。</translation>
    </message>
    <message>
        <source>SPF is a TXT record in your domain&apos;s DNS that lists the servers allowed to send mail for your addresses. DMARC tells receivers what to do with mail that fails the check and sends you reports; DKIM signs your mail.</source>
        <translation>SPF は、あなたのアドレスでメールを送ってよいサーバーの一覧を、ドメインの DNS に TXT レコードとして登録するものです。DMARC は、確認に不合格のメールの扱い方を受信側に伝え、レポートを送ってもらう仕組みです。DKIM はメールに電子署名を付けます。</translation>
    </message>
    <message>
        <source>ℹ Please note: SPF stops other people from forging your domain. It does not stop spam sent through your own server with a stolen password: such mail passes SPF and DKIM. What stops that is strong passwords, removing unused accounts, and SMTP authentication (step 3).</source>
        <translation>ℹ ご注意: SPF が防ぐのは、他人があなたのドメインを名乗ってメールを送る「なりすまし」です。盗まれたパスワードを使ってあなた自身のサーバーから送られた迷惑メールは止められません (そのようなメールは SPF にも DKIM にも合格します)。それを防ぐのは、強いパスワード、使っていないアカウントの削除、SMTP 認証です (ステップ 3)。</translation>
    </message>
    <message>
        <source>Current SPF record</source>
        <translation>現在の SPF レコード</translation>
    </message>
    <message>
        <source>&amp;Check SPF</source>
        <translation>SPF を確認(&amp;C)</translation>
    </message>
    <message>
        <source>Records used through include and redirect:</source>
        <translation>include・redirect で参照しているレコード:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation>DNS の参照回数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Include tree of the SPF record</source>
        <translation>SPF レコードの参照先の一覧</translation>
    </message>
    <message>
        <source>Recommended SPF record</source>
        <translation>推奨する SPF レコード</translation>
    </message>
    <message>
        <source>The recommended record keeps what your current record needs, adds what your hosting company needs and every server that sends your mail, and is checked before it is shown: at most 10 DNS lookups, every include answers, every sending IP address passes. It is always one record: never add a second one.</source>
        <translation>推奨レコードは、現在のレコードで必要な部分を引き継ぎ、ご利用のサーバー会社に必要な設定とメールを送るすべてのサーバーを加えたものです。表示する前に、DNS の参照が 10 回以内であること、すべての include 先が応答すること、送信元の IP アドレスがすべて合格することを確認しています。レコードは必ず 1 つです。2 つ目を追加しないでください。</translation>
    </message>
    <message>
        <source>Found in the blacklist check:</source>
        <translation>ブラックリスト確認で見つかったもの:</translation>
    </message>
    <message>
        <source>Other sending &amp;IP addresses (one per line):</source>
        <translation>ほかに送信に使う IP アドレス (1 行に 1 つ)(&amp;I):</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.25 (your mail server&apos;s address)</source>
        <translation>例: 203.0.113.25 (メールサーバーのアドレス)</translation>
    </message>
    <message>
        <source>&amp;Other services that send your mail:</source>
        <translation>ほかにメールを送るサービス(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. include:_spf.google.com (separate with spaces)</source>
        <translation>例: include:_spf.google.com (複数ある場合はスペースで区切る)</translation>
    </message>
    <message>
        <source>What should receivers do with mail from other servers?</source>
        <translation>登録していないサーバーからのメールを、受信側にどう扱ってもらいますか?</translation>
    </message>
    <message>
        <source>Mark it as suspicious (recommended to &amp;start with)</source>
        <translation>疑わしいと判定する (まずはこちらがおすすめ)(&amp;S)</translation>
    </message>
    <message>
        <source>Reject it (s&amp;trict)</source>
        <translation>拒否する (厳格)(&amp;T)</translation>
    </message>
    <message>
        <source>~all: mark it as suspicious</source>
        <translation>~all: 疑わしいと判定する</translation>
    </message>
    <message>
        <source>-all: reject it</source>
        <translation>-all: 拒否する</translation>
    </message>
    <message>
        <source>&amp;Make the recommended record</source>
        <translation>推奨レコードを作成(&amp;M)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the recommended SPF record</source>
        <translation>推奨する SPF レコードをコピー</translation>
    </message>
    <message>
        <source>How to publish it</source>
        <translation>DNS への登録手順</translation>
    </message>
    <message>
        <source>&amp;Re-check after publishing</source>
        <translation>公開後に再確認(&amp;R)</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>変更前と変更後</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DMARC is a second TXT record, at _dmarc.{domain}. Start with p=none: it only asks receivers to send you reports, nothing is blocked. After a few weeks, when the reports show that all your real mail passes, move to p=quarantine and then p=reject.</source>
        <translation>DMARC は、_dmarc.{domain} に登録するもう 1 つの TXT レコードです。最初は p=none にします。受信側にレポートを依頼するだけで、メールを止めることはありません。数週間たって、正規のメールがすべて合格していることがレポートで確認できたら、p=quarantine、次に p=reject へ進めます。</translation>
    </message>
    <message>
        <source>Reports go to (&amp;e-mail address):</source>
        <translation>レポートの送り先メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>Check &amp;DMARC</source>
        <translation>DMARC を確認(&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;py DMARC record</source>
        <translation>DMARC レコードをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Recommended DMARC record</source>
        <translation>推奨する DMARC レコード</translation>
    </message>
    <message>
        <source>The path: ① p=none (reports only) → ② p=quarantine (forged mail goes to spam folders) → ③ p=reject (forged mail is refused). Change the record only when the reports show that your own mail passes.</source>
        <translation>進め方: ① p=none (レポートのみ) → ② p=quarantine (なりすましメールは迷惑メールフォルダーへ) → ③ p=reject (なりすましメールは拒否)。レコードを変更するのは、ご自身のメールが合格していることをレポートで確認できてからにしてください。</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DKIM keys are published under a name (selector) chosen by your provider. We try the common ones; pasting the header of a mail you sent shows the exact one.</source>
        <translation>DKIM の鍵は、サービス提供元が決めた名前 (セレクタ) で登録されています。よく使われるセレクタを試します。送信したメールのヘッダーを貼り付けると、実際に使われているセレクタを確認できます。</translation>
    </message>
    <message>
        <source>Se&amp;lectors to try as well:</source>
        <translation>ほかに試すセレクタ(&amp;L):</translation>
    </message>
    <message>
        <source>e.g. default s1 (separate with spaces)</source>
        <translation>例: default s1 (スペースで区切る)</translation>
    </message>
    <message>
        <source>&amp;Header of a sent mail (optional):</source>
        <translation>送信したメールのヘッダー (任意)(&amp;H):</translation>
    </message>
    <message>
        <source>Paste the lines starting with DKIM-Signature:</source>
        <translation>DKIM-Signature: で始まる行を貼り付けてください</translation>
    </message>
    <message>
        <source>Check D&amp;KIM</source>
        <translation>DKIM を確認(&amp;K)</translation>
    </message>
    <message>
        <source>Sender authentication</source>
        <translation>送信ドメイン認証</translation>
    </message>
    <message>
        <source>IP addresses, line {line}: {problem}</source>
        <translation>IP アドレスの {line} 行目: {problem}</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>Domain: {domain}</source>
        <translation>ドメイン: {domain}</translation>
    </message>
    <message>
        <source>No domain yet: enter it on the Situation page first.</source>
        <translation>ドメインがまだ入力されていません。先に「状況の確認」ページで入力してください。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <source>The SPF record is valid.</source>
        <translation>SPF レコードは正しく設定されています。</translation>
    </message>
    <message>
        <source>There is no SPF record.</source>
        <translation>SPF レコードがありません。</translation>
    </message>
    <message>
        <source>The SPF record is broken: receivers ignore it for all your mail.</source>
        <translation>SPF レコードに誤りがあります。受信側はすべてのメールについてこのレコードを無視します。</translation>
    </message>
    <message>
        <source>Could not check completely: a DNS lookup failed. This is not a clean result.</source>
        <translation>DNS の問い合わせに失敗したため、最後まで確認できませんでした。問題がないという意味ではありません。</translation>
    </message>
    <message>
        <source>The SPF record is valid, but can be improved.</source>
        <translation>SPF レコードは正しく設定されていますが、改善できる点があります。</translation>
    </message>
    <message>
        <source>DNS lookups: {lookups} of at most 10 (worst case: every term counted). Names that do not exist: {voids} of at most 2.</source>
        <translation>DNS の参照回数: {lookups} 回 (上限 10 回。すべての項目を数えた場合)。存在しない名前の参照: {voids} 回 (上限 2 回)。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Checked {when} using the DNS server {server}.</source>
        <translation>{when} に確認しました (DNS サーバー: {server})。</translation>
    </message>
    <message>
        <source>of this computer ({servers})</source>
        <translation>このパソコンの設定 ({servers})</translation>
    </message>
    <message>
        <source>Record {number}:</source>
        <translation>レコード {number}:</translation>
    </message>
    <message>
        <source>✔ answers</source>
        <translation>✔ 応答あり</translation>
    </message>
    <message>
        <source>✖ no SPF record</source>
        <translation>✖ SPF レコードなし</translation>
    </message>
    <message>
        <source>✖ broken</source>
        <translation>✖ 誤りあり</translation>
    </message>
    <message>
        <source>？ no answer</source>
        <translation>？ 応答なし</translation>
    </message>
    <message>
        <source>✖ loop</source>
        <translation>✖ 循環参照</translation>
    </message>
    <message>
        <source>depends on the message</source>
        <translation>メールにより変わる</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>たどっていません</translation>
    </message>
    <message>
        <source>No change needed: your published record already does everything.</source>
        <translation>変更は不要です。登録済みのレコードで必要なことはすべてできています。</translation>
    </message>
    <message>
        <source>Verified. Publish this record instead of the current one.</source>
        <translation>確認済みです。現在のレコードの代わりに、このレコードを登録してください。</translation>
    </message>
    <message>
        <source>Not fully verified: read the points marked below before publishing.</source>
        <translation>確認できていない点があります。登録する前に、下の印の付いた項目をお読みください。</translation>
    </message>
    <message>
        <source>The record is longer than 255 characters. If your DNS panel asks for it in parts, enter these {count} parts in this order: {parts}</source>
        <translation>レコードが 255 文字を超えています。DNS の管理画面で分けて入力するよう求められたら、次の {count} つの部分をこの順に入力してください: {parts}</translation>
    </message>
    <message>
        <source>Checked before recommending:</source>
        <translation>提案する前に確認したこと:</translation>
    </message>
    <message>
        <source>What changed and why:</source>
        <translation>変更点とその理由:</translation>
    </message>
    <message>
        <source>These are the steps for {panel} as far as we know them; screens change, so please confirm with your provider if something looks different.</source>
        <translation>{panel}での手順を、当アプリで調べた範囲でご案内します。画面は変わることがあるため、違って見える場合はご利用の会社にご確認ください。</translation>
    </message>
    <message>
        <source>Record type: TXT (not “SPF”, which receivers no longer read).</source>
        <translation>種類: TXT (「SPF」ではありません。受信側はもう読み取りません)。</translation>
    </message>
    <message>
        <source>Value: the recommended record exactly as copied: no quote marks around it, no full-width characters or spaces.</source>
        <translation>値: 推奨レコードをコピーしたまま貼り付けます。前後に引用符を付けず、全角の文字やスペースを入れないでください。</translation>
    </message>
    <message>
        <source>Only one record may start with v=spf1: change the existing one instead of adding another.</source>
        <translation>v=spf1 で始まるレコードは 1 つだけです。新しく追加せず、既存のレコードを書き換えてください。</translation>
    </message>
    <message>
        <source>After saving, wait a little (up to the time DNS keeps old answers, often an hour) and press “Re-check after publishing”.</source>
        <translation>保存したら少し待って (DNS が古い内容を覚えている時間。1 時間程度のことが多いです)、「公開後に再確認」を押してください。</translation>
    </message>
    <message>
        <source>Check these points:</source>
        <translation>次の点を確認してください:</translation>
    </message>
    <message>
        <source>✔ valid</source>
        <translation>✔ 正しい</translation>
    </message>
    <message>
        <source>⚠ no record</source>
        <translation>⚠ レコードなし</translation>
    </message>
    <message>
        <source>✖ broken (permerror)</source>
        <translation>✖ 誤りあり (permerror)</translation>
    </message>
    <message>
        <source>？ could not check</source>
        <translation>？ 確認できず</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After (latest check)</source>
        <translation>変更後 (最新の確認)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>✔ The published record matches the recommendation.</source>
        <translation>✔ 登録されたレコードは推奨レコードと一致しています。</translation>
    </message>
    <message>
        <source>⚠ The published record is not the recommended one yet. If you have just changed it, DNS may show the old value for up to {minutes} minutes: check again later.</source>
        <translation>⚠ 登録されているレコードは、まだ推奨レコードと一致していません。変更したばかりなら、DNS が最長 {minutes} 分ほど古い内容を返すことがあります。しばらくしてからもう一度確認してください。</translation>
    </message>
    <message>
        <source>A DMARC record is published.</source>
        <translation>DMARC レコードが登録されています。</translation>
    </message>
    <message>
        <source>There is no DMARC record.</source>
        <translation>DMARC レコードがありません。</translation>
    </message>
    <message>
        <source>The DMARC record is not usable: receivers ignore it.</source>
        <translation>DMARC レコードが使えない状態です。受信側はこれを無視します。</translation>
    </message>
    <message>
        <source>Could not check DMARC: a DNS lookup failed.</source>
        <translation>DNS の問い合わせに失敗したため、DMARC を確認できませんでした。</translation>
    </message>
    <message>
        <source>Checked {when}.</source>
        <translation>{when} に確認しました。</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>次の段階:</translation>
    </message>
    <message>
        <source>A usable DKIM key is published.</source>
        <translation>使える DKIM の鍵が登録されています。</translation>
    </message>
    <message>
        <source>There is a problem with a DKIM key.</source>
        <translation>DKIM の鍵に問題があります。</translation>
    </message>
    <message>
        <source>No DKIM key found under the selectors tried.</source>
        <translation>試したセレクタでは DKIM の鍵が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Could not check DKIM: a DNS lookup failed.</source>
        <translation>DNS の問い合わせに失敗したため、DKIM を確認できませんでした。</translation>
    </message>
    <message>
        <source> ({type}, {bits} bits)</source>
        <translation> ({type}、{bits} ビット)</translation>
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
    <message>
        <source>check the DMARC record of a domain</source>
        <translation>ドメインの DMARC レコードを確認する</translation>
    </message>
    <message>
        <source>check _dmarc.DOMAIN (RFC 9989) and recommend the next step</source>
        <translation>_dmarc.DOMAIN を確認し (RFC 9989)、次の段階を提案する</translation>
    </message>
    <message>
        <source>where reports should go if the record has none (default: dmarc-reports@DOMAIN)</source>
        <translation>レコードに送り先がない場合のレポートの送り先 (既定: dmarc-reports@DOMAIN)</translation>
    </message>
    <message>
        <source>look for the DKIM keys of a domain</source>
        <translation>ドメインの DKIM の鍵を探す</translation>
    </message>
    <message>
        <source>probe common selectors, or those of a DKIM-Signature header</source>
        <translation>よく使われるセレクタ、または DKIM-Signature ヘッダーのセレクタを調べる</translation>
    </message>
    <message>
        <source>a selector to look up (repeatable; default: common selectors)</source>
        <translation>調べるセレクタ (複数指定可。既定: よく使われるセレクタ)</translation>
    </message>
    <message>
        <source>a file with the header of a sent mail (&apos;-&apos; reads standard input)</source>
        <translation>送信したメールのヘッダーを含むファイル (&apos;-&apos; で標準入力から読む)</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>DMARC レコード</translation>
    </message>
    <message>
        <source>check, evaluate and generate SPF records</source>
        <translation>SPF レコードの確認・評価・作成</translation>
    </message>
    <message>
        <source>validate the SPF record of a domain (RFC 7208) and explain its problems</source>
        <translation>ドメインの SPF レコードを検証し (RFC 7208)、問題点を説明する</translation>
    </message>
    <message>
        <source>evaluate SPF for mail from an IP address (RFC 7208 check_host)</source>
        <translation>IP アドレスから送られたメールの SPF を評価する (RFC 7208 check_host)</translation>
    </message>
    <message>
        <source>evaluate this record instead of the published one (to test before publishing)</source>
        <translation>登録済みのレコードの代わりにこのレコードで評価する (登録前の確認用)</translation>
    </message>
    <message>
        <source>recommend one verified SPF record, merged with the published one</source>
        <translation>登録済みのレコードとまとめた、確認済みの SPF レコードを 1 つ提案する</translation>
    </message>
    <message>
        <source>hosting provider id (xserver, sakura, lolipop, conoha_wing, onamae, google_workspace, microsoft365, self_hosted, other)</source>
        <translation>サービス提供元の ID (xserver, sakura, lolipop, conoha_wing, onamae, google_workspace, microsoft365, self_hosted, other)</translation>
    </message>
    <message>
        <source>server name of the rental server, e.g. sv1234.xserver.jp</source>
        <translation>レンタルサーバーのサーバー名 (例: sv1234.xserver.jp)</translation>
    </message>
    <message>
        <source>add an ip4: term (repeatable)</source>
        <translation>ip4: の項目を追加する (複数指定可)</translation>
    </message>
    <message>
        <source>add an ip6: term (repeatable)</source>
        <translation>ip6: の項目を追加する (複数指定可)</translation>
    </message>
    <message>
        <source>add an include: term (repeatable)</source>
        <translation>include: の項目を追加する (複数指定可)</translation>
    </message>
    <message>
        <source>add any other SPF term (repeatable)</source>
        <translation>その他の SPF の項目を追加する (複数指定可)</translation>
    </message>
    <message>
        <source>an IP address that sends your mail and must pass (repeatable)</source>
        <translation>メールを送信していて合格すべき IP アドレス (複数指定可)</translation>
    </message>
    <message>
        <source>~all (default, also: soft) or -all (also: hard); write --all=-all</source>
        <translation>~all (既定。soft でも可) または -all (hard でも可)。--all=-all のように書きます</translation>
    </message>
    <message>
        <source>merge with the published record of this domain (default: DOMAIN itself)</source>
        <translation>このドメインの登録済みレコードとまとめる (既定: DOMAIN 自身)</translation>
    </message>
    <message>
        <source>ignore the published record instead of merging with it</source>
        <translation>登録済みのレコードとまとめずに作成する</translation>
    </message>
    <message>
        <source>--timeout must be between 0 and 60 seconds.</source>
        <translation>--timeout には 0〜60 秒の値を指定してください。</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>SPF レコード</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>DNS lookups (worst case)</source>
        <translation>DNS の参照回数 (最も多い場合)</translation>
    </message>
    <message>
        <source>Lookups that found nothing</source>
        <translation>存在しない名前の参照</translation>
    </message>
    <message>
        <source>Include tree</source>
        <translation>include の構成</translation>
    </message>
    <message>
        <source>Matched term</source>
        <translation>一致した項目</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>DNS lookups used</source>
        <translation>使った DNS の参照回数</translation>
    </message>
    <message>
        <source>No change needed: the published record already does everything.</source>
        <translation>変更は不要です。登録済みのレコードで必要なことはすべてできています。</translation>
    </message>
    <message>
        <source>Recommended record</source>
        <translation>推奨レコード</translation>
    </message>
    <message>
        <source>As TXT strings</source>
        <translation>TXT の文字列に分けた形</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>dkim</name>
    <message>
        <source>No DKIM key found under the common selectors</source>
        <translation>よく使われるセレクタでは DKIM の鍵が見つかりませんでした</translation>
    </message>
    <message>
        <source>There is no key at {name}</source>
        <translation>{name} に鍵がありません</translation>
    </message>
    <message>
        <source>The key at {name} has been revoked</source>
        <translation>{name} の鍵は無効化されています</translation>
    </message>
    <message>
        <source>The key at {name} has only {bits} bits</source>
        <translation>{name} の鍵は {bits} ビットしかありません</translation>
    </message>
    <message>
        <source>The key at {name} has {bits} bits</source>
        <translation>{name} の鍵は {bits} ビットです</translation>
    </message>
    <message>
        <source>The key at {name} cannot be read</source>
        <translation>{name} の鍵を読み取れません</translation>
    </message>
    <message>
        <source>The key at {name} is in test mode (t=y)</source>
        <translation>{name} の鍵はテストモード (t=y) になっています</translation>
    </message>
    <message>
        <source>Unknown key type “k={key_type}”</source>
        <translation>不明な鍵の種類「k={key_type}」</translation>
    </message>
    <message>
        <source>The signature is made for {signed}, not for your domain</source>
        <translation>署名があなたのドメインではなく {signed} のものになっています</translation>
    </message>
    <message>
        <source>We looked for keys under {selectors} and found none. That does not prove DKIM is off: your provider may use another selector. To check exactly, paste the DKIM-Signature line from the header of a mail you sent; to turn DKIM on, look for “DKIM” in your provider&apos;s control panel.</source>
        <translation>{selectors} で鍵を探しましたが、見つかりませんでした。これは DKIM が使われていないという意味ではありません。サービスによっては別のセレクタを使っています。正確に確認するには、送信したメールのヘッダーにある DKIM-Signature の行を貼り付けてください。DKIM を有効にするには、ご利用のサービスの管理画面で「DKIM」の項目を探してください。</translation>
    </message>
    <message>
        <source>Your mail is signed with the selector “{selector}”, but DNS has no key for it, so every signature fails. Publish the key shown in your provider&apos;s control panel.</source>
        <translation>メールはセレクタ「{selector}」で署名されていますが、DNS にその鍵がないため、すべての署名が不合格になります。ご利用のサービスの管理画面に表示される鍵を DNS に登録してください。</translation>
    </message>
    <message>
        <source>An empty p= means the key was withdrawn: mail signed with it fails DKIM. If you still sign with “{selector}”, publish the current key; if not, nothing to do.</source>
        <translation>p= が空の場合、その鍵は取り消されています。この鍵で署名したメールは DKIM に不合格になります。今も「{selector}」で署名しているなら現在の鍵を登録してください。使っていなければ対応は不要です。</translation>
    </message>
    <message>
        <source>Keys shorter than 1024 bits are refused by receivers, so your signatures do not count. Create a new 2048-bit key in your provider&apos;s control panel and publish it.</source>
        <translation>1024 ビット未満の鍵は受信側で受け付けられないため、署名が役に立ちません。ご利用のサービスの管理画面で 2048 ビットの鍵を新しく作成し、登録してください。</translation>
    </message>
    <message>
        <source>1024 bits is still accepted, but 2048 bits is recommended. Switch to a 2048-bit key when your provider offers one.</source>
        <translation>1024 ビットは今のところ受け付けられますが、2048 ビットが推奨されています。ご利用のサービスが対応していれば 2048 ビットの鍵に切り替えてください。</translation>
    </message>
    <message>
        <source>The p= value is not a valid public key (it may have been cut off, or spaces or quote marks were pasted into it). Copy the key again from your provider.</source>
        <translation>p= の値が正しい公開鍵ではありません (途中で切れているか、スペースや引用符が入り込んでいる可能性があります)。ご利用のサービスから鍵をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Receivers treat signatures with this key as a test. Remove t=y once DKIM works.</source>
        <translation>受信側はこの鍵の署名をテストとして扱います。DKIM が正しく動いたら t=y を削除してください。</translation>
    </message>
    <message>
        <source>Receivers understand k=rsa and k=ed25519 only. Check the key record.</source>
        <translation>受信側が理解できるのは k=rsa と k=ed25519 だけです。鍵のレコードを確認してください。</translation>
    </message>
    <message>
        <source>For DMARC the signature&apos;s d= must be your domain ({domain}) or a subdomain of it. Set up DKIM signing with your own domain in your provider&apos;s control panel.</source>
        <translation>DMARC のためには、署名の d= があなたのドメイン ({domain}) かそのサブドメインである必要があります。ご利用のサービスの管理画面で、ご自身のドメインで DKIM 署名するよう設定してください。</translation>
    </message>
    <message>
        <source>A usable DKIM key is published.</source>
        <translation>使える DKIM の鍵が登録されています。</translation>
    </message>
    <message>
        <source>There is a problem with a DKIM key.</source>
        <translation>DKIM の鍵に問題があります。</translation>
    </message>
    <message>
        <source>No DKIM key was found under the selectors tried.</source>
        <translation>試したセレクタでは DKIM の鍵が見つかりませんでした。</translation>
    </message>
    <message>
        <source>DKIM could not be checked: a DNS lookup failed.</source>
        <translation>DNS の問い合わせに失敗したため、DKIM を確認できませんでした。</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>revoked (empty p=)</source>
        <translation>無効化済み (p= が空)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>短すぎます</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>登録されていません</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>確認できませんでした</translation>
    </message>
    <message>
        <source>No DKIM-Signature with d= and s= was found in the pasted text. Copy the whole “DKIM-Signature:” line (with the lines that follow it) from the header of a mail you sent.</source>
        <translation>貼り付けられた内容に、d= と s= を含む DKIM-Signature が見つかりませんでした。送信したメールのヘッダーから「DKIM-Signature:」の行を、続く行も含めてすべてコピーしてください。</translation>
    </message>
</context>
<context>
    <name>dmarc</name>
    <message>
        <source>There is no DMARC record</source>
        <translation>DMARC レコードがありません</translation>
    </message>
    <message>
        <source>There are {count} DMARC records</source>
        <translation>DMARC レコードが {count} つあります</translation>
    </message>
    <message>
        <source>The record does not start with v=DMARC1</source>
        <translation>レコードが v=DMARC1 で始まっていません</translation>
    </message>
    <message>
        <source>“{text}” is not a valid policy</source>
        <translation>「{text}」はポリシーとして正しくありません</translation>
    </message>
    <message>
        <source>The record has no p= policy</source>
        <translation>レコードに p= (ポリシー) がありません</translation>
    </message>
    <message>
        <source>p=none: reports only, forged mail is not stopped yet</source>
        <translation>p=none: レポートを受け取るだけで、なりすましメールはまだ止まりません</translation>
    </message>
    <message>
        <source>t=y: the policy is in test mode</source>
        <translation>t=y: ポリシーがテストモードになっています</translation>
    </message>
    <message>
        <source>No address for reports (rua=)</source>
        <translation>レポートの送り先 (rua=) がありません</translation>
    </message>
    <message>
        <source>“{uri}” is not a usable report address</source>
        <translation>「{uri}」はレポートの送り先として使えません</translation>
    </message>
    <message>
        <source>{report_domain} has not agreed to receive your reports</source>
        <translation>{report_domain} はあなたのレポートの受け取りを承認していません</translation>
    </message>
    <message>
        <source>“{tag}=” is no longer part of DMARC</source>
        <translation>「{tag}=」は DMARC の規格から削除されました</translation>
    </message>
    <message>
        <source>Unknown tag “{tag}”</source>
        <translation>不明なタグ「{tag}」</translation>
    </message>
    <message>
        <source>“{text}” has an invalid value</source>
        <translation>「{text}」の値が正しくありません</translation>
    </message>
    <message>
        <source>Without DMARC, receivers do not know what to do with mail that fails SPF and DKIM, and you get no reports about mail sent in your name. Publish the first record below: p=none only asks for reports and blocks nothing.</source>
        <translation>DMARC がないと、SPF と DKIM に不合格のメールをどう扱えばよいか受信側には分からず、あなたの名前で送られたメールについてのレポートも届きません。下の最初のレコードを登録してください。p=none はレポートを依頼するだけで、メールを止めることはありません。</translation>
    </message>
    <message>
        <source>With more than one DMARC record receivers ignore DMARC completely. Keep one record at _dmarc.{domain} and delete the others.</source>
        <translation>DMARC レコードが複数あると、受信側は DMARC をまったく使いません。_dmarc.{domain} のレコードを 1 つだけ残し、ほかは削除してください。</translation>
    </message>
    <message>
        <source>A DMARC record must start exactly with “v=DMARC1” (DMARC in capitals), followed by “;”. Receivers ignore “{text}”. Correct the start of the record.</source>
        <translation>DMARC レコードは必ず「v=DMARC1」(DMARC は大文字) で始め、その後に「;」を付けます。受信側は「{text}」を無視します。レコードの先頭を直してください。</translation>
    </message>
    <message>
        <source>p= must be none, quarantine or reject. Receivers treat this record as p=none at best. Correct it, starting with p=none.</source>
        <translation>p= には none、quarantine、reject のいずれかを書きます。このままでは受信側は良くても p=none として扱います。まずは p=none に直してください。</translation>
    </message>
    <message>
        <source>Receivers treat a record without p= as p=none (reports only). Write p=none explicitly, and later move on to quarantine and reject.</source>
        <translation>p= のないレコードは、受信側で p=none (レポートのみ) として扱われます。p=none と明記し、その後 quarantine、reject へ進めてください。</translation>
    </message>
    <message>
        <source>This is the right first step. Read the reports for a few weeks; when all your real mail passes SPF or DKIM, change to p=quarantine, and later to p=reject.</source>
        <translation>最初の段階としてはこれで正しい設定です。数週間レポートを確認し、正規のメールがすべて SPF か DKIM に合格するようになったら p=quarantine に、その後 p=reject に変更してください。</translation>
    </message>
    <message>
        <source>With t=y receivers apply the policy one step more leniently (reject as quarantine, quarantine as none). Remove t=y when your test period is over.</source>
        <translation>t=y があると、受信側はポリシーを一段階ゆるく扱います (reject は quarantine として、quarantine は none として)。試験期間が終わったら t=y を削除してください。</translation>
    </message>
    <message>
        <source>Without rua= you receive no reports, so you cannot see who sends mail in your name. Add rua=mailto: with an address whose mail you read.</source>
        <translation>rua= がないとレポートが届かないため、誰があなたの名前でメールを送っているのか分かりません。普段読んでいるメールアドレスを rua=mailto: で追加してください。</translation>
    </message>
    <message>
        <source>Report addresses are written as mailto:address@example.jp, separated by commas. Receivers skip this one.</source>
        <translation>レポートの送り先は mailto:address@example.jp のように書き、複数ある場合はカンマで区切ります。この送り先は受信側で使われません。</translation>
    </message>
    <message>
        <source>Reports are to go to {address}, on another domain. That domain must publish a TXT record “v=DMARC1” at {auth_name}, otherwise receivers send no reports there. Ask its administrator to add it, or use an address on your own domain.</source>
        <translation>レポートの送り先 {address} は別のドメインのアドレスです。そのドメインが {auth_name} に TXT レコード「v=DMARC1」を登録していないと、受信側はそこへレポートを送りません。そのドメインの管理者に登録を依頼するか、ご自身のドメインのアドレスを使ってください。</translation>
    </message>
    <message>
        <source>RFC 9989 removed pct=, rf= and ri=; receivers that follow it ignore them. Delete “{text}” (for a careful start, use p=none or t=y instead of pct=).</source>
        <translation>RFC 9989 で pct=、rf=、ri= は削除され、これに従う受信側は無視します。「{text}」を削除してください (慎重に始めたい場合は pct= の代わりに p=none か t=y を使います)。</translation>
    </message>
    <message>
        <source>Receivers ignore tags they do not know. Check “{text}” for a typing mistake, or delete it.</source>
        <translation>受信側は知らないタグを無視します。「{text}」に入力ミスがないか確認するか、削除してください。</translation>
    </message>
    <message>
        <source>Receivers ignore this tag. Allowed values: {allowed}.</source>
        <translation>受信側はこのタグを無視します。使える値: {allowed}。</translation>
    </message>
    <message>
        <source>Publish this record as a TXT record with the host name “_dmarc”. It only asks receivers for reports: no mail is blocked.</source>
        <translation>このレコードを、ホスト名「_dmarc」の TXT レコードとして登録してください。受信側にレポートを依頼するだけで、メールが止まることはありません。</translation>
    </message>
    <message>
        <source>Replace the current record with this corrected one (TXT record, host name “_dmarc”).</source>
        <translation>現在のレコードを、この修正済みのレコードに置き換えてください (TXT レコード、ホスト名「_dmarc」)。</translation>
    </message>
    <message>
        <source>Next step, after reading the reports for a few weeks and making sure all your real mail passes SPF or DKIM: change the record to this. Forged mail then goes to spam folders.</source>
        <translation>次の段階: 数週間レポートを確認し、正規のメールがすべて SPF か DKIM に合格することを確かめてから、レコードをこの内容に変更します。なりすましメールは迷惑メールフォルダーに入るようになります。</translation>
    </message>
    <message>
        <source>Last step, after some weeks with p=quarantine without problems: change the record to this. Forged mail is then refused.</source>
        <translation>最後の段階: p=quarantine で数週間問題がなければ、レコードをこの内容に変更します。なりすましメールは受け取りを拒否されるようになります。</translation>
    </message>
    <message>
        <source>Your policy is p=reject: forged mail in your name is refused. Keep reading the reports now and then.</source>
        <translation>ポリシーは p=reject です。あなたの名前を使ったなりすましメールは拒否されます。今後もときどきレポートを確認してください。</translation>
    </message>
    <message>
        <source>A DMARC record is published.</source>
        <translation>DMARC レコードが登録されています。</translation>
    </message>
    <message>
        <source>There is no DMARC record.</source>
        <translation>DMARC レコードがありません。</translation>
    </message>
    <message>
        <source>The DMARC record is not usable: receivers ignore it.</source>
        <translation>DMARC レコードが使えない状態です。受信側はこれを無視します。</translation>
    </message>
    <message>
        <source>DMARC could not be checked: a DNS lookup failed.</source>
        <translation>DNS の問い合わせに失敗したため、DMARC を確認できませんでした。</translation>
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
    <name>spf</name>
    <message>
        <source>The policy must be ~all or -all, not “{policy}”.</source>
        <translation>ポリシーは ~all か -all のどちらかです (「{policy}」は指定できません)。</translation>
    </message>
    <message>
        <source>This is in the record of {domain}, which your record uses through include or redirect: {problem} You cannot change that record yourself: ask that service, or remove the include if you no longer use it.</source>
        <translation>これは、お使いのレコードが include または redirect で参照している {domain} のレコードの問題です: {problem} このレコードはご自身では変更できません。そのサービスの提供元に問い合わせるか、もう使っていなければ include を削除してください。</translation>
    </message>
    <message>
        <source>The SPF record is valid.</source>
        <translation>SPF レコードは正しく設定されています。</translation>
    </message>
    <message>
        <source>There is no SPF record.</source>
        <translation>SPF レコードがありません。</translation>
    </message>
    <message>
        <source>The SPF record is broken: receivers treat it as an error (permerror).</source>
        <translation>SPF レコードに誤りがあります。受信側はエラー (permerror) として扱います。</translation>
    </message>
    <message>
        <source>The SPF record could not be checked completely: a DNS lookup failed.</source>
        <translation>DNS の問い合わせに失敗したため、SPF レコードを最後まで確認できませんでした。</translation>
    </message>
    <message>
        <source>There are {count} SPF records</source>
        <translation>SPF レコードが {count} つあります</translation>
    </message>
    <message>
        <source>“{term}” is not valid SPF</source>
        <translation>「{term}」は SPF の書き方として正しくありません</translation>
    </message>
    <message>
        <source>The record contains full-width or other non-ASCII characters</source>
        <translation>レコードに全角文字などが含まれています</translation>
    </message>
    <message>
        <source>{count} DNS lookups: the limit is 10</source>
        <translation>DNS の参照が {count} 回あります (上限は 10 回)</translation>
    </message>
    <message>
        <source>{count} lookups find nothing: the limit is 2</source>
        <translation>存在しない名前の参照が {count} 回あります (上限は 2 回)</translation>
    </message>
    <message>
        <source>{domain} has {count} mail servers (MX): the limit is 10</source>
        <translation>{domain} のメールサーバー (MX) が {count} 台あります (上限は 10 台)</translation>
    </message>
    <message>
        <source>include:{target} has no SPF record</source>
        <translation>include:{target} には SPF レコードがありません</translation>
    </message>
    <message>
        <source>redirect={target} has no SPF record</source>
        <translation>redirect={target} には SPF レコードがありません</translation>
    </message>
    <message>
        <source>The record includes itself ({target})</source>
        <translation>レコードが自分自身を参照しています ({target})</translation>
    </message>
    <message>
        <source>A DNS lookup failed ({name})</source>
        <translation>DNS の問い合わせに失敗しました ({name})</translation>
    </message>
    <message>
        <source>There is no SPF record</source>
        <translation>SPF レコードがありません</translation>
    </message>
    <message>
        <source>“{term}” lets the whole internet send as you</source>
        <translation>「{term}」は世界中のどのサーバーにもあなたのドメインでの送信を許しています</translation>
    </message>
    <message>
        <source>“?all” gives no protection</source>
        <translation>「?all」ではなりすましを防げません</translation>
    </message>
    <message>
        <source>The record does not end with “all”</source>
        <translation>レコードの最後に「all」がありません</translation>
    </message>
    <message>
        <source>“{term}” should not be used</source>
        <translation>「{term}」は使わないでください</translation>
    </message>
    <message>
        <source>“{term}” is ignored</source>
        <translation>「{term}」は無視されます</translation>
    </message>
    <message>
        <source>Terms after “all” are never read: {terms}</source>
        <translation>「all」より後ろの項目は読まれません: {terms}</translation>
    </message>
    <message>
        <source>include:{target} appears more than once</source>
        <translation>include:{target} が重複しています</translation>
    </message>
    <message>
        <source>A string of the record is {length} bytes long: the limit is 255</source>
        <translation>レコードの文字列の 1 つが {length} バイトあります (上限は 255 バイト)</translation>
    </message>
    <message>
        <source>The record is {length} bytes long</source>
        <translation>レコードの長さが {length} バイトあります</translation>
    </message>
    <message>
        <source>The record is published only with the old “SPF” record type</source>
        <translation>レコードが古い「SPF」タイプでしか登録されていません</translation>
    </message>
    <message>
        <source>Quote marks were entered as part of the value</source>
        <translation>値の一部として引用符 (“ ” や &quot; ) が入力されています</translation>
    </message>
    <message>
        <source>A full-width space is used in the record</source>
        <translation>レコードに全角スペースが使われています</translation>
    </message>
    <message>
        <source>include:{target} is not needed</source>
        <translation>include:{target} は不要です</translation>
    </message>
    <message>
        <source>{target} does not exist in DNS</source>
        <translation>{target} は DNS に存在しません</translation>
    </message>
    <message>
        <source>The record seems to be split across two TXT records</source>
        <translation>レコードが 2 つの TXT レコードに分かれてしまっているようです</translation>
    </message>
    <message>
        <source>A domain may have only one TXT record that starts with v=spf1. With two or more, receivers treat SPF as broken (permerror) for all your mail. Merge them into one record (the recommended record below does this) and delete the others.</source>
        <translation>v=spf1 で始まる TXT レコードは、1 つのドメインに 1 つだけしか置けません。2 つ以上あると、受信側はすべてのメールについて SPF をエラー (permerror) として扱います。1 つにまとめて (下の推奨レコードはまとめた形になっています)、残りは削除してください。</translation>
    </message>
    <message>
        <source>{reason} Because of this one mistake receivers ignore the whole record (permerror). Correct or delete “{term}”.</source>
        <translation>{reason} この 1 か所の誤りのために、受信側はレコード全体を無視します (permerror)。「{term}」を正しく書き直すか、削除してください。</translation>
    </message>
    <message>
        <source>SPF records may contain only half-width letters, digits and symbols. “{chars}” makes the record invalid (permerror). Retype the value in half-width characters, for example by pasting the recommended record below.</source>
        <translation>SPF レコードに使えるのは半角の英数字と記号だけです。「{chars}」があるため、レコードが無効になっています (permerror)。下の推奨レコードを貼り付けるなどして、半角で入力し直してください。</translation>
    </message>
    <message>
        <source>Each include, a, mx, ptr, exists and redirect makes receivers do a DNS lookup, including those inside the records you include. With more than 10, SPF fails (permerror) for all your mail. Remove includes of services you no longer use, and write your own servers as ip4: addresses instead of a or mx. This count is the worst case, with every term evaluated.</source>
        <translation>include、a、mx、ptr、exists、redirect は、1 つごとに受信側で DNS の参照が 1 回発生します (include 先のレコードの中の分も数えます)。10 回を超えると、すべてのメールで SPF がエラー (permerror) になります。使っていないサービスの include を削除し、自社のサーバーは a や mx ではなく ip4: のアドレスで書いてください。この回数はすべての項目を評価した場合 (最も多い場合) の数です。</translation>
    </message>
    <message>
        <source>These names in the record do not exist in DNS: {names}. More than two such lookups make SPF fail (permerror). Remove the terms for names that no longer exist.</source>
        <translation>レコードにある次の名前は DNS に存在しません: {names}。このような参照が 2 回を超えると SPF がエラー (permerror) になります。もう存在しない名前の項目を削除してください。</translation>
    </message>
    <message>
        <source>An mx term may point at no more than 10 mail servers, otherwise SPF fails (permerror). Replace “{term}” with the ip4: addresses of the servers that really send mail.</source>
        <translation>mx で参照できるメールサーバーは 10 台までで、それを超えると SPF がエラー (permerror) になります。「{term}」を、実際にメールを送信するサーバーの ip4: アドレスに置き換えてください。</translation>
    </message>
    <message>
        <source>An include of a domain without an SPF record makes SPF fail (permerror). Check the spelling with your provider&apos;s instructions, or remove “{term}” if you no longer use that service.</source>
        <translation>SPF レコードのないドメインを include すると、SPF がエラー (permerror) になります。利用しているサービスの案内と綴りが合っているか確認するか、もう使っていないサービスなら「{term}」を削除してください。</translation>
    </message>
    <message>
        <source>A redirect to a domain without an SPF record makes SPF fail (permerror). Check the spelling, or replace “{term}” with the terms you need and ~all.</source>
        <translation>SPF レコードのないドメインへ redirect すると、SPF がエラー (permerror) になります。綴りを確認するか、「{term}」を必要な項目と ~all に置き換えてください。</translation>
    </message>
    <message>
        <source>The record leads back to itself through {path}. Receivers give up (permerror). Remove the include or redirect that leads back.</source>
        <translation>{path} のように、レコードが自分自身に戻ってきています。受信側は確認をあきらめます (permerror)。元に戻ってくる include または redirect を削除してください。</translation>
    </message>
    <message>
        <source>The DNS server gave no usable answer for {name} ({status}), so this part could not be checked. This says nothing about the record itself: try again later, or choose another DNS server in Settings.</source>
        <translation>DNS サーバーから {name} について使える回答が得られなかったため ({status})、この部分は確認できませんでした。レコードに問題があるという意味ではありません。しばらくしてからもう一度試すか、「設定」で別の DNS サーバーを選んでください。</translation>
    </message>
    <message>
        <source>The domain has no TXT record starting with v=spf1, so receivers cannot tell your mail from forged mail. Publish the recommended record below as a TXT record.</source>
        <translation>このドメインには v=spf1 で始まる TXT レコードがないため、受信側はあなたのメールとなりすましメールを区別できません。下の推奨レコードを TXT レコードとして登録してください。</translation>
    </message>
    <message>
        <source>With “{term}” every server in the world passes SPF for your domain, so SPF gives no protection at all against forged mail. Change it to ~all (or -all).</source>
        <translation>「{term}」があると、世界中のどのサーバーもあなたのドメインの SPF に合格してしまい、なりすましをまったく防げません。~all (または -all) に変更してください。</translation>
    </message>
    <message>
        <source>“?all” tells receivers to have no opinion about unknown servers, so forged mail is not marked. Change it to ~all (or -all).</source>
        <translation>「?all」は、知らないサーバーについて「判断しない」と受信側に伝える書き方なので、なりすましメールに印が付きません。~all (または -all) に変更してください。</translation>
    </message>
    <message>
        <source>Without “all” at the end, mail from unknown servers gets no verdict (neutral). Add ~all (or -all) as the last term.</source>
        <translation>最後に「all」がないと、知らないサーバーからのメールは判定なし (neutral) になります。最後に ~all (または -all) を追加してください。</translation>
    </message>
    <message>
        <source>The ptr mechanism is slow and unreliable, and RFC 7208 says it should not be used; some receivers skip it. Replace it with ip4:/ip6: addresses or an a: term for your sending servers.</source>
        <translation>ptr は遅くて確実ではないため、RFC 7208 で使わないよう定められており、受信側によっては無視されます。送信に使うサーバーの ip4:/ip6: アドレスか a: に置き換えてください。</translation>
    </message>
    <message>
        <source>A record with an “all” term never uses redirect=. Keep only one of them: normally remove “{term}”, or remove “all” if the redirect is what you want.</source>
        <translation>「all」があるレコードでは redirect= は使われません。どちらか一方だけにしてください。通常は「{term}」を削除します。redirect を使いたい場合は「all」を削除してください。</translation>
    </message>
    <message>
        <source>Receivers stop at “all”, so the terms after it have no effect. Move them before “all”, or delete them.</source>
        <translation>受信側は「all」で評価を終えるため、その後ろの項目は効果がありません。「all」より前に移すか、削除してください。</translation>
    </message>
    <message>
        <source>The same include is written twice; each one costs a DNS lookup. Delete the second one.</source>
        <translation>同じ include が 2 回書かれています。1 つごとに DNS の参照が 1 回増えるので、2 つ目を削除してください。</translation>
    </message>
    <message>
        <source>A TXT record is made of strings of at most 255 bytes. Split the value into several strings (many DNS panels do this automatically; the recommended record below shows the split).</source>
        <translation>TXT レコードは 255 バイトまでの文字列で構成されます。値をいくつかの文字列に分けてください (多くの DNS 管理画面は自動で分けます。下の推奨レコードに分け方を示しています)。</translation>
    </message>
    <message>
        <source>Records longer than about 450 bytes may not fit into one DNS answer, and some receivers then fail to read them. Shorten it: remove includes you do not need or combine ip4: addresses into ranges.</source>
        <translation>約 450 バイトを超えるレコードは 1 回の DNS 応答に収まらないことがあり、受信側によっては読み取りに失敗します。不要な include を削除したり、ip4: のアドレスを範囲にまとめたりして短くしてください。</translation>
    </message>
    <message>
        <source>Receivers read SPF only from TXT records; the record type “SPF” is obsolete (RFC 7208). In your DNS panel, add the same value with the type TXT.</source>
        <translation>受信側は TXT レコードからしか SPF を読み取りません。「SPF」というレコードの種類は廃止されています (RFC 7208)。DNS の管理画面で、同じ値を種類「TXT」で追加してください。</translation>
    </message>
    <message>
        <source>The value in DNS is “{text}”: the quote marks ({quote}) were typed as part of it, so receivers do not find v=spf1 at the start and ignore the record. Enter the value without the surrounding quote marks (half-width characters only).</source>
        <translation>DNS に登録されている値は「{text}」です。引用符 ({quote}) まで値として入力されているため、受信側は先頭に v=spf1 を見つけられず、レコードを無視します。前後の引用符を付けずに、半角文字だけで入力し直してください。</translation>
    </message>
    <message>
        <source>A full-width (Japanese) space is not a separator in SPF, so the record is not understood. Replace it with a half-width space, or paste the recommended record.</source>
        <translation>全角スペースは SPF の区切りとして認められないため、レコードが正しく読み取られません。半角スペースに直すか、推奨レコードを貼り付けてください。</translation>
    </message>
    <message>
        <source>{reason} This include only costs a DNS lookup. Remove “{term}”.</source>
        <translation>{reason} この include は DNS の参照回数を増やすだけです。「{term}」を削除してください。</translation>
    </message>
    <message>
        <source>“{term}” points at a name that has no DNS record, so it does nothing (and more than two such lookups break SPF). Remove it or correct the name.</source>
        <translation>「{term}」が指す名前は DNS に登録されていないため、何の役にも立っていません (このような参照が 2 回を超えると SPF がエラーになります)。削除するか、名前を正しく直してください。</translation>
    </message>
    <message>
        <source>Another TXT record starts with “{text}”, which looks like the rest of your SPF record. Receivers read only the record that starts with v=spf1. Put everything into one TXT record and delete the other.</source>
        <translation>「{text}」で始まる別の TXT レコードがあり、SPF レコードの続きのように見えます。受信側が読むのは v=spf1 で始まるレコードだけです。すべてを 1 つの TXT レコードにまとめ、もう一方は削除してください。</translation>
    </message>
    <message>
        <source>The value does not start with v=spf1.</source>
        <translation>値が v=spf1 で始まっていません。</translation>
    </message>
    <message>
        <source>It contains a full-width or other non-ASCII character.</source>
        <translation>全角文字などの半角以外の文字が含まれています。</translation>
    </message>
    <message>
        <source>It contains a tab, a line break or another invisible character; terms must be separated by ordinary half-width spaces.</source>
        <translation>タブや改行などの見えない文字が含まれています。項目の区切りは普通の半角スペースにしてください。</translation>
    </message>
    <message>
        <source>SPF has no such term. Check for a typing mistake (for example “inculde”) or a missing colon or space.</source>
        <translation>SPF にはこのような項目はありません。入力ミス (「inculde」など) や、コロン・スペースの抜けがないか確認してください。</translation>
    </message>
    <message>
        <source>Modifiers such as redirect= and exp= cannot have +, -, ~ or ? in front.</source>
        <translation>redirect= や exp= の前には +、-、~、? を付けられません。</translation>
    </message>
    <message>
        <source>“all” stands alone: write ~all or -all, with nothing after it.</source>
        <translation>「all」の後ろには何も付けず、~all または -all と書きます。</translation>
    </message>
    <message>
        <source>A domain name must follow a colon, for example include:_spf.example.com.</source>
        <translation>コロンの後にドメイン名が必要です (例: include:_spf.example.com)。</translation>
    </message>
    <message>
        <source>The domain name after “:” or “=” is missing.</source>
        <translation>「:」または「=」の後のドメイン名がありません。</translation>
    </message>
    <message>
        <source>The domain name is incomplete or mistyped: it must end in a proper ending such as .jp or .com.</source>
        <translation>ドメイン名が不完全か、入力ミスがあります。.jp や .com などの正しい末尾で終わる必要があります。</translation>
    </message>
    <message>
        <source>This is an IP address written where a domain name belongs. Write IP addresses as ip4:203.0.113.25.</source>
        <translation>ドメイン名を書く場所に IP アドレスが書かれています。IP アドレスは ip4:203.0.113.25 のように書きます。</translation>
    </message>
    <message>
        <source>A “%” is only allowed as part of a macro such as %{{d}}; a plain % is written %%.</source>
        <translation>「%」は %{{d}} のようなマクロの一部としてしか使えません。% そのものは %% と書きます。</translation>
    </message>
    <message>
        <source>The macros %{{c}}, %{{r}} and %{{t}} may only be used in explanation text.</source>
        <translation>%{{c}}、%{{r}}、%{{t}} のマクロは説明文 (exp) の中でしか使えません。</translation>
    </message>
    <message>
        <source>The number after “/” is not a valid prefix length (0 to 32 for IPv4, 0 to 128 for IPv6, without leading zeros).</source>
        <translation>「/」の後の数字がプレフィックス長として正しくありません (IPv4 は 0〜32、IPv6 は 0〜128。先頭に 0 を付けません)。</translation>
    </message>
    <message>
        <source>include, exists and ptr cannot have a “/” prefix length.</source>
        <translation>include、exists、ptr には「/」のプレフィックス長を付けられません。</translation>
    </message>
    <message>
        <source>This is not a valid IPv4 address: four numbers from 0 to 255 separated by dots, for example ip4:203.0.113.25 (a space is needed before the next term).</source>
        <translation>正しい IPv4 アドレスではありません。0〜255 の数字 4 つをドットで区切って書きます (例: ip4:203.0.113.25)。次の項目との間には半角スペースが必要です。</translation>
    </message>
    <message>
        <source>This is not a valid IPv6 address (for example ip6:2001:db8::25).</source>
        <translation>正しい IPv6 アドレスではありません (例: ip6:2001:db8::25)。</translation>
    </message>
    <message>
        <source>An address must follow: ip4:203.0.113.25 or ip6:2001:db8::25.</source>
        <translation>後ろにアドレスが必要です (例: ip4:203.0.113.25 や ip6:2001:db8::25)。</translation>
    </message>
    <message>
        <source>redirect= and exp= may each appear only once in a record.</source>
        <translation>redirect= と exp= は、1 つのレコードにそれぞれ 1 回しか書けません。</translation>
    </message>
    <message>
        <source>The value of this modifier contains a “%” that is not a valid macro.</source>
        <translation>この修飾子の値に、マクロとして正しくない「%」が含まれています。</translation>
    </message>
    <message>
        <source>The record is stored as several strings, and DNS joins them without adding a space, so two terms run together here. Add a space at the end of the first string.</source>
        <translation>レコードが複数の文字列に分かれて登録されており、DNS はそれらをスペースなしでつなげるため、ここで 2 つの項目がくっついています。最初の文字列の最後に半角スペースを追加してください。</translation>
    </message>
    <message>
        <source>Mailchimp sends from its own domain and needs no SPF entry (it uses DKIM records instead).</source>
        <translation>Mailchimp は自社のドメインから送信するため、SPF への記載は不要です (代わりに DKIM のレコードを使います)。</translation>
    </message>
    <message>
        <source>pass: this server may send mail for the domain.</source>
        <translation>pass: このサーバーはこのドメインのメールを送信できます。</translation>
    </message>
    <message>
        <source>fail: the domain says this server must not send its mail.</source>
        <translation>fail: このドメインは、このサーバーからの送信を認めていません。</translation>
    </message>
    <message>
        <source>softfail: this server is not listed; its mail is treated as suspicious.</source>
        <translation>softfail: このサーバーは登録されていないため、メールは疑わしいものとして扱われます。</translation>
    </message>
    <message>
        <source>neutral: the domain makes no statement about this server.</source>
        <translation>neutral: このドメインは、このサーバーについて何も示していません。</translation>
    </message>
    <message>
        <source>none: the domain has no SPF record.</source>
        <translation>none: このドメインには SPF レコードがありません。</translation>
    </message>
    <message>
        <source>permerror: the SPF record is broken, receivers cannot use it.</source>
        <translation>permerror: SPF レコードに誤りがあり、受信側は利用できません。</translation>
    </message>
    <message>
        <source>temperror: a DNS lookup failed, so the result is not known.</source>
        <translation>temperror: DNS の問い合わせに失敗したため、結果が分かりません。</translation>
    </message>
    <message>
        <source>“{value}” is not an IP address (example: 203.0.113.25).</source>
        <translation>「{value}」は IP アドレスではありません (例: 203.0.113.25)。</translation>
    </message>
    <message>
        <source>~all (recommended to start with): mail from servers that are not listed is marked as suspicious, but is usually still delivered. If a sender was forgotten (a contact form on the web server, a copier that mails scans, a newsletter service), its mail is not lost while you find out. Once DMARC reports show that all your real mail passes, switch to -all.</source>
        <translation>~all (まずはこちらがおすすめ): 登録されていないサーバーからのメールは「疑わしい」と判定されますが、通常は配送されます。送信元の登録漏れ (ホームページのお問い合わせフォーム、スキャンした書類をメールで送る複合機、メールマガジンの配信サービスなど) があっても、気付くまでの間にメールが届かなくなることはありません。DMARC のレポートで、正規のメールがすべて合格していることを確認できたら -all に切り替えてください。</translation>
    </message>
    <message>
        <source>-all (strict): receivers may reject mail from servers that are not listed. This is the strongest protection against forged mail, but mail from any sender you forgot to list will be rejected too.</source>
        <translation>-all (厳格): 登録されていないサーバーからのメールは、受信側で拒否されることがあります。なりすましを最も強く防げますが、登録し忘れた送信元からのメールも拒否されてしまいます。</translation>
    </message>
    <message>
        <source>“{term}” is kept from your current record.</source>
        <translation>「{term}」は現在のレコードから引き継ぎます。</translation>
    </message>
    <message>
        <source>Your {count} SPF records are merged into this one record. Delete the others.</source>
        <translation>{count} つあった SPF レコードを、この 1 つにまとめました。ほかのレコードは削除してください。</translation>
    </message>
    <message>
        <source>“{term}” is added for {provider} ({status}; {source}).</source>
        <translation>{provider} のために「{term}」を追加しました ({status}。出典: {source})。</translation>
    </message>
    <message>
        <source>For {provider} we could not verify the right value ({source}). “{term}” was not added: ask {provider} for the SPF value to use and add it yourself.</source>
        <translation>{provider} の正しい値は確認できませんでした ({source})。「{term}」は追加していません。{provider} に SPF の設定値を問い合わせ、ご自身で追加してください。</translation>
    </message>
    <message>
        <source>{provider} also needs “{term}” with your server name (e.g. sv1234.xserver.jp). Enter the server name on the Situation page and create the record again.</source>
        <translation>{provider} では、サーバー名 (例: sv1234.xserver.jp) を入れた「{term}」も必要です。「状況の確認」ページでサーバー名を入力して、もう一度レコードを作成してください。</translation>
    </message>
    <message>
        <source>“{term}” is added because {ip} sends your mail (found in the blacklist check or entered by you) and was not allowed yet.</source>
        <translation>{ip} はあなたのメールを送信しているのに (ブラックリスト確認で見つかったか、ご自身で入力したアドレスです)、まだ許可されていなかったため、「{term}」を追加しました。</translation>
    </message>
    <message>
        <source>{ip} sends your mail and is already allowed by the record.</source>
        <translation>{ip} はあなたのメールを送信しており、このレコードで既に許可されています。</translation>
    </message>
    <message>
        <source>“{term}” is added as you entered it.</source>
        <translation>入力された「{term}」を追加しました。</translation>
    </message>
    <message>
        <source>“{term}” was removed: it is not valid SPF and broke the whole record.</source>
        <translation>「{term}」を削除しました。SPF として正しくなく、レコード全体を無効にしていました。</translation>
    </message>
    <message>
        <source>“{term}” was removed: ptr should not be used (add your servers&apos; addresses).</source>
        <translation>「{term}」を削除しました。ptr は使わないことになっています (サーバーのアドレスを追加してください)。</translation>
    </message>
    <message>
        <source>“{term}” was removed: {target} does not answer with an SPF record.</source>
        <translation>「{term}」を削除しました。{target} に SPF レコードがありません。</translation>
    </message>
    <message>
        <source>“{term}” was removed: this service needs no SPF entry.</source>
        <translation>「{term}」を削除しました。このサービスは SPF への記載が不要です。</translation>
    </message>
    <message>
        <source>“{term}” was removed: the name it points at does not exist.</source>
        <translation>「{term}」を削除しました。指している名前が存在しません。</translation>
    </message>
    <message>
        <source>“{term}” was removed: it was written twice.</source>
        <translation>「{term}」を削除しました。重複していました。</translation>
    </message>
    <message>
        <source>“{term}” was moved before all: terms after all are never read.</source>
        <translation>「{term}」を all の前に移しました。all より後ろの項目は読まれません。</translation>
    </message>
    <message>
        <source>“{old}” is replaced by “{new}”.</source>
        <translation>「{old}」を「{new}」に置き換えました。</translation>
    </message>
    <message>
        <source>“{new}” is added at the end.</source>
        <translation>最後に「{new}」を追加しました。</translation>
    </message>
    <message>
        <source>Your record ends with “{term}”, so the policy of that record applies and no all is added.</source>
        <translation>現在のレコードは「{term}」で終わっているため、その参照先のポリシーが使われます。all は追加していません。</translation>
    </message>
    <message>
        <source>“{term}” is replaced by its addresses ({addresses}) to stay within 10 DNS lookups. If those servers&apos; addresses change, create the record again.</source>
        <translation>DNS の参照を 10 回以内に収めるため、「{term}」をそのアドレス ({addresses}) に置き換えました。サーバーのアドレスが変わったら、レコードを作り直してください。</translation>
    </message>
    <message>
        <source>Your current record could not be read (the DNS server did not answer), so it could not be merged. Check again before you publish anything.</source>
        <translation>DNS サーバーが応答しなかったため現在のレコードを読み取れず、内容をまとめることができませんでした。登録する前にもう一度確認してください。</translation>
    </message>
    <message>
        <source>official value from the provider&apos;s help pages</source>
        <translation>サービス提供元のヘルプページに記載の公式な値</translation>
    </message>
    <message>
        <source>value seen in the provider&apos;s published records, not officially documented</source>
        <translation>実際に公開されているレコードから確認した値 (公式の案内ではありません)</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>The record is valid SPF.</source>
        <translation>SPF の書き方として正しいレコードです。</translation>
    </message>
    <message>
        <source>The record still has problems (see the list above).</source>
        <translation>レコードにまだ問題があります (上の一覧をご覧ください)。</translation>
    </message>
    <message>
        <source>{count} DNS lookups (the limit is 10).</source>
        <translation>DNS の参照は {count} 回です (上限は 10 回)。</translation>
    </message>
    <message>
        <source>{count} DNS lookups: more than 10. Remove includes of services you no longer use.</source>
        <translation>DNS の参照が {count} 回あり、10 回を超えています。使っていないサービスの include を削除してください。</translation>
    </message>
    <message>
        <source>Every include answers with an SPF record.</source>
        <translation>すべての include 先に SPF レコードがあることを確認しました。</translation>
    </message>
    <message>
        <source>These includes do not answer with an SPF record: {targets}.</source>
        <translation>次の include 先には SPF レコードがありません: {targets}。</translation>
    </message>
    <message>
        <source>These includes could not be checked (the DNS server did not answer): {targets}.</source>
        <translation>次の include 先は確認できませんでした (DNS サーバーが応答しませんでした): {targets}。</translation>
    </message>
    <message>
        <source>Every known sending IP address passes: {ips}.</source>
        <translation>分かっている送信元 IP アドレスはすべて合格します: {ips}。</translation>
    </message>
    <message>
        <source>These sending IP addresses would not pass: {ips}.</source>
        <translation>次の送信元 IP アドレスは合格しません: {ips}。</translation>
    </message>
    <message>
        <source>No sending IP address is known yet. If you know the IP address of your mail server, add it so that it can be checked.</source>
        <translation>送信元の IP アドレスがまだ分かっていません。メールサーバーの IP アドレスが分かれば、追加すると合格するか確認できます。</translation>
    </message>
    <message>
        <source>{length} bytes, in {count} string(s) of at most 255 bytes.</source>
        <translation>{length} バイトで、255 バイト以下の文字列 {count} 個に収まっています。</translation>
    </message>
    <message>
        <source>Your current record could not be read, so the merge is not verified.</source>
        <translation>現在のレコードを読み取れなかったため、まとめた結果は確認できていません。</translation>
    </message>
    <message>
        <source>“{term}” cannot be added to an SPF record. Enter an IP address (203.0.113.25), a range (203.0.113.0/24) or a term such as include:_spf.example.com.</source>
        <translation>「{term}」は SPF レコードに追加できません。IP アドレス (203.0.113.25)、範囲 (203.0.113.0/24)、または include:_spf.example.com のような項目を入力してください。</translation>
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
