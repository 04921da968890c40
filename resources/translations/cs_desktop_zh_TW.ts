<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AccountFormDialog</name>
    <message>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>編輯客戶</translation>
    </message>
    <message>
        <source>e.g. Tokyo Tech KK</source>
        <translation>例如：東京科技株式會社</translation>
    </message>
    <message>
        <source>e.g. tokyotech.co.jp</source>
        <translation>例如：tokyotech.co.jp</translation>
    </message>
    <message>
        <source>e.g. Manufacturing</source>
        <translation>例如：製造業</translation>
    </message>
    <message>
        <source>The CSM who owns the account</source>
        <translation>負責該客戶的客戶成功經理</translation>
    </message>
    <message>
        <source>e.g. 120,000</source>
        <translation>例如：120,000</translation>
    </message>
    <message>
        <source>An ISO 4217 code: pick one or type it</source>
        <translation>ISO 4217 貨幣代碼：從清單選擇或直接輸入</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合約開始日期</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>續約日期</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>網域(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>等級(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>市場區隔(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;ARR:</source>
        <translation>ARR(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>貨幣(&amp;C)：</translation>
    </message>
    <message>
        <source>Contract s&amp;tart:</source>
        <translation>合約開始日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Renewal date:</source>
        <translation>續約日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Create account “%1”</source>
        <translation>建立客戶「%1」</translation>
    </message>
    <message>
        <source>Edit account “%1”</source>
        <translation>編輯客戶「%1」</translation>
    </message>
    <message>
        <source>Look for the account</source>
        <translation>查詢客戶</translation>
    </message>
    <message>
        <source>Your book may already have this account. Open it, or choose Create anyway.</source>
        <translation>您的客戶組合中可能已有該客戶。請開啟已有客戶，或選擇「仍然建立」。</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>開啟「%1」</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已封存）</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然建立</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>封存「%1」</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>還原「%1」</translation>
    </message>
</context>
<context>
    <name>AccountHeaderBar</name>
    <message>
        <source>Annual recurring revenue</source>
        <translation>年度經常性收入</translation>
    </message>
    <message>
        <source>Renewal countdown</source>
        <translation>續約倒數</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>編輯客戶</translation>
    </message>
    <message>
        <source>Edit the account&apos;s name, domain, tier, ARR, dates…</source>
        <translation>編輯客戶的名稱、網域、等級、ARR、日期等…</translation>
    </message>
    <message>
        <source>Archived: not in the portfolio</source>
        <translation>已封存：不在客戶組合中</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>負責人 %1</translation>
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
        <translation>客戶健康度</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康度分數</translation>
    </message>
    <message>
        <source>Health band</source>
        <translation>健康度區間</translation>
    </message>
    <message>
        <source>Score trend</source>
        <translation>分數趨勢</translation>
    </message>
    <message>
        <source>Score confidence</source>
        <translation>分數可信度</translation>
    </message>
    <message>
        <source>Missing inputs</source>
        <translation>缺失的輸入</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Indicators today</source>
        <translation>今日指標</translation>
    </message>
    <message>
        <source>Why did it move?</source>
        <translation>為什麼會變化？</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>從(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>分數變化</translation>
    </message>
    <message>
        <source>Points then</source>
        <translation>當時得分</translation>
    </message>
    <message>
        <source>Points now</source>
        <translation>目前得分</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <source>Contribution of each indicator to the change</source>
        <translation>各指標對變化的貢獻</translation>
    </message>
    <message>
        <source>Contributions chart</source>
        <translation>貢獻圖</translation>
    </message>
    <message>
        <source>Health could not be computed: %1</source>
        <translation>無法計算健康度：%1</translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation>依據：%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; · %3 stage</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; · %3階段</translation>
    </message>
    <message>
        <source>Trend: %1 over 30 days · %2 over 90 days</source>
        <translation>趨勢：30 天 %1 · 90 天 %2</translation>
    </message>
    <message>
        <source>Missing inputs (not counted as zero; their weight goes to the others): %1</source>
        <translation>缺失的輸入（不按零計算，其權重分配給其他指標）：%1</translation>
    </message>
    <message>
        <source>No missing inputs.</source>
        <translation>沒有缺失的輸入。</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>（自 %1 起）</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Early warnings&lt;/b&gt;&lt;ul style=&apos;margin:2px 0 0 -20px&apos;&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;⚠ 預警&lt;/b&gt;&lt;ul style=&apos;margin:2px 0 0 -20px&apos;&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Health ⚠ %1</source>
        <translation>健康度 ⚠ %1</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>No score on %1 or %2: nothing to explain.</source>
        <translation>%1 或 %2 沒有分數，無可解釋的變化。</translation>
    </message>
    <message>
        <source>Score %1 on %2 → %3 on %4: &lt;b&gt;%5 points&lt;/b&gt;, split by indicator below.</source>
        <translation>%2 的分數 %1 → %4 的 %3：&lt;b&gt;%5 分&lt;/b&gt;，各指標明細見下表。</translation>
    </message>
    <message>
        <source>Explain health change</source>
        <translation>解釋健康度變化</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Plan, stakeholders, renewals and risks</source>
        <translation>計畫、利害關係人、續約和風險</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>成功計畫</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>利害關係人</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>續約</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>風險</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Export account plan…</source>
        <translation>匯出客戶計畫…</translation>
    </message>
    <message>
        <source>A PDF of the plan to share with the customer</source>
        <translation>可與客戶分享的計畫 PDF</translation>
    </message>
    <message>
        <source>Meeting brief…</source>
        <translation>會議簡報…</translation>
    </message>
    <message>
        <source>One page to read before the next meeting with this account</source>
        <translation>與此客戶下次會議前閱讀的一頁簡報</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>刪除接觸點</translation>
    </message>
    <message>
        <source>Plan written to %1</source>
        <translation>計畫已匯出到 %1</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>開啟客戶</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>該客戶已不存在。</translation>
    </message>
    <message>
        <source>The account could not be read:
%1</source>
        <translation>無法讀取該客戶：
%1</translation>
    </message>
    <message>
        <source>Stakeholders (%1)</source>
        <translation>利害關係人（%1）</translation>
    </message>
    <message>
        <source>Renewals (%1)</source>
        <translation>續約（%1）</translation>
    </message>
    <message>
        <source>Risks (%1 open)</source>
        <translation>風險（%1 項未解決）</translation>
    </message>
    <message>
        <source>Tasks (%1 open)</source>
        <translation>任務（%1 項未完成）</translation>
    </message>
    <message>
        <source>Find touchpoint</source>
        <translation>查詢接觸點</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>CS Desktop cannot open the store</source>
        <translation>CS Desktop 無法開啟資料庫</translation>
    </message>
</context>
<context>
    <name>AucChart</name>
    <message>
        <source>AUC, 95% interval (0.5 = chance)</source>
        <translation>AUC 及 95% 區間（0.5 = 隨機）</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message numerus="yes">
        <source>%n mail file(s)</source>
        <translation>
            <numerusform>%n 個郵件檔案</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在匯入 %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入完成</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln item(s) matched no account and wait in the unmatched list.</source>
        <translation>
            <numerusform>%1：%Ln 項未符合任何客戶，已放入未符合清單等待指派。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>顯示清單</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>匯入已取消；未寫入任何內容</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未匯入任何內容</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message numerus="yes">
        <source>%1 of %Ln indicator(s), %2 of the weight</source>
        <translation>
            <numerusform>%Ln 個指標中的 %1 個，佔權重的 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Low confidence: the inputs present carry less than %1 of the weight, so the score is never shown green.</source>
        <translation>可信度低：現有輸入佔權重不足 %1，因此分數不會顯示為綠色。</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>可信度低</translation>
    </message>
</context>
<context>
    <name>ConflictQueueDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步衝突</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>未解決的衝突</translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation>選取的衝突</translation>
    </message>
    <message>
        <source>Last synced value</source>
        <translation>上次同步的值</translation>
    </message>
    <message>
        <source>Mine, on this computer</source>
        <translation>本機的值</translation>
    </message>
    <message>
        <source>Theirs, in the CRM</source>
        <translation>CRM 中的值</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Theirs (CRM)</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留本機的值(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留 CRM 的值(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>保留本機的值</translation>
    </message>
    <message>
        <source>Keep the CRM&apos;s value</source>
        <translation>保留 CRM 的值</translation>
    </message>
    <message>
        <source>Edit the value to keep</source>
        <translation>編輯要保留的值</translation>
    </message>
    <message>
        <source>Conflict queue status</source>
        <translation>衝突佇列狀態</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Read sync conflicts</source>
        <translation>讀取同步衝突</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>有 %Ln 個衝突待解決</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts left.</source>
        <translation>沒有剩餘的衝突。</translation>
    </message>
    <message>
        <source>Nothing to resolve</source>
        <translation>沒有需要解決的內容</translation>
    </message>
    <message>
        <source>When a sync finds a field changed both here and in the CRM, it waits here.</source>
        <translation>同步時若發現某欄位在本機和 CRM 中都被修改，會在此等待處理。</translation>
    </message>
    <message>
        <source>This record was deleted on this computer and edited in the CRM since the last sync. Keep it deleted (the next sync deletes it in the CRM too), or restore the CRM&apos;s version (the next sync brings it back here).</source>
        <translation>自上次同步以來，這筆記錄已在本機刪除，並在 CRM 中被編輯。請保持刪除（下次同步會在 CRM 中也將其刪除），或還原 CRM 中的版本（下次同步會將其取回本機）。</translation>
    </message>
    <message>
        <source>This record was edited on this computer and deleted in the CRM since the last sync. Restore it with your edit (the next sync creates it in the CRM again), or keep it deleted (it is deleted here too).</source>
        <translation>自上次同步以來，這筆記錄已在本機編輯，並在 CRM 中被刪除。請依你的編輯還原（下次同步會在 CRM 中重新建立它），或保持刪除（本機也會將其刪除）。</translation>
    </message>
    <message>
        <source>Both sides changed this note since the last sync. Notes are never merged automatically: keep one version, or Edit… to write the one to keep.</source>
        <translation>自上次同步以來，雙方都修改了這條備註。備註不會自動合併：請保留其中一個版本，或透過「編輯…」寫出要保留的內容。</translation>
    </message>
    <message>
        <source>Both sides changed this field since the last sync. Which value stays?</source>
        <translation>自上次同步以來，雙方都修改了該欄位。保留哪個值？</translation>
    </message>
    <message>
        <source>%1, on both sides</source>
        <translation>%1（雙方皆存在）</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <source>Keep it &amp;deleted</source>
        <translation>保持刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Restore the CRM&apos;s version</source>
        <translation>還原 CRM 中的版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore with my edit</source>
        <translation>依我的編輯還原(&amp;R)</translation>
    </message>
    <message>
        <source>kept deleted</source>
        <translation>已保持刪除</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已還原</translation>
    </message>
    <message>
        <source>kept mine</source>
        <translation>已保留本機的值</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>已保留 CRM 的值</translation>
    </message>
    <message>
        <source>kept the edited value</source>
        <translation>已保留編輯後的值</translation>
    </message>
    <message>
        <source>Resolving a sync conflict</source>
        <translation>正在解決同步衝突</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>網域</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和時間</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>細分市場</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>合約開始日期</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>續約日期</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Satisfied with the product</source>
        <translation>對產品滿意</translation>
    </message>
    <message>
        <source>Satisfied with the service</source>
        <translation>對服務滿意</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>客戶原話</translation>
    </message>
    <message>
        <source>Inferred need</source>
        <translation>推斷的需求</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>後續步驟</translation>
    </message>
    <message>
        <source>Other attendees</source>
        <translation>其他參與者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>行動手冊</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期間開始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期間結束</translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation>續約前 ARR</translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation>續約後 ARR</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason note</source>
        <translation>原因說明</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>預計結果</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>機率</translation>
    </message>
    <message>
        <source>Expected ARR</source>
        <translation>預計 ARR</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>達成共識的對象</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>達成共識日期</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Horizon (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標日期</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量指標</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>測量值</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>達成日期</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計劃</translation>
    </message>
    <message>
        <source>Deleted on one side</source>
        <translation>一方已刪除</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>利害關係人</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>續約</translation>
    </message>
    <message>
        <source>Renewal forecast</source>
        <translation>續約預測</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>成功計劃</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>計劃目標</translation>
    </message>
    <message>
        <source>Plan milestone</source>
        <translation>計劃里程碑</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>關聯</translation>
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
        <translation>分</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外錯誤</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong in CS Desktop.&lt;/b&gt;</source>
        <translation>&lt;b&gt;CS Desktop 出現問題。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The app writes no log file: copy the details before closing this.</source>
        <translation>本應用不寫記錄檔：關閉前請複製詳細資訊。</translation>
    </message>
    <message>
        <source>The details are also in the log file %1.</source>
        <translation>詳細資訊也記錄在記錄檔 %1 中。</translation>
    </message>
    <message>
        <source>The app keeps running, but what you were doing may not have finished. Copy the details and send them to support: they hold no passwords or tokens.</source>
        <translation>應用仍在執行，但您剛才的操作可能未完成。請複製詳細資訊並傳送給支援人員（其中不含密碼或權杖）。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message numerus="yes">
        <source>%n more unexpected error(s) happened since; the log file has them.</source>
        <translation>
            <numerusform>此後又發生了 %n 個意外錯誤，已記錄在記錄檔中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>CrmSettingsDialog</name>
    <message>
        <source>CRM sync settings</source>
        <translation>CRM 同步設定</translation>
    </message>
    <message>
        <source>Reading the connection…</source>
        <translation>正在讀取連線…</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>連線狀態</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Local sandbox (crm-sandbox)</source>
        <translation>本機沙箱（crm-sandbox）</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>其他位址</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>Private-app token</source>
        <translation>私有應用權杖</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>登入方式</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth 用戶端 ID</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth 用戶端金鑰</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>OAuth 重新整理權杖</translation>
    </message>
    <message>
        <source>Only to paste one instead of signing in</source>
        <translation>僅在不登入而改為貼上時填寫</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser…</source>
        <translation>透過瀏覽器登入(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;ancel sign-in</source>
        <translation>取消登入(&amp;A)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Only when I choose Sync now</source>
        <translation>僅在我選擇「立即同步」時</translation>
    </message>
    <message>
        <source>Sync in the background every</source>
        <translation>背景同步間隔</translation>
    </message>
    <message>
        <source>&amp;CRM:</source>
        <translation>CRM(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>位址(&amp;A)：</translation>
    </message>
    <message>
        <source>O&amp;rganization:</source>
        <translation>組織(&amp;R)：</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>登入方式(&amp;W)：</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>權杖(&amp;K)：</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>用戶端 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>用戶端金鑰(&amp;E)：</translation>
    </message>
    <message>
        <source>Sign in:</source>
        <translation>登入：</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>重新整理權杖(&amp;R)：</translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation>同步間隔(&amp;V)：</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>鑰匙圈警告</translation>
    </message>
    <message>
        <source>&amp;Use the credentials for this session only</source>
        <translation>僅在本次工作階段中使用憑證(&amp;U)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>連線(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>中斷連線(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Read the CRM connection</source>
        <translation>讀取 CRM 連線</translation>
    </message>
    <message>
        <source>a private-app token</source>
        <translation>私有應用權杖</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>credentials kept for this session only (no system keychain)</source>
        <translation>憑證僅在本次工作階段中保留（沒有系統鑰匙圈）</translation>
    </message>
    <message>
        <source>credentials in the system keychain</source>
        <translation>憑證儲存在系統鑰匙圈中</translation>
    </message>
    <message>
        <source>&lt;b&gt;but its credentials are not in the keychain&lt;/b&gt; (locked, reset or unavailable): enter them and Connect again</source>
        <translation>&lt;b&gt;但其憑證不在鑰匙圈中&lt;/b&gt;（已鎖定、已重設或不可用）：請輸入憑證並重新連線</translation>
    </message>
    <message>
        <source>Connected to %4 at %1 with %2; %3.</source>
        <translation>已透過%2連線到 %1 的 %4；%3。</translation>
    </message>
    <message>
        <source>At the last sync, %1 of the %2 API requests allowed a day were used.</source>
        <translation>上次同步時，每天允許的 %2 個 API 請求已使用 %1 個。</translation>
    </message>
    <message>
        <source>Not connected. Everything stays on this computer until you connect a CRM.</source>
        <translation>未連線。在連線 CRM 之前，所有資料都只儲存在本機。</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>消費者金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>connected app&apos;s consumer key</source>
        <translation>連線應用程式的消費者金鑰</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your credentials cannot be saved safely.&lt;/b&gt; %1. CS Desktop never writes them to a file; tick the box to keep them in memory until you quit, and connect again next time.</source>
        <translation>&lt;b&gt;無法安全儲存您的憑證。&lt;/b&gt;%1。CS Desktop 從不將憑證寫入檔案；勾選此項可在退出前將其儲存在記憶體中，下次需重新連線。</translation>
    </message>
    <message>
        <source>Enter the server address (https://…).</source>
        <translation>請輸入伺服器位址（https://…）。</translation>
    </message>
    <message>
        <source>Enter the private-app token.</source>
        <translation>請輸入私有應用權杖。</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>請輸入%1。</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser</source>
        <translation>正在等待瀏覽器中的登入</translation>
    </message>
    <message>
        <source>Sign in to %1 in the browser window that opened; CS Desktop waits here. Nothing opened? Check the browser, or paste a refresh token instead.</source>
        <translation>請在開啟的瀏覽器視窗中登入 %1；CS Desktop 在此等待。沒有開啟任何視窗？請檢查瀏覽器，或改為貼上重新整理權杖。</translation>
    </message>
    <message>
        <source>Signed in; connecting…</source>
        <translation>已登入；正在連線…</translation>
    </message>
    <message>
        <source>Sign-in cancelled; nothing was saved.</source>
        <translation>已取消登入；未儲存任何內容。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>Testing the CRM connection</source>
        <translation>正在測試 CRM 連線</translation>
    </message>
    <message>
        <source>Tick “Use the credentials for this session only” to connect anyway.</source>
        <translation>如仍要連線，請勾選「僅在本次工作階段中使用憑證」。</translation>
    </message>
    <message>
        <source>OAuth app (sign in through the browser)</source>
        <translation>OAuth 應用程式（透過瀏覽器登入）</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>在系統鑰匙圈中</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>僅在本次工作階段中</translation>
    </message>
    <message numerus="yes">
        <source>Connected; credentials kept %1. %Ln change(s) waiting, sent at the next sync.</source>
        <translation>
            <numerusform>已連線；憑證%1儲存。%Ln 項變更待傳送，將在下次同步時傳送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: the keychain refused the credentials.</source>
        <translation>未連線：鑰匙圈拒絕了憑證。</translation>
    </message>
    <message>
        <source>Disconnected; the credentials are forgotten. Changes waiting stay here and are sent if you connect again.</source>
        <translation>已中斷連線，憑證已清除。待傳送的變更仍保留在本機，重新連線後會傳送。</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 – %2</source>
        <comment>a period: its first day, its last day</comment>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Log “%1”</source>
        <translation>記錄「%1」</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>移至%1</translation>
    </message>
    <message>
        <source>Complete task “%1”</source>
        <translation>完成任務「%1」</translation>
    </message>
    <message>
        <source>Reopen task “%1”</source>
        <translation>重新開啟任務「%1」</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>復原%1</translation>
    </message>
</context>
<context>
    <name>ForecastFormDialog</name>
    <message>
        <source>Forecast the open renewal</source>
        <translation>預測本期續約</translation>
    </message>
    <message>
        <source>Edit forecast</source>
        <translation>編輯預測</translation>
    </message>
    <message>
        <source>ARR today: %1</source>
        <translation>目前 ARR：%1</translation>
    </message>
    <message>
        <source>What the forecast rests on</source>
        <translation>預測的依據</translation>
    </message>
    <message>
        <source>&amp;Expected outcome:</source>
        <translation>預期結果(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>可能性(&amp;P)：</translation>
    </message>
    <message>
        <source>Expected &amp;ARR:</source>
        <translation>預期 ARR(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Forecast renewal (%1)</source>
        <translation>預測續約（%1）</translation>
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
        <translation>缺失</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
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
        <translation>正在計算健康度分數</translation>
    </message>
    <message>
        <source>Keep early warnings</source>
        <translation>儲存預警</translation>
    </message>
    <message>
        <source>Health scores</source>
        <translation>健康度分數</translation>
    </message>
    <message>
        <source>Keep health scores</source>
        <translation>儲存健康度分數</translation>
    </message>
    <message>
        <source>Pack health samples</source>
        <translation>打包健康度資料</translation>
    </message>
    <message>
        <source>Recompute health</source>
        <translation>重新計算健康度</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Importing %1</source>
        <translation>正在匯入 %1</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>已匯入 %1：%2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported; %Ln cell(s) were changed or allowed on the way in.</source>
        <translation>
            <numerusform>已匯入 %1；匯入時修改或放行了 %Ln 個儲存格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>已取消匯入，未寫入任何內容</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s); daily samples added %1, updated %2, unchanged %3</source>
        <translation>
            <numerusform>%Ln 列（每日資料：新增 %1 筆，更新 %2 筆，未變更 %3 筆）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未匯入任何內容</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s); fix them and import again. Nothing was written.</source>
        <translation>
            <numerusform>%1 有 %Ln 個問題；請修正後重新匯入。未寫入任何內容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) look like accounts already in the store: the same domain, but another record. Nothing was written.

Import them as new accounts anyway?</source>
        <translation>
            <numerusform>%1：有 %Ln 列看起來是已存在的客戶（網域相同，但記錄不同）。未寫入任何內容。

仍要作為新客戶匯入嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>仍然匯入</translation>
    </message>
</context>
<context>
    <name>KeyPromptDialog</name>
    <message>
        <source>Open the encrypted store</source>
        <translation>開啟加密的資料庫</translation>
    </message>
    <message>
        <source>Recovery key or passphrase</source>
        <translation>復原金鑰或密碼短語</translation>
    </message>
    <message>
        <source>Recovery key or &amp;passphrase:</source>
        <translation>復原金鑰或密碼短語(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>%1 details</source>
        <translation>%1詳情</translation>
    </message>
</context>
<context>
    <name>LocalOnly</name>
    <message>
        <source>Sync with the CRM sends accounts, stakeholders, touchpoints, tasks, renewals and success plans. This stays on this computer only.</source>
        <translation>與 CRM 同步會傳送客戶、利害關係人、接觸紀錄、任務、續約和成功計劃。此項僅保留在這台電腦上。</translation>
    </message>
</context>
<context>
    <name>LossReasonsSection</name>
    <message>
        <source>Why customers left or shrank</source>
        <translation>客戶流失或縮減的原因</translation>
    </message>
    <message>
        <source>Open risks by category</source>
        <translation>按類別統計的未解決風險</translation>
    </message>
    <message>
        <source>Churned and contracted renewals, by reason</source>
        <translation>流失和縮減的續約（按原因）</translation>
    </message>
    <message>
        <source>Open risks (open or being mitigated), by category</source>
        <translation>未解決風險（未處理或處理中），按類別</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>縮減</translation>
    </message>
    <message>
        <source>ARR lost (%1)</source>
        <translation>損失的 ARR（%1）</translation>
    </message>
    <message>
        <source>ARR lost, in %1</source>
        <translation>損失的 ARR（換算為 %1）</translation>
    </message>
    <message>
        <source>No customer left or shrank in this period.</source>
        <translation>本期間沒有客戶流失或縮減。</translation>
    </message>
    <message>
        <source>ARR lost is before minus after, in each account&apos;s own currency; not converted into %1: %2.</source>
        <translation>損失的 ARR 為續約前減續約後的金額，按各客戶自己的貨幣計；未換算為 %1：%2。</translation>
    </message>
    <message>
        <source>ARR lost is before minus after, in each account&apos;s own currency, and in %1 at the rate of the day each renewal ended: %2 in all.</source>
        <translation>損失的 ARR 為續約前減續約後的金額，按各客戶自己的貨幣計，並按每次續約結束當日的匯率換算為 %1：合計 %2。</translation>
    </message>
    <message>
        <source>ARR lost is before minus after, in each account&apos;s own currency.</source>
        <translation>損失的 ARR 為續約前減續約後的金額，按各客戶自己的貨幣計。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未解決風險</translation>
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
        <translation>客戶組合和已開啟的客戶</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>客戶組合</translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation>封存客戶</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新增客戶(&amp;N)…</translation>
    </message>
    <message>
        <source>Import &amp;accounts…</source>
        <translation>匯入客戶(&amp;A)…</translation>
    </message>
    <message>
        <source>Import &amp;touchpoints…</source>
        <translation>匯入接觸點(&amp;T)…</translation>
    </message>
    <message>
        <source>Import &amp;usage data…</source>
        <translation>匯入使用資料(&amp;U)…</translation>
    </message>
    <message>
        <source>Import &amp;calendar…</source>
        <translation>匯入行事曆(&amp;C)…</translation>
    </message>
    <message>
        <source>Import &amp;mail…</source>
        <translation>匯入郵件(&amp;M)…</translation>
    </message>
    <message>
        <source>Import a mail &amp;folder…</source>
        <translation>匯入郵件資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>Unmatched meetings and mai&amp;ls…</source>
        <translation>未符合的會議與郵件(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a &amp;sample portfolio</source>
        <translation>開啟範例客戶組合(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back up store…</source>
        <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;plans of the filtered portfolio…</source>
        <translation>匯出篩選後客戶組合的計畫(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Search accounts and notes…</source>
        <translation>搜尋客戶和備註(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Filter portfolio</source>
        <translation>篩選客戶組合(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>我的一天(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>客戶組合(&amp;P)</translation>
    </message>
    <message>
        <source>Portfolio &amp;health</source>
        <translation>客戶組合健康度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一個分頁(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious tab</source>
        <translation>上一個分頁(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>客戶(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open selected account</source>
        <translation>開啟所選客戶(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;dit account…</source>
        <translation>編輯客戶(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;rchive account</source>
        <translation>封存客戶(&amp;R)</translation>
    </message>
    <message>
        <source>Restore a&amp;rchived account</source>
        <translation>還原已封存的客戶(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Log touchpoint…</source>
        <translation>記錄接觸點(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export account plan…</source>
        <translation>匯出客戶計畫(&amp;E)…</translation>
    </message>
    <message>
        <source>Move to &amp;stage</source>
        <translation>移至階段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close account tab</source>
        <translation>關閉客戶分頁(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>衝突(&amp;C)…</translation>
    </message>
    <message>
        <source>CRM &amp;settings…</source>
        <translation>CRM 設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Exchange rates…</source>
        <translation>匯率(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About CS Desktop</source>
        <translation>關於 CS Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Load portfolio</source>
        <translation>載入客戶組合</translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation>重新整理客戶</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Open or select an account first</source>
        <translation>請先開啟或選擇一個客戶</translation>
    </message>
    <message>
        <source>Archived “%1”: Ctrl+Z brings it back</source>
        <translation>已封存「%1」：按 Ctrl+Z 可復原</translation>
    </message>
    <message>
        <source>Restored “%1”</source>
        <translation>已還原「%1」</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>編輯客戶(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>封存(&amp;A)</translation>
    </message>
    <message>
        <source>Open an account first</source>
        <translation>請先開啟一個客戶</translation>
    </message>
    <message>
        <source>Portfolio health</source>
        <translation>客戶組合健康度</translation>
    </message>
    <message>
        <source>A sync is already running</source>
        <translation>同步已在進行中</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>報告貨幣(&amp;R)：</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>安全性：</translation>
    </message>
    <message>
        <source>Connect again</source>
        <translation>需要重新連線</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>上次同步失敗</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received</source>
        <translation>已同步：傳送 %1 筆，接收 %2 筆</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln new conflict(s)</source>
        <translation>
            <numerusform>%1；%Ln 個新衝突</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <source>Creating a sample portfolio</source>
        <translation>正在建立範例客戶組合</translation>
    </message>
    <message>
        <source>Sample portfolio</source>
        <translation>範例客戶組合</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>匯入客戶</translation>
    </message>
    <message>
        <source>Import touchpoints</source>
        <translation>匯入接觸點</translation>
    </message>
    <message>
        <source>Import usage data</source>
        <translation>匯入使用資料</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>試算表 (*.csv *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>匯入行事曆</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>行事曆 (*.ics);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>匯入郵件</translation>
    </message>
    <message>
        <source>Mails (*.eml *.msg);;All files (*)</source>
        <translation>郵件 (*.eml *.msg);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import a mail folder</source>
        <translation>匯入郵件資料夾</translation>
    </message>
    <message>
        <source>Back up store</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>CS Desktop store (*.sqlite3)</source>
        <translation>CS Desktop 資料庫 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在備份</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>備份已寫入 %1</translation>
    </message>
    <message>
        <source>No accounts match the filter</source>
        <translation>沒有符合篩選條件的客戶</translation>
    </message>
    <message>
        <source>%1: not done, the store is damaged</source>
        <translation>%1：未完成，資料庫已損壞</translation>
    </message>
    <message>
        <source>%1: not saved, the store is read-only</source>
        <translation>%1：未儲存，資料庫為唯讀</translation>
    </message>
    <message>
        <source>A sync is running: let it finish (or cancel it), then restore.</source>
        <translation>同步正在進行：請等待其完成（或取消）後再還原。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>About CS Desktop</source>
        <translation>關於 CS Desktop</translation>
    </message>
    <message>
        <source>CS Desktop %1
Your customer portfolio, offline.
Store: %2</source>
        <translation>CS Desktop %1
您的客戶組合，離線也能用。
資料庫：%2</translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <source>Record a measurement</source>
        <translation>記錄測量值</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>測量日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>e.g. 1.8 or 65%</source>
        <translation>例如：1.8 或 65%</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <source>Measurement problem</source>
        <translation>測量值問題</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>指標(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Measured on</source>
        <translation>測量日期(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>值(&amp;V)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <source>Record %1</source>
        <translation>記錄%1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>復原%1</translation>
    </message>
    <message>
        <source>Record a measurement</source>
        <translation>記錄測量值</translation>
    </message>
</context>
<context>
    <name>MeetingBriefWindow</name>
    <message>
        <source>Meeting brief</source>
        <translation>會議簡報</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>正在讀取客戶…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Meeting brief: %1</source>
        <translation>會議簡報：%1</translation>
    </message>
    <message>
        <source>The brief could not be read: %1</source>
        <translation>無法讀取簡報：%1</translation>
    </message>
    <message>
        <source>Save meeting brief</source>
        <translation>儲存會議簡報</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Brief written to %1</source>
        <translation>簡報已寫入 %1</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>New delivery step</source>
        <translation>新增交付步驟</translation>
    </message>
    <message>
        <source>Edit delivery step</source>
        <translation>編輯交付步驟</translation>
    </message>
    <message>
        <source>What we deliver, e.g. Admin training</source>
        <translation>交付的內容，例如：管理員培訓</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Who on our side carries it</source>
        <translation>我方負責人</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>步驟(&amp;S)：</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>完成日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Add delivery step</source>
        <translation>新增交付步驟</translation>
    </message>
</context>
<context>
    <name>MyDayModel</name>
    <message>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
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
        <translation>按 Enter 或按兩下摺疊或展開該組</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>%1 (no exchange rate into %2 today)</source>
        <translation>%1（今天沒有換算為 %2 的匯率）</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>&amp;Open account</source>
        <translation>開啟客戶(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認(&amp;A)</translation>
    </message>
    <message>
        <source>Take this early warning off My day (Ctrl+D)</source>
        <translation>將此預警從我的一天中移除 (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>暫緩(&amp;S)…</translation>
    </message>
    <message>
        <source>Take this early warning off My day until a day you choose</source>
        <translation>在你選擇的日期之前將此預警從我的一天中移除</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <source>My day — %1</source>
        <translation>我的一天 — %1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>今天沒有需要你處理的事項。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) across the book; Enter opens the account</source>
        <translation>
            <numerusform>整個客戶組合共 %n 項；按 Enter 開啟客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge “%1”</source>
        <translation>確認「%1」</translation>
    </message>
    <message>
        <source>Snooze “%1” until %2</source>
        <translation>將「%1」暫緩至 %2</translation>
    </message>
    <message>
        <source>Snooze until &amp;tomorrow</source>
        <translation>暫緩到明天(&amp;T)</translation>
    </message>
    <message>
        <source>Snooze for a &amp;week</source>
        <translation>暫緩一週(&amp;W)</translation>
    </message>
    <message>
        <source>Snooze &amp;until…</source>
        <translation>暫緩至指定日期(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>New customer goal</source>
        <translation>新增客戶目標</translation>
    </message>
    <message>
        <source>Edit customer goal</source>
        <translation>編輯客戶目標</translation>
    </message>
    <message>
        <source>What the customer wants to achieve, in their words</source>
        <translation>客戶想要達成的目標（用客戶的原話）</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 個月</numerusform>
        </translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目標日期</translation>
    </message>
    <message>
        <source>How the customer tells it is reached</source>
        <translation>客戶如何判斷已達成</translation>
    </message>
    <message>
        <source>The latest value measured</source>
        <translation>最新測量值</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>達成日期</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量方式</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>測量值</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目標(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>期限(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>目標日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>衡量方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Measured &amp;value:</source>
        <translation>測量值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation>達成日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Add customer goal</source>
        <translation>新增客戶目標</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to set a date; untick to leave it empty</source>
        <translation>勾選以設定日期；取消勾選則留空</translation>
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
        <translation>用密碼短語加密資料庫</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次輸入(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New success plan</source>
        <translation>新增成功計畫</translation>
    </message>
    <message>
        <source>Edit success plan</source>
        <translation>編輯成功計畫</translation>
    </message>
    <message>
        <source>e.g. Success plan FY2026</source>
        <translation>例如：2026 財年成功計畫</translation>
    </message>
    <message>
        <source>What the customer wants, and how we get them there</source>
        <translation>客戶想要什麼，以及我們如何幫助他們實現</translation>
    </message>
    <message>
        <source>Who on the customer&apos;s side agreed</source>
        <translation>客戶方的認可人</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>認可日期</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>計畫標題</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>認可人</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <source>Agreed &amp;with:</source>
        <translation>認可人(&amp;W)：</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>認可日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Create success plan</source>
        <translation>建立成功計畫</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>The customer&apos;s goals (journey A)</source>
        <translation>客戶的目標（旅程 A）</translation>
    </message>
    <message>
        <source>Our delivery milestones (journey B)</source>
        <translation>我們的交付里程碑（旅程 B）</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>目前階段</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>商定的後續步驟</translation>
    </message>
    <message>
        <source>Health score and trajectory</source>
        <translation>健康度分數與趨勢</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未解決的風險</translation>
    </message>
    <message>
        <source>Renewals and ARR</source>
        <translation>續約與 ARR</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>利害關係人</translation>
    </message>
    <message>
        <source>Touchpoints with their notes</source>
        <translation>接觸點及其備註</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>待辦任務</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), as they will be saved</source>
        <translation>
            <numerusform>將儲存的 %Ln 頁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder for %Ln account plan(s)</source>
        <translation>
            <numerusform>%Ln 份客戶計畫的儲存資料夾</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln account plan(s)</source>
        <translation>
            <numerusform>正在匯出 %Ln 份客戶計畫</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln plan(s) written to %2</source>
        <translation>
            <numerusform>%Ln 份計畫中已有 %1 份匯出到 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1（已取消）</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln failed</source>
        <translation>
            <numerusform>%1；%Ln 份失敗</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Export account plan</source>
        <translation>匯出客戶計畫</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>計畫語言</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>紙張大小</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Customer: nothing internal</source>
        <translation>客戶版：不含內部資訊(&amp;C)</translation>
    </message>
    <message>
        <source>Goals, milestones, stage and agreed next steps; never touchpoint notes, the health score, risks, inferred needs, satisfaction answers or tasks</source>
        <translation>目標、里程碑、階段和商定的後續步驟；絕不包含接觸點備註、健康度分數、風險、推斷的需求、滿意度回答或任務</translation>
    </message>
    <message>
        <source>&amp;Internal: everything, for the team</source>
        <translation>內部版：全部內容，供團隊使用(&amp;I)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章節</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>儲存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>對象：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>紙張(&amp;P)：</translation>
    </message>
    <message>
        <source>Preview of the plan</source>
        <translation>計畫預覽</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在準備預覽…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>無法預覽：%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the plan of %1</source>
        <translation>正在匯出 %1 的計畫</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>{path} could not be rendered: Qt refused to draw the PDF. Try again.</source>
        <translation>無法產生 {path}：Qt 無法繪製該 PDF。請重試。</translation>
    </message>
</context>
<context>
    <name>PortfolioHealthView</name>
    <message>
        <source>Portfolio health</source>
        <translation>客戶組合健康度</translation>
    </message>
    <message>
        <source>Outcomes of the renewals in a period</source>
        <translation>期間內的續約結果</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去 12 個月</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上個季度</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>今年至今</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期間開始日期</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期間結束日期</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Period summary</source>
        <translation>期間摘要</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>報告貨幣</translation>
    </message>
    <message>
        <source>Logo retention</source>
        <translation>客戶留存率</translation>
    </message>
    <message>
        <source>Renewals that kept the customer</source>
        <translation>留住客戶的續約比例</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>總收入留存率</translation>
    </message>
    <message>
        <source>ARR kept at renewal without expansion: the product and service&apos;s own test</source>
        <translation>續約時保留的 ARR（不含擴充）：檢驗產品和服務本身</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>淨收入留存率</translation>
    </message>
    <message>
        <source>ARR after renewal, expansion included: can hide a weak product or service</source>
        <translation>續約後的 ARR（含擴充）：可能掩蓋產品或服務的不足</translation>
    </message>
    <message>
        <source>Churned ARR</source>
        <translation>流失 ARR</translation>
    </message>
    <message>
        <source>Contracted ARR</source>
        <translation>縮減 ARR</translation>
    </message>
    <message>
        <source>Expansion ARR</source>
        <translation>擴充 ARR</translation>
    </message>
    <message>
        <source>Why customers left or shrank (in the period), and open risks</source>
        <translation>客戶流失或縮減的原因（期間內）及未解決風險</translation>
    </message>
    <message>
        <source>Churn what-if</source>
        <translation>流失率模擬</translation>
    </message>
    <message>
        <source>Current monthly churn</source>
        <translation>目前月流失率</translation>
    </message>
    <message>
        <source>Target monthly churn</source>
        <translation>目標月流失率</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年數</translation>
    </message>
    <message>
        <source>New recurring revenue per month</source>
        <translation>每月新增經常性收入</translation>
    </message>
    <message>
        <source>&amp;Current churn / month</source>
        <translation>目前流失率／月(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Target churn / month</source>
        <translation>目標流失率／月(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Years</source>
        <translation>年數(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;New revenue / month</source>
        <translation>新增收入／月(&amp;N)</translation>
    </message>
    <message>
        <source>What-if result</source>
        <translation>模擬結果</translation>
    </message>
    <message>
        <source>Model: each month the existing revenue loses the churn rate of itself (a negative rate is net expansion) and the same new revenue is added. Cutting churn pays off this much only with ongoing new business.</source>
        <translation>模型：每月現有收入按流失率減少（負值表示淨擴充），並增加相同的新增收入。只有在持續獲得新業務時，降低流失率才會有這麼大的回報。</translation>
    </message>
    <message>
        <source>What-if assumption</source>
        <translation>模擬假設</translation>
    </message>
    <message>
        <source>Projected revenue chart</source>
        <translation>收入預測圖</translation>
    </message>
    <message>
        <source>Successful accounts over time</source>
        <translation>成功客戶數隨時間變化</translation>
    </message>
    <message>
        <source>Success model definition</source>
        <translation>成功模型定義</translation>
    </message>
    <message>
        <source>Successful accounts chart</source>
        <translation>成功客戶圖</translation>
    </message>
    <message>
        <source>Does the score predict renewal? Indicator validation</source>
        <translation>分數能預測續約嗎？指標驗證</translation>
    </message>
    <message>
        <source>Computing health scores…</source>
        <translation>正在計算健康度分數…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期間的結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>Portfolio outcomes</source>
        <translation>客戶組合成果</translation>
    </message>
    <message>
        <source>Why customers left</source>
        <translation>客戶流失原因</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln renewal(s) kept</source>
        <translation>
            <numerusform>%Ln 次續約中留住 %1 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals whose period ended %1 to %2, in %3 at the exchange rate of the day each ended.</source>
        <translation>期間於 %1 至 %2 結束的續約，按各自結束當日的匯率換算為 %3。</translation>
    </message>
    <message>
        <source>Renewals whose period ended %1 to %2.</source>
        <translation>期間於 %1 至 %2 結束的續約。</translation>
    </message>
    <message>
        <source>As recorded: %1</source>
        <translation>原幣金額：%1</translation>
    </message>
    <message>
        <source>of %1 ARR up for renewal</source>
        <translation>待續約 ARR %1 中</translation>
    </message>
    <message>
        <source>%1 ARR after renewal</source>
        <translation>續約後 ARR %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logo(s) churned</source>
        <translation>
            <numerusform>流失 %Ln 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln renewal(s) contracted</source>
        <translation>
            <numerusform>%Ln 次續約縮減</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln renewal(s) expanded</source>
        <translation>
            <numerusform>%Ln 次續約擴充</numerusform>
        </translation>
    </message>
    <message>
        <source>No renewal ended in this period.</source>
        <translation>本期間沒有結束的續約。</translation>
    </message>
    <message>
        <source>Amounts in %1 · &lt;a href=&apos;rates&apos;&gt;Exchange rates…&lt;/a&gt;</source>
        <translation>金額以 %1 計 · &lt;a href=&apos;rates&apos;&gt;匯率…&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>After %n year(s): &lt;b&gt;%2×&lt;/b&gt; the revenue with %3 monthly churn instead of %4 (%5 vs %6 per month).</source>
        <translation>
            <numerusform>%n 年後：月流失率為 %3 而非 %4 時，收入為 &lt;b&gt;%2 倍&lt;/b&gt;（每月 %5 對 %6）。</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>recurring revenue / month</source>
        <translation>經常性收入／月</translation>
    </message>
    <message>
        <source>recurring revenue / month (%1)</source>
        <translation>經常性收入／月（%1）</translation>
    </message>
    <message>
        <source>%1 churn / month</source>
        <translation>流失率 %1／月</translation>
    </message>
    <message>
        <source>Could not compute: %1</source>
        <translation>無法計算：%1</translation>
    </message>
    <message>
        <source>“%1”: in %2, score at least %3 on each of the last %4 days%5. Today: %6 of %7 scored accounts.</source>
        <translation>「%1」：處於%2階段，最近 %4 天每天分數不低於 %3%5。今天：%7 個有分數的客戶中有 %6 個。</translation>
    </message>
    <message>
        <source>successful accounts</source>
        <translation>成功客戶</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客戶數</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renews in</source>
        <translation>距續約</translation>
    </message>
    <message>
        <source>Last touchpoint</source>
        <translation>最近接觸點</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完成任務</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>churned</source>
        <translation>已流失</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no rate)</source>
        <translation>%1（無匯率）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not converted: %1</source>
        <translation>未換算：%1</translation>
    </message>
    <message>
        <source>%1 = %2 at the %3-&gt;%4 rate of %5 (from %6)</source>
        <translation>%1 = %2（%3-&gt;%4 匯率 %5，自 %6 起適用）</translation>
    </message>
    <message>
        <source>Health is being computed</source>
        <translation>正在計算健康度</translation>
    </message>
    <message>
        <source>No health inputs recorded yet</source>
        <translation>尚未記錄健康度輸入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Health %1 (%2)</source>
        <translation>健康度 %1（%2）</translation>
    </message>
    <message>
        <source>Health %1 (%2), %3 in 30 days</source>
        <translation>健康度 %1（%2），30 天內 %3</translation>
    </message>
    <message>
        <source>Archived: out of the book until restored</source>
        <translation>已封存：還原前不在客戶組合中</translation>
    </message>
    <message>
        <source>Churned: the contract ended on %1</source>
        <translation>已流失：合約於 %1 結束</translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation>%1 續約</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Filter accounts by name or owner…</source>
        <translation>按名稱或負責人篩選客戶…</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>篩選客戶</translation>
    </message>
    <message>
        <source>Active accounts</source>
        <translation>活躍客戶</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有客戶</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <source>Churned customers and archived accounts have left the book: shown on request</source>
        <translation>已流失的客戶和已封存的客戶不在客戶組合中：選擇後才顯示</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有階段</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>階段篩選</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有等級</translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation>等級篩選</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>任意健康度</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>Health band filter</source>
        <translation>健康度區間篩選</translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation>任意可信度</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>可信度低</translation>
    </message>
    <message>
        <source>Enough data</source>
        <translation>資料充足</translation>
    </message>
    <message>
        <source>Score confidence filter</source>
        <translation>分數可信度篩選</translation>
    </message>
    <message>
        <source>Low confidence: the inputs present carry too little of the scorecard&apos;s weight</source>
        <translation>可信度低：現有輸入在評分卡權重中佔比過低</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有負責人</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>負責人篩選</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>符合條件的客戶</translation>
    </message>
    <message>
        <source>Total ARR</source>
        <translation>ARR 總額</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客戶</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%Ln 個客戶中的 %1 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Total ARR not computed: %1. Add it in Tools → Exchange rates…</source>
        <translation>ARR 總額未計算：%1。請在「工具 → 匯率…」中新增</translation>
    </message>
    <message>
        <source>Total ARR of the accounts shown: %1 (%2, at today&apos;s rates)</source>
        <translation>所顯示客戶的 ARR 總額：%1（%2，按今日匯率換算）</translation>
    </message>
    <message>
        <source>Total ARR of the accounts shown: %1</source>
        <translation>所顯示客戶的 ARR 總額：%1</translation>
    </message>
    <message>
        <source>In the reporting currency, %1; as recorded: %2</source>
        <translation>以報告貨幣 %1 計；原幣金額：%2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系統預設（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>The window changes language at once; open accounts and typed text stay.</source>
        <translation>介面語言會立即切換；已開啟的客戶和輸入的內容都會保留。</translation>
    </message>
</context>
<context>
    <name>QtHealthChart</name>
    <message>
        <source>Point at the chart to read values</source>
        <translation>將游標移到圖表上可檢視數值</translation>
    </message>
    <message>
        <source>Value under the pointer</source>
        <translation>游標處的值</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>顯示%1</translation>
    </message>
    <message>
        <source>Health trajectory chart</source>
        <translation>健康度走勢圖</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>圖例</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康度分數</translation>
    </message>
    <message>
        <source>Indicator samples (no health score yet)</source>
        <translation>指標資料（尚無健康度分數）</translation>
    </message>
    <message>
        <source>Average of indicators</source>
        <translation>指標平均值</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>No health samples recorded yet</source>
        <translation>尚未記錄健康度資料</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>續約到期</translation>
    </message>
    <message>
        <source>product: %1 / service: %2</source>
        <translation>產品：%1 / 服務：%2</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>低於 %1</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>(each scaled 0 to 100 over its own range)</source>
        <translation>（各自按其範圍換算為 0 到 100）</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>部分不滿意</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未詢問</translation>
    </message>
    <message>
        <source>stage change</source>
        <translation>階段變更</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>續約</translation>
    </message>
</context>
<context>
    <name>RateFormDialog</name>
    <message>
        <source>Change exchange rate</source>
        <translation>變更匯率</translation>
    </message>
    <message>
        <source>Add exchange rate</source>
        <translation>新增匯率</translation>
    </message>
    <message>
        <source>The currency converted: an ISO 4217 code</source>
        <translation>被換算的貨幣：ISO 4217 代碼</translation>
    </message>
    <message>
        <source>The currency it is converted into</source>
        <translation>換算成的貨幣</translation>
    </message>
    <message>
        <source>e.g. 0.0067</source>
        <translation>例如：0.0067</translation>
    </message>
    <message>
        <source>e.g. ECB reference rate</source>
        <translation>例如：歐洲央行參考匯率</translation>
    </message>
    <message>
        <source>&amp;From the day:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>One &amp;unit of:</source>
        <translation>原貨幣 1 單位(&amp;U)：</translation>
    </message>
    <message>
        <source>Is &amp;worth:</source>
        <translation>相當於(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>目標貨幣(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>來源(&amp;S)：</translation>
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
        <translation>匯率</translation>
    </message>
    <message>
        <source>&amp;Reporting currency:</source>
        <translation>報告貨幣(&amp;R)：</translation>
    </message>
    <message>
        <source>Totals, retention and ARR sorting are computed in the reporting currency. Each amount is converted with the latest rate of its pair on or before its date (the day a renewal ended; today for current ARR). A rate also converts the other way.</source>
        <translation>合計、留存率和依 ARR 排序均以報告貨幣計算。每筆金額按其日期（續約為結束日，目前 ARR 為今天）當天或之前該貨幣對的最新匯率換算。匯率也可用於反向換算。</translation>
    </message>
    <message>
        <source>Missing rates</source>
        <translation>缺少的匯率</translation>
    </message>
    <message>
        <source>From the day</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原貨幣</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目標貨幣</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Delete rate</source>
        <translation>刪除匯率</translation>
    </message>
    <message>
        <source>No exchange rates yet. Add one, or import a CSV file with the columns date, from, to, rate (and optionally source).</source>
        <translation>尚無匯率。請新增，或匯入包含 date、from、to、rate 欄（可選 source 欄）的 CSV 檔案。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>This computer only: exchange rates are not sent to the CRM.</source>
        <translation>僅限這台電腦：匯率不會傳送到 CRM。</translation>
    </message>
    <message>
        <source>Missing for today&apos;s ARR: %1</source>
        <translation>目前 ARR 無法換算：%1</translation>
    </message>
    <message>
        <source>Delete the %1-&gt;%2 rate of %3</source>
        <translation>刪除 %3 的 %1-&gt;%2 匯率</translation>
    </message>
    <message>
        <source>Deleted: Ctrl+Z brings it back.</source>
        <translation>已刪除：按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Saved: Ctrl+Z undoes it.</source>
        <translation>已儲存：按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Import exchange rates</source>
        <translation>匯入匯率</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>試算表 (*.csv *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在匯入 %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated.</source>
        <translation>已匯入 %1：新增 %2 筆，更新 %3 筆。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>未從 %1 匯入任何內容。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未匯入任何內容</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s); fix them and import again. Nothing was written.</source>
        <translation>
            <numerusform>%1 有 %Ln 個問題；請修正後重新匯入。未寫入任何內容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>儲存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Save the recovery key</source>
        <translation>儲存復原金鑰</translation>
    </message>
    <message>
        <source>The store is encrypted: its key is in this computer&apos;s keychain. Print this recovery key or save it somewhere other than this computer. Restoring a backup on another computer asks for it, and the keychain is not a backup.</source>
        <translation>資料庫已加密：其金鑰保存在這台電腦的鑰匙圈中。請列印此復原金鑰，或將其儲存在這台電腦以外的地方。在另一台電腦上還原備份時需要它，鑰匙圈不是備份。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>儲存到檔案(&amp;S)…</translation>
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
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, and %n more task(s)</source>
        <translation>
            <numerusform>%1 — %2，另有 %n 項任務</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalFormDialog</name>
    <message>
        <source>Choose why…</source>
        <translation>選擇原因…</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>續約</translation>
    </message>
    <message>
        <source>Close the open renewal</source>
        <translation>完成本期續約</translation>
    </message>
    <message>
        <source>Add past renewal</source>
        <translation>新增歷史續約</translation>
    </message>
    <message>
        <source>Edit renewal</source>
        <translation>編輯續約</translation>
    </message>
    <message>
        <source>e.g. 120,000 (%1)</source>
        <translation>例如：120,000（%1）</translation>
    </message>
    <message>
        <source>What happened, in a sentence or two</source>
        <translation>用一兩句話說明發生了什麼</translation>
    </message>
    <message>
        <source>Period &amp;start:</source>
        <translation>期間開始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Period &amp;end:</source>
        <translation>期間結束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>ARR &amp;before:</source>
        <translation>續約前 ARR(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
    </message>
    <message>
        <source>ARR &amp;after:</source>
        <translation>續約後 ARR(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Record how the open renewal ended. The forecast is cleared and the account&apos;s ARR becomes the ARR after. Ctrl+Z undoes it all.</source>
        <translation>記錄本期續約的結果。預測將被清除，客戶的 ARR 將變為續約後的 ARR。按 Ctrl+Z 可全部復原。</translation>
    </message>
    <message>
        <source>Close renewal (%1)</source>
        <translation>完成續約（%1）</translation>
    </message>
    <message>
        <source>Add renewal (%1)</source>
        <translation>新增續約（%1）</translation>
    </message>
    <message>
        <source>Edit renewal (%1)</source>
        <translation>編輯續約（%1）</translation>
    </message>
    <message>
        <source>Renewal forecast</source>
        <translation>續約預測</translation>
    </message>
    <message>
        <source>Delete renewal %1 to %2</source>
        <translation>刪除 %1 至 %2 的續約</translation>
    </message>
    <message>
        <source>Clear renewal forecast</source>
        <translation>清除續約預測</translation>
    </message>
</context>
<context>
    <name>RenewalsPanel</name>
    <message>
        <source>No past renewals recorded.
Add the terms that ended, with their outcome.</source>
        <translation>尚未記錄歷史續約。
請新增已結束的合約期及其結果。</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>續約</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>ARR before → after</source>
        <translation>ARR 續約前 → 續約後</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Delete renewal</source>
        <translation>刪除續約</translation>
    </message>
    <message>
        <source>Open renewal forecast</source>
        <translation>本期續約預測</translation>
    </message>
    <message>
        <source>How you expect the open renewal to end</source>
        <translation>您預計本期續約的結果</translation>
    </message>
    <message>
        <source>Close renewal…</source>
        <translation>完成續約…</translation>
    </message>
    <message>
        <source>Record how the open renewal ended; the forecast is then cleared</source>
        <translation>記錄本期續約的結果；之後預測將被清除</translation>
    </message>
    <message>
        <source>Clear forecast</source>
        <translation>清除預測</translation>
    </message>
    <message>
        <source>Add past renewal…</source>
        <translation>新增歷史續約…</translation>
    </message>
    <message>
        <source>Open renewal: no forecast yet.</source>
        <translation>本期續約：尚無預測。</translation>
    </message>
    <message>
        <source>Forecast…</source>
        <translation>預測…</translation>
    </message>
    <message>
        <source>Edit forecast…</source>
        <translation>編輯預測…</translation>
    </message>
    <message>
        <source>Open renewal: %1 expected (%2% likely), %3 ARR, because of: %4</source>
        <translation>本期續約：預計%1（可能性 %2%），ARR %3，原因：%4</translation>
    </message>
    <message>
        <source>Open renewal: %1 expected (%2% likely), %3 ARR</source>
        <translation>本期續約：預計%1（可能性 %2%），ARR %3</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>刪除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add past renewal…</source>
        <translation>新增歷史續約(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>ReportingCurrencyField</name>
    <message>
        <source>Reporting currency</source>
        <translation>報告貨幣</translation>
    </message>
    <message>
        <source>Totals, retention and ARR sorting are computed in this currency, with the exchange rates of each amount&apos;s date</source>
        <translation>合計、留存率和依 ARR 排序均以此貨幣計算，使用各金額所在日期的匯率</translation>
    </message>
    <message>
        <source>Automatic: %1, the book&apos;s most common currency</source>
        <translation>自動：%1（客戶組合中最常用的貨幣）</translation>
    </message>
    <message>
        <source>Amounts show as %1</source>
        <translation>金額顯示為 %1</translation>
    </message>
    <message>
        <source>Set the reporting currency</source>
        <translation>設定報告貨幣</translation>
    </message>
</context>
<context>
    <name>ReportingFeed</name>
    <message>
        <source>Exchange rates</source>
        <translation>匯率</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Replace the store %1 with a backup. The store as it is now is kept in the backups folder beside it; what changed since the backup is not in the backup. Open accounts close and the undo history is cleared.</source>
        <translation>用備份替換資料庫 %1。目前的資料庫會儲存在其旁邊的備份資料夾中；備份之後的變更不在備份中。已開啟的客戶將關閉，復原歷史將被清除。</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自動備份</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>每日備份</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升級前</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No automatic backups of this store yet</source>
        <translation>該資料庫尚無自動備份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>選擇備份</translation>
    </message>
    <message>
        <source>CS Desktop store (*.sqlite3);;All files (*)</source>
        <translation>CS Desktop 資料庫 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>RiskFormDialog</name>
    <message>
        <source>Risk</source>
        <translation>風險</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>新增風險</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>編輯風險</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解決日期</translation>
    </message>
    <message>
        <source>What stands in the way, and what is being done</source>
        <translation>有什麼阻礙，以及正在採取什麼措施</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>類別(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation>發現日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Resolved on:</source>
        <translation>解決日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>This computer only: risks are not sent to the CRM.</source>
        <translation>僅限這台電腦：風險不會傳送到 CRM。</translation>
    </message>
    <message>
        <source>Add risk (%1)</source>
        <translation>新增風險（%1）</translation>
    </message>
    <message>
        <source>Edit risk (%1)</source>
        <translation>編輯風險（%1）</translation>
    </message>
    <message>
        <source>Delete risk (%1)</source>
        <translation>刪除風險（%1）</translation>
    </message>
</context>
<context>
    <name>RisksPanel</name>
    <message>
        <source>No risks recorded.
Note what could stop this customer succeeding: low adoption, a sponsor leaving, a product gap, budget, a competitor.</source>
        <translation>尚未記錄風險。
請記錄可能阻礙該客戶成功的因素：採用率低、支持者離職、產品缺口、預算、競爭對手。</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>風險</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>發現日期</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>刪除風險</translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation>新增風險…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>刪除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add risk…</source>
        <translation>新增風險(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>SatisfactionDelegate</name>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
</context>
<context>
    <name>SatisfactionToggle</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未詢問</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search accounts and notes</source>
        <translation>搜尋客戶和備註</translation>
    </message>
    <message>
        <source>Search names and notes — e.g. onboarding, 導入, &quot;case study&quot;</source>
        <translation>搜尋名稱和備註 — 例如：上線、匯入、&quot;案例&quot;</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜尋內容</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>The search text is too long (%1 characters): search for at most %2.</source>
        <translation>搜尋內容過長（%1 個字元）：最多 %2 個字元。</translation>
    </message>
    <message numerus="yes">
        <source>The search text has too many words: search for at most %Ln different word(s).</source>
        <translation>
            <numerusform>搜尋內容的詞語過多：最多 %Ln 個不同的詞語。</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>客戶 %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>沒有相符的項目</translation>
    </message>
    <message>
        <source>Best %1 matches</source>
        <translation>最佳的 %1 個相符項目</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 個相符項目</numerusform>
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
        <translation>暫緩預警</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>暫緩至</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>暫緩至(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>StageNoteDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>移至%1</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3. Why does the stage change?</source>
        <translation>將 %1 從%2階段移至%3階段。為什麼要變更階段？</translation>
    </message>
    <message>
        <source>Reason for the stage change</source>
        <translation>階段變更原因</translation>
    </message>
    <message>
        <source>e.g. Go-live completed; daily use by three teams</source>
        <translation>例如：已完成上線，三個團隊每天使用</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>變更階段</translation>
    </message>
    <message>
        <source>This computer only: the reason is not sent to the CRM (the new stage is).</source>
        <translation>僅限這台電腦：原因不會傳送到 CRM（新的階段會傳送）。</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>階段：%1</translation>
    </message>
    <message>
        <source>Move the account to %1…</source>
        <translation>將客戶移至%1…</translation>
    </message>
    <message>
        <source>current stage</source>
        <translation>目前階段</translation>
    </message>
    <message>
        <source>press to move here</source>
        <translation>按下以移至此階段</translation>
    </message>
</context>
<context>
    <name>StakeholderFormDialog</name>
    <message>
        <source>Stakeholder</source>
        <translation>利害關係人</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>新增利害關係人</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>編輯利害關係人</translation>
    </message>
    <message>
        <source>e.g. Sato Hanako</source>
        <translation>例如：佐藤花子</translation>
    </message>
    <message>
        <source>e.g. Head of Operations</source>
        <translation>例如：營運負責人</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>e.g. +81 3-1234-5678</source>
        <translation>例如：+81 3-1234-5678</translation>
    </message>
    <message>
        <source>Still with the customer</source>
        <translation>仍在客戶處任職</translation>
    </message>
    <message>
        <source>Untick when the person has left; their history stays</source>
        <translation>此人離開後取消勾選；其歷史記錄會保留</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>職務(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>新增利害關係人「%1」</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>編輯利害關係人「%1」</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Reactivate “%1”</source>
        <translation>重新啟用「%1」</translation>
    </message>
    <message>
        <source>Deactivate “%1”</source>
        <translation>停用「%1」</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>刪除利害關係人</translation>
    </message>
    <message>
        <source>Delete “%1” and their place in past touchpoints? Use Deactivate for someone who left the customer. You can undo this with Ctrl+Z.</source>
        <translation>刪除「%1」及其在過往接觸點中的參與記錄嗎？對於已離開客戶的人，請使用「停用」。可按 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <source>Delete stakeholder “%1”</source>
        <translation>刪除利害關係人「%1」</translation>
    </message>
</context>
<context>
    <name>StakeholdersPanel</name>
    <message>
        <source>No stakeholders recorded.
Add the decision maker and a champion first.</source>
        <translation>尚未記錄利害關係人。
請先新增決策者和支持者。</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>利害關係人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Deactivate or delete</source>
        <translation>停用或刪除</translation>
    </message>
    <message>
        <source>Add stakeholder…</source>
        <translation>新增利害關係人…</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1（已離開）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate (left the customer)</source>
        <translation>停用（已離開客戶）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新啟用(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>刪除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Add stakeholder…</source>
        <translation>新增利害關係人(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Restore last backup…</source>
        <translation>從最新備份還原…</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>選擇備份…</translation>
    </message>
    <message>
        <source>This store is damaged</source>
        <translation>該資料庫已損壞</translation>
    </message>
    <message>
        <source>%1. CS Desktop shows what it can still read and saves no changes. No automatic backup of this store was found: choose a backup file to restore.</source>
        <translation>%1。CS Desktop 僅顯示仍可讀取的內容，且不會儲存任何變更。未找到該資料庫的自動備份：請選擇要還原的備份檔案。</translation>
    </message>
    <message>
        <source>%1. CS Desktop shows what it can still read and saves no changes until a good backup is restored. The last automatic backup is from %2.</source>
        <translation>%1。在還原完好的備份之前，CS Desktop 僅顯示仍可讀取的內容，且不會儲存任何變更。最新的自動備份來自 %2。</translation>
    </message>
    <message>
        <source>This store is read-only</source>
        <translation>該資料庫為唯讀</translation>
    </message>
    <message>
        <source>%1: you can look, search and export plans, but changes cannot be saved. To work in it, copy it to a folder you can write to and open the copy.</source>
        <translation>%1：您可以檢視、搜尋和匯出計畫，但無法儲存變更。如需編輯，請將其複製到可寫入的資料夾並開啟副本。</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>資料庫已損壞</translation>
    </message>
    <message>
        <source>The store is read-only</source>
        <translation>資料庫為唯讀</translation>
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
        <translation>列出備份</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日備份</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>每日備份已寫入 %1</translation>
    </message>
    <message>
        <source>Daily backup not written: %1</source>
        <translation>未能寫入每日備份：%1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Restore the backup of %1? The damaged store is kept in the backups folder; what changed since the backup is not in it.</source>
        <translation>還原 %1 的備份嗎？已損壞的資料庫將儲存在備份資料夾中；備份之後的變更不包含在內。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>正在還原備份</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>已還原 %1</translation>
    </message>
    <message>
        <source>Restored %1; the store it replaced is kept as %2</source>
        <translation>已還原 %1；被替換的資料庫已另存為 %2</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>未還原備份</translation>
    </message>
</context>
<context>
    <name>SuccessPlanPanel</name>
    <message>
        <source>No success plan yet.
Agree with the customer what they want to achieve in 3, 6, 12 and 24 months, and how we get them there.</source>
        <translation>尚無成功計畫。
請與客戶商定他們在 3、6、12 和 24 個月內想要達成的目標，以及我們如何幫助他們實現。</translation>
    </message>
    <message>
        <source>&amp;Create success plan…</source>
        <translation>建立成功計畫(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit &amp;plan…</source>
        <translation>編輯計畫(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>新增目標(&amp;G)…</translation>
    </message>
    <message>
        <source>Add s&amp;tep…</source>
        <translation>新增步驟(&amp;T)…</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>上移（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>下移（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>成功計畫</translation>
    </message>
    <message>
        <source>Goal or step</source>
        <translation>目標或步驟</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Agreed with %1 on %2</source>
        <translation>已於 %2 與 %1 商定</translation>
    </message>
    <message>
        <source>Agreed with %1</source>
        <translation>已與 %1 商定</translation>
    </message>
    <message>
        <source>Not agreed with the customer yet</source>
        <translation>尚未與客戶商定</translation>
    </message>
    <message>
        <source>Customer goals (journey A)</source>
        <translation>客戶目標（旅程 A）</translation>
    </message>
    <message>
        <source>No goals recorded</source>
        <translation>尚未記錄目標</translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>%n 個月內</numerusform>
        </translation>
    </message>
    <message>
        <source>Our delivery plan (journey B)</source>
        <translation>我們的交付計畫（旅程 B）</translation>
    </message>
    <message>
        <source>No milestones recorded</source>
        <translation>尚未記錄里程碑</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>%1
Owner: %2</source>
        <translation>%1
負責人：%2</translation>
    </message>
    <message>
        <source>Delete customer goal</source>
        <translation>刪除客戶目標</translation>
    </message>
    <message>
        <source>Delete delivery step</source>
        <translation>刪除交付步驟</translation>
    </message>
    <message>
        <source>Delete success plan</source>
        <translation>刪除成功計畫</translation>
    </message>
    <message>
        <source>Move customer goal</source>
        <translation>移動客戶目標</translation>
    </message>
    <message>
        <source>Move delivery step</source>
        <translation>移動交付步驟</translation>
    </message>
    <message>
        <source>Mark step done</source>
        <translation>將步驟標記為已完成</translation>
    </message>
    <message>
        <source>Reopen step</source>
        <translation>重新開啟步驟</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>標記為已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the &amp;whole plan</source>
        <translation>刪除整個計畫(&amp;W)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Count changes waiting to sync</source>
        <translation>統計待同步的變更</translation>
    </message>
    <message>
        <source>Close an interrupted sync</source>
        <translation>結束中斷的同步</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同步狀態</translation>
    </message>
    <message>
        <source>Syncing with the CRM</source>
        <translation>正在與 CRM 同步</translation>
    </message>
    <message>
        <source>changes sent: %1 of %2</source>
        <translation>已傳送的變更：%1 / %2</translation>
    </message>
    <message>
        <source>pulled notes indexed for search: {count}</source>
        <translation>已為搜尋索引的拉取備註：{count}</translation>
    </message>
    <message>
        <source>waiting for the CRM ({seconds} s)…</source>
        <translation>正在等待 CRM（{seconds} 秒）…</translation>
    </message>
    <message>
        <source>the CRM answered; syncing…</source>
        <translation>CRM 已回應，正在同步…</translation>
    </message>
    <message>
        <source>companies received: {count}</source>
        <translation>已接收公司：{count}</translation>
    </message>
    <message>
        <source>contacts received: {count}</source>
        <translation>已接收聯絡人：{count}</translation>
    </message>
    <message>
        <source>notes received: {count}</source>
        <translation>已接收備註：{count}</translation>
    </message>
    <message>
        <source>meetings received: {count}</source>
        <translation>已接收會議：{count}</translation>
    </message>
    <message>
        <source>calls received: {count}</source>
        <translation>已接收通話：{count}</translation>
    </message>
    <message>
        <source>emails received: {count}</source>
        <translation>已接收郵件：{count}</translation>
    </message>
    <message>
        <source>tasks received: {count}</source>
        <translation>已接收任務：{count}</translation>
    </message>
    <message>
        <source>renewals received: {count}</source>
        <translation>已接收續約：{count}</translation>
    </message>
    <message>
        <source>renewal forecasts received: {count}</source>
        <translation>已接收續約預測：{count}</translation>
    </message>
    <message>
        <source>success plans received: {count}</source>
        <translation>已接收成功計劃：{count}</translation>
    </message>
    <message>
        <source>plan goals received: {count}</source>
        <translation>已接收計劃目標：{count}</translation>
    </message>
    <message>
        <source>plan milestones received: {count}</source>
        <translation>已接收計劃里程碑：{count}</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在連線 %1</translation>
    </message>
    <message>
        <source>Checking the CRM credentials</source>
        <translation>正在檢查 CRM 憑證</translation>
    </message>
    <message>
        <source>Disconnecting the CRM</source>
        <translation>正在中斷 CRM</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>同步狀態</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln 個衝突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync conflict(s): open the queue</source>
        <translation>
            <numerusform>%Ln 個同步衝突：開啟佇列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Not connected to a CRM</source>
        <translation>未連線 CRM</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln 項變更待傳送</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes waiting</source>
        <translation>沒有待傳送的變更</translation>
    </message>
    <message>
        <source>Syncs with %1 at %2.</source>
        <translation>與 %2 的 %1 同步。</translation>
    </message>
    <message>
        <source>At the last sync, %1 of the %2 API requests allowed a day were used.</source>
        <translation>上次同步時，每天允許的 %2 個 API 請求已使用 %1 個。</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>從未同步</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format of an earlier day</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>上次同步於 %1</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>新增任務</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>編輯任務</translation>
    </message>
    <message>
        <source>e.g. Send the rollout plan to the project team</source>
        <translation>例如：將推行計畫傳送給專案團隊</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>The app reminds you in the system tray while it runs</source>
        <translation>應用程式執行時會在系統匣中提醒你</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任務(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Remind me:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>新增任務</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>取消正在執行的任務</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>No tasks.
The next steps of a touchpoint become tasks here.</source>
        <translation>沒有任務。
接觸點的後續步驟會在這裡成為任務。</translation>
    </message>
    <message>
        <source>Tasks; space ticks the selected one</source>
        <translation>任務；按空格鍵勾選所選任務</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>新增任務(&amp;A)…</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>reminder %1</source>
        <translation>提醒 %1</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>刪除任務</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>重新開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>標記為已完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TouchpointCaptureDialog</name>
    <message>
        <source>Touchpoint</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Log touchpoint</source>
        <translation>記錄接觸點</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Fills in the kind, a title and the questions to ask at this kind of meeting</source>
        <translation>填入此類會議的類型、標題和要問的問題</translation>
    </message>
    <message>
        <source>e.g. Quarterly review with the project team</source>
        <translation>例如：與專案團隊的季度回顧</translation>
    </message>
    <message>
        <source>What happened, what was decided</source>
        <translation>發生了什麼，做了哪些決定</translation>
    </message>
    <message>
        <source>No stakeholders on record</source>
        <translation>尚無利害關係人記錄</translation>
    </message>
    <message>
        <source>Our team, guests</source>
        <translation>我方團隊、來賓</translation>
    </message>
    <message>
        <source>Satisfied with the product</source>
        <translation>對產品滿意</translation>
    </message>
    <message>
        <source>Satisfied with our service</source>
        <translation>對我們的服務滿意</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>用客戶的原話</translation>
    </message>
    <message>
        <source>What they really need</source>
        <translation>他們真正需要什麼</translation>
    </message>
    <message>
        <source>One per line; each becomes a task due in a week</source>
        <translation>每行一項；每項都會成為一週後到期的任務</translation>
    </message>
    <message>
        <source>&amp;Internal: never in plans shared with the customer</source>
        <translation>內部：絕不出現在與客戶共享的計畫中(&amp;I)</translation>
    </message>
    <message>
        <source>The customer&apos;s copy of the account plan leaves this touchpoint out: its notes, title and next steps stay with the team. This computer only: the mark is not sent to the CRM.</source>
        <translation>客戶版客戶計畫不包含此接觸點：其備註、標題和後續步驟只留在團隊內部。僅限這台電腦：此標記不會傳送到 CRM。</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>儲存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和時間</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>參與者</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>其他在場人員</translation>
    </message>
    <message>
        <source>Customer statement</source>
        <translation>客戶表述</translation>
    </message>
    <message>
        <source>Inferred need</source>
        <translation>潛在需求</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>後續步驟</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>內部備註</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>範本(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>時間(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation>後續步驟(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>參與者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>其他人員(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>產品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服務(&amp;S)：</translation>
    </message>
    <message>
        <source>Customer &amp;said:</source>
        <translation>客戶表述(&amp;S)：</translation>
    </message>
    <message>
        <source>Inferred n&amp;eed:</source>
        <translation>潛在需求(&amp;E)：</translation>
    </message>
    <message>
        <source>A touchpoint needs a title.</source>
        <translation>接觸點需要標題。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>TouchpointEditDialog</name>
    <message>
        <source>Edit touchpoint</source>
        <translation>編輯接觸點</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>接下來做什麼</translation>
    </message>
    <message>
        <source>A touchpoint needs a title.</source>
        <translation>接觸點需要標題。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>TouchpointLog</name>
    <message>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Show touchpoints of kind</source>
        <translation>顯示的接觸點類型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>顯示更早的(&amp;O)</translation>
    </message>
    <message>
        <source>Show older touchpoints</source>
        <translation>顯示更早的接觸點</translation>
    </message>
    <message>
        <source>&amp;Log touchpoint…</source>
        <translation>記錄接觸點(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a touchpoint (Ctrl+N)</source>
        <translation>記錄接觸點（Ctrl+N）</translation>
    </message>
    <message>
        <source>Log a touchpoint</source>
        <translation>記錄接觸點</translation>
    </message>
    <message>
        <source>Touchpoint log</source>
        <translation>接觸點記錄</translation>
    </message>
    <message>
        <source>Selected touchpoint</source>
        <translation>選取的接觸點</translation>
    </message>
    <message>
        <source>Select a touchpoint to read it in full.</source>
        <translation>選擇一個接觸點以檢視全文。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Meeting &amp;brief…</source>
        <translation>會議簡報(&amp;B)…</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>顯示 %1 筆</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 筆中的 %1 筆</translation>
    </message>
    <message numerus="yes">
        <source>No touchpoints of this kind among the latest %Ln.</source>
        <translation>
            <numerusform>最近的 %Ln 筆中沒有此類型的接觸點。</numerusform>
        </translation>
    </message>
    <message>
        <source>No touchpoints yet.
Press Ctrl+N to log the first one.</source>
        <translation>尚無接觸點。
按 Ctrl+N 記錄第一筆。</translation>
    </message>
    <message>
        <source>Product: %1 · Service: %2</source>
        <translation>產品：%1 · 服務：%2</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>參與者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Customer said</source>
        <translation>客戶表述</translation>
    </message>
    <message>
        <source>Inferred need</source>
        <translation>潛在需求</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>後續步驟</translation>
    </message>
</context>
<context>
    <name>TouchpointTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1（內部）</translation>
    </message>
    <message>
        <source>product: %1 / service: %2</source>
        <translation>產品：%1 / 服務：%2</translation>
    </message>
</context>
<context>
    <name>UnmatchedDialog</name>
    <message>
        <source>Unmatched meetings and mails</source>
        <translation>未符合的會議與郵件</translation>
    </message>
    <message>
        <source>These meetings and mails matched no account (or several equally). Choose the account they belong to and assign them: each becomes a touchpoint of that account. Dismiss what belongs to no customer (an internal meeting): importing it again will not bring it back.</source>
        <translation>這些會議與郵件未符合任何客戶（或同等符合多個客戶）。請選擇它們所屬的客戶並指派：每一項都將成為該客戶的接觸點。與客戶無關的項目（如內部會議）請忽略：再次匯入也不會重新出現。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>People</source>
        <translation>參與者</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Notes of the selected item</source>
        <translation>所選項目的備註</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>指派(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>忽略(&amp;D)…</translation>
    </message>
    <message>
        <source>Nothing waits: every imported meeting and mail has its account.</source>
        <translation>沒有待指派的項目：所有匯入的會議與郵件都已有所屬客戶。</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>客戶(&amp;C)：</translation>
    </message>
    <message>
        <source>Choose the account this item belongs to.</source>
        <translation>請選擇此項目所屬的客戶。</translation>
    </message>
    <message>
        <source>Assign to an account</source>
        <translation>指派給客戶</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n item(s)? They belong to no customer and leave the list; importing them again will not bring them back.</source>
        <translation>
            <numerusform>要忽略 %n 項嗎？它們與客戶無關，將從清單中移除；再次匯入也不會重新出現。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>未指派：%1</translation>
    </message>
</context>
<context>
    <name>UsageFile</name>
    <message>
        <source>about %1 rows</source>
        <translation>約 %1 列</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 列</numerusform>
        </translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>逗號分隔</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>分號分隔</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>Tab 分隔</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>豎線分隔</translation>
    </message>
</context>
<context>
    <name>UsageImportDialog</name>
    <message>
        <source>Import usage data</source>
        <translation>匯入使用資料</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>試算表 (*.csv *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在讀取 %1</translation>
    </message>
    <message>
        <source>— choose a column —</source>
        <translation>— 選擇欄 —</translation>
    </message>
    <message>
        <source>— none: one column per measure —</source>
        <translation>— 無：每項度量各佔一欄 —</translation>
    </message>
    <message>
        <source>As the date column&apos;s header says (now: weekly)</source>
        <translation>依日期欄標題判斷（目前：每週）</translation>
    </message>
    <message>
        <source>As the date column&apos;s header says (now: daily)</source>
        <translation>依日期欄標題判斷（目前：每日）</translation>
    </message>
    <message>
        <source>account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>%1 (÷)</source>
        <translation>%1（÷）</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>Read as you chose for your last file with these columns.</source>
        <translation>依您上次對相同欄位的檔案所做的選擇讀取。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消匯入，未寫入任何內容。</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 problem in the file.</source>
        <translation>未匯入任何內容：檔案中有 1 個問題。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problems in the file.</source>
        <translation>未匯入任何內容：檔案中有 %1 個問題。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>UsageImportView</name>
    <message>
        <source>Import usage data</source>
        <translation>匯入使用資料</translation>
    </message>
    <message>
        <source>Choose another &amp;file…</source>
        <translation>選擇其他檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>檔案的前幾列</translation>
    </message>
    <message>
        <source>Start from the suggestions</source>
        <translation>從建議設定重新開始</translation>
    </message>
    <message>
        <source>Account column</source>
        <translation>客戶欄</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>日期欄</translation>
    </message>
    <message>
        <source>Metric column</source>
        <translation>度量欄</translation>
    </message>
    <message>
        <source>Value column</source>
        <translation>數值欄</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>週期</translation>
    </message>
    <message>
        <source>Daily: each row is one day</source>
        <translation>每日：每列代表一天</translation>
    </message>
    <message>
        <source>Weekly: each row&apos;s value holds for the 7 days from its date</source>
        <translation>每週：每列的數值適用於自其日期起的 7 天</translation>
    </message>
    <message>
        <source>matched by external id, uid, domain or name</source>
        <translation>依外部 ID、uid、網域或名稱比對</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>客戶(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>only for a long file: one row per account, date and metric</source>
        <translation>僅用於長格式檔案：每個客戶、日期和度量各佔一列</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>度量(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>數值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>週期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>指標(&amp;I)：</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>匯入進度</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>UsageMappingTable</name>
    <message>
        <source>Indicators read from the file</source>
        <translation>從檔案讀取的指標</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>範例值</translation>
    </message>
    <message>
        <source>Feeds indicator</source>
        <translation>對應指標</translation>
    </message>
    <message>
        <source>Divided by (for a ratio)</source>
        <translation>除以（用於比率）</translation>
    </message>
    <message>
        <source>Indicator fed by %1</source>
        <translation>%1 對應的指標</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>%1 divided by</source>
        <translation>%1 除以</translation>
    </message>
    <message>
        <source>Nothing (the value itself)</source>
        <translation>無（直接使用該值）</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>not enough data</source>
        <translation>資料不足</translation>
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
        <translation>組</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 信賴區間</translation>
    </message>
    <message>
        <source>Renewed / churned</source>
        <translation>續約 / 流失</translation>
    </message>
    <message>
        <source>Current weight</source>
        <translation>目前權重</translation>
    </message>
    <message>
        <source>Suggested weight</source>
        <translation>建議權重</translation>
    </message>
    <message>
        <source>Indicator validation table</source>
        <translation>指標驗證表</translation>
    </message>
    <message>
        <source>AUC of each indicator with its 95% interval</source>
        <translation>各指標的 AUC 及其 95% 區間</translation>
    </message>
    <message>
        <source>Score validation summary</source>
        <translation>分數驗證摘要</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln renewal(s) in a class</source>
        <translation>
            <numerusform>某一類別的續約少於 %Ln 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Each indicator read %1 days before the end of each of %2 past renewals and compared between renewed and churned accounts. An AUC of 0.5 is a coin toss, 1.0 a perfect split. &lt;b&gt;Overall score: AUC %3&lt;/b&gt; (95% CI %4; %5 renewed / %6 churned). &lt;b&gt;Suggested weights: AUC %7&lt;/b&gt; (95% CI %8): measured on the same renewals, so optimistic; recheck on later renewals before adopting them.</source>
        <translation>在過去 %2 次續約中，於每次期間結束前 %1 天讀取各指標，並在續約客戶和流失客戶之間進行比較。AUC 為 0.5 相當於隨機，1.0 表示完全區分。&lt;b&gt;總體分數：AUC %3&lt;/b&gt;（95% 信賴區間 %4；續約 %5 / 流失 %6）。&lt;b&gt;建議權重：AUC %7&lt;/b&gt;（95% 信賴區間 %8）：基於相同的續約測得，因此偏樂觀；採用前請用之後的續約重新驗證。</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>Edit the value to keep</source>
        <translation>編輯要保留的值</translation>
    </message>
    <message>
        <source>The value to keep for %1; the next sync sends it to the CRM.</source>
        <translation>%1 要保留的值；下次同步時會傳送到 CRM。</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>要保留的值</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Turn encryption off?</source>
        <translation>要關閉加密嗎？</translation>
    </message>
    <message>
        <source>&amp;Encrypt the store on this computer (applied when CS Desktop next starts)</source>
        <translation>加密這台電腦上的資料庫(&amp;E)（在 CS Desktop 下次啟動時生效）</translation>
    </message>
    <message>
        <source>Its key goes to the system keychain; you get a recovery key to keep.</source>
        <translation>金鑰儲存到系統鑰匙圈；你會得到一個需要妥善保管的復原金鑰。</translation>
    </message>
    <message>
        <source>No system keychain is available here: the store is encrypted with a passphrase you type at each start.</source>
        <translation>這裡沒有可用的系統鑰匙圈：資料庫將用你每次啟動時輸入的密碼短語加密。</translation>
    </message>
    <message>
        <source>Decrypting the store…</source>
        <translation>正在解密資料庫…</translation>
    </message>
    <message>
        <source>CS Desktop cannot open the store</source>
        <translation>CS Desktop 無法開啟資料庫</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>沒有系統鑰匙圈</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the new store&apos;s key. Encrypt the store with a passphrase you type at each start? Without one, it is a plain file anyone with this disk can read.</source>
        <translation>沒有可儲存新資料庫金鑰的系統鑰匙圈。要用每次啟動時輸入的密碼短語加密資料庫嗎？否則它是一個任何取得這顆磁碟的人都能讀取的普通檔案。</translation>
    </message>
    <message>
        <source>Choose the store&apos;s passphrase (it cannot be recovered).</source>
        <translation>請設定資料庫的密碼短語（無法找回）。</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the store&apos;s key: choose a passphrase instead. You type it at each start; it cannot be recovered.</source>
        <translation>沒有可儲存資料庫金鑰的系統鑰匙圈：請改為設定密碼短語。每次啟動時輸入；它無法找回。</translation>
    </message>
    <message>
        <source>Encrypting the store…</source>
        <translation>正在加密資料庫…</translation>
    </message>
</context>
<context>
    <name>WarningsFeed</name>
    <message>
        <source>Checking early warnings</source>
        <translation>正在檢查預警</translation>
    </message>
    <message>
        <source>Running early-warning playbooks</source>
        <translation>正在執行預警劇本</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>預警</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your portfolio is empty</source>
        <translation>您的客戶組合為空</translation>
    </message>
    <message>
        <source>Start with a sample portfolio to explore CS Desktop, import your accounts from a HubSpot export, a Salesforce report or any CSV/XLSX file, or add your first account by hand.</source>
        <translation>可以從範例客戶組合開始體驗 CS Desktop，也可以從 HubSpot 匯出檔案、Salesforce 報表或任意 CSV/XLSX 檔案匯入客戶，或手動新增第一個客戶。</translation>
    </message>
    <message>
        <source>Open a sample portfolio</source>
        <translation>開啟範例客戶組合</translation>
    </message>
    <message>
        <source>Import from CSV/XLSX…</source>
        <translation>從 CSV/XLSX 匯入…</translation>
    </message>
    <message>
        <source>Import accounts from CSV or XLSX</source>
        <translation>從 CSV 或 XLSX 匯入客戶</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新增客戶…</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>建立客戶</translation>
    </message>
</context>
</TS>
