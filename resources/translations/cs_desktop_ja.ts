<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccountFormDialog</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新規アカウント</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>アカウントを編集</translation>
    </message>
    <message>
        <source>e.g. Tokyo Tech KK</source>
        <translation>例: 東京テック株式会社</translation>
    </message>
    <message>
        <source>e.g. tokyotech.co.jp</source>
        <translation>例: tokyotech.co.jp</translation>
    </message>
    <message>
        <source>e.g. Manufacturing</source>
        <translation>例: 製造業</translation>
    </message>
    <message>
        <source>The CSM who owns the account</source>
        <translation>このアカウントを担当するCSM</translation>
    </message>
    <message>
        <source>e.g. 120,000</source>
        <translation>例: 120,000</translation>
    </message>
    <message>
        <source>An ISO 4217 code: pick one or type it</source>
        <translation>ISO 4217 の通貨コード: 一覧から選ぶか入力してください</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>契約開始日</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>ティア(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>セグメント(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;ARR:</source>
        <translation>ARR(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>通貨(&amp;C):</translation>
    </message>
    <message>
        <source>Contract s&amp;tart:</source>
        <translation>契約開始日(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Renewal date:</source>
        <translation>更新日(&amp;R):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Create account “%1”</source>
        <translation>アカウント「%1」を作成</translation>
    </message>
    <message>
        <source>Edit account “%1”</source>
        <translation>アカウント「%1」を編集</translation>
    </message>
    <message>
        <source>Look for the account</source>
        <translation>アカウントを検索</translation>
    </message>
    <message>
        <source>Your book may already have this account. Open it, or choose Create anyway.</source>
        <translation>このアカウントはすでに登録されている可能性があります。既存のアカウントを開くか、「このまま作成」を選んでください。</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>「%1」を開く</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（アーカイブ済み）</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>このまま作成</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>「%1」をアーカイブ</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>「%1」をアーカイブから戻す</translation>
    </message>
</context>
<context>
    <name>AccountHeaderBar</name>
    <message>
        <source>Annual recurring revenue</source>
        <translation>年間経常収益</translation>
    </message>
    <message>
        <source>Renewal countdown</source>
        <translation>更新までの日数</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>アカウントを編集</translation>
    </message>
    <message>
        <source>Edit the account&apos;s name, domain, tier, ARR, dates…</source>
        <translation>アカウントの名前、ドメイン、ティア、ARR、日付などを編集…</translation>
    </message>
    <message>
        <source>Archived: not in the portfolio</source>
        <translation>アーカイブ済み: ポートフォリオには表示されません</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>担当 %1</translation>
    </message>
    <message>
        <source>ARR %1</source>
        <translation>ARR %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>the renewal countdown (the renewal date)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>AccountHealthPanel</name>
    <message>
        <source>Account health</source>
        <translation>アカウントのヘルス</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>早期警告</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>ヘルススコア</translation>
    </message>
    <message>
        <source>Health band</source>
        <translation>ヘルス区分</translation>
    </message>
    <message>
        <source>Score trend</source>
        <translation>スコアの推移</translation>
    </message>
    <message>
        <source>Score confidence</source>
        <translation>スコアの信頼度</translation>
    </message>
    <message>
        <source>Missing inputs</source>
        <translation>欠けている入力</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ウェイト</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>構成比</translation>
    </message>
    <message>
        <source>Indicators today</source>
        <translation>本日の指標</translation>
    </message>
    <message>
        <source>Why did it move?</source>
        <translation>なぜ変動したか</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了(&amp;T)</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>スコアの変化</translation>
    </message>
    <message>
        <source>Points then</source>
        <translation>当時のポイント</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>現在のポイント</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>寄与</translation>
    </message>
    <message>
        <source>Contribution of each indicator to the change</source>
        <translation>変化に対する各指標の寄与</translation>
    </message>
    <message>
        <source>Contributions chart</source>
        <translation>寄与のグラフ</translation>
    </message>
    <message>
        <source>Health could not be computed: %1</source>
        <translation>ヘルススコアを計算できませんでした: %1</translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation>根拠: %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; · %3 stage</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; · %3ステージ</translation>
    </message>
    <message>
        <source>Trend: %1 over 30 days · %2 over 90 days</source>
        <translation>推移: 30日間で %1 · 90日間で %2</translation>
    </message>
    <message>
        <source>Missing inputs (not counted as zero; their weight goes to the others): %1</source>
        <translation>欠けている入力（ゼロとしては数えず、そのウェイトは他の指標に配分）: %1</translation>
    </message>
    <message>
        <source>No missing inputs.</source>
        <translation>欠けている入力はありません。</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>（%1 から）</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Early warnings&lt;/b&gt;&lt;ul style=&apos;margin:2px 0 0 -20px&apos;&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;⚠ 早期警告&lt;/b&gt;&lt;ul style=&apos;margin:2px 0 0 -20px&apos;&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Health ⚠ %1</source>
        <translation>ヘルス ⚠ %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No score on %1 or %2: nothing to explain.</source>
        <translation>%1 または %2 のスコアがないため、説明できる変化はありません。</translation>
    </message>
    <message>
        <source>Score %1 on %2 → %3 on %4: &lt;b&gt;%5 points&lt;/b&gt;, split by indicator below.</source>
        <translation>%2 のスコア %1 → %4 の %3: &lt;b&gt;%5 ポイント&lt;/b&gt;（指標ごとの内訳は下表）。</translation>
    </message>
    <message>
        <source>Explain health change</source>
        <translation>ヘルスの変化を説明</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Plan, stakeholders, renewals and risks</source>
        <translation>プラン、関係者、更新、リスク</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>サクセスプラン</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Export account plan…</source>
        <translation>アカウントプランを書き出す…</translation>
    </message>
    <message>
        <source>A PDF of the plan to share with the customer</source>
        <translation>お客様と共有するプランのPDF</translation>
    </message>
    <message>
        <source>Meeting brief…</source>
        <translation>ミーティング準備資料…</translation>
    </message>
    <message>
        <source>One page to read before the next meeting with this account</source>
        <translation>このアカウントとの次の打ち合わせ前に読む1ページ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>接点を削除</translation>
    </message>
    <message>
        <source>Plan written to %1</source>
        <translation>プランを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>アカウントを開く</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>このアカウントはもう存在しません。</translation>
    </message>
    <message>
        <source>The account could not be read:
%1</source>
        <translation>アカウントを読み込めませんでした:
%1</translation>
    </message>
    <message>
        <source>Stakeholders (%1)</source>
        <translation>関係者（%1）</translation>
    </message>
    <message>
        <source>Renewals (%1)</source>
        <translation>更新（%1）</translation>
    </message>
    <message>
        <source>Risks (%1 open)</source>
        <translation>リスク（未解決 %1）</translation>
    </message>
    <message>
        <source>Tasks (%1 open)</source>
        <translation>タスク（未完了 %1）</translation>
    </message>
    <message>
        <source>Find touchpoint</source>
        <translation>接点を探す</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>CS Desktop cannot open the store</source>
        <translation>CS Desktop はデータストアを開けません</translation>
    </message>
</context>
<context>
    <name>AucChart</name>
    <message>
        <source>AUC, 95% interval (0.5 = chance)</source>
        <translation>AUC と95%区間（0.5 = 偶然）</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message numerus="yes">
        <source>%n mail file(s)</source>
        <translation>
            <numerusform>%n 個のメールファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 を取り込み中</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み完了</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s) matched no account and wait in the unmatched list.</source>
        <translation>
            <numerusform>%1: %Ln 件がどのアカウントにも一致せず、未割り当て一覧で待機しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>一覧を表示</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>取り込みを中止しました。何も書き込まれていません</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>何も取り込まれませんでした</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message numerus="yes">
        <source>%1 of %Ln indicator(s), %2 of the weight</source>
        <translation>
            <numerusform>%Ln 指標中 %1 指標、ウェイトの %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Low confidence: the inputs present carry less than %1 of the weight, so the score is never shown green.</source>
        <translation>信頼度低: そろっている入力がウェイトの %1 未満のため、スコアを緑では表示しません。</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>信頼度低</translation>
    </message>
</context>
<context>
    <name>ConflictQueueDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同期の競合</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>未解決の競合</translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation>選択中の競合</translation>
    </message>
    <message>
        <source>Last synced value</source>
        <translation>前回同期時の値</translation>
    </message>
    <message>
        <source>Mine, on this computer</source>
        <translation>このコンピューターの値</translation>
    </message>
    <message>
        <source>Theirs, in the CRM</source>
        <translation>CRM の値</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>前回同期時</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>こちら（このコンピューター）</translation>
    </message>
    <message>
        <source>Theirs (CRM)</source>
        <translation>相手（CRM）</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>こちらを採用(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>CRM を採用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>このコンピューターの値を採用</translation>
    </message>
    <message>
        <source>Keep the CRM&apos;s value</source>
        <translation>CRM の値を採用</translation>
    </message>
    <message>
        <source>Edit the value to keep</source>
        <translation>採用する値を編集</translation>
    </message>
    <message>
        <source>Conflict queue status</source>
        <translation>競合キューの状況</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Read sync conflicts</source>
        <translation>同期の競合を読み込む</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>解決が必要な競合 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts left.</source>
        <translation>競合は残っていません。</translation>
    </message>
    <message>
        <source>Nothing to resolve</source>
        <translation>解決するものはありません</translation>
    </message>
    <message>
        <source>When a sync finds a field changed both here and in the CRM, it waits here.</source>
        <translation>同期で、こちらと CRM の両方で変更された項目が見つかると、ここに表示されます。</translation>
    </message>
    <message>
        <source>This record was deleted on this computer and edited in the CRM since the last sync. Keep it deleted (the next sync deletes it in the CRM too), or restore the CRM&apos;s version (the next sync brings it back here).</source>
        <translation>前回の同期以降、このレコードはこのコンピューターで削除され、CRM で編集されました。削除したままにする（次回の同期で CRM でも削除されます）か、CRM のバージョンを復元する（次回の同期でこちらに戻ってきます）かを選んでください。</translation>
    </message>
    <message>
        <source>This record was edited on this computer and deleted in the CRM since the last sync. Restore it with your edit (the next sync creates it in the CRM again), or keep it deleted (it is deleted here too).</source>
        <translation>前回の同期以降、このレコードはこのコンピューターで編集され、CRM で削除されました。自分の編集内容で復元する（次回の同期で CRM に再作成されます）か、削除したままにする（こちらでも削除されます）かを選んでください。</translation>
    </message>
    <message>
        <source>Both sides changed this note since the last sync. Notes are never merged automatically: keep one version, or Edit… to write the one to keep.</source>
        <translation>前回の同期以降、双方でこのメモが変更されました。メモは自動ではマージされません。どちらかを採用するか、「編集…」で残す内容を書いてください。</translation>
    </message>
    <message>
        <source>Both sides changed this field since the last sync. Which value stays?</source>
        <translation>前回の同期以降、双方でこの項目が変更されました。どちらの値を残しますか？</translation>
    </message>
    <message>
        <source>%1, on both sides</source>
        <translation>%1（双方に存在）</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>Keep it &amp;deleted</source>
        <translation>削除したままにする(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Restore the CRM&apos;s version</source>
        <translation>CRM のバージョンを復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore with my edit</source>
        <translation>自分の編集内容で復元(&amp;R)</translation>
    </message>
    <message>
        <source>kept deleted</source>
        <translation>削除したままにしました</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>復元しました</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>こちらの値を採用しました</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>CRM の値を採用しました</translation>
    </message>
    <message>
        <source>kept the edited value</source>
        <translation>編集した値を採用しました</translation>
    </message>
    <message>
        <source>Resolving a sync conflict</source>
        <translation>同期の競合を解決中</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>契約開始日</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在籍中</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Satisfied with the product</source>
        <translation>製品への満足</translation>
    </message>
    <message>
        <source>Satisfied with the service</source>
        <translation>サービスへの満足</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>顧客の発言</translation>
    </message>
    <message>
        <source>Inferred need</source>
        <translation>推測されるニーズ</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Other attendees</source>
        <translation>その他の参加者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>プレイブック</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期間の開始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期間の終了</translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation>更新前のARR</translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation>更新後のARR</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reason note</source>
        <translation>理由のメモ</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>見込みの結果</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Expected ARR</source>
        <translation>見込みARR</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>合意した相手</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>合意日</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>期間（か月）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標日</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>測定値</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>達成日</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>順番</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Deleted on one side</source>
        <translation>一方で削除</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>接点</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Renewal forecast</source>
        <translation>更新の見込み</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>サクセスプラン</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>プランの目標</translation>
    </message>
    <message>
        <source>Plan milestone</source>
        <translation>プランのマイルストーン</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ContributionChart</name>
    <message>
        <source>points</source>
        <translation>ポイント</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong in CS Desktop.&lt;/b&gt;</source>
        <translation>&lt;b&gt;CS Desktop で問題が発生しました。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The app writes no log file: copy the details before closing this.</source>
        <translation>ログファイルは書き出されません。閉じる前に詳細をコピーしてください。</translation>
    </message>
    <message>
        <source>The details are also in the log file %1.</source>
        <translation>詳細はログファイル %1 にも記録されています。</translation>
    </message>
    <message>
        <source>The app keeps running, but what you were doing may not have finished. Copy the details and send them to support: they hold no passwords or tokens.</source>
        <translation>アプリは動作を続けますが、実行中の操作は完了していない可能性があります。詳細をコピーしてサポートに送ってください（パスワードやトークンは含まれません）。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message numerus="yes">
        <source>%n more unexpected error(s) happened since; the log file has them.</source>
        <translation>
            <numerusform>その後さらに %n 件の予期しないエラーが発生しました。ログファイルに記録されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>CrmSettingsDialog</name>
    <message>
        <source>CRM sync settings</source>
        <translation>CRM 同期の設定</translation>
    </message>
    <message>
        <source>Reading the connection…</source>
        <translation>接続を読み込み中…</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>接続状況</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Local sandbox (crm-sandbox)</source>
        <translation>ローカルのサンドボックス（crm-sandbox）</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>別のアドレス</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Private-app token</source>
        <translation>プライベートアプリのトークン</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth クライアントID</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth クライアントシークレット</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>OAuth リフレッシュトークン</translation>
    </message>
    <message>
        <source>Only to paste one instead of signing in</source>
        <translation>サインインの代わりに貼り付ける場合のみ</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser…</source>
        <translation>ブラウザーでサインイン(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;ancel sign-in</source>
        <translation>サインインを取り消す(&amp;A)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Only when I choose Sync now</source>
        <translation>「今すぐ同期」を選んだときのみ</translation>
    </message>
    <message>
        <source>Sync in the background every</source>
        <translation>バックグラウンドで同期する間隔</translation>
    </message>
    <message>
        <source>&amp;CRM:</source>
        <translation>CRM(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>O&amp;rganization:</source>
        <translation>組織(&amp;R):</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>サインイン方法(&amp;W):</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>トークン(&amp;K):</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアントID(&amp;I):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアントシークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Sign in:</source>
        <translation>サインイン:</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>リフレッシュトークン(&amp;R):</translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation>同期の間隔(&amp;V):</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>キーチェーンに関する警告</translation>
    </message>
    <message>
        <source>&amp;Use the credentials for this session only</source>
        <translation>このセッションの間だけ認証情報を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Read the CRM connection</source>
        <translation>CRM の接続を読み込む</translation>
    </message>
    <message>
        <source>a private-app token</source>
        <translation>プライベートアプリのトークン</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>credentials kept for this session only (no system keychain)</source>
        <translation>認証情報はこのセッションの間だけ保持（システムのキーチェーンなし）</translation>
    </message>
    <message>
        <source>credentials in the system keychain</source>
        <translation>認証情報はシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>&lt;b&gt;but its credentials are not in the keychain&lt;/b&gt; (locked, reset or unavailable): enter them and Connect again</source>
        <translation>&lt;b&gt;ただし認証情報がキーチェーンにありません&lt;/b&gt;（ロック中、リセット済み、または利用不可）。入力して再度接続してください</translation>
    </message>
    <message>
        <source>Connected to %4 at %1 with %2; %3.</source>
        <translation>%1 の %4 に%2で接続中。%3。</translation>
    </message>
    <message>
        <source>At the last sync, %1 of the %2 API requests allowed a day were used.</source>
        <translation>前回の同期の時点で、1 日に許可された %2 件の API リクエストのうち %1 件を使用していました。</translation>
    </message>
    <message>
        <source>Not connected. Everything stays on this computer until you connect a CRM.</source>
        <translation>未接続です。CRM に接続するまで、すべてのデータはこのコンピューターにのみ保存されます。</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>コンシューマーキー(&amp;K):</translation>
    </message>
    <message>
        <source>connected app&apos;s consumer key</source>
        <translation>接続アプリケーションのコンシューマーキー</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your credentials cannot be saved safely.&lt;/b&gt; %1. CS Desktop never writes them to a file; tick the box to keep them in memory until you quit, and connect again next time.</source>
        <translation>&lt;b&gt;認証情報を安全に保存できません。&lt;/b&gt;%1。CS Desktop が認証情報をファイルに書き込むことはありません。チェックを入れると終了するまでメモリ上に保持します。次回は再度接続してください。</translation>
    </message>
    <message>
        <source>Enter the server address (https://…).</source>
        <translation>サーバーのアドレス（https://…）を入力してください。</translation>
    </message>
    <message>
        <source>Enter the private-app token.</source>
        <translation>プライベートアプリのトークンを入力してください。</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>%1を入力してください。</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser</source>
        <translation>ブラウザーでのサインインを待っています</translation>
    </message>
    <message>
        <source>Sign in to %1 in the browser window that opened; CS Desktop waits here. Nothing opened? Check the browser, or paste a refresh token instead.</source>
        <translation>開いたブラウザーのウィンドウで %1 にサインインしてください。CS Desktop はここで待っています。何も開かない場合は、ブラウザーを確認するか、代わりにリフレッシュトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Signed in; connecting…</source>
        <translation>サインインしました。接続しています…</translation>
    </message>
    <message>
        <source>Sign-in cancelled; nothing was saved.</source>
        <translation>サインインを取り消しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Testing the CRM connection</source>
        <translation>CRM の接続をテスト中</translation>
    </message>
    <message>
        <source>Tick “Use the credentials for this session only” to connect anyway.</source>
        <translation>それでも接続するには「このセッションの間だけ認証情報を使う」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>OAuth app (sign in through the browser)</source>
        <translation>OAuth アプリ（ブラウザーでサインイン）</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>システムのキーチェーンに</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>このセッションの間だけ</translation>
    </message>
    <message numerus="yes">
        <source>Connected; credentials kept %1. %Ln change(s) waiting, sent at the next sync.</source>
        <translation>
            <numerusform>接続しました。認証情報は%1保持されます。送信待ちの変更 %Ln 件は次回の同期で送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: the keychain refused the credentials.</source>
        <translation>未接続: キーチェーンが認証情報を受け付けませんでした。</translation>
    </message>
    <message>
        <source>Disconnected; the credentials are forgotten. Changes waiting stay here and are sent if you connect again.</source>
        <translation>切断しました。認証情報は削除されました。送信待ちの変更はこのコンピューターに残り、再接続すると送信されます。</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 – %2</source>
        <comment>a period: its first day, its last day</comment>
        <translation>%1〜%2</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Log “%1”</source>
        <translation>「%1」を記録</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1 に移行</translation>
    </message>
    <message>
        <source>Complete task “%1”</source>
        <translation>タスク「%1」を完了</translation>
    </message>
    <message>
        <source>Reopen task “%1”</source>
        <translation>タスク「%1」を再開</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 を元に戻す</translation>
    </message>
</context>
<context>
    <name>ForecastFormDialog</name>
    <message>
        <source>Forecast the open renewal</source>
        <translation>次回更新の見込みを入力</translation>
    </message>
    <message>
        <source>Edit forecast</source>
        <translation>見込みを編集</translation>
    </message>
    <message>
        <source>ARR today: %1</source>
        <translation>現在の ARR: %1</translation>
    </message>
    <message>
        <source>What the forecast rests on</source>
        <translation>見込みの根拠</translation>
    </message>
    <message>
        <source>&amp;Expected outcome:</source>
        <translation>見込みの結果(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>確度(&amp;P):</translation>
    </message>
    <message>
        <source>Expected &amp;ARR:</source>
        <translation>見込み ARR(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>理由(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Forecast renewal (%1)</source>
        <translation>更新の見込み（%1）</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>HealthFeed</name>
    <message>
        <source>Computing health scores</source>
        <translation>ヘルススコアを計算中</translation>
    </message>
    <message>
        <source>Keep early warnings</source>
        <translation>早期警告を保存</translation>
    </message>
    <message>
        <source>Health scores</source>
        <translation>ヘルススコア</translation>
    </message>
    <message>
        <source>Keep health scores</source>
        <translation>ヘルススコアを保存</translation>
    </message>
    <message>
        <source>Pack health samples</source>
        <translation>ヘルスデータをまとめる</translation>
    </message>
    <message>
        <source>Recompute health</source>
        <translation>ヘルスを再計算</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Importing %1</source>
        <translation>%1 を取り込み中</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 を取り込みました: %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み完了</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported; %Ln cell(s) were changed or allowed on the way in.</source>
        <translation>
            <numerusform>%1 を取り込みました。取り込みの際に %Ln 個のセルを変更または許可しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>取り込みを中止しました。何も書き込まれていません</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); daily samples added %1, updated %2, unchanged %3</source>
        <translation>
            <numerusform>%Ln 行（日ごとのデータ: 追加 %1 件、更新 %2 件、変更なし %3 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>何も取り込まれませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s); fix them and import again. Nothing was written.</source>
        <translation>
            <numerusform>%1 に %Ln 件の問題があります。修正してから再度取り込んでください。何も書き込まれていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) look like accounts already in the store: the same domain, but another record. Nothing was written.

Import them as new accounts anyway?</source>
        <translation>
            <numerusform>%1: %Ln 行が既存のアカウントと重複しているようです（ドメインが同じで別のレコード）。何も書き込まれていません。

それでも新しいアカウントとして取り込みますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>それでも取り込む</translation>
    </message>
</context>
<context>
    <name>KeyPromptDialog</name>
    <message>
        <source>Open the encrypted store</source>
        <translation>暗号化されたデータベースを開く</translation>
    </message>
    <message>
        <source>Recovery key or passphrase</source>
        <translation>回復キーまたはパスフレーズ</translation>
    </message>
    <message>
        <source>Recovery key or &amp;passphrase:</source>
        <translation>回復キーまたはパスフレーズ(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>%1 details</source>
        <translation>%1 の詳細</translation>
    </message>
</context>
<context>
    <name>LocalOnly</name>
    <message>
        <source>Sync with the CRM sends accounts, stakeholders, touchpoints, tasks, renewals and success plans. This stays on this computer only.</source>
        <translation>CRM との同期で送られるのは、アカウント、ステークホルダー、タッチポイント、タスク、更新、サクセスプランです。これはこのコンピューターにのみ残ります。</translation>
    </message>
</context>
<context>
    <name>LossReasonsSection</name>
    <message>
        <source>Why customers left or shrank</source>
        <translation>解約・縮小の理由</translation>
    </message>
    <message>
        <source>Open risks by category</source>
        <translation>カテゴリ別の未解決リスク</translation>
    </message>
    <message>
        <source>Churned and contracted renewals, by reason</source>
        <translation>解約・縮小した更新（理由別）</translation>
    </message>
    <message>
        <source>Open risks (open or being mitigated), by category</source>
        <translation>未解決リスク（未対応・対応中）、カテゴリ別</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>ARR lost (%1)</source>
        <translation>失った ARR（%1）</translation>
    </message>
    <message>
        <source>ARR lost, in %1</source>
        <translation>失った ARR（%1 換算）</translation>
    </message>
    <message>
        <source>No customer left or shrank in this period.</source>
        <translation>この期間に解約・縮小したお客様はいません。</translation>
    </message>
    <message>
        <source>ARR lost is before minus after, in each account&apos;s own currency; not converted into %1: %2.</source>
        <translation>失った ARR は更新前から更新後を引いた額で、各アカウントの通貨で表示しています。%1 には換算していません: %2。</translation>
    </message>
    <message>
        <source>ARR lost is before minus after, in each account&apos;s own currency, and in %1 at the rate of the day each renewal ended: %2 in all.</source>
        <translation>失った ARR は更新前から更新後を引いた額で、各アカウントの通貨と、各更新の終了日のレートで換算した %1 で表示しています。合計 %2。</translation>
    </message>
    <message>
        <source>ARR lost is before minus after, in each account&apos;s own currency.</source>
        <translation>失った ARR は更新前から更新後を引いた額で、各アカウントの通貨で表示しています。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未解決リスク</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CS Desktop — %1</source>
        <translation>CS Desktop — %1</translation>
    </message>
    <message>
        <source>Portfolio and open accounts</source>
        <translation>ポートフォリオと開いているアカウント</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>今日の予定</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation>アカウントをアーカイブ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新規アカウント(&amp;N)…</translation>
    </message>
    <message>
        <source>Import &amp;accounts…</source>
        <translation>アカウントを取り込む(&amp;A)…</translation>
    </message>
    <message>
        <source>Import &amp;touchpoints…</source>
        <translation>接点を取り込む(&amp;T)…</translation>
    </message>
    <message>
        <source>Import &amp;usage data…</source>
        <translation>利用データを取り込む(&amp;U)…</translation>
    </message>
    <message>
        <source>Import &amp;calendar…</source>
        <translation>カレンダーを取り込む(&amp;C)…</translation>
    </message>
    <message>
        <source>Import &amp;mail…</source>
        <translation>メールを取り込む(&amp;M)…</translation>
    </message>
    <message>
        <source>Import a mail &amp;folder…</source>
        <translation>メールフォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <source>Unmatched meetings and mai&amp;ls…</source>
        <translation>未割り当ての会議とメール(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a &amp;sample portfolio</source>
        <translation>サンプルのポートフォリオを開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back up store…</source>
        <translation>データストアをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;plans of the filtered portfolio…</source>
        <translation>絞り込んだポートフォリオのプランを書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Search accounts and notes…</source>
        <translation>アカウントとメモを検索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Filter portfolio</source>
        <translation>ポートフォリオを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>今日の予定(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>ポートフォリオ(&amp;P)</translation>
    </message>
    <message>
        <source>Portfolio &amp;health</source>
        <translation>ポートフォリオのヘルス(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>次のタブ(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious tab</source>
        <translation>前のタブ(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open selected account</source>
        <translation>選択したアカウントを開く(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;dit account…</source>
        <translation>アカウントを編集(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;rchive account</source>
        <translation>アカウントをアーカイブ(&amp;R)</translation>
    </message>
    <message>
        <source>Restore a&amp;rchived account</source>
        <translation>アーカイブしたアカウントを戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Log touchpoint…</source>
        <translation>接点を記録(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export account plan…</source>
        <translation>アカウントプランを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Move to &amp;stage</source>
        <translation>ステージを移行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close account tab</source>
        <translation>アカウントのタブを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同期(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>競合(&amp;C)…</translation>
    </message>
    <message>
        <source>CRM &amp;settings…</source>
        <translation>CRM の設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Exchange rates…</source>
        <translation>為替レート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About CS Desktop</source>
        <translation>CS Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>Load portfolio</source>
        <translation>ポートフォリオを読み込む</translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation>アカウントを更新</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Open or select an account first</source>
        <translation>先にアカウントを開くか選択してください</translation>
    </message>
    <message>
        <source>Archived “%1”: Ctrl+Z brings it back</source>
        <translation>「%1」をアーカイブしました。Ctrl+Z で元に戻せます</translation>
    </message>
    <message>
        <source>Restored “%1”</source>
        <translation>「%1」を戻しました</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>アカウントを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>アーカイブから戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <source>Open an account first</source>
        <translation>先にアカウントを開いてください</translation>
    </message>
    <message>
        <source>Portfolio health</source>
        <translation>ポートフォリオのヘルス</translation>
    </message>
    <message>
        <source>A sync is already running</source>
        <translation>同期はすでに実行中です</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>集計通貨(&amp;R):</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>セキュリティ：</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>再接続が必要</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>前回の同期に失敗</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>同期しました: 送信 %1 件、受信 %2 件</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln new conflict(s)</source>
        <translation>
            <numerusform>%1。新しい競合 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同期: %1</translation>
    </message>
    <message>
        <source>Creating a sample portfolio</source>
        <translation>サンプルのポートフォリオを作成中</translation>
    </message>
    <message>
        <source>Sample portfolio</source>
        <translation>サンプルのポートフォリオ</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>アカウントを取り込む</translation>
    </message>
    <message>
        <source>Import touchpoints</source>
        <translation>接点を取り込む</translation>
    </message>
    <message>
        <source>Import usage data</source>
        <translation>利用データを取り込む</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>表計算ファイル (*.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>カレンダーを取り込む</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>カレンダー (*.ics);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>メールを取り込む</translation>
    </message>
    <message>
        <source>Mails (*.eml *.msg);;All files (*)</source>
        <translation>メール (*.eml *.msg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import a mail folder</source>
        <translation>メールフォルダーを取り込む</translation>
    </message>
    <message>
        <source>Back up store</source>
        <translation>データストアをバックアップ</translation>
    </message>
    <message>
        <source>CS Desktop store (*.sqlite3)</source>
        <translation>CS Desktop のデータストア (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>バックアップ中</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>バックアップを %1 に書き出しました</translation>
    </message>
    <message>
        <source>No accounts match the filter</source>
        <translation>条件に合うアカウントはありません</translation>
    </message>
    <message>
        <source>%1: not done, the store is damaged</source>
        <translation>%1: データストアが破損しているため実行できませんでした</translation>
    </message>
    <message>
        <source>%1: not saved, the store is read-only</source>
        <translation>%1: データストアが読み取り専用のため保存できませんでした</translation>
    </message>
    <message>
        <source>A sync is running: let it finish (or cancel it), then restore.</source>
        <translation>同期を実行中です。同期が終わってから（または中止してから）復元してください。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>About CS Desktop</source>
        <translation>CS Desktop について</translation>
    </message>
    <message>
        <source>CS Desktop %1
Your customer portfolio, offline.
Store: %2</source>
        <translation>CS Desktop %1
お客様のポートフォリオを、オフラインでも。
データストア: %2</translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <source>Record a measurement</source>
        <translation>測定値を記録</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>測定日</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>e.g. 1.8 or 65%</source>
        <translation>例: 1.8 または 65%</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <source>Measurement problem</source>
        <translation>測定値の問題</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>指標(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Measured on</source>
        <translation>測定日(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>値(&amp;V)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <source>Record %1</source>
        <translation>%1 を記録</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 を元に戻す</translation>
    </message>
    <message>
        <source>Record a measurement</source>
        <translation>測定値を記録</translation>
    </message>
</context>
<context>
    <name>MeetingBriefWindow</name>
    <message>
        <source>Meeting brief</source>
        <translation>ミーティング準備資料</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>アカウントを読み込んでいます…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Meeting brief: %1</source>
        <translation>ミーティング準備資料：%1</translation>
    </message>
    <message>
        <source>The brief could not be read: %1</source>
        <translation>準備資料を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Save meeting brief</source>
        <translation>ミーティング準備資料を保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Brief written to %1</source>
        <translation>準備資料を %1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New delivery step</source>
        <translation>新しい導入ステップ</translation>
    </message>
    <message>
        <source>Edit delivery step</source>
        <translation>導入ステップを編集</translation>
    </message>
    <message>
        <source>What we deliver, e.g. Admin training</source>
        <translation>提供する内容（例: 管理者トレーニング）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Who on our side carries it</source>
        <translation>当社側の担当者</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>ステップ(&amp;S):</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>期日(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>完了日(&amp;O):</translation>
    </message>
    <message>
        <source>Add delivery step</source>
        <translation>導入ステップを追加</translation>
    </message>
</context>
<context>
    <name>MyDayModel</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Enter or a double-click folds or unfolds the group</source>
        <translation>Enter キーまたはダブルクリックでグループを折りたたみ／展開します</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (no exchange rate into %2 today)</source>
        <translation>%1（本日の %2 への為替レートなし）</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>&amp;Open account</source>
        <translation>アカウントを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認済みにする(&amp;A)</translation>
    </message>
    <message>
        <source>Take this early warning off My day (Ctrl+D)</source>
        <translation>この早期警告を今日の予定から外します (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>スヌーズ(&amp;S)…</translation>
    </message>
    <message>
        <source>Take this early warning off My day until a day you choose</source>
        <translation>選んだ日までこの早期警告を今日の予定から外します</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>今日の予定</translation>
    </message>
    <message>
        <source>My day — %1</source>
        <translation>今日の予定 — %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>今日対応が必要なものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) across the book; Enter opens the account</source>
        <translation>
            <numerusform>全体で %n 件。Enter キーでアカウントを開きます</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge “%1”</source>
        <translation>「%1」を確認済みにする</translation>
    </message>
    <message>
        <source>Snooze “%1” until %2</source>
        <translation>「%1」を %2 までスヌーズ</translation>
    </message>
    <message>
        <source>Snooze until &amp;tomorrow</source>
        <translation>明日までスヌーズ(&amp;T)</translation>
    </message>
    <message>
        <source>Snooze for a &amp;week</source>
        <translation>1 週間スヌーズ(&amp;W)</translation>
    </message>
    <message>
        <source>Snooze &amp;until…</source>
        <translation>日付を指定してスヌーズ(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>New customer goal</source>
        <translation>お客様の新しい目標</translation>
    </message>
    <message>
        <source>Edit customer goal</source>
        <translation>お客様の目標を編集</translation>
    </message>
    <message>
        <source>What the customer wants to achieve, in their words</source>
        <translation>お客様が達成したいこと（お客様の言葉で）</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%nか月</numerusform>
        </translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標日</translation>
    </message>
    <message>
        <source>How the customer tells it is reached</source>
        <translation>達成をお客様がどう判断するか</translation>
    </message>
    <message>
        <source>The latest value measured</source>
        <translation>最新の測定値</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>達成日</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>測定方法</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>測定値</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目標(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>期間(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状況(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>目標日(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>測定方法(&amp;M):</translation>
    </message>
    <message>
        <source>Measured &amp;value:</source>
        <translation>測定値(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation>達成日(&amp;A):</translation>
    </message>
    <message>
        <source>Add customer goal</source>
        <translation>お客様の目標を追加</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to set a date; untick to leave it empty</source>
        <translation>チェックを入れると日付を設定、外すと空欄のままにします</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt the store with a passphrase</source>
        <translation>パスフレーズでデータベースを暗号化</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>もう一度(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New success plan</source>
        <translation>新しいサクセスプラン</translation>
    </message>
    <message>
        <source>Edit success plan</source>
        <translation>サクセスプランを編集</translation>
    </message>
    <message>
        <source>e.g. Success plan FY2026</source>
        <translation>例: 2026年度サクセスプラン</translation>
    </message>
    <message>
        <source>What the customer wants, and how we get them there</source>
        <translation>お客様が望むことと、そこへ導く方法</translation>
    </message>
    <message>
        <source>Who on the customer&apos;s side agreed</source>
        <translation>お客様側の合意者</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>合意日</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>プランのタイトル</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>合意者</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>概要(&amp;U):</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>合意者(&amp;W):</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>合意日(&amp;O):</translation>
    </message>
    <message>
        <source>Create success plan</source>
        <translation>サクセスプランを作成</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>The customer&apos;s goals (journey A)</source>
        <translation>お客様の目標（ジャーニーA）</translation>
    </message>
    <message>
        <source>Our delivery milestones (journey B)</source>
        <translation>導入・提供のマイルストーン（ジャーニーB）</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>現在のステージ</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>合意した次のステップ</translation>
    </message>
    <message>
        <source>Health score and trajectory</source>
        <translation>ヘルススコアと推移</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未解決のリスク</translation>
    </message>
    <message>
        <source>Renewals and ARR</source>
        <translation>更新と ARR</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Touchpoints with their notes</source>
        <translation>接点とメモ</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完了のタスク</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), as they will be saved</source>
        <translation>
            <numerusform>保存される %Ln ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for %Ln account plan(s)</source>
        <translation>
            <numerusform>アカウントプラン %Ln 件の保存先フォルダー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln account plan(s)</source>
        <translation>
            <numerusform>アカウントプラン %Ln 件を書き出し中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln plan(s) written to %2</source>
        <translation>
            <numerusform>%Ln 件中 %1 件のプランを %2 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1（中止）</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln failed</source>
        <translation>
            <numerusform>%1。%Ln 件失敗</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Export account plan</source>
        <translation>アカウントプランを書き出す</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>プランの言語</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <source>&amp;Customer: nothing internal</source>
        <translation>お客様向け：社内情報なし(&amp;C)</translation>
    </message>
    <message>
        <source>Goals, milestones, stage and agreed next steps; never touchpoint notes, the health score, risks, inferred needs, satisfaction answers or tasks</source>
        <translation>目標、マイルストーン、ステージ、合意した次のステップ。接点のメモ、ヘルススコア、リスク、推測したニーズ、満足度の回答、タスクは含みません</translation>
    </message>
    <message>
        <source>&amp;Internal: everything, for the team</source>
        <translation>社内用：すべて、チーム向け(&amp;I)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>対象：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <source>Preview of the plan</source>
        <translation>プランのプレビュー</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>プレビューを準備しています…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>プレビューできません：%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the plan of %1</source>
        <translation>%1 のプランを書き出し中</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>{path} could not be rendered: Qt refused to draw the PDF. Try again.</source>
        <translation>{path} を作成できませんでした（Qt が PDF を描画できませんでした）。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>PortfolioHealthView</name>
    <message>
        <source>Portfolio health</source>
        <translation>ポートフォリオのヘルス</translation>
    </message>
    <message>
        <source>Outcomes of the renewals in a period</source>
        <translation>期間内の更新結果</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去12か月</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>前四半期</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年初来</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期間の開始日</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期間の終了日</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Period summary</source>
        <translation>期間の概要</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>集計通貨</translation>
    </message>
    <message>
        <source>Logo retention</source>
        <translation>ロゴリテンション</translation>
    </message>
    <message>
        <source>Renewals that kept the customer</source>
        <translation>お客様が継続した更新の割合</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>グロス収益維持率</translation>
    </message>
    <message>
        <source>ARR kept at renewal without expansion: the product and service&apos;s own test</source>
        <translation>拡大分を除いて更新時に維持した ARR。製品とサービスそのものの評価</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>ネット収益維持率</translation>
    </message>
    <message>
        <source>ARR after renewal, expansion included: can hide a weak product or service</source>
        <translation>拡大分を含む更新後の ARR。製品やサービスの弱さが隠れることがあります</translation>
    </message>
    <message>
        <source>Churned ARR</source>
        <translation>解約 ARR</translation>
    </message>
    <message>
        <source>Contracted ARR</source>
        <translation>縮小 ARR</translation>
    </message>
    <message>
        <source>Expansion ARR</source>
        <translation>拡大 ARR</translation>
    </message>
    <message>
        <source>Why customers left or shrank (in the period), and open risks</source>
        <translation>解約・縮小の理由（期間内）と未解決リスク</translation>
    </message>
    <message>
        <source>Churn what-if</source>
        <translation>解約率シミュレーション</translation>
    </message>
    <message>
        <source>Current monthly churn</source>
        <translation>現在の月次解約率</translation>
    </message>
    <message>
        <source>Target monthly churn</source>
        <translation>目標の月次解約率</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年数</translation>
    </message>
    <message>
        <source>New recurring revenue per month</source>
        <translation>月あたりの新規経常収益</translation>
    </message>
    <message>
        <source>&amp;Current churn / month</source>
        <translation>現在の解約率／月(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Target churn / month</source>
        <translation>目標の解約率／月(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>年数(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;New revenue / month</source>
        <translation>新規収益／月(&amp;N)</translation>
    </message>
    <message>
        <source>What-if result</source>
        <translation>シミュレーション結果</translation>
    </message>
    <message>
        <source>Model: each month the existing revenue loses the churn rate of itself (a negative rate is net expansion) and the same new revenue is added. Cutting churn pays off this much only with ongoing new business.</source>
        <translation>モデル: 毎月、既存の収益が解約率の分だけ減り（負の値は純拡大）、同じ額の新規収益が加わります。解約率を下げる効果がここまで大きくなるのは、新規ビジネスが続く場合だけです。</translation>
    </message>
    <message>
        <source>What-if assumption</source>
        <translation>シミュレーションの前提</translation>
    </message>
    <message>
        <source>Projected revenue chart</source>
        <translation>収益予測のグラフ</translation>
    </message>
    <message>
        <source>Successful accounts over time</source>
        <translation>成功アカウント数の推移</translation>
    </message>
    <message>
        <source>Success model definition</source>
        <translation>成功モデルの定義</translation>
    </message>
    <message>
        <source>Successful accounts chart</source>
        <translation>成功アカウントのグラフ</translation>
    </message>
    <message>
        <source>Does the score predict renewal? Indicator validation</source>
        <translation>スコアは更新を予測できるか？ 指標の検証</translation>
    </message>
    <message>
        <source>Computing health scores…</source>
        <translation>ヘルススコアを計算中…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期間の終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Portfolio outcomes</source>
        <translation>ポートフォリオの成果</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>解約の理由</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln renewal(s) kept</source>
        <translation>
            <numerusform>更新 %Ln 件中 %1 件を継続</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals whose period ended %1 to %2, in %3 at the exchange rate of the day each ended.</source>
        <translation>期間が %1〜%2 に終了した更新（各更新の終了日の為替レートで %3 に換算）。</translation>
    </message>
    <message>
        <source>Renewals whose period ended %1 to %2.</source>
        <translation>期間が %1〜%2 に終了した更新。</translation>
    </message>
    <message>
        <source>As recorded: %1</source>
        <translation>元の通貨: %1</translation>
    </message>
    <message>
        <source>of %1 ARR up for renewal</source>
        <translation>更新対象 ARR %1 のうち</translation>
    </message>
    <message>
        <source>%1 ARR after renewal</source>
        <translation>更新後 ARR %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logo(s) churned</source>
        <translation>
            <numerusform>解約 %Ln 社</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln renewal(s) contracted</source>
        <translation>
            <numerusform>縮小した更新 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln renewal(s) expanded</source>
        <translation>
            <numerusform>拡大した更新 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No renewal ended in this period.</source>
        <translation>この期間に終了した更新はありません。</translation>
    </message>
    <message>
        <source>Amounts in %1 · &lt;a href=&apos;rates&apos;&gt;Exchange rates…&lt;/a&gt;</source>
        <translation>金額は %1 で表示 · &lt;a href=&apos;rates&apos;&gt;為替レート…&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>After %n year(s): &lt;b&gt;%2×&lt;/b&gt; the revenue with %3 monthly churn instead of %4 (%5 vs %6 per month).</source>
        <translation>
            <numerusform>%n 年後: 月次解約率が %4 ではなく %3 なら収益は &lt;b&gt;%2 倍&lt;/b&gt;（月あたり %5 対 %6）。</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>recurring revenue / month</source>
        <translation>経常収益／月</translation>
    </message>
    <message>
        <source>recurring revenue / month (%1)</source>
        <translation>経常収益／月（%1）</translation>
    </message>
    <message>
        <source>%1 churn / month</source>
        <translation>解約率 %1／月</translation>
    </message>
    <message>
        <source>Could not compute: %1</source>
        <translation>計算できませんでした: %1</translation>
    </message>
    <message>
        <source>“%1”: in %2, score at least %3 on each of the last %4 days%5. Today: %6 of %7 scored accounts.</source>
        <translation>「%1」: %2 ステージで、直近 %4 日間のスコアが毎日 %3 以上%5。本日: スコアのあるアカウント %7 件中 %6 件。</translation>
    </message>
    <message>
        <source>successful accounts</source>
        <translation>成功アカウント</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>アカウント数</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renews in</source>
        <translation>更新まで</translation>
    </message>
    <message>
        <source>Last touchpoint</source>
        <translation>最終接点</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完了タスク</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>churned</source>
        <translation>解約済み</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no rate)</source>
        <translation>%1（レートなし）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not converted: %1</source>
        <translation>換算できません: %1</translation>
    </message>
    <message>
        <source>%1 = %2 at the %3-&gt;%4 rate of %5 (from %6)</source>
        <translation>%1 = %2（%3-&gt;%4 のレート %5、%6 から適用）</translation>
    </message>
    <message>
        <source>Health is being computed</source>
        <translation>ヘルススコアを計算中です</translation>
    </message>
    <message>
        <source>No health inputs recorded yet</source>
        <translation>ヘルスの入力はまだ記録されていません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Health %1 (%2)</source>
        <translation>ヘルス %1（%2）</translation>
    </message>
    <message>
        <source>Health %1 (%2), %3 in 30 days</source>
        <translation>ヘルス %1（%2）、30日間で %3</translation>
    </message>
    <message>
        <source>Archived: out of the book until restored</source>
        <translation>アーカイブ済み: 戻すまでポートフォリオから外れます</translation>
    </message>
    <message>
        <source>Churned: the contract ended on %1</source>
        <translation>解約済み: 契約は %1 に終了</translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Filter accounts by name or owner…</source>
        <translation>名前または担当者でアカウントを絞り込む…</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>アカウントを絞り込む</translation>
    </message>
    <message>
        <source>Active accounts</source>
        <translation>有効なアカウント</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <source>Churned customers and archived accounts have left the book: shown on request</source>
        <translation>解約したお客様とアーカイブしたアカウントはポートフォリオから外れています（選んだときだけ表示）</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>すべてのステージ</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>ステージで絞り込み</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>すべてのティア</translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation>ティアで絞り込み</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>すべてのヘルス</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Health band filter</source>
        <translation>ヘルス区分で絞り込み</translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation>すべての信頼度</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>信頼度低</translation>
    </message>
    <message>
        <source>Enough data</source>
        <translation>データ十分</translation>
    </message>
    <message>
        <source>Score confidence filter</source>
        <translation>スコアの信頼度で絞り込み</translation>
    </message>
    <message>
        <source>Low confidence: the inputs present carry too little of the scorecard&apos;s weight</source>
        <translation>信頼度低: そろっている入力がスコアカードのウェイトのごく一部しか占めていません</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>担当者で絞り込み</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>該当するアカウント</translation>
    </message>
    <message>
        <source>Total ARR</source>
        <translation>ARR 合計</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln 件のアカウント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%Ln 件中 %1 件のアカウント</numerusform>
        </translation>
    </message>
    <message>
        <source>Total ARR not computed: %1. Add it in Tools → Exchange rates…</source>
        <translation>ARR 合計を計算できません: %1。「ツール → 為替レート…」で追加してください</translation>
    </message>
    <message>
        <source>Total ARR of the accounts shown: %1 (%2, at today&apos;s rates)</source>
        <translation>表示中のアカウントの ARR 合計: %1（%2、本日のレートで換算）</translation>
    </message>
    <message>
        <source>Total ARR of the accounts shown: %1</source>
        <translation>表示中のアカウントの ARR 合計: %1</translation>
    </message>
    <message>
        <source>In the reporting currency, %1; as recorded: %2</source>
        <translation>集計通貨 %1 で換算。元の通貨: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The window changes language at once; open accounts and typed text stay.</source>
        <translation>表示言語はすぐに切り替わります。開いているアカウントや入力中の内容はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>QtHealthChart</name>
    <message>
        <source>Point at the chart to read values</source>
        <translation>グラフにポインターを合わせると値が表示されます</translation>
    </message>
    <message>
        <source>Value under the pointer</source>
        <translation>ポインター位置の値</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Health trajectory chart</source>
        <translation>ヘルス推移のグラフ</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>グラフの凡例</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1年</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>ヘルススコア</translation>
    </message>
    <message>
        <source>Indicator samples (no health score yet)</source>
        <translation>指標データ（ヘルススコア未算出）</translation>
    </message>
    <message>
        <source>Average of indicators</source>
        <translation>指標の平均</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>No health samples recorded yet</source>
        <translation>ヘルスデータはまだありません</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>更新予定</translation>
    </message>
    <message>
        <source>product: %1 / service: %2</source>
        <translation>製品: %1 / サービス: %2</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>%1 未満</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>(each scaled 0 to 100 over its own range)</source>
        <translation>（それぞれの範囲を 0〜100 に換算）</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>満足</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>一部不満</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不満</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>ステージ変更</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>RateFormDialog</name>
    <message>
        <source>Change exchange rate</source>
        <translation>為替レートを変更</translation>
    </message>
    <message>
        <source>Add exchange rate</source>
        <translation>為替レートを追加</translation>
    </message>
    <message>
        <source>The currency converted: an ISO 4217 code</source>
        <translation>換算元の通貨（ISO 4217 コード）</translation>
    </message>
    <message>
        <source>The currency it is converted into</source>
        <translation>換算先の通貨</translation>
    </message>
    <message>
        <source>e.g. 0.0067</source>
        <translation>例: 0.0067</translation>
    </message>
    <message>
        <source>e.g. ECB reference rate</source>
        <translation>例: ECB 参照レート</translation>
    </message>
    <message>
        <source>&amp;From the day:</source>
        <translation>適用開始日(&amp;F):</translation>
    </message>
    <message>
        <source>One &amp;unit of:</source>
        <translation>換算元 1 単位(&amp;U):</translation>
    </message>
    <message>
        <source>Is &amp;worth:</source>
        <translation>相当額(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>換算先の通貨(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>出典(&amp;S):</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>集計通貨(&amp;R):</translation>
    </message>
    <message>
        <source>Totals, retention and ARR sorting are computed in the reporting currency. Each amount is converted with the latest rate of its pair on or before its date (the day a renewal ended; today for current ARR). A rate also converts the other way.</source>
        <translation>合計、維持率、ARR による並べ替えは集計通貨で計算します。各金額は、その日付（更新なら終了日、現在の ARR なら本日）以前で最新の、その通貨ペアのレートで換算します。レートは逆方向の換算にも使われます。</translation>
    </message>
    <message>
        <source>Missing rates</source>
        <translation>不足しているレート</translation>
    </message>
    <message>
        <source>From the day</source>
        <translation>適用開始日</translation>
    </message>
    <message>
        <source>From</source>
        <translation>換算元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>換算先</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Delete rate</source>
        <translation>レートを削除</translation>
    </message>
    <message>
        <source>No exchange rates yet. Add one, or import a CSV file with the columns date, from, to, rate (and optionally source).</source>
        <translation>為替レートはまだありません。追加するか、date、from、to、rate（任意で source）の列がある CSV ファイルを取り込んでください。</translation>
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
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>This computer only: exchange rates are not sent to the CRM.</source>
        <translation>このコンピューターのみ：為替レートは CRM に送られません。</translation>
    </message>
    <message>
        <source>Missing for today&apos;s ARR: %1</source>
        <translation>現在の ARR を換算できません: %1</translation>
    </message>
    <message>
        <source>Delete the %1-&gt;%2 rate of %3</source>
        <translation>%3 の %1-&gt;%2 レートを削除</translation>
    </message>
    <message>
        <source>Deleted: Ctrl+Z brings it back.</source>
        <translation>削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Saved: Ctrl+Z undoes it.</source>
        <translation>保存しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>為替レートを取り込む</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>表計算ファイル (*.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 を取り込み中</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 を取り込み中…</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>%1 を取り込みました: 新規 %2 件、更新 %3 件。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>%1 からは何も取り込まれませんでした。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>何も取り込まれませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s); fix them and import again. Nothing was written.</source>
        <translation>
            <numerusform>%1 に %Ln 件の問題があります。修正してから再度取り込んでください。何も書き込まれていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save the recovery key</source>
        <translation>回復キーを保存</translation>
    </message>
    <message>
        <source>The store is encrypted: its key is in this computer&apos;s keychain. Print this recovery key or save it somewhere other than this computer. Restoring a backup on another computer asks for it, and the keychain is not a backup.</source>
        <translation>データベースは暗号化されています。鍵はこのコンピューターのキーチェーンにあります。この回復キーを印刷するか、このコンピューター以外の場所に保存してください。別のコンピューターでバックアップを復元するときに必要です。キーチェーンはバックアップではありません。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>ファイルに保存(&amp;S)…</translation>
    </message>
    <message>
        <source>cs-desktop-recovery-key.txt</source>
        <translation>cs-desktop-recovery-key.txt</translation>
    </message>
</context>
<context>
    <name>ReminderFeed</name>
    <message>
        <source>CS Desktop</source>
        <translation>CS Desktop</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, and %n more task(s)</source>
        <translation>
            <numerusform>%1 — %2、ほか %n 件のタスク</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalFormDialog</name>
    <message>
        <source>Choose why…</source>
        <translation>理由を選択…</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Close the open renewal</source>
        <translation>次回更新の結果を記録</translation>
    </message>
    <message>
        <source>Add past renewal</source>
        <translation>過去の更新を追加</translation>
    </message>
    <message>
        <source>Edit renewal</source>
        <translation>更新を編集</translation>
    </message>
    <message>
        <source>e.g. 120,000 (%1)</source>
        <translation>例: 120,000（%1）</translation>
    </message>
    <message>
        <source>What happened, in a sentence or two</source>
        <translation>何があったかを1〜2文で</translation>
    </message>
    <message>
        <source>Period &amp;start:</source>
        <translation>期間の開始日(&amp;S):</translation>
    </message>
    <message>
        <source>Period &amp;end:</source>
        <translation>期間の終了日(&amp;E):</translation>
    </message>
    <message>
        <source>ARR &amp;before:</source>
        <translation>更新前 ARR(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <source>ARR &amp;after:</source>
        <translation>更新後 ARR(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>理由(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Record how the open renewal ended. The forecast is cleared and the account&apos;s ARR becomes the ARR after. Ctrl+Z undoes it all.</source>
        <translation>次回更新がどうなったかを記録します。見込みは消去され、アカウントの ARR は更新後 ARR になります。Ctrl+Z ですべて元に戻せます。</translation>
    </message>
    <message>
        <source>Close renewal (%1)</source>
        <translation>更新を確定（%1）</translation>
    </message>
    <message>
        <source>Add renewal (%1)</source>
        <translation>更新を追加（%1）</translation>
    </message>
    <message>
        <source>Edit renewal (%1)</source>
        <translation>更新を編集（%1）</translation>
    </message>
    <message>
        <source>Renewal forecast</source>
        <translation>更新の見込み</translation>
    </message>
    <message>
        <source>Delete renewal %1 to %2</source>
        <translation>%1〜%2 の更新を削除</translation>
    </message>
    <message>
        <source>Clear renewal forecast</source>
        <translation>更新の見込みを消去</translation>
    </message>
</context>
<context>
    <name>RenewalsPanel</name>
    <message>
        <source>No past renewals recorded.
Add the terms that ended, with their outcome.</source>
        <translation>過去の更新は記録されていません。
終了した契約期間を結果とともに追加してください。</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>ARR before → after</source>
        <translation>ARR 更新前 → 更新後</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Delete renewal</source>
        <translation>更新を削除</translation>
    </message>
    <message>
        <source>Open renewal forecast</source>
        <translation>次回更新の見込み</translation>
    </message>
    <message>
        <source>How you expect the open renewal to end</source>
        <translation>次回更新がどうなる見込みか</translation>
    </message>
    <message>
        <source>Close renewal…</source>
        <translation>更新を確定…</translation>
    </message>
    <message>
        <source>Record how the open renewal ended; the forecast is then cleared</source>
        <translation>次回更新の結果を記録します（見込みは消去されます）</translation>
    </message>
    <message>
        <source>Clear forecast</source>
        <translation>見込みを消去</translation>
    </message>
    <message>
        <source>Add past renewal…</source>
        <translation>過去の更新を追加…</translation>
    </message>
    <message>
        <source>Open renewal: no forecast yet.</source>
        <translation>次回更新: 見込みはまだありません。</translation>
    </message>
    <message>
        <source>Forecast…</source>
        <translation>見込み…</translation>
    </message>
    <message>
        <source>Edit forecast…</source>
        <translation>見込みを編集…</translation>
    </message>
    <message>
        <source>Open renewal: %1 expected (%2% likely), %3 ARR, because of: %4</source>
        <translation>次回更新: %1 の見込み（確度 %2%）、ARR %3、理由: %4</translation>
    </message>
    <message>
        <source>Open renewal: %1 expected (%2% likely), %3 ARR</source>
        <translation>次回更新: %1 の見込み（確度 %2%）、ARR %3</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add past renewal…</source>
        <translation>過去の更新を追加(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>ReportingCurrencyField</name>
    <message>
        <source>Reporting currency</source>
        <translation>集計通貨</translation>
    </message>
    <message>
        <source>Totals, retention and ARR sorting are computed in this currency, with the exchange rates of each amount&apos;s date</source>
        <translation>合計、維持率、ARR による並べ替えはこの通貨で計算します（各金額の日付の為替レートを使用）</translation>
    </message>
    <message>
        <source>Automatic: %1, the book&apos;s most common currency</source>
        <translation>自動: %1（ポートフォリオで最も多い通貨）</translation>
    </message>
    <message>
        <source>Amounts show as %1</source>
        <translation>金額の表示例: %1</translation>
    </message>
    <message>
        <source>Set the reporting currency</source>
        <translation>集計通貨を設定</translation>
    </message>
</context>
<context>
    <name>ReportingFeed</name>
    <message>
        <source>Exchange rates</source>
        <translation>為替レート</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Replace the store %1 with a backup. The store as it is now is kept in the backups folder beside it; what changed since the backup is not in the backup. Open accounts close and the undo history is cleared.</source>
        <translation>データストア %1 をバックアップで置き換えます。現在のデータストアは隣のバックアップフォルダーに保存されます。バックアップ以降の変更はバックアップに含まれません。開いているアカウントは閉じ、元に戻す履歴は消去されます。</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自動バックアップ</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>毎日のバックアップ</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>アップグレード前</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No automatic backups of this store yet</source>
        <translation>このデータストアの自動バックアップはまだありません</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>バックアップを選択</translation>
    </message>
    <message>
        <source>CS Desktop store (*.sqlite3);;All files (*)</source>
        <translation>CS Desktop のデータストア (*.sqlite3);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>RiskFormDialog</name>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>リスクを追加</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>リスクを編集</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解決日</translation>
    </message>
    <message>
        <source>What stands in the way, and what is being done</source>
        <translation>何が妨げになっていて、何をしているか</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状況(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation>発見日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation>解決日(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>This computer only: risks are not sent to the CRM.</source>
        <translation>このコンピューターのみ：リスクは CRM に送られません。</translation>
    </message>
    <message>
        <source>Add risk (%1)</source>
        <translation>リスクを追加（%1）</translation>
    </message>
    <message>
        <source>Edit risk (%1)</source>
        <translation>リスクを編集（%1）</translation>
    </message>
    <message>
        <source>Delete risk (%1)</source>
        <translation>リスクを削除（%1）</translation>
    </message>
</context>
<context>
    <name>RisksPanel</name>
    <message>
        <source>No risks recorded.
Note what could stop this customer succeeding: low adoption, a sponsor leaving, a product gap, budget, a competitor.</source>
        <translation>リスクは記録されていません。
このお客様の成功を妨げうること（活用の低迷、推進者の離脱、製品の不足、予算、競合など）を記録してください。</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>発見日</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>リスクを削除</translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation>リスクを追加…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add risk…</source>
        <translation>リスクを追加(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>SatisfactionDelegate</name>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
</context>
<context>
    <name>SatisfactionToggle</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search accounts and notes</source>
        <translation>アカウントとメモを検索</translation>
    </message>
    <message>
        <source>Search names and notes — e.g. onboarding, 導入, &quot;case study&quot;</source>
        <translation>名前とメモを検索 — 例: オンボーディング、導入、&quot;事例&quot;</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>検索語</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>The search text is too long (%1 characters): search for at most %2.</source>
        <translation>検索語が長すぎます（%1 文字）。%2 文字以内で検索してください。</translation>
    </message>
    <message numerus="yes">
        <source>The search text has too many words: search for at most %Ln different word(s).</source>
        <translation>
            <numerusform>検索語の単語が多すぎます。異なる単語は %Ln 個までにしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致するものはありません</translation>
    </message>
    <message>
        <source>Best %1 matches</source>
        <translation>上位 %1 件の一致</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 件一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze early warning</source>
        <translation>早期警告をスヌーズ</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>スヌーズの期限</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>期限(&amp;U):</translation>
    </message>
</context>
<context>
    <name>StageNoteDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>%1 に移行</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3. Why does the stage change?</source>
        <translation>%1 を %2 から %3 に移行します。ステージを変える理由は何ですか？</translation>
    </message>
    <message>
        <source>Reason for the stage change</source>
        <translation>ステージ変更の理由</translation>
    </message>
    <message>
        <source>e.g. Go-live completed; daily use by three teams</source>
        <translation>例: 本番稼働が完了し、3チームが毎日利用</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>ステージを移行</translation>
    </message>
    <message>
        <source>This computer only: the reason is not sent to the CRM (the new stage is).</source>
        <translation>このコンピューターのみ：理由は CRM に送られません（新しいステージは送られます）。</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <source>Lifecycle stage</source>
        <translation>ライフサイクルのステージ</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>ステージ: %1</translation>
    </message>
    <message>
        <source>Move the account to %1…</source>
        <translation>アカウントを %1 に移行…</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>現在のステージ</translation>
    </message>
    <message>
        <source>press to move here</source>
        <translation>押すとこのステージに移行</translation>
    </message>
</context>
<context>
    <name>StakeholderFormDialog</name>
    <message>
        <source>Stakeholder</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>関係者を追加</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>関係者を編集</translation>
    </message>
    <message>
        <source>e.g. Sato Hanako</source>
        <translation>例: 佐藤 花子</translation>
    </message>
    <message>
        <source>e.g. Head of Operations</source>
        <translation>例: 業務部長</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>e.g. +81 3-1234-5678</source>
        <translation>例: +81 3-1234-5678</translation>
    </message>
    <message>
        <source>Still with the customer</source>
        <translation>在籍中</translation>
    </message>
    <message>
        <source>Untick when the person has left; their history stays</source>
        <translation>退職・異動したらチェックを外します（履歴は残ります）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>役職(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P):</translation>
    </message>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>関係者「%1」を追加</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>関係者「%1」を編集</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Reactivate “%1”</source>
        <translation>「%1」を在籍中に戻す</translation>
    </message>
    <message>
        <source>Deactivate “%1”</source>
        <translation>「%1」を離任に設定</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>関係者を削除</translation>
    </message>
    <message>
        <source>Delete “%1” and their place in past touchpoints? Use Deactivate for someone who left the customer. You can undo this with Ctrl+Z.</source>
        <translation>「%1」と、過去の接点での参加記録を削除しますか？ お客様のもとを離れた人には「離任に設定」を使ってください。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Delete stakeholder “%1”</source>
        <translation>関係者「%1」を削除</translation>
    </message>
</context>
<context>
    <name>StakeholdersPanel</name>
    <message>
        <source>No stakeholders recorded.
Add the decision maker and a champion first.</source>
        <translation>関係者は記録されていません。
まず意思決定者と推進者を追加してください。</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Deactivate or delete</source>
        <translation>離任に設定または削除</translation>
    </message>
    <message>
        <source>Add stakeholder…</source>
        <translation>関係者を追加…</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1（離任）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate (left the customer)</source>
        <translation>離任に設定(&amp;D)（お客様のもとを離れた）</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>在籍中に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Add stakeholder…</source>
        <translation>関係者を追加(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Restore last backup…</source>
        <translation>最新のバックアップから復元…</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>バックアップを選択…</translation>
    </message>
    <message>
        <source>This store is damaged</source>
        <translation>このデータストアは破損しています</translation>
    </message>
    <message>
        <source>%1. CS Desktop shows what it can still read and saves no changes. No automatic backup of this store was found: choose a backup file to restore.</source>
        <translation>%1。CS Desktop は読み取れる内容だけを表示し、変更は保存しません。このデータストアの自動バックアップが見つかりません。復元するバックアップファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1. CS Desktop shows what it can still read and saves no changes until a good backup is restored. The last automatic backup is from %2.</source>
        <translation>%1。正常なバックアップを復元するまで、CS Desktop は読み取れる内容だけを表示し、変更は保存しません。最新の自動バックアップは %2 のものです。</translation>
    </message>
    <message>
        <source>This store is read-only</source>
        <translation>このデータストアは読み取り専用です</translation>
    </message>
    <message>
        <source>%1: you can look, search and export plans, but changes cannot be saved. To work in it, copy it to a folder you can write to and open the copy.</source>
        <translation>%1: 閲覧、検索、プランの書き出しはできますが、変更は保存できません。作業するには、書き込めるフォルダーにコピーしてそのコピーを開いてください。</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>データストアが破損しています</translation>
    </message>
    <message>
        <source>The store is read-only</source>
        <translation>データストアは読み取り専用です</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>StoreKeeper</name>
    <message>
        <source>List backups</source>
        <translation>バックアップの一覧を取得</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>毎日のバックアップ</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>毎日のバックアップを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Daily backup not written: %1</source>
        <translation>毎日のバックアップを書き出せませんでした: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Restore the backup of %1? The damaged store is kept in the backups folder; what changed since the backup is not in it.</source>
        <translation>%1 のバックアップを復元しますか？ 破損したデータストアはバックアップフォルダーに保存されます。バックアップ以降の変更は含まれません。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>バックアップを復元中</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 を復元しました</translation>
    </message>
    <message>
        <source>Restored %1; the store it replaced is kept as %2</source>
        <translation>%1 を復元しました。置き換えたデータストアは %2 として保存されています</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>バックアップは復元されませんでした</translation>
    </message>
</context>
<context>
    <name>SuccessPlanPanel</name>
    <message>
        <source>No success plan yet.
Agree with the customer what they want to achieve in 3, 6, 12 and 24 months, and how we get them there.</source>
        <translation>サクセスプランはまだありません。
お客様が3・6・12・24か月後に達成したいことと、そこへ導く方法をお客様と合意しましょう。</translation>
    </message>
    <message>
        <source>&amp;Create success plan…</source>
        <translation>サクセスプランを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit &amp;plan…</source>
        <translation>プランを編集(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>目標を追加(&amp;G)…</translation>
    </message>
    <message>
        <source>Add s&amp;tep…</source>
        <translation>ステップを追加(&amp;T)…</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>上へ移動（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>下へ移動（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>サクセスプラン</translation>
    </message>
    <message>
        <source>Goal or step</source>
        <translation>目標またはステップ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Agreed with %1 on %2</source>
        <translation>%2 に %1 と合意</translation>
    </message>
    <message>
        <source>Agreed with %1</source>
        <translation>%1 と合意</translation>
    </message>
    <message>
        <source>Not agreed with the customer yet</source>
        <translation>お客様とはまだ合意していません</translation>
    </message>
    <message>
        <source>Customer goals (journey A)</source>
        <translation>お客様の目標（ジャーニーA）</translation>
    </message>
    <message>
        <source>No goals recorded</source>
        <translation>目標は記録されていません</translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>%nか月以内</numerusform>
        </translation>
    </message>
    <message>
        <source>Our delivery plan (journey B)</source>
        <translation>当社の導入計画（ジャーニーB）</translation>
    </message>
    <message>
        <source>No milestones recorded</source>
        <translation>マイルストーンは記録されていません</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>%1
Owner: %2</source>
        <translation>%1
担当者: %2</translation>
    </message>
    <message>
        <source>Delete customer goal</source>
        <translation>お客様の目標を削除</translation>
    </message>
    <message>
        <source>Delete delivery step</source>
        <translation>導入ステップを削除</translation>
    </message>
    <message>
        <source>Delete success plan</source>
        <translation>サクセスプランを削除</translation>
    </message>
    <message>
        <source>Move customer goal</source>
        <translation>お客様の目標を移動</translation>
    </message>
    <message>
        <source>Move delivery step</source>
        <translation>導入ステップを移動</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>ステップを完了にする</translation>
    </message>
    <message>
        <source>Reopen step</source>
        <translation>ステップを再開</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>完了にする(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the &amp;whole plan</source>
        <translation>プラン全体を削除(&amp;W)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Count changes waiting to sync</source>
        <translation>同期待ちの変更を数える</translation>
    </message>
    <message>
        <source>Close an interrupted sync</source>
        <translation>中断した同期を終了</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同期の状況</translation>
    </message>
    <message>
        <source>Syncing with the CRM</source>
        <translation>CRM と同期中</translation>
    </message>
    <message>
        <source>changes sent: %1 of %2</source>
        <translation>送信した変更: %1 / %2</translation>
    </message>
    <message>
        <source>pulled notes indexed for search: {count}</source>
        <translation>検索用に索引付けした受信メモ: {count}</translation>
    </message>
    <message>
        <source>waiting for the CRM ({seconds} s)…</source>
        <translation>CRM の応答待ち（{seconds} 秒）…</translation>
    </message>
    <message>
        <source>the CRM answered; syncing…</source>
        <translation>CRM が応答しました。同期中…</translation>
    </message>
    <message>
        <source>companies received: {count}</source>
        <translation>受信した会社: {count}</translation>
    </message>
    <message>
        <source>contacts received: {count}</source>
        <translation>受信したコンタクト: {count}</translation>
    </message>
    <message>
        <source>notes received: {count}</source>
        <translation>受信したメモ: {count}</translation>
    </message>
    <message>
        <source>meetings received: {count}</source>
        <translation>受信した打ち合わせ: {count}</translation>
    </message>
    <message>
        <source>calls received: {count}</source>
        <translation>受信した電話: {count}</translation>
    </message>
    <message>
        <source>emails received: {count}</source>
        <translation>受信したメール: {count}</translation>
    </message>
    <message>
        <source>tasks received: {count}</source>
        <translation>受信したタスク：{count}</translation>
    </message>
    <message>
        <source>renewals received: {count}</source>
        <translation>受信した更新：{count}</translation>
    </message>
    <message>
        <source>renewal forecasts received: {count}</source>
        <translation>受信した更新の見込み：{count}</translation>
    </message>
    <message>
        <source>success plans received: {count}</source>
        <translation>受信したサクセスプラン：{count}</translation>
    </message>
    <message>
        <source>plan goals received: {count}</source>
        <translation>受信したプランの目標：{count}</translation>
    </message>
    <message>
        <source>plan milestones received: {count}</source>
        <translation>受信したプランのマイルストーン：{count}</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 に接続しています</translation>
    </message>
    <message>
        <source>Checking the CRM credentials</source>
        <translation>CRM の認証情報を確認中</translation>
    </message>
    <message>
        <source>Disconnecting the CRM</source>
        <translation>CRM から切断中</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>同期の状況</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>競合 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync conflict(s): open the queue</source>
        <translation>
            <numerusform>同期の競合 %Ln 件: キューを開く</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Not connected to a CRM</source>
        <translation>CRM に未接続</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>送信待ちの変更 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes waiting</source>
        <translation>送信待ちの変更なし</translation>
    </message>
    <message>
        <source>Syncs with %1 at %2.</source>
        <translation>%2 の %1 と同期しています。</translation>
    </message>
    <message>
        <source>At the last sync, %1 of the %2 API requests allowed a day were used.</source>
        <translation>前回の同期の時点で、1 日に許可された %2 件の API リクエストのうち %1 件を使用していました。</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format of an earlier day</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>前回の同期 %1</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>新しいタスク</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>タスクを編集</translation>
    </message>
    <message>
        <source>e.g. Send the rollout plan to the project team</source>
        <translation>例: 展開計画をプロジェクトチームに送る</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>The app reminds you in the system tray while it runs</source>
        <translation>アプリの起動中にシステムトレイでお知らせします</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>タスク(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>期日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Remind me:</source>
        <translation>リマインダー(&amp;R):</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>タスクを追加</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>実行中の処理をキャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>No tasks.
The next steps of a touchpoint become tasks here.</source>
        <translation>タスクはありません。
接点の「次のステップ」がここにタスクとして表示されます。</translation>
    </message>
    <message>
        <source>Tasks; space ticks the selected one</source>
        <translation>タスク（スペースキーで選択したタスクにチェック）</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>タスクを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期日 %1</translation>
    </message>
    <message>
        <source>reminder %1</source>
        <translation>リマインダー %1</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>タスクを削除</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>完了にする(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TouchpointCaptureDialog</name>
    <message>
        <source>Touchpoint</source>
        <translation>接点</translation>
    </message>
    <message>
        <source>Log touchpoint</source>
        <translation>接点を記録</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Fills in the kind, a title and the questions to ask at this kind of meeting</source>
        <translation>この種類の打ち合わせの種類・件名・確認すべき質問を記入します</translation>
    </message>
    <message>
        <source>e.g. Quarterly review with the project team</source>
        <translation>例: プロジェクトチームとの四半期レビュー</translation>
    </message>
    <message>
        <source>What happened, what was decided</source>
        <translation>何があり、何が決まったか</translation>
    </message>
    <message>
        <source>No stakeholders on record</source>
        <translation>関係者は記録されていません</translation>
    </message>
    <message>
        <source>Our team, guests</source>
        <translation>当社メンバー、ゲスト</translation>
    </message>
    <message>
        <source>Satisfied with the product</source>
        <translation>製品に満足しているか</translation>
    </message>
    <message>
        <source>Satisfied with our service</source>
        <translation>当社のサービスに満足しているか</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>お客様の言葉で</translation>
    </message>
    <message>
        <source>What they really need</source>
        <translation>本当に必要としていること</translation>
    </message>
    <message>
        <source>One per line; each becomes a task due in a week</source>
        <translation>1行に1つ。それぞれ期日1週間後のタスクになります</translation>
    </message>
    <message>
        <source>&amp;Internal: never in plans shared with the customer</source>
        <translation>社内用：お客様と共有するプランには載せない(&amp;I)</translation>
    </message>
    <message>
        <source>The customer&apos;s copy of the account plan leaves this touchpoint out: its notes, title and next steps stay with the team. This computer only: the mark is not sent to the CRM.</source>
        <translation>お客様向けのアカウントプランにはこの接点を載せません。メモ、件名、次のステップはチーム内にとどまります。このコンピューターのみ：この印は CRM に送られません。</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>その他の出席者</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>お客様の声</translation>
    </message>
    <message>
        <source>Inferred need</source>
        <translation>本質的なニーズ</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>社内用メモ</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>テンプレート(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>日時(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation>次のステップ(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>参加者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>その他(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>Customer &amp;said:</source>
        <translation>お客様の声(&amp;S):</translation>
    </message>
    <message>
        <source>Inferred n&amp;eed:</source>
        <translation>本質的なニーズ(&amp;E):</translation>
    </message>
    <message>
        <source>A touchpoint needs a title.</source>
        <translation>接点にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>TouchpointEditDialog</name>
    <message>
        <source>Edit touchpoint</source>
        <translation>接点を編集</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>次に何をするか</translation>
    </message>
    <message>
        <source>A touchpoint needs a title.</source>
        <translation>接点にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>TouchpointLog</name>
    <message>
        <source>Touchpoints</source>
        <translation>接点</translation>
    </message>
    <message>
        <source>Show touchpoints of kind</source>
        <translation>表示する接点の種類</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>以前の接点を表示(&amp;O)</translation>
    </message>
    <message>
        <source>Show older touchpoints</source>
        <translation>以前の接点を表示</translation>
    </message>
    <message>
        <source>&amp;Log touchpoint…</source>
        <translation>接点を記録(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a touchpoint (Ctrl+N)</source>
        <translation>接点を記録（Ctrl+N）</translation>
    </message>
    <message>
        <source>Log a touchpoint</source>
        <translation>接点を記録</translation>
    </message>
    <message>
        <source>Touchpoint log</source>
        <translation>接点の記録</translation>
    </message>
    <message>
        <source>Selected touchpoint</source>
        <translation>選択中の接点</translation>
    </message>
    <message>
        <source>Select a touchpoint to read it in full.</source>
        <translation>接点を選択すると全文が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Meeting &amp;brief…</source>
        <translation>ミーティング準備資料(&amp;B)…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 件を表示</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message numerus="yes">
        <source>No touchpoints of this kind among the latest %Ln.</source>
        <translation>
            <numerusform>直近 %Ln 件にこの種類の接点はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>No touchpoints yet.
Press Ctrl+N to log the first one.</source>
        <translation>接点はまだありません。
Ctrl+N で最初の接点を記録しましょう。</translation>
    </message>
    <message>
        <source>Product: %1 · Service: %2</source>
        <translation>製品: %1 · サービス: %2</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Customer said</source>
        <translation>お客様の声</translation>
    </message>
    <message>
        <source>Inferred need</source>
        <translation>本質的なニーズ</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次のステップ</translation>
    </message>
</context>
<context>
    <name>TouchpointTableModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>満足度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1（社内用）</translation>
    </message>
    <message>
        <source>product: %1 / service: %2</source>
        <translation>製品: %1 / サービス: %2</translation>
    </message>
</context>
<context>
    <name>UnmatchedDialog</name>
    <message>
        <source>Unmatched meetings and mails</source>
        <translation>未割り当ての会議とメール</translation>
    </message>
    <message>
        <source>These meetings and mails matched no account (or several equally). Choose the account they belong to and assign them: each becomes a touchpoint of that account. Dismiss what belongs to no customer (an internal meeting): importing it again will not bring it back.</source>
        <translation>これらの会議とメールはどのアカウントにも一致しませんでした（または複数に同じだけ一致しました）。属するアカウントを選んで割り当てると、それぞれがそのアカウントのタッチポイントになります。顧客と関係のないもの（社内会議など）は除外してください。再度取り込んでも一覧に戻りません。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Notes of the selected item</source>
        <translation>選択した項目のメモ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>割り当て(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>除外(&amp;D)…</translation>
    </message>
    <message>
        <source>Nothing waits: every imported meeting and mail has its account.</source>
        <translation>待機中の項目はありません。取り込んだ会議とメールはすべてアカウントに割り当て済みです。</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <source>Choose the account this item belongs to.</source>
        <translation>この項目が属するアカウントを選んでください。</translation>
    </message>
    <message>
        <source>Assign to an account</source>
        <translation>アカウントに割り当て</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>除外</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n item(s)? They belong to no customer and leave the list; importing them again will not bring them back.</source>
        <translation>
            <numerusform>%n 件を除外しますか？顧客と関係のない項目として一覧から外れ、再度取り込んでも戻りません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>割り当てられませんでした: %1</translation>
    </message>
</context>
<context>
    <name>UsageFile</name>
    <message>
        <source>about %1 rows</source>
        <translation>約 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>セミコロン区切り</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>タブ区切り</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>縦棒区切り</translation>
    </message>
</context>
<context>
    <name>UsageImportDialog</name>
    <message>
        <source>Import usage data</source>
        <translation>利用データを取り込む</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>表計算ファイル (*.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み込み中</translation>
    </message>
    <message>
        <source>— choose a column —</source>
        <translation>— 列を選択 —</translation>
    </message>
    <message>
        <source>— none: one column per measure —</source>
        <translation>— なし: 指標値ごとに 1 列 —</translation>
    </message>
    <message>
        <source>As the date column&apos;s header says (now: weekly)</source>
        <translation>日付列の見出しに従う（現在: 週次）</translation>
    </message>
    <message>
        <source>As the date column&apos;s header says (now: daily)</source>
        <translation>日付列の見出しに従う（現在: 日次）</translation>
    </message>
    <message>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指標値</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>%1 (÷)</source>
        <translation>%1（÷）</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>Read as you chose for your last file with these columns.</source>
        <translation>前回この列構成のファイルで選んだとおりに読み込みます。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>取り込みを中止しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 problem in the file.</source>
        <translation>何も取り込まれませんでした: ファイルに 1 件の問題があります。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problems in the file.</source>
        <translation>何も取り込まれませんでした: ファイルに %1 件の問題があります。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
</context>
<context>
    <name>UsageImportView</name>
    <message>
        <source>Import usage data</source>
        <translation>利用データを取り込む</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>別のファイルを選択(&amp;F)…</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>ファイルの先頭行</translation>
    </message>
    <message>
        <source>Start from the suggestions</source>
        <translation>推奨の設定からやり直す</translation>
    </message>
    <message>
        <source>Account column</source>
        <translation>アカウントの列</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>日付の列</translation>
    </message>
    <message>
        <source>Metric column</source>
        <translation>指標値の列</translation>
    </message>
    <message>
        <source>Value column</source>
        <translation>値の列</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Daily: each row is one day</source>
        <translation>日次: 1 行が 1 日分</translation>
    </message>
    <message>
        <source>Weekly: each row&apos;s value holds for the 7 days from its date</source>
        <translation>週次: 各行の値はその日付から 7 日間有効</translation>
    </message>
    <message>
        <source>matched by external id, uid, domain or name</source>
        <translation>外部 ID、uid、ドメイン、名前で照合</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>only for a long file: one row per account, date and metric</source>
        <translation>縦長形式のファイルのみ: アカウント・日付・指標値ごとに 1 行</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指標値(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>指標(&amp;I):</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>取り込みの進行状況</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
</context>
<context>
    <name>UsageMappingTable</name>
    <message>
        <source>Indicators read from the file</source>
        <translation>ファイルから読み込む指標</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標値</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値の例</translation>
    </message>
    <message>
        <source>Feeds indicator</source>
        <translation>反映先の指標</translation>
    </message>
    <message>
        <source>Divided by (for a ratio)</source>
        <translation>割る列（比率の場合）</translation>
    </message>
    <message>
        <source>Indicator fed by %1</source>
        <translation>%1 を反映する指標</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>%1 divided by</source>
        <translation>%1 を割る列</translation>
    </message>
    <message>
        <source>Nothing (the value itself)</source>
        <translation>なし（値をそのまま使用）</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>not enough data</source>
        <translation>データ不足</translation>
    </message>
</context>
<context>
    <name>ValidationSection</name>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95%信頼区間</translation>
    </message>
    <message>
        <source>Renewed / churned</source>
        <translation>更新 / 解約</translation>
    </message>
    <message>
        <source>Current weight</source>
        <translation>現在のウェイト</translation>
    </message>
    <message>
        <source>Suggested weight</source>
        <translation>推奨ウェイト</translation>
    </message>
    <message>
        <source>Indicator validation table</source>
        <translation>指標の検証表</translation>
    </message>
    <message>
        <source>AUC of each indicator with its 95% interval</source>
        <translation>各指標の AUC と95%区間</translation>
    </message>
    <message>
        <source>Score validation summary</source>
        <translation>スコア検証の概要</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln renewal(s) in a class</source>
        <translation>
            <numerusform>いずれかの区分の更新が %Ln 件未満</numerusform>
        </translation>
    </message>
    <message>
        <source>Each indicator read %1 days before the end of each of %2 past renewals and compared between renewed and churned accounts. An AUC of 0.5 is a coin toss, 1.0 a perfect split. &lt;b&gt;Overall score: AUC %3&lt;/b&gt; (95% CI %4; %5 renewed / %6 churned). &lt;b&gt;Suggested weights: AUC %7&lt;/b&gt; (95% CI %8): measured on the same renewals, so optimistic; recheck on later renewals before adopting them.</source>
        <translation>過去 %2 件の更新それぞれについて、期間終了の %1 日前の各指標を読み取り、更新したアカウントと解約したアカウントで比較しました。AUC 0.5 は偶然と同じ、1.0 は完全に判別できることを示します。&lt;b&gt;総合スコア: AUC %3&lt;/b&gt;（95%信頼区間 %4、更新 %5 / 解約 %6）。&lt;b&gt;推奨ウェイト: AUC %7&lt;/b&gt;（95%信頼区間 %8）: 同じ更新で測定しているため楽観的な値です。採用する前に、その後の更新で再確認してください。</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>Edit the value to keep</source>
        <translation>採用する値を編集</translation>
    </message>
    <message>
        <source>The value to keep for %1; the next sync sends it to the CRM.</source>
        <translation>%1 に残す値。次回の同期で CRM に送信されます。</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>残す値</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Turn encryption off?</source>
        <translation>暗号化を解除しますか？</translation>
    </message>
    <message>
        <source>&amp;Encrypt the store on this computer (applied when CS Desktop next starts)</source>
        <translation>このコンピューターのデータベースを暗号化する(&amp;E)（次回の CS Desktop 起動時に適用）</translation>
    </message>
    <message>
        <source>Its key goes to the system keychain; you get a recovery key to keep.</source>
        <translation>鍵はシステムのキーチェーンに保存され、保管用の回復キーが表示されます。</translation>
    </message>
    <message>
        <source>No system keychain is available here: the store is encrypted with a passphrase you type at each start.</source>
        <translation>ここではシステムのキーチェーンを使えません。データベースは起動のたびに入力するパスフレーズで暗号化されます。</translation>
    </message>
    <message>
        <source>Decrypting the store…</source>
        <translation>データベースの暗号化を解除しています…</translation>
    </message>
    <message>
        <source>CS Desktop cannot open the store</source>
        <translation>CS Desktop はデータストアを開けません</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>システムのキーチェーンがありません</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the new store&apos;s key. Encrypt the store with a passphrase you type at each start? Without one, it is a plain file anyone with this disk can read.</source>
        <translation>新しいデータベースの鍵を保管できるシステムのキーチェーンがありません。起動のたびに入力するパスフレーズでデータベースを暗号化しますか？暗号化しない場合、このディスクを手にした人なら誰でも読める普通のファイルになります。</translation>
    </message>
    <message>
        <source>Choose the store&apos;s passphrase (it cannot be recovered).</source>
        <translation>データベースのパスフレーズを決めてください（復元はできません）。</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the store&apos;s key: choose a passphrase instead. You type it at each start; it cannot be recovered.</source>
        <translation>データベースの鍵を保管できるシステムのキーチェーンがありません。代わりにパスフレーズを決めてください。起動のたびに入力します。復元はできません。</translation>
    </message>
    <message>
        <source>Encrypting the store…</source>
        <translation>データベースを暗号化しています…</translation>
    </message>
</context>
<context>
    <name>WarningsFeed</name>
    <message>
        <source>Checking early warnings</source>
        <translation>早期警告を確認中</translation>
    </message>
    <message>
        <source>Running early-warning playbooks</source>
        <translation>早期警告のプレイブックを実行中</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>早期警告</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your portfolio is empty</source>
        <translation>ポートフォリオは空です</translation>
    </message>
    <message>
        <source>Start with a sample portfolio to explore CS Desktop, import your accounts from a HubSpot export, a Salesforce report or any CSV/XLSX file, or add your first account by hand.</source>
        <translation>サンプルのポートフォリオで CS Desktop を試すか、HubSpot のエクスポート、Salesforce のレポート、または任意の CSV/XLSX ファイルからアカウントを取り込むか、最初のアカウントを手動で追加してください。</translation>
    </message>
    <message>
        <source>Open a sample portfolio</source>
        <translation>サンプルのポートフォリオを開く</translation>
    </message>
    <message>
        <source>Import from CSV/XLSX…</source>
        <translation>CSV/XLSX から取り込む…</translation>
    </message>
    <message>
        <source>Import accounts from CSV or XLSX</source>
        <translation>CSV または XLSX からアカウントを取り込む</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新規アカウント…</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>アカウントを作成</translation>
    </message>
</context>
</TS>
