<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
</TS>
