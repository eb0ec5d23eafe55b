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
</TS>
