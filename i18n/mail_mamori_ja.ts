<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>accounts</name>
    <message>
        <source>In service</source>
        <translation>在籍</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>退職</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>{address} belongs to someone who has left. Delete it in the host&apos;s control panel, or at least disable it (or change its password to a long random one nobody knows).</source>
        <translation>{address} は退職した方のアカウントです。サーバーのコントロールパネルで削除するか、少なくとも無効にしてください(または、誰も知らない長いランダムなパスワードに変更してください)。</translation>
    </message>
    <message>
        <source>If customers still write to {address}, forward its mail to the successor ({forward_to}) instead of keeping the mailbox open.</source>
        <translation>{address} にまだお客様からメールが届く場合は、メールボックスを残さず、後任の方({forward_to})へ転送する設定にしてください。</translation>
    </message>
    <message>
        <source>If customers still write to {address}, forward its mail to a colleague who took over the work instead of keeping the mailbox open.</source>
        <translation>{address} にまだお客様からメールが届く場合は、メールボックスを残さず、仕事を引き継いだ方へ転送する設定にしてください。</translation>
    </message>
    <message>
        <source>Accounts of people who left are a common way in: nobody notices when someone else logs in.</source>
        <translation>退職者のアカウントは、他人にログインされても誰も気づかないため、よく侵入口になります。</translation>
    </message>
    <message>
        <source>{address} is shared by several people. Better: give each person their own account and deliver {address} to them as an alias or forwarding address.</source>
        <translation>{address} は複数の人で共有されています。できれば一人ひとりに専用のアカウントを作り、{address} 宛てのメールは別名(エイリアス)や転送でそれぞれに届くようにしてください。</translation>
    </message>
    <message>
        <source>If it must stay shared, give it a strong password used nowhere else, tell it only to the people who need it, and change it whenever one of them leaves.</source>
        <translation>どうしても共有のまま使う場合は、ほかでは使っていない強いパスワードにし、必要な人にだけ伝え、その中の誰かが辞めたら必ず変更してください。</translation>
    </message>
    <message>
        <source>Name one person who is responsible for {address} (nobody is named yet).</source>
        <translation>{address} の管理責任者を一人決めてください(まだ決まっていません)。</translation>
    </message>
    <message>
        <source>Find out who uses {address}. If nobody does, delete it; unused accounts are easy targets.</source>
        <translation>{address} を誰が使っているか確認してください。誰も使っていなければ削除してください。使われていないアカウントは狙われやすいです。</translation>
    </message>
    <message>
        <source>The password of {address} has not been checked yet. Set a new strong password and check it.</source>
        <translation>{address} のパスワードはまだ確認していません。新しい強いパスワードを設定し、確認してください。</translation>
    </message>
    <message>
        <source>The password of {address} did not pass the check. Change it to a strong one (use the generator).</source>
        <translation>{address} のパスワードは確認で不合格でした。強いパスワードに変更してください(自動生成をお使いください)。</translation>
    </message>
    <message>
        <source>{address} has been deleted or disabled. Nothing more to do.</source>
        <translation>{address} は削除または無効化済みです。これ以上の対応は不要です。</translation>
    </message>
    <message>
        <source>This is not a mail address (expected something like info@example.co.jp).</source>
        <translation>メールアドレスではありません(info@example.co.jp のような形で入力してください)。</translation>
    </message>
    <message>
        <source>The file is too large to be an account list (more than {limit} MB). Choose the CSV file exported from the control panel.</source>
        <translation>アカウント一覧としては大きすぎるファイルです({limit} MB を超えています)。コントロールパネルから書き出した CSV ファイルを選んでください。</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows; only the first {limit} were read.</source>
        <translation>ファイルに {limit} 行を超えるデータがあるため、最初の {limit} 行だけを読み込みました。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>This does not look like a CSV file (it contains binary data). Choose the CSV file exported from the control panel.</source>
        <translation>CSV ファイルではないようです(文字以外のデータが含まれています)。コントロールパネルから書き出した CSV ファイルを選んでください。</translation>
    </message>
    <message>
        <source>No column with mail addresses was found. The first row should contain headings such as “メールアドレス” or “Email”.</source>
        <translation>メールアドレスの列が見つかりません。1行目に「メールアドレス」や「Email」などの見出しがあるか確認してください。</translation>
    </message>
    <message>
        <source>Some characters could not be read and were replaced by “�”. Please check the owner names.</source>
        <translation>読み取れない文字があったため「�」に置き換えました。所有者の名前などを確認してください。</translation>
    </message>
    <message>
        <source>This file contains a password column. Mail Mamori ignored it and kept no passwords. Delete the file, or keep it somewhere only you can open.</source>
        <translation>このファイルにはパスワードの列があります。メールまもりはこの列を読み飛ばし、パスワードは一切保存していません。ファイルは削除するか、ご自身しか開けない場所に保管してください。</translation>
    </message>
    <message>
        <source>The file has no heading row, so only the mail addresses were imported. Please add owners and statuses by hand.</source>
        <translation>ファイルに見出しの行がないため、メールアドレスだけを読み込みました。所有者と状態は手で入力してください。</translation>
    </message>
    <message>
        <source>Line {line}: no valid mail address, so this row was skipped.</source>
        <translation>{line}行目: 正しいメールアドレスがないため、この行は読み込みませんでした。</translation>
    </message>
    <message>
        <source>Line {line}: the account has no domain (the part after @), so this row was skipped.</source>
        <translation>{line}行目: アカウントにドメイン(@より後ろの部分)がないため、この行は読み込みませんでした。</translation>
    </message>
    <message>
        <source>Line {line}: {address} already appeared on line {first}; this row was skipped.</source>
        <translation>{line}行目: {address} は{first}行目にもあるため、この行は読み込みませんでした。</translation>
    </message>
    <message>
        <source>Line {line}: the status was not understood and was set to “Unknown”.</source>
        <translation>{line}行目: 状態が読み取れなかったため「不明」にしました。</translation>
    </message>
    <message>
        <source>Line {line}: whether the account is enabled was not understood; assumed enabled.</source>
        <translation>{line}行目: アカウントが有効か無効か読み取れなかったため、「有効」とみなしました。</translation>
    </message>
    <message>
        <source>Line {line}: the password change date was not understood (use a form like 2025/01/31) and was left empty.</source>
        <translation>{line}行目: パスワード変更日が読み取れなかったため、空欄にしました(2025/01/31 のような形で入力してください)。</translation>
    </message>
    <message>
        <source>Line {line}: the forwarding address is not a mail address and was left empty.</source>
        <translation>{line}行目: 転送先がメールアドレスではないため、空欄にしました。</translation>
    </message>
    <message>
        <source>Line {line}: the previous check result was not understood and was left empty.</source>
        <translation>{line}行目: 以前の判定結果が読み取れなかったため、空欄にしました。</translation>
    </message>
    <message>
        <source>Line {line}: this row could not be read (broken quotes?) and was skipped.</source>
        <translation>{line}行目: この行は読み取れなかったため、読み込みませんでした(引用符「&quot;」の閉じ忘れなど)。</translation>
    </message>
    <message>
        <source>Mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>アカウントの有効・無効</translation>
    </message>
    <message>
        <source>Password changed on</source>
        <translation>パスワード変更日</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>転送先</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Strength (0-4)</source>
        <translation>強度(0〜4)</translation>
    </message>
    <message>
        <source>Failed rules</source>
        <translation>不合格の項目</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>判定日時</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
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
        <source>No password was given. Type it at the prompt or pipe it into standard input.</source>
        <translation>パスワードが入力されていません。プロンプトに入力するか、標準入力から渡してください。</translation>
    </message>
    <message>
        <source>Standard input is longer than {limit} bytes; that is not a password.</source>
        <translation>標準入力が {limit} バイトを超えています。パスワードとしては長すぎます。</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>パスワード(画面には表示されません): </translation>
    </message>
    <message>
        <source>expected a whole number of at least 1: {value}</source>
        <translation>1以上の整数を指定してください: {value}</translation>
    </message>
    <message>
        <source>Do not put a password on the command line: other users and the shell history can see it. Pipe it into standard input or type it at the prompt. The argument was not used or shown.</source>
        <translation>パスワードをコマンドラインに書かないでください。ほかの利用者やシェルの履歴から見えてしまいます。標準入力から渡すか、プロンプトで入力してください。指定された引数は使わず、表示もしていません。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>文字数</translation>
    </message>
    <message>
        <source>Rules not met</source>
        <translation>満たしていない条件</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>{score} of 4 ({label})</source>
        <translation>{score}/4({label})</translation>
    </message>
    <message>
        <source>{length} characters (at least {min})</source>
        <translation>{length}文字({min}文字以上が必要)</translation>
    </message>
    <message>
        <source>{length} characters (at least {min}, at most {max})</source>
        <translation>{length}文字({min}文字以上、{max}文字以下)</translation>
    </message>
    <message>
        <source>check a password read from standard input, or generate one</source>
        <translation>標準入力から読んだパスワードを確認する、またはパスワードを生成する</translation>
    </message>
    <message>
        <source>Checks the password given on standard input (or typed at a prompt that does not show it) against Mail Mamori&apos;s rules. The password is never printed.</source>
        <translation>標準入力から渡されたパスワード(または、入力内容が表示されないプロンプトで入力したパスワード)がメールまもりの条件を満たしているか確認します。パスワードそのものは表示しません。</translation>
    </message>
    <message>
        <source>the mail address (user name) the password is for</source>
        <translation>このパスワードを使うメールアドレス(ユーザー名)</translation>
    </message>
    <message>
        <source>the company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>a staff member&apos;s name such as Yamada Taro (repeatable)</source>
        <translation>社員の名前(例: Yamada Taro、複数指定できます)</translation>
    </message>
    <message>
        <source>another word the password must not contain (repeatable; spaces separate words)</source>
        <translation>パスワードに含めてはいけないその他の語(複数指定できます。空白で区切ると別々の語になります)</translation>
    </message>
    <message>
        <source>hosting provider preset: {choices}</source>
        <translation>レンタルサーバー・メールサービスの種類: {choices}</translation>
    </message>
    <message>
        <source>the longest password the mail server accepts, if you know it</source>
        <translation>メールサーバーが受け付けるパスワードの最大文字数(わかっている場合)</translation>
    </message>
    <message>
        <source>print a new strong password instead of checking one</source>
        <translation>確認の代わりに、新しい強いパスワードを生成して表示する</translation>
    </message>
    <message>
        <source>with --generate: number of characters (default 16)</source>
        <translation>--generate と一緒に使用: 文字数(省略時は16)</translation>
    </message>
</context>
<context>
    <name>password</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>いくつかの単語を組み合わせ、よく使われる言い回しは避けてください。</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>記号・数字・大文字は必須ではありません。</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>単語をもう1つか2つ加えてください。あまり使われない単語ほど効果があります。</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>キーボードで一列に並んだキーは推測されやすいです。</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>キーボード上の短い並びのパターンは推測されやすいです。</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>曲がり角の多い、長めのキーボードのパターンを使ってください。</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>「aaa」のような同じ文字の繰り返しは推測されやすいです。</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>「abcabcabc」のような繰り返しは、「abc」よりわずかに推測しにくくなるだけです。</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>同じ単語や文字の繰り返しは避けてください。</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>「abc」や「6543」のような連続した文字は推測されやすいです。</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>連続した文字や数字は避けてください。</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>最近の年(西暦)は推測されやすいです。</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>最近の年は使わないでください。</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>ご自身に関係のある年は使わないでください。</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>日付は推測されやすいことが多いです。</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>ご自身に関係のある日付や年は使わないでください。</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>よく使われるパスワードの上位10位に入っています。</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>よく使われるパスワードの上位100位に入っています。</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>非常によく使われているパスワードです。</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>よく使われているパスワードに似ています。</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>単語ひとつだけでは推測されやすいです。</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>名前や名字だけでは推測されやすいです。</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>よくある名前や名字は推測されやすいです。</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>先頭を大文字にしても、あまり強くなりません。</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>すべて大文字にしても、すべて小文字の場合とほとんど変わらず推測されやすいです。</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>単語を逆さに書いても、あまり推測しにくくなりません。</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>「a」の代わりに「@」を使うような、よくある置き換えはあまり効果がありません。</translation>
    </message>
    <message>
        <source>Avoid patterns of neighbouring keys such as qwerty or 1qaz2wsx.</source>
        <translation>qwerty や 1qaz2wsx のような、キーボード上で隣り合うキーを並べたパターンは避けてください。</translation>
    </message>
    <message>
        <source>Japanese names and surnames are easy to guess, even written in romaji.</source>
        <translation>日本人の名前や名字は、ローマ字で書いても推測されやすいです。</translation>
    </message>
    <message>
        <source>Common Japanese words are easy to guess, even written in romaji.</source>
        <translation>よく使われる日本語の単語は、ローマ字で書いても推測されやすいです。</translation>
    </message>
    <message>
        <source>A generated password must have between {min} and {max} characters.</source>
        <translation>生成するパスワードの文字数は {min}〜{max} 文字の範囲で指定してください。</translation>
    </message>
    <message>
        <source>This password meets every rule.</source>
        <translation>このパスワードはすべての条件を満たしています。</translation>
    </message>
    <message>
        <source>This password meets every rule. Please read the notes below.</source>
        <translation>このパスワードはすべての条件を満たしています。下の注意事項もお読みください。</translation>
    </message>
    <message>
        <source>Do not use this password.</source>
        <translation>このパスワードは使わないでください。</translation>
    </message>
    <message>
        <source>Enter a password to check it.</source>
        <translation>確認するパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The password could not be checked. Please try again or use the generator.</source>
        <translation>パスワードを確認できませんでした。もう一度お試しいただくか、自動生成をお使いください。</translation>
    </message>
    <message>
        <source>The password contains invisible characters such as tabs or line breaks, probably from copying and pasting. Please type it again.</source>
        <translation>タブや改行などの目に見えない文字が含まれています。コピー&amp;ペーストで紛れ込んだ可能性があります。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The password contains full-width (zenkaku) characters. Turn Japanese input (IME) off and type it in half-width (hankaku) characters.</source>
        <translation>全角文字が含まれています。日本語入力(IME)をオフにして、半角で入力してください。</translation>
    </message>
    <message>
        <source>Use only half-width letters, digits and symbols. The password contains other characters (such as kana, kanji or emoji), which many mail programs cannot send.</source>
        <translation>半角の英字・数字・記号だけを使ってください。かな・漢字・絵文字などが含まれていると、多くのメールソフトで正しく送れません。</translation>
    </message>
    <message>
        <source>The password starts or ends with a space. Spaces at the ends are easily lost when copying; remove them.</source>
        <translation>パスワードの先頭か末尾に空白があります。端の空白はコピーの際に消えやすいので、取り除いてください。</translation>
    </message>
    <message>
        <source>Use at least {min} characters (this one has {length}).</source>
        <translation>{min}文字以上にしてください(現在は{length}文字です)。</translation>
    </message>
    <message>
        <source>The mail server accepts at most {max} characters (this one has {length}). Shorten it, or the server may refuse it or silently cut it off.</source>
        <translation>このメールサーバーで使えるのは{max}文字までです(現在は{length}文字です)。短くしないと、設定できなかったり、知らないうちに途中で切り捨てられたりするおそれがあります。</translation>
    </message>
    <message>
        <source>The password is the user name (mail address) “{token}”, or almost the same. This is exactly how mail servers are taken over: choose a completely different password.</source>
        <translation>パスワードがユーザー名(メールアドレス)の「{token}」と同じか、ほとんど同じです。メールサーバーが乗っ取られる典型的な原因です。まったく別のパスワードにしてください。</translation>
    </message>
    <message>
        <source>The password contains “{token}”, which is part of your mail address, company name or staff names. Attackers try these first; leave it out.</source>
        <translation>パスワードに「{token}」が含まれています。メールアドレス・会社名・社員の名前の一部は、攻撃者が真っ先に試します。含めないでください。</translation>
    </message>
    <message>
        <source>This password is already used for another mailbox in this session. Give every mailbox its own password.</source>
        <translation>このパスワードは、今回すでに別のメールアカウントに使っています。アカウントごとに別のパスワードにしてください。</translation>
    </message>
    <message>
        <source>The password contains a character the selected mail host does not accept. Use letters, digits and only these symbols: {symbols}</source>
        <translation>選択したサーバーでは使えない文字が含まれています。英字・数字と、次の記号だけを使ってください: {symbols}</translation>
    </message>
    <message>
        <source>This password would be easy to guess. Make it longer and less predictable, or use the generator.</source>
        <translation>このパスワードは推測されやすいです。もっと長く、予測しにくいものにするか、自動生成をお使いください。</translation>
    </message>
    <message>
        <source>The selected mail host requires at least one lowercase letter.</source>
        <translation>選択したサーバーでは、英小文字を1文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The selected mail host requires at least one uppercase letter.</source>
        <translation>選択したサーバーでは、英大文字を1文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The selected mail host requires at least one digit.</source>
        <translation>選択したサーバーでは、数字を1文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The selected mail host requires at least one symbol.</source>
        <translation>選択したサーバーでは、記号を1文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The selected mail host requires at least {count} of these four kinds of characters: lowercase letters, uppercase letters, digits and symbols (this one has {present}).</source>
        <translation>選択したサーバーでは、英小文字・英大文字・数字・記号の4種類のうち{count}種類以上が必要です(現在は{present}種類です)。</translation>
    </message>
    <message>
        <source>This password is very similar to one set for another mailbox in this session. Make them clearly different.</source>
        <translation>今回、別のメールアカウントに設定したパスワードとよく似ています。はっきり違うものにしてください。</translation>
    </message>
    <message>
        <source>The mail server accepts only {max} characters, fewer than the {min} we recommend. Use all {max}, with every kind of character, and consider a mail service that allows longer passwords.</source>
        <translation>このメールサーバーでは{max}文字までしか使えず、おすすめの{min}文字に届きません。{max}文字すべてを使い、英大文字・英小文字・数字・記号をすべて含めてください。より長いパスワードを使えるメールサービスへの移行もご検討ください。</translation>
    </message>
    <message>
        <source>We could not confirm how long a password the selected mail host accepts; some accept only {max} characters. After changing it, check that you can log in with the whole password.</source>
        <translation>選択したサーバーで何文字まで使えるかは確認できていません。{max}文字までしか受け付けないサーバーもあります。変更した後、パスワード全体でログインできることを必ず確かめてください。</translation>
    </message>
    <message>
        <source>Some mail hosts do not accept every symbol. If the control panel refuses this password, use only these symbols: {symbols}</source>
        <translation>サーバーによっては使えない記号があります。コントロールパネルでこのパスワードを設定できない場合は、次の記号だけを使ってください: {symbols}</translation>
    </message>
    <message>
        <source>Only the first {count} characters were checked for how easy they are to guess.</source>
        <translation>推測されやすさは、先頭の{count}文字だけで判定しました。</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>とても弱い</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>やや弱い</translation>
    </message>
    <message>
        <source>Fairly strong</source>
        <translation>まずまず</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>Invisible characters</source>
        <translation>目に見えない文字</translation>
    </message>
    <message>
        <source>Full-width characters</source>
        <translation>全角文字</translation>
    </message>
    <message>
        <source>Characters other than half-width ones</source>
        <translation>半角以外の文字</translation>
    </message>
    <message>
        <source>Space at the start or end</source>
        <translation>先頭・末尾の空白</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>短すぎる</translation>
    </message>
    <message>
        <source>Too long for the mail host</source>
        <translation>サーバーの上限より長い</translation>
    </message>
    <message>
        <source>Same as the user name</source>
        <translation>ユーザー名と同じ</translation>
    </message>
    <message>
        <source>Contains a name or address</source>
        <translation>名前やアドレスを含む</translation>
    </message>
    <message>
        <source>Used for another mailbox</source>
        <translation>別のアカウントと同じ</translation>
    </message>
    <message>
        <source>Characters the mail host does not accept</source>
        <translation>サーバーで使えない文字</translation>
    </message>
    <message>
        <source>Kinds of characters the host requires</source>
        <translation>サーバーが求める文字の種類</translation>
    </message>
    <message>
        <source>Easy to guess</source>
        <translation>推測されやすい</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>確認できなかった</translation>
    </message>
</context>
</TS>
