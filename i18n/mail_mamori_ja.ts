<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountDialog</name>
    <message>
        <source>{address} is already in the list. To change its details, close this window, select {address} in the list and press “Edit”.</source>
        <translation>{address} はすでに一覧にあります。内容を変えるには、この画面を閉じてから一覧で {address} の行を選び、「編集」を押してください。</translation>
    </message>
    <message>
        <source>“{value}” is not a date we can read. Write it like 2026-11-16 or 2026年11月16日, or leave the field empty if you do not know it.</source>
        <translation>「{value}」は日付として読み取れません。2026-11-16 や 2026年11月16日 のように書いてください。分からなければ空欄のままで構いません。</translation>
    </message>
    <message>
        <source>Edit mail account</source>
        <translation>メールアカウントの編集</translation>
    </message>
    <message>
        <source>Add mail account</source>
        <translation>メールアカウントの追加</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>変更を保存(&amp;C)</translation>
    </message>
    <message>
        <source>Add to the lis&amp;t</source>
        <translation>一覧に追加(&amp;T)</translation>
    </message>
    <message>
        <source>Enter what you know; only the address is required. Do not enter the password here: it is checked further down the page and never saved.</source>
        <translation>分かる範囲で入力してください。必須なのはメールアドレスだけです。パスワードはここには入力しないでください (パスワードの確認はページ下の欄で行い、保存はしません)。</translation>
    </message>
    <message>
        <source>Mail &amp;address:</source>
        <translation>メールアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>e.g. info@example.co.jp</source>
        <translation>例: info@example.co.jp</translation>
    </message>
    <message>
        <source>Please enter the mail address.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation>利用者(&amp;U):</translation>
    </message>
    <message>
        <source>name of the person (for a shared address: who is responsible)</source>
        <translation>使っている人の名前 (共有アドレスの場合は責任者)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>区分(&amp;S):</translation>
    </message>
    <message>
        <source>Password &amp;last changed:</source>
        <translation>パスワードの最終変更日(&amp;L):</translation>
    </message>
    <message>
        <source>e.g. 2026-11-16 (leave empty if unknown)</source>
        <translation>例: 2026-11-16 (分からなければ空欄)</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <translation>転送先(&amp;F):</translation>
    </message>
    <message>
        <source>for staff who left: the successor&apos;s address</source>
        <translation>退職者の場合: 後任の人のアドレス</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>printed in the report; never write a password here</source>
        <translation>報告書にも載ります。パスワードは書かないでください</translation>
    </message>
    <message>
        <source>The account still &amp;works (not deleted or disabled)</source>
        <translation>このアカウントはまだ使える状態(&amp;W) (削除・停止していない)</translation>
    </message>
    <message>
        <source>Saved as {address}.</source>
        <translation>{address} として保存します。</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>変更を破棄しますか</translation>
    </message>
    <message>
        <source>Close this window without adding the account?</source>
        <translation>アカウントを追加せずに、この画面を閉じますか？</translation>
    </message>
    <message>
        <source>Close this window without saving your changes?</source>
        <translation>変更を保存せずに、この画面を閉じますか？</translation>
    </message>
    <message>
        <source>What you entered in this window will be discarded.</source>
        <translation>この画面で入力した内容は破棄されます。</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>破棄して閉じる(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>ファイルを読み込めませんでした ({reason})。</translation>
    </message>
    <message>
        <source>Passwords and accounts</source>
        <translation>パスワードとアカウント</translation>
    </message>
    <message>
        <source>List every mail account of the company, check that each has a strong password of its own, and deal with accounts of staff who left.</source>
        <translation>会社のメールアカウントをすべて書き出し、それぞれに専用の強いパスワードが設定されているかを確認します。退職した人のアカウントも整理しましょう。</translation>
    </message>
    <message>
        <source>Accounts with weak passwords and forgotten accounts of people who left are how mail servers are taken over. Add the accounts by hand or import the list from your hosting company&apos;s control panel (CSV). You can go on to the next step at any time; what is still open appears in the report.</source>
        <translation>弱いパスワードのアカウントや、退職した人の放置されたアカウントは、メールサーバが乗っ取られる主な入り口です。アカウントを手で追加するか、レンタルサーバのコントロールパネルから書き出した一覧 (CSV) を読み込んでください。途中でも次の手順へ進めます。残っている項目は報告書に載ります。</translation>
    </message>
    <message>
        <source>Mail accounts</source>
        <translation>メールアカウント</translation>
    </message>
    <message>
        <source>Mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>利用者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Latest check</source>
        <translation>最新の判定</translation>
    </message>
    <message>
        <source>List of mail accounts</source>
        <translation>メールアカウントの一覧</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>一覧から外す(&amp;M)</translation>
    </message>
    <message>
        <source>Removes the account from this list only; the mailbox at the host stays.</source>
        <translation>この一覧から外すだけです。サーバ上のメールボックスはそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Put the removed account back in the list</source>
        <translation>一覧から外したアカウントを元に戻す</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV を読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Change &amp;selected</source>
        <translation>まとめて変更(&amp;S)</translation>
    </message>
    <message>
        <source>Set the status or who uses them for all selected accounts at once. Select several with Shift or Ctrl and a click, Shift and the arrow keys, or Ctrl+A.</source>
        <translation>選択したアカウントすべての区分や利用者を一度に設定します。複数を選ぶには、Shift キーか Ctrl キーを押しながらクリックするか、Shift キーと矢印キー、または Ctrl+A を使います。</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>区分を設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;In service</source>
        <translation>在籍(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Departed</source>
        <translation>退職(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;hared</source>
        <translation>共有(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>不明(&amp;U)</translation>
    </message>
    <message>
        <source>Set who &amp;uses them…</source>
        <translation>利用者を設定(&amp;U)…</translation>
    </message>
    <message>
        <source>Mark as &amp;deleted or disabled</source>
        <translation>削除・停止済みにする(&amp;D)</translation>
    </message>
    <message>
        <source>Mark as still &amp;working</source>
        <translation>まだ使える状態に戻す(&amp;W)</translation>
    </message>
    <message>
        <source>The account list exported from the control panel (UTF-8 or Shift_JIS)</source>
        <translation>コントロールパネルから書き出したアカウント一覧 (UTF-8 または Shift_JIS)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV に書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>選択中のアカウント</translation>
    </message>
    <message>
        <source>Check or create a password</source>
        <translation>パスワードの確認と作成</translation>
    </message>
    <message>
        <source>Pass&amp;word to check:</source>
        <translation>確認するパスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>確認するパスワード</translation>
    </message>
    <message>
        <source>type or paste a new password</source>
        <translation>新しいパスワードを入力または貼り付け</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示する(&amp;H)</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>パスワードを表示する</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>パスワードの強さ</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>自動で作る(&amp;R)</translation>
    </message>
    <message>
        <source>Create a random password that meets every rule and the host&apos;s limits</source>
        <translation>すべての条件とサーバの制限を満たすパスワードをランダムに作ります</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the password; it is removed from the clipboard after a minute</source>
        <translation>パスワードをコピーします。1 分後にクリップボードから消去します</translation>
    </message>
    <message>
        <source>Password changed &amp;today</source>
        <translation>今日このパスワードに変更した(&amp;T)</translation>
    </message>
    <message>
        <source>Record that the selected account now has this password: the check result and today&apos;s date are saved, the password itself is not.</source>
        <translation>選択中のアカウントのパスワードをこれに変更したことを記録します。保存するのは判定結果と今日の日付だけで、パスワードそのものは保存しません。</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>作成したパスワード:</translation>
    </message>
    <message>
        <source>Generated password, in groups of four</source>
        <translation>作成したパスワード (4 文字ずつ区切って表示)</translation>
    </message>
    <message>
        <source>Accounts of staff who left</source>
        <translation>退職した人のアカウント</translation>
    </message>
    <message>
        <source>What was &amp;done about them (deleted, disabled, forwarded; when and by whom):</source>
        <translation>行った対応 (削除・停止・転送など、いつ・誰が)(&amp;D):</translation>
    </message>
    <message>
        <source>e.g. tanaka@ deleted on 2026-11-20 by Yamada; its mail now goes to sato@</source>
        <translation>例: 2026-11-20 に山田が tanaka@ を削除。以後のメールは sato@ に転送</translation>
    </message>
    <message>
        <source>Misused in the incident</source>
        <translation>不正利用されたアカウント</translation>
    </message>
    <message>
        <source>Added from step 1 (misused accounts): {addresses}. Please fill in who uses them and check their new passwords.</source>
        <translation>手順 1 で入力された不正利用アカウントを一覧に追加しました: {addresses}。利用者を入力し、新しいパスワードを確認してください。</translation>
    </message>
    <message>
        <source>Needs attention: see the recommendations below.</source>
        <translation>対応が必要です。下の「すること」をご覧ください。</translation>
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
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not needed: delete or disable</source>
        <translation>不要 (削除・停止の対象)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Passed ({strength})</source>
        <translation>合格 ({strength})</translation>
    </message>
    <message>
        <source>Failed: {rule}</source>
        <translation>不合格: {rule}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>The password of this account has not been checked in this app.</source>
        <translation>このアカウントのパスワードは、まだこのアプリで確認していません。</translation>
    </message>
    <message>
        <source>Rules not met: {rules}</source>
        <translation>満たしていない条件: {rules}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Passwords of the accounts in use (not counting former staff): {ok} passed, {weak} failed, {unchecked} not checked.</source>
        <translation>利用中のアカウント (退職者の分を除く) のパスワード: 合格 {ok} 件・不合格 {weak} 件・未確認 {unchecked} 件</translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation>(未入力)</translation>
    </message>
    <message>
        <source>Failed: {rule} (+{count})</source>
        <translation>不合格: {rule} ほか {count} 件</translation>
    </message>
    <message>
        <source>Password
changed</source>
        <translation>パスワード変更日</translation>
    </message>
    <message>
        <source>Delete or disable this account; checking its password is not needed.</source>
        <translation>このアカウントは削除または停止してください。パスワードの確認は不要です。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(未入力)</translation>
    </message>
    <message>
        <source>Failed: {rules}</source>
        <translation>不合格: {rules}</translation>
    </message>
    <message>
        <source>{result} (checked on {when})</source>
        <translation>{result} ({when} に確認)</translation>
    </message>
    <message>
        <source>No accounts yet. Add them with “Add…”, or import the CSV file that your hosting company&apos;s control panel exports.</source>
        <translation>まだアカウントがありません。「追加」で入力するか、レンタルサーバのコントロールパネルから書き出した CSV ファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>Accounts whose password has not been checked yet: {count}.</source>
        <translation>まだ確認していないアカウントが {count} 件あります。</translation>
    </message>
    <message>
        <source>Accounts whose password failed the check: {count}.</source>
        <translation>パスワードが不合格のアカウントが {count} 件あります。</translation>
    </message>
    <message>
        <source>Accounts nobody can place: {count}. Find out who uses them.</source>
        <translation>誰のものか分からないアカウントが {count} 件あります。使っている人がいるか確認してください。</translation>
    </message>
    <message>
        <source>Shared accounts without a responsible person: {count}.</source>
        <translation>責任者が決まっていない共有アカウントが {count} 件あります。</translation>
    </message>
    <message>
        <source>Working accounts whose password was not changed since the incident ({date}): {count}.</source>
        <translation>発覚日 ({date}) 以降にパスワードを変更していない、使える状態のアカウントが {count} 件あります。</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>まだ残っていること:</translation>
    </message>
    <message>
        <source>Every account has been dealt with.</source>
        <translation>すべてのアカウントの確認と対応が済んでいます。</translation>
    </message>
    <message>
        <source>• {text}</source>
        <translation>・{text}</translation>
    </message>
    <message>
        <source>Select an account in the list to see what to do about it.</source>
        <translation>一覧からアカウントを選ぶと、するべきことが表示されます。</translation>
    </message>
    <message>
        <source>Select an account first: its address and the names in the case are part of the check. What you type here is never saved.</source>
        <translation>先に一覧からアカウントを選んでください。そのアドレスや登録した名前がパスワードに含まれていないかも確認します。ここに入力した内容は保存しません。</translation>
    </message>
    <message>
        <source>Selected account: {address}</source>
        <translation>選択中のアカウント: {address}</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>すること:</translation>
    </message>
    <message>
        <source>New password for {address}. It is checked as you type, on this computer only, and never saved: only the result is kept when you record the change.</source>
        <translation>{address} の新しいパスワードです。入力するそばから、このパソコンの中だけで確認します。パスワードは保存しません。変更を記録したときに残すのは判定結果だけです。</translation>
    </message>
    <message>
        <source>Used by: {owner}</source>
        <translation>利用者: {owner}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>区分: {status}</translation>
    </message>
    <message>
        <source>Account: {state}</source>
        <translation>アカウント: {state}</translation>
    </message>
    <message>
        <source>Password changed: {date}</source>
        <translation>パスワード変更日: {date}</translation>
    </message>
    <message>
        <source>Forwarded to: {address}</source>
        <translation>転送先: {address}</translation>
    </message>
    <message>
        <source> / </source>
        <translation> / </translation>
    </message>
    <message>
        <source>Latest check: {result}</source>
        <translation>最新の判定: {result}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>メモ: {note}</translation>
    </message>
    <message>
        <source>Checked on {when}. Strength: {label}.</source>
        <translation>{when} に確認。強さ: {label}。</translation>
    </message>
    <message>
        <source>{total} accounts ({active} enabled): {in_service} in service, {departed} departed, {shared} shared, {unknown} unknown.</source>
        <translation>アカウント {total} 件 (うち使える状態 {active} 件): 在籍 {in_service} 件・退職 {departed} 件・共有 {shared} 件・不明 {unknown} 件</translation>
    </message>
    <message>
        <source>Departed staff accounts still enabled: {count}. Delete or disable them.</source>
        <translation>退職した人のアカウントが {count} 件、まだ使える状態です。削除または停止してください。</translation>
    </message>
    <message>
        <source>Selected accounts: {count}</source>
        <translation>選択中のアカウント: {count} 件</translation>
    </message>
    <message>
        <source>Set their status, who uses them, or mark them as deleted or disabled all at once with “Change selected” (or the right mouse button).</source>
        <translation>「まとめて変更」(または右クリック) で、区分や利用者の設定、削除・停止済みの記録を一度に行えます。</translation>
    </message>
    <message>
        <source>Select a single account to see what to do about it.</source>
        <translation>アカウントを 1 件だけ選ぶと、するべきことが表示されます。</translation>
    </message>
    <message>
        <source>Passwords are checked one account at a time: select a single account first. What you type here is never saved.</source>
        <translation>パスワードは 1 件ずつ確認します。先にアカウントを 1 件だけ選んでください。ここに入力した内容は保存されません。</translation>
    </message>
    <message>
        <source>{address} was removed from this list. The mailbox itself still exists at the host until you delete it in the control panel.</source>
        <translation>{address} を一覧から外しました。メールボックス自体は、コントロールパネルで削除するまでサーバに残っています。</translation>
    </message>
    <message>
        <source>{address} is back in the list.</source>
        <translation>{address} を一覧に戻しました。</translation>
    </message>
    <message>
        <source>{count} accounts were removed from this list. The mailboxes themselves still exist at the host until you delete them in the control panel.</source>
        <translation>{count} 件のアカウントを一覧から外しました。メールボックス自体は、コントロールパネルで削除するまでサーバに残っています。</translation>
    </message>
    <message>
        <source>The {count} accounts are back in the list.</source>
        <translation>{count} 件のアカウントを一覧に戻しました。</translation>
    </message>
    <message>
        <source>Put the removed accounts back in the list</source>
        <translation>一覧から外したアカウントを元に戻す</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ほか {count} 件</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>一覧から外す</translation>
    </message>
    <message>
        <source>Remove these {count} accounts from the list?</source>
        <translation>選択した {count} 件のアカウントを一覧から外しますか?</translation>
    </message>
    <message>
        <source>What you entered about them (who uses them, status, notes) goes with them; “Undo” brings it all back. The mailboxes at the host are not touched.</source>
        <translation>利用者・区分・メモなど、入力した内容も一緒に外れます。「元に戻す」ですべて戻せます。サーバのメールボックスはそのままです。</translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>外す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t remove</source>
        <translation>外さない(&amp;D)</translation>
    </message>
    <message>
        <source>Nothing changed: the selected accounts ({count}) already had that.</source>
        <translation>選択したアカウント ({count} 件) はすでにその設定になっているため、何も変わっていません。</translation>
    </message>
    <message>
        <source>Status set to “{status}” for the selected accounts ({count}).</source>
        <translation>選択したアカウント ({count} 件) の区分を「{status}」にしました。</translation>
    </message>
    <message>
        <source>“Used by” set to {owner} for the selected accounts ({count}).</source>
        <translation>選択したアカウント ({count} 件) の利用者を {owner} にしました。</translation>
    </message>
    <message>
        <source>“Used by” emptied for the selected accounts ({count}).</source>
        <translation>選択したアカウント ({count} 件) の利用者を空欄にしました。</translation>
    </message>
    <message>
        <source>Marked as deleted or disabled: the selected accounts ({count}). This app changes nothing at the host: delete or disable them in the control panel too.</source>
        <translation>選択したアカウント ({count} 件) を削除・停止済みとして記録しました。このアプリはサーバ側を変更しません。コントロールパネルでも削除または停止してください。</translation>
    </message>
    <message>
        <source>Marked as still working: the selected accounts ({count}).</source>
        <translation>選択したアカウント ({count} 件) をまだ使える状態として記録しました。</translation>
    </message>
    <message>
        <source>Undone: the accounts ({count}) are as they were before.</source>
        <translation>元に戻しました。アカウント ({count} 件) は変更前の状態です。</translation>
    </message>
    <message>
        <source>Undo the change to the selected accounts</source>
        <translation>選択したアカウントへの変更を元に戻す</translation>
    </message>
    <message>
        <source>Import the account list (CSV)</source>
        <translation>アカウント一覧 (CSV) の読み込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>{count} accounts were read from “{name}”: {added} new, {updated} updated, {unchanged} already in the list as the file has them.</source>
        <translation>「{name}」から {count} 件のアカウントを読み込みました (新規 {added} 件・更新 {updated} 件・一覧と同じ内容のため変更なし {unchanged} 件)。</translation>
    </message>
    <message>
        <source>{count} accounts were read from “{name}”: {added} new, {updated} updated.</source>
        <translation>「{name}」から {count} 件のアカウントを読み込みました (新規 {added} 件・更新 {updated} 件)。</translation>
    </message>
    <message>
        <source>Character encoding: {encoding}.</source>
        <translation>文字コード: {encoding}</translation>
    </message>
    <message>
        <source>Rows with problems: {count}. The other rows were imported; fix these in the file and import it again, or add them by hand.</source>
        <translation>問題のある行が {count} 件あります。ほかの行は読み込み済みです。下の行はファイルを直してもう一度読み込むか、手で追加してください。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>読み込みが終わりました</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>ファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>Nothing was imported from “{name}”. {reason}</source>
        <translation>「{name}」からは何も読み込んでいません。{reason}</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>問題のある行</translation>
    </message>
    <message>
        <source>Export the account list (CSV)</source>
        <translation>アカウント一覧を CSV に書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be saved to {path} ({reason}).</source>
        <translation>一覧を {path} に保存できませんでした ({reason})。</translation>
    </message>
    <message>
        <source>The list was saved to {path}. It contains no passwords.</source>
        <translation>一覧を {path} に保存しました。パスワードは含まれていません。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Nothing entered</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>Strength: –</source>
        <translation>強さ: –</translation>
    </message>
    <message>
        <source>Type a password to check it, or let the app generate one.</source>
        <translation>パスワードを入力すると、その場で確認します。「自動で作る」で強いパスワードを作ることもできます。</translation>
    </message>
    <message>
        <source>Strength: {label}</source>
        <translation>強さ: {label}</translation>
    </message>
    <message>
        <source>Copied. Paste it into the control panel now: the clipboard is emptied in {seconds} seconds, and when you close this app.</source>
        <translation>コピーしました。今すぐコントロールパネルに貼り付けてください。クリップボードは {seconds} 秒後と、このアプリを閉じたときに消去します。</translation>
    </message>
    <message>
        <source>Windows was asked not to keep it in the clipboard history (Windows key + V) and not to sync it to your other devices.</source>
        <translation>Windows には、クリップボードの履歴 (Windows キー + V) に残さず、ほかの端末とも同期しないよう指定しています。</translation>
    </message>
    <message>
        <source>Copied. The clipboard is emptied in {seconds} seconds.</source>
        <translation>コピーしました。クリップボードは {seconds} 秒後に消去します。</translation>
    </message>
    <message>
        <source>The password was removed from the clipboard.</source>
        <translation>クリップボードからパスワードを消去しました。</translation>
    </message>
    <message>
        <source>Something else was copied meanwhile, so the clipboard was left as it is.</source>
        <translation>その後ほかのものがコピーされていたため、クリップボードはそのままにしました。</translation>
    </message>
    <message>
        <source>Recorded for {address}: changed today, the new password passed the check. The password itself was not saved.</source>
        <translation>{address} について、今日パスワードを変更したことを記録しました。新しいパスワードは合格です。パスワードそのものは保存していません。</translation>
    </message>
    <message>
        <source>Recorded for {address}: changed today, but the new password did not pass the check. Please change it again to a stronger one. The password itself was not saved.</source>
        <translation>{address} について、今日パスワードを変更したことを記録しました。ただし新しいパスワードは不合格です。もっと強いものにもう一度変更してください。パスワードそのものは保存していません。</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>What was done or is planned</source>
        <translation>実施した・予定している対応</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Recovery and prevention actions</source>
        <translation>復旧・再発防止の対応</translation>
    </message>
    <message>
        <source>Add ac&amp;tion</source>
        <translation>対応を追加(&amp;T)</translation>
    </message>
    <message>
        <source>Remove selected actions</source>
        <translation>選択した対応を削除</translation>
    </message>
    <message>
        <source>Double-click a cell (or press F2) to change it. Kind and state are chosen from a list; planned actions may have a date in the future.</source>
        <translation>セルをダブルクリック (または F2 キー) で変更できます。種類と状況は一覧から選びます。予定の対応には先の日付も入れられます。</translation>
    </message>
    <message>
        <source>Action {row}: {problem}</source>
        <translation>対応 {row}: {problem}</translation>
    </message>
</context>
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
        <translation>このパソコンから外に出るのは DNS の問い合わせだけです。問い合わせできなかったリストは「確認できず」と表示し、「掲載なし」とは表示しません。</translation>
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
        <source>Address</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Delisting request text</source>
        <translation>解除の依頼文</translation>
    </message>
    <message>
        <source>&amp;Use the generated text</source>
        <translation>自動作成の文に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>I sent the removal re&amp;quest on</source>
        <translation>解除を申請した(&amp;Q) 申請日:</translation>
    </message>
    <message>
        <source>The domain was not checked</source>
        <translation>ドメインは確認していません</translation>
    </message>
    <message>
        <source>Go on without checking the &amp;domain, because:</source>
        <translation>ドメインを確認せずに進む。理由(&amp;D):</translation>
    </message>
    <message>
        <source>e.g. our web hosting company checks the domain for us</source>
        <translation>例: ホームページの管理会社が代わりに確認している</translation>
    </message>
    <message>
        <source>Reason for not checking the domain</source>
        <translation>ドメインを確認しない理由</translation>
    </message>
    <message>
        <source>S&amp;kip checking the domain…</source>
        <translation>ドメインを確認せずに進む(&amp;K)…</translation>
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
        <source>S&amp;kip the check…</source>
        <translation>確認せずに進む(&amp;K)…</translation>
    </message>
    <message>
        <source>The domain was changed: {count} address(es) looked up for the previous domain were removed. Press “Look up from the domain” to find the new domain&apos;s addresses.</source>
        <translation>ドメインが変更されたため、前のドメインから調べたアドレス {count} 件を一覧から外しました。新しいドメインのアドレスは「ドメインから調べる」で調べてください。</translation>
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
        <translation>－ 中止</translation>
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
        <source>Date the removal request was sent</source>
        <translation>解除を申請した日</translation>
    </message>
    <message>
        <source>Note, e.g. the list&apos;s ticket number (optional)</source>
        <translation>メモ: 受付番号など (任意)</translation>
    </message>
    <message>
        <source>Note on the removal request</source>
        <translation>解除の申請のメモ</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>× 掲載</translation>
    </message>
    <message>
        <source>policy listing</source>
        <translation>△ ポリシー掲載</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>○ 掲載なし</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>？ 確認できず</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>－ 対象外</translation>
    </message>
    <message>
        <source>Checked on {when} (Japan time) through {server}: {listed} listed, {policy} on policy lists (whole network), {not_listed} not listed, {not_tested} could not be checked.</source>
        <translation>{when} (日本時間) に確認しました (DNS サーバ: {server})。掲載 {listed} 件、ポリシー掲載 (ネットワーク単位) {policy} 件、掲載なし {not_listed} 件、確認できず {not_tested} 件。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Blacklist listings found: {count}.</source>
        <translation>ブラックリストへの掲載が {count} 件見つかりました。</translation>
    </message>
    <message>
        <source>First stop the cause: change the passwords of the misused accounts and delete unused ones (step 3, “Passwords and accounts”).</source>
        <translation>まず原因を止めます: 悪用されたアカウントのパスワードを変え、使っていないアカウントを削除してください (ステップ 3「パスワードとアカウント」)。</translation>
    </message>
    <message>
        <source>{n}. {list}: {targets}</source>
        <translation>{n}. {list}: {targets}</translation>
    </message>
    <message>
        <source>{count} more in the table</source>
        <translation>ほか {count} 件 (表を参照)</translation>
    </message>
    <message>
        <source>Then ask for removal in this order: {order}.</source>
        <translation>そのうえで、次の順に解除を申請してください: {order}。</translation>
    </message>
    <message>
        <source>{lists}: no request needed, the listing ends by itself once the spam stops.</source>
        <translation>{lists} は申請不要です。迷惑メールが止まれば自動的に解除されます。</translation>
    </message>
    <message>
        <source>Some lists could not be checked (see the notice below): whether they list you is not known.</source>
        <translation>確認できなかったリストがあります (下の注意を参照)。そのリストに掲載されているかどうかは分かりません。</translation>
    </message>
    <message>
        <source>Select a row to see what it means and how to ask for removal.</source>
        <translation>行を選ぶと、その意味と解除の申請方法が表示されます。</translation>
    </message>
    <message>
        <source>Press “Start the check” to check the addresses and domains listed above. To go on without checking now, tick “Do not check now” below and give a reason.</source>
        <translation>「確認を開始」を押すと、上の IP アドレスとドメインを確認します。今は確認せずに進むときは、下の「今は確認しない」にチェックを入れて理由を入力してください。</translation>
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
        <source>No list could be checked ({count} could not be checked), so whether you are listed is not known.</source>
        <translation>どのリストも確認できませんでした (確認できず {count} 件)。掲載されているかどうかは分かりません。</translation>
    </message>
    <message>
        <source>No answer came back: this computer is probably not connected to the internet, or the DNS server cannot be reached.</source>
        <translation>応答がまったくありませんでした。このパソコンがインターネットにつながっていないか、DNS サーバに届いていないと考えられます。</translation>
    </message>
    <message>
        <source>The lists refuse to answer the DNS server you use (public DNS services such as 8.8.8.8 or 1.1.1.1 are blocked).</source>
        <translation>お使いの DNS サーバからの問い合わせに、リストが回答を拒否しています (8.8.8.8 や 1.1.1.1 などの公開 DNS サービスはブロックされます)。</translation>
    </message>
    <message>
        <source>The DNS server refused or failed the queries: it may not answer queries from this computer.</source>
        <translation>DNS サーバが問い合わせを拒否したか、処理に失敗しました。このパソコンからの問い合わせに答えない設定になっている可能性があります。</translation>
    </message>
    <message>
        <source>The DNS server&apos;s answers could not be used: it seems to change them.</source>
        <translation>DNS サーバの応答が使えませんでした。DNS サーバが応答を書き換えているようです。</translation>
    </message>
    <message>
        <source>The lists did not pass their self-test (their test queries did not get the answers every working list gives), so their answers cannot be used. They may not be reachable through the DNS server you use.</source>
        <translation>各リストが動作確認に合格しませんでした (テスト用の問い合わせに、正常なリストなら必ず返す答えが返りませんでした)。そのため回答を使えません。お使いの DNS サーバからリストに届いていない可能性があります。</translation>
    </message>
    <message>
        <source>Why is shown for each list: select a row in the table.</source>
        <translation>理由はリストごとに表示されます。表の行を選んでください。</translation>
    </message>
    <message>
        <source>To go on, check the internet connection (or choose another DNS server in Settings), then press “Start the check” again.</source>
        <translation>先に進むには、インターネット接続を確かめて (または設定で別の DNS サーバを選んで) から、もう一度「確認を開始」を押してください。</translation>
    </message>
    <message>
        <source>To go on, choose another DNS server in Settings (your company&apos;s or your internet provider&apos;s), then press “Start the check” again.</source>
        <translation>先に進むには、設定で別の DNS サーバを選び (社内またはプロバイダの DNS サーバ)、もう一度「確認を開始」を押してください。</translation>
    </message>
    <message>
        <source>Or tick “Do not check now” below and write why the check is skipped.</source>
        <translation>または、下の「今は確認しない」にチェックを入れて、確認を省略する理由を書いてください。</translation>
    </message>
    <message>
        <source>These results are from the check on {when} for {old}, not for your domain {domain}. Press “Start the check” to check {domain}, or record below why you skip the check.</source>
        <translation>この結果は {when} に {old} を確認したときのもので、現在のドメイン {domain} の結果ではありません。「確認を開始」を押して {domain} を確認するか、下の欄に確認しない理由を記入してください。</translation>
    </message>
    <message>
        <source>This check included IP addresses only, not your domain {domain}: whether {domain} is on the domain blacklists is not known. Add {domain} to the list above and press “Start the check”, or record below why the domain is left out.</source>
        <translation>この確認は IP アドレスだけを対象にしており、ドメイン {domain} は含まれていません。{domain} がドメイン用のブラックリストに載っているかどうかは分かりません。上の一覧に {domain} を追加して「確認を開始」を押すか、下の欄にドメインを確認しない理由を記入してください。</translation>
    </message>
    <message>
        <source>Some lists did not answer. Select a “not tested” row to see why; check again later or choose another DNS server in Settings.</source>
        <translation>応答しなかったリストがあります。「確認できず」の行を選ぶと理由が表示されます。時間をおいて再確認するか、設定で別の DNS サーバを選んでください。</translation>
    </message>
    <message>
        <source>{lists} and {count} more</source>
        <translation>{lists} ほか {count} 件</translation>
    </message>
    <message>
        <source>Could not be checked: {lists}.</source>
        <translation>確認できなかったリスト: {lists}。</translation>
    </message>
    <message>
        <source>These lists refuse to answer the DNS server you use: public DNS services (such as 8.8.8.8 or 1.1.1.1) and many cloud networks are blocked. Nothing is known about a listing on them.</source>
        <translation>これらのリストは、お使いの DNS サーバには答えません。公開 DNS サービス (8.8.8.8 や 1.1.1.1 など) や多くのクラウドはブロックされています。これらのリストに掲載されているかどうかは分かりません。</translation>
    </message>
    <message>
        <source>The list refuses to answer the DNS server you use: public DNS services (such as 8.8.8.8 or 1.1.1.1) and many cloud networks are blocked. Nothing is known about a listing.</source>
        <translation>このリストは、お使いの DNS サーバには答えません。公開 DNS サービス (8.8.8.8 や 1.1.1.1 など) や多くのクラウドはブロックされています。掲載されているかどうかは分かりません。</translation>
    </message>
    <message>
        <source>These lists refused to answer because your DNS server sends them too many queries (it is shared by many users).</source>
        <translation>お使いの DNS サーバ (多くの利用者が共用) からの問い合わせが多すぎるため、これらのリストが回答を拒否しました。</translation>
    </message>
    <message>
        <source>The list refused to answer because your DNS server sends it too many queries (it is shared by many users).</source>
        <translation>お使いの DNS サーバ (多くの利用者が共用) からの問い合わせが多すぎるため、リストが回答を拒否しました。</translation>
    </message>
    <message>
        <source>Ways out: choose your company&apos;s or internet provider&apos;s DNS server in Settings, or, for Spamhaus, enter a free Spamhaus DQS key in Settings.</source>
        <translation>対処法: 設定で社内やプロバイダの DNS サーバを選ぶか、Spamhaus については無料の Spamhaus DQS キーを設定してください。</translation>
    </message>
    <message>
        <source>Way out: choose your company&apos;s or internet provider&apos;s DNS server in Settings.</source>
        <translation>対処法: 設定で社内やプロバイダの DNS サーバを選んでください。</translation>
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
        <source>Removal request:</source>
        <translation>解除の申請:</translation>
    </message>
    <message>
        <source>sent on {date} (recorded by you).</source>
        <translation>{date} に申請済み (ご自分で記録)。</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>メモ: {note}</translation>
    </message>
    <message>
        <source>This is your own version of the request, last changed on {when}.</source>
        <translation>ご自分で編集した依頼文です (最終変更 {when})。</translation>
    </message>
    <message>
        <source>Information in the earlier steps has changed since then, and the generated text changed with it. Check that your version is still right, or press “Use the generated text”.</source>
        <translation>その後、前のステップの内容が変わり、自動作成の文も変わりました。編集した文が今も正しいか確かめるか、「自動作成の文に戻す」を押してください。</translation>
    </message>
    <message>
        <source>Copied for the list&apos;s form on {when}.</source>
        <translation>{when} に申請フォーム用にコピーしました。</translation>
    </message>
    <message>
        <source>Before you copy the text, replace the parts in square brackets with your own information: {parts}</source>
        <translation>コピーする前に、角かっこ [ ] の部分を御社の情報に書き換えてください: {parts}</translation>
    </message>
    <message>
        <source>The text contains Japanese ({text}). The list&apos;s staff abroad may not read it, and some forms refuse it: write it in Latin letters.</source>
        <translation>依頼文に日本語が含まれています ({text})。海外のリストの担当者は読めないことがあり、受け付けない申請フォームもあります。ローマ字 (英字) で書いてください。</translation>
    </message>
    <message>
        <source>Enter the company name and your name in Latin letters in step 1 (Situation), and every request is filled in with them.</source>
        <translation>会社名とお名前の英字表記をステップ 1「状況の確認」で入力すると、すべての依頼文に入ります。</translation>
    </message>
    <message>
        <source>The generated request text is shown again. To get your version back, use Undo (Ctrl+Z) in the text box before selecting another row.</source>
        <translation>自動作成の依頼文に戻しました。編集した文に戻すには、別の行を選ぶ前に、依頼文の欄で「元に戻す」(Ctrl+Z) を使ってください。</translation>
    </message>
    <message>
        <source>The request text was copied. Paste it into the list&apos;s form.</source>
        <translation>依頼文をコピーしました。リストの申請フォームに貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>“{typed}” was read as {when} (Japan time).</source>
        <translation>「{typed}」を {when} (日本時間) と読み取りました。</translation>
    </message>
    <message>
        <source>Read as {when} (Japan time).</source>
        <translation>{when} (日本時間) と読み取りました。</translation>
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
        <source>looking them up…</source>
        <translation>確認中…</translation>
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
        <translation>Spamhaus は公開 DNS サーバ経由の問い合わせに答えません。無料の Spamhaus Data Query Service (DQS) キーがあれば、どの DNS サーバからでも Spamhaus のリストを確認できます。自社のメールの確認のような小規模・非商用の利用なら無料です: &lt;a href=&quot;{url}&quot;&gt;Spamhaus で登録&lt;/a&gt;。キーはこのパソコンのパスワード管理機能にだけ保存し、事案ファイル・設定・報告書には書きません。</translation>
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
        <source>&amp;Use it for this session only</source>
        <translation>今回だけ使う(&amp;U)</translation>
    </message>
    <message>
        <source>Asking this computer&apos;s password manager…</source>
        <translation>このパソコンのパスワード管理機能に問い合わせています…</translation>
    </message>
    <message>
        <source>A key is stored in this computer&apos;s password manager ({backend}).</source>
        <translation>キーはこのパソコンのパスワード管理機能 ({backend}) に保存されています。</translation>
    </message>
    <message>
        <source>A key is used for this session only; it will be forgotten when Mail Mamori closes.</source>
        <translation>キーは今回の起動の間だけ使われ、メールまもりを閉じると消えます。</translation>
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
        <source>This computer has no password manager Mail Mamori can use, so a key can only be used for one session.</source>
        <translation>このパソコンにはメールまもりが使えるパスワード管理機能がないため、キーは今回の起動の間だけ使えます。</translation>
    </message>
    <message>
        <source>Password store: {backend}</source>
        <translation>パスワードの保存先: {backend}</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>キーを保存しています…</translation>
    </message>
    <message>
        <source>The key is not saved anywhere: it is used for this session only and forgotten when Mail Mamori closes.</source>
        <translation>キーはどこにも保存されません。今回の起動の間だけ使い、メールまもりを閉じると消えます。</translation>
    </message>
    <message>
        <source>Press OK to use it, or Cancel to leave it.</source>
        <translation>使う場合は「OK」、使わない場合は「キャンセル」を押してください。</translation>
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
        <source>Open &amp;log folder</source>
        <translation>ログのフォルダを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Mail Mamori</source>
        <translation>メールまもり</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>What it is</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大きさ</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation>原本の保管場所</translation>
    </message>
    <message>
        <source>Collected on</source>
        <translation>収集日時</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>収集者</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Remove selected files from the list</source>
        <translation>選択したファイルを一覧から外す</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stop computing the SHA-256 value</source>
        <translation>SHA-256 値の計算を中止</translation>
    </message>
    <message>
        <source>Progress of the SHA-256 computation</source>
        <translation>SHA-256 値の計算の進み具合</translation>
    </message>
    <message>
        <source>SHA-256 of the selected file:</source>
        <translation>選択したファイルの SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 of the selected file</source>
        <translation>選択したファイルの SHA-256</translation>
    </message>
    <message>
        <source>The files stay where they are: they are not copied or uploaded. The app only reads each file once to compute its SHA-256 value, a fingerprint that shows later that a copy is unchanged. Keep the originals and do not edit them. Double-click a cell to change what it is, where it is kept, and when and by whom it was collected.</source>
        <translation>ファイルはそのままの場所に置いたままです。コピーもアップロードもしません。このアプリはファイルを一度読んで SHA-256 値 (ファイルの「指紋」) を計算するだけです。この値で、後からコピーが元のままであることを確かめられます。原本は編集せずに保管してください。内容・保管場所・収集日時・収集者は、セルをダブルクリックすると変更できます。</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} バイト</translation>
    </message>
    <message>
        <source>File {row}: {problem}</source>
        <translation>ファイル {row}: {problem}</translation>
    </message>
    <message>
        <source>Choose evidence files (logs, screenshots, bounced mails)</source>
        <translation>証拠ファイルを選ぶ (ログ、画面コピー、戻ってきたメールなど)</translation>
    </message>
    <message>
        <source>Computing SHA-256 of “{name}” ({number} of {count})…</source>
        <translation>「{name}」の SHA-256 値を計算中 ({count} 件中 {number} 件目)…</translation>
    </message>
    <message>
        <source>“{name}” is already in the list (same SHA-256).</source>
        <translation>「{name}」はすでに一覧にあります (SHA-256 値が同じです)。</translation>
    </message>
    <message>
        <source>Stopped: no SHA-256 value was computed for {names}, so they were not added. Add them again when you have time.</source>
        <translation>中止しました。{names} は SHA-256 値を計算していないため、一覧に追加していません。時間のあるときにもう一度追加してください。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>FindingList</name>
    <message>
        <source>Could not check</source>
        <translation>確認できず</translation>
    </message>
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
    <name>ImpactForm</name>
    <message>
        <source>Note (optional): what you know</source>
        <translation>メモ (任意): 分かっていること</translation>
    </message>
    <message>
        <source>Note on: {question}</source>
        <translation>メモ: {question}</translation>
    </message>
    <message>
        <source>&amp;How many people could be affected?</source>
        <translation>影響を受けるおそれのある人数(&amp;H)</translation>
    </message>
    <message>
        <source>e.g. 300</source>
        <translation>例: 300</translation>
    </message>
    <message>
        <source>How it was counted, or a range (empty count: unknown)</source>
        <translation>数え方、またはおおよその範囲 (人数が空欄なら不明)</translation>
    </message>
    <message>
        <source>Number of people who could be affected</source>
        <translation>影響を受けるおそれのある人数</translation>
    </message>
    <message>
        <source>How the number of people was counted</source>
        <translation>人数の数え方</translation>
    </message>
</context>
<context>
    <name>LookupBreakdownView</name>
    <message>
        <source>Term</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation>DNS の参照回数</translation>
    </message>
    <message>
        <source>{count}</source>
        <translation>{count} 回</translation>
    </message>
    <message>
        <source>{count} or more</source>
        <translation>{count} 回以上</translation>
    </message>
    <message>
        <source>Total (the limit is {limit})</source>
        <translation>合計 (上限 {limit} 回)</translation>
    </message>
    <message>
        <source>How to get to 10 or fewer:</source>
        <translation>10 回以下にするには:</translation>
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
        <source>Start a new case or open another case file. Cases saved automatically are in {folder}.</source>
        <translation>新しく始めるか、別の事案ファイルを開いてください。自動保存された事案は {folder} にあります。</translation>
    </message>
    <message>
        <source>&amp;Open the backup</source>
        <translation>バックアップを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Open the folder of saved cases</source>
        <translation>保存フォルダを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Could not save!</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>The case could not be saved to {path} ({reason}).</source>
        <translation>事案を {path} に保存できませんでした ({reason})。</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>保存に失敗しました</translation>
    </message>
    <message>
        <source>Your input is still here. Free up space or check the disk or folder: the case is saved again when you go to another step or close the window.</source>
        <translation>入力した内容は画面に残っています。ディスクの空き容量や保存先のフォルダを確認してください。次の手順に進むときや、ウィンドウを閉じるときに、もう一度保存します。</translation>
    </message>
    <message>
        <source>Saved automatically at {time}</source>
        <translation>{time} に自動保存しました</translation>
    </message>
    <message>
        <source>Saved under a new name</source>
        <translation>別の名前で保存しました</translation>
    </message>
    <message>
        <source>Read-only: changes are saved in a copy.</source>
        <translation>読み取り専用: 変更はコピーに保存します。</translation>
    </message>
    <message>
        <source>“{name}” is read-only, so it was left unchanged. So that nothing is lost, the case in this window was saved as “{new}” in {folder}.</source>
        <translation>「{name}」は読み取り専用のため、変更していません。入力した内容が失われないよう、このウィンドウの事案を {folder} に「{new}」として保存しました。</translation>
    </message>
    <message>
        <source>“{name}” was changed by another window or program after this window opened it. So that neither version is lost, the case in this window was saved as “{new}”.</source>
        <translation>「{name}」は、このウィンドウで開いた後に、別のウィンドウまたはプログラムによって変更されました。どちらの内容も失われないよう、このウィンドウの事案は「{new}」として保存しました。</translation>
    </message>
    <message>
        <source>“{name}” is read-only, and a copy of the case could not be saved next to it or in {folder} ({reason}).</source>
        <translation>「{name}」は読み取り専用です。そのため写しを同じフォルダか {folder} に保存しようとしましたが、どちらにも保存できませんでした ({reason})。</translation>
    </message>
    <message>
        <source>You can also save the case in another place now, such as another folder or a USB memory stick.</source>
        <translation>別のフォルダや USB メモリなど、ほかの場所を選んで今すぐ保存することもできます。</translation>
    </message>
    <message>
        <source>Save &amp;Elsewhere…</source>
        <translation>別の場所に保存(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the case in another place</source>
        <translation>事案を別の場所に保存</translation>
    </message>
    <message>
        <source>Mail Mamori cases (*{suffix});;All files (*)</source>
        <translation>メールまもりの事案 (*{suffix});;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>⚠ Not saved because of a mistake: {fields}</source>
        <translation>⚠ 誤りがあるため保存していない欄: {fields}</translation>
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
    <message>
        <source>If you close now, what you entered since the last save is lost. Keep the window open, free up space or check the disk or folder, then close again: the case is saved once more.</source>
        <translation>このまま閉じると、前回の保存以降に入力した内容は失われます。ウィンドウを開いたままにして、ディスクの空き容量や保存先のフォルダを確認してから、もう一度閉じてください。そのときに改めて保存します。</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>ウィンドウを開いたままにする(&amp;K)</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>保存せずに閉じる(&amp;W)</translation>
    </message>
    <message>
        <source>These entries contain a mistake (explained under each field), so they would be missing from the PDF.</source>
        <translation>これらの欄には誤りがあるため (各欄の下に説明があります)、このままでは PDF に載りません。</translation>
    </message>
    <message>
        <source>&amp;Create the PDF without them</source>
        <translation>含めずに PDF を作成(&amp;C)</translation>
    </message>
    <message>
        <source>These entries contain a mistake (explained under each field), so they are only on the screen and not in the saved case. If you start a new case or open another one now, they are lost.</source>
        <translation>これらの欄には誤りがあるため (各欄の下に説明があります)、画面に表示されているだけで、保存された記録には入っていません。いま新しい事案を始めたり、別の事案を開いたりすると、その内容は失われます。</translation>
    </message>
    <message>
        <source>&amp;Discard and continue</source>
        <translation>破棄して続ける(&amp;D)</translation>
    </message>
    <message>
        <source>If you start a new case or open another one now, what you entered since the last save is lost. Free up space or check the disk or folder first: the case is saved again when you go to another step or close the window.</source>
        <translation>いま新しい事案を始めたり、別の事案を開いたりすると、前回の保存以降に入力した内容は失われます。先にディスクの空き容量や保存先のフォルダを確認してください。次の手順に進むときや、ウィンドウを閉じるときに、もう一度保存します。</translation>
    </message>
    <message>
        <source>&amp;Keep this case</source>
        <translation>この事案を残す(&amp;K)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The folder you chose for cases was not found: saved in the usual folder.</source>
        <translation>選んだフォルダが見つからないため、いつものフォルダに保存しました。</translation>
    </message>
    <message>
        <source>{step}: {fields}</source>
        <translation>{step}：{fields}</translation>
    </message>
    <message>
        <source>Some input could not be saved</source>
        <translation>保存できなかった入力があります</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved:</source>
        <translation>入力された内容の一部を保存できなかったため、次の欄を確認してください：</translation>
    </message>
    <message>
        <source>These entries contain a mistake (explained under each field), so they are only on the screen and not in the saved case. If you close now, they are lost.</source>
        <translation>これらの欄には誤りがあるため (各欄の下に説明があります)、画面に表示されているだけで、保存された記録には入っていません。このまま閉じると、その内容は失われます。</translation>
    </message>
    <message>
        <source>&amp;Go back and fix it</source>
        <translation>戻って直す(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Finish anyway</source>
        <translation>このまま完了する(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>このまま閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Who uses the selected accounts</source>
        <translation>選択したアカウントの利用者</translation>
    </message>
    <message>
        <source>The name is set for all {count} selected accounts; for a shared address, name the person responsible. Leave it empty if nobody is known yet.</source>
        <translation>選択した {count} 件のアカウントすべてに、この名前を設定します。共有のアドレスには管理責任者の名前を入れてください。まだわからない場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation>利用者(&amp;U):</translation>
    </message>
    <message>
        <source>name of the person</source>
        <translation>使っている人の名前</translation>
    </message>
    <message>
        <source>&amp;Set for all</source>
        <translation>すべてに設定(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: {name}</source>
        <translation>プレビュー: {name}</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>ページ(&amp;A):</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>ページ番号</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>幅に合わせる(&amp;W)</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>ページ全体(&amp;G)</translation>
    </message>
    <message>
        <source>Open in PDF &amp;viewer</source>
        <translation>PDF ビューアで開く(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom: {zoom}</source>
        <translation>表示倍率: {zoom}</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 前へ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>次へ(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width</source>
        <translation>ページを画面の幅に合わせる</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>ページ全体を表示</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Pages of the report</source>
        <translation>報告書のページ</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 ファイル</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>&amp;Billing information:</source>
        <translation>課金情報(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>開始バナー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>終了バナー(&amp;E):</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>ジョブの優先度(&amp;P):</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>印刷のスケジュール(&amp;P):</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;「%1」という名前は使えません。&lt;/b&gt;&lt;p&gt;文字数を減らすか、記号を使わない名前にしてください。</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>ページの順序(&amp;O):</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>1 枚に印刷するページ数(&amp;P):</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>ページの指定が正しくありません</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>「%1」は正しい書き方ではありません。ページはカンマ「,」で区切り、範囲はハイフン「-」でつないで、範囲どうしが重ならないようにしてください。</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>詳細設定の矛盾</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>詳細設定に、同時には使えないオプションがあります。修正しますか?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>同時には使えないオプションがあります。修正してください。</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Double Sided Printing</source>
        <translation>両面印刷</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>しない (片面印刷)</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>長辺とじ</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>短辺とじ</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>印刷するページ(&amp;S):</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページを指定</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>ページや範囲をカンマ「,」で区切って指定します。範囲は 2 つの数字をハイフン「-」でつなぎます。例: 「3,5-7,9」で 3、5、6、7、9 ページを印刷します。</translation>
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
        <source>&amp;Add the ticked addresses</source>
        <translation>チェックしたアドレスを追加(&amp;A)</translation>
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
        <source>Addresses found in the bounced mail</source>
        <translation>エラーメールから見つかったアドレス</translation>
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
    <message>
        <source>No address is ticked, so nothing would be added. Tick the addresses to check, or press Cancel.</source>
        <translation>チェックの付いたアドレスがないため、何も追加されません。確認するアドレスにチェックを付けるか、「キャンセル」を押してください。</translation>
    </message>
    <message>
        <source>None of the addresses found can be checked (the reasons are in the list). Press Cancel to close this window.</source>
        <translation>見つかったアドレスはどれも確認の対象外です (理由は一覧にあります)。「キャンセル」を押してこの画面を閉じてください。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Check what the report will contain, add what only the report needs, then create the PDF for your security vendor.</source>
        <translation>報告書に載る内容を確かめ、報告書にだけ必要な項目を入力してから、セキュリティ会社に渡す PDF を作成します。</translation>
    </message>
    <message>
        <source>Save and &amp;finish</source>
        <translation>保存して終了(&amp;F)</translation>
    </message>
    <message>
        <source>Everything on these tabs is optional: fill in what you know, the report marks the rest as “not entered”. Most useful to the vendor: who they are, what you ask of them, and the evidence you kept.</source>
        <translation>各タブの項目はすべて任意です。分かる範囲で入力してください。空欄の項目は報告書に「未入力」と書かれます。セキュリティ会社にとって特に役立つのは、依頼先、依頼内容、保全した証拠の 3 つです。</translation>
    </message>
    <message>
        <source>&amp;1 Review</source>
        <translation>内容の確認(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Vendor and request</source>
        <translation>依頼先・依頼内容(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Damage and actions</source>
        <translation>被害と対応(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4 Evidence and times</source>
        <translation>証拠と時刻(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;5 Personal data</source>
        <translation>個人情報(&amp;5)</translation>
    </message>
    <message>
        <source>Parts of the report</source>
        <translation>報告書の各部分</translation>
    </message>
    <message>
        <source>Each line is a section of the report. Where something is missing, the button takes you to the place where you can enter it.</source>
        <translation>1 行が報告書の 1 つの章です。足りない項目があるときは、右のボタンで入力する場所に移動できます。</translation>
    </message>
    <message>
        <source>Blacklists, passwords and sender authentication appear in the report once they have been checked in their steps of this wizard.</source>
        <translation>ブラックリスト・パスワード・送信ドメイン認証は、このウィザードのそれぞれの手順で確認すると報告書に載ります。</translation>
    </message>
    <message>
        <source>Who the report is for and what you ask of them (the JPCERT/CC report form asks the same).</source>
        <translation>報告書を渡す相手と、お願いしたいことを入力します (JPCERT/CC の届出様式でも同じことを尋ねられます)。</translation>
    </message>
    <message>
        <source>Security vendor or adviser</source>
        <translation>セキュリティ会社・相談先</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>会社名(&amp;C):</translation>
    </message>
    <message>
        <source>Contact na&amp;me:</source>
        <translation>担当者名(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話番号(&amp;H):</translation>
    </message>
    <message>
        <source>e.g. the company that looks after your IT</source>
        <translation>例: 社内の IT を見てもらっている会社</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>依頼内容</translation>
    </message>
    <message>
        <source>What kind of request is it? (one or more)</source>
        <translation>どのような依頼ですか (複数選べます)</translation>
    </message>
    <message>
        <source>For your &amp;information</source>
        <translation>情報提供(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>質問(&amp;Q)</translation>
    </message>
    <message>
        <source>Request for inve&amp;stigation</source>
        <translation>調査依頼(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;What you ask for:</source>
        <translation>お願いしたいこと(&amp;W):</translation>
    </message>
    <message>
        <source>e.g. Please investigate the cause and whether mails were read.</source>
        <translation>例: 原因と、メールが読まれたかどうかを調べてください。</translation>
    </message>
    <message>
        <source>Questions and open issues</source>
        <translation>質問と未解決の事項</translation>
    </message>
    <message>
        <source>One item per line.</source>
        <translation>1 行に 1 件ずつ書いてください。</translation>
    </message>
    <message>
        <source>Q&amp;uestions for the vendor:</source>
        <translation>セキュリティ会社への質問(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Things not yet known or not yet done:</source>
        <translation>まだ分からないこと・まだ済んでいないこと(&amp;T):</translation>
    </message>
    <message>
        <source>Where things stand</source>
        <translation>現在の状況</translation>
    </message>
    <message>
        <source>&amp;Current status:</source>
        <translation>現在の状況(&amp;C):</translation>
    </message>
    <message>
        <source>e.g. All passwords changed; spam stopped; blacklist removal requested.</source>
        <translation>例: 全アカウントのパスワードを変更済み。迷惑メールの送信は止まった。ブラックリストの解除を申請中。</translation>
    </message>
    <message>
        <source>Suspected ca&amp;use:</source>
        <translation>推定される原因(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. the password was the same as the user name</source>
        <translation>例: パスワードがユーザー名と同じだった</translation>
    </message>
    <message>
        <source>Notes on the misused accounts</source>
        <translation>不正利用されたアカウントのメモ</translation>
    </message>
    <message>
        <source>Note on {account}</source>
        <translation>{account} のメモ</translation>
    </message>
    <message>
        <source>e.g. password was the user name; changed on 11/16</source>
        <translation>例: パスワードがユーザー名と同じだった。11/16 に変更済み</translation>
    </message>
    <message>
        <source>The spam that was sent</source>
        <translation>送信された迷惑メール</translation>
    </message>
    <message>
        <source>Sending &amp;started:</source>
        <translation>送信が始まった日時(&amp;S):</translation>
    </message>
    <message>
        <source>Sending &amp;ended:</source>
        <translation>送信が止まった日時(&amp;E):</translation>
    </message>
    <message>
        <source>e.g. 2026-11-14 02:13 (from the logs)</source>
        <translation>例: 2026-11-14 02:13 (ログより)</translation>
    </message>
    <message>
        <source>empty: not known or still going on</source>
        <translation>空欄: 不明、またはまだ続いている</translation>
    </message>
    <message>
        <source>W&amp;here the number comes from:</source>
        <translation>送信数の根拠(&amp;H):</translation>
    </message>
    <message>
        <source>e.g. the warning mail from the hosting company</source>
        <translation>例: サーバ会社から届いた警告メール</translation>
    </message>
    <message>
        <source>E&amp;xamples of the spam:</source>
        <translation>迷惑メールの例(&amp;X):</translation>
    </message>
    <message>
        <source>Subjects or senders exactly as they appeared, one per line</source>
        <translation>件名や差出人を見たとおりに、1 行に 1 件</translation>
    </message>
    <message>
        <source>Copied as they are: these lines were written by the attacker and are never opened or interpreted.</source>
        <translation>入力したとおりに報告書に載せます。攻撃者が書いた文字なので、開いたり解釈したりはしません。</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>メールサーバ</translation>
    </message>
    <message>
        <source>Server &amp;IP addresses:</source>
        <translation>サーバの IP アドレス(&amp;I):</translation>
    </message>
    <message>
        <source>one per line, e.g. 203.0.113.25</source>
        <translation>1 行に 1 つ。例: 203.0.113.25</translation>
    </message>
    <message>
        <source>&amp;Mail software:</source>
        <translation>メールソフト(&amp;M):</translation>
    </message>
    <message>
        <source>if known, e.g. the hosting company&apos;s standard mail server</source>
        <translation>分かれば。例: レンタルサーバ標準のメールサーバ</translation>
    </message>
    <message>
        <source>Recovery and prevention</source>
        <translation>復旧・再発防止の対応</translation>
    </message>
    <message>
        <source>What was done or is planned: passwords changed, blacklist removal, relay server, moving the server, SMTP authentication, SPF.</source>
        <translation>実施した対応と予定している対応です。例: パスワードの変更、ブラックリストの解除申請、リレーサーバ、サーバの移転、SMTP 認証、SPF。</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>Log e&amp;xcerpt</source>
        <translation>ログの抜粋(&amp;X)</translation>
    </message>
    <message>
        <source>A misused mailbox or its address book often holds names, addresses or phone numbers of customers, partners or staff. With your answers, the vendor can help you decide whether the Personal Information Protection Commission (個人情報保護委員会) must be told.</source>
        <translation>不正利用されたメールボックスやアドレス帳には、お客様・取引先・従業員の氏名、住所、電話番号などが入っていることがよくあります。ここでの答えをもとに、個人情報保護委員会への報告が必要かどうかを、セキュリティ会社と一緒に判断できます。</translation>
    </message>
    <message>
        <source>The app is still creating or printing the PDF, or reading evidence files. Please wait a moment.</source>
        <translation>PDF の作成・印刷、または証拠ファイルの読み込みがまだ終わっていません。少しお待ちください。</translation>
    </message>
    <message>
        <source>A few lines from the server log that show the misuse, pasted exactly as they are. They may contain text written by the attacker; it is only shown, never interpreted.</source>
        <translation>不正利用が分かるサーバのログを数行、そのまま貼り付けてください。攻撃者が書いた文字が含まれることがありますが、表示するだけで解釈はしません。</translation>
    </message>
    <message>
        <source>About the times</source>
        <translation>時刻について</translation>
    </message>
    <message>
        <source>Vendors compare times with server logs, so they need to know which clock and time zone the times come from.</source>
        <translation>セキュリティ会社は時刻をサーバのログと照らし合わせます。そのため、時刻がどの時計・どの時間帯 (タイムゾーン) のものかを知る必要があります。</translation>
    </message>
    <message>
        <source>Time &amp;zone of the logs:</source>
        <translation>ログの時間帯(&amp;Z):</translation>
    </message>
    <message>
        <source>JST (Japan time)</source>
        <translation>JST (日本時間)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC (協定世界時)</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>まだ分からない</translation>
    </message>
    <message>
        <source>choose or type, e.g. JST</source>
        <translation>選ぶか入力 (例: JST)</translation>
    </message>
    <message>
        <source>Cloc&amp;ks set automatically (NTP):</source>
        <translation>時計の自動調整 (NTP)(&amp;K):</translation>
    </message>
    <message>
        <source>Note on the clocks:</source>
        <translation>時計についてのメモ:</translation>
    </message>
    <message>
        <source>e.g. the PC clock is set automatically by Windows</source>
        <translation>例: パソコンの時計は Windows の自動設定で合わせている</translation>
    </message>
    <message>
        <source>Why these questions matter</source>
        <translation>この質問が大切な理由</translation>
    </message>
    <message>
        <source>Personal data in the misused mailboxes</source>
        <translation>不正利用されたメールボックスの個人情報</translation>
    </message>
    <message>
        <source>The report (PDF)</source>
        <translation>報告書 (PDF)</translation>
    </message>
    <message>
        <source>Create &amp;PDF…</source>
        <translation>PDF を作成(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>報告書の言語(&amp;L):</translation>
    </message>
    <message>
        <source>Japanese (standard)</source>
        <translation>日本語 (標準)</translation>
    </message>
    <message>
        <source>English (extra copy)</source>
        <translation>英語 (英語版が必要な場合)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translation>PDF ビューアで開く(&amp;O)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Show fol&amp;der</source>
        <translation>保存先フォルダを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進み具合</translation>
    </message>
    <message>
        <source>Vendor company</source>
        <translation>依頼先の会社名</translation>
    </message>
    <message>
        <source>Vendor contact person</source>
        <translation>依頼先の担当者名</translation>
    </message>
    <message>
        <source>Vendor phone</source>
        <translation>依頼先の電話番号</translation>
    </message>
    <message>
        <source>Vendor e-mail</source>
        <translation>依頼先のメールアドレス</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Partly checked</source>
        <translation>一部確認済み</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>入力済み</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>一部のみ</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>Checked: action needed</source>
        <translation>確認済み・要対応</translation>
    </message>
    <message>
        <source>Checked: needs attention</source>
        <translation>確認済み・要注意</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not entered yet: {fields}</source>
        <translation>未入力: {fields}</translation>
    </message>
    <message>
        <source>Open “{tab}”</source>
        <translation>「{tab}」を開く</translation>
    </message>
    <message>
        <source>Go to “{step}”</source>
        <translation>「{step}」へ移動</translation>
    </message>
    <message>
        <source>{section}: {action}</source>
        <translation>{section}: {action}</translation>
    </message>
    <message>
        <source>A note for each misused account, e.g. what its password was like and when it was changed.</source>
        <translation>不正利用されたアカウントごとのメモです。例: どのようなパスワードだったか、いつ変更したか。</translation>
    </message>
    <message>
        <source>No misused accounts have been entered on the “Situation” page; once they are, you can add a note for each here.</source>
        <translation>「状況の確認」のページで不正利用されたアカウントを入力すると、ここでアカウントごとにメモを書けます。</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>{line} 行目: {problem}</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>報告書の保存先</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation>PDF を作成しています…</translation>
    </message>
    <message>
        <source>No PDF has been created yet. Press “Create PDF…”, choose where to save it, and give the file to your vendor. Then press “Save and finish”.</source>
        <translation>まだ PDF を作成していません。「PDF を作成」を押して保存先を選び、できたファイルをセキュリティ会社に渡してください。最後に「保存して終了」を押します。</translation>
    </message>
    <message>
        <source>Created {when}: {name} ({pages} pages, {size}) in {folder}</source>
        <translation>{when} に作成: {name} ({pages} ページ、{size})  保存先: {folder}</translation>
    </message>
    <message>
        <source>The file is no longer there (moved or deleted). Create it again to preview or print it.</source>
        <translation>ファイルが見つかりません (移動または削除されました)。プレビューや印刷をするには、もう一度作成してください。</translation>
    </message>
    <message>
        <source>The case has changed since this PDF was created. Create it again so that the report shows everything.</source>
        <translation>この PDF を作成した後に内容が変わりました。すべてが報告書に載るよう、もう一度作成してください。</translation>
    </message>
    <message>
        <source>Give this file to your vendor (preview or print it first if you like), then press “Save and finish”.</source>
        <translation>このファイルをセキュリティ会社に渡してください (必要ならプレビューや印刷で確認できます)。最後に「保存して終了」を押します。</translation>
    </message>
    <message>
        <source>The case could not be saved to {path} ({reason}).</source>
        <translation>事案を {path} に保存できませんでした ({reason})。</translation>
    </message>
    <message>
        <source>The PDF above is not affected.</source>
        <translation>上の PDF は問題なく作成されています。</translation>
    </message>
    <message>
        <source>Your input is still here. Free up space or check the disk or folder: the case is saved again when you go to another step or close the window.</source>
        <translation>入力した内容は画面に残っています。ディスクの空き容量や保存先のフォルダを確認してください。次の手順に進むときや、ウィンドウを閉じるときに、もう一度保存します。</translation>
    </message>
    <message>
        <source>The PDF could not be read. Please create it again.</source>
        <translation>PDF を読み込めませんでした。もう一度作成してください。</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>報告書の印刷</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
    <message>
        <source>Printing could not start. Check the printer, or open the PDF in your PDF viewer and print it from there.</source>
        <translation>印刷を始められませんでした。プリンタを確認するか、PDF ビューアで PDF を開いてそこから印刷してください。</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} ページをプリンタに送りました。</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>お待ちください</translation>
    </message>
    <message>
        <source>Create the report first?</source>
        <translation>先に報告書を作成しますか？</translation>
    </message>
    <message>
        <source>The report PDF has not been created yet.</source>
        <translation>報告書の PDF はまだ作成していません。</translation>
    </message>
    <message>
        <source>The case has changed since the PDF was created.</source>
        <translation>PDF を作成した後に内容が変わっています。</translation>
    </message>
    <message>
        <source>The PDF is what you give to your security vendor. Your input is saved either way, so you can also open this case later and create it then.</source>
        <translation>PDF はセキュリティ会社に渡す報告書です。入力した内容はどちらを選んでも保存されるので、後でこの事案を開いて作成することもできます。</translation>
    </message>
    <message>
        <source>&amp;Create the PDF now</source>
        <translation>今すぐ PDF を作成する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Finish without a PDF</source>
        <translation>PDF を作成せずに終了する(&amp;F)</translation>
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
        <translation>自社のドメインのメールを送ってよいサーバが、受信側に正しく伝わっているか確認し、必要なら直します。確認はボタンを押したときだけ行います。</translation>
    </message>
    <message>
        <source>SPF is a TXT record in your domain&apos;s DNS that lists the servers allowed to send mail for your addresses. DMARC tells receivers what to do with mail that fails the check and sends you reports; DKIM signs your mail.</source>
        <translation>SPF は、自社のアドレスでメールを送ってよいサーバの一覧を、ドメインの DNS に TXT レコードとして登録するものです。DMARC は、確認に不合格のメールの扱い方を受信側に伝え、レポートを送ってもらう仕組みです。DKIM はメールに電子署名を付けます。</translation>
    </message>
    <message>
        <source>ℹ Please note: SPF stops other people from forging your domain. It does not stop spam sent through your own server with a stolen password: such mail passes SPF and DKIM. What stops that is strong passwords, removing unused accounts, and SMTP authentication (step 3).</source>
        <translation>ℹ ご注意: SPF が防ぐのは、他人が自社のドメインを名乗ってメールを送る「なりすまし」です。盗まれたパスワードを使って自社のサーバから送られた迷惑メールは止められません (そのようなメールは SPF にも DKIM にも合格します)。それを防ぐのは、強いパスワード、使っていないアカウントの削除、SMTP 認証です (ステップ 3)。</translation>
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
        <translation>推奨レコードは、現在のレコードで必要な部分を引き継ぎ、ご利用のサーバ会社に必要な設定とメールを送るすべてのサーバを加えたものです。表示する前に、DNS の参照が 10 回以内であること、すべての include 先が応答すること、送信元の IP アドレスがすべて合格することを確認しています。レコードは必ず 1 つです。2 つ目を追加しないでください。</translation>
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
        <translation>例: 203.0.113.25 (メールサーバのアドレス)</translation>
    </message>
    <message>
        <source>What should receivers do with mail from other servers?</source>
        <translation>登録していないサーバからのメールを、受信側にどう扱ってもらいますか?</translation>
    </message>
    <message>
        <source>Mail from other servers is treated as &amp;suspicious</source>
        <translation>ほかのサーバからのメールは、疑わしいメールとして扱ってもらう(&amp;S)</translation>
    </message>
    <message>
        <source>Also in your current record (untick what you no longer use):</source>
        <translation>現在のレコードにあるその他の送信元 (もう使っていなければ印を外してください):</translation>
    </message>
    <message>
        <source>(~all, recommended)</source>
        <translation>(~all、おすすめ)</translation>
    </message>
    <message>
        <source>Mail from o&amp;ther servers is refused</source>
        <translation>ほかのサーバからのメールは、受け取りを拒否してもらう(&amp;T)</translation>
    </message>
    <message>
        <source>(-all)</source>
        <translation>(-all)</translation>
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
        <source>Other services that send your mail (tick all you use):</source>
        <translation>ほかにメールを送るサービス (使っているものすべてに印を付けてください):</translation>
    </message>
    <message>
        <source>mail service</source>
        <translation>メールサービス</translation>
    </message>
    <message>
        <source>newsletter and bulk mail service</source>
        <translation>メールマガジン・一斉配信サービス</translation>
    </message>
    <message>
        <source>web and mail hosting</source>
        <translation>レンタルサーバ</translation>
    </message>
    <message>
        <source>{service}, {kind}</source>
        <translation>{service}、{kind}</translation>
    </message>
    <message>
        <source>&amp;Others, as SPF terms (for advanced users):</source>
        <translation>上にないもの (詳しい方向け。SPF の書き方で入力)(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. include:spf.example.net (separate with spaces)</source>
        <translation>例: include:spf.example.net (複数ある場合はスペースで区切る)</translation>
    </message>
    <message>
        <source>DMARC is a second TXT record, at _dmarc.{domain}. Start by watching (p=none): it only asks receivers to send you reports, nothing is blocked. After a few weeks, when the reports show that all your real mail passes, send forged mail to spam folders (p=quarantine) and then have it refused (p=reject).</source>
        <translation>DMARC は、_dmarc.{domain} に登録するもう 1 つの TXT レコードです。最初は「まずは様子を見る」(p=none) にします。受信側にレポートを依頼するだけで、メールを止めることはありません。数週間たって、正規のメールがすべて合格していることがレポートで確認できたら、「なりすましメールは迷惑メールフォルダへ」(p=quarantine)、次に「なりすましメールは受け取りを拒否」(p=reject) へ進めます。</translation>
    </message>
    <message>
        <source>The path: ① Watch first, reports only (p=none) → ② Forged mail goes to spam folders (p=quarantine) → ③ Forged mail is refused (p=reject). Change the record only when the reports show that your own mail passes.</source>
        <translation>進め方: ① まずは様子を見る・レポートのみ (p=none) → ② なりすましメールは迷惑メールフォルダへ (p=quarantine) → ③ なりすましメールは受け取りを拒否 (p=reject)。レコードを変更するのは、ご自身のメールが合格していることをレポートで確認できてからにしてください。</translation>
    </message>
    <message>
        <source>DNS lookups (with those below)</source>
        <translation>DNS の参照回数 (下の分を含む)</translation>
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
        <source>&amp;For advanced users: selectors and mail headers</source>
        <translation>詳しい方向け: セレクタとメールヘッダー(&amp;F)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>開いています</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>閉じています</translation>
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
        <source>{name} ({term})</source>
        <translation>{name} ({term})</translation>
    </message>
    <message>
        <source>{term} (a service this app does not know)</source>
        <translation>{term} (このアプリが知らないサービス)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Ticked because your current SPF record uses them: {services}. If you no longer use one, untick it: the recommended record then leaves it out.</source>
        <translation>現在の SPF レコードで使われているため、印を付けました: {services}。もう使っていないサービスがあれば印を外してください。推奨レコードから除かれます。</translation>
    </message>
    <message>
        <source>Left out of the recommended record because you unticked them: {services}. If you still use one, tick it again.</source>
        <translation>印を外したため、推奨レコードから除いています: {services}。まだ使っている場合は、もう一度印を付けてください。</translation>
    </message>
    <message>
        <source>{address} probably does not exist yet. Create this mailbox at your mail server before you publish the DMARC record, or enter an address you already read in this field: reports sent to an address that does not exist are lost.</source>
        <translation>{address} というメールボックスは、まだ無いと思われます。DMARC レコードを登録する前に、メールサーバでこのメールボックスを作成するか、ふだん読んでいるアドレスをこの欄に入力してください。存在しないアドレスに送られたレポートは届かずに失われます。</translation>
    </message>
    <message>
        <source>Reports will go to {address}, the contact address from the Situation page. To use another address, enter it here.</source>
        <translation>レポートは {address} (「状況の確認」ページで入力した連絡先) に届きます。別のアドレスにする場合は、この欄に入力してください。</translation>
    </message>
    <message>
        <source>(~all)</source>
        <translation>(~all)</translation>
    </message>
    <message>
        <source>(-all, as in your current record)</source>
        <translation>(-all、現在のレコードと同じ)</translation>
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
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message>
        <source>Empty: {address} (it must receive mail)</source>
        <translation>空欄なら {address} (メールを受け取れるアドレスにしてください)</translation>
    </message>
    <message>
        <source>Some results below were checked for {old}, not for your domain {domain}. They are kept only for comparison: press the check buttons again to check {domain}.</source>
        <translation>下の結果の一部は {old} を確認したもので、現在のドメイン {domain} の結果ではありません。参考として残しています。各確認ボタンをもう一度押して {domain} を確認してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>For {old}, not your current domain: check again.</source>
        <translation>{old} の結果です (現在のドメインではありません)。もう一度確認してください。</translation>
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
        <translation>DNS の参照回数: {lookups} 回 (上限 10 回。すべての項目を数えた最大値)。存在しない名前の参照: {voids} 回 (上限 2 回)。</translation>
    </message>
    <message>
        <source>Where the DNS lookups go: {total} of at most {limit}</source>
        <translation>DNS の参照回数の内訳: {total} 回 (上限 {limit} 回)</translation>
    </message>
    <message>
        <source>First press “Make the recommended record” above, then publish the record and check it here.</source>
        <translation>まず上の「推奨レコードを作成」を押してください。そのレコードを公開したら、このボタンで再確認できます。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Checked {when} using the DNS server {server}.</source>
        <translation>{when} に確認しました (DNS サーバ: {server})。</translation>
    </message>
    <message>
        <source>of this computer ({servers})</source>
        <translation>このパソコンの設定 ({servers})</translation>
    </message>
    <message>
        <source>Published value (not read as SPF):</source>
        <translation>DNS にある値 (SPF として読み取られません):</translation>
    </message>
    <message>
        <source>Record {number}:</source>
        <translation>レコード {number}:</translation>
    </message>
    <message>
        <source>No change needed: your published record already does everything.</source>
        <translation>変更は不要です。登録済みのレコードで必要なことはすべてできています。</translation>
    </message>
    <message>
        <source>Verified. Your domain has no SPF record yet: publish this one.</source>
        <translation>確認済みです。このドメインにはまだ SPF レコードがないため、このレコードを登録してください。</translation>
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
        <source>The recommended record needs {total} DNS lookups, more than {limit}. Where they go:</source>
        <translation>推奨レコードは DNS の参照が {total} 回必要で、上限の {limit} 回を超えています。内訳:</translation>
    </message>
    <message>
        <source>A service you no longer use: untick its box under “Other services that send your mail” above, and the record is made again at once without it.</source>
        <translation>もう使っていないサービスは、上の「ほかにメールを送るサービス」の印を外してください。そのサービスを除いたレコードがすぐに作り直されます。</translation>
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
        <source>Only one record may start with v=spf1: your domain has none yet, so add this one as a new record, and never a second one later.</source>
        <translation>v=spf1 で始まるレコードは 1 つだけです。このドメインにはまだないため、このレコードを新しく追加してください。後から 2 つ目を追加しないでください。</translation>
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
        <source>DMARC is not set up yet.</source>
        <translation>DMARC はまだ設定されていません。</translation>
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
        <translation>次の手順:</translation>
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
        <source>Company name in Latin letters:</source>
        <translation>会社名の英字表記:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>ご担当者名(&amp;P):</translation>
    </message>
    <message>
        <source>Contact person in Latin letters:</source>
        <translation>ご担当者名の英字表記:</translation>
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
        <source>Name o&amp;f the provider:</source>
        <translation>事業者の名前(&amp;F):</translation>
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
        <source>e.g. Yamada Shoten Co., Ltd. (for the English delisting requests)</source>
        <translation>例: Yamada Shoten Co., Ltd. (英文の解除依頼に使います)</translation>
    </message>
    <message>
        <source>e.g. Taro Yamada</source>
        <translation>例: Taro Yamada</translation>
    </message>
    <message>
        <source>Hosting compan&amp;y:</source>
        <translation>レンタルサーバ・メールサービス(&amp;Y):</translation>
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
        <source>One address per line, e.g. info@example.co.jp (or only info: the domain above is added)</source>
        <translation>1 行に 1 つ。例: info@example.co.jp (@ より前だけを書いた行には、上のドメインを付けます)</translation>
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
        <source>This looks like a website address. Is the part after @ in your mail addresses {domain}?</source>
        <translation>ホームページのアドレスのようです。メールアドレスの @ より後ろは {domain} ではありませんか？</translation>
    </message>
    <message>
        <source>Use {domain}</source>
        <translation>{domain} にする</translation>
    </message>
    <message>
        <source>Use {domain} as the domain</source>
        <translation>ドメイン名を {domain} にする</translation>
    </message>
    <message>
        <source>Recorded as unknown.</source>
        <translation>不明として記録します。</translation>
    </message>
    <message>
        <source>Read as {count} to {upper} mails: the lower number, {count}, is recorded. Your own words are kept for the report too.</source>
        <translation>{count} 通から {upper} 通と読み取りました。少ないほうの {count} 通を数として記録します。書かれたとおりの言葉も報告書に残します。</translation>
    </message>
    <message>
        <source>Read as at least {count} mails. Your own words are kept for the report too.</source>
        <translation>{count} 通以上と読み取りました。書かれたとおりの言葉も報告書に残します。</translation>
    </message>
    <message>
        <source>Read as about {count} mails.</source>
        <translation>約 {count} 通と読み取りました。</translation>
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
        <source>Add IP addresses or domains, e.g. 203.0.113.25, 198.51.100.7</source>
        <translation>追加する IP アドレスまたはドメイン (例: 203.0.113.25、198.51.100.7)</translation>
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
    <message>
        <source>, </source>
        <translation>、</translation>
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
        <translation>実施者</translation>
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
        <source>Remo&amp;ve selected rows</source>
        <translation>選んだ行を削除(&amp;V)</translation>
    </message>
    <message>
        <source>Put bac&amp;k</source>
        <translation>元に戻す(&amp;K)</translation>
    </message>
    <message>
        <source>Put the removed rows back (Ctrl+Z)</source>
        <translation>削除した行を元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Row {row} was removed.</source>
        <translation>{row} 行目を削除しました。</translation>
    </message>
    <message>
        <source>{count} rows were removed.</source>
        <translation>{count} 行を削除しました。</translation>
    </message>
    <message>
        <source>Row {row} is back.</source>
        <translation>{row} 行目を元に戻しました。</translation>
    </message>
    <message>
        <source>{count} rows are back.</source>
        <translation>{count} 行を元に戻しました。</translation>
    </message>
    <message>
        <source>Row {row}: “{typed}” was read as {when} (Japan time).</source>
        <translation>{row} 行目: 「{typed}」を {when} (日本時間) と読み取りました。</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>{row} 行目: {problem}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>{file} (not found)</source>
        <translation>{file} (見つかりません)</translation>
    </message>
    <message>
        <source>{file} (cannot be opened as it is)</source>
        <translation>{file} (このままでは開けません)</translation>
    </message>
    <message>
        <source>{name}, saved {when}</source>
        <translation>{name}、{when} に保存</translation>
    </message>
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
5. Report: a PDF summary for your security vendor (in Japanese or English).</source>
        <translation>1. 状況の確認: いつ、何が起きたか。
2. ブラックリスト確認: ドメインやメールサーバが載っていないか、載っていたら解除の方法。
3. パスワードとアカウント: すべてのメールアカウントに強いパスワードを。退職した人のアカウントの整理も。
4. 送信ドメイン認証: ドメインに正しい SPF レコード (と DMARC) を設定。
5. 報告書: セキュリティ会社に渡す PDF を作成 (日本語または英語)。</translation>
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
        <source>Only DNS queries (the same lookups every mail server makes) leave this computer. Passwords you test are never saved anywhere. Everything you enter is saved only in a case file on this computer (or in a folder you choose), which you can open again later.</source>
        <translation>このパソコンの外に送られるのは DNS の問い合わせ (メールサーバが普段から行っているのと同じ確認) だけです。確認したパスワードはどこにも保存しません。入力した内容はこのパソコンの中 (または保存先に選んだフォルダ) の事案ファイルにだけ保存され、あとから開き直せます。</translation>
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
        <source>&amp;Use the usual folder again</source>
        <translation>いつものフォルダに戻す(&amp;U)</translation>
    </message>
    <message>
        <source>The folder you chose for cases, {chosen}, cannot be found right now (for example, a USB memory stick that is not plugged in). Until it is back, new cases are saved in the usual folder, {folder}.</source>
        <translation>事案の保存先に選んだフォルダ {chosen} が、いまは見つかりません。USB メモリが差し込まれていないときなどに起こります。見つかるまでは、新しい事案はいつものフォルダ {folder} に保存されます。</translation>
    </message>
    <message>
        <source>New cases are saved in the folder you chose: {folder}</source>
        <translation>新しい事案は、選んだフォルダに保存されます: {folder}</translation>
    </message>
    <message>
        <source>Use the usual folder again</source>
        <translation>いつものフォルダに戻す</translation>
    </message>
    <message>
        <source>New cases will then be saved in the usual folder: {folder}</source>
        <translation>これからは、新しい事案はいつものフォルダに保存されます: {folder}</translation>
    </message>
    <message>
        <source>The cases already saved in {chosen} stay there; open them with “Open a saved case…”.</source>
        <translation>{chosen} に保存した事案は、そのまま残ります。「保存した事案を開く」から開けます。</translation>
    </message>
    <message>
        <source>&amp;Use the usual folder</source>
        <translation>いつものフォルダに戻す(&amp;U)</translation>
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
    <name>WizardSteps</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>状況の確認</translation>
    </message>
    <message>
        <source>Blacklists</source>
        <translation>ブラックリスト確認</translation>
    </message>
    <message>
        <source>Passwords and accounts</source>
        <translation>パスワードとアカウント</translation>
    </message>
    <message>
        <source>Sender authentication</source>
        <translation>送信ドメイン認証</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
</context>
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
        <translation>{address} は退職した方のアカウントです。サーバのコントロールパネルで削除するか、少なくとも無効にしてください (または、誰も知らない長いランダムなパスワードに変更してください)。</translation>
    </message>
    <message>
        <source>If customers still write to {address}, forward its mail to the successor ({forward_to}) instead of keeping the mailbox open.</source>
        <translation>{address} にまだお客様からメールが届く場合は、メールボックスを残さず、後任の方 ({forward_to}) へ転送する設定にしてください。</translation>
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
        <translation>{address} は複数の人で共有されています。できれば一人ひとりに専用のアカウントを作り、{address} 宛てのメールは別名 (エイリアス) や転送でそれぞれに届くようにしてください。</translation>
    </message>
    <message>
        <source>If it must stay shared, give it a strong password used nowhere else, tell it only to the people who need it, and change it whenever one of them leaves.</source>
        <translation>どうしても共有のまま使う場合は、ほかでは使っていない強いパスワードにし、必要な人にだけ伝え、その中の誰かが辞めたら必ず変更してください。</translation>
    </message>
    <message>
        <source>Name one person who is responsible for {address} (nobody is named yet).</source>
        <translation>{address} の管理責任者を一人決めてください (まだ決まっていません)。</translation>
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
        <translation>{address} のパスワードは確認で不合格でした。強いパスワードに変更してください (自動生成をお使いください)。</translation>
    </message>
    <message>
        <source>{address} has been deleted or disabled. Nothing more to do.</source>
        <translation>{address} は削除・停止済みです。これ以上の対応は不要です。</translation>
    </message>
    <message>
        <source>Delete it in the host&apos;s control panel, or at least disable it (or change its password to a long random one nobody knows).</source>
        <translation>サーバのコントロールパネルで削除するか、少なくとも無効にしてください (または、誰も知らない長いランダムなパスワードに変更してください)。</translation>
    </message>
    <message>
        <source>Better: give each person their own account and deliver this address to them as an alias or forwarding address.</source>
        <translation>できれば一人ひとりに専用のアカウントを作り、このアドレス宛てのメールは別名 (エイリアス) や転送でそれぞれに届くようにしてください。</translation>
    </message>
    <message>
        <source>If customers still write to it, forward its mail to the successor ({forward_to}) instead of keeping the mailbox open.</source>
        <translation>まだお客様からメールが届く場合は、メールボックスを残さず、後任の方 ({forward_to}) へ転送する設定にしてください。</translation>
    </message>
    <message>
        <source>If customers still write to it, forward its mail to a colleague who took over the work instead of keeping the mailbox open.</source>
        <translation>まだお客様からメールが届く場合は、メールボックスを残さず、仕事を引き継いだ方へ転送する設定にしてください。</translation>
    </message>
    <message>
        <source>Name one person who is responsible for it (nobody is named yet).</source>
        <translation>管理責任者を一人決めてください (まだ決まっていません)。</translation>
    </message>
    <message>
        <source>Find out who uses it. If nobody does, delete it; unused accounts are easy targets.</source>
        <translation>誰が使っているか確認してください。誰も使っていなければ削除してください。使われていないアカウントは狙われやすいです。</translation>
    </message>
    <message>
        <source>Password not checked yet. Set a new strong password and check it.</source>
        <translation>パスワードはまだ確認していません。新しい強いパスワードを設定し、確認してください。</translation>
    </message>
    <message>
        <source>The password did not pass the check. Change it to a strong one (use the generator).</source>
        <translation>パスワードは確認で不合格でした。強いパスワードに変更してください (自動生成をお使いください)。</translation>
    </message>
    <message>
        <source>Deleted or disabled. Nothing more to do.</source>
        <translation>削除・停止済みです。これ以上の対応は不要です。</translation>
    </message>
    <message>
        <source>This is not a mail address (expected something like info@example.co.jp).</source>
        <translation>メールアドレスではありません (info@example.co.jp のような形で入力してください)。</translation>
    </message>
    <message>
        <source>The file is too large to be an account list (more than {limit} MB). Choose the CSV file exported from the control panel.</source>
        <translation>アカウント一覧としては大きすぎるファイルです ({limit} MB を超えています)。コントロールパネルから書き出した CSV ファイルを選んでください。</translation>
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
        <translation>CSV ファイルではないようです (文字以外のデータが含まれています)。コントロールパネルから書き出した CSV ファイルを選んでください。</translation>
    </message>
    <message>
        <source>No column with mail addresses was found. The first row should contain headings such as “メールアドレス” or “Email”.</source>
        <translation>メールアドレスの列が見つかりません。1 行目に「メールアドレス」や「Email」などの見出しがあるか確認してください。</translation>
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
        <source>The file has no column for who uses each account, so its “{heading}” column was read as the user&apos;s name. Please check the names in the list.</source>
        <translation>ファイルに利用者の列がないため、「{heading}」の列を利用者の名前として読み込みました。一覧で名前を確認してください。</translation>
    </message>
    <message>
        <source>Accounts marked as former staff because their name or comment mentions leaving (such as 退職): {count}. Please check them.</source>
        <translation>名前やコメントに「退職」などと書かれていたため、区分を「退職」にしたアカウント: {count} 件。内容を確認してください。</translation>
    </message>
    <message>
        <source>Line {line}: no valid mail address, so this row was skipped.</source>
        <translation>{line} 行目: 正しいメールアドレスがないため、この行は読み込みませんでした。</translation>
    </message>
    <message>
        <source>Line {line}: the account has no domain (the part after @), so this row was skipped.</source>
        <translation>{line} 行目: アカウントにドメイン (@ より後ろの部分) がないため、この行は読み込みませんでした。</translation>
    </message>
    <message>
        <source>Line {line}: “{value}” looks like a mail address without its @, so this row was skipped. If it is {address}, correct it in the file and import it again.</source>
        <translation>{line} 行目: 「{value}」は @ が抜けたメールアドレスのようなので、この行は読み込みませんでした。{address} のことであれば、ファイルを直してもう一度読み込んでください。</translation>
    </message>
    <message>
        <source>Line {line}: only the domain is given; the mailbox name (the part before @, such as info) is missing, so this row was skipped. Add it in the file and import it again.</source>
        <translation>{line} 行目: ドメインだけが書かれていて、メールアドレスの名前 (info など、@ より前の部分) がないため、この行は読み込みませんでした。ファイルに名前を書き足して、もう一度読み込んでください。</translation>
    </message>
    <message>
        <source>Line {line}: {address} already appeared on line {first}; this row was skipped.</source>
        <translation>{line} 行目: {address} は {first} 行目にもあるため、この行は読み込みませんでした。</translation>
    </message>
    <message>
        <source>Line {line}: the status was not understood and was set to “Unknown”.</source>
        <translation>{line} 行目: 状態が読み取れなかったため「不明」にしました。</translation>
    </message>
    <message>
        <source>Line {line}: whether the account is enabled was not understood; assumed enabled.</source>
        <translation>{line} 行目: アカウントが有効か無効か読み取れなかったため、「有効」とみなしました。</translation>
    </message>
    <message>
        <source>Line {line}: the password change date was not understood (use a form like 2025/01/31) and was left empty.</source>
        <translation>{line} 行目: パスワード変更日が読み取れなかったため、空欄にしました (2025/01/31 のような形で入力してください)。</translation>
    </message>
    <message>
        <source>Line {line}: the forwarding address is not a mail address and was left empty.</source>
        <translation>{line} 行目: 転送先がメールアドレスではないため、空欄にしました。</translation>
    </message>
    <message>
        <source>Line {line}: the previous check result was not understood and was left empty.</source>
        <translation>{line} 行目: 以前の判定結果が読み取れなかったため、空欄にしました。</translation>
    </message>
    <message>
        <source>Line {line}: this row could not be read (broken quotes?) and was skipped.</source>
        <translation>{line} 行目: この行は読み取れなかったため、読み込みませんでした (引用符「&quot;」の閉じ忘れなど)。</translation>
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
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>解釈できない引数があります: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r は選べません (%(choices)s から選んでください)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値を 1 つ指定してください</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>値は 1 つまでです</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>値を 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>値を %s 個指定してください</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>値を %s 個指定してください</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r は正しい値ではありません (%(type)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>オプション %(option)s は %(matches)s のどれとも取れます。省略せずに指定してください</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のどれか 1 つが必要です</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>「%(filename)s」を開けません: %(error)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>指定された値 %r は使われません</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <source>“{name}” was saved by a newer version of Mail Mamori (format {version}). Please update the app to open it.</source>
        <translation>「{name}」は新しいバージョンのメールまもりで保存されています (形式 {version})。開くにはアプリを更新してください。</translation>
    </message>
    <message>
        <source>row {number} of the timeline</source>
        <translation>時系列の {number} 行目</translation>
    </message>
    <message>
        <source>account {number} of the list</source>
        <translation>アカウント一覧の {number} 番目</translation>
    </message>
    <message>
        <source>entry {number} of the list to check</source>
        <translation>チェック対象の {number} 番目</translation>
    </message>
    <message>
        <source>check {number} in the history</source>
        <translation>チェック履歴の {number} 回目</translation>
    </message>
    <message>
        <source>evidence item {number}</source>
        <translation>証拠の {number} 件目</translation>
    </message>
    <message>
        <source>recovery action {number}</source>
        <translation>復旧対応の {number} 件目</translation>
    </message>
    <message>
        <source>the step “{step}”</source>
        <translation>「{step}」の画面</translation>
    </message>
    <message>
        <source>{item} in the step “{step}”</source>
        <translation>「{step}」の画面の{item}</translation>
    </message>
    <message>
        <source>the file&apos;s own information (when and by which version it was saved)</source>
        <translation>ファイルの管理情報 (保存日時やバージョン)</translation>
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
    <message>
        <source>the case would be larger than {limit} MB and could not be opened again; shorten long pasted text, such as the log excerpt</source>
        <translation>事案が {limit} MB を超えて、もう一度開けなくなるためです。ログの抜粋など、長く貼り付けた文章を短くしてください</translation>
    </message>
    <message>
        <source>“{name}” is nested more than {limit} levels deep and cannot be a case file.</source>
        <translation>「{name}」はデータの入れ子が {limit} 段を超えているため、メールまもりの事案ファイルとして開けません。</translation>
    </message>
    <message>
        <source>“{name}” was saved by an early version of Mail Mamori and contains a value that cannot be converted.</source>
        <translation>「{name}」はメールまもりの初期のバージョンで保存されたファイルで、変換できない値が含まれているため開けません。</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened because of a value in {place}. {problem} (Technical detail: {field})</source>
        <translation>「{name}」を開けません。{place}の値が読み取れません。{problem} (技術情報: {field})</translation>
    </message>
    <message>
        <source>“{name}” contains a value in a form this version cannot read.</source>
        <translation>「{name}」には、このバージョンでは読み取れない形式の値が含まれているため開けません。</translation>
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
        <source>show the version number and exit</source>
        <translation>バージョンを表示して終了する</translation>
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
        <translation>パスワード (画面には表示されません): </translation>
    </message>
    <message>
        <source>expected a whole number of at least 1: {value}</source>
        <translation>1 以上の整数を指定してください: {value}</translation>
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
        <source>The command line is not valid. It is not repeated here because it may contain a password. Never put a password on the command line: pipe it into standard input or type it at the prompt. The options are listed by: mail-mamori password --help</source>
        <translation>コマンドラインの指定に誤りがあります。パスワードが含まれているおそれがあるため、入力内容はここに表示しません。パスワードはコマンドラインに書かず、標準入力から渡すか、プロンプトで入力してください。指定できるオプションは mail-mamori password --help で確認できます。</translation>
    </message>
    <message>
        <source>--length is only used with --generate (mail-mamori password --generate --length N). To check a password, leave --length out.</source>
        <translation>--length は --generate と一緒に使います (mail-mamori password --generate --length N)。パスワードを確認する場合は --length を指定しないでください。</translation>
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
        <translation>{score}/4 ({label})</translation>
    </message>
    <message>
        <source>{length} characters (at least {min})</source>
        <translation>{length} 文字 ({min} 文字以上が必要)</translation>
    </message>
    <message>
        <source>{length} characters (at least {min}, at most {max})</source>
        <translation>{length} 文字 ({min} 文字以上、{max} 文字以下)</translation>
    </message>
    <message>
        <source>check a password read from standard input, or generate one</source>
        <translation>標準入力から読んだパスワードを確認する、またはパスワードを生成する</translation>
    </message>
    <message>
        <source>Checks the password given on standard input (or typed at a prompt that does not show it) against Mail Mamori&apos;s rules. The password is never printed.</source>
        <translation>標準入力から渡されたパスワード (または、入力内容が表示されないプロンプトで入力したパスワード) がメールまもりの条件を満たしているか確認します。パスワードそのものは表示しません。</translation>
    </message>
    <message>
        <source>the mail address (user name) the password is for</source>
        <translation>このパスワードを使うメールアドレス (ユーザー名)</translation>
    </message>
    <message>
        <source>the company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>a staff member&apos;s name such as Yamada Taro (repeatable)</source>
        <translation>社員の名前 (例: Yamada Taro、複数指定できます)</translation>
    </message>
    <message>
        <source>another word the password must not contain (repeatable; spaces separate words)</source>
        <translation>パスワードに含めてはいけないその他の語 (複数指定できます。空白で区切ると別々の語になります)</translation>
    </message>
    <message>
        <source>hosting provider preset: {choices}</source>
        <translation>レンタルサーバ・メールサービスの種類: {choices}</translation>
    </message>
    <message>
        <source>the longest password the mail server accepts, if you know it</source>
        <translation>メールサーバが受け付けるパスワードの最大文字数 (わかっている場合)</translation>
    </message>
    <message>
        <source>print a new strong password instead of checking one</source>
        <translation>確認の代わりに、新しい強いパスワードを生成して表示する</translation>
    </message>
    <message>
        <source>with --generate: number of characters (default 16)</source>
        <translation>--generate と一緒に使用: 文字数 (省略時は 16)</translation>
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
        <source>--json cannot be used with -o - (standard output carries the PDF). Write the PDF to a file to get the summary.</source>
        <translation>--json は -o - と一緒には使えません (標準出力には PDF が出力されます)。要約が必要な場合は、PDF をファイルに書き出してください。</translation>
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
    <message>
        <source>--timeout must be a number of seconds greater than 0 and at most {limit} (for example 3), not {value}.</source>
        <translation>--timeout には 0 より大きく {limit} 以下の秒数 (例: 3) を指定してください ({value} は使えません)。</translation>
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
        <source>The DNS server ({server}) answered every query with an error (such as SERVFAIL or REFUSED), so nothing could be checked. Name another DNS server with --resolver.</source>
        <translation>DNS サーバ ({server}) がすべての問い合わせにエラー (SERVFAIL や REFUSED など) を返したため、何も確認できませんでした。--resolver で別の DNS サーバを指定してください。</translation>
    </message>
    <message>
        <source>Not one blacklist could be checked through the DNS server ({server}): the reasons are listed with the results. Nothing was checked. Name another DNS server with --resolver, or try again later.</source>
        <translation>DNS サーバ ({server}) 経由では、どのブラックリストもチェックできませんでした。理由は結果と一緒に表示しています。何も確認できていません。--resolver で別の DNS サーバを指定するか、しばらくしてからもう一度試してください。</translation>
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
    <message>
        <source>The header file “{path}” was not found.</source>
        <translation>ヘッダーのファイル「{path}」が見つかりません。</translation>
    </message>
    <message>
        <source>“{path}” is a folder. Give the file that holds the header of a mail you sent.</source>
        <translation>「{path}」はフォルダです。送信したメールのヘッダーを保存したファイルを指定してください。</translation>
    </message>
    <message>
        <source>The header file “{path}” cannot be read: no permission.</source>
        <translation>ヘッダーのファイル「{path}」を読み取る権限がありません。</translation>
    </message>
    <message>
        <source>The header file “{path}” could not be read ({reason}).</source>
        <translation>ヘッダーのファイル「{path}」を読み取れませんでした ({reason})。</translation>
    </message>
    <message>
        <source>“{path}” is larger than {limit} MB, too large for a mail header. Save only the header of a mail you sent and give that file.</source>
        <translation>「{path}」は {limit} MB を超えていて、メールのヘッダーとしては大きすぎます。送信したメールのヘッダーだけを保存して、そのファイルを指定してください。</translation>
    </message>
    <message>
        <source>On the command line, save the header of a mail you sent to a file and give it with --header-file FILE (--header-file - reads standard input).</source>
        <translation>コマンドラインでは、送信したメールのヘッダーをファイルに保存し、--header-file FILE で指定してください (--header-file - で標準入力から読み込みます)。</translation>
    </message>
    <message>
        <source>check the DMARC record of a domain</source>
        <translation>ドメインの DMARC レコードを確認する</translation>
    </message>
    <message>
        <source>check _dmarc.DOMAIN (RFC 9989) and recommend the next step</source>
        <translation>_dmarc.DOMAIN を確認し (RFC 9989)、次の手順を提案する</translation>
    </message>
    <message>
        <source>the domain whose _dmarc record is checked, e.g. example.co.jp</source>
        <translation>_dmarc レコードを確認するドメイン (例: example.co.jp)</translation>
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
        <source>the domain whose DKIM keys are looked for, e.g. example.co.jp</source>
        <translation>DKIM の鍵を探すドメイン (例: example.co.jp)</translation>
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
        <source>Record name</source>
        <translation>レコード名</translation>
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
        <source>the domain, e.g. example.co.jp (Unicode domains such as 日本語.jp are accepted)</source>
        <translation>確認するドメイン (例: example.co.jp。日本語.jp のような日本語ドメインも使えます)</translation>
    </message>
    <message>
        <source>evaluate SPF for mail from an IP address (RFC 7208 check_host)</source>
        <translation>IP アドレスから送られたメールの SPF を評価する (RFC 7208 check_host)</translation>
    </message>
    <message>
        <source>the IP address the mail comes from (required)</source>
        <translation>メールを送信したサーバの IP アドレス (必須)</translation>
    </message>
    <message>
        <source>the envelope sender (MAIL FROM), e.g. info@example.co.jp (required; &quot;&quot; for a bounce, then --helo is checked)</source>
        <translation>エンベロープの送信者 (MAIL FROM)。例: info@example.co.jp (必須。エラーメールのように空の場合は &quot;&quot; を指定すると、--helo の名前を確認します)</translation>
    </message>
    <message>
        <source>the name the sending server gave in HELO/EHLO, e.g. mail.example.co.jp</source>
        <translation>送信サーバが HELO/EHLO で名乗った名前 (例: mail.example.co.jp)</translation>
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
        <source>the domain the record is for, e.g. example.co.jp</source>
        <translation>レコードを作成するドメイン (例: example.co.jp)</translation>
    </message>
    <message>
        <source>hosting provider id (xserver, sakura, lolipop, conoha_wing, onamae, google_workspace, microsoft365, self_hosted, other)</source>
        <translation>サービス提供元の ID (xserver, sakura, lolipop, conoha_wing, onamae, google_workspace, microsoft365, self_hosted, other)</translation>
    </message>
    <message>
        <source>server name of the rental server, e.g. sv1234.xserver.jp</source>
        <translation>レンタルサーバのサーバ名 (例: sv1234.xserver.jp)</translation>
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
        <source>~all (also: soft) or -all (also: hard); write --all=-all. Default: -all if the published record ends in -all (it is never weakened), otherwise ~all</source>
        <translation>~all (soft でも可) または -all (hard でも可)。--all=-all のように書きます。省略時は、登録済みのレコードが -all で終わっていれば -all (弱めることはありません)、それ以外は ~all</translation>
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
        <source>The domain of --sender cannot be checked: {problem}</source>
        <translation>--sender のドメインを確認できません: {problem}</translation>
    </message>
    <message>
        <source>The --helo name cannot be checked: {problem}</source>
        <translation>--helo の名前を確認できません: {problem}</translation>
    </message>
    <message>
        <source>On the command line, choose another DNS server with --resolver HOST[:PORT].</source>
        <translation>コマンドラインでは、--resolver HOST[:PORT] で別の DNS サーバを指定できます。</translation>
    </message>
    <message>
        <source>The recommended record is made by: mail-mamori spf generate {domain}</source>
        <translation>推奨レコードは次のコマンドで作成できます: mail-mamori spf generate {domain}</translation>
    </message>
    <message>
        <source>On the command line, give the server name with --server-name NAME and run the command again.</source>
        <translation>コマンドラインでは、サーバ名を --server-name NAME で指定して、もう一度コマンドを実行してください。</translation>
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
        <source>Include tree (each record&apos;s DNS lookups include those of the records below it):</source>
        <translation>include の構成 (DNS の参照回数は、その下のレコードの分を含みます):</translation>
    </message>
    <message>
        <source>{term}  (DNS lookups: {count}, {state})</source>
        <translation>{term}  (DNS の参照 {count} 回、{state})</translation>
    </message>
    <message>
        <source>Where the DNS lookups go ({total} of at most {limit})</source>
        <translation>DNS の参照回数の内訳 ({total} 回 / 上限 {limit} 回)</translation>
    </message>
    <message>
        <source>How to get to 10 or fewer</source>
        <translation>10 回以下にするには</translation>
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
        <source>DNS lookups (worst case)</source>
        <translation>DNS の参照回数 (最も多い場合)</translation>
    </message>
    <message>
        <source>Lookups that found nothing</source>
        <translation>存在しない名前の参照</translation>
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
    <message>
        <source>check that this installation works (translations, fonts, password check, PDF, password store) without using the network, one line per check</source>
        <translation>このインストールが正しく動くかを確認します (翻訳、フォント、パスワードの判定、PDF、パスワードの保管先)。ネットワークは使わず、確認項目ごとに 1 行ずつ表示します</translation>
    </message>
    <message>
        <source>with --self-test: fail when no password store (keyring) is available</source>
        <translation>--self-test と一緒に指定: パスワードの保管先 (キーリング) が使えないときは失敗とします</translation>
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
        <source>, {origin}</source>
        <translation>、{origin}</translation>
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
        <translation>まとめ: 掲載 {listed}、ポリシー掲載 {policy}、掲載なし {not_listed}、確認できず {not_tested}、対象外 {unsupported}</translation>
    </message>
    <message>
        <source>Lists whose answers were not used:</source>
        <translation>回答を使わなかったリスト:</translation>
    </message>
    <message>
        <source>Lists: {lists}</source>
        <translation>対象のリスト: {lists}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{list} (IPv6)</source>
        <translation>{list} (IPv6)</translation>
    </message>
    <message>
        <source>None of these lists&apos; answers can be used (how each failed is shown above). Another DNS server may help.</source>
        <translation>これらのリストの回答は使えません (それぞれの理由は上のとおりです)。別の DNS サーバで確認すると解決することがあります。</translation>
    </message>
    <message>
        <source>Looking up {domain}:</source>
        <translation>{domain} の調査:</translation>
    </message>
    <message>
        <source>Not every address of {domains} could be looked up (see above), so addresses that should have been checked may be missing. Check again later, or name them as targets.</source>
        <translation>{domains} のアドレスをすべては調べられなかったため (上記を参照)、確認すべきアドレスが漏れている可能性があります。時間をおいて再確認するか、アドレスを直接指定してください。</translation>
    </message>
    <message>
        <source>{domains} does not exist in DNS (see above): check the spelling of the domain.</source>
        <translation>{domains} は DNS に存在しません (上記を参照)。ドメインのつづりを確認してください。</translation>
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
    <message>
        <source>On the command line, “Settings” means --resolver HOST[:PORT] for another DNS server and the environment variable MAIL_MAMORI_DQS_KEY for a Spamhaus DQS key.</source>
        <translation>コマンドラインでは「設定」の代わりに、別の DNS サーバは --resolver HOST[:PORT] で、Spamhaus DQS キーは環境変数 MAIL_MAMORI_DQS_KEY で指定します。</translation>
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
        <translation>署名が自社のドメインではなく {signed} のものになっています</translation>
    </message>
    <message>
        <source>DNS lookups failed for {count} selectors</source>
        <translation>{count} 個のセレクタで DNS の問い合わせに失敗しました</translation>
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
        <translation>DMARC のためには、署名の d= が自社のドメイン ({domain}) かそのサブドメインである必要があります。ご利用のサービスの管理画面で、ご自身のドメインで DKIM 署名するよう設定してください。</translation>
    </message>
    <message>
        <source>The DNS server gave no usable answer ({status}) for the keys of {domain} under the selectors {selectors}, so they could not be checked. This says nothing about your DKIM keys: try again later, or choose another DNS server in Settings.</source>
        <translation>DNS サーバから {domain} のセレクタ {selectors} の鍵について使える回答が得られなかったため ({status})、これらは確認できませんでした。DKIM の鍵に問題があるという意味ではありません。しばらくしてからもう一度試すか、「設定」で別の DNS サーバを選んでください。</translation>
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
    <message>
        <source>“{selector}” is not a valid DKIM selector. A selector uses only letters, digits and hyphens, with dots between its parts, for example default or s1.</source>
        <translation>「{selector}」は DKIM のセレクタとして正しくありません。セレクタに使えるのは英字・数字・ハイフンで、区切りはドットです (例: default、s1)。</translation>
    </message>
    <message>
        <source>Enter only the selector, the part before ._domainkey: “{selector}” instead of “{text}”.</source>
        <translation>セレクタは ._domainkey より前の部分だけを入力してください。「{text}」ではなく「{selector}」です。</translation>
    </message>
    <message>
        <source>The pasted header is too long (more than {limit} characters). Paste only the header of one mail you sent, or only its “DKIM-Signature:” lines, not the whole mail with its attachments.</source>
        <translation>貼り付けたヘッダーが長すぎます ({limit} 文字を超えています)。送信したメール 1 通のヘッダーだけ、または「DKIM-Signature:」の行だけを貼り付けてください。添付ファイルを含むメール全体は貼り付けないでください。</translation>
    </message>
</context>
<context>
    <name>dmarc</name>
    <message>
        <source>There is no DMARC record</source>
        <translation>DMARC レコードがありません</translation>
    </message>
    <message>
        <source>The domain {domain} does not exist in DNS</source>
        <translation>ドメイン {domain} が DNS に存在しません</translation>
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
        <translation>{report_domain} は、このドメインの DMARC レポートを受け取ることを承認していません</translation>
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
        <source>The DNS answered that this domain does not exist, so it has no record of any kind. Check the spelling of the domain (the part after @ in your mail address). If it is right, ask your hosting or DNS company whether the domain is registered and set up.</source>
        <translation>DNS サーバから「このドメインは存在しない」という答えが返りました。このため、どの種類のレコードもありません。ドメイン名 (メールアドレスの @ より後ろの部分) のつづりを確認してください。つづりが正しい場合は、ドメインが登録・設定されているかをレンタルサーバ会社または DNS の管理会社に確認してください。</translation>
    </message>
    <message>
        <source>Without DMARC, receivers do not know what to do with mail that fails SPF and DKIM, and you get no reports about mail sent in your name. Publish the first record below: p=none only asks for reports and blocks nothing.</source>
        <translation>DMARC がないと、SPF と DKIM に不合格のメールをどう扱えばよいか受信側には分からず、自社の名前で送られたメールについてのレポートも届きません。下の最初のレコードを登録してください。p=none はレポートを依頼するだけで、メールを止めることはありません。</translation>
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
        <translation>rua= がないとレポートが届かないため、誰が自社の名前でメールを送っているのか分かりません。普段読んでいるメールアドレスを rua=mailto: で追加してください。</translation>
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
        <source>After reading the reports for a few weeks and making sure all your real mail passes SPF or DKIM, change the record to this. Forged mail then goes to spam folders.</source>
        <translation>数週間レポートを確認し、正規のメールがすべて SPF か DKIM に合格することを確かめてから、レコードをこの内容に変更します。なりすましメールは迷惑メールフォルダに入るようになります。</translation>
    </message>
    <message>
        <source>The last step, after some weeks with p=quarantine without problems: change the record to this. Forged mail is then refused.</source>
        <translation>これが最後の段階です。p=quarantine で数週間問題がなければ、レコードをこの内容に変更します。なりすましメールは受け取りを拒否されるようになります。</translation>
    </message>
    <message>
        <source>Your policy is p=reject: forged mail in your name is refused. Keep reading the reports now and then.</source>
        <translation>ポリシーは p=reject です。自社の名前を使ったなりすましメールは拒否されます。今後もときどきレポートを確認してください。</translation>
    </message>
    <message>
        <source>A DMARC record can only be published on a domain that exists: correct the domain first, then check again.</source>
        <translation>DMARC レコードは、存在するドメインにしか登録できません。先にドメイン名を直してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Reports will be sent to {address}. This mailbox probably does not exist yet: create it at your mail server (for example in your hosting company&apos;s control panel) before you publish the record, or use an address you already read instead. Reports sent to an address that does not exist are lost.</source>
        <translation>レポートは {address} に送られます。このメールボックスは、まだ無いと思われます。レコードを登録する前に、メールサーバ (レンタルサーバのコントロールパネルなど) で作成するか、代わりにふだん読んでいるアドレスを使ってください。存在しないアドレスに送られたレポートは届かずに失われます。</translation>
    </message>
    <message>
        <source>Reports will be sent to {address}. Make sure this mailbox exists and that someone reads it: the reports show whether your own mail passes.</source>
        <translation>レポートは {address} に送られます。このメールボックスが存在し、誰かが読んでいることを確認してください。レポートを見れば、自社のメールが合格しているかどうかが分かります。</translation>
    </message>
    <message>
        <source>The domain does not exist in DNS: check how it is spelled.</source>
        <translation>このドメインは DNS に存在しません。つづりを確認してください。</translation>
    </message>
    <message>
        <source>A DMARC record is published.</source>
        <translation>DMARC レコードが登録されています。</translation>
    </message>
    <message>
        <source>DMARC is not set up yet.</source>
        <translation>DMARC はまだ設定されていません。</translation>
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
        <source>answered</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <source>name does not exist</source>
        <translation>名前が存在しない</translation>
    </message>
    <message>
        <source>no record of this type</source>
        <translation>この種類のレコードがない</translation>
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
        <source>DNS error</source>
        <translation>DNS のエラー</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不要</translation>
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
        <source>Not needed: this answer only mattered if a related query found a record, and it found none.</source>
        <translation>不要になりました。この答えは関連する問い合わせでレコードが見つかったときだけ必要でしたが、見つかりませんでした。</translation>
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
        <translation>確認できず</translation>
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
        <translation>リストが動作確認に不合格</translation>
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
        <source>The list did not pass its self-test: its test query failed ({status}).</source>
        <translation>リストが動作確認に合格しませんでした。テスト用の問い合わせが失敗しました ({status})。</translation>
    </message>
    <message>
        <source>The list did not pass its self-test: it did not answer “listed” for the test query that is always listed. It may not be reachable through your DNS server, or it may have shut down.</source>
        <translation>リストが動作確認に合格しませんでした。必ず「掲載」と答えるはずのテスト用の問い合わせに、そう答えませんでした。お使いの DNS サーバからリストに届かないか、リストが停止している可能性があります。</translation>
    </message>
    <message>
        <source>The list did not pass its self-test: it answered “listed” even for the test query that is never listed, so it answers “listed” for everything (a list that has shut down, or your DNS server answering in its place). Its answers are ignored.</source>
        <translation>リストが動作確認に合格しませんでした。決して掲載されないはずのテスト用の問い合わせにも「掲載」と答えており、何を聞いても「掲載」と答えています (停止したリスト、または DNS サーバがリストの代わりに答えている)。このリストの回答は使いません。</translation>
    </message>
    <message>
        <source>The list did not pass its self-test: its test query was answered with {codes}, an address no blacklist answers with. Your DNS server replaces answers with its own.</source>
        <translation>リストが動作確認に合格しませんでした。テスト用の問い合わせに、ブラックリストが使わないアドレス {codes} が返りました。DNS サーバが応答を独自のものに書き換えています。</translation>
    </message>
    <message>
        <source>The answer could not be used (for example an address outside 127.0.0.0/8, which means your DNS server replaces “not found” answers with its own). Choose another DNS server in Settings.</source>
        <translation>応答を使えませんでした (例えば 127.0.0.0/8 以外のアドレス。これは DNS サーバが「見つからない」という応答を独自の応答に差し替えていることを示します)。設定で別の DNS サーバを選んでください。</translation>
    </message>
    <message>
        <source>The list did not pass its self-test in this run (its test queries did not get the answers every working list gives), so none of its answers can be used. The list may not be reachable through your DNS server, it may have shut down, or your DNS server may answer in its place. Another DNS server may help.</source>
        <translation>このリストは今回の動作確認に合格しませんでした (テスト用の問い合わせに、正常なリストなら必ず返す答えが返りませんでした)。そのため、このリストの回答は使えません。お使いの DNS サーバからリストに届かない、リストが停止している、または DNS サーバがリストの代わりに答えている可能性があります。別の DNS サーバで確認すると解決することがあります。</translation>
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
        <source>“{piece}”: {problem}</source>
        <translation>「{piece}」: {problem}</translation>
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
        <source>{domain} does not exist in DNS, so it has no mail servers or addresses to check. Check the spelling of the domain (for example .co.jp and .jp are different domains).</source>
        <translation>{domain} は DNS に存在しないため、確認するメールサーバやアドレスがありません。ドメインのつづりを確認してください (たとえば .co.jp と .jp は別のドメインです)。</translation>
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
    <message>
        <source>The list&apos;s test queries were answered by different DNS servers, so no server passed the whole self-test and the list&apos;s answers cannot be trusted. Check again, or choose one DNS server in Settings.</source>
        <translation>このリストのテスト用の問い合わせに複数の DNS サーバが分かれて回答したため、動作確認をすべて通った DNS サーバがなく、このリストの回答は信頼できません。もう一度確認するか、設定で DNS サーバを 1 つ選んでください。</translation>
    </message>
    <message>
        <source>This answer came from a DNS server that did not answer the list&apos;s test queries in this run, so it cannot be trusted. Check again, or choose one DNS server in Settings.</source>
        <translation>この回答は、今回このリストのテスト用の問い合わせに回答していない DNS サーバから届いたため、信頼できません。もう一度確認するか、設定で DNS サーバを 1 つ選んでください。</translation>
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
        <translation>変化があっても、DNS サーバは最大 {duration}の間この応答を表示し続けることがあります。その後に再確認してください。</translation>
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
        <source>The DNS server did not answer in time, so this list could not be checked. This says nothing about a listing.</source>
        <translation>DNS サーバが時間内に応答しなかったため、このリストは確認できませんでした。掲載されているかどうかは分かりません。</translation>
    </message>
    <message>
        <source>The DNS server reported a failure (SERVFAIL) for this list, so it could not be checked. The list may be down, or it may not answer your DNS server.</source>
        <translation>DNS サーバがこのリストの処理に失敗した (SERVFAIL) ため、確認できませんでした。リストが停止しているか、お使いの DNS サーバには答えない可能性があります。</translation>
    </message>
    <message>
        <source>The DNS server refused the query (REFUSED), so this list could not be checked.</source>
        <translation>DNS サーバが問い合わせを拒否した (REFUSED) ため、このリストは確認できませんでした。</translation>
    </message>
    <message>
        <source>The list refuses to answer the DNS server you use: public DNS services (such as 8.8.8.8 or 1.1.1.1) and many cloud networks are blocked. Nothing is known about a listing.</source>
        <translation>このリストは、お使いの DNS サーバには答えません。公開 DNS サービス (8.8.8.8 や 1.1.1.1 など) や多くのクラウドはブロックされています。掲載されているかどうかは分かりません。</translation>
    </message>
    <message>
        <source>The list refused to answer because your DNS server sends it too many queries (it is shared by many users). Nothing is known about a listing.</source>
        <translation>お使いの DNS サーバ (多くの利用者が共用) からの問い合わせが多すぎるため、リストが回答を拒否しました。掲載されているかどうかは分かりません。</translation>
    </message>
    <message>
        <source>The list did not pass its self-test in this run, so none of its answers can be used: whether you are listed on it is not known.</source>
        <translation>このリストは今回の動作確認に合格しなかったため、回答を使えません。掲載されているかどうかは分かりません。</translation>
    </message>
    <message>
        <source>The answer could not be used (for example an address outside 127.0.0.0/8, which means your DNS server replaces “not found” answers with its own).</source>
        <translation>応答を使えませんでした (例えば 127.0.0.0/8 以外のアドレス。これは DNS サーバが「見つからない」という応答を独自の応答に差し替えていることを示します)。</translation>
    </message>
    <message>
        <source>The list answered that the query was not valid for it (for Spamhaus DQS: the key was not accepted).</source>
        <translation>リストが「この問い合わせは正しくない」と答えました (Spamhaus DQS の場合はキーが受け付けられなかったことを示します)。</translation>
    </message>
    <message>
        <source>The DNS server could not be reached (a network error), so this list could not be checked.</source>
        <translation>DNS サーバに接続できなかった (ネットワークのエラー) ため、このリストは確認できませんでした。</translation>
    </message>
    <message>
        <source>The check was cancelled before this list answered.</source>
        <translation>このリストが応答する前に確認が中止されました。</translation>
    </message>
    <message>
        <source>How the self-test works: every list answers a few test queries the same way at all times. This list must answer “listed” for {listed} and “not listed” for {clean}. The app asks these first and uses the list&apos;s answers only when both come back right.</source>
        <translation>動作確認の仕組み: どのリストも、いくつかのテスト用の問い合わせにはいつも同じ答えを返します。このリストは{listed}には「掲載」、{clean}には「掲載なし」と答えるはずです。アプリは最初にこれを問い合わせ、両方とも正しく返ったときだけ、このリストの回答を使います。</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} または {second}</translation>
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
        <source>requested {date}</source>
        <translation>申請済み {date}</translation>
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
        <source>delisted</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>確認できず</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>not in the previous check</source>
        <translation>前回の確認に含まれず</translation>
    </message>
    <message>
        <source>not in the latest check</source>
        <translation>今回の確認に含まれず</translation>
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
        <source>This computer has no password manager that Mail Mamori can use, so the key cannot be remembered here. It can be used for this session only; it will be forgotten when Mail Mamori closes.</source>
        <translation>このパソコンにはメールまもりが使えるパスワード管理機能がないため、キーを記憶できません。今回の起動の間だけ使うことはできます。その場合、メールまもりを閉じるとキーは消えます。</translation>
    </message>
    <message>
        <source>The only password store available here keeps secrets in a plain file, so the key is not stored there. It can be used for this session only.</source>
        <translation>ここで使えるパスワードの保存先は秘密を暗号化せずにファイルへ書くため、キーは保存しません。今回の起動の間だけ使うことはできます。</translation>
    </message>
    <message>
        <source>The password manager ({backend}) did not accept the key ({error}). It can be used for this session only.</source>
        <translation>パスワード管理機能 ({backend}) がキーを受け付けませんでした ({error})。今回の起動の間だけ使うことはできます。</translation>
    </message>
    <message>
        <source>Cancelled: the key was not kept. The password manager ({backend}) holds what it held before.</source>
        <translation>キャンセルしました。キーは保存していません。パスワード管理機能 ({backend})の内容は元のままです。</translation>
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
        <source>it is locked; unlock it and try again</source>
        <translation>ロックされています。ロックを解除してからもう一度お試しください</translation>
    </message>
    <message>
        <source>it could not be started</source>
        <translation>起動できませんでした</translation>
    </message>
    <message>
        <source>it is not available</source>
        <translation>使用できません</translation>
    </message>
    <message>
        <source>it refused to store the key</source>
        <translation>保存を拒否されました</translation>
    </message>
    <message>
        <source>it refused to remove the key</source>
        <translation>削除を拒否されました</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>The key is used for this session only and will be forgotten when Mail Mamori closes.</source>
        <translation>キーは今回の起動の間だけ使い、メールまもりを閉じると消えます。</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS キーチェーン</translation>
    </message>
    <message>
        <source>GNOME Keyring / Secret Service</source>
        <translation>GNOME キーリング / Secret Service</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>another password manager</source>
        <translation>その他のパスワード管理機能</translation>
    </message>
    <message>
        <source>no password manager</source>
        <translation>パスワード管理機能なし</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Finding “{code}”</source>
        <translation>確認結果「{code}」</translation>
    </message>
    <message>
        <source>This finding (code “{code}”) was recorded by a newer version of Mail Mamori, which can explain it. Open the case in the newer version, or check again with this version.</source>
        <translation>この確認結果 (コード「{code}」) は新しいバージョンのメールまもりで記録されたもので、このバージョンでは詳しく説明できません。新しいバージョンで事案を開くか、このバージョンでもう一度確認してください。</translation>
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
        <source>Please write a range with the smaller number first, for example 30万〜40万: “{value}”.</source>
        <translation>幅のある数は、小さい数を先に書いてください。例: 30万〜40万 (入力:「{value}」)</translation>
    </message>
    <message>
        <source>“{value}” is a number per day. Please enter the total for the whole time: {count} × the number of days (for 3 days, {example}).</source>
        <translation>「{value}」は 1 日あたりの数のようです。全期間の合計を入力してください: {count} × 日数 (3 日間なら {example})。</translation>
    </message>
    <message>
        <source>“{value}” is a number per day. Please enter the total for the whole time: the number per day × the number of days.</source>
        <translation>「{value}」は 1 日あたりの数のようです。全期間の合計を入力してください: 1 日あたりの数 × 日数。</translation>
    </message>
    <message>
        <source>“{value}” is a number per hour, week or month. Please enter the total for the whole time, for example 30万.</source>
        <translation>「{value}」は 1 時間・1 週間・1 か月あたりの数のようです。全期間の合計を、30万 のように入力してください。</translation>
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
        <source>“{value}” does not say the hour. Write it like 昨日 21時 or 11月16日 21時. If you do not know the time, the day alone is enough (昨日 or 11月16日).</source>
        <translation>「{value}」には時刻がありません。昨日 21時 や 11月16日 21時 のように書いてください。時刻が分からなければ、日だけ (昨日 や 11月16日) でも構いません。</translation>
    </message>
    <message>
        <source>“{value}” could be before or after midnight. Please write the date, like 11月16日 2時.</source>
        <translation>「{value}」は日付が変わる前か後か分かりません。11月16日 2時 のように日付を入れてください。</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time we can read. Write it like 2026-11-20 09:30 or 11月20日 9時30分. If you do not know the time, the date alone is enough.</source>
        <translation>「{value}」は日時として読み取れません。2026-11-20 09:30 や 11月20日 9時30分 のように書いてください。時刻が分からなければ日付だけでも構いません。</translation>
    </message>
    <message>
        <source>{year}-{month}-{day} does not exist on the calendar.</source>
        <translation>{year}年{month}月{day}日は存在しない日付です。</translation>
    </message>
    <message>
        <source>“{value}” has no day. Write it like 今日 9時, 昨日 9時 or 11月16日 9時.</source>
        <translation>「{value}」には日付がありません。今日 9時、昨日 9時、11月16日 9時 のように書いてください。</translation>
    </message>
    <message>
        <source>{hour}:{minute:02d} is not a valid time of day.</source>
        <translation>{hour}:{minute:02d} は正しい時刻ではありません。</translation>
    </message>
    <message>
        <source>The year {year} cannot be right. Please enter a date between {low} and {high}.</source>
        <translation>{year} 年は正しくないようです。{low} 年から {high} 年までの日付を入力してください。</translation>
    </message>
</context>
<context>
    <name>os_error</name>
    <message>
        <source>the file or folder does not exist</source>
        <translation>ファイルまたはフォルダが見つかりません</translation>
    </message>
    <message>
        <source>no permission to use it</source>
        <translation>使用する権限がありません</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ディスクが読み取り専用です</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>ディスクの読み書きに失敗しました</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>ファイル名が長すぎます</translation>
    </message>
    <message>
        <source>a file with the same name is already there</source>
        <translation>同じ名前のファイルがすでにあります</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>ほかのプログラムが使用中です</translation>
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
        <translation>単語をもう 1 つか 2 つ加えてください。あまり使われない単語ほど効果があります。</translation>
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
        <translation>最近の年 (西暦) は推測されやすいです。</translation>
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
        <translation>よく使われるパスワードの上位 10 位に入っています。</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>よく使われるパスワードの上位 100 位に入っています。</translation>
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
        <translation>タブや改行などの目に見えない文字が含まれています。コピー＆ペーストで紛れ込んだ可能性があります。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The password contains full-width (zenkaku) characters. Turn Japanese input (IME) off and type it in half-width (hankaku) characters.</source>
        <translation>全角文字が含まれています。日本語入力 (IME) をオフにして、半角で入力してください。</translation>
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
        <translation>{min} 文字以上にしてください (現在は {length} 文字です)。</translation>
    </message>
    <message>
        <source>The mail server accepts at most {max} characters (this one has {length}). Shorten it, or the server may refuse it or silently cut it off.</source>
        <translation>このメールサーバで使えるのは {max} 文字までです (現在は {length} 文字です)。短くしないと、設定できなかったり、知らないうちに途中で切り捨てられたりするおそれがあります。</translation>
    </message>
    <message>
        <source>The password is the user name (mail address) “{token}”, or almost the same. This is exactly how mail servers are taken over: choose a completely different password.</source>
        <translation>パスワードがユーザー名 (メールアドレス) の「{token}」と同じか、ほとんど同じです。メールサーバが乗っ取られる典型的な原因です。まったく別のパスワードにしてください。</translation>
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
        <translation>選択したサーバでは使えない文字が含まれています。英字・数字と、次の記号だけを使ってください: {symbols}</translation>
    </message>
    <message>
        <source>This password would be easy to guess. Make it longer and less predictable, or use the generator.</source>
        <translation>このパスワードは推測されやすいです。もっと長く、予測しにくいものにするか、自動生成をお使いください。</translation>
    </message>
    <message>
        <source>The selected mail host requires at least one lowercase letter.</source>
        <translation>選択したサーバでは、英小文字を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The selected mail host requires at least one uppercase letter.</source>
        <translation>選択したサーバでは、英大文字を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The selected mail host requires at least one digit.</source>
        <translation>選択したサーバでは、数字を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The selected mail host requires at least one symbol.</source>
        <translation>選択したサーバでは、記号を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The selected mail host requires at least {count} of these four kinds of characters: lowercase letters, uppercase letters, digits and symbols (this one has {present}).</source>
        <translation>選択したサーバでは、英小文字・英大文字・数字・記号の 4 種類のうち {count} 種類以上が必要です (現在は {present} 種類です)。</translation>
    </message>
    <message>
        <source>This password is very similar to one set for another mailbox in this session. Make them clearly different.</source>
        <translation>今回、別のメールアカウントに設定したパスワードとよく似ています。はっきり違うものにしてください。</translation>
    </message>
    <message>
        <source>The mail server accepts only {max} characters, fewer than the {min} we recommend. Use all {max}, with every kind of character, and consider a mail service that allows longer passwords.</source>
        <translation>このメールサーバでは {max} 文字までしか使えず、おすすめの {min} 文字に届きません。{max} 文字すべてを使い、英大文字・英小文字・数字・記号をすべて含めてください。より長いパスワードを使えるメールサービスへの移行もご検討ください。</translation>
    </message>
    <message>
        <source>We could not confirm how long a password the selected mail host accepts; some accept only {max} characters. After changing it, check that you can log in with the whole password.</source>
        <translation>選択したサーバで何文字まで使えるかは確認できていません。{max} 文字までしか受け付けないサーバもあります。変更した後、パスワード全体でログインできることを必ず確かめてください。</translation>
    </message>
    <message>
        <source>Some mail hosts do not accept every symbol. If the control panel refuses this password, use only these symbols: {symbols}</source>
        <translation>サーバによっては使えない記号があります。コントロールパネルでこのパスワードを設定できない場合は、次の記号だけを使ってください: {symbols}</translation>
    </message>
    <message>
        <source>Only the first {count} characters were checked for how easy they are to guess.</source>
        <translation>推測されやすさは、先頭の {count} 文字だけで判定しました。</translation>
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
        <translation>サーバの上限より長い</translation>
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
        <translation>サーバで使えない文字</translation>
    </message>
    <message>
        <source>Kinds of characters the host requires</source>
        <translation>サーバが求める文字の種類</translation>
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
        <source>{total} accounts: {in_service} staff, {departed} former staff, {shared} shared, {unknown} unknown owner. Passwords of the accounts in use ({in_use}): {acceptable} passed, {weak} did not pass, {unchecked} not checked.</source>
        <translation>アカウントは全部で {total} 件です (在籍 {in_service} 件、退職 {departed} 件、共有 {shared} 件、利用者不明 {unknown} 件)。利用中のアカウント {in_use} 件のパスワードの確認結果: 合格 {acceptable} 件、不合格 {weak} 件、未確認 {unchecked} 件。</translation>
    </message>
    <message>
        <source>Accounts of former staff that still work ({count}) are not counted among the passwords: they should be deleted or disabled rather than checked.</source>
        <translation>まだ使える状態の退職者のアカウント ({count} 件) は、パスワードの件数に含めていません。パスワードを確認するのではなく、削除または停止すべきものです。</translation>
    </message>
    <message>
        <source>Accounts already deleted or disabled ({count}) are not counted.</source>
        <translation>削除・停止済みのアカウント ({count} 件) は数えていません。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更日</translation>
    </message>
    <message>
        <source>Did not pass</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Did not pass: {rules}</source>
        <translation>不合格: {rules}</translation>
    </message>
    <message>
        <source>*</source>
        <translation>※</translation>
    </message>
    <message>
        <source>{mark} did not pass (the rules it broke: see 8.1)</source>
        <translation>{mark} 不合格 (満たさなかった項目は 8.1 に記載)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>(未入力)</translation>
    </message>
    <message>
        <source>{mark}: nobody named as its user</source>
        <translation>{mark}: 利用者の名前が未入力</translation>
    </message>
    <message>
        <source>What to do about each account</source>
        <translation>アカウントごとの対応</translation>
    </message>
    <message>
        <source>No account in the list needs anything done.</source>
        <translation>対応が必要なアカウントはありません。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Used by / note</source>
        <translation>利用者・メモ</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>確認日</translation>
    </message>
    <message>
        <source>{owner} / {note}</source>
        <translation>{owner} / {note}</translation>
    </message>
    <message>
        <source>Passed {score}/4</source>
        <translation>合格 {score}/4</translation>
    </message>
    <message>
        <source>Rules it broke: {rules}</source>
        <translation>満たさなかった項目: {rules}</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Key: {entries}</source>
        <translation>記号: {entries}</translation>
    </message>
    <message>
        <source>; </source>
        <translation> / </translation>
    </message>
    <message>
        <source>{mark} passed the password check (n/4: its strength, 0 to 4)</source>
        <translation>{mark} パスワードが確認に合格 (n/4 は強さ、0〜4)</translation>
    </message>
    <message>
        <source>{mark} not checked yet</source>
        <translation>{mark} まだ確認していない</translation>
    </message>
    <message>
        <source>{mark} {word}: no check, the account is to be deleted or disabled</source>
        <translation>{mark} {word}: 削除・停止するアカウントのため確認しない</translation>
    </message>
    <message>
        <source>{word}: already deleted or disabled</source>
        <translation>{word}: 削除・停止済み</translation>
    </message>
    <message>
        <source>dates are month/day in {year}</source>
        <translation>日付は {year}年の月/日</translation>
    </message>
    <message>
        <source>What was done about them</source>
        <translation>行った対応</translation>
    </message>
    <message>
        <source>Account list last reviewed</source>
        <translation>アカウント一覧の最終確認</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>取り込んだファイル</translation>
    </message>
    <message>
        <source>The accounts already deleted or disabled ({count}) need nothing more; they are listed in the table above.</source>
        <translation>削除・停止済みのアカウント ({count} 件) は、これ以上の対応は不要です。上の表に載せています。</translation>
    </message>
    <message>
        <source>{count} did not pass</source>
        <translation>不合格 {count} 件</translation>
    </message>
    <message>
        <source>{count} not checked</source>
        <translation>未確認 {count} 件</translation>
    </message>
    <message>
        <source>All {count} passed</source>
        <translation>{count} 件すべて合格</translation>
    </message>
    <message>
        <source>No account in use</source>
        <translation>利用中のアカウントなし</translation>
    </message>
    <message>
        <source>Delete or disable the accounts of former staff ({count})</source>
        <translation>退職者 {count} 件のアカウントを削除・停止</translation>
    </message>
    <message>
        <source>{count} to clarify</source>
        <translation>要確認 {count} 件</translation>
    </message>
    <message>
        <source>{count} accounts, owners known</source>
        <translation>{count} 件、利用者はすべて判明</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
        <source>Checks made</source>
        <translation>実施した確認</translation>
    </message>
    <message>
        <source>{when}, DNS server: {resolver}. Listed: {listed}; policy listings: {policy}; not listed: {clean}; could not be tested: {untested}; not supported: {unsupported}.</source>
        <translation>{when}、DNS サーバ: {resolver}。掲載 {listed} 件、ポリシー掲載 {policy} 件、掲載なし {clean} 件、確認できず {untested} 件、対象外 {unsupported} 件。</translation>
    </message>
    <message>
        <source> Spamhaus was asked through a DQS key.</source>
        <translation>Spamhaus には DQS キーを使って問い合わせました。</translation>
    </message>
    <message>
        <source> The DNS server changed some answers (a filter or advertising service): those results were not counted.</source>
        <translation>DNS サーバが一部の応答を書き換えていました (フィルタや広告サービス)。それらの結果は数に入れていません。</translation>
    </message>
    <message>
        <source>Listings and unchecked lists in the latest check</source>
        <translation>最新の確認での掲載と確認できなかったリスト</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Checked address</source>
        <translation>確認した対象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Usual time to removal</source>
        <translation>通常の解除までの期間</translation>
    </message>
    <message>
        <source>Where to request removal</source>
        <translation>解除の申請先</translation>
    </message>
    <message>
        <source>Removal requests of the listings that need one (the date sent is the owner&apos;s own record in this app; the lists&apos; answers are not known to it):</source>
        <translation>解除の申請が必要な掲載と、その申請状況 (申請日はご本人がこのアプリに記録したもの。各リストからの返答はアプリでは分かりません):</translation>
    </message>
    <message>
        <source>Requested on {date}</source>
        <translation>申請日 {date}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>メモ: {note}</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>未申請</translation>
    </message>
    <message>
        <source>Generated text completed or changed by the owner (last changed {when})</source>
        <translation>自動作成の文をご本人が補足・修正 (最終変更 {when})</translation>
    </message>
    <message>
        <source>Copied for the list&apos;s form ({when})</source>
        <translation>申請フォーム用にコピー ({when})</translation>
    </message>
    <message>
        <source>this computer&apos;s setting ({servers})</source>
        <translation>このパソコンの設定 ({servers})</translation>
    </message>
    <message>
        <source>In the latest check every list that could be asked answered “not listed”.</source>
        <translation>最新の確認では、問い合わせできたすべてのリストが「掲載なし」でした。</translation>
    </message>
    <message>
        <source>The other {count} combinations of list and address answered “not listed”.</source>
        <translation>上記以外のリストと対象の組み合わせ {count} 件は「掲載なし」でした。</translation>
    </message>
    <message>
        <source>Changes since the previous check</source>
        <translation>前回の確認からの変化</translation>
    </message>
    <message>
        <source>No result changed between the last two checks.</source>
        <translation>直近 2 回の確認で結果に変化はありません。</translation>
    </message>
    <message>
        <source>Reason the check was skipped</source>
        <translation>確認を省略した理由</translation>
    </message>
    <message>
        <source>Reason the domain was not checked</source>
        <translation>ドメインを確認しなかった理由</translation>
    </message>
    <message>
        <source>This check included IP addresses only, not the domain {domain}. The results of the addresses below are valid, but whether {domain} is on the domain blacklists is not known: to find out, add the domain in step {step} of the app and check again.</source>
        <translation>この確認は IP アドレスだけを対象にしており、ドメイン {domain} は含まれていません。下のアドレスの結果は有効ですが、{domain} がドメイン用のブラックリストに載っているかどうかは分かりません。確認するには、アプリのステップ {step} でドメインを追加して確認し直してください。</translation>
    </message>
    <message>
        <source>Domain {domain} not checked</source>
        <translation>ドメイン {domain} は未確認</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <source>Listed on {count} lists</source>
        <translation>{count} 件のリストに掲載</translation>
    </message>
    <message>
        <source>{count} policy listings</source>
        <translation>ポリシー掲載 {count} 件</translation>
    </message>
    <message>
        <source>1 policy listing</source>
        <translation>ポリシー掲載 1 件</translation>
    </message>
    <message>
        <source>{count} could not be checked</source>
        <translation>確認できず {count} 件</translation>
    </message>
    <message>
        <source>Nothing could be checked</source>
        <translation>どのリストも確認できず</translation>
    </message>
    <message>
        <source>Not listed ({when})</source>
        <translation>掲載なし ({when})</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
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
        <source>“Not checked yet” means that the check has not been made in this app; “Could not be checked” means that it was tried but got no answer (a blacklist or a DNS server did not reply). Neither means that there is no problem.</source>
        <translation>「未確認」は、このアプリでの確認がまだ行われていないという意味です。「確認できず」は、確認を試みたものの応答が得られなかった (ブラックリストや DNS サーバが答えなかった) という意味です。どちらも問題がないという意味ではありません。</translation>
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
        <source>When (JST)</source>
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
        <translation>項目</translation>
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
        <source>The mail account {accounts} was used by a third party to send spam. Volume: {volume}.</source>
        <translation>メールアカウント {accounts} が第三者に不正利用され、迷惑メールが送信されました。送信数: {volume}。</translation>
    </message>
    <message>
        <source>The mail server appears to have been used to send spam; the account used has not been identified yet. Volume: {volume}.</source>
        <translation>メールサーバが迷惑メールの送信に使われたとみられます。使われたアカウントはまだ特定できていません。送信数: {volume}。</translation>
    </message>
    <message>
        <source>{count} messages, counted from the logs</source>
        <translation>{count} 通、ログで集計</translation>
    </message>
    <message>
        <source>about {count} messages (estimate)</source>
        <translation>約 {count} 通 (推定)</translation>
    </message>
    <message>
        <source>number of messages unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>at least {count} messages (estimate)</source>
        <translation>{count} 通以上 (推定)</translation>
    </message>
    <message>
        <source>{volume}; the owner wrote “{wording}”</source>
        <translation>{volume}、ご本人の記載は「{wording}」</translation>
    </message>
    <message>
        <source>Sending began around {start}; noticed on {noticed}.</source>
        <translation>{start} ごろから送信。{noticed} に発覚。</translation>
    </message>
    <message>
        <source>Noticed on {noticed}; when the sending began has not been entered.</source>
        <translation>{noticed} に発覚 (送信が始まった日時は未入力)。</translation>
    </message>
    <message>
        <source>Noticed on {noticed}; when the sending began has not been entered (see the timeline in 3.).</source>
        <translation>{noticed} に発覚 (送信が始まった日時は未入力。3. の時系列を参照)。</translation>
    </message>
    <message>
        <source>Sending began around {start}; when it was noticed has not been entered.</source>
        <translation>{start} ごろから送信 (発覚日時は未入力)。</translation>
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
        <translation>発覚の経緯は未入力です。</translation>
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
        <translation>攻撃者がそのメールやアドレス帳を閲覧・持ち出しできた可能性があるか (Web メール、IMAP/POP でのログイン、転送設定など)</translation>
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
        <source>See notes</source>
        <translation>補足を参照</translation>
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
        <translation>この事案の発覚日は {noticed}です。目安: 速報は {quick_from}～{quick_to}ごろまで、確報は {final_30} (30 日) または {final_60} (60 日) まで。</translation>
    </message>
    <message>
        <source>The date the incident was noticed has not been entered, so no dates can be given here.</source>
        <translation>発覚日時が未入力のため、期限の目安は計算できません。</translation>
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
        <translation>未解決事項は未入力です。</translation>
    </message>
    <message>
        <source>Questions for the vendor</source>
        <translation>ベンダーへの質問</translation>
    </message>
    <message>
        <source>No questions for the vendor have been written down.</source>
        <translation>ベンダーへの質問は未入力です。</translation>
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
        <translation>依頼元の連絡先は未入力です。</translation>
    </message>
    <message>
        <source>The vendor has not been entered yet.</source>
        <translation>依頼先は未入力です。</translation>
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
        <translation>SPF・DKIM・DMARC は、他人が自社のドメインを名乗ってメールを送る「なりすまし」を防ぐ仕組みです。盗まれたパスワードを使って自社のサーバから送られた迷惑メールは防げません。そのようなメールはこれらの確認に合格してしまうからです。今回のような被害を防ぐのは、強いパスワード、使っていないアカウントの削除、SMTP 認証です。</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認日時</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS サーバ</translation>
    </message>
    <message>
        <source>DNS lookups</source>
        <translation>DNS の参照回数</translation>
    </message>
    <message>
        <source>{lookups} of at most 10 (names that do not exist: {void} of at most 2), worst case: every term counted</source>
        <translation>{lookups} 回 (上限 10 回)、存在しない名前の参照 {void} 回 (上限 2 回)。すべての項目を数えた最大値です。</translation>
    </message>
    <message>
        <source>Current record</source>
        <translation>現在のレコード</translation>
    </message>
    <message>
        <source>(none published)</source>
        <translation>(公開されていません)</translation>
    </message>
    <message>
        <source>(could not be read: the DNS lookup failed)</source>
        <translation>(DNS の問い合わせに失敗したため、読み取れませんでした)</translation>
    </message>
    <message>
        <source>Recommended record</source>
        <translation>推奨するレコード</translation>
    </message>
    <message>
        <source>The published record already covers every known server: no change needed.</source>
        <translation>公開中のレコードで、分かっているすべての送信サーバが許可されています。変更は不要です。</translation>
    </message>
    <message>
        <source>Checked before recommending</source>
        <translation>推奨前に確認したこと</translation>
    </message>
    <message>
        <source>(published, but not read as SPF: receivers treat the domain as having none)</source>
        <translation>(登録されていますが SPF として読み取られないため、受信側は SPF レコードがないものとして扱います)</translation>
    </message>
    <message>
        <source>Verified: publish this record instead of the current one.</source>
        <translation>確認済みです。現在のレコードの代わりにこのレコードを登録してください。</translation>
    </message>
    <message>
        <source>Verified: the domain has no SPF record yet, publish this one.</source>
        <translation>確認済みです。このドメインにはまだ SPF レコードがないため、このレコードを登録してください。</translation>
    </message>
    <message>
        <source>Not fully verified: read the checks below before publishing it. Published as it is, it may not work.</source>
        <translation>確認できていない点があります。登録する前に下の確認結果をお読みください。このまま登録すると正しく働かないことがあります。</translation>
    </message>
    <message>
        <source>Where to publish</source>
        <translation>登録先</translation>
    </message>
    <message>
        <source>A TXT record of the domain itself ({host_field}). Change the existing v=spf1 record instead of adding another: a domain may have only one.</source>
        <translation>ドメインそのものの TXT レコード ({host_field})。v=spf1 で始まるレコードは 1 つのドメインに 1 つだけなので、新しく追加せず、今のレコードを書き換えてください。</translation>
    </message>
    <message>
        <source>A new TXT record of the domain itself ({host_field}). A domain may have only one v=spf1 record: publish this one only.</source>
        <translation>ドメインそのものの TXT レコードとして新しく追加します ({host_field})。v=spf1 で始まるレコードは 1 つのドメインに 1 つだけなので、登録するのはこのレコードだけにしてください。</translation>
    </message>
    <message>
        <source>If the DNS panel asks for parts</source>
        <translation>分けて入力する場合</translation>
    </message>
    <message>
        <source>Mail from other servers</source>
        <translation>ほかのサーバからのメール</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>変更点とその理由</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>見つかった問題</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Explanation and what to change</source>
        <translation>説明と直し方</translation>
    </message>
    <message>
        <source>No problem was found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Before and after publishing</source>
        <translation>公開前と公開後</translation>
    </message>
    <message>
        <source>First check ({when})</source>
        <translation>最初の確認 ({when})</translation>
    </message>
    <message>
        <source>Latest check ({when})</source>
        <translation>最新の確認 ({when})</translation>
    </message>
    <message>
        <source>The SPF record has not been checked yet.</source>
        <translation>SPF レコードはまだ確認していません。</translation>
    </message>
    <message>
        <source>DKIM has not been checked yet.</source>
        <translation>DKIM はまだ確認していません。</translation>
    </message>
    <message>
        <source>DMARC has not been checked yet.</source>
        <translation>DMARC はまだ確認していません。</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>セレクタ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>{type}, {bits} bits</source>
        <translation>{type}、{bits} ビット</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>No DKIM key was found under the selectors tried ({selectors}).</source>
        <translation>試したセレクタ ({selectors}) では DKIM の鍵が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Reports sent to</source>
        <translation>レポートの送信先</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次の手順</translation>
    </message>
    <message>
        <source>Mailbox for the reports</source>
        <translation>レポートの受信用メールボックス</translation>
    </message>
    <message>
        <source>Where the DNS lookups go: {total} of at most {limit}, most expensive first</source>
        <translation>DNS の参照回数の内訳: {total} 回 (上限 {limit} 回)。回数の多い順</translation>
    </message>
    <message>
        <source>Where the DNS lookups of the recommended record go: {total} of at most {limit}, most expensive first</source>
        <translation>推奨レコードの DNS の参照回数の内訳: {total} 回 (上限 {limit} 回)。回数の多い順</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>{count}</source>
        <translation>{count} 回</translation>
    </message>
    <message>
        <source>{count} or more</source>
        <translation>{count} 回以上</translation>
    </message>
    <message>
        <source>Total (the limit is {limit})</source>
        <translation>合計 (上限 {limit} 回)</translation>
    </message>
    <message>
        <source>How to get to 10 or fewer</source>
        <translation>10 回以下にするには</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation>SPF レコードがありません</translation>
    </message>
    <message>
        <source>Broken (permerror): receivers ignore it</source>
        <translation>レコードに誤りがあり (permerror)、受信側では無視されます</translation>
    </message>
    <message>
        <source>Could not be checked (lookup failed)</source>
        <translation>確認できませんでした (DNS の問い合わせに失敗)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>Not set up yet (no record)</source>
        <translation>未設定 (レコードなし)</translation>
    </message>
    <message>
        <source>Published but unusable</source>
        <translation>公開されていますが使えない状態です</translation>
    </message>
    <message>
        <source>The domain does not exist in DNS (check its spelling)</source>
        <translation>ドメインが DNS に存在しません (つづりの確認が必要)</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Valid record</source>
        <translation>正常なレコード</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>注意点 {count} 件</translation>
    </message>
    <message>
        <source>No record</source>
        <translation>レコードなし</translation>
    </message>
    <message>
        <source>Broken record</source>
        <translation>レコードに誤り</translation>
    </message>
    <message>
        <source>The lookup failed</source>
        <translation>問い合わせに失敗</translation>
    </message>
    <message>
        <source>Unusable record</source>
        <translation>使えないレコード</translation>
    </message>
    <message>
        <source>p={policy}</source>
        <translation>p={policy}</translation>
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
        <translation>対象システムの情報は未入力です。</translation>
    </message>
    <message>
        <source>{address} (from the blacklist check&apos;s targets)</source>
        <translation>{address} (ブラックリスト確認の対象から)</translation>
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
        <source>Account list (8.): password check {verdict}; password changed {changed}</source>
        <translation>8. の一覧: パスワードの確認 {verdict}、変更日 {changed}</translation>
    </message>
    <message>
        <source>Account list (8.): already deleted or disabled</source>
        <translation>8. の一覧: 削除・停止済み</translation>
    </message>
    <message>
        <source>Until {end} (start not entered)</source>
        <translation>～ {end} (開始日時は未入力)</translation>
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
        <translation>時系列は未入力です。</translation>
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
    <message>
        <source>Computing the SHA-256 value was cancelled.</source>
        <translation>SHA-256 値の計算を中止しました。</translation>
    </message>
    <message>
        <source>The latest check has no results: no list could be asked about the addresses and domains checked.</source>
        <translation>最新の確認には結果がありません。確認したアドレスやドメインについて問い合わせできるリストがありませんでした。</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前回</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>今回</translation>
    </message>
    <message>
        <source>{count} addresses or domains not checked by any list</source>
        <translation>どのリストでも確認できなかったアドレス・ドメインが {count} 件</translation>
    </message>
    <message>
        <source>Unknown result “{status}” (from a newer version): counted as not tested</source>
        <translation>不明な結果「{status}」(新しいバージョンで記録): 確認できずとして扱います</translation>
    </message>
    <message>
        <source>Checked for another domain ({domain})</source>
        <translation>別のドメイン ({domain}) で確認済み</translation>
    </message>
    <message>
        <source>This check was made for {checked}, not for the current domain {domain}. Its results say nothing about {domain}: the check must be repeated (step {step} of the app).</source>
        <translation>この確認は現在のドメイン {domain} ではなく、{checked} について行われたものです。{domain} の状態はこの結果からは分かりません。アプリのステップ {step} で確認し直す必要があります。</translation>
    </message>
</context>
<context>
    <name>report_review</name>
    <message>
        <source>date noticed</source>
        <translation>発覚日時</translation>
    </message>
    <message>
        <source>misused mail accounts</source>
        <translation>不正利用されたメールアカウント</translation>
    </message>
    <message>
        <source>number of spam mails</source>
        <translation>迷惑メールの送信数</translation>
    </message>
    <message>
        <source>current status</source>
        <translation>現在の状況</translation>
    </message>
    <message>
        <source>how it was noticed</source>
        <translation>気付いたきっかけ</translation>
    </message>
    <message>
        <source>what you noticed</source>
        <translation>気付いたことの説明</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>時系列</translation>
    </message>
    <message>
        <source>time zone of the logs</source>
        <translation>ログの時間帯</translation>
    </message>
    <message>
        <source>clock synchronisation (NTP)</source>
        <translation>時計の自動調整 (NTP)</translation>
    </message>
    <message>
        <source>hosting company</source>
        <translation>サーバ会社</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>サーバ名</translation>
    </message>
    <message>
        <source>server administrator</source>
        <translation>サーバの管理者</translation>
    </message>
    <message>
        <source>IP addresses of the mail server</source>
        <translation>メールサーバの IP アドレス</translation>
    </message>
    <message>
        <source>suspected cause</source>
        <translation>推定される原因</translation>
    </message>
    <message>
        <source>when the sending began</source>
        <translation>送信が始まった日時</translation>
    </message>
    <message>
        <source>where the number comes from</source>
        <translation>送信数の根拠</translation>
    </message>
    <message>
        <source>recovery actions</source>
        <translation>復旧・再発防止の対応</translation>
    </message>
    <message>
        <source>evidence files</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>log excerpt</source>
        <translation>ログの抜粋</translation>
    </message>
    <message>
        <source>{count} of {total} questions unanswered</source>
        <translation>未回答 {count} 問 (全 {total} 問)</translation>
    </message>
    <message>
        <source>number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>open issues</source>
        <translation>未解決の事項</translation>
    </message>
    <message>
        <source>questions for the vendor</source>
        <translation>セキュリティ会社への質問</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>your mail address or phone</source>
        <translation>自社のメールアドレスか電話番号</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>依頼先</translation>
    </message>
    <message>
        <source>vendor&apos;s mail address or phone</source>
        <translation>依頼先のメールアドレスか電話番号</translation>
    </message>
    <message>
        <source>type of request</source>
        <translation>依頼の種類</translation>
    </message>
    <message>
        <source>what you ask for</source>
        <translation>お願いしたいこと</translation>
    </message>
    <message>
        <source>{area}: {state}</source>
        <translation>{area}: {state}</translation>
    </message>
    <message>
        <source>{area}: the results could not be read</source>
        <translation>{area}: 結果を読み取れませんでした</translation>
    </message>
    <message>
        <source>The PDF could not be saved as “{name}” ({reason}). If the file is open in another program, close it; or choose another folder.</source>
        <translation>PDF を「{name}」として保存できませんでした ({reason})。そのファイルを別のアプリで開いている場合は閉じてください。または別のフォルダを選んでください。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as “{name}” ({reason}). Choose another folder or name.</source>
        <translation>PDF を「{name}」として保存できませんでした ({reason})。別のフォルダかファイル名を選んでください。</translation>
    </message>
    <message>
        <source>{area}: {state} (still open: {gap})</source>
        <translation>{area}: {state} (残り: {gap})</translation>
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
    <name>serial</name>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number with a decimal point</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation>はい・いいえの値</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>項目のまとまり</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>空の値</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>It should be {expected}, but the file has {found}.</source>
        <translation>{expected}が入るはずの所に、{found}が入っています。</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices this version knows.</source>
        <translation>「{value}」は、このバージョンで選べる値のどれにも当たりません。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid date and time.</source>
        <translation>「{value}」は正しい日時ではありません。</translation>
    </message>
    <message>
        <source>The date and time “{value}” does not say its time zone (such as +09:00).</source>
        <translation>日時「{value}」に時差 (+09:00 など)が書かれていません。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid date.</source>
        <translation>「{value}」は正しい日付ではありません。</translation>
    </message>
    <message>
        <source>A value that must be there is missing.</source>
        <translation>なくてはならない値がありません。</translation>
    </message>
    <message>
        <source>The value fits none of the forms allowed here.</source>
        <translation>この値は、ここで使える形式のどれにも当たりません。</translation>
    </message>
    <message>
        <source>This version cannot read a value of this kind.</source>
        <translation>このバージョンでは、この種類の値を読み取れません。</translation>
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
        <translation>これは、お使いのレコードが include または redirect で参照している {domain} のレコードの問題です: {problem}このレコードはご自身では変更できません。そのサービスの提供元に問い合わせるか、もう使っていなければ include を削除してください。</translation>
    </message>
    <message>
        <source>The domain does not exist in DNS: check how it is spelled.</source>
        <translation>このドメインは DNS に存在しません。つづりを確認してください。</translation>
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
        <source>✔ found</source>
        <translation>✔ レコードあり</translation>
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
        <translation>{domain} のメールサーバ (MX) が {count} 台あります (上限は 10 台)</translation>
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
        <source>The domain {domain} does not exist in DNS</source>
        <translation>ドメイン {domain} が DNS に存在しません</translation>
    </message>
    <message>
        <source>“{term}” lets the whole internet send as you</source>
        <translation>「{term}」は世界中のどのサーバにも自社のドメインでの送信を許しています</translation>
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
        <source>{count} names in the record do not exist in DNS</source>
        <translation>レコードにある {count} 個の名前が DNS に存在しません</translation>
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
        <translation>{reason}この 1 か所の誤りのために、受信側はレコード全体を無視します (permerror)。「{term}」を正しく書き直すか、削除してください。</translation>
    </message>
    <message>
        <source>SPF records may contain only half-width letters, digits and symbols. “{chars}” makes the record invalid (permerror). Retype the value in half-width characters, for example by pasting the recommended record below.</source>
        <translation>SPF レコードに使えるのは半角の英数字と記号だけです。「{chars}」があるため、レコードが無効になっています (permerror)。下の推奨レコードを貼り付けるなどして、半角で入力し直してください。</translation>
    </message>
    <message>
        <source>Each include, a, mx, ptr, exists and redirect makes receivers do a DNS lookup, including those inside the records you include. With more than 10, SPF fails (permerror) for all your mail. Remove includes of services you no longer use, and write your own servers as ip4: addresses instead of a or mx. This count is the worst case, with every term evaluated.</source>
        <translation>include、a、mx、ptr、exists、redirect は、1 つごとに受信側で DNS の参照が 1 回発生します (include 先のレコードの中の分も数えます)。10 回を超えると、すべてのメールで SPF がエラー (permerror) になります。使っていないサービスの include を削除し、自社のサーバは a や mx ではなく ip4: のアドレスで書いてください。この回数はすべての項目を評価した場合 (最も多い場合) の数です。</translation>
    </message>
    <message>
        <source>These names in the record do not exist in DNS: {names}. More than two such lookups make SPF fail (permerror). Remove the terms for names that no longer exist.</source>
        <translation>レコードにある次の名前は DNS に存在しません: {names}。このような参照が 2 回を超えると SPF がエラー (permerror) になります。もう存在しない名前の項目を削除してください。</translation>
    </message>
    <message>
        <source>An mx term may point at no more than 10 mail servers, otherwise SPF fails (permerror). Replace “{term}” with the ip4: addresses of the servers that really send mail.</source>
        <translation>mx で参照できるメールサーバは 10 台までで、それを超えると SPF がエラー (permerror) になります。「{term}」を、実際にメールを送信するサーバの ip4: アドレスに置き換えてください。</translation>
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
        <translation>DNS サーバから {name} について使える回答が得られなかったため ({status})、この部分は確認できませんでした。レコードに問題があるという意味ではありません。しばらくしてからもう一度試すか、「設定」で別の DNS サーバを選んでください。</translation>
    </message>
    <message>
        <source>The domain has no TXT record starting with v=spf1, so receivers cannot tell your mail from forged mail. Publish the recommended record below as a TXT record.</source>
        <translation>このドメインには v=spf1 で始まる TXT レコードがないため、受信側は自社のメールとなりすましメールを区別できません。下の推奨レコードを TXT レコードとして登録してください。</translation>
    </message>
    <message>
        <source>The DNS answered that this domain does not exist, so it has no record of any kind. Check the spelling of the domain (the part after @ in your mail address). If it is right, ask your hosting or DNS company whether the domain is registered and set up: an SPF record can only be published on a domain that exists.</source>
        <translation>DNS サーバから「このドメインは存在しない」という答えが返りました。このため、どの種類のレコードもありません。ドメイン名 (メールアドレスの @ より後ろの部分) のつづりを確認してください。つづりが正しい場合は、ドメインが登録・設定されているかをレンタルサーバ会社または DNS の管理会社に確認してください。SPF レコードは、存在するドメインにしか登録できません。</translation>
    </message>
    <message>
        <source>With “{term}” every server in the world passes SPF for your domain, so SPF gives no protection at all against forged mail. Change it to ~all (or -all).</source>
        <translation>「{term}」があると、世界中のどのサーバも自社のドメインの SPF に合格してしまい、なりすましをまったく防げません。~all (または -all) に変更してください。</translation>
    </message>
    <message>
        <source>“?all” tells receivers to have no opinion about unknown servers, so forged mail is not marked. Change it to ~all (or -all).</source>
        <translation>「?all」は、知らないサーバについて「判断しない」と受信側に伝える書き方なので、なりすましメールに印が付きません。~all (または -all) に変更してください。</translation>
    </message>
    <message>
        <source>Without “all” at the end, mail from unknown servers gets no verdict (neutral). Add ~all (or -all) as the last term.</source>
        <translation>最後に「all」がないと、知らないサーバからのメールは判定なし (neutral) になります。最後に ~all (または -all) を追加してください。</translation>
    </message>
    <message>
        <source>The ptr mechanism is slow and unreliable, and RFC 7208 says it should not be used; some receivers skip it. Replace it with ip4:/ip6: addresses or an a: term for your sending servers.</source>
        <translation>ptr は遅くて確実ではないため、RFC 7208 で使わないよう定められており、受信側によっては無視されます。送信に使うサーバの ip4:/ip6: アドレスか a: に置き換えてください。</translation>
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
        <translation>{reason}この include は DNS の参照回数を増やすだけです。「{term}」を削除してください。</translation>
    </message>
    <message>
        <source>“{term}” points at a name that has no DNS record, so it does nothing (and more than two such lookups break SPF). Remove it or correct the name.</source>
        <translation>「{term}」が指す名前は DNS に登録されていないため、何の役にも立っていません (このような参照が 2 回を超えると SPF がエラーになります)。削除するか、名前を正しく直してください。</translation>
    </message>
    <message>
        <source>These names have no DNS record: {names}. The terms that point at them ({terms}) do nothing, and more than two such lookups break SPF. Remove them or correct the names.</source>
        <translation>次の名前は DNS に登録されていません: {names}。これらを指す項目 ({terms}) は何の役にも立っておらず、このような参照が 2 回を超えると SPF がエラーになります。削除するか、名前を正しく直してください。</translation>
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
        <translation>合格: このサーバはこのドメインのメールを送信できます。</translation>
    </message>
    <message>
        <source>fail: the domain says this server must not send its mail.</source>
        <translation>不合格: このドメインは、このサーバからの送信を認めていません。</translation>
    </message>
    <message>
        <source>softfail: this server is not listed; its mail is treated as suspicious.</source>
        <translation>弱い不合格: このサーバは登録されていないため、メールは疑わしいものとして扱われます。</translation>
    </message>
    <message>
        <source>neutral: the domain makes no statement about this server.</source>
        <translation>判断なし: このドメインは、このサーバについて何も示していません。</translation>
    </message>
    <message>
        <source>none: the domain has no SPF record.</source>
        <translation>SPF なし: このドメインには SPF レコードがありません。</translation>
    </message>
    <message>
        <source>permerror: the SPF record is broken, receivers cannot use it.</source>
        <translation>レコードの誤り: SPF レコードに誤りがあり、受信側は利用できません。</translation>
    </message>
    <message>
        <source>temperror: a DNS lookup failed, so the result is not known.</source>
        <translation>一時的なエラー: DNS の問い合わせに失敗したため、結果が分かりません。</translation>
    </message>
    <message>
        <source>“{value}” is not an IP address (example: 203.0.113.25).</source>
        <translation>「{value}」は IP アドレスではありません (例: 203.0.113.25)。</translation>
    </message>
    <message>
        <source>~all (recommended to start with): mail from servers that are not listed is marked as suspicious, but is usually still delivered. If a sender was forgotten (a contact form on the web server, a copier that mails scans, a newsletter service), its mail is not lost while you find out. Once DMARC reports show that all your real mail passes, switch to -all.</source>
        <translation>~all (まずはこちらがおすすめ): 登録されていないサーバからのメールは「疑わしい」と判定されますが、通常は配送されます。送信元の登録漏れ (ホームページのお問い合わせフォーム、スキャンした書類をメールで送る複合機、メールマガジンの配信サービスなど) があっても、気付くまでの間にメールが届かなくなることはありません。DMARC のレポートで、正規のメールがすべて合格していることを確認できたら -all に切り替えてください。</translation>
    </message>
    <message>
        <source>-all (strict): receivers may reject mail from servers that are not listed. This is the strongest protection against forged mail, but mail from any sender you forgot to list will be rejected too.</source>
        <translation>-all (厳格): 登録されていないサーバからのメールは、受信側で拒否されることがあります。なりすましを最も強く防げますが、登録し忘れた送信元からのメールも拒否されてしまいます。</translation>
    </message>
    <message>
        <source>Your current record ends in -all: mail from servers that are not listed is refused. This is kept, so that your protection is not weakened.</source>
        <translation>現在のレコードは -all で終わっています。登録されていないサーバからのメールは拒否される設定です。守りを弱めないよう、この設定を引き継ぎます。</translation>
    </message>
    <message>
        <source>Your current record ends in -all, but ~all is chosen: mail from servers that are not listed would only be marked as suspicious instead of refused. Choose -all to keep your current protection.</source>
        <translation>現在のレコードは -all で終わっていますが、~all が選ばれています。登録されていないサーバからのメールは、拒否されずに「疑わしい」と判定されるだけになります。今の守りを保つには -all を選んでください。</translation>
    </message>
    <message>
        <source>Your current record ends in ~all: this is kept.</source>
        <translation>現在のレコードは ~all で終わっています。この設定を引き継ぎます。</translation>
    </message>
    <message>
        <source>Your current record ends in ~all; with -all, mail from servers that are not listed will be refused.</source>
        <translation>現在のレコードは ~all で終わっています。-all にすると、登録されていないサーバからのメールは拒否されるようになります。</translation>
    </message>
    <message>
        <source>Your current record ends in ?all, which gives no protection against forged mail, so ~all is recommended to start with.</source>
        <translation>現在のレコードは ?all で終わっていて、なりすましをまったく防げません。まずは ~all をおすすめします。</translation>
    </message>
    <message>
        <source>Your current record ends in +all, which lets every server in the world send as you, so ~all is recommended to start with.</source>
        <translation>現在のレコードは +all で終わっていて、世界中のどのサーバでもこのドメインとしてメールを送れてしまいます。まずは ~all をおすすめします。</translation>
    </message>
    <message>
        <source>Your current record has no all at the end, so mail from other servers gets no verdict: ~all is recommended to start with.</source>
        <translation>現在のレコードは最後に all がないため、ほかのサーバからのメールは判定されません。まずは ~all をおすすめします。</translation>
    </message>
    <message>
        <source>Your domain has no SPF record yet: ~all is recommended to start with.</source>
        <translation>このドメインにはまだ SPF レコードがありません。まずは ~all をおすすめします。</translation>
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
        <translation>「{term}」を追加しました (ご利用のサービス: {provider}、{status}。出典: {source})。</translation>
    </message>
    <message>
        <source>For {provider} we could not verify the right value ({source}). “{term}” was not added: ask {provider} for the SPF value to use and add it yourself.</source>
        <translation>{provider} の正しい値は確認できませんでした ({source})。「{term}」は追加していません。{provider} に SPF の設定値を問い合わせ、ご自身で追加してください。</translation>
    </message>
    <message>
        <source>{provider} also needs “{term}” with your server name (e.g. sv1234.xserver.jp). Enter the server name on the Situation page and create the record again.</source>
        <translation>{provider} では、サーバ名 (例: sv1234.xserver.jp) を入れた「{term}」も必要です。「状況の確認」ページでサーバ名を入力して、もう一度レコードを作成してください。</translation>
    </message>
    <message>
        <source>“{term}” is added because {ip} sends your mail (found in the blacklist check or entered by you) and was not allowed yet.</source>
        <translation>{ip} は自社のメールを送信しているのに (ブラックリスト確認で見つかったか、ご自身で入力したアドレスです)、まだ許可されていなかったため、「{term}」を追加しました。</translation>
    </message>
    <message>
        <source>{ip} sends your mail and is already allowed by the record.</source>
        <translation>{ip} は自社のメールを送信しており、このレコードで既に許可されています。</translation>
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
        <translation>「{term}」を削除しました。ptr は使わないことになっています (サーバのアドレスを追加してください)。</translation>
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
        <source>“{term}” was removed: you said you no longer use this service.</source>
        <translation>「{term}」を削除しました。このサービスはもう使っていないとのことです。</translation>
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
        <source>“-all” is kept from your current record: the recommendation never weakens what you have published.</source>
        <translation>「-all」は現在のレコードから引き継ぎます。推奨レコードが、登録済みの設定より守りを弱めることはありません。</translation>
    </message>
    <message>
        <source>“-all” is replaced by “~all” as you chose: mail from servers that are not listed is then only marked as suspicious, no longer refused.</source>
        <translation>選択に従って「-all」を「~all」に置き換えました。登録されていないサーバからのメールは、拒否されずに「疑わしい」と判定されるだけになります。</translation>
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
        <translation>DNS の参照を 10 回以内に収めるため、「{term}」をそのアドレス ({addresses}) に置き換えました。サーバのアドレスが変わったら、レコードを作り直してください。</translation>
    </message>
    <message>
        <source>Your published value “{text}” is not read as SPF (quote marks or full-width characters), so its terms are taken over here, written correctly. Replace that value with this record.</source>
        <translation>DNS に登録されている値「{text}」は、引用符や全角文字のため SPF として読み取られません。その内容を正しい書き方に直して引き継ぎました。その値をこのレコードで置き換えてください。</translation>
    </message>
    <message>
        <source>Your current record could not be read (the DNS server did not answer), so it could not be merged. Check again before you publish anything.</source>
        <translation>DNS サーバが応答しなかったため現在のレコードを読み取れず、内容をまとめることができませんでした。登録する前にもう一度確認してください。</translation>
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
        <translation>未検証</translation>
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
        <translation>次の include 先は確認できませんでした (DNS サーバが応答しませんでした): {targets}。</translation>
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
        <translation>送信元の IP アドレスがまだ分かっていません。メールサーバの IP アドレスが分かれば、追加すると合格するか確認できます。</translation>
    </message>
    <message>
        <source>{length} bytes, in {count} strings of at most 255 bytes.</source>
        <translation>{length} バイトで、255 バイト以下の文字列 {count} 個に収まっています。</translation>
    </message>
    <message>
        <source>Your current record could not be read, so the merge is not verified.</source>
        <translation>現在のレコードを読み取れなかったため、まとめた結果は確認できていません。</translation>
    </message>
    <message>
        <source>This record allows no server at all to send your mail: published as it is, all of your own mail would fail SPF. Enter the IP address of your mail server or tick the services that send your mail, then create the record again.</source>
        <translation>このレコードでは、メールを送ってよいサーバが 1 つもありません。このまま登録すると、自社のメールもすべて SPF で不合格になります。メールサーバの IP アドレスを入力するか、メールを送っているサービスに印を付けてから、もう一度作成してください。</translation>
    </message>
    <message>
        <source>{length} bytes, in one string of at most 255 bytes.</source>
        <translation>{length} バイトで、255 バイト以下の文字列 1 個に収まっています。</translation>
    </message>
    <message>
        <source>your-server-name</source>
        <translation>サーバ名</translation>
    </message>
    <message>
        <source>“{term}” cannot be added to an SPF record. Enter an IP address (203.0.113.25), a range (203.0.113.0/24) or a term such as include:_spf.example.com.</source>
        <translation>「{term}」は SPF レコードに追加できません。IP アドレス (203.0.113.25)、範囲 (203.0.113.0/24)、または include:_spf.example.com のような項目を入力してください。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>確認を中止しました。</translation>
    </message>
    <message>
        <source>The evaluation took longer than its time limit of {seconds} seconds.</source>
        <translation>評価に時間がかかりすぎたため、制限時間 ({seconds} 秒) で打ち切りました。</translation>
    </message>
    <message>
        <source>The DNS lookup of {name} ({type}) failed ({status}), so the result is not known.</source>
        <translation>{name} ({type}) の DNS 問い合わせに失敗したため ({status})、結果は分かりません。</translation>
    </message>
    <message>
        <source>More than {limit} DNS lookups are needed (at “{term}” in {domain}). Receivers treat the record as broken.</source>
        <translation>DNS の問い合わせが {limit} 回を超えます ({domain} の「{term}」の時点)。受信側はこのレコードを壊れたものとして扱います。</translation>
    </message>
    <message>
        <source>More than {limit} lookups found nothing (at “{term}” in {domain}). Receivers treat the record as broken.</source>
        <translation>何も見つからない問い合わせが {limit} 回を超えました ({domain} の「{term}」の時点)。受信側はこのレコードを壊れたものとして扱います。</translation>
    </message>
    <message>
        <source>{domain} has {count} SPF records; receivers accept only one.</source>
        <translation>{domain} には SPF レコードが {count} つあります。受信側が受け付けるのは 1 つだけです。</translation>
    </message>
    <message>
        <source>The SPF record of {domain} contains full-width or other non-ASCII characters.</source>
        <translation>{domain} の SPF レコードに全角文字などの ASCII 以外の文字が含まれています。</translation>
    </message>
    <message>
        <source>{domain} is reached again through include or redirect (a loop).</source>
        <translation>include または redirect をたどると、再び {domain} に戻ってしまいます (ループ)。</translation>
    </message>
    <message>
        <source>The SPF record of {domain} has a mistake at “{term}”: {reason}</source>
        <translation>{domain} の SPF レコードの「{term}」に誤りがあります: {reason}</translation>
    </message>
    <message>
        <source>“{term}” in {domain}: there is no SPF record at {target}.</source>
        <translation>{domain} の「{term}」: {target} には SPF レコードがありません。</translation>
    </message>
    <message>
        <source>“{term}” in {domain}: {count} mail server names (MX); the limit is {limit}.</source>
        <translation>{domain} の「{term}」: メールサーバ名 (MX) が {count} 個あります。上限は {limit} 個です。</translation>
    </message>
    <message>
        <source>“{domain}” is not a valid host name, so it has no SPF result.</source>
        <translation>「{domain}」は正しいホスト名ではないため、SPF の結果はありません。</translation>
    </message>
    <message>
        <source>another company&apos;s list of sending servers</source>
        <translation>別の会社が公開している送信サーバの一覧</translation>
    </message>
    <message>
        <source>the address of your own server ({target})</source>
        <translation>自社のサーバのアドレス ({target})</translation>
    </message>
    <message>
        <source>your mail servers (MX) of {target}</source>
        <translation>自社のメールサーバ (MX、{target})</translation>
    </message>
    <message>
        <source>the address of the server {target}</source>
        <translation>サーバ {target} のアドレス</translation>
    </message>
    <message>
        <source>the mail servers (MX) of {target}</source>
        <translation>{target} のメールサーバ (MX)</translation>
    </message>
    <message>
        <source>reverse lookup (obsolete, should not be used)</source>
        <translation>逆引き (古い方式で、使うべきではありません)</translation>
    </message>
    <message>
        <source>a special check (exists)</source>
        <translation>特殊な確認 (exists)</translation>
    </message>
    <message>
        <source>the record of {target}, used instead of this one</source>
        <translation>{target} のレコード (このレコードの代わりに使われます)</translation>
    </message>
    <message>
        <source>Your record needs {total} DNS lookups; at most 10 are allowed, so at least {over} must go. Work through the points below from the top; each says how many lookups it saves.</source>
        <translation>このレコードは DNS の参照が {total} 回必要です。上限は 10 回なので、少なくとも {over} 回分を減らす必要があります。下の項目を上から順に検討してください。それぞれ、減らせる回数を書いています。</translation>
    </message>
    <message>
        <source>Remove “{term}” (lookups saved: {saves}): ptr is obsolete and receivers may ignore it. If a server needs it, list that server&apos;s IP address as ip4: instead.</source>
        <translation>「{term}」を削除してください (減らせる回数: {saves} 回)。ptr は古い方式で、受信側に無視されることがあります。必要なサーバがあれば、代わりにそのサーバの IP アドレスを ip4: で書いてください。</translation>
    </message>
    <message>
        <source>Remove the second “{term}” (lookups saved: {saves}): it is written twice.</source>
        <translation>2 つ目の「{term}」を削除してください (減らせる回数: {saves} 回)。同じものが 2 回書かれています。</translation>
    </message>
    <message>
        <source>Remove “{term}” (lookups saved: {saves}): this service needs no SPF entry.</source>
        <translation>「{term}」を削除してください (減らせる回数: {saves} 回)。このサービスは SPF への記載が不要です。</translation>
    </message>
    <message>
        <source>Replace “{term}” with {addresses} (lookups saved: {saves}): these are the addresses it stands for today. If your server moves to another address, you must update the record yourself, or mail from the new address will fail.</source>
        <translation>「{term}」を {addresses} に置き換えてください (減らせる回数: {saves} 回)。これが現在「{term}」の指しているアドレスです。サーバの IP アドレスが変わったら、ご自身でこのレコードを書き換える必要があります。書き換えないと、新しいアドレスから送ったメールが SPF で不合格になります。</translation>
    </message>
    <message>
        <source>Replace “{term}” with the IP addresses of your own server, written as ip4: (lookups saved: {saves}). If the server moves to another address, update the record.</source>
        <translation>「{term}」を自社のサーバの IP アドレス (ip4: の形) に置き換えてください (減らせる回数: {saves} 回)。サーバの IP アドレスが変わったら、レコードも書き換えてください。</translation>
    </message>
    <message>
        <source>Do you still send mail with {name}? If not, remove “{term}” (lookups saved: {saves}).</source>
        <translation>{name} でメールを送っていますか? もう使っていなければ「{term}」を削除してください (減らせる回数: {saves} 回)。</translation>
    </message>
    <message>
        <source>Do you know which service “{term}” is for, and is it still used? Ask the person who set up your mail. If it is not used any more, remove it (lookups saved: {saves}).</source>
        <translation>「{term}」がどのサービスのためのものか、今も使っているかをご存じですか? メールを設定した方に確認してください。もう使っていなければ削除してください (減らせる回数: {saves} 回)。</translation>
    </message>
    <message>
        <source>You said you no longer use {name}, so the recommended record leaves out “{term}”. Remove it from your published record as well (lookups saved: {saves}).</source>
        <translation>{name} はもう使っていないとのことなので、推奨レコードから「{term}」を除いています。公開しているレコードからも削除してください (減らせる回数: {saves} 回)。</translation>
    </message>
    <message>
        <source>You said “{term}” is no longer used, so the recommended record leaves it out. Remove it from your published record as well (lookups saved: {saves}).</source>
        <translation>「{term}」はもう使っていないとのことなので、推奨レコードから除いています。公開しているレコードからも削除してください (減らせる回数: {saves} 回)。</translation>
    </message>
    <message>
        <source>{name} sends newsletters or bulk mail. If the service lets you send from a subdomain (for example news.{domain}), set that subdomain up with its own SPF record as the service explains, and remove “{term}” here (lookups saved: {saves}).</source>
        <translation>{name} はメールマガジンや一斉配信のサービスです。サブドメイン (例: news.{domain}) から送る設定ができる場合は、サービスの案内に従ってそのサブドメインに専用の SPF レコードを設定し、ここからは「{term}」を削除できます (減らせる回数: {saves} 回)。</translation>
    </message>
    <message>
        <source>Do not replace a service&apos;s include with the IP addresses it lists today (“flattening”): services change their addresses without notice, and your mail from them would then fail SPF.</source>
        <translation>サービスの include を、そのサービスが今公開している IP アドレスに置き換えること (「フラット化」) はしないでください。サービス側は IP アドレスを予告なく変更するため、そのサービスから送ったメールが SPF で不合格になってしまいます。</translation>
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
